"""Markdown -> safe HTML and plain text.

Translations are untrusted: raw HTML is never passed through (markdown-it escapes it) and
link targets are limited to http, https and mailto (or scheme-less relative paths).
"""

from __future__ import annotations

import functools
import re
import textwrap
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from i18n.publish.columns import has_wide, wide_fill
from i18n.sources.releases import CONTROL_CHARACTERS
from i18n.sources.segments import Document, ListBlock, TextBlock, markdown_parser, percent_encode_destination

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


def markdown_to_html_and_text(markdown: str, width: int = WIRE_WIDTH) -> tuple[str, str]:
    """The HTML of a Markdown text and its wire text (wrapped, links shown as <url>), parsed once."""
    env: dict = {}
    tokens = _HTML_PARSER.parse(markdown, env)
    text = _tokens_to_text(tokens, width)  # before rendering: the HTML renderer sets images' alt
    return _HTML_PARSER.renderer.render(tokens, _HTML_PARSER.options, env), text


def document_to_html_and_text(document: Document, texts: list[str], markdown: str,
                              width: int = WIRE_WIDTH) -> tuple[str, str]:
    """markdown_to_html_and_text(markdown), where markdown is render_markdown(document) with
    these unit texts. A document of paragraphs, headings and simple lists whose texts are
    each one line of inline Markdown has its block tokens built from the document instead
    of parsing the Markdown again: the same tokens, a third of a body's parsing saved."""
    env: dict = {}
    tokens = _block_tokens(document.blocks, texts)
    if tokens is None:
        return markdown_to_html_and_text(markdown, width)
    # The inline rules run on the texts with markup; a plain text is one text token already.
    state = StateCore("", _HTML_PARSER, env)
    state.tokens = [token for token in tokens if token.type == "inline" and not token.children]
    for rule in _CORE_RULES_AFTER_BLOCKS:
        rule(state)
    text = _tokens_to_text(tokens, width)
    return _HTML_PARSER.renderer.render(tokens, _HTML_PARSER.options, env), text


# The core rules that follow block parsing (inline parsing, then text joining). The rules
# before it only normalize line ends and NULs, which an inline-only text has none of.
_CORE_RULES_AFTER_BLOCKS = [rule for name, rule in zip(_HTML_PARSER.core.ruler.get_active_rules(),
                                                       _HTML_PARSER.core.ruler.getRules(""))
                            if name not in ("normalize", "block")]
# A text that is one paragraph's inline content wherever render_markdown puts it (a paragraph,
# a heading, a list item): one line (a table or a setext heading needs two), nothing normalize
# changes, no whitespace at its ends (the block rules trim it), and no start of a block of one
# line: a fence (` ~), a blockquote (>), a rule (* _ -), a list item (* + - or a number), a
# heading (#), a link reference definition ([). Raw HTML blocks are off.
_INLINE_ONLY = re.compile(r"(?![`~>*_+#\[-]|\d{1,9}[.)])[^\n\r\0]*", re.ASCII)

# An inline-only text without any character an inline rule starts with (escapes, code spans,
# emphasis, strikethrough, links and images ("![" too), autolinks, entities): its inline
# tokens are one text token, which needs no parsing.
_PLAIN = re.compile(r"[^\\`*_~\[<&]*")


def _inline_only(text: str) -> bool:
    return bool(text) and not text[0].isspace() and not text[-1].isspace() and \
        _INLINE_ONLY.fullmatch(text) is not None


def _block_tokens(blocks: list, texts: list[str], level: int = 0, hidden: bool = False) -> list[Token] | None:
    """The block tokens markdown-it gives render_markdown(blocks), the inline tokens' children
    left empty for the inline rules (but for a plain text's one text token), or None when the
    blocks are not all simple: paragraphs and headings of inline-only texts, and lists whose
    every item is one such paragraph."""
    tokens: list[Token] = []

    def push(kind: str, tag: str, nesting: int, depth: int, **fields) -> Token:
        token = Token(kind, tag, nesting, block=True, level=depth, **fields)
        tokens.append(token)
        return token

    for index, block in enumerate(blocks):
        if isinstance(block, TextBlock):
            text = texts[block.unit]
            if not _inline_only(text) or (block.heading_level and text.endswith("\\")):
                return None
            tag = f"h{block.heading_level}" if block.heading_level else "p"
            kind = "heading" if block.heading_level else "paragraph"
            markup = "#" * block.heading_level
            push(f"{kind}_open", tag, 1, level, markup=markup, hidden=hidden)
            plain = [Token("text", "", 0, content=text)] if _PLAIN.fullmatch(text) else []
            push("inline", "", 0, level + 1, content=text, children=plain)
            push(f"{kind}_close", tag, -1, level, markup=markup, hidden=hidden)
        elif isinstance(block, ListBlock):
            # A one-item list renders tight whatever it was; two lists in a row with the same
            # marker render as one.
            previous = blocks[index - 1] if index else None
            if not block.items or not (block.tight or len(block.items) > 1) or (
                    isinstance(previous, ListBlock) and (previous.ordered, previous.delimiter) == (
                    block.ordered, block.delimiter)):
                return None
            kind, tag = ("ordered_list", "ol") if block.ordered else ("bullet_list", "ul")
            start = int(block.items[0][0]) if block.ordered else 1
            push(f"{kind}_open", tag, 1, level, markup=block.delimiter, attrs={"start": start} if start != 1 else {})
            for number, children in block.items:
                if len(children) != 1 or not isinstance(children[0], TextBlock) or children[0].heading_level:
                    return None
                push("list_item_open", "li", 1, level + 1, markup=block.delimiter, info=number)
                inner = _block_tokens(children, texts, level + 2, hidden=block.tight)
                if inner is None:
                    return None
                tokens += inner
                push("list_item_close", "li", -1, level + 1, markup=block.delimiter)
            push(f"{kind}_close", tag, -1, level, markup=block.delimiter)
        else:
            return None
    return tokens


def inline_to_html_and_text(markdown: str) -> tuple[str, str]:
    """One line of Markdown (a title) as HTML without the surrounding paragraph, and as text;
    parsed once."""
    env: dict = {}
    tokens = _HTML_PARSER.parseInline(markdown, env)
    text = _inline_text(tokens[0].children if tokens else ())  # before rendering (see markdown_to_html_and_text)
    return _HTML_PARSER.renderer.render(tokens, _HTML_PARSER.options, env), text


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
        lines.extend(fill_lines(piece, width, initial if index == 0 else subsequent, subsequent)
                     or [initial.rstrip()])
    return lines


_OTHER_SPACE = re.compile(r"[^\S ]")


def fill_lines(text: str, width: int, initial: str = "", subsequent: str = "") -> list[str]:
    """textwrap.wrap(text, width, initial_indent=initial, subsequent_indent=subsequent,
    break_long_words=False, break_on_hyphens=False), line for line, without its cost (a
    fifth of a cold build's text output) for the usual text: words between single spaces."""
    if has_wide(text):  # Chinese, Japanese, Korean: two columns a character, breaks between them
        return wide_fill(text, width, initial, subsequent)
    if not text or "  " in text or text[0] == " " or text[-1] == " " or _OTHER_SPACE.search(text):
        return textwrap.wrap(text, width=width, initial_indent=initial, subsequent_indent=subsequent,
                             break_long_words=False, break_on_hyphens=False)
    first = _line_pattern(width - len(initial)).match(text)
    lines = [initial + first.group().rstrip(" ")]
    if first.end() < len(text):
        rest = _line_pattern(width - len(subsequent)).findall(text, first.end())
        lines += [subsequent + line.rstrip(" ") for line in rest]
    return lines


@functools.lru_cache(maxsize=None)
def _line_pattern(room: int) -> re.Pattern:
    """One line of a greedy fill `room` characters wide: the most words that fit, or one
    word longer than the line (taken whole), with the space that follows it."""
    room = max(room, 1)  # no room: a word a line
    return re.compile(rf"(?:[^ ]{{{room + 1},}}|.{{1,{room}}})(?= |$) ?")


def _tokens_to_text(tokens, width: int) -> str:
    """Plain text for wire copy and e-mail: wrapped, links shown as <url>, never split."""
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


# ---------------------------------------------------------------- untrusted text

_AUTOLINK = re.compile(r"(?:https?|mailto):[^\s<>`\\]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_BACKTICKS = re.compile(r"`+")
_TEXT_SPECIALS = re.compile(r"[\\`*_\[\]~!]")


def _permissive_parser() -> MarkdownIt:
    """Takes every link as a link, whatever its target: to find (and drop) the unsafe ones."""
    parser = markdown_parser()
    parser.validateLink = lambda url: True
    return parser


_LINK_PARSER = _permissive_parser()


def neutralize_markdown(text: str) -> tuple[str, list[str]]:
    """Make an untrusted Markdown text inert in every output format (the .md one included).

    Control characters are removed; raw HTML is escaped as text (so a CMS rendering the .md
    output shows it, too); a link or image whose target is not http, https, mailto or
    relative keeps its text only, however it is written (inline, with a title, by reference,
    entity-encoded, as an autolink, nested). Returns the safe text and what was changed.
    """
    problems: list[str] = []
    if CONTROL_CHARACTERS.search(text):
        problems.append("control characters removed")
        text = CONTROL_CHARACTERS.sub("", text)
    if "<" not in text and ("[" not in text or _only_safe_inline_links(text)):
        return text, problems  # no HTML, and no link or image whose target could be unsafe
    return _neutralize_parsed(text, problems)


def _neutralize_parsed(text: str, problems: list[str]) -> tuple[str, list[str]]:
    """neutralize_markdown's work on a text with a "<" or a link: the text is parsed as
    markdown-it parses it (code spans, links and blocks as CommonMark pairs them), and, when
    it has raw HTML or an unsafe target, written again from those tokens: text escaped, each
    code span on one line, link targets percent-encoded. The result holds no "<" that
    CommonMark with raw HTML on could read as a tag, wherever the text is put."""
    env: dict = {}
    tokens = _LINK_PARSER.parse(text, env)
    blocks = [token.children or [] for token in tokens if token.type == "inline"]
    # Targets of links and images, and of reference definitions (another unit may use them).
    targets = [str(token.attrs.get("href", token.attrs.get("src", ""))) for children in blocks for token in children
               if token.type in ("link_open", "image")]
    targets += [str(reference.get("href", "")) for reference in env.get("references", {}).values()]
    unsafe = [target for target in targets if not is_safe_url(target)]
    problems += [f"unsafe link target {target[:40]!r} dropped" for target in unsafe]
    if any(token.type in ("fence", "code_block") and "<" in token.content for token in tokens) or any(
            token.type == "text" and _TAG_START.search(token.content) for children in blocks for token in children):
        problems.append("raw HTML escaped")
    if "<" not in text and not unsafe:
        return text, problems  # no HTML without a "<"; every link and definition safe
    return "\n\n".join(_block_markdown(token) for token in tokens
                        if token.type in ("inline", "fence", "code_block")), problems


def _block_markdown(token) -> str:
    if token.type == "inline":
        return _inline_markdown(token.children or [])
    # A code block's lines as text: its "<" escaped like any other.
    return "\\\n".join(escape_markdown_text(line) for line in token.content.rstrip("\n").split("\n"))


_INLINE_DESTINATION = re.compile(r"\]\(\s*+(?!(?:https?|mailto):)", re.IGNORECASE)


def _only_safe_inline_links(text: str) -> bool:
    """Without "<", a target comes only from an inline link or image, "](" then the target,
    or from a reference definition ("]:"). True when there is no definition and every "]("
    goes on with an http, https or mailto target: what a press release's links look like,
    checked here without parsing the text (a third of the build's English lookups)."""
    return "]:" not in text and _INLINE_DESTINATION.search(text) is None


_DEFINITION_LINE = re.compile(r"^\[(?:[^\]\\]|\\.)*\]: <([^>]*)>.*\n?", re.MULTILINE)


def drop_unsafe_definitions(markdown: str) -> str:
    """A rendered document without the link reference definitions (as segments.py writes
    them: `[label]: <target>`) whose target is unsafe; their references become plain text."""
    if "]: <" not in markdown:  # no definition (the usual body): nothing to search line by line
        return markdown
    return _DEFINITION_LINE.sub(lambda m: m.group() if is_safe_url(m.group(1)) else "", markdown)


def escape_markdown_text(text: str) -> str:
    """Plain text as Markdown that shows it as it is: no markup, no HTML, no entities."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return _TEXT_SPECIALS.sub(lambda m: "\\" + m.group(), text)


def _destination(token) -> str:
    url = str(token.attrs.get("href", token.attrs.get("src", "")))
    title = str(token.attrs.get("title", ""))
    target = percent_encode_destination(url)
    if title:
        escaped = re.sub(r'[\\"`]', lambda m: "\\" + m.group(), title)
        target += ' "' + escaped.replace("&", "&amp;").replace("<", "&lt;") + '"'
    return target


def _inline_markdown(children) -> str:
    """Inline tokens as Markdown again, with unsafe links and images reduced to their text."""
    parts: list[str] = []
    links: list[str] = []  # the closing of each open link ("" for an unsafe one)
    autolink = None  # the text of an autolink kept as one
    for index, token in enumerate(children):
        kind = token.type
        if autolink is not None:  # its text is written with it
            if kind == "link_close":
                parts.append(f"<{autolink}>")
                autolink = None
            continue
        if kind == "link_open" and token.markup == "autolink" and is_safe_url(str(token.attrs.get("href", ""))):
            label = children[index + 1].content if index + 1 < len(children) else ""
            if _AUTOLINK.fullmatch(label):
                autolink = label
                continue
        if kind == "text":
            parts.append(escape_markdown_text(token.content))
        elif kind == "code_inline":
            fence = "`" * (max((len(r) for r in _BACKTICKS.findall(token.content)), default=0) + 1)
            pad = " " if token.content.startswith("`") or token.content.endswith("`") else ""
            parts.append(f"{fence}{pad}{token.content}{pad}{fence}")
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n" if kind == "softbreak" else "\\\n")
        elif kind in ("em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"):
            parts.append(token.markup)
        elif kind == "link_open":
            safe = is_safe_url(str(token.attrs.get("href", "")))
            parts.append("[" if safe else "")
            links.append(f"]({_destination(token)})" if safe else "")
        elif kind == "link_close" and links:
            parts.append(links.pop())
        elif kind == "image":
            alt = _inline_markdown(token.children or [])
            safe = is_safe_url(str(token.attrs.get("src", "")))
            parts.append(f"![{alt}]({_destination(token)})" if safe else alt)
    return "".join(parts)
