"""A saved web page: the article, without the page around it, as blocks."""

from __future__ import annotations

import re
from pathlib import Path

from i18n.sources.segments import percent_encode_destination
from i18n.errors import excerpt
from ..errors import SourceError
from .model import HTML, SPACES, UNWRAPPED, Block, Incoming, Line, emphasis, md_escape, tidy

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


def _cloudflare_email(code: str) -> str:
    """Cloudflare's e-mail obfuscation: hex bytes XOR the first one. '' when it is not an e-mail."""
    try:
        key = int(code[:2], 16)
        email = "".join(chr(int(code[i:i + 2], 16) ^ key) for i in range(2, len(code) - 1, 2))
    except ValueError:
        return ""
    return email if _EMAIL.fullmatch(email) else ""


def _integer(value, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def read_html(path: Path, text: str, encoding: str) -> Incoming:
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(text, "html.parser")
    _refuse_deep_nesting(path, soup)
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
                                 f"({excerpt(_outside_text(body, container))!r})"))
    _remove_residue(container, h1, incoming)
    walker = _HtmlWalker(incoming)
    walker.walk(container)
    return incoming


MAX_HTML_DEPTH = 200  # elements inside elements; saved pages nest 20 to 60 deep


def _refuse_deep_nesting(path: Path, soup) -> None:
    """SourceError at the first element nested deeper than MAX_HTML_DEPTH: the reader walks
    the tree recursively (1,000 deep was a RecursionError), and what is that deep is no text
    a person wrote. One pass over the tree, without recursion."""
    from bs4 import Tag

    stack = [(soup, 0)]
    while stack:
        tag, depth = stack.pop()
        if depth > MAX_HTML_DEPTH:
            raise SourceError(path, tag.sourceline or 1, f"<{tag.name}> nested {depth} elements deep, more than "
                                                         f"the {MAX_HTML_DEPTH} an imported page may have: refused")
        stack.extend((child, depth + 1) for child in tag.contents if isinstance(child, Tag))


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
            incoming.removed.append((tag.sourceline or 0, f"web residue <{label}>: {excerpt(words)!r}"))
        tag.decompose()


class _HtmlWalker:
    """Block-level elements -> blocks; inline elements -> Markdown lines."""

    def __init__(self, incoming: Incoming):
        self.incoming = incoming
        self.numbers: dict[int, int] = {}  # id of an <ol> -> the number of its last item

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
                self.numbers.pop(id(child), None)
            elif child.name == "li":
                own = [c for c in child.children if isinstance(c, NavigableString) or c.name not in _BLOCK_TAGS
                       or c.name == "p"]
                nested = [c for c in child.children if not isinstance(c, NavigableString) and c.name in _BLOCK_TAGS
                          and c.name != "p"]
                self._emit(own, child, kind="item", ordered=in_list == "ol", number=self._number(child, in_list))
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
            state = InlineState(cell.sourceline or 0)
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

    def _number(self, item, in_list) -> int:
        """The number a browser shows before a numbered item: <ol start>, <li value>, counted on."""
        parent = item.parent
        if in_list != "ol" or parent is None or parent.name != "ol":
            return 0
        previous = self.numbers.get(id(parent))
        number = previous + 1 if previous is not None else _integer(parent.get("start"), 1)
        number = _integer(item.get("value"), number)
        self.numbers[id(parent)] = number
        return number

    def _emit(self, nodes, parent, kind="paragraph", level=0, ordered=False, style="", number=0) -> None:
        if not nodes:
            return
        start = getattr(parent, "sourceline", None) or 0
        for node in nodes:
            if getattr(node, "sourceline", None):
                start = node.sourceline
                break
        state = InlineState(start)
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
        if kind == "paragraph":  # paragraphs separated by one line break, as some pages do
            groups = [[line] for group in groups for line in group] if any(
                len(group) > 1 and max(len(line.plain) for line in group) > UNWRAPPED for group in groups) else groups
        for group in groups:
            emphasised = all(state.emphasised_line.get(id(line), False) for line in group)
            self.incoming.blocks.append(Block(group, kind=kind, level=level, ordered=ordered, hard_breaks=True,
                                              emphasised=emphasised, style=style, number=number))
            number = 0  # one number per item
        self.incoming.warnings.extend(state.warnings)


class InlineState:
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
            text = SPACES.sub(" ", str(node))
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
            text = SPACES.sub(" ", node.get_text())
            self._add(text, f"`{text}`" if "`" not in text and text.strip() else md_escape(text), bold or italic)
        else:
            for child in list(node.children):
                self.visit(child, bold, italic)

    def _sub(self, node, bold, italic) -> "InlineState":
        sub = InlineState(self.lines[-1][2])
        for child in list(node.children):
            sub.visit(child, bold, italic)
        self.warnings.extend(sub.warnings)
        return sub

    def _merge(self, sub: "InlineState", wrap) -> None:
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
        self._merge(sub, lambda markdown: emphasis(markdown, marker))

    def _link(self, node, bold, italic) -> None:
        href = re.sub("[\t\n\r]", "", node["href"]).strip()  # as a browser reads it (WHATWG URL)
        sub = self._sub(node, bold, italic)
        if not re.match(r"(?i)(https?:|mailto:)", href) or len(sub.lines) > 1:
            if not href.startswith("#") and not href.lower().startswith("javascript:") and "/cdn-cgi/" not in href:
                self.warnings.append((node.sourceline or self.line,
                                      f"link to {href!r} is not an absolute http(s) or mailto address: "
                                      "kept its text only"))
            self._merge(sub, lambda markdown: markdown)
            return
        text = tidy(sub.lines[0][1])
        if not text:
            return
        target = percent_encode_destination(href)
        self._merge(sub, lambda markdown: re.sub(r"^(\s*).*?(\s*)$", lambda m: f"{m.group(1)}[{text}]({target})"
                                                 f"{m.group(2)}", markdown, flags=re.S))

    def finish(self) -> list:
        """The logical lines: Line objects, None for an empty one (two breaks in a row)."""
        result: list = []
        for plain, markdown, number, chars, emph in self.lines:
            plain, markdown = tidy(plain), tidy(markdown)
            if not plain:
                result.append(None)
                continue
            line = Line(plain, markdown, number)
            self.emphasised_line[id(line)] = chars > 0 and emph >= chars
            result.append(line)
        return result
