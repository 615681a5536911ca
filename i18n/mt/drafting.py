"""Drafting: fill every untranslated entry with a machine translation marked fuzzy.

Only entries with an empty msgstr are drafted; an entry with any msgstr (reviewed or fuzzy)
is never touched. All segments of the run go to the engine in one call (one Apertium
process), and each catalog is written atomically as soon as its last entry is drafted, so an
interrupted run keeps every finished catalog and the next run does only what is left.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import polib

from .. import catalogs
from ..config import Config
from ..extract import language_path, release_catalog_name
from ..glossary import Glossary, load_glossary
from ..memory import MemoryMatch, load_memory
from ..releases import load_all
from . import Engine, EngineError
from .masking import MaskError, MaskedText, mask, unmask
from .postedit import post_edit

HEADLINE_ROLES = ("title", "subtitle")


@dataclass
class Failure:
    """An entry left untranslated because its draft could not be trusted."""

    path: Path
    msgid: str
    reason: str


@dataclass
class _Item:
    """One untranslated entry: its masked texts (msgid, and msgid_plural if any)."""

    entry: polib.POEntry
    masked: list[MaskedText]

    @property
    def segments(self) -> list[MaskedText]:
        return [segment for text in self.masked for segment in text.segments()]


@dataclass
class CatalogWork:
    path: Path
    catalog: polib.POFile
    items: list[_Item] = field(default_factory=list)
    remembered: list[tuple[polib.POEntry, MemoryMatch]] = field(default_factory=list)
    drafted: int = 0
    failures: list[Failure] = field(default_factory=list)
    written: bool = False


@dataclass
class Skipped:
    path: Path
    reason: str


@dataclass
class DraftPlan:
    language: str
    work: list[CatalogWork]
    skipped: list[Skipped]

    @property
    def total(self) -> int:
        return sum(len(w.items) for w in self.work)

    @property
    def remembered(self) -> int:
        return sum(len(w.remembered) for w in self.work)


def _is_untranslated(entry: polib.POEntry) -> bool:
    if entry.obsolete:
        return False
    if entry.msgid_plural:
        return not any(entry.msgstr_plural.values())
    return not entry.msgstr


def plan_drafts(
    config: Config,
    language: str,
    engine_offline: bool,
    release_slug: str | None = None,
    allow_cloud_for_embargoed: bool = False,
    now: dt.datetime | None = None,
) -> DraftPlan:
    """Which catalogs and entries to draft; embargoed releases stay away from cloud engines."""
    now = now or dt.datetime.now(dt.timezone.utc)
    releases, _abouts = load_all(config.releases_path)
    if release_slug is not None and release_slug not in {r.slug for r in releases}:
        raise EngineError(f"no release with slug {release_slug!r} in {config.releases_dir}/")
    glossary = load_glossary(config.locales_path / "glossary.csv", language)
    names: list[str] = []
    skipped: list[Skipped] = []
    for release in releases:
        if release_slug is not None and release.slug != release_slug:
            continue
        path = language_path(config, language, release_catalog_name(release))
        if release.embargo and release.embargo > now and not engine_offline and not allow_cloud_for_embargoed:
            skipped.append(Skipped(path, f"embargoed until {release.embargo.isoformat()}: only offline "
                                         "engines may see it (or pass --allow-cloud-for-embargoed)"))
            continue
        names.append(release_catalog_name(release))
    if release_slug is None:
        names += ["about", "site"]
    memory = load_memory(config, language)
    work = []
    for name in names:
        path = language_path(config, language, name)
        if not path.exists():
            raise EngineError(f"{config.relative(path)} does not exist: run `i18n extract` first")
        catalog = catalogs.read_catalog(path)
        items, remembered = [], []
        for entry in catalog:
            if not _is_untranslated(entry):
                continue
            # The memory of reviewed translations first; the engine for what it cannot answer.
            match = None if entry.msgid_plural else memory.lookup(entry.msgid, config.memory_threshold)
            if match is not None:
                remembered.append((entry, match))
            else:
                items.append(_Item(entry, _mask_entry(entry, glossary)))
        work.append(CatalogWork(path, catalog, items, remembered))
    return DraftPlan(language, work, skipped)


def _mask_entry(entry: polib.POEntry, glossary: Glossary) -> list[MaskedText]:
    texts = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
    return [mask(text, glossary) for text in texts]


def run_drafts(plan: DraftPlan, engine: Engine, on_progress: Callable[[int, int], None] | None = None) -> None:
    """Translate every planned entry and write each catalog as soon as it is complete."""
    segments = [segment for work in plan.work for item in work.items for segment in item.segments]
    translations = engine.translate([segment.text for segment in segments])
    comment = f"{catalogs.MACHINE_COMMENT_PREFIX} {engine.name} {engine.detail}"
    done = 0
    for work in plan.work:
        for entry, match in work.remembered:
            _apply_memory(entry, match)
        for item in work.items:
            translated = {id(segment): next(translations) for segment in item.segments}
            try:
                _apply(item, translated, plan.language, comment)
                work.drafted += 1
            except MaskError as error:
                work.failures.append(Failure(work.path, item.entry.msgid, str(error)))
            done += 1
            if on_progress:
                on_progress(done, plan.total)
        if work.drafted or work.remembered:
            catalogs.save_catalog(work.catalog, work.path, None)
            work.written = True


def _apply(item: _Item, translated: dict[int, str], language: str, comment: str) -> None:
    entry = item.entry
    headline = entry.comment in HEADLINE_ROLES
    results = []
    for masked, english in zip(item.masked, [entry.msgid, entry.msgid_plural]):
        for segment in masked.segments():
            is_top = segment is masked
            translated[id(segment)] = post_edit(translated[id(segment)], language, segment.text,
                                                headline=headline and is_top)
        results.append(unmask(masked, translated))
    # Every text must come back whole; an entry that lost a placeholder stays untranslated.
    if entry.msgid_plural:
        count = len(entry.msgstr_plural) or 2
        entry.msgstr_plural = {i: results[0] if i == 0 else results[1] for i in range(count)}
    else:
        entry.msgstr = results[0]
    if "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    entry.tcomment = f"{entry.tcomment}\n{comment}" if entry.tcomment else comment


def _apply_memory(entry: polib.POEntry, match: MemoryMatch) -> None:
    """A reviewed translation of similar English as a fuzzy draft, the English it translated
    as the previous msgid (`#|`), so PO editors show what differs."""
    entry.msgstr = match.translation
    entry.flags.insert(0, "fuzzy")
    entry.previous_msgid = match.english
    entry.tcomment = f"{entry.tcomment}\n{match.comment}" if entry.tcomment else match.comment
