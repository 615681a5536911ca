"""Translation memory: the reviewed translations of one language, from all its catalogs, and
the record of each catalog that lets drafting skip reading unchanged ones."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Iterable

import polib

from i18n.runtime.cache import Cache
from i18n.config import Config
from i18n.catalogs.pofile import read_catalog
from i18n.catalogs.states import State, entry_state


def embargoed_catalogs(releases: Iterable, now: dt.datetime) -> set[str]:
    """The catalog names ("releases/<slug>") of the releases still under embargo at `now`.
    The memory never answers from them: whatever it answers may be published first."""
    return {f"releases/{release.slug}" for release in releases if release.embargo is not None and release.embargo > now}


def memory_catalogs(config: Config, language: str, excluded: set[str]) -> list[Path]:
    """The catalogs of a language the translation memory is made of, in path order: all of
    them but the excluded names (embargoed_catalogs)."""
    base = config.locales_path / language / "LC_MESSAGES"
    if not base.is_dir():
        return []
    return [path for path in sorted(base.rglob("*.po"))
            if path.relative_to(base).with_suffix("").as_posix() not in excluded]


def reviewed_entries(catalog: polib.POFile) -> list[list]:
    """[msgctxt, msgid, msgstr] of every reviewed singular entry: a catalog's share of memory."""
    return [[e.msgctxt, e.msgid, e.msgstr] for e in catalog
            if not e.obsolete and "fuzzy" not in e.flags and not e.msgid_plural and e.msgstr]


class TranslationMemory:
    """Reviewed translations of one language, by (msgctxt, msgid) and by msgid alone."""

    def __init__(self, entries: Iterable[list]):
        self.exact: dict[tuple, str] = {}
        self.texts: dict[str, str] = {}
        for msgctxt, msgid, msgstr in entries:
            self.exact.setdefault((msgctxt, msgid), msgstr)
            self.texts.setdefault(msgid, msgstr)
        self.queries: list[tuple] = []  # what a merge asked: whether it depends on the memory

    def lookup(self, key: tuple) -> str | None:
        self.queries.append(key)
        return self.exact.get(key)

    def same_text(self, msgid: str) -> str | None:
        self.queries.append((None, msgid))
        return self.texts.get(msgid)

    def recorder(self) -> "TranslationMemory":
        """The same memory, with a fresh record of the questions one merge asks it."""
        view = TranslationMemory(())
        view.exact, view.texts = self.exact, self.texts
        return view


def translation_memory(catalogs: Iterable[polib.POFile]) -> TranslationMemory:
    """Reviewed translations from every catalog of one language."""
    return TranslationMemory(entry for catalog in catalogs for entry in reviewed_entries(catalog))


class CatalogRecords:
    """What drafting needs from each catalog of one language: its reviewed (msgid, msgstr)
    pairs and how many of its entries are untranslated. Remembered in
    `.i18n-cache/drafting-<lang>.json` by each catalog's (mtime_ns, size), so that a run
    reads only the catalogs changed since the last one; a catalog whose size or modification
    time differs, or a new version of the pipeline, is read afresh."""

    def __init__(self, config: Config, language: str):
        self.config = config
        self.cache = Cache(config.root, f"drafting-{language}", {"catalogs": {"*": [int, int, int, list]}})
        self.known: dict = self.cache.section("catalogs")
        self.current: dict = {}  # the records of this run: every catalog asked about
        self.parsed: dict[Path, polib.POFile] = {}  # catalogs read this run that have entries to draft
        self.changed = False

    def _record(self, path: Path) -> list | None:
        """[mtime_ns, size, untranslated, pairs] if the catalog is as recorded, else None."""
        key = self.config.relative(path)
        if key in self.current:
            return self.current[key]
        stat = os.stat(path)
        record = self.known.get(key)
        if record is None or record[:2] != [stat.st_mtime_ns, stat.st_size] or not _pairs(record[3]):
            return None
        self.current[key] = record
        return record

    def update(self, path: Path, catalog: polib.POFile) -> None:
        """Record the catalog just read or written at path."""
        stat = os.stat(path)
        untranslated = sum(entry_state(entry) is State.UNTRANSLATED for entry in catalog)
        pairs = [[msgid, msgstr] for _msgctxt, msgid, msgstr in reviewed_entries(catalog)]
        self.current[self.config.relative(path)] = [stat.st_mtime_ns, stat.st_size, untranslated, pairs]
        self.changed = True

    def _read(self, path: Path) -> list:
        catalog = read_catalog(path)
        self.update(path, catalog)
        record = self.current[self.config.relative(path)]
        if record[2]:
            self.parsed[path] = catalog
        return record

    def reviewed(self, path: Path) -> list[list[str]]:
        """The catalog's reviewed [msgid, msgstr] pairs."""
        return (self._record(path) or self._read(path))[3]

    def has_untranslated(self, path: Path) -> bool:
        return bool((self._record(path) or self._read(path))[2])

    def catalog(self, path: Path) -> polib.POFile:
        """The catalog, as read in this run if it was (it is recorded either way)."""
        if path in self.parsed:
            return self.parsed.pop(path)
        catalog = read_catalog(path)
        self.update(path, catalog)
        return catalog

    def save(self) -> None:
        """Remember this run's records (those of catalogs not asked about are dropped)."""
        if self.changed or self.current.keys() != self.known.keys():
            self.cache.data["catalogs"] = self.current
            self.cache.save()
            self.known = dict(self.current)
            self.changed = False


def _pairs(value) -> bool:
    return all(type(pair) is list and len(pair) == 2 and type(pair[0]) is str and type(pair[1]) is str
               for pair in value)
