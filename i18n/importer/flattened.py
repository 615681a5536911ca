"""A release flattened into one line (a page whose line breaks were lost): its parts set apart
again by how a release is built: the header's labels ("Contact:", "Release Date:", FOR
IMMEDIATE RELEASE) start parts, a labelled date ends its own, the end mark stands alone, and
the headline runs in title case until a sentence starts ("... Counties The department today
announced"). A long headline with a comma was a headline and its subhead.

A header run into its headline and dateline (a PDF's letterhead, labels and contacts, then
"Headline Words Oakdale, OR – The ..."): the headline runs back from the dateline over words set
as a title's; the header is cut at its labels."""

from __future__ import annotations

import re

from ..documents import Block, Line, md_escape
from .common import Note, word_count
from .dateline import dateline_at
from .dates import find_date
from .endmarks import END_MARK, RUN_ON_END_MARK
from .headline import headline_case

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
    parts = _cut_at_labels(text)
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


# "jo@parks.orgSecond Footbridge Opens": an e-mail address run into the next line (the break lost):
# a domain ends in lower case, a line starts with a capital
_ADDRESS_RUN_ON = re.compile(r"@[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|[a-z]{2})(?=[A-Z][a-z])")


def _addresses_apart(block: Block) -> Block:
    """The block with each e-mail address run into the following line set apart from it."""
    if not any(_ADDRESS_RUN_ON.search(line.plain) for line in block.lines):
        return block
    lines = []
    for line in block.lines:
        cuts = [match.end() for match in _ADDRESS_RUN_ON.finditer(line.plain)]
        if not cuts:
            lines.append(line)
            continue
        for start, end in zip([0] + cuts, cuts + [len(line.plain)]):
            part = line.plain[start:end].strip()
            lines.append(Line(part, md_escape(part), line.number))
    return Block(lines, block.kind, block.level, block.ordered, block.hard_breaks, block.emphasised, block.style,
                 block.number)


def _end_mark_apart(block: Block) -> list[Block]:
    """A block whose lines hold the end mark alone on one of them ("... afternoon." / "Ends" /
    "© Wire Media", no blank line between): the text, the mark and what follows, each a block."""
    at = next((i for i, line in enumerate(block.lines) if i and END_MARK.match(line.plain)), None)
    if at is None or block.kind != "paragraph":
        return [block]
    parts = [block.lines[:at], block.lines[at:at + 1], block.lines[at + 1:]]
    return [Block(lines, block.kind, block.level, block.ordered, block.hard_breaks, block.emphasised, block.style,
                  block.number) for lines in parts if lines]


# Where a word stops the headline read back from its dateline: an e-mail, a phone number's
# part ("(505)", "684-1100"), a label ("Contact:") or a word in lower case that no title has
_BEFORE_HEADLINE = re.compile(r"[@\[\]]|^\(?\d{3}\)?$|\d{3}[-.]\d{4}|:$|^[a-z]")


# A city's name of two words: its first ("Santa Fe", "New York") or its last ("Carson City")
_CITY_START = re.compile(r"(?i)new|los|las|san|santa|st\.?|saint|fort|ft\.?|port|mount|mt\.?|el|la|le|grand|palm|"
                         r"cape|lake|salt|des|baton|north|south|east|west|upper|lower|little|great|long|rio|del")
_CITY_END = re.compile(r"(?i)city|beach|falls|springs|park|heights|harbou?r|valley|hills|rapids|bay|island|town|"
                       r"village|junction|point|creek|lake|ridge|grove|bluffs|plains|rock")
# What shows a header: a label, an e-mail, a phone number
_HEADER_SIGN = re.compile(_LABEL.pattern + r"|@|\[email|\d{3}[-.) ]\s?\d{3}")


def _headline_before_dateline(text: str, above: str) -> tuple[str, str, str] | None:
    """A letterhead, labels and contacts run into the headline, then the dateline (a PDF or a page
    that lost its line breaks): (the header, the headline, the text from its dateline on). The
    headline runs back from the dateline over words set as a title's, four or more, after three
    words or more of a header (with the text above: a label, an e-mail or a phone number)."""
    for start in re.finditer(r"(?<=\s)[A-Z(]", text[:1500]):
        found = dateline_at(text[start.start():start.start() + 300])  # a dateline is short: no need of the rest
        if not found or not found[0] or re.search(r"\d", found[0]) \
                or not text[start.start():].lstrip("(").startswith(found[0].split(",")[0]) \
                or found[1] is None and "(" in text[start.start() + 1:start.start() + found[3]]:
            continue  # (nor "Unveiled (Omaha, NE) –": the words before a place in brackets are the headline's)
        city = found[0].split(",")[0].split()
        if len(city) > 1 and not (len(city) == 2 and (_CITY_START.fullmatch(city[0]) or _CITY_END.fullmatch(city[1]))):
            continue  # "... Budget Oakdale, OR": the headline's last word, then the place, read from the next start
        words = text[:start.start()].split()
        run = len(words)
        while run and not (_BEFORE_HEADLINE.search(words[run - 1]) and words[run - 1].lower() not in _SMALL):
            run -= 1
        while run < len(words) and words[run] in _SMALL:  # a title starts with "The" or "THE", never "the"
            run += 1
        dated = find_date(" ".join(words[run:]))
        if dated and not " ".join(words[run:])[:dated[1]].strip():  # "DATE: May 8, 2025 Headline": the label's
            run += len(" ".join(words[run:])[:dated[2]].split())
        headline = " ".join(words[run:])
        header = f"{above} {' '.join(words[:run])}"
        if word_count(headline) >= 4 and word_count(header) >= 3 and _HEADER_SIGN.search(header) \
                and headline_case(headline):
            return " ".join(words[:run]), headline, text[start.start():]
    return None


def _run_into_dateline(block: Block, above: str) -> list[Block] | None:
    """A block with a long line holding the header, the headline and the dateline (see above) set
    apart: the header cut at its labels, the headline, the text (above: the text over the block)."""
    for index, line in enumerate(block.lines):
        found = _headline_before_dateline(line.plain, " ".join([above] + [a.plain for a in block.lines[:index]])) \
            if len(line.plain) >= FLATTENED else None
        if found:
            header, headline, text = found
            before = [Block(block.lines[:index])] if index else []
            below = [Block([Line(text, md_escape(text), line.number)] + block.lines[index + 1:])]
            return before + _at_labels(Block([Line(header, md_escape(header), line.number)])) + [
                Block([Line(headline, md_escape(headline), line.number)], "heading", 1)] + below  # set as the title
    return None


# "COUNTY SEEKS VIEWS ON THE FUTURE OF ITS FIRE DISTRICT The county will ...": a headline in capitals run
# into the first paragraph (a PDF's text), up to the sentence that starts in mixed case
_CAPITALS_RUN_IN = re.compile(r"^(?P<headline>(?:[A-Z0-9][A-Z0-9'’&,-]*\s+){4,19}[A-Z0-9][A-Z0-9'’&,-]*)\s+"
                              r"(?=[A-Z][a-z])")
_HEADER_LABEL_WORDS = re.compile(r"\b(?:RELEASE|ADVISORY|STATEMENT|CONTACTS?|IMMEDIATE|NEWS|MEDIA)\b")


def _capitals_run_into_text(block: Block) -> list[Block] | None:
    """The headline in capitals and the text it was run into, apart: a paragraph of sentences after
    five words or more in capitals (words, not letters spaced out; no label of the header, no dateline)."""
    match = _CAPITALS_RUN_IN.match(block.plain) if len(block.lines) == 1 else None
    if match is None or dateline_at(block.plain) or _HEADER_LABEL_WORDS.search(match.group("headline")):
        return None
    headline, text = match.group("headline"), block.plain[match.end():]
    if sum(len(word) >= 3 for word in headline.split()) < 4 or word_count(text) < 20 \
            or not re.search(r"[a-z][.!?](?:\s|$)", text):
        return None
    return [Block([Line(headline, md_escape(headline), block.line)], "heading", 1),
            Block([Line(text, md_escape(text), block.line)])]


def _cut_at_labels(text: str) -> list[str]:
    """Text cut where each label of the header starts ("For Immediate Release", "Contact:")."""
    starts = [0] + [m.start() for m in _LABEL.finditer(text) if m.start()] + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, starts[1:]) if text[a:b].strip()]


def _at_labels(block: Block) -> list[Block]:
    """A one-line header block cut at its labels, a block each part."""
    if len(block.lines) != 1:
        return [block]
    return [Block([Line(part, md_escape(part), block.line)]) for part in _cut_at_labels(block.plain)]


def unflatten_all(blocks: list[Block], warnings: list[Note]) -> list[Block]:
    """The blocks with each one-line release set apart into its parts (each named in a warning),
    a header run into its headline and dateline set apart, and a page's date field run into the
    first line set apart from it."""
    read: list[Block] = []
    blocks = _date_field_apart(blocks[0]) + blocks[1:] if blocks and blocks[0].lines else blocks
    blocks = [part for block in blocks for part in _end_mark_apart(_addresses_apart(block))]
    for number, block in enumerate(blocks):
        found = unflatten(block)
        if found is None and number < 6 and (parts := _run_into_dateline(
                block, " ".join(b.plain for b in blocks[:number]))) is not None:
            read = [part for above_block in read for part in _at_labels(above_block)]  # the header above, too
            found = parts, ("the header, the headline and the text run into one line: read apart at the dateline "
                            "and the labels: check where each was cut")
        if found is None and number < 8 and (parts := _capitals_run_into_text(block)) is not None:
            found = parts, "a headline in capitals run into the text: read apart where a sentence starts"
        read.extend(found[0] if found else [block])
        if found:
            warnings.append(Note(block.line, found[1]))
    return read
