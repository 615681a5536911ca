"""Blocks and lines of an incoming document, and Markdown escaping."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

TEXT, HTML, DOCX = "text", "HTML", "Word .docx"

# A line longer than this is not hard-wrapped: in a run of lines holding one, every line is a
# paragraph of its own (text copied from a web page often separates paragraphs by one newline).
UNWRAPPED = 100


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
    number: int = 0  # the number printed before a numbered item (0: none known)

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

SPACES = re.compile(r"[ \t\r\n\f\v]+")


def md_escape(text: str) -> str:
    """Plain text -> Markdown that shows the same text (inline escapes only)."""
    text = text.replace("\\", "\\\\")
    text = re.sub(r"([`*\[\]])", r"\\\1", text)
    text = re.sub(r"<(?=[A-Za-z/!?])", r"\\<", text)
    text = re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", text)
    return re.sub(r"&(?=#?\w+;)", r"\\&", text)


def emphasis(markdown: str, marker: str) -> str:
    """Wrap markdown in an emphasis marker, keeping surrounding spaces outside it."""
    match = re.fullmatch(r"(\s*)(.*?)(\s*)", markdown, re.S)
    lead, core, trail = match.groups()
    return f"{lead}{marker}{core}{marker}{trail}" if core else lead + trail


def tidy(text: str) -> str:
    return re.sub(r" {2,}", " ", text).strip(" \t\n\xa0")
