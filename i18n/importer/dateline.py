"""The dateline starting the first paragraph ("CHICAGO –", "Miami, FL - ")."""

from __future__ import annotations

import datetime as dt
import re

from ..documents import md_escape
from .common import QUOTES, fold, markdown_plain, word_count
from .dates import find_date

_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^–—\-(\n]{1,70}?)\s*(?:\((?P<pdate>[^)]{6,30})\)\s*)?"
    r"(?P<dash>-{2,}|[–—]+(?:\s*[–—]+)*|(?<=\s)-(?=\s))\s*(?P<rest>.*)$", re.S)


def dateline_at(plain: str) -> tuple[str, dt.date | None, str, int] | None:
    """(place, date or None, the date as written, length of the dateline) at the start of plain."""
    match = _DATELINE.match(plain)
    if not match:
        return None
    place = match.group("place").strip().rstrip(",").strip()
    date, date_text = None, ""
    inside = find_date(place)
    if inside:
        date, start, end = inside
        date_text = place[start:end]
        if place[end:].strip(" ,"):
            return None
        place = place[:start].strip().rstrip(",").strip()
    if match.group("pdate"):
        parenthesised = find_date(match.group("pdate"))
        if parenthesised is None:
            return None
        date, date_text = parenthesised[0], match.group("pdate").strip()
    city, _, region = place.partition(",")
    city, region = city.strip(), region.strip()
    letters = [c for c in city if c.isalpha()]
    if len(letters) < 3 or city.upper() != city or word_count(city) > 4:
        return None
    if region and (word_count(region) > 3 or not all(w[0].isupper() for w in region.split())):
        return None
    rest = match.group("rest")
    consumed = match.start("rest")
    after = find_date(rest[:40])
    if after and after[1] == 0:
        tail = re.match(r"\s*(?:-{2,}|[–—]+|\s-\s)\s*", rest[after[2]:])
        if tail:
            date, date_text = after[0], rest[: after[2]]
            consumed += after[2] + tail.end()
            rest = rest[after[2] + tail.end():]
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in QUOTES + "'‘"):
        return None
    return (f"{city}, {region}" if region else city), date, date_text, consumed


def drop_prefix(markdown: str, plain: str, length: int) -> str:
    """Markdown of a line without the first `length` characters of its plain text.

    Emphasis around the dropped words goes with them; when what is left would not show
    exactly the rest of the plain text, the rest is written as escaped plain text."""
    md_pos = plain_pos = 0
    while plain_pos < length and md_pos < len(markdown):
        if markdown[md_pos] == plain[plain_pos]:
            md_pos += 1
            plain_pos += 1
        elif markdown[md_pos] in "*_":
            md_pos += 1
        elif markdown[md_pos] == "\\" and md_pos + 1 < len(markdown):
            md_pos += 1
        elif markdown[md_pos].isspace() and plain[plain_pos].isspace():
            md_pos += 1
            plain_pos += 1
        else:
            return md_escape(plain[length:])
    dropped, rest = markdown[:md_pos], markdown[md_pos:].lstrip()
    closer = re.match(r"^(\*+)(?=\s|$)", rest)
    if closer:
        dropped = dropped.rstrip() + closer.group(1)
        rest = rest[closer.end():].lstrip()
    balanced = markdown_plain(dropped).count("*") == 0 and dropped.count("*") % 2 == 0
    if not balanced or fold(markdown_plain(rest)) != fold(plain[length:]):
        return md_escape(plain[length:])
    return rest

