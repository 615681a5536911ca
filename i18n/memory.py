"""Translation memory: the reviewed translations of one language, from all its catalogs."""

from __future__ import annotations

from typing import Iterable

import polib


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
