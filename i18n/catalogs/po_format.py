"""Write catalogs exactly as GNU msgcat does, without running it for every file.

GNU gettext wraps strings at Unicode line-break opportunities (gnulib's unilbrk), which
Python's standard library does not know. For the characters press releases are written in
(`SUPPORTED`), where a line may break was measured on GNU msgcat itself
(tools/probe_msgcat_breaks.py -> po_breaks.py); the greedy filling, the escapes and the
layout follow gettext's write-po. A catalog holding any other character is formatted by
running msgcat, so the result is always GNU's. tests/test_po_format.py holds the two equal.
"""

from __future__ import annotations

import functools
import re

import polib

from i18n.languages import nplurals
from i18n.catalogs.po_breaks import BREAK_AFTER_SPACE, BREAK_DIRECT, SUPPORTED

PAGE_WIDTH = 79
_DIRECT = {previous: frozenset(chars) for previous, chars in BREAK_DIRECT.items()}
_AFTER_SPACE = {previous: frozenset(chars) for previous, chars in BREAK_AFTER_SPACE.items()}
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n"}
_ALL_ESCAPES = str.maketrans({**_ESCAPES, "\a": "\\a", "\b": "\\b", "\f": "\\f", "\r": "\\r",
                              "\v": "\\v"})
# The format flags GNU gettext 0.21 knows, in the order msgcat prints them (measured: msgcat
# sorts flags into this order and drops the ones it does not know).
FORMAT_LANGUAGES = (
    "c objc python python-brace java java-printf csharp javascript scheme lisp elisp librep "
    "ruby sh awk lua object-pascal smalltalk qt qt-plural kde kde-kuit boost tcl perl "
    "perl-brace php gcc-internal gfc-internal ycp").split()
_UNSUPPORTED = re.compile("[^" + re.escape("".join(sorted(SUPPORTED | {"\n"}))) + "]")


def _escaped(text: str) -> str:
    """text with _ESCAPES applied: str.replace is several times faster than str.translate
    for these few characters, which most strings do not even hold."""
    for char, escape in _ESCAPES.items():  # the backslash first
        if char in text:
            text = text.replace(char, escape)
    return text


class Unsupported(ValueError):
    """The text holds a character whose line breaking was not measured."""


def _escape(portion: str, wrap: bool = True) -> tuple[str, set[int]]:
    """Escaped text, and the indexes before which a break may never go (inside escapes).
    Only wrapping needs to know where lines may break: without it, any text is written."""
    unsupported = _UNSUPPORTED.search(portion)
    if unsupported and wrap:
        raise Unsupported(unsupported.group(0))
    text = _escaped(portion) if wrap else portion.translate(_ALL_ESCAPES)
    if len(text) == len(portion):
        return text, set()
    locked, index = set(), 0
    for char in portion:
        if char in _ESCAPES:
            locked.add(index + 1)
            index += 2
        else:
            index += 1
    return text, locked


# A Python %-directive as GNU gettext's format-python parser reads it.
_PYTHON_DIRECTIVE = re.compile(r"%(?:\([^)]*\))?[-+ #0]*(?:\*|[0-9]+)?(?:\.(?:\*|[0-9]+)?)?[hlL]?[diouxXeEfFgGcrsa%]")


def _directive_grammar(flags: list[str]) -> re.Pattern | None:
    """The directives GNU keeps whole when wrapping an entry with these flags. Only Python's
    grammar is reproduced; another format flag leaves the entry to msgcat itself."""
    formats = [f for f in flags if f.endswith("-format") and not f.startswith("no-")]
    if not formats:
        return None
    if all(f in ("python-format", "possible-python-format") for f in formats):
        return _PYTHON_DIRECTIVE
    raise Unsupported(formats[0])


def _inside_directives(portion: str, directives: re.Pattern) -> set[int]:
    """Indexes in the escaped portion before which no break may go: inside a directive. A
    '%' that starts no valid directive makes the string invalid, which msgcat judges itself."""
    escaped_index, index = [], 0
    for char in portion:
        escaped_index.append(index)
        index += 2 if char in _ESCAPES else 1
    escaped_index.append(index)
    locked, position = set(), 0
    while (position := portion.find("%", position)) >= 0:
        match = directives.match(portion, position)
        if not match:
            raise Unsupported("invalid format directive")
        locked.update(escaped_index[i] for i in range(match.start() + 1, match.end()))
        position = match.end()
    return locked


def _is_opportunity(text: str, position: int, locked: set[int]) -> bool:
    """May a line break before text[position]? (gnulib: decided by the last non-space
    character before it, and whether spaces come between them.)"""
    if text[position] == " " or position in locked:
        return False
    previous = position - 1
    while previous >= 0 and text[previous] == " ":
        previous -= 1
    if previous < 0:
        return False  # never at the start of the text
    table = _DIRECT if previous == position - 1 else _AFTER_SPACE
    return text[position] in table[text[previous]]


def _last_opportunity(text: str, start: int, position: int, locked: set[int]) -> int:
    """The last break opportunity after start and at or before position (start if none):
    _is_opportunity inlined, as this loop is most of the cost of formatting a catalog."""
    direct, after_space = _DIRECT, _AFTER_SPACE
    while position > start:
        char, previous = text[position], text[position - 1]
        if char != " " and position not in locked:
            if previous != " ":
                if char in direct[previous]:
                    return position
            else:
                index = position - 2
                while index >= 0 and text[index] == " ":
                    index -= 1
                if index >= 0 and char in after_space[text[index]]:
                    return position
        position -= 1
    return start


def _break_positions(text: str, locked: set[int], first_width: int, width: int) -> list[int]:
    """Where to break `text` (indexes), filling lines greedily as gnulib does: each line ends
    at its last break opportunity that fits, or at the first one if none fits."""
    breaks = []
    line_start, limit = 0, first_width
    while len(text) - line_start > limit:
        position = _last_opportunity(text, line_start, line_start + limit, locked)
        if position == line_start:  # nothing fits: the line runs on to the next opportunity
            position = line_start + limit + 1
            while position < len(text) and not _is_opportunity(text, position, locked):
                position += 1
            if position == len(text):
                break
        breaks.append(position)
        line_start, limit = position, width
    return breaks


@functools.lru_cache(maxsize=1024)  # a msgid is written twice, in the template then its catalogs
def format_field(name: str, value: str, prefix: str = "", width: int = PAGE_WIDTH,
                 wrap: bool = True, directives: re.Pattern | None = None) -> tuple[str, ...]:
    """The lines GNU writes for one keyword and its string, e.g. `msgid "..."`; without
    wrap (a `no-wrap` entry), lines are split only after each "\n". GNU never breaks inside
    a format directive of a format-flagged entry (`directives`: their grammar)."""
    after_break = len(prefix) + 1
    line_width = width - 1 - after_break
    first_start = len(prefix) + len(name) + 1 + 1 - after_break
    portions = re.findall(r"[^\n]*\n|[^\n]+", value) or [""]
    lines: list[str] = []
    for index, portion in enumerate(portions):
        text, locked = _escape(portion, wrap)
        if directives is not None and "%" in portion:
            locked |= _inside_directives(portion, directives)
        if portion.endswith("\n"):
            locked.add(len(text) - 2)  # no break just before the final "\n"
        first = not lines
        start = first_start if first else 0
        breaks = _break_positions(text, locked, line_width - start, line_width) if wrap else []
        if first and (len(portions) > 1 or breaks or (wrap and start > line_width)) and text:
            lines.append(f'{prefix}{name} ""')
            first = False
            breaks = _break_positions(text, locked, line_width, line_width) if wrap else []
        pieces = [text[a:b] for a, b in zip([0] + breaks, breaks + [len(text)])]
        for number, piece in enumerate(pieces):
            lead = f"{prefix}{name} " if first and number == 0 else prefix
            lines.append(f'{lead}"{piece}"')
    return tuple(lines)


def _references(occurrences, width: int = PAGE_WIDTH) -> list[str]:
    lines, current = [], "#:"
    for path, line in dict.fromkeys(map(tuple, occurrences)):  # msgcat writes a repeated reference once
        reference = f"{path}:{line}" if line else path
        if len(current) > 2 and len(current) + 1 + len(reference) > width:
            lines.append(current)
            current = "#:"
        current += " " + reference
    if len(current) > 2:
        lines.append(current)
    return lines


def gnu_flags(flags: list[str]) -> list[str]:
    """Flags as msgcat prints them: fuzzy, format flags in gettext's order, range, no-wrap;
    flags gettext does not know are dropped."""
    formats: dict[str, str] = {}
    fuzzy, span, no_wrap = False, None, None
    for flag in flags:
        if flag == "fuzzy":
            fuzzy = True
        elif flag.startswith("range:"):
            span = "range: " + flag[len("range:"):].strip()
        elif flag in ("wrap", "no-wrap"):
            no_wrap = flag == "no-wrap"
        elif flag.endswith("-format"):
            language = flag[3:-7] if flag.startswith("no-") else flag[:-7]
            if language in FORMAT_LANGUAGES:
                formats[language] = flag
    ordered = ["fuzzy"] if fuzzy else []
    ordered += [formats[language] for language in FORMAT_LANGUAGES if language in formats]
    ordered += [span] if span else []
    ordered += ["no-wrap"] if no_wrap else []
    return ordered


def _entry_lines(entry: polib.POEntry, plural_count: int, wrap: bool = True) -> list[str]:
    lines = []
    prefix = "#~ " if entry.obsolete else ""
    previous_prefix = "#~| " if entry.obsolete else "#| "
    # Comments as written, trailing spaces included (msgcat keeps them).
    lines += [f"# {line}" if line else "#" for line in entry.tcomment.split("\n")] if entry.tcomment else []
    if not entry.obsolete:  # msgcat keeps neither extracted comments nor references on obsolete entries
        lines += [f"#. {line}" if line else "#." for line in entry.comment.split("\n")] if entry.comment else []
        lines += _references(entry.occurrences)
    # msgcat drops the fuzzy flag of an entry without translation: there is nothing to review.
    flags = [f for f in gnu_flags(entry.flags) if f != "fuzzy" or _first_translation(entry) or entry.msgid == ""]
    wrap = wrap and "no-wrap" not in flags
    directives = _directive_grammar(flags) if wrap else None
    if flags:
        lines.append("#, " + ", ".join(flags))
    for keyword, value in (("msgctxt", entry.previous_msgctxt), ("msgid", entry.previous_msgid),
                           ("msgid_plural", entry.previous_msgid_plural)):
        if value is not None:
            lines += format_field(keyword, value, previous_prefix, wrap=wrap, directives=directives)
    if entry.msgctxt is not None:  # GNU keeps a context's directives whole too
        lines += format_field("msgctxt", entry.msgctxt, prefix, wrap=wrap, directives=directives)
    lines += format_field("msgid", entry.msgid, prefix, wrap=wrap, directives=directives)
    if entry.msgid_plural:
        lines += format_field("msgid_plural", entry.msgid_plural, prefix, wrap=wrap, directives=directives)
        for index in range(max(plural_count, len(entry.msgstr_plural))):
            value = entry.msgstr_plural.get(index, entry.msgstr_plural.get(str(index), ""))
            lines += format_field(f"msgstr[{index}]", value, prefix, wrap=wrap, directives=directives)
    else:
        lines += format_field("msgstr", entry.msgstr, prefix, wrap=wrap, directives=directives)
    return lines


def format_catalog(catalog: polib.POFile, wrap: bool = True) -> str:
    """The catalog as GNU msgcat writes it. Raises Unsupported for unmeasured characters,
    unless wrap is False (then lines are split only after "\n", for msgcat to reformat)."""
    blocks = []
    # As polib writes the header comment (msgcat keeps it): "#" for an empty line; None (a
    # catalog read without one) for none.
    header = ["#" + line if line[:1] in (",", ":") else (f"# {line}" if line else "#")
              for line in catalog.header.split("\n")] if catalog.header is not None else []
    header_entry = polib.POEntry(msgid="", msgstr=_metadata_text(catalog),
                                 flags=["fuzzy"] if catalog.metadata_is_fuzzy else [])
    blocks.append("\n".join(header + _entry_lines(header_entry, 0, wrap)))
    plural_count = nplurals(catalog.metadata.get("Plural-Forms", ""))
    live = [e for e in catalog if not e.obsolete]
    # msgcat drops obsolete entries that carry no translation (judged by the first form).
    obsolete = [e for e in catalog if e.obsolete and _first_translation(e)]
    for entry in live + obsolete:
        blocks.append("\n".join(_entry_lines(entry, plural_count, wrap)))
    return "\n\n".join(blocks) + "\n"


def _first_translation(entry: polib.POEntry) -> str:
    if entry.msgid_plural:
        return entry.msgstr_plural.get(0, entry.msgstr_plural.get("0", ""))
    return entry.msgstr


def _metadata_text(catalog: polib.POFile) -> str:
    """The header's text: as read when unchanged; otherwise its fields in the order read
    (repeated ones kept), changed values in place and new fields last."""
    if getattr(catalog, "read_metadata", None) == catalog.metadata:
        return catalog.header_text
    fields = getattr(catalog, "header_fields", None)
    if fields is None:
        return "".join(f"{key}: {value}\n" for key, value in catalog.ordered_metadata())
    lines, seen = [], set()
    for key, value in fields:
        if key in catalog.metadata:
            lines.append((key, value if key in seen else catalog.metadata[key]))
            seen.add(key)
    lines += [(key, value) for key, value in catalog.metadata.items() if key not in seen]
    return "".join(f"{key}: {value}\n" for key, value in lines)


