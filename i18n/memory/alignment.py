"""Align a translated document with the translation units it translates: which paragraph of
the translation is which unit. Pure functions over plain text; nothing is read or written.

Both sides are sequences of `Piece`s in document order (the units of a release's catalog;
the paragraphs, headings and list items of its translation). The alignment is a dynamic
programme in the manner of Gale and Church (1993): each step pairs one unit with one
paragraph, or leaves a unit without a translation, or a paragraph without a unit; the path
with the greatest total gain wins, where a pair gains its score less `SKIP` (a pair scoring
below `SKIP` is worse than two gaps, so it is never made).

A pair's score (0 to 1) weighs its evidence, each piece only where it applies:
- structure: a heading against a heading, a list item against a list item (text files lose
  this: a paragraph against a heading is half wrong, not wrong);
- length: the Gale–Church probability of the translation's length given the unit's (below
  `LENGTH_FLOOR`, the pair is ruled out: a shared name does not make a short paragraph the
  translation of a long one);
- names: capitalised tokens (people, places, organisations) that appear on both sides,
  against those that appear on one side only;
- numbers: the same figures on both sides (thousands separators and decimal marks aside);
- quotations and final punctuation: as many quotation marks; a question for a question.

Refusing what is not sure: a pair is accepted only with a score of at least `ACCEPT`, and
only when it is anchored (it shares names or numbers), pinned (in an unbroken run of pairs
that reaches an anchored pair, or the document's edge, on both sides) or unrivalled (between
the anchored pairs around it, no other pairing of its unit or its paragraph comes within
`MARGIN` of its score). A heading with neither names nor numbers is thus accepted between
two anchored paragraphs, and after a gap only when nothing else there could be it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

HEADING, ITEM, PARAGRAPH, DATELINE = "heading", "item", "paragraph", "dateline"

# Gale and Church's constants, for characters: the expected length of a translation for one
# character of English (Spanish runs about 15% longer; other languages: LENGTH_RATIO) and the
# variance per character.
LENGTH_RATIOS = {"es": 1.15}
LENGTH_RATIO = 1.1
LENGTH_VARIANCE = 6.8
LENGTH_FLOOR = 0.01  # a length less probable than this rules a pair out, whatever else agrees
SKIP = 0.45  # a pair must score above this to be made at all
ACCEPT = 0.6  # and at least this to be kept
MARGIN = 0.2  # an unanchored pair beats every rival between its anchored neighbours by this much
WEIGHTS = {"structure": 1.0, "length": 1.0, "names": 2.0, "numbers": 2.0, "quotes": 1.0, "ending": 0.5}

QUOTE_MARKS = "“”\"„«»"
_TOKEN = re.compile(r"[^\W\d_][\w'’.&-]*[\w]|[^\W\d_]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_BREAK = re.compile(r"[.!?:¿¡\"“”«»(]\s*$")
# Capitalised in English, not in other languages: no evidence of a name.
_NOT_NAMES = {"i", "january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday"}


@dataclass(frozen=True)
class Piece:
    """One unit or one paragraph of the translation: its kind and its plain text."""

    kind: str  # HEADING, ITEM, PARAGRAPH or DATELINE
    plain: str


@dataclass(frozen=True)
class Pair:
    unit: int  # index into the units
    segment: int  # index into the translation's pieces
    score: float
    anchored: bool


@dataclass(frozen=True)
class Alignment:
    accepted: list[Pair]  # the sure pairs, in order
    segments_left: list[int]  # pieces of the translation with no sure pair


def _fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes: 'México' and 'Mexico' are one name."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def names(plain: str) -> tuple[set[str], set[str]]:
    """(every capitalised token, those not starting a sentence), folded. In a title-case line
    (most words capitalised) no token is taken as a name by its capital alone."""
    every, inner = set(), set()
    tokens = list(_TOKEN.finditer(plain))
    capitalised = [t for t in tokens if t.group()[0].isupper()]
    title_case = len(tokens) > 2 and len(capitalised) > len(tokens) * 0.6
    for token in capitalised:
        word = token.group().rstrip(".")
        folded = _fold(word)
        if len(word) < 2 or folded in _NOT_NAMES:
            continue
        every.add(folded)
        if not title_case and token.start() and not _SENTENCE_BREAK.search(plain[: token.start()]):
            inner.add(folded)
    return every, inner


def numbers(plain: str) -> set[str]:
    """The figures of a text, without separators: '1,500.5' and '1.500,5' are one number."""
    return {re.sub(r"[.,]", "", n) for n in _NUMBER.findall(plain)}


def _dice(shared: int, only: int) -> float | None:
    return None if not shared and not only else 2 * shared / (2 * shared + only)


def _length(source: str, translation: str, ratio: float) -> float:
    """Gale and Church's two-sided probability of this length of translation."""
    expected = len(source) * ratio
    delta = (len(translation) - expected) / math.sqrt(max(len(source), 1) * LENGTH_VARIANCE)
    return math.erfc(abs(delta) / math.sqrt(2))


def _structure(unit_kind: str, segment_kind: str) -> float:
    if unit_kind == segment_kind:
        return 1.0
    if DATELINE in (unit_kind, segment_kind):
        return 0.0
    return 0.5 if PARAGRAPH in (unit_kind, segment_kind) else 0.2


def _ending(plain: str) -> str:
    stripped = plain.rstrip(" " + QUOTE_MARKS + "')]*_")
    return stripped[-1] if stripped and stripped[-1] in ".:?!;," else ""


def evidence(unit: Piece, segment: Piece, ratio: float = LENGTH_RATIO) -> dict[str, float]:
    """Each applicable piece of evidence that segment translates unit, from 0 to 1."""
    found = {"structure": _structure(unit.kind, segment.kind), "length": _length(unit.plain, segment.plain, ratio),
             "ending": float(_ending(unit.plain) == _ending(segment.plain))}
    unit_every, unit_inner = names(unit.plain)
    segment_every, segment_inner = names(segment.plain)
    if DATELINE in (unit.kind, segment.kind):  # a dateline is a place's name, first word or not
        unit_inner, segment_inner = unit_every, segment_every
    shared = unit_every & segment_every
    value = _dice(len(shared), len(unit_inner - shared) + len(segment_inner - shared))
    if value is not None:
        found["names"] = value
    unit_numbers, segment_numbers = numbers(unit.plain), numbers(segment.plain)
    value = _dice(len(unit_numbers & segment_numbers), len(unit_numbers ^ segment_numbers))
    if value is not None:
        found["numbers"] = value
    unit_quotes = sum(unit.plain.count(q) for q in QUOTE_MARKS)
    segment_quotes = sum(segment.plain.count(q) for q in QUOTE_MARKS)
    if unit_quotes or segment_quotes:
        found["quotes"] = min(unit_quotes, segment_quotes) / max(unit_quotes, segment_quotes)
    return found


def score(unit: Piece, segment: Piece, ratio: float = LENGTH_RATIO) -> tuple[float, bool]:
    """The weighted mean of the evidence, and whether names or numbers anchor the pair."""
    found = evidence(unit, segment, ratio)
    if found["length"] < LENGTH_FLOOR:  # no translation runs this much longer or shorter: not a pair
        return 0.0, False
    total = sum(WEIGHTS[name] * value for name, value in found.items())
    anchored = found.get("names", 0) >= 0.5 or found.get("numbers", 0) >= 0.5
    return total / sum(WEIGHTS[name] for name in found), anchored


def align(units: list[Piece], segments: list[Piece], language: str = "") -> Alignment:
    """The best path through units and segments (a translation into language, a base
    language code such as "es"), and which of its pairs are sure."""
    ratio = LENGTH_RATIOS.get(language, LENGTH_RATIO)
    rows, columns = len(units), len(segments)
    scores = [[score(unit, segment, ratio) for segment in segments] for unit in units]
    # gain[i][j]: the best total gain aligning units[:i] with segments[:j]; step[i][j]: how it ended.
    gain = [[0.0] * (columns + 1) for _ in range(rows + 1)]
    step = [[""] * (columns + 1) for _ in range(rows + 1)]
    for i in range(rows + 1):
        for j in range(columns + 1):
            options = []
            if i and j:
                options.append((gain[i - 1][j - 1] + scores[i - 1][j - 1][0] - SKIP, "pair"))
            if i:
                options.append((gain[i - 1][j], "unit"))
            if j:
                options.append((gain[i][j - 1], "segment"))
            if options:
                gain[i][j], step[i][j] = max(options, key=lambda option: option[0])
    path: list[Pair | None] = []  # pairs in order, None for a gap
    i, j = rows, columns
    while i or j:
        move = step[i][j]
        if move == "pair":
            value, anchored = scores[i - 1][j - 1]
            path.append(Pair(i - 1, j - 1, value, anchored))
            i, j = i - 1, j - 1
        else:
            path.append(None)
            i, j = (i - 1, j) if move == "unit" else (i, j - 1)
    path.reverse()
    accepted = _sure(path, scores)
    return Alignment(accepted, [j for j in range(columns) if j not in {p.segment for p in accepted}])


def _sure(path: list[Pair | None], scores: list[list[tuple[float, bool]]]) -> list[Pair]:
    """The pairs of the path kept: scoring at least ACCEPT, and anchored, pinned or unrivalled."""
    kept = [pair if pair is not None and pair.score >= ACCEPT else None for pair in path]
    sure = []
    for index, pair in enumerate(kept):
        if pair is None:
            continue
        before, after = (kept[index - 1::-1] if index else []), kept[index + 1:]
        if pair.anchored or (_pinned(before) and _pinned(after)) or _unrivalled(pair, before, after, scores):
            sure.append(pair)
    return sure


def _pinned(run: list[Pair | None]) -> bool:
    """Walking away from a pair: an anchored pair, or the document's edge, before any gap."""
    for pair in run:
        if pair is None:
            return False
        if pair.anchored:
            return True
    return True


def _unrivalled(pair: Pair, before: list[Pair | None], after: list[Pair | None],
                scores: list[list[tuple[float, bool]]]) -> bool:
    """Between the anchored pairs around it, no other paragraph suits its unit, and no other
    unit its paragraph, within MARGIN of its own score."""
    previous = next((p for p in before if p is not None and p.anchored), None)
    following = next((p for p in after if p is not None and p.anchored), None)
    units = range(previous.unit + 1 if previous else 0, following.unit if following else len(scores))
    segments = range(previous.segment + 1 if previous else 0, following.segment if following else len(scores[0]))
    rivals = [scores[pair.unit][j][0] for j in segments if j != pair.segment]
    rivals += [scores[i][pair.segment][0] for i in units if i != pair.unit]
    return pair.score - max(rivals, default=0.0) >= MARGIN
