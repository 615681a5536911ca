"""Python format strings in translations (`#, python-format`), judged as `msgfmt --check` does.

A translator who renames `%(name)s` to `%(nombre)s`, drops an argument or writes a lone `%`
would make the build fail when the template fills the string in; msgfmt refuses such a
catalog, and so do we, with the same reasons.
"""

from __future__ import annotations

import functools
import re

# One directive: %%, or %[(name)][flags][width][.precision][length]type.
_DIRECTIVE = re.compile(r"%(?:(?P<percent>%)|(?:\((?P<name>[^)]*)\))?[#0\- +]*(?P<width>\*|\d+)?"
                        r"(?:\.(?P<precision>\*|\d+))?[hlL]?(?P<type>[diouxXeEfFgGcrsa]))")
# What msgfmt compares: the kind of value each directive takes.
_KINDS = {**dict.fromkeys("diouxX", "integer"), **dict.fromkeys("eEfFgG", "float"), "c": "character",
          **dict.fromkeys("rsa", "string")}


class FormatProblem(ValueError):
    """Why a string is not a valid Python format string."""


def _arguments(text: str) -> tuple[dict[str, str], list[str]]:
    """The named arguments (name -> kind) and the unnamed ones (kinds, in order) of text."""
    named: dict[str, str] = {}
    unnamed: list[str] = []
    position = 0
    while (start := text.find("%", position)) != -1:
        match = _DIRECTIVE.match(text, start)
        if match is None:
            if start + 1 >= len(text) or re.fullmatch(r"%(?:\([^)]*\)?)?[#0\- +]*[\d*]*(?:\.[\d*]*)?[hlL]?",
                                                      text[start:]):
                raise FormatProblem("The string ends in the middle of a directive.")
            raise FormatProblem(f"The character that terminates the directive at {text[start:start + 12]!r} "
                                "is not a valid conversion specifier.")
        position = match.end()
        if match.group("percent"):
            continue
        kind = _KINDS[match.group("type")]
        name = match.group("name")
        if name is not None:
            if "*" in (match.group("width") or "") + (match.group("precision") or ""):
                raise FormatProblem("The string refers to a width or precision through '*' in a named "
                                    "argument specification.")
            if named.setdefault(name, kind) != kind:
                raise FormatProblem(f"The string refers to argument '{name}' in incompatible ways.")
        else:
            for part in ("width", "precision"):
                if match.group(part) == "*":
                    unnamed.append("integer")
            unnamed.append(kind)
    if named and unnamed:
        raise FormatProblem("The string refers to arguments both through argument names and through unnamed "
                            "argument specifications.")
    return named, unnamed


@functools.lru_cache(maxsize=1024)  # the build asks for the same site strings on every page
def format_mismatch(msgid: str, msgstr: str, strict: bool = True) -> str | None:
    """Why msgstr cannot stand for msgid as a Python format string, or None when it can.

    strict: the same arguments on both sides (a singular); otherwise msgstr may leave some
    out (a plural form, e.g. "un archivo" for "%(n)d files")."""
    try:
        expected_named, expected_unnamed = _arguments(msgid)
    except FormatProblem:
        return None  # msgfmt judges a translation only against a valid msgid
    try:
        named, unnamed = _arguments(msgstr)
    except FormatProblem as problem:
        return f"'msgstr' is not a valid Python format string, unlike 'msgid'. Reason: {problem}"
    if expected_named or named:
        for name, kind in expected_named.items():
            if name not in named:
                if strict:
                    return f"a format specification for argument '{name}' doesn't exist in 'msgstr'"
            elif named[name] != kind:
                return f"format specifications in 'msgid' and 'msgstr' for argument '{name}' are not the same"
        for name in named:
            if name not in expected_named:
                return f"a format specification for argument '{name}', as in 'msgstr', doesn't exist in 'msgid'"
        return None
    if len(unnamed) != len(expected_unnamed) and (strict or len(unnamed) > len(expected_unnamed)):
        return "number of format specifications in 'msgid' and 'msgstr' does not match"
    for number, (kind, expected) in enumerate(zip(unnamed, expected_unnamed), start=1):
        if kind != expected:
            return f"format specifications in 'msgid' and 'msgstr' for argument {number} are not the same"
    return None


def entry_format_mismatch(msgid: str, msgid_plural: str, msgstr: str, plurals: dict) -> str | None:
    """format_mismatch for a whole entry: its msgstr, or each plural form against the plural msgid."""
    if not msgid_plural:
        return format_mismatch(msgid, msgstr) if msgstr else None
    for index, text in sorted(plurals.items(), key=lambda item: int(item[0])):
        problem = text and format_mismatch(msgid_plural, text, strict=False)
        if problem:
            return problem
    return None
