"""Plain text: its encoding, its paragraphs and list items."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import SourceError
from .model import TEXT, UNWRAPPED, Block, Incoming, Line, emphasis, md_escape, tidy


def refuse_binary(path: Path, data: bytes) -> None:
    """SourceError for data that is no text (a NUL, or control bytes no text holds)."""
    control = sum(1 for byte in data[:4096] if byte < 9 or 13 < byte < 32)
    if b"\x00" in data[:4096] or control > 4:
        raise SourceError(path, 0, "not a text, HTML or Word .docx file (binary data)")


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text and its encoding: the declared charset, UTF-8, else Windows-1252.

    charset-normalizer was measured on a Spanish release in six encodings: it reads
    Windows-1252 and Latin-1 text as cp1250 (wrong accents) where this order reads them right,
    so it is not used."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise SourceError(path, 0, "starts with a UTF-16 mark but is not UTF-16 text") from None
    refuse_binary(path, data)
    declared = _declared_charset(data)
    for encoding in [e for e in (declared, "utf-8", "cp1252") if e]:
        try:
            return data.decode(encoding), _ENCODING_NAMES.get(encoding, encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    # cp1252 leaves five bytes undefined: this is neither encoding.
    bad = next(i for i, byte in enumerate(data) if byte in b"\x81\x8d\x8f\x90\x9d")
    line = data[:bad].count(b"\n") + 1
    raise SourceError(path, line, f"neither UTF-8 nor Windows-1252 text (byte 0x{data[bad]:02x}): "
                                  "save it as UTF-8 and import it again")


_ENCODING_NAMES = {"utf-8": "UTF-8", "cp1252": "Windows-1252"}


def _declared_charset(data: bytes) -> str:
    """The charset an HTML page declares in its first bytes, when it is one we can check."""
    match = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I)
    if not match:
        return ""
    name = match.group(1).decode("ascii").lower()
    return {"utf-8": "utf-8", "utf8": "utf-8", "windows-1252": "cp1252", "iso-8859-1": "cp1252",
            "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "utf-8"}.get(name, "")


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(?:body|p|div|h1|article)[\s>]", head))


# "<p>", "</div>", "<br/>", "<h2 class=...>": the tags that set a page's paragraphs
_BLOCK_TAG = re.compile(r"(?i)</?(?:p|div|br|h[1-6]|li|ul|ol|table|tr|td|article|section|body)\b[^<>]*>")


def is_html_source(text: str) -> bool:
    """A page's source saved as text (a .txt, a mail's part): an HTML document, or a fragment
    whose paragraphs are set by five tags or more. A release that mentions a tag is prose."""
    head = text.lstrip("\ufeff \t\r\n")[:1024].lower()
    return head.startswith(("<!doctype html", "<html")) or len(_BLOCK_TAG.findall(text, 0, 20000)) >= 5


# A bullet or a number, then words ("- 30 -" is an end mark, not a list item).
_BULLET = re.compile(r"^\s*(?:(?P<bullet>[•◦▪‣·*–-])|(?P<number>\d{1,3})[.)])\s+(?=\S)(?=.*[^\W\d_])")


_EMPTY_CELLS = re.compile(r"^[|\s]+$")


# A list item's line at least this long was wrapped: the next line goes on with the item.
WRAPPED = 60


def read_text(path: Path, text: str, encoding: str) -> Incoming:
    text = _unquoted(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks: list[Block] = []
    current: list[Line] = []

    def flush():
        if len(current) > 1 and max(len(line.plain) for line in current) > UNWRAPPED and not _hard_wrapped(current):
            for line in current:  # paragraphs separated by single newlines
                blocks.extend(_text_blocks([line]))
        elif current:
            for run in _unrun(current):
                blocks.extend(_text_blocks(run))
        current.clear()

    in_cell = False  # the lines of a table's cell flattened to text ("|Jane Roe", "|(555) 201-3344")
    header = True
    for number, raw in enumerate(text.split("\n"), start=1):
        plain = tidy(raw.replace("\t", " "))
        if not plain or _EMPTY_CELLS.match(plain) or _MAIL_SPACER.match(plain):  # "|": an empty cell
            flush()
            in_cell = False
            continue
        if plain.startswith("|"):  # a cell begins: a block of its own, without its bar
            flush()
            plain, in_cell = plain.lstrip("| ").strip(), True
        elif in_cell and current and len(current[-1].plain) < WRAPPED and not plain[:1].islower():
            flush()  # after a short cell, a line of its own: the table has ended
            in_cell = False
        if header and len(cells := _columns(raw)) >= 3:
            current.extend(Line(cell, md_escape(cell), number) for cell in cells)  # the header's row of columns
            continue
        header = header and len(plain) < WRAPPED  # above the first line of text
        current.append(_mail_line(plain, number))
    flush()
    return Incoming(path, TEXT, encoding, blocks)


_QUOTED = re.compile(r"^>[ \t]?", re.M)


def _unquoted(text: str) -> str:
    """A release forwarded by e-mail and saved from a list's archive, its lines quoted ("> For
    Immediate Release"): the text without the quotation marks, when most of its lines carry them."""
    lines = [line for line in text.split("\n") if line.strip()]
    quoted = sum(line.startswith(">") for line in lines)
    return _QUOTED.sub("", text) if lines and quoted * 2 >= len(lines) else text


# Plain-text e-mail marks emphasis with asterisks and underscores: "*_Joint Statement_*" on a line of its
# own, "the *Unions* call on"; "* *" is a spacer line. The words are read without the marks; their
# Markdown keeps them as emphasis.
_MAIL_SPACER = re.compile(r"^[*_]\s+[*_]$")
_MAIL_WRAPS = (("*_", "**"), ("_*", "**"), ("*", "**"), ("_", "*"))
_MAIL_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])")


def _mail_line(plain: str, number: int) -> Line:
    for mark, markdown in _MAIL_WRAPS:
        inner = plain[len(mark):-len(mark)] if plain.startswith(mark) and plain.endswith(mark[::-1]) else ""
        if inner and inner == inner.strip() and not any(c in inner for c in mark):
            return Line(inner, emphasis(md_escape(inner), markdown), number)
    pieces = _MAIL_EMPHASIS.split(plain)  # text, emphasised, text, ...
    if len(pieces) == 1:
        return Line(plain, md_escape(plain), number)
    return Line("".join(pieces), "".join(emphasis(md_escape(piece), "**") if index % 2 else md_escape(piece)
                                         for index, piece in enumerate(pieces)), number)


def _columns(raw: str) -> list[str]:
    """"FOR RELEASE      Contact: Jo Roe      May 3, 1995      (555) 010-0100": a header set in
    columns and saved as one line, its cells parted by runs of spaces; each cell is a line."""
    cells = [tidy(cell) for cell in re.split(r"\s{4,}", raw.replace("\t", "    ").strip())]
    return cells if all(cell and len(cell.split()) <= 8 for cell in cells) else []


def _text_blocks(lines: list[Line]) -> list[Block]:
    """A run of non-blank lines: one paragraph, or list items when its lines start with bullets."""
    if not _BULLET.match(lines[0].plain) or (len(lines) == 1 and _BULLET.match(lines[0].plain).group("number")
                                            and not lines[0].plain.rstrip().endswith((".", ":"))):
        return [Block(list(lines))]
    items: list[Block] = []
    for index, line in enumerate(lines):
        match = _BULLET.match(line.plain)
        if match:
            rest = line.plain[match.end():]
            number = match.group("number")
            items.append(Block([Line(rest, md_escape(rest), line.number)], kind="item", ordered=bool(number),
                               number=int(number) if number else 0))
        elif line.plain[:1].islower() or len(lines[index - 1].plain) >= WRAPPED:
            items[-1].lines.append(line)  # the item goes on, hard-wrapped
        else:  # after a short item, a line of its own: the list has ended
            return items + _text_blocks(lines[index:])
    return items


_PHONE = re.compile(r"\d{3}\D{1,2}\d{3}\D\d{4}")
# A short line ending so goes on in the next one: a dash, a colon, a comma, a linking word
_GOES_ON = re.compile(r"(?i)(?:[-–—:,]|\b(?:for|of|to|and|the|a|an|in|on|at|by|with|from|as))\s*$")


def _hard_wrapped(lines: list[Line]) -> bool:
    """Lines wrapped at a width (a PDF's text), one of them longer than UNWRAPPED all the same: most
    long lines stop mid-sentence, the next line going on in lower case, where paragraphs set one a
    line end theirs (and a title's line is followed by a capital)."""
    long = [(line.plain, after.plain) for line, after in zip(lines, lines[1:]) if len(line.plain) >= WRAPPED]
    return len(long) >= 4 and sum(after[:1].islower() for _, after in long) * 2 >= len(long)


def _unrun(lines: list[Line]) -> list[list[Line]]:
    """A run of hard-wrapped lines with no blank line between a header and paragraphs (a filing's
    exhibit saved as text: "Press Release" / "December 12, 2008" / "HEADLINE" / wrapped text),
    set apart: the header's short lines each a block (one ending in a dash, a colon, a comma or a
    linking word goes on in the next; a dash's line is the dateline of the text under it), then
    the text. Any other run is returned whole."""
    width = sorted(len(line.plain) for line in lines)[len(lines) * 4 // 5]  # the wrap width: ragged lines aside
    full = [len(line.plain) >= 0.75 * width for line in lines]
    body = next((i for i in range(len(lines) - 2) if full[i] and full[i + 1] and full[i + 2]), None)
    if len(lines) < 8 or width < 50 or body is None or sum(not f for f in full[:body]) < 3 or any(
            _BULLET.match(line.plain) or _PHONE.search(line.plain) for line in lines[:body + 1]):
        return [lines]  # a list, or a header with its contacts wrapped in a column: read as they are
    runs: list[list[Line]] = []
    for index, line in enumerate(lines[:body + 1]):
        if runs and _GOES_ON.search(lines[index - 1].plain) and (index < body or lines[index - 1].plain[-1] in "-–—"):
            runs[-1].append(line)  # "FOR" / "IMMEDIATE RELEASE"; "NORTHVALE, NJ, DECEMBER 12 –" over the lead
        elif index < body:
            runs.append([line])
    joined = [run if run[0].plain.endswith(":") else [Line(" ".join(line.plain for line in run), md_escape(
        " ".join(line.plain for line in run)), run[0].number)] for run in runs]  # "Source:" over its value
    lead = joined.pop() if runs[-1][-1] is lines[body] else []
    return joined + [lead + lines[body + 1:] if lead else lines[body:]]
