"""A release flattened into one line (a page whose line breaks were lost): its parts set apart
again by how a release is built: the header's labels ("Contact:", "Release Date:", FOR
IMMEDIATE RELEASE) start parts, a labelled date ends its own, the end mark stands alone, and
the headline runs in title case until a sentence starts ("... Counties The department today
announced"). A long headline with a comma was a headline and its subhead."""

from __future__ import annotations

import re

from ..documents import Block, Line, md_escape
from .common import Note, word_count
from .dates import find_date
from .endmarks import RUN_ON_END_MARK

# A line this long that opens with a label of the header holds the whole release.
FLATTENED = 400
_LABEL = re.compile(r"(?i)(?<!\w)(?:(?:media|press)\s+contacts?|contacts?|release\s+date|for\s+immediate\s+release"
                    r"|date)\s*:?(?=\s)")
_DATE_LABEL = re.compile(r"(?i)^(?:release\s+date|date)\s*:?\s")
_SMALL = {"a", "an", "the", "and", "or", "nor", "but", "for", "of", "to", "in", "on", "at", "by", "with", "from",
          "as", "be", "into", "over", "via", "vs", "per"}
# A capitalised word that opens a sentence of the body, not a word of a title-case headline
_OPENS = {"The", "A", "An", "This", "These", "On", "In", "At", "After", "Today", "Yesterday", "Officials", "Residents"}


def unflatten(block: Block) -> tuple[list[Block], str] | None:
    """The blocks a one-line release is made of, and a note of how it was read (None when the
    block is not one)."""
    if len(block.lines) != 1 or len(block.plain) < FLATTENED or not _LABEL.match(block.plain):
        return None
    text, number = block.plain, block.line
    starts = [m.start() for m in _LABEL.finditer(text)] + [len(text)]
    parts = [text[a:b].strip() for a, b in zip(starts, starts[1:]) if text[a:b].strip()]
    rest = parts.pop()  # the last label's part runs on into the headline and the body
    found = find_date(rest) if _DATE_LABEL.match(rest) else None
    if found is None:
        return None
    parts.append(rest[:found[2]].strip())
    rest = rest[found[2]:].strip(" ,;|-–—")
    end = RUN_ON_END_MARK.search(rest)
    tail = [end.group(1)] if end else []
    rest = rest[:end.start()] if end else rest
    split = _headline_end(rest)
    if split is None:
        return None
    headline, body = rest[:split].strip(), rest[split:].strip()
    heads = [headline]
    if word_count(headline) > 14 and ", " in headline:  # the headline and its subhead, joined by a comma
        heads = [piece.strip() for piece in headline.split(", ", 1)]
    pieces = parts + heads + [body] + tail
    blocks = [Block([Line(piece, md_escape(piece), number)]) for piece in pieces]
    return blocks, (f"the whole release is on one line: read as {len(parts)} header part(s), "
                    f"{'a headline and its subhead' if len(heads) == 2 else 'a headline'}, the text"
                    f"{' and its end mark' if tail else ''}: check where each was cut")


def _headline_end(text: str) -> int | None:
    """Where the title-case headline at the start of text ends and the body's first sentence
    begins: at the last word opening a sentence before the first lower-case word that is no
    small word of a title."""
    words = list(re.finditer(r"\S+", text))
    opener = None
    for index, match in enumerate(words):
        word = match.group().strip("\"“”'‘’(),:;")
        if index and word in _OPENS:
            opener = match.start()
        elif word[:1].islower() and word.lower() not in _SMALL:
            return opener if opener and word_count(text[:opener]) >= 3 else None
    return None


# "date 2019-05-16 Halifax, NS, May 16, 2019 -- ...": a page's date field run into its first line
_DATE_FIELD = re.compile(r"(?i)^\s*date\s*:?\s*\d{4}-\d{2}-\d{2}(?=\s+\S)")


def _date_field_apart(block: Block) -> list[Block]:
    """The page's date field at the start of the first block, set on a line of its own."""
    first = block.lines[0]
    field = _DATE_FIELD.match(first.plain)
    if field is None:
        return [block]
    rest = first.plain[field.end():].strip()
    return [Block([Line(field.group().strip(), md_escape(field.group().strip()), first.number)]),
            Block([Line(rest, md_escape(rest), first.number)] + block.lines[1:], block.kind, block.level,
                  block.ordered, block.hard_breaks, block.emphasised, block.style, block.number)]


def unflatten_all(blocks: list[Block], warnings: list[Note]) -> list[Block]:
    """The blocks with each one-line release set apart into its parts (each named in a warning),
    and a page's date field run into the first line set apart from it."""
    read: list[Block] = []
    blocks = _date_field_apart(blocks[0]) + blocks[1:] if blocks and blocks[0].lines else blocks
    for block in blocks:
        found = unflatten(block)
        read.extend(found[0] if found else [block])
        if found:
            warnings.append(Note(block.line, found[1]))
    return read
