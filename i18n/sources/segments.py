"""Markdown <-> translation units.

A Markdown body is parsed once with markdown-it-py into a small block tree whose leaves
point at translation units (paragraphs, headings, list items, table cells). Rendering the
tree with a translation function gives the localized Markdown; with the identity function
it gives Markdown that renders to the same HTML as the source.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Callable

from markdown_it import MarkdownIt

# A hard line break inside a unit is written as a backslash before the newline: visible and
# unambiguous for translators (trailing spaces are invisible in PO editors).
HARD_BREAK = "\\\n"
# Two trailing spaces, or an odd number of trailing backslashes (an even number is escaped).
_TRAILING_HARD_BREAK = re.compile(r"(?:\s{2,}|(?<!\\)(?:\\\\)*\\)$")


def markdown_parser() -> MarkdownIt:
    """The one Markdown dialect of the project: CommonMark, tables, strikethrough, no raw HTML.
    The html_block rule, which never matches with html off, is dropped: every paragraph line
    asked it whether it ends the paragraph."""
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"]).disable("html_block")


def segmentation_parser() -> MarkdownIt:
    """The dialect's block structure only: units keep their inline Markdown as source text,
    so inline parsing (half the cost) is skipped."""
    return markdown_parser().disable(["inline", "text_join"])


# A block rule can only match where its marker is. Each test below is true of every text in
# which the rule could match anywhere (after any blockquote '>' and indentation); a text for
# which it is false is parsed without the rule: the same tokens, without the rule being asked
# at every line (a third of parsing a release's hard-wrapped paragraphs).
# Line starts are found as "\n" (in "\n" + text for a list marker; an underline is never on the
# first line): a literal the regex engine skips to, four times faster than a MULTILINE "^"
# tried at every character.
_SETEXT_UNDERLINE = re.compile(r"\n[ \t>]*(?:=+|-+)[ \t]*(?=\n|$)")
_LIST_MARKER = re.compile(r"\n[ \t>]*(?:[*+-]|\d{1,9}[.)])")
_BLOCK_RULE_MARKERS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("table", lambda text: "|" in text),
    ("fence", lambda text: "```" in text or "~~~" in text),
    ("blockquote", lambda text: ">" in text),
    ("heading", lambda text: "#" in text),
    ("reference", lambda text: "]:" in text),
    ("lheading", lambda text: _SETEXT_UNDERLINE.search(text) is not None),
    ("list", lambda text: _LIST_MARKER.search("\n" + text) is not None),
)


def parser_for(text: str) -> MarkdownIt:
    """The segmentation parser for this text: without the block rules that cannot match in it."""
    return _segmentation_parser_without(frozenset(rule for rule, may_match in _BLOCK_RULE_MARKERS
                                                  if not may_match(text)))


@functools.lru_cache(maxsize=None)
def _segmentation_parser_without(rules: frozenset[str]) -> MarkdownIt:
    return segmentation_parser().disable(sorted(rules)) if rules else segmentation_parser()


@dataclass(frozen=True)
class Unit:
    """One translation unit: its text (the msgid), its role and its 1-based source line."""

    text: str
    role: str
    line: int


# Block tree. Leaves refer to units by index into Document.units.
@dataclass
class TextBlock:
    unit: int
    heading_level: int = 0  # 0 for a paragraph


@dataclass
class ListBlock:
    ordered: bool
    tight: bool
    delimiter: str  # "-", "*", "+" for bullets; "." or ")" for ordered lists
    items: list = field(default_factory=list)  # list of (number, [blocks])


@dataclass
class QuoteBlock:
    children: list


@dataclass
class TableBlock:
    aligns: list  # "", "left", "center", "right" per column
    rows: list  # list of rows; row 0 is the header; cells are unit indexes or None (empty)


@dataclass
class VerbatimBlock:
    """Code and rules: copied as they are, never translated."""

    markdown: str


@dataclass
class Document:
    blocks: list
    units: list[Unit]


def join_lines(content: str) -> str:
    """Join hard-wrapped source lines into one unit text, keeping hard breaks explicit."""
    lines = content.split("\n")
    parts = []
    for index, line in enumerate(lines):
        is_last = index == len(lines) - 1
        stripped = line.strip()
        # (The search only where a hard break can end: a space or a backslash last.)
        if not is_last and line and (line[-1].isspace() or line[-1] == "\\") and _TRAILING_HARD_BREAK.search(line):
            if stripped.endswith("\\"):
                stripped = stripped[:-1]
            parts.append(stripped.rstrip() + HARD_BREAK)
        else:
            parts.append(stripped + ("" if is_last else " "))
    return "".join(parts)


class _Parser:
    def __init__(self, tokens, line_offset: int):
        self.tokens = tokens
        self.position = 0
        self.line_offset = line_offset
        self.units: list[Unit] = []

    def _unit(self, text: str, role: str, token) -> int | None:
        if not text.strip():
            return None
        line = (token.map[0] if token.map else 0) + self.line_offset
        self.units.append(Unit(text, role, line))
        return len(self.units) - 1

    def blocks_until(self, closing_type: str | None, context: str) -> list:
        blocks = []
        while self.position < len(self.tokens):
            token = self.tokens[self.position]
            if closing_type and token.type == closing_type:
                self.position += 1
                return blocks
            block = self.block(context)
            if block is not None:
                blocks.append(block)
        return blocks

    def block(self, context: str):
        token = self.tokens[self.position]
        kind = token.type
        if kind == "paragraph_open":
            inline = self.tokens[self.position + 1]
            self.position += 3
            unit = self._unit(join_lines(inline.content), context, inline)
            return TextBlock(unit) if unit is not None else None
        if kind == "heading_open":
            inline = self.tokens[self.position + 1]
            self.position += 3
            level = int(token.tag[1])
            unit = self._unit(join_lines(inline.content), f"heading {level}", inline)
            return TextBlock(unit, heading_level=level) if unit is not None else None
        if kind in ("bullet_list_open", "ordered_list_open"):
            return self.list_block(token)
        if kind == "blockquote_open":
            self.position += 1
            return QuoteBlock(self.blocks_until("blockquote_close", "blockquote"))
        if kind == "table_open":
            return self.table()
        self.position += 1
        if kind == "fence":
            fence = token.markup
            return VerbatimBlock(f"{fence}{token.info}\n{token.content}{fence}")
        if kind == "code_block":
            code = "\n".join("    " + line if line else "" for line in token.content.rstrip("\n").split("\n"))
            return VerbatimBlock(code)
        if kind == "hr":
            return VerbatimBlock("***")
        return None  # html_block cannot occur (html is off); anything else carries no text

    def list_block(self, opening) -> ListBlock:
        ordered = opening.type == "ordered_list_open"
        closing = "ordered_list_close" if ordered else "bullet_list_close"
        self.position += 1
        tight = False
        result = ListBlock(ordered=ordered, tight=True, delimiter=opening.markup)
        while self.tokens[self.position].type != closing:
            item_open = self.tokens[self.position]
            self.position += 1
            start = self.position
            children = self.blocks_until("list_item_close", "list item")
            # Only the item's own paragraphs say whether this list is tight, not nested lists'.
            tight = tight or any(t.hidden for t in self.tokens[start : self.position]
                                 if t.type == "paragraph_open" and t.level == item_open.level + 1)
            number = item_open.info if ordered else ""
            result.items.append((number, children))
        self.position += 1
        # markdown-it hides the paragraphs of a tight list, all of them alike.
        result.tight = tight or not result.items
        return result

    def table(self) -> TableBlock:
        aligns, rows, row = [], [], None
        in_header = False
        self.position += 1
        while True:
            token = self.tokens[self.position]
            self.position += 1
            if token.type == "table_close":
                return TableBlock(aligns, rows)
            if token.type == "thead_open":
                in_header = True
            elif token.type == "thead_close":
                in_header = False
            elif token.type == "tr_open":
                row = []
                rows.append(row)
            elif token.type in ("th_open", "td_open"):
                inline = self.tokens[self.position]
                self.position += 2
                if in_header:
                    style = token.attrs.get("style", "")
                    aligns.append(style.split(":", 1)[1] if ":" in style else "")
                role = "table header" if in_header else "table cell"
                row.append(self._unit(join_lines(inline.content), role, inline))


def parse_markdown(body: str, first_line: int = 1) -> Document:
    """Split a Markdown body into units; first_line is the body's line number in its file."""
    env: dict = {}
    tokens = parser_for(body).parse(body, env)
    state = _Parser(tokens, first_line)
    blocks = state.blocks_until(None, "paragraph")
    # Link reference definitions leave no token: carry them over for reference-style links.
    definitions = []
    for label, target in env.get("references", {}).items():
        title = target.get("title") or ""
        escaped_title = title.replace("\\", "\\\\").replace('"', '\\"')
        definitions.append(f"[{label}]: <{target['href']}>" + (f' "{escaped_title}"' if title else ""))
    if definitions:
        blocks.append(VerbatimBlock("\n".join(definitions)))
    return Document(blocks, state.units)


# ---------------------------------------------------------------- rendering back to Markdown

Translate = Callable[[int], str]


def _escape_cell(text: str) -> str:
    """A cell is one line: fold line breaks into spaces and escape pipes."""
    text = " ".join(line.rstrip("\\").strip() for line in text.split("\n"))
    return re.sub(r"(?<!\\)\|", r"\\|", text)


def _render_block(block, translate: Translate) -> list[str]:
    if isinstance(block, TextBlock):
        lines = translate(block.unit).split("\n")
        if block.heading_level:
            # An ATX heading is one line; a final "#" would read as its closing sequence.
            text = " ".join(line.rstrip("\\").strip() for line in lines)
            if re.search(r"(?:^|\s)#+$", text):
                text = text[:-1] + "\\#"
            return ["#" * block.heading_level + " " + text]
        return lines
    if isinstance(block, VerbatimBlock):
        return block.markdown.split("\n")
    if isinstance(block, QuoteBlock):
        inner = _render_blocks(block.children, translate)
        return [("> " + line) if line else ">" for line in inner]
    if isinstance(block, ListBlock):
        lines = []
        for index, (number, children) in enumerate(block.items):
            marker = f"{number}{block.delimiter} " if block.ordered else f"{block.delimiter} "
            inner = _render_blocks(children, translate, tight=block.tight) or [""]
            if index and not block.tight:
                lines.append("")
            lines.append((marker + inner[0]).rstrip())
            indent = " " * len(marker)
            lines.extend(indent + line if line else "" for line in inner[1:])
        return lines
    if isinstance(block, TableBlock):
        def row_line(row):
            cells = [_escape_cell(translate(cell)) if cell is not None else "" for cell in row]
            return "| " + " | ".join(cells) + " |"

        delimiters = {"left": ":---", "center": ":---:", "right": "---:"}
        lines = [row_line(block.rows[0])]
        lines.append("| " + " | ".join(delimiters.get(a, "---") for a in block.aligns) + " |")
        lines.extend(row_line(row) for row in block.rows[1:])
        return lines
    raise TypeError(f"unknown block {block!r}")


def _render_blocks(blocks, translate: Translate, tight: bool = False) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if lines and not (tight and isinstance(block, (TextBlock, ListBlock))):
            lines.append("")
        lines.extend(_render_block(block, translate))
    return lines


def render_markdown(document: Document, translate: Translate | None = None) -> str:
    """The document as Markdown, each unit replaced by translate(index) (identity by default)."""
    if translate is None:
        translate = lambda index: document.units[index].text  # noqa: E731
    return "\n".join(_render_blocks(document.blocks, translate)) + "\n"


# ---------------------------------------------------------------- whole releases

FRONT_MATTER_FIELDS = ("title", "subtitle", "dateline")


def release_units(release) -> tuple[list[Unit], Document]:
    """A release's front-matter units (title, subtitle, dateline, contact roles) and its body.

    The front-matter units come first, then the body's units in document order.
    """
    front = [Unit(getattr(release, name), name, 1) for name in FRONT_MATTER_FIELDS if getattr(release, name)]
    front += [Unit(contact.role, "contact role", 1) for contact in release.contacts if contact.role]
    return front, parse_markdown(release.body, release.body_line)


_DESTINATION_UNSAFE = re.compile(r"[\s<>()`\\\"']")


def percent_encode_destination(url: str) -> str:
    """A link target as a bare Markdown destination that every reading leaves whole: space,
    angle brackets, parentheses, backticks, backslashes and quotes percent-encoded."""
    return _DESTINATION_UNSAFE.sub(lambda m: "".join(f"%{byte:02X}" for byte in m.group().encode("utf-8")), url)
