"""Typography: Spanish question and exclamation marks, punctuation and quotation marks, doubled
spaces and whitespace at the ends; warnings unless `--strict`."""

from __future__ import annotations

import re

from i18n.checks.registry import WARNING, entry_check, scan


@entry_check("inverted-marks", "warning (Spanish): unbalanced ¿? or ¡!")
def check_inverted_marks(msgid, msgstr, entry, context):
    prose = scan(msgstr).prose
    findings = []
    for opening, closing in (("¿", "?"), ("¡", "!")):
        open_count, missing_opening = 0, 0
        for char in prose:
            if char == opening:
                open_count += 1
            elif char == closing:
                if open_count:
                    open_count -= 1
                else:
                    missing_opening += 1
        if missing_opening:
            findings.append(context.finding(entry, "inverted-marks", WARNING,
                                            f"{missing_opening} '{closing}' without an opening '{opening}'"))
        if open_count:
            findings.append(context.finding(entry, "inverted-marks", WARNING,
                                            f"{open_count} '{opening}' without a closing '{closing}'"))
    return findings


_PUNCTUATION_INSIDE_QUOTE = re.compile(r'(?<![.…])[.,](?:[”»]|"(?=\s|$|[)\]]))')


@entry_check("quote-punctuation",
             "warning (Spanish): a comma or period inside the closing quotation mark (”, not ,”)")
def check_quote_punctuation(msgid, msgstr, entry, context):
    return [context.finding(entry, "quote-punctuation", WARNING,
                            f"{match.group(0)!r}: in Spanish the comma or period goes after the closing "
                            f"quotation mark ({match.group(0)[1:]}{match.group(0)[0]})")
            for match in _PUNCTUATION_INSIDE_QUOTE.finditer(scan(msgstr).prose)]


@entry_check("straight-quotes", "warning (Spanish): straight \" quotes instead of « » or “ ”")
def check_straight_quotes(msgid, msgstr, entry, context):
    prose = re.sub(r"<[^<>]*>", "", scan(msgstr).prose)  # attribute quotes of markup
    count = prose.count('"')
    if not count:
        return []
    return [context.finding(entry, "straight-quotes", WARNING,
                            f'{count} straight quotation mark(s) ("): use « » or “ ”')]


_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")


@entry_check("double-spaces", "warning: doubled spaces the source does not have")
def check_double_spaces(msgid, msgstr, entry, context):
    source, target = len(_DOUBLE_SPACE.findall(msgid)), _DOUBLE_SPACE.findall(msgstr)
    if len(target) <= source:
        return []
    return [context.finding(entry, "double-spaces", WARNING, f"{len(target) - source} doubled space(s)")]


@entry_check("whitespace", "warning: leading or trailing whitespace differs from the source")
def check_whitespace(msgid, msgstr, entry, context):
    findings = []
    for where, pattern in (("leading", r"^\s*"), ("trailing", r"\s*$")):
        source, target = re.search(pattern, msgid).group(0), re.search(pattern, msgstr).group(0)
        if source != target:
            findings.append(context.finding(entry, "whitespace", WARNING,
                                            f"{where} whitespace {target!r} differs from the source's {source!r}"))
    return findings
