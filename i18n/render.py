"""Markdown -> safe HTML and plain text.

Translations are untrusted: raw HTML is never passed through (markdown-it escapes it) and
link targets are limited to http, https and mailto (or scheme-less relative paths).
"""

from __future__ import annotations

import re
import textwrap
from urllib.parse import urlsplit

from markdown_it import MarkdownIt

from .segments import markdown_parser

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
WIRE_WIDTH = 72


def is_safe_url(url: str) -> bool:
    """True for http, https and mailto URLs and for relative references."""
    # Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", url)
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return False
    if scheme:
        return scheme in SAFE_SCHEMES
    # No scheme: a relative path is safe unless a ':' before any '/' could be read as a scheme.
    return ":" not in cleaned.split("/", 1)[0]


def safe_parser() -> MarkdownIt:
    parser = markdown_parser()
    parser.validateLink = is_safe_url
    # Soft line breaks of the source are plain spaces in the output.
    parser.add_render_rule("softbreak", lambda *args: " ")
    return parser


_HTML_PARSER = safe_parser()


def markdown_to_html(markdown: str) -> str:
    return _HTML_PARSER.render(markdown)


def inline_to_html(markdown: str) -> str:
    """One line of Markdown (a title, a dateline) without the surrounding paragraph."""
    return _HTML_PARSER.renderInline(markdown)


def _inline_text(children) -> str:
    parts = []
    link_stack = []
    for token in children or ():
        kind = token.type
        if kind in ("text", "code_inline"):
            parts.append(token.content)
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("\n")
        elif kind == "image":
            parts.append(token.content)
        elif kind == "link_open":
            href = token.attrs.get("href", "")
            link_stack.append((href, len(parts)))
        elif kind == "link_close" and link_stack:
            href, start = link_stack.pop()
            label = "".join(parts[start:])
            shown = href[len("mailto:"):] if href.startswith("mailto:") else href
            if shown and shown != label:
                parts.append(f" <{shown}>")
    return "".join(parts)


def inline_to_text(markdown: str) -> str:
    tokens = _HTML_PARSER.parseInline(markdown)
    return _inline_text(tokens[0].children if tokens else ())


def _wrap(text: str, width: int, initial: str = "", subsequent: str = "") -> list[str]:
    lines = []
    for index, piece in enumerate(text.split("\n")):
        wrapped = textwrap.wrap(
            piece, width=width, initial_indent=initial if index == 0 else subsequent,
            subsequent_indent=subsequent, break_long_words=False, break_on_hyphens=False,
        )
        lines.extend(wrapped or [initial.rstrip()])
    return lines


def markdown_to_text(markdown: str, width: int = WIRE_WIDTH) -> str:
    """Plain text for wire copy and e-mail: wrapped, links shown as <url>, never split."""
    tokens = _HTML_PARSER.parse(markdown)
    blocks: list[str] = []
    prefixes: list[str] = []
    list_counters: list[int | None] = []
    pending_marker = ""
    row: list[str] | None = None
    for token in tokens:
        kind = token.type
        if kind == "bullet_list_open":
            list_counters.append(None)
        elif kind == "ordered_list_open":
            list_counters.append(int(token.attrs.get("start", 1)))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_counters.pop()
        elif kind == "list_item_open":
            counter = list_counters[-1]
            if counter is None:
                pending_marker = "- "
            else:
                pending_marker = f"{counter}. "
                list_counters[-1] = counter + 1
        elif kind == "blockquote_open":
            prefixes.append("> ")
        elif kind == "blockquote_close":
            prefixes.pop()
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            blocks.append("".join(prefixes) + " | ".join(row or []))
            row = None
        elif kind == "inline":
            text = _inline_text(token.children)
            if row is not None:
                row.append(text)
                continue
            indent = "".join(prefixes) + "  " * max(len(list_counters) - 1, 0)
            first = indent + pending_marker
            rest = indent + " " * len(pending_marker)
            pending_marker = ""
            blocks.append("\n".join(_wrap(text, width, first, rest)))
        elif kind in ("fence", "code_block"):
            prefix = "".join(prefixes) + "    "
            blocks.append("\n".join(prefix + line for line in token.content.rstrip("\n").split("\n")))
        elif kind == "hr":
            blocks.append("".join(prefixes) + "* * *")
    return "\n\n".join(blocks) + "\n"


def wrap_text(text: str, width: int = WIRE_WIDTH) -> str:
    return "\n".join(_wrap(text, width))


# ---------------------------------------------------------------- untrusted translations

_CODE_SPAN = re.compile(r"(`+)(?:.+?)\1", re.DOTALL)
_AUTOLINK = re.compile(r"<(?:(?:https?|mailto):[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_INLINE_LINK = re.compile(
    r"(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(\s+\"[^\"]*\")?\s*\)"
)


def neutralize_markdown(text: str) -> tuple[str, list[str]]:
    """Make an untrusted Markdown translation inert in every output format.

    Raw HTML is escaped as text (so a CMS rendering the .md output shows it, too), and a
    link or image whose target is not http, https, mailto or relative keeps its text only.
    Returns the safe text and what was changed, for a warning.
    """
    problems: list[str] = []

    def fix_plain(part: str) -> str:
        def link(match):
            if is_safe_url(match.group(3)):
                return match.group(0)
            problems.append(f"unsafe link target {match.group(3)[:40]!r} dropped")
            return match.group(2)

        part = _INLINE_LINK.sub(link, part)
        pieces, position = [], 0
        for autolink in _AUTOLINK.finditer(part):
            pieces.append(_escape_tags(part[position:autolink.start()], problems))
            pieces.append(autolink.group(0))
            position = autolink.end()
        pieces.append(_escape_tags(part[position:], problems))
        return "".join(pieces)

    result, position = [], 0
    for code in _CODE_SPAN.finditer(text):
        result.append(fix_plain(text[position:code.start()]))
        result.append(code.group(0))  # code spans show their content literally: already inert
        position = code.end()
    result.append(fix_plain(text[position:]))
    return "".join(result), problems


def _escape_tags(text: str, problems: list[str]) -> str:
    if not _TAG_START.search(text):
        return text
    problems.append("raw HTML escaped")
    return _TAG_START.sub("&lt;", text)
