"""Where the release's body starts: the first paragraph of its text, after the header.

`lead_index` finds it: the dateline, or the first prose paragraph after the header's last
marker (a date, FOR IMMEDIATE RELEASE, a contact block, a blog byline), a sentence introducing
the text or a short sentence-case lead above it, a sentence introducing a quotation over its
first short paragraphs, the list after a summary (the subhead).
"""

from __future__ import annotations

import re

from .common import QUOTES, SENTENCE_END, join_labels, word_count
from .dates import find_date
from .extent import could_lead
from .headline import content_words, headline_case, is_sentence
from .not_headline import LABEL_VALUE


def prose(text: str) -> bool:
    """A paragraph of the body by its shape: sentences, not a line of a header (nor a site's menu
    of names in capitals with no sentence's end, however long)."""
    words = word_count(text)
    return (words >= 30 and not _menu_in_capitals(text)) or (
        words >= 14 and bool(re.search(r"[.!?][\"”’')\]]*$", text.rstrip())))


def _menu_in_capitals(text: str) -> bool:
    capitals = [word.isupper() for word in text.split() if any(c.isalpha() for c in word)]
    return sum(capitals) >= 0.9 * len(capitals) and not SENTENCE_END.search(text)


def _prose(block) -> bool:
    """A block of the body: prose, not a run of header fields ("Subject:" / "Date: ..." / "To:")."""
    lines = join_labels(block.lines)
    fields = sum(bool(LABEL_VALUE.match(line.plain)) and word_count(line.plain) <= 16 for line in lines)
    return prose(block.plain) and not (len(lines) >= 3 and fields * 2 >= len(lines))


def introduces(text: str) -> bool:
    """"The following is a statement from the coalition:": a sentence that opens the body and
    announces what follows (a label such as "Media contact:" is short). A page that reposts the
    release introduces it as a release, or with its date ("A press release from the Trust; May
    8, 2025:"): that line is the page's."""
    return (text.rstrip().endswith(":") and word_count(text) >= 6 and text[:1].isupper()
            and not _RELEASE_NAMED.search(text) and find_date(text) is None)


_RELEASE_NAMED = re.compile(r"(?i)\b(?:press|news|media)\s+release\b")


def opened_by_introduction(blocks: list, lead: int) -> int:
    """The lead's index, or that of a sentence introducing it over it ("The Governor congratulates
    the following people:"), with at most one short line between them ("Bravery Medal: Jo Roe")."""
    for back in (1, 2):
        if 0 <= lead - back and lead < len(blocks) and introduces(blocks[lead - back].plain) \
                and all(word_count(block.plain) <= 12 for block in blocks[lead - back + 1:lead]):
            return lead - back
    return lead


def short_lead(block) -> bool:
    """A short first paragraph: a whole sentence in sentence case (a headline is set in title
    case or capitals, and a subhead seldom ends with a full stop)."""
    text = block.plain
    return (block.kind == "paragraph" and is_sentence(text) and not headline_case(text)
            and text[:1].isupper() and not text.rstrip().endswith(":"))


_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+[A-Z]")


def _text_item(block) -> bool:
    """An item of a list of the release's, words of text ("Free parking all day"), not of a page's
    ticker or menu ("S&P 500", "Crude Oil"): three words or more, one of them in lower case."""
    return block.kind == "item" and word_count(block.plain) >= 3 and any(w.islower() for w in block.plain.split())


def lead_index(blocks: list, marker, dateline, byline) -> int:
    """Index of the block where the body starts: the first dateline among the first blocks,
    else the first prose after the header's last marker (right after a blog's byline), else
    the first prose. marker(text), dateline(text) (its place first), byline(text): the recognisers'
    tests."""
    head = blocks[:40]
    for index, block in enumerate(head):
        found = dateline(block.lines[0].plain) if block.lines else None
        titled = isinstance(found, tuple) and not found[0] and headline_case(block.plain) and not could_lead(
            block.plain)
        if found and word_count(block.plain) >= 8 and not titled:  # "May 8, 2025 - Title Words": a headline
            return index
        if _text_item(block):
            break  # a dateline opens the release's first paragraph, never one after a list
    last = None
    for index, block in enumerate(head):
        if (_text_item(block) and last is not None) or (
                _prose(block) and index + 1 < len(head) and _prose(head[index + 1])):
            break  # a list, or two paragraphs of prose: the body has begun
        if any(marker(line.plain) for line in block.lines):
            last = index
    start = 0 if last is None else last + 1
    if last is not None and byline(blocks[last].plain) and start < len(blocks) and could_lead(blocks[start].plain):
        return start  # under a blog's byline, the text (a caption there is not)

    def body(i: int) -> bool:  # a list's item opens the body in a list (a lone line with a bullet is a page's)
        return _prose(blocks[i]) or _text_item(blocks[i]) and (
            i + 1 == len(blocks) or blocks[i + 1].kind == "item" or _prose(blocks[i + 1]))

    lead = next((i for i in range(start, len(blocks)) if body(i)),
                next((i for i in range(len(blocks)) if body(i)), len(blocks)))
    if (last is not None and lead == start and lead + 1 < len(blocks) and blocks[lead + 1].kind == "item"
            and blocks[lead].kind == "paragraph" and is_sentence(blocks[lead].plain)
            and word_count(blocks[lead].plain) <= 60 and not dateline(blocks[lead].plain)):
        return lead + 1  # under the date, a summary over the key points in bullets: the subhead
    quoted = lead  # "X said:" over the quotation's first short paragraph: the text begins with X
    while quoted - 1 >= start and quoted <= len(blocks) and blocks[quoted - 1].plain[:1] in QUOTES:
        quoted -= 1
    if quoted - 1 >= start and quoted <= len(blocks) and introduces(blocks[quoted - 1].plain):
        return quoted - 1
    if lead < len(blocks) and lead - 2 >= start and blocks[lead].kind == "paragraph" and short_lead(blocks[lead - 1]):
        return lead - 1  # "On May 4, we opened the new wing." over the text: its short first paragraph
    if 0 < lead < len(blocks) and lead - 1 >= start and _SECTION_NUMBER.match(blocks[lead - 1].plain) and \
            word_count(blocks[lead - 1].plain) <= 12 and not SENTENCE_END.search(blocks[lead - 1].plain):
        return lead - 1  # "1. Background" over the text: the body's first section heading, never a headline
    if lead < len(blocks) and blocks[lead].kind == "item" and lead - 2 >= start and word_count(
            blocks[lead - 1].plain) <= 4 and blocks[lead - 1].kind == "paragraph":
        return lead - 1  # the list's own heading ("Highlights") under the headline
    return _under_restated_headline(blocks, lead)


def _under_restated_headline(blocks: list, lead: int) -> int:
    """The lead, or, where a line set as a headline follows it (a deck line under it or not) over
    a paragraph that restates it, and the lead restates neither that line nor any line above it,
    that paragraph: the release starts at that headline, and the prose above it is the page's
    ("Does your business have news to share? Log in ...")."""
    said = content_words(blocks[lead].plain) if lead < len(blocks) else set()
    if any(len(said & content_words(block.plain)) >= 2 for block in blocks[max(0, lead - 8):lead]):
        return lead  # the lead restates a line above it: the headline is there
    for title in (lead + 1, lead + 2):
        if title + 1 >= len(blocks) or not _headline_shaped(blocks[title]):
            continue
        words = content_words(blocks[title].plain)
        for text in (title + 1, title + 2):
            if text < len(blocks) and _prose(blocks[text]):
                restated = len(words & content_words(" ".join(blocks[text].plain.split()[:40]))) >= 3
                return text if restated and len(words & said) <= 1 else lead
    return lead


def _headline_shaped(block) -> bool:
    text = block.plain
    return (block.kind != "item" and len(block.lines) == 1 and 4 <= word_count(text) <= 14 and headline_case(text)
            and not SENTENCE_END.search(text.rstrip()))
