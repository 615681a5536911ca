"""The fields above the body: headline, subhead, and what a page puts above the headline."""

from __future__ import annotations

import re

from ..documents import Block, Line, md_escape
from .about import about_heading
from .common import QUOTES, SENTENCE_END, word_count
from .contacts import CONTACT_HEADING, contact_detail, is_contact_line
from .dateline import dateline_at
from .dates import date_line
from .endmarks import EMBARGO, END_MARK, IMMEDIATE


def is_marker(text: str) -> bool:
    return bool(END_MARK.match(text) or CONTACT_HEADING.match(text) or IMMEDIATE.match(text)
                or about_heading(text))


def title_like(text: str) -> bool:
    if word_count(text) > 30 or len(text) > 250 or text[:1].islower() or text.rstrip().endswith((",", ";", ":")):
        return False
    return not text.rstrip().endswith(".") or word_count(text) <= 20


def subtitle_like(text: str, block: Block, lines_left: int) -> bool:
    if word_count(text) > 60 or dateline_at(text) or text.rstrip().endswith(":"):
        return False
    if (block.kind == "heading" and block.level >= 2) or block.style == "Subtitle" or block.emphasised:
        return True
    if lines_left > 1 or word_count(text) > 40 or text[:1] in QUOTES:
        return False
    return not SENTENCE_END.search(text)


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


def above_headline(blocks: list[Block], lines: list[list[Line]]) -> set[int]:
    """The lines (their ids) above the headline in a page without one marked: a page's own title
    or archive line above FOR IMMEDIATE RELEASE when a headline follows it, a banner's quotation,
    an organisation's tagline above a contact block that the headline follows, and text above the
    headline and subhead that stand over the date. lines: each block's lines."""
    candidates: list[Line] = []
    immediate = date = contact_block = None
    byline = False
    contacts = False  # in the lines of a contact block
    for block, block_lines in zip(blocks[:20], lines):
        if dateline_at(block.lines[0].plain) or word_count(block.plain) > 30 or END_MARK.match(block.plain):
            break  # the body
        for line in block_lines:
            text = line.plain
            contacts = bool(CONTACT_HEADING.match(text)) or (contacts and contact_detail(text))
            if contacts and contact_block is None:
                contact_block = len(candidates)
            if IMMEDIATE.match(text) and immediate is None:
                immediate = len(candidates)
            if date_line(text) or (IMMEDIATE.match(text) and date_line(text[IMMEDIATE.match(text).end():])):
                if date is None:
                    date, byline = len(candidates), is_byline(text)
            elif not (contacts or is_marker(text) or is_contact_line(text) or EMBARGO.match(text)):
                candidates.append(line)
    if immediate is not None and 0 < immediate < len(candidates):
        return {id(line) for line in candidates[:immediate]}
    if date is None:
        return set()
    candidates = candidates[:date]
    if contact_block is not None and 0 < contact_block < len(candidates) and title_like(
            candidates[contact_block].plain):
        return {id(line) for line in candidates[:contact_block]}
    above = [line for line in candidates[:-1] if line.plain[:1] in QUOTES and line.plain.rstrip()[-1:] in QUOTES]
    rest = [line for line in candidates if line not in above]
    return {id(line) for line in above + rest[:-1 if byline else -2]}  # a blog's byline is under the headline


_BYLINE = re.compile(r"(?i)^\W*(?:posted|published|updated)\b|\bby\s+\w")


def is_byline(text: str) -> bool:
    """'Posted on June 2, 2020 by admin': a blog's date line."""
    return bool(_BYLINE.search(text))


_TRAILING_CONTACT = re.compile(r"(?i)^(?P<head>.*\d{4})\s*[|,;]?\s+(?P<tail>contacts?\s*:.*)$")


def split_marker_line(line: Line) -> list[Line]:
    """'For Immediate Release: Thursday, March 21, 2019 Contact:' -> the date line, the contact heading."""
    match = _TRAILING_CONTACT.match(line.plain)
    if not match or not date_line(IMMEDIATE.sub("", match.group("head"))):
        return [line]
    head, tail = match.group("head"), match.group("tail")
    return [Line(head, md_escape(head), line.number), Line(tail, md_escape(tail), line.number)]
