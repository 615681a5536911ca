"""Texts cut under a cloud service's length limit, after the last sentence that fits."""

from __future__ import annotations

import re
from typing import Callable

_SENTENCE_END = re.compile(r"""([.!?…]+["'”’»)\]]*)\s+|([。！？]+)\s*""")
_SPACE = re.compile(r"\s+")


def utf8_length(text: str) -> int:
    return len(text.encode("utf-8"))


def _fit(text: str, limit: int, measure: Callable[[str], int]) -> int:
    """The longest prefix length (in characters) whose measure is within the limit."""
    if measure is len:
        return min(limit, len(text))
    total = 0
    for index, char in enumerate(text):
        total += measure(char)
        if total > limit:
            return index
    return len(text)


def split_text(text: str, limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Pieces of text within the limit, cut after the last sentence that fits.

    A sentence longer than the limit is cut at the last space before the limit (or, without
    a space, at the limit). Joining the pieces with spaces gives the text back, up to the
    whitespace at the cuts.
    """
    text = text.strip()
    pieces = []
    while measure(text) > limit:
        fits = _fit(text, limit, measure)
        cut = 0
        for match in _SENTENCE_END.finditer(text):
            sentence_end = match.end(1) if match.group(1) else match.end(2)
            if sentence_end > fits:
                break
            cut = match.end()
        if cut == 0:
            spaces = [match for match in _SPACE.finditer(text, 0, fits + 1) if match.start() > 0]
            cut = spaces[-1].end() if spaces else max(fits, 1)
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        pieces.append(text)
    return pieces
