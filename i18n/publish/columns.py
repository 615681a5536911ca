"""Display columns of wire text: East Asian wide characters take two.

Chinese, Japanese and Korean text is wrapped where the Unicode line-breaking rules allow a
break between ideographs, not only at spaces, never before closing punctuation (。，」) nor
after opening punctuation (「（), and a line's width counts each wide or fullwidth
character (unicodedata.east_asian_width W or F) as two columns, as terminals and e-mail
clients show them.
"""

from __future__ import annotations

import re
import unicodedata

# A fast first look: does a text hold any East Asian wide or fullwidth character at all?
_MAYBE_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                         "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
                         "\U0001f300-\U0001f64f\U00020000-\U0003fffd]")
# No line starts with these (closing and middle punctuation), none ends with the openers.
_NO_START = set("、。，．：；！？）」』】〕〉》〗〙〛’”…‥ー々ゝゞヽヾ・,.;:!?)]}%")
_NO_END = set("（「『【〔〈《〖〘〚‘“([{")


def has_wide(text: str) -> bool:
    return bool(_MAYBE_WIDE.search(text)) and any(is_wide(character) for character in text)


def is_wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in ("W", "F")


def columns(text: str) -> int:
    """The columns text takes on a terminal: two for a wide character, none for a combining one."""
    return sum(2 if is_wide(c) else 0 if unicodedata.combining(c) else 1 for c in text)


def _breakable(before: str, after: str) -> bool:
    return (is_wide(before) or is_wide(after)) and after not in _NO_START and before not in _NO_END


def wide_fill(text: str, width: int, initial: str = "", subsequent: str = "") -> list[str]:
    """Greedy fill of text to width columns, breaking at spaces and between wide characters;
    a piece longer than a line stays whole (as textwrap's break_long_words=False)."""
    pieces: list[tuple[str, bool]] = []  # (piece, joined to the previous one without a space)
    piece, glued = "", False
    for character in text:
        if character == " ":
            if piece:
                pieces.append((piece, glued))
            piece, glued = "", False
            continue
        if piece and _breakable(piece[-1], character):
            pieces.append((piece, glued))
            piece, glued = "", True
        piece += character
    if piece:
        pieces.append((piece, glued))
    lines: list[str] = []
    line, prefix = "", initial
    for piece, glued in pieces:
        candidate = line + ("" if glued or not line else " ") + piece
        if line and columns(prefix + candidate) > width:
            lines.append(prefix + line)
            line, prefix = piece, subsequent
        else:
            line = candidate
    if line:
        lines.append(prefix + line)
    return lines
