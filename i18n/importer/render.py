"""Paragraphs and front matter -> the Markdown of a release source."""

from __future__ import annotations

import re

import yaml

from i18n.sources.segments import HARD_BREAK
from .common import Paragraph

WRAP_WIDTH = 80


_RISKY_START = re.compile(r"^(?:[-+*]|#{1,6}|>.*|\d{1,9}[.)]|=+|-+|`{3,}.*|~{3,}.*|\|.*)$")


def escape_start(markdown: str) -> str:
    """Escape what would make a line start a heading, a list, a quote or a rule."""
    markdown = re.sub(r"^(#{1,6})(?=\s|$)", r"\\\1", markdown)
    markdown = re.sub(r"^([-+])(?=\s|$)", r"\\\1", markdown)
    markdown = re.sub(r"^(\d{1,9})([.)])(?=\s|$)", r"\1\\\2", markdown)
    markdown = re.sub(r"^>", r"\\>", markdown)
    markdown = re.sub(r"^(=+|-+)$", lambda m: "\\" + m.group(1), markdown)
    return re.sub(r"^(`{3,}|~{3,})", r"\\\1", markdown)


def wrap(markdown: str, width: int = WRAP_WIDTH, indent: str = "") -> str:
    """Hard-wrap one line of Markdown at width, never starting a line with block syntax."""
    units: list[str] = []
    for word in re.split(r" +", markdown.strip(" ")):
        if units and _RISKY_START.match(word):
            units[-1] += " " + word
        elif word:
            units.append(word)
    lines: list[str] = []
    current = ""
    for unit in units:
        if current and len(indent) + len(current) + 1 + len(unit) > width:
            lines.append(current)
            current = unit
        else:
            current = f"{current} {unit}" if current else unit
    lines.append(current)
    return ("\n" + indent).join(lines)


class _Dumper(yaml.SafeDumper):
    """Block lists indented under their key, as the releases are written by hand."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def front_matter(values: dict) -> str:
    return yaml.dump(values, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=1 << 16)


def paragraph_markdown(paragraph: Paragraph) -> tuple[str, str]:
    """(the Markdown written, the unit text it must read back as)."""
    lines = [escape_start(" ".join(line.split(" "))) for line in paragraph.markdown_lines()]
    lines = [re.sub(r" {2,}", " ", line).strip() for line in lines if line.strip()]
    if paragraph.kind == "heading":
        text = " ".join(lines)
        return f"{'#' * max(2, paragraph.level)} {text}", text
    if paragraph.kind == "item":
        marker = f"{paragraph.number or 1}. " if paragraph.ordered else "- "
        indent = " " * len(marker)
        body = (HARD_BREAK + indent).join(wrap(line, indent=indent) for line in lines)
        return marker + body, HARD_BREAK.join(lines)
    return HARD_BREAK.join(wrap(line) for line in lines), HARD_BREAK.join(lines)


def render_body(paragraphs: list[Paragraph]) -> tuple[str, list[str], list[int]]:
    """(the body, the unit texts it must read back as, each paragraph's first line in the body)."""
    chunks: list[str] = []
    expected: list[str] = []
    starts: list[int] = []
    line = 1
    previous: Paragraph | None = None
    for paragraph in paragraphs:
        markdown, unit = paragraph_markdown(paragraph)
        if not unit:
            starts.append(line)
            continue
        tight = (previous is not None and previous.kind == "item" and paragraph.kind == "item"
                 and previous.ordered == paragraph.ordered)
        if chunks:
            separator = "\n" if tight else "\n\n"
            chunks.append(separator)
            line += separator.count("\n")
        starts.append(line)
        chunks.append(markdown)
        line += markdown.count("\n")
        expected.append(unit)
        previous = paragraph
    return "".join(chunks) + ("\n" if chunks else ""), expected, starts

