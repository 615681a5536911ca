"""Entry states and translation progress per catalog and language."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Iterable

import polib

from .catalogs import MACHINE_COMMENT_PREFIX, is_translated
from .config import Config
from .layout import language_path, release_catalog_name
from .pofile import read_catalog
from .releases import load_all


def is_machine_draft(entry: polib.POEntry) -> bool:
    return "fuzzy" in entry.flags and not entry.previous_msgid and any(
        line.strip().startswith(MACHINE_COMMENT_PREFIX) for line in entry.tcomment.splitlines()
    )


def is_stale(entry: polib.POEntry) -> bool:
    return "fuzzy" in entry.flags and bool(entry.previous_msgid)


def is_reviewed(entry: polib.POEntry) -> bool:
    return "fuzzy" not in entry.flags and is_translated(entry)


@dataclass
class Stats:
    entries: int = 0
    translated: int = 0
    machine_drafts: int = 0
    stale: int = 0
    other_fuzzy: int = 0
    untranslated: int = 0
    obsolete: int = 0

    @property
    def fuzzy(self) -> int:
        return self.machine_drafts + self.stale + self.other_fuzzy

    @property
    def complete(self) -> bool:
        return self.translated == self.entries

    def add(self, other: "Stats") -> "Stats":
        return Stats(**{k: getattr(self, k) + getattr(other, k) for k in asdict(self)})

    def as_dict(self) -> dict:
        return {**asdict(self), "fuzzy": self.fuzzy, "complete": self.complete}


def entry_stats(entries: Iterable[polib.POEntry]) -> Stats:
    stats = Stats()
    for entry in entries:
        if entry.obsolete:
            stats.obsolete += 1
            continue
        stats.entries += 1
        if not is_translated(entry):
            stats.untranslated += 1
        elif "fuzzy" not in entry.flags:
            stats.translated += 1
        elif is_stale(entry):
            stats.stale += 1
        elif is_machine_draft(entry):
            stats.machine_drafts += 1
        else:
            stats.other_fuzzy += 1
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
