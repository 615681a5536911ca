"""An index of English source strings that answers "which one is most like this?" quickly.

One index serves both fuzzy searches of the pipeline: the merge's closest old entry
(`msgmerge --previous`) and the translation memory's match for a new entry. Similarity is
rapidfuzz's `fuzz.ratio`, 2 * LCS / (len(a) + len(b)): the measure of GNU gettext's
`fstrcmp`, so a score means what it means to msgmerge.

An identical string is found by a dictionary. A small index (a catalog being merged)
compares the query with every string, in C++. A large one (the memory of a whole archive)
first narrows the strings down by shared word pairs, as msgmerge narrows its candidates by
shared 4-grams: of the strings whose length allows the threshold, those sharing the most of
the query's rarest word pairs are scored, at most CANDIDATES of them (counted with numpy). A
string that shares none of them is not found, which only happens far below the thresholds
used (60%, 75%).
"""

from __future__ import annotations

import re
import zlib
from array import array
from dataclasses import dataclass
from typing import Sequence

EXHAUSTIVE_MAX = 4000  # up to this many strings, every one is scored
CANDIDATES = 64  # strings scored per query in a large index
RAREST_FEATURES = 24  # postings lists counted per query (the shortest ones)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Match:
    index: int  # position of the matched string in the index
    score: float  # similarity in [0, 1]


def _features(text: str) -> set[int]:
    """Word pairs (single words for a one-word text), lower-cased, as stable 32-bit hashes."""
    words = _WORD.findall(text.lower())
    if len(words) < 2:
        grams = words or [text.lower()]
    else:
        grams = [f"{a} {b}" for a, b in zip(words, words[1:])]
    return {zlib.crc32(gram.encode("utf-8")) for gram in grams}


class FuzzyIndex:
    """The strings given, searchable by similarity; results name them by position."""

    def __init__(self, texts: Sequence[str]):
        self.texts = list(texts)
        self._postings: dict[int, array] | None = None
        self._first: dict[str, int] = {}  # each text's first position
        for position, text in enumerate(self.texts):
            self._first.setdefault(text, position)
        lengths = [len(text) for text in self.texts]
        self._shortest, self._longest = min(lengths, default=0), max(lengths, default=0)

    def __len__(self) -> int:
        return len(self.texts)

    def _index(self) -> dict[int, array]:
        import numpy as np  # here: only large indexes need it, and it takes longer to import than a small run

        if self._postings is None:
            self._lengths = np.fromiter(map(len, self.texts), dtype=np.int64, count=len(self.texts))
            postings: dict[int, array] = {}
            for position, text in enumerate(self.texts):
                for feature in _features(text):
                    posting = postings.get(feature)
                    if posting is None:
                        postings[feature] = posting = array("i")  # 32 bits: half the memory of "q"
                    posting.append(position)
            self._postings = postings
        return self._postings

    def _candidates(self, query: str, threshold: float) -> list[int]:
        import numpy as np

        postings = self._index()
        lists = sorted((postings[f] for f in _features(query) if f in postings), key=len)[:RAREST_FEATURES]
        if not lists:
            return []
        size = len(self.texts)
        counts = np.bincount(np.concatenate([np.frombuffer(p, dtype=np.int32) for p in lists]), minlength=size)
        low, high = _lengths_within_reach(query, threshold)
        counts[(self._lengths < low) | (self._lengths > high)] = 0
        positions = np.flatnonzero(counts)
        if len(positions) > CANDIDATES:
            # The most shared pairs first; among equals, the earlier strings.
            rank = counts[positions] * (size + 1) + (size - positions)
            positions = np.sort(positions[np.argpartition(-rank, CANDIDATES)[:CANDIDATES]])
        return positions.tolist()

    def best(self, query: str, threshold: float) -> Match | None:
        """The most similar string with a similarity of at least threshold (the first of
        equals, in the order given), or None."""
        if not self.texts:
            return None
        if query in self._first:
            return Match(self._first[query], 1.0)
        low, high = _lengths_within_reach(query, threshold)
        if self._longest < low or self._shortest > high:
            return None  # no string is long or short enough: none can reach threshold
        if len(self.texts) <= EXHAUSTIVE_MAX:
            positions = None
            choices: Sequence[str] = self.texts
        else:
            positions = self._candidates(query, threshold)
            choices = [self.texts[p] for p in positions]
        from rapidfuzz import fuzz, process  # here: a run whose memory is empty never needs it (37 ms to import)

        found = process.extractOne(query, choices, scorer=fuzz.ratio, processor=None,
                                   score_cutoff=threshold * 100)
        if found is None:
            return None
        _text, score, where = found
        return Match(where if positions is None else positions[where], score / 100)


def _lengths_within_reach(query: str, threshold: float) -> tuple[float, float]:
    """The lengths a string may have to reach threshold against query (a character's margin):
    fuzz.ratio is at most 2 * min(la, lb) / (la + lb)."""
    return (len(query) * threshold / (2 - threshold) - 1,
            len(query) * (2 - threshold) / max(threshold, 0.01) + 1)
