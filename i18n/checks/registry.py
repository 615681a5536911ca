"""The check registry: findings, severities, `entry_check` (how a family registers a check
under the name translators silence), and the text helpers the families share.

Translation QA: checks between each msgid and its reviewed msgstr, and of whole catalogs.

Every entry check is a small function `(msgid, msgstr, entry, context) -> list[Finding]`,
registered under the name translators use to silence it. Checks run on reviewed entries
(translated, not fuzzy); `drafts=True` also checks fuzzy ones. Typography rules are
per language (`TYPOGRAPHY`): Spanish is the first one, not the only one.

Silencing one check on one entry takes a translator comment, which GNU msgcat (and so
`i18n extract`) keeps:

    # i18n: no-check numbers, glossary

The flag form `#, no-check-numbers` is accepted too, but msgcat drops unknown flags, so it
does not survive the next `i18n extract`. `checks_disabled = [...]` in [tool.i18n] turns a
check off for the whole project.

Severity means something: an error is what must not be published (a figure, link, e-mail,
phone or protected name lost, broken markup, untranslated or cut text, unsafe content, a
catalog GNU rejects); a matter of style or of a dictionary (spelling, case, typography) is
a warning. `check --strict` turns every warning into an error, `checks_as_errors = [...]`
in [tool.i18n] the warnings of the checks it names.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import polib

from i18n.catalogs.glossary import Glossary
from i18n.mt.masking import PROTECTED_SPANS


ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    severity: str  # ERROR or WARNING
    check: str
    message: str


@dataclass(frozen=True)
class CheckContext:
    """What an entry check needs besides the strings: where, which language, the glossary."""

    path: Path
    language: str
    glossary: Glossary = field(default_factory=Glossary)
    source_language: str = "en"

    def finding(self, entry: polib.POEntry, check: str, severity: str, message: str) -> Finding:
        return Finding(self.path, entry.linenum, severity, check, message)


EntryCheck = Callable[[str, str, polib.POEntry, CheckContext], list[Finding]]

# name -> function, in the order they run; name -> one-line description (for docs and --help).
ENTRY_CHECKS: dict[str, EntryCheck] = {}
DESCRIPTIONS: dict[str, str] = {}
# Typography rules that apply to one language only (the others apply to every language).
TYPOGRAPHY: dict[str, set[str]] = {"es": {"inverted-marks", "quote-punctuation", "straight-quotes"}}
LANGUAGE_SPECIFIC = set().union(*TYPOGRAPHY.values())


def entry_check(name: str, description: str):
    def register(function: EntryCheck) -> EntryCheck:
        ENTRY_CHECKS[name] = function
        DESCRIPTIONS[name] = description
        return function

    return register


CATALOG_CHECKS = {
    "header": "error: the header's Language and Plural-Forms are right for the catalog's language",
    "msgfmt": "error: `msgfmt --check` passes (its warnings are warnings)",
    "stale": "error: the catalog is up to date with its template (`i18n extract --check`)",
}
DESCRIPTIONS.update(CATALOG_CHECKS)


_PLACEHOLDER = "\x00"  # stands for a literal span (URL, code, link target) in prose


@dataclass
class Scan:
    """A text's protected spans, and its prose with those spans replaced by a placeholder."""

    urls: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    prose: str = ""


@functools.lru_cache(maxsize=4096)
def scan(text: str) -> Scan:
    """Protected spans as machine translation masks them (i18n.mt.masking), recursing into
    link text and emphasis; link targets, inline code and placeholders are not prose."""
    result = Scan()
    result.prose = _scan_into(text, result)
    return result


def _scan_into(text: str, result: Scan) -> str:
    pieces, position = [], 0
    for match in PROTECTED_SPANS.finditer(text):
        pieces.append(text[position:match.start()])
        position = match.end()
        if match.group("link"):
            pieces.append("[" + _scan_into(match.group("link_text"), result) + "]" + _PLACEHOLDER)
        elif match.group("strong"):
            mark = match.group("strong_mark")
            pieces.append(mark + _scan_into(match.group("strong_text"), result) + mark)
        elif match.group("em"):
            mark = match.group("em_mark")
            pieces.append(mark + _scan_into(match.group("em_text"), result) + mark)
        elif match.group("autolink"):
            target = match.group("autolink")[1:-1]
            (result.emails if "@" in target and not target.startswith("http") else result.urls).append(
                target.removeprefix("mailto:"))
            pieces.append(_PLACEHOLDER)
        elif match.group("url"):
            result.urls.append(match.group("url"))
            pieces.append(_PLACEHOLDER)
        elif match.group("email"):
            result.emails.append(match.group("email"))
            pieces.append(_PLACEHOLDER)
        elif match.group("phone"):
            result.phones.append(match.group("phone"))
            pieces.append(_PLACEHOLDER)
        elif match.group("hardbreak") or match.group("dropped"):
            pieces.append(match.group(0))
        else:  # code, image, format placeholder
            pieces.append(_PLACEHOLDER)
    pieces.append(text[position:])
    return "".join(pieces)


@functools.lru_cache(maxsize=1)
def _markdown():
    from i18n.sources.segments import markdown_parser

    return markdown_parser()


@functools.lru_cache(maxsize=4096)
def inline_tokens(text: str) -> tuple:
    """The inline Markdown tokens of a unit, as the build renders it (markdown-it-py)."""
    tokens = []
    for block in _markdown().parseInline(text):
        tokens.extend(block.children or ())
    return tuple(tokens)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparing words."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
