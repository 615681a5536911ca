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

from .languages import nplurals
from .po_breaks import BREAK_AFTER_SPACE, BREAK_DIRECT, SUPPORTED

PAGE_WIDTH = 79
_DIRECT = {previous: frozenset(chars) for previous, chars in BREAK_DIRECT.items()}
_AFTER_SPACE = {previous: frozenset(chars) for previous, chars in BREAK_AFTER_SPACE.items()}
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n"}
_ESCAPE_TABLE = str.maketrans(_ESCAPES)
_UNSUPPORTED = re.compile("[^" + re.escape("".join(sorted(SUPPORTED | {"\n"}))) + "]")


class Unsupported(ValueError):
    """The text holds a character whose line breaking was not measured."""


def _escape(portion: str) -> tuple[str, set[int]]:
    """Escaped text, and the indexes before which a break may never go (inside escapes)."""
    unsupported = _UNSUPPORTED.search(portion)
    if unsupported:
        raise Unsupported(unsupported.group(0))
    text = portion.translate(_ESCAPE_TABLE)
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


def _break_positions(text: str, locked: set[int], first_width: int, width: int) -> list[int]:
    """Where to break `text` (indexes), filling lines greedily as gnulib does: each line ends
    at its last break opportunity that fits, or at the first one if none fits."""
    breaks = []
    line_start, limit = 0, first_width
    while len(text) - line_start > limit:
        position = line_start + limit
        while position > line_start and not _is_opportunity(text, position, locked):
            position -= 1
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
def format_field(name: str, value: str, prefix: str = "", width: int = PAGE_WIDTH) -> tuple[str, ...]:
    """The lines GNU writes for one keyword and its string, e.g. `msgid "..."`."""
    after_break = len(prefix) + 1
    line_width = width - 1 - after_break
    first_start = len(prefix) + len(name) + 1 + 1 - after_break
    portions = re.findall(r"[^\n]*\n|[^\n]+", value) or [""]
    lines: list[str] = []
    for index, portion in enumerate(portions):
        text, locked = _escape(portion)
        if portion.endswith("\n"):
            locked.add(len(text) - 2)  # no break just before the final "\n"
        first = not lines
        start = first_start if first else 0
        breaks = _break_positions(text, locked, line_width - start, line_width)
        if first and (len(portions) > 1 or breaks or start > line_width) and text:
            lines.append(f'{prefix}{name} ""')
            first = False
            breaks = _break_positions(text, locked, line_width, line_width)
        pieces = [text[a:b] for a, b in zip([0] + breaks, breaks + [len(text)])]
        for number, piece in enumerate(pieces):
            lead = f"{prefix}{name} " if first and number == 0 else prefix
            lines.append(f'{lead}"{piece}"')
    return tuple(lines)


def _references(occurrences, width: int = PAGE_WIDTH) -> list[str]:
    lines, current = [], "#:"
    for path, line in occurrences:
        reference = f"{path}:{line}" if line else path
        if len(current) > 2 and len(current) + 1 + len(reference) > width:
            lines.append(current)
            current = "#:"
        current += " " + reference
    if len(current) > 2:
        lines.append(current)
    return lines


def _entry_lines(entry: polib.POEntry, plural_count: int) -> list[str]:
    lines = []
    prefix = "#~ " if entry.obsolete else ""
    previous_prefix = "#~| " if entry.obsolete else "#| "
    lines += [f"# {line}".rstrip() if line else "#" for line in entry.tcomment.split("\n")] if entry.tcomment else []
    if not entry.obsolete:  # msgcat keeps neither extracted comments nor references on obsolete entries
        lines += [f"#. {line}".rstrip() if line else "#." for line in entry.comment.split("\n")] if entry.comment else []
        lines += _references(entry.occurrences)
    # msgcat drops the fuzzy flag of an entry without translation: there is nothing to review.
    flags = [f for f in entry.flags if f != "fuzzy" or _first_translation(entry) or entry.msgid == ""]
    if flags:
        lines.append("#, " + ", ".join(flags))
    for keyword, value in (("msgctxt", entry.previous_msgctxt), ("msgid", entry.previous_msgid),
                           ("msgid_plural", entry.previous_msgid_plural)):
        if value is not None:
            lines += format_field(keyword, value, previous_prefix)
    if entry.msgctxt is not None:
        lines += format_field("msgctxt", entry.msgctxt, prefix)
    lines += format_field("msgid", entry.msgid, prefix)
    if entry.msgid_plural:
        lines += format_field("msgid_plural", entry.msgid_plural, prefix)
        for index in range(max(plural_count, len(entry.msgstr_plural))):
            value = entry.msgstr_plural.get(index, entry.msgstr_plural.get(str(index), ""))
            lines += format_field(f"msgstr[{index}]", value, prefix)
    else:
        lines += format_field("msgstr", entry.msgstr, prefix)
    return lines


def format_catalog(catalog: polib.POFile) -> str:
    """The catalog as GNU msgcat writes it. Raises Unsupported for unmeasured characters."""
    blocks = []
    # As polib writes the header comment (msgcat keeps it): "#" for an empty line.
    header = ["#" + line if line[:1] in (",", ":") else (f"# {line}" if line else "#")
              for line in (catalog.header or "").split("\n")]
    header_entry = polib.POEntry(msgid="", msgstr=_metadata_text(catalog),
                                 flags=["fuzzy"] if catalog.metadata_is_fuzzy else [])
    blocks.append("\n".join(header + _entry_lines(header_entry, 0)))
    plural_count = nplurals(catalog.metadata.get("Plural-Forms", ""))
    live = [e for e in catalog if not e.obsolete]
    # msgcat drops obsolete entries that carry no translation (judged by the first form).
    obsolete = [e for e in catalog if e.obsolete and _first_translation(e)]
    for entry in live + obsolete:
        blocks.append("\n".join(_entry_lines(entry, plural_count)))
    return "\n\n".join(blocks) + "\n"


def _first_translation(entry: polib.POEntry) -> str:
    if entry.msgid_plural:
        return entry.msgstr_plural.get(0, entry.msgstr_plural.get("0", ""))
    return entry.msgstr


def _metadata_text(catalog: polib.POFile) -> str:
    return "".join(f"{key}: {value}\n" for key, value in catalog.ordered_metadata())


