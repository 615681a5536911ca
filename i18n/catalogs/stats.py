"""Translation progress per catalog and language: entries counted by state (states.py)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Iterable

import polib

from i18n.config import Config
from i18n.layout import language_path, release_catalog_name
from i18n.catalogs.pofile import read_catalog
from i18n.sources.releases import load_all
from i18n.catalogs.states import State, entry_state

# A Stats field (and JSON key) per state: the state's name with "_" for spaces.
_FIELD = {state: state.value.replace(" ", "_") for state in State}


@dataclass
class Stats:
    """Entries of a catalog (or of a localized release) counted by state; obsolete apart."""
    entries: int = 0
    reviewed: int = 0
    machine_draft: int = 0
    memory_draft: int = 0
    aligned_draft: int = 0
    stale: int = 0
    other_fuzzy: int = 0
    untranslated: int = 0
    obsolete: int = 0

    def count(self, state: State) -> None:
        setattr(self, _FIELD[state], getattr(self, _FIELD[state]) + 1)
        if state is not State.OBSOLETE:
            self.entries += 1

    @property
    def complete(self) -> bool:
        return self.reviewed == self.entries

    def counts(self) -> dict[str, int]:
        """The fields: what dataclasses.asdict gives, without its deep copy (a build asks
        for 4,000 of them)."""
        return {name: getattr(self, name) for name in _COUNTS}

    def as_dict(self) -> dict:
        return {**self.counts(), "complete": self.complete}


_COUNTS = tuple(field.name for field in fields(Stats))


def entry_stats(entries: Iterable[polib.POEntry]) -> Stats:
    stats = Stats()
    for entry in entries:
        stats.count(entry_state(entry))
    return stats


def collect_stats(config: Config, languages) -> list[dict]:
    """One row per (language, catalog): entry counts by state, as on disk."""
    releases, _abouts = load_all(config.releases_path)
    names = [release_catalog_name(r) for r in releases] + ["about", "site"]
    rows = []
    for language in languages:
        for name in names:
            path = language_path(config, language, name)
            entries = read_catalog(path) if path.exists() else []
            stats = entry_stats(entries)
            rows.append({
                "language": language,
                "catalog": name,
                "path": config.relative(path),
                "exists": path.exists(),
                **stats.as_dict(),
            })
    return rows
