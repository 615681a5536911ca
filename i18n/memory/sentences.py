"""Translation memory at sentence level: the reviewed sentences inside reviewed paragraphs.

A new paragraph that the paragraph-level memory (fuzzy_memory.py) cannot answer may still
repeat sentences a reviewer already translated: an attribution line, last month's quote, a
one-sentence paragraph, a segment of an imported TMX. Each reviewed paragraph is split into
sentences, English and Spanish (`split_sentences`), and the two sides are paired (`align`)
only when the pairing is sure: the same number of sentences, or one more on one side that
exactly one merge of two neighbours explains, and every pair agreeing on its anchors (numbers,
names, quotations, final ? or !) and on its length. Anything else is refused: the paragraph
gives no sentences. A new paragraph's sentences are then looked up (the
same FuzzyIndex and threshold as the paragraph memory); the matched ones take the human
translations, the others go to the engine with every other segment of the run.

The draft is fuzzy either way. All sentences from memory: a memory draft, with the matched
English sentences as the `#|` previous msgid. Some from the engine: a machine draft, because a
reviewer must read machine text in it; its comment's first line is the machine one, so
states.entry_state classifies it so.

The splitter is rule-based and leans to not splitting: an abbreviation, an initial, a dotted
abbreviation (U.S., a.m., EE. UU.) or a lower-case next word never ends a sentence; a
sentence left whole only costs a match, a wrong split could pair wrong sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from i18n.catalogs.fuzzy_index import FuzzyIndex
from i18n.catalogs.states import MEMORY_COMMENT_PREFIX

# Words that end with a dot without ending the sentence, lower-cased, without the dot.
_ABBREVIATIONS = {
    "en": {"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "sen", "rep", "gov", "gen", "lt", "col",
           "sgt", "capt", "rev", "hon", "pres", "supt", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
           "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat",
           "sun", "no", "nos", "vs", "inc", "corp", "co", "ltd", "ave", "blvd", "rd", "mt", "ft", "dept",
           "univ", "approx", "est", "fig", "vol", "p", "pp"},
    "es": {"sr", "sra", "srta", "sres", "dr", "dra", "lic", "lcda", "lcdo", "ing", "arq", "prof", "profa",
           "gral", "gob", "sen", "dip", "ud", "uds", "vd", "vds", "ee", "uu", "núm", "nro", "no", "art",
           "pág", "págs", "tel", "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept",
           "oct", "nov", "dic", "av", "avda", "c", "cía", "s.a", "aprox", "vol", "p", "pp"},
}
# A candidate end: . ! ? or … (repeated), closing quotes, brackets or emphasis, then space,
# then what can open a sentence: a capital letter or a digit, maybe after opening marks.
_END = re.compile(r"[.!?…]+[\"”’'»)\]*_]*(\s+)(?=[¿¡«\"“‘'(\[*_]*[A-ZÁÉÍÓÚÑÜ0-9])")
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")  # U.S, a.m, D.C (the last dot apart)
_NUMBER = re.compile(r"\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?")
_NAME = re.compile(r"\b[A-ZÁÉÍÓÚÑÜ][\w'’-]{2,}")  # capitalised words: names, when both sides have them
_QUOTE = re.compile(r"[\"“”«»]")
LENGTH_RATIO = (0.5, 2.0)  # a pair's Spanish/English length, relative to its paragraph's


def split_sentences(text: str, language: str) -> list[str]:
    """The sentences of a paragraph, whitespace between them dropped; rejoined with single
    spaces they give the paragraph back (its inner whitespace untouched)."""
    abbreviations = _ABBREVIATIONS.get(language.split("_")[0].split("-")[0], set())
    sentences, start = [], 0
    for end in _END.finditer(text):
        if end.group(0)[0] == "." and not end.group(0).startswith("..."):
            words = text[start:end.start()].split()
            word = words[-1].lstrip("¿¡«\"“‘'([*_") if words else ""
            if (len(word) == 1 and word.isalpha()) or not word or word.lower() in abbreviations \
                    or _DOTTED.fullmatch(word):
                continue
        sentences.append(text[start:end.start(1)])
        start = end.end()
    sentences.append(text[start:])
    return [s for s in sentences if s.strip()]


def _numbers(text: str) -> set[str]:
    """Digits of each number, separators dropped: 1,200 and 1.200 and 3.5 and 3,5 agree."""
    return {re.sub(r"\D", "", n) for n in _NUMBER.findall(text)}


def _ending(text: str) -> str:
    stripped = text.rstrip("\"”’'»)]*_ ")
    return stripped[-1] if stripped and stripped[-1] in "?!" else "."


def _agrees(english: str, spanish: str, english_names: set[str], spanish_names: set[str],
            paragraph_ratio: float) -> bool:
    """One pair's anchors and length: the same numbers, quotation or none, ? or !, and the
    names both paragraphs share in both sentences or in neither."""
    if _numbers(english) != _numbers(spanish):
        return False
    if bool(_QUOTE.search(english)) != bool(_QUOTE.search(spanish)) or _ending(english) != _ending(spanish):
        return False
    shared = english_names & spanish_names
    if {n for n in shared if n in english} != {n for n in shared if n in spanish}:
        return False
    ratio = len(spanish) / max(len(english), 1) / paragraph_ratio
    return LENGTH_RATIO[0] <= ratio <= LENGTH_RATIO[1]


def _merges(sentences: list[str], count: int) -> list[list[str]]:
    """sentences as count groups: itself, or each way of joining two neighbours once."""
    if len(sentences) == count:
        return [sentences]
    if len(sentences) == count + 1:
        return [sentences[:i] + [f"{sentences[i]} {sentences[i + 1]}"] + sentences[i + 2:]
                for i in range(len(sentences) - 1)]
    return []


def align(english: str, spanish: str, language: str) -> list[tuple[str, str]] | None:
    """The (English, translation) sentence pairs of a reviewed paragraph, or None when the
    pairing is not sure (counts no single merge explains, anchors that disagree, two merges
    that both fit). An English sentence alone is its own pair, whatever the translator made of
    it: a one-sentence paragraph, headline or TMX segment."""
    en, es = split_sentences(english, "en"), split_sentences(spanish, language)
    if len(en) == 1:
        return [(en[0], spanish.strip())]
    count = min(len(en), len(es))
    names_en, names_es = set(_NAME.findall(english)), set(_NAME.findall(spanish))
    ratio = len(spanish) / max(len(english), 1)
    fits = [list(zip(e, s)) for e in _merges(en, count) for s in _merges(es, count)
            if all(_agrees(a, b, names_en, names_es, ratio) for a, b in zip(e, s))]
    return fits[0] if len(fits) == 1 else None


@dataclass(frozen=True)
class SentenceMatch:
    """Where one sentence of a new paragraph came from: a reviewed sentence, or the engine."""

    english: str  # the new paragraph's sentence
    translation: str | None = None  # None: the engine's
    matched: str = ""  # the reviewed English it translated
    score: float = 0.0
    source: str = ""


@dataclass
class SentenceDraft:
    """A new paragraph, sentence by sentence: what memory answered, what the engine must."""

    parts: list[SentenceMatch]

    @property
    def machine_sentences(self) -> list[str]:
        return [p.english for p in self.parts if p.translation is None]

    # As a memory draft (every sentence from memory): what drafting's _apply_memory reads.
    @property
    def english(self) -> str:
        return " ".join(p.matched for p in self.parts)

    @property
    def translation(self) -> str:
        return " ".join(p.translation or "" for p in self.parts)

    @property
    def comment(self) -> str:
        return self.comment_with()

    def comment_with(self, machine_comment: str = "") -> str:
        """`translation memory: sentences 1, 3 from releases/a.po; sentence 2 (88%) from about.po`,
        after the engine's comment naming its sentences (`machine translation: apertium
        eng-spa, sentence 4`) when the engine drafted some."""
        groups: dict[tuple[str, int], list[int]] = {}
        for number, part in enumerate(self.parts, start=1):
            if part.translation is not None:
                groups.setdefault((part.source, int(part.score * 100)), []).append(number)
        memory = "; ".join(
            f"{_numbered(numbers)}{'' if percent == 100 else f' ({percent}%)'} from {source}"
            for (source, percent), numbers in groups.items())
        lines = [f"{MEMORY_COMMENT_PREFIX} {memory}"]
        machine = [n for n, p in enumerate(self.parts, start=1) if p.translation is None]
        if machine:
            lines.insert(0, f"{machine_comment}, {_numbered(machine)}")
        return "\n".join(lines)

    def compose(self, machine: list[str]) -> str:
        """The paragraph's Spanish: memory sentences and the engine's, in the English order."""
        drafts = iter(machine)
        return " ".join(p.translation if p.translation is not None else next(drafts) for p in self.parts)


def _numbered(numbers: list[int]) -> str:
    return f"sentence{'s' if len(numbers) > 1 else ''} {', '.join(map(str, numbers))}"


class SentenceMemory:
    """The aligned sentences of reviewed paragraphs (msgid, msgstr, source), searched by
    similarity. Built on first use: only the English is split up front; a paragraph's Spanish
    is aligned when one of its sentences is asked for."""

    def __init__(self, paragraphs: list[tuple[str, str, str]], language: str):
        self.paragraphs = paragraphs
        self.language = language
        self._index: FuzzyIndex | None = None
        self._where: list[list[int]] = []  # per indexed sentence: the paragraphs that have it
        self._aligned: dict[int, list[tuple[str, str]]] = {}

    def _built(self) -> FuzzyIndex:
        if self._index is None:
            where: dict[str, list[int]] = {}
            for number, (english, _translation, _source) in enumerate(self.paragraphs):
                for sentence in split_sentences(english, "en"):
                    where.setdefault(sentence, []).append(number)
            self._index = FuzzyIndex(list(where))
            self._where = list(where.values())
        return self._index

    def _pairs(self, number: int) -> list[tuple[str, str]]:
        if number not in self._aligned:
            english, translation, _source = self.paragraphs[number]
            self._aligned[number] = align(english, translation, self.language) or []
        return self._aligned[number]

    def _translation(self, sentence: str, threshold: float) -> SentenceMatch | None:
        found = self._built().best(sentence, threshold)
        if found is None:
            return None
        matched = self._index.texts[found.index]
        for number in self._where[found.index]:
            for english, translation in self._pairs(number):
                if english == matched:
                    return SentenceMatch(sentence, translation, matched, found.score, self.paragraphs[number][2])
        return None

    def lookup(self, paragraph: str, threshold: float) -> SentenceDraft | None:
        """The new paragraph's sentences with the reviewed translations found for them, or None
        when it is one sentence or none of its sentences is in memory."""
        if not self.paragraphs:  # nothing reviewed yet: no sentence to split for
            return None
        sentences = split_sentences(paragraph, "en")
        if len(sentences) < 2:
            return None
        parts = [self._translation(s, threshold) or SentenceMatch(s) for s in sentences]
        if all(p.translation is None for p in parts):
            return None
        return SentenceDraft(parts)


def sentence_memory(memories, language: str) -> SentenceMemory:
    """The sentence memory of fuzzy_memory.Memories: its paragraphs in the same order (the
    project's catalogs, then the imported TMX files)."""
    return SentenceMemory([entry for memory in memories.memories for entry in memory.entries], language)
