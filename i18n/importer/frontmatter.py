"""The header's lines as read: markers, bylines, a date and a contact heading on one line,
plain-text lines continued in lower case."""

from __future__ import annotations

import re

from ..documents import Block, Line, md_escape
from .about import about_heading
from .contacts import CONTACT_HEADING, is_contact_line
from .dates import date_line
from .common import join_labels
from .endmarks import END_MARK, IMMEDIATE


def is_marker(text: str) -> bool:
    return bool(END_MARK.match(text) or CONTACT_HEADING.match(text) or IMMEDIATE.match(text)
                or about_heading(text))


def join_continuations(block: Block) -> list[Line]:
    """Plain-text lines: a line starting in lower case continues the one above it."""
    joined: list[Line] = []
    for line in block.lines:
        if joined and line.plain[:1].islower() and not is_contact_line(line.plain):
            previous = joined[-1]
            joined[-1] = Line(previous.plain + " " + line.plain, previous.markdown + " " + line.markdown,
                              previous.number)
        else:
            joined.append(line)
    return joined


_BYLINE = re.compile(r"(?i)^\W*(?:posted|post\s+date|published|updated)\b|\bby\s+\w")


def is_byline(text: str) -> bool:
    """'Posted on June 2, 2020 by admin': a blog's date line."""
    return bool(_BYLINE.search(text))


_TRAILING_CONTACT = re.compile(r"(?i)^(?P<head>.*\d{4})\s*[|,;]?\s+(?P<tail>contacts?\s*:.*)$")


# "CITY OF OAKDALE Contact: Jo Roe": a letterhead's two columns on one line, the name in capitals
_CAPITALS_THEN_CONTACT = re.compile(r"^(?P<head>(?:[A-Z][A-Z&.'’-]+\s+){1,7}[A-Z][A-Z&.'’-]+)\s+"
                                    r"(?P<tail>(?:(?:media|press)\s+)?contacts?\s*:\s*\S.*)$", re.I)


def split_marker_line(line: Line) -> list[Line]:
    """'For Immediate Release: Thursday, March 21, 2019 Contact:' -> the date line, the contact
    heading; 'CITY OF OAKDALE Contact: Jo Roe' -> the letterhead, the contact heading."""
    match = _TRAILING_CONTACT.match(line.plain)
    if not match or not date_line(IMMEDIATE.sub("", match.group("head"))):
        match = _CAPITALS_THEN_CONTACT.match(line.plain)
        if not match or not match.group("head").isupper():
            return [line]
    head, tail = match.group("head"), match.group("tail")
    return [Line(head, md_escape(head), line.number), Line(tail, md_escape(tail), line.number)]


def _stacked_dates(lines: list[Line]) -> list[Line]:
    """A date printed a part a line ("24" / "Sep" / "2000" in a page's date badge, "April" /
    "11, 2019" wrapped in a column) as one line."""
    joined: list[Line] = []
    index = 0
    while index < len(lines):
        for size in (3, 2):
            run = lines[index:index + size]
            text = " ".join(line.plain.strip() for line in run)
            if len(run) == size and all(len(line.plain.split()) <= 2 for line in run) and date_line(text) \
                    and not date_line(run[0].plain):
                joined.append(Line(text, md_escape(text), run[0].number))
                index += size
                break
        else:
            joined.append(lines[index])
            index += 1
    return joined


def header_lines(block: Block) -> list[Line]:
    """A block's lines as the header reads them (the block's own list when nothing changes)."""
    lines = block.lines if block.hard_breaks or block.kind != "paragraph" else join_continuations(block)
    split = join_labels([part for line in _stacked_dates(lines) for part in split_marker_line(line)])
    return lines if len(split) == len(lines) and split == lines else split
