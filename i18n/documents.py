"""Incoming documents -> blocks of text: plain text (UTF-8 or Windows-1252), HTML, Word .docx.

A block is one paragraph, heading or list item as the document shows it. Each of its lines
is kept twice: as plain text (to recognise dates, contacts, datelines...) and as inline
Markdown (bold, italics and links kept, Markdown characters escaped), with the 1-based line
of the input it comes from. A .docx has no lines: its paragraphs are numbered instead.

Reading never guesses content: what a reader leaves out (web residue of a saved page, the
page around its article) is reported in `Incoming.removed`.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SourceError

TEXT, HTML, DOCX = "text", "HTML", "Word .docx"


@dataclass
class Line:
    plain: str
    markdown: str
    number: int  # 1-based line of the input (.docx: paragraph number)


@dataclass
class Block:
    lines: list[Line]
    kind: str = "paragraph"  # "paragraph", "heading" or "item"
    level: int = 0  # heading level
    ordered: bool = False  # an item of a numbered list
    hard_breaks: bool = False  # line ends are hard breaks (<br>, Word line breaks), not soft wraps
    emphasised: bool = False  # all of its text is bold or italic
    style: str = ""  # the Word paragraph style or the HTML tag: a hint

    @property
    def line(self) -> int:
        return self.lines[0].number if self.lines else 0

    @property
    def plain(self) -> str:
        return " ".join(line.plain for line in self.lines)


@dataclass
class Incoming:
    path: Path
    format: str  # TEXT, HTML or DOCX
    encoding: str  # "UTF-8", "Windows-1252", ... ("" for .docx)
    blocks: list[Block]
    removed: list[tuple[int, str]] = field(default_factory=list)  # (line, what was left out)
    notes: list[tuple[int, str]] = field(default_factory=list)  # (line, what was recognised)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (line, what needs a human)


# ---------------------------------------------------------------- Markdown escaping

_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def md_escape(text: str) -> str:
    """Plain text -> Markdown that shows the same text (inline escapes only)."""
    text = text.replace("\\", "\\\\")
    text = re.sub(r"([`*\[\]])", r"\\\1", text)
    text = re.sub(r"<(?=[A-Za-z/!?])", r"\\<", text)
    text = re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", text)
    return re.sub(r"&(?=#?\w+;)", r"\\&", text)


def _emphasis(markdown: str, marker: str) -> str:
    """Wrap markdown in an emphasis marker, keeping surrounding spaces outside it."""
    match = re.fullmatch(r"(\s*)(.*?)(\s*)", markdown, re.S)
    lead, core, trail = match.groups()
    return f"{lead}{marker}{core}{marker}{trail}" if core else lead + trail


def _tidy(text: str) -> str:
    return re.sub(r" {2,}", " ", text).strip(" \t\n\xa0")


# ---------------------------------------------------------------- entry point


def read_document(path: Path) -> Incoming:
    """Read a plain-text, HTML or .docx file into blocks; SourceError when it cannot."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise SourceError(path, 0, "is a directory, not a file") from None
    except OSError as error:
        raise SourceError(path, 0, f"cannot read: {error.strerror}") from None
    suffix = path.suffix.lower()
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        return _read_docx(path, data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SourceError(path, 0, "a Word 97-2003 .doc file: save it as .docx (Word, LibreOffice) and import that")
    if data.startswith(b"%PDF"):
        raise SourceError(path, 0, "a PDF file: copy its text into a .txt file or save it as .docx, and import that")
    text, encoding = _decode(path, data)
    if suffix in (".html", ".htm", ".xhtml") or (suffix not in (".txt", ".text", ".md") and _looks_like_html(text)):
        return _read_html(path, text, encoding)
    return _read_text(path, text, encoding)


# ---------------------------------------------------------------- plain text


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise SourceError(path, 0, "starts with a UTF-16 mark but is not UTF-16 text") from None
    control = sum(1 for byte in data[:4096] if byte < 9 or 13 < byte < 32)
    if b"\x00" in data[:4096] or control > 4:
        raise SourceError(path, 0, "not a text, HTML or Word .docx file (binary data)")
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


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(?:body|p|div|h1|article)[\s>]", head))


_BULLET = re.compile(r"^\s*(?:(?P<bullet>[•◦▪‣·*–-])|(?P<number>\d{1,3})[.)])\s+(?=\S)")


def _read_text(path: Path, text: str, encoding: str) -> Incoming:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    current: list[Line] = []

    def flush():
        if current:
            blocks.extend(_text_blocks(current))
            current.clear()

    for number, raw in enumerate(text.split("\n"), start=1):
        plain = _tidy(raw.replace("\t", " "))
        if not plain:
            flush()
            continue
        current.append(Line(plain, md_escape(plain), number))
    flush()
    return Incoming(path, TEXT, encoding, blocks)


def _text_blocks(lines: list[Line]) -> list[Block]:
    """A run of non-blank lines: one paragraph, or list items when its lines start with bullets."""
    if not _BULLET.match(lines[0].plain) or (len(lines) == 1 and _BULLET.match(lines[0].plain).group("number")
                                            and not lines[0].plain.rstrip().endswith((".", ":"))):
        return [Block(list(lines))]
    items: list[Block] = []
    for line in lines:
        match = _BULLET.match(line.plain)
        if match:
            rest = line.plain[match.end():]
            items.append(Block([Line(rest, md_escape(rest), line.number)], kind="item",
                               ordered=bool(match.group("number"))))
        else:
            items[-1].lines.append(line)
    return items


# ---------------------------------------------------------------- HTML

_BLOCK_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "div", "section",
    "article", "main", "header", "footer", "blockquote", "table", "thead", "tbody", "tfoot", "tr",
    "td", "th", "pre", "figure", "figcaption", "address", "hr", "center", "body", "aside", "nav",
    "form", "fieldset", "details", "summary",
}
_DROP_SILENTLY = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "head",
                  "link", "meta", "object", "embed", "video", "audio", "picture", "img", "input",
                  "select", "textarea")
_RESIDUE_TAGS = ("nav", "aside", "form", "button")
_RESIDUE_WORDS = {
    "share", "sharing", "sharedaddy", "social", "addtoany", "a2a", "jp", "relatedposts", "related",
    "comments", "comment", "respond", "breadcrumb", "breadcrumbs", "cookie", "cookies", "newsletter",
    "subscribe", "sidebar", "widget", "nav", "navigation", "menu", "skip", "pagination", "author",
    "byline", "tags", "categories", "sticky", "popup", "modal", "banner", "advert", "ads",
}
_CF_EMAIL_HREF = re.compile(r"/cdn-cgi/l/email-protection#([0-9a-fA-F]+)")
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _excerpt(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _cloudflare_email(code: str) -> str:
    """Cloudflare's e-mail obfuscation: hex bytes XOR the first one. '' when it is not an e-mail."""
    try:
        key = int(code[:2], 16)
        email = "".join(chr(int(code[i:i + 2], 16) ^ key) for i in range(2, len(code) - 1, 2))
    except ValueError:
        return ""
    return email if _EMAIL.fullmatch(email) else ""


def _read_html(path: Path, text: str, encoding: str) -> Incoming:
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(text, "html.parser")
    incoming = Incoming(path, HTML, encoding, [])
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(_DROP_SILENTLY):
        tag.decompose()
    _decode_protected_emails(soup, incoming)

    body = soup.body or soup
    h1 = body.find("h1")
    container = None
    articles = body.find_all("article")
    if h1 is not None:
        container = next((a for a in articles if h1 in a.descendants), None)
    if container is None and len(articles) == 1:
        container = articles[0]
    if container is None:
        container = body.find("main") or body.find(attrs={"role": "main"})
        if container is not None and h1 is not None and h1 not in container.descendants:
            container = None
    if container is None:
        container = body
    elif container.get_text(" ", strip=True) != body.get_text(" ", strip=True):
        incoming.removed.append((container.sourceline or 0,
                                 f"kept only the page's <{container.name}>: left out the page around it "
                                 f"({_excerpt(_outside_text(body, container))!r})"))
    _remove_residue(container, h1, incoming)
    walker = _HtmlWalker(incoming)
    walker.walk(container)
    return incoming


def _outside_text(body, container) -> str:
    inside = container.get_text(" ", strip=True)
    whole = body.get_text(" ", strip=True)
    return whole.replace(inside, " … ", 1)


def _decode_protected_emails(soup, incoming: Incoming) -> None:
    for tag in soup.find_all(attrs={"data-cfemail": True}):
        email = _cloudflare_email(tag["data-cfemail"])
        if email:
            incoming.notes.append((tag.sourceline or 0, f"e-mail {email} decoded from the page's e-mail protection"))
            link = tag.find_parent("a")
            (link if link is not None and _CF_EMAIL_HREF.search(link.get("href", "")) else tag).replace_with(email)
    for link in soup.find_all("a", href=_CF_EMAIL_HREF):
        email = _cloudflare_email(_CF_EMAIL_HREF.search(link["href"]).group(1))
        if email:
            incoming.notes.append((link.sourceline or 0, f"e-mail {email} decoded from the page's e-mail protection"))
            link.replace_with(email)


def _class_words(tag) -> set[str]:
    values = list(tag.get("class") or []) + [tag.get("id") or "", tag.get("role") or ""]
    words = set()
    for value in values:
        words.update(w for w in re.split(r"[-_\s]+", value.lower()) if w)
    return words


def _remove_residue(container, h1, incoming: Incoming) -> None:
    candidates = []
    for tag in container.find_all(True):
        if h1 is not None and h1 in tag.descendants:
            continue  # what holds the headline is the release, whatever its class
        if tag.name in ("nav", "aside", "footer", "header", "button"):
            candidates.append(tag)
        elif ((tag.name in _RESIDUE_TAGS or _class_words(tag) & _RESIDUE_WORDS)
              and tag.name not in ("p", "h1", "h2", "li", "a", "span", "strong", "em", "b", "i")
              and len(tag.get_text(" ", strip=True)) < 500):  # a <form> around a whole page is not residue
            candidates.append(tag)
    for tag in candidates:
        if tag.decomposed:
            continue
        if any(parent in candidates and not parent.decomposed for parent in tag.parents):
            continue
        words = tag.get_text(" ", strip=True)
        if words:
            label = tag.name + "".join(f".{c}" for c in (tag.get("class") or [])[:2])
            incoming.removed.append((tag.sourceline or 0, f"web residue <{label}>: {_excerpt(words)!r}"))
        tag.decompose()


class _HtmlWalker:
    """Block-level elements -> blocks; inline elements -> Markdown lines."""

    def __init__(self, incoming: Incoming):
        self.incoming = incoming

    def walk(self, node, in_list: str = "") -> None:
        from bs4 import NavigableString

        pending: list = []
        for child in list(node.children):
            if isinstance(child, NavigableString) or child.name not in _BLOCK_TAGS:
                pending.append(child)
                continue
            self._emit(pending, node)
            pending = []
            if child.name == "hr":
                continue
            if child.name == "tr" and self._row(child):
                continue
            if child.name in ("ul", "ol"):
                self.walk(child, in_list=child.name)
            elif child.name == "li":
                own = [c for c in child.children if isinstance(c, NavigableString) or c.name not in _BLOCK_TAGS
                       or c.name == "p"]
                nested = [c for c in child.children if not isinstance(c, NavigableString) and c.name in _BLOCK_TAGS
                          and c.name != "p"]
                self._emit(own, child, kind="item", ordered=in_list == "ol")
                for sub in nested:
                    self.walk(sub, in_list=sub.name if sub.name in ("ul", "ol") else in_list)
            elif self._has_blocks(child):
                self.walk(child, in_list)
            else:
                kind, level = "paragraph", 0
                if child.name in ("h1", "h2", "h3", "h4", "h5", "h6"):
                    kind, level = "heading", int(child.name[1])
                self._emit(list(child.children), child, kind=kind, level=level, style=child.name)
        self._emit(pending, node)

    def _row(self, row) -> bool:
        """A table row of several cells (a contact's name, phone, e-mail): one 'a | b | c' block."""
        cells, warnings = [], []
        for cell in row.find_all(("td", "th"), recursive=False):
            if self._has_blocks(cell) and cell.find(("p", "div", "table", "ul", "ol")):
                return False  # a layout table: its cells hold paragraphs of their own
            state = _InlineState(cell.sourceline or 0)
            for node in list(cell.children):
                state.visit(node)
            lines = [line for line in state.finish() if line is not None]
            warnings += state.warnings
            if lines:
                cells.append(lines)
        if len(cells) < 2:
            return False
        plain = " | ".join(" ".join(line.plain for line in lines) for lines in cells)
        markdown = " | ".join(" ".join(line.markdown for line in lines) for lines in cells)
        self.incoming.blocks.append(Block([Line(plain, markdown, cells[0][0].number)], style="tr"))
        self.incoming.warnings.extend(warnings)
        return True

    @staticmethod
    def _has_blocks(tag) -> bool:
        return any(getattr(c, "name", None) in _BLOCK_TAGS for c in tag.children)

    def _emit(self, nodes, parent, kind="paragraph", level=0, ordered=False, style="") -> None:
        if not nodes:
            return
        start = getattr(parent, "sourceline", None) or 0
        for node in nodes:
            if getattr(node, "sourceline", None):
                start = node.sourceline
                break
        state = _InlineState(start)
        for node in nodes:
            state.visit(node)
        lines = state.finish()
        # Two consecutive line breaks separate paragraphs, as a browser shows them.
        groups, group = [], []
        for line in lines:
            if line is None:
                if group:
                    groups.append(group)
                group = []
            else:
                group.append(line)
        if group:
            groups.append(group)
        for group in groups:
            emphasised = all(state.emphasised_line.get(id(line), False) for line in group)
            self.incoming.blocks.append(Block(group, kind=kind, level=level, ordered=ordered, hard_breaks=True,
                                              emphasised=emphasised, style=style))
        self.incoming.warnings.extend(state.warnings)


class _InlineState:
    def __init__(self, line: int):
        self.line = line
        self.lines: list[list] = [["", "", line, 0, 0]]  # plain, markdown, number, plain chars, emphasised chars
        self.warnings: list[tuple[int, str]] = []
        self.emphasised_line: dict[int, bool] = {}

    def _newline(self, number: int) -> None:
        self.lines.append(["", "", number, 0, 0])

    def _add(self, plain: str, markdown: str, emphasised: bool) -> None:
        current = self.lines[-1]
        current[0] += plain
        current[1] += markdown
        visible = len(plain.strip())
        current[3] += visible
        if emphasised:
            current[4] += visible

    def visit(self, node, bold=False, italic=False) -> None:
        from bs4 import NavigableString

        if isinstance(node, NavigableString):
            text = _SPACES.sub(" ", str(node))
            self._add(text, md_escape(text), bold or italic)
            return
        name = node.name
        if name == "br":
            self._newline(node.sourceline or self.lines[-1][2])
            return
        if name in ("strong", "b") and not bold:
            self._wrapped(node, "**", bold=True, italic=italic)
        elif name in ("em", "i", "cite") and not italic:
            self._wrapped(node, "*", bold=bold, italic=True)
        elif name == "a" and node.get("href"):
            self._link(node, bold, italic)
        elif name == "code":
            text = _SPACES.sub(" ", node.get_text())
            self._add(text, f"`{text}`" if "`" not in text and text.strip() else md_escape(text), bold or italic)
        else:
            for child in list(node.children):
                self.visit(child, bold, italic)

    def _sub(self, node, bold, italic) -> "_InlineState":
        sub = _InlineState(self.lines[-1][2])
        for child in list(node.children):
            sub.visit(child, bold, italic)
        self.warnings.extend(sub.warnings)
        return sub

    def _merge(self, sub: "_InlineState", wrap) -> None:
        for index, (plain, markdown, number, chars, emph) in enumerate(sub.lines):
            if index:
                self._newline(number)
            current = self.lines[-1]
            current[0] += plain
            current[1] += wrap(markdown)
            current[3] += chars
            current[4] += emph

    def _wrapped(self, node, marker: str, bold: bool, italic: bool) -> None:
        sub = self._sub(node, bold, italic)
        self._merge(sub, lambda markdown: _emphasis(markdown, marker))

    def _link(self, node, bold, italic) -> None:
        href = node["href"].strip()
        sub = self._sub(node, bold, italic)
        if not re.match(r"(?i)(https?:|mailto:)", href) or len(sub.lines) > 1:
            if not href.startswith("#") and not href.lower().startswith("javascript:") and "/cdn-cgi/" not in href:
                self.warnings.append((node.sourceline or self.line,
                                      f"link to {href!r} is not an absolute http(s) or mailto address: "
                                      "kept its text only"))
            self._merge(sub, lambda markdown: markdown)
            return
        text = _tidy(sub.lines[0][1])
        if not text:
            return
        target = href.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        self._merge(sub, lambda markdown: re.sub(r"^(\s*).*?(\s*)$", lambda m: f"{m.group(1)}[{text}]({target})"
                                                 f"{m.group(2)}", markdown, flags=re.S))

    def finish(self) -> list:
        """The logical lines: Line objects, None for an empty one (two breaks in a row)."""
        result: list = []
        for plain, markdown, number, chars, emph in self.lines:
            plain, markdown = _tidy(plain), _tidy(markdown)
            if not plain:
                result.append(None)
                continue
            line = Line(plain, markdown, number)
            self.emphasised_line[id(line)] = chars > 0 and emph >= chars
            result.append(line)
        return result


# ---------------------------------------------------------------- Word .docx


def _read_docx(path: Path, data: bytes) -> Incoming:
    import io

    try:
        from docx import Document as open_docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a declared dependency
        raise SourceError(path, 0, "reading .docx needs python-docx (pip install python-docx)") from None
    try:
        document = open_docx(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise SourceError(path, 0, f"not a readable Word .docx file ({error.__class__.__name__}: {error})") from None
    except Exception as error:  # lxml and zip errors of a damaged file
        raise SourceError(path, 0, f"not a readable Word .docx file ({error.__class__.__name__})") from None
    incoming = Incoming(path, DOCX, "", [])
    counter = [0]

    def blocks(container) -> list[Block]:
        found: list[Block] = []
        for item in container.iter_inner_content():
            if not hasattr(item, "rows"):
                counter[0] += 1
                block = _docx_block(item, counter[0], incoming)
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


def _docx_block(paragraph, number: int, incoming: Incoming) -> Block | None:
    from docx.text.hyperlink import Hyperlink

    style = paragraph.style.name if paragraph.style is not None else ""
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
            character_style = run.style.name if run.style is not None else ""
            bold = bool(run.bold) or character_style in ("Strong", "Bold")
            italic = bool(run.italic) or character_style in ("Emphasis", "Intense Emphasis")
            text = run.text.replace("\t", " ")
            if segments and segments[-1][1:] == [bold, italic, link]:
                segments[-1][0] += text
            else:
                segments.append([text, bold, italic, link])
    state = _InlineState(number)
    position = 0
    while position < len(segments):
        link = segments[position][3]
        if link is None:
            _docx_segment(state, *segments[position][:3])
            position += 1
            continue
        inner = _InlineState(number)
        while position < len(segments) and segments[position][3] == link:
            _docx_segment(inner, *segments[position][:3])
            position += 1
        plain, markdown, _, chars, emph = inner.lines[0]
        target = links[link].replace(" ", "%20").replace("(", "%28").replace(")", "%29")
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


def _docx_segment(state: _InlineState, text: str, bold: bool, italic: bool) -> None:
    """Text of one formatting: its line breaks start new lines; bold and italics become Markdown."""
    for index, piece in enumerate(text.split("\n")):
        if index:
            state._newline(state.lines[-1][2])
        markdown = md_escape(piece)
        if italic:
            markdown = _emphasis(markdown, "*")
        if bold:
            markdown = _emphasis(markdown, "**")
        state._add(piece, markdown, bold or italic)
