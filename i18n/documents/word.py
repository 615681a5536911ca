"""A Word .docx file: paragraphs (numbered: a .docx has no lines), bold, italics, links."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import SourceError
from i18n.sources.segments import percent_encode_destination
from .model import DOCX, Block, Incoming, Line, emphasis, md_escape
from .web import InlineState


def read_docx(path: Path, data: bytes) -> Incoming:
    import io

    try:
        from docx import Document as open_docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a declared dependency
        raise SourceError(path, 0, "reading .docx needs python-docx (pip install python-docx)") from None
    _refuse_bomb(path, data)
    try:
        document = open_docx(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise SourceError(path, 0, f"not a readable Word .docx file ({error.__class__.__name__}: {error})") from None
    except Exception as error:  # lxml and zip errors of a damaged file
        raise SourceError(path, 0, f"not a readable Word .docx file ({error.__class__.__name__})") from None
    incoming = Incoming(path, DOCX, "", [])
    counter = [0]
    styles = _style_names(document)

    def blocks(container) -> list[Block]:
        found: list[Block] = []
        for item in container.iter_inner_content():
            if not hasattr(item, "rows"):
                counter[0] += 1
                block = _docx_block(item, counter[0], incoming, styles)
                if block is not None:
                    found.append(block)
                continue
            for row in item.rows:
                seen: set[int] = set()
                cells = []
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # a merged cell repeats itself
                        seen.add(id(cell._tc))
                        cell_blocks = blocks(cell)
                        if cell_blocks:
                            cells.append(cell_blocks)
                if len(cells) > 1 and all(len(c) == 1 for c in cells):
                    # A row of several one-paragraph cells (a contact's name, phone, e-mail):
                    # one "a | b | c" block.
                    plain = " | ".join(c[0].plain for c in cells)
                    markdown = " | ".join(" ".join(line.markdown for line in c[0].lines) for c in cells)
                    found.append(Block([Line(plain, markdown, cells[0][0].line)], style="row"))
                else:
                    found.extend(block for c in cells for block in c)
        return found

    incoming.blocks = blocks(document)
    return incoming


# A .docx is a zip: what it unpacks to is bounded before anything is unpacked (the sizes
# its directory declares are the most zipfile reads of each part).
MAX_DOCX_UNPACKED = 128 * 1024 * 1024  # all of its parts (text, styles, images) together
MAX_DOCX_RATIO = 100  # unpacked / packed, for a part over 1 MiB (Word's XML: 5 to 20)


def _refuse_bomb(path: Path, data: bytes) -> None:
    import io

    try:
        parts = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise SourceError(path, 0, f"not a readable Word .docx file ({error.__class__.__name__}: {error})") from None
    total = sum(part.file_size for part in parts)
    if total > MAX_DOCX_UNPACKED:
        raise SourceError(path, 0, f"unpacks to {total // 1024 // 1024} MiB, more than the "
                                   f"{MAX_DOCX_UNPACKED // 1024 // 1024} MiB a .docx may hold: refused")
    for part in parts:
        if part.file_size > 1024 * 1024 and part.file_size > MAX_DOCX_RATIO * max(part.compress_size, 1):
            raise SourceError(path, 0, f"its part {part.filename} unpacks {part.file_size // max(part.compress_size, 1)} "
                                       f"times its packed size (at most {MAX_DOCX_RATIO}): refused as a zip bomb")


def _style_names(document) -> dict:
    """Style id -> name, read once (python-docx looks each paragraph's style up among all of
    them: 10,000 styles x 2,000 paragraphs took minutes). None: the default paragraph style."""
    from docx.enum.style import WD_STYLE_TYPE

    names = {style.style_id: style.name or "" for style in document.styles}
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    names[None] = default.name or "" if default is not None else ""
    return names


def _docx_block(paragraph, number: int, incoming: Incoming, styles: dict) -> Block | None:
    from docx.text.hyperlink import Hyperlink

    style = styles.get(paragraph._p.style, "")
    # Word splits text into many runs (spelling marks, revisions): merge runs that share their
    # formatting and link first, so that a bold phrase becomes one **phrase**.
    segments: list[list] = []  # [text, bold, italic, link number or None]
    links: dict[int, str] = {}
    for index, item in enumerate(paragraph.iter_inner_content()):
        runs, link = [item], None
        if isinstance(item, Hyperlink):
            runs = item.runs
            text = "".join(run.text for run in runs)
            if item.url and re.match(r"(?i)(https?:|mailto:)", item.url) and text.strip() and "\n" not in text:
                link, links[index] = index, item.url
            elif item.url:
                incoming.warnings.append((number, f"link to {item.url!r} is not an absolute http(s) or mailto "
                                                  "address: kept its text only"))
        for run in runs:
            character_style = styles.get(run._r.style, "") if run._r.style is not None else ""
            bold = bool(run.bold) or character_style in ("Strong", "Bold")
            italic = bool(run.italic) or character_style in ("Emphasis", "Intense Emphasis")
            text = run.text.replace("\t", " ")
            if segments and segments[-1][1:] == [bold, italic, link]:
                segments[-1][0] += text
            else:
                segments.append([text, bold, italic, link])
    state = InlineState(number)
    position = 0
    while position < len(segments):
        link = segments[position][3]
        if link is None:
            _docx_segment(state, *segments[position][:3])
            position += 1
            continue
        inner = InlineState(number)
        while position < len(segments) and segments[position][3] == link:
            _docx_segment(inner, *segments[position][:3])
            position += 1
        plain, markdown, _, chars, emph = inner.lines[0]
        target = percent_encode_destination(links[link])
        match = re.fullmatch(r"(\s*)(.*?)(\s*)", markdown, re.S)
        state._add(plain, f"{match.group(1)}[{match.group(2)}]({target}){match.group(3)}", emph >= chars > 0)
    lines = [line for line in state.finish() if line is not None]
    if not lines:
        return None
    kind, level, ordered = "paragraph", 0, False
    if style == "Title":
        kind, level = "heading", 1
    elif style.startswith("Heading "):
        try:
            kind, level = "heading", int(style.split()[1])
        except (IndexError, ValueError):
            pass
    elif style.startswith("List Number"):
        kind, ordered = "item", True
    elif style.startswith("List") or (paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None):
        kind = "item"
    emphasised = all(state.emphasised_line.get(id(line), False) for line in lines)
    return Block(lines, kind=kind, level=level, ordered=ordered, hard_breaks=True, emphasised=emphasised,
                 style=style)


def _docx_segment(state: InlineState, text: str, bold: bool, italic: bool) -> None:
    """Text of one formatting: its line breaks start new lines; bold and italics become Markdown."""
    for index, piece in enumerate(text.split("\n")):
        if index:
            state._newline(state.lines[-1][2])
        markdown = md_escape(piece)
        if italic:
            markdown = emphasis(markdown, "*")
        if bold:
            markdown = emphasis(markdown, "**")
        state._add(piece, markdown, bold or italic)
