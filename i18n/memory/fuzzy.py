"""Translation memory for drafting: every reviewed entry of every catalog of a language,
searched by similarity (memory_index.py) before an entry goes to the machine."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from i18n.config import Config
from i18n.memory.exact import CatalogRecords, memory_catalogs
from i18n.catalogs.fuzzy_index import FuzzyIndex
from i18n.catalogs.states import MEMORY_COMMENT_PREFIX

@dataclass(frozen=True)
class MemoryMatch:
    english: str  # the reviewed entry's msgid
    translation: str
    score: float  # similarity in [0, 1]
    source: str  # the catalog it came from, relative to the language's LC_MESSAGES

    @property
    def comment(self) -> str:
        return f"{MEMORY_COMMENT_PREFIX} {int(self.score * 100)}% {self.source}"


class Memory:
    def __init__(self, entries: list[tuple[str, str, str]]):
        self.entries = entries  # (msgid, msgstr, source)
        self.index = FuzzyIndex([msgid for msgid, _msgstr, _source in entries])

    def lookup(self, msgid: str, threshold: float) -> MemoryMatch | None:
        match = self.index.best(msgid, threshold)
        if match is None:
            return None
        english, translation, source = self.entries[match.index]
        return MemoryMatch(english, translation, match.score, source)


class Memories:
    """The project's own memory first, then the external ones (`i18n tm import`)."""

    def __init__(self, memories: list[Memory]):
        self.memories = memories

    def lookup(self, msgid: str, threshold: float) -> MemoryMatch | None:
        for memory in self.memories:
            match = memory.lookup(msgid, threshold)
            if match is not None:
                return match
        return None


def load_memory(config: Config, language: str, records: CatalogRecords | None = None,
                embargoed: set[str] = frozenset()) -> Memories:
    """The reviewed singular entries of every catalog of language but the embargoed ones
    (memory.embargoed_catalogs), in path order, then the pairs of every TMX file in
    locales/memory/. `records` (memory.CatalogRecords) spares reading the catalogs unchanged
    since the last run; the caller saves them."""
    from i18n.memory.tmx import memory_dir, read_tmx

    records = records or CatalogRecords(config, language)
    base = config.locales_path / language / "LC_MESSAGES"
    entries = []
    for path in memory_catalogs(config, language, embargoed):
        source = Path(path).relative_to(base).as_posix()
        entries += [(msgid, msgstr, source) for msgid, msgstr in records.reviewed(path)]
    external = []
    for path in sorted(memory_dir(config).glob("*.tmx")):
        source = config.relative(path)
        external += [(english, translation, source)
                     for english, translation in read_tmx(path, config.source_language, language)]
    return Memories([Memory(entries), Memory(external)])
