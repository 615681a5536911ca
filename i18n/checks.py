"""Translation QA: checks between each msgid and its reviewed msgstr, and of whole catalogs.

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
import re
import subprocess
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

import polib

from .retired import is_live
from .catalogs import plural_forms
from .pofile import read_catalog
from .config import Config
from .errors import FormatStringError, InputRefused, SourceError, ToolError
from .glossary import Glossary, load_glossary
from .languages import base_language, nplurals
from .mt.masking import PROTECTED_SPANS
from .states import State, entry_state, is_reviewed

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


def check_names() -> list[str]:
    """Every check a translator can silence or a project can disable."""
    return [*ENTRY_CHECKS, *CATALOG_CHECKS]


# ---------------------------------------------------------------- text helpers

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
    from .segments import markdown_parser

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


# ---------------------------------------------------------------- markup parity


def _link_targets(text: str) -> list[str]:
    targets = []
    for token in inline_tokens(text):
        if token.type == "link_open":
            targets.append(token.attrGet("href") or "")
        elif token.type == "image":
            targets.append(token.attrGet("src") or "")
    return targets


@entry_check("links", "error: Markdown links and images differ in number; warning: a link target changed")
def check_links(msgid, msgstr, entry, context):
    source, target = _link_targets(msgid), _link_targets(msgstr)
    if len(source) != len(target):
        return [context.finding(entry, "links", ERROR,
                                f"{len(source)} link(s) in the source, {len(target)} in the translation")]
    missing = list((Counter(source) - Counter(target)).elements())
    added = list((Counter(target) - Counter(source)).elements())
    return [context.finding(entry, "links", WARNING, f"link target changed: {old} -> {new}")
            for old, new in zip(missing, added)]


_EMPHASIS = {"em_open": "emphasis (*…*)", "strong_open": "strong emphasis (**…**)", "s_open": "strikethrough (~~…~~)"}


@entry_check("emphasis", "error: emphasis, strong emphasis or strikethrough pairs differ in number")
def check_emphasis(msgid, msgstr, entry, context):
    source = Counter(t.type for t in inline_tokens(msgid) if t.type in _EMPHASIS)
    target = Counter(t.type for t in inline_tokens(msgstr) if t.type in _EMPHASIS)
    return [context.finding(entry, "emphasis", ERROR,
                            f"{_EMPHASIS[kind]}: {source[kind]} in the source, {target[kind]} in the translation")
            for kind in _EMPHASIS if source[kind] != target[kind]]


@entry_check("code", "error: inline code is not identical")
def check_code(msgid, msgstr, entry, context):
    source = Counter(t.content for t in inline_tokens(msgid) if t.type == "code_inline")
    target = Counter(t.content for t in inline_tokens(msgstr) if t.type == "code_inline")
    findings = [context.finding(entry, "code", ERROR, f"inline code `{code}` is missing or changed")
                for code in (source - target)]
    findings += [context.finding(entry, "code", ERROR, f"inline code `{code}` is not in the source")
                 for code in (target - source)]
    return findings


@entry_check("line-breaks", "error: hard line breaks (backslash at the end of a line) differ in number")
def check_line_breaks(msgid, msgstr, entry, context):
    source = sum(t.type == "hardbreak" for t in inline_tokens(msgid))
    target = sum(t.type == "hardbreak" for t in inline_tokens(msgstr))
    if source == target:
        return []
    return [context.finding(entry, "line-breaks", ERROR,
                            f"{source} hard line break(s) in the source, {target} in the translation")]


# ---------------------------------------------------------------- silencing

_SILENCE_COMMENT = re.compile(r"^\s*i18n:\s*no-check\b(.*)$")
_SILENCE_FLAG = "no-check-"


def silenced(entry: polib.POEntry) -> tuple[set[str], list[str]]:
    """Checks silenced on this entry (`# i18n: no-check NAME...` or `#, no-check-NAME`),
    and the names that are not checks."""
    names = []
    for line in (entry.tcomment or "").splitlines():
        match = _SILENCE_COMMENT.match(line)
        if match:
            names += [n for n in re.split(r"[\s,]+", match.group(1).strip()) if n] or [""]
    names += [flag[len(_SILENCE_FLAG):] for flag in entry.flags if flag.startswith(_SILENCE_FLAG)]
    known = set(ENTRY_CHECKS)
    return {n for n in names if n in known}, [n for n in names if n not in known]


# ---------------------------------------------------------------- catalogs


def _pairs(entry: polib.POEntry, nplurals: int) -> Iterable[tuple[str, str]]:
    if not entry.msgid_plural:
        yield entry.msgid, entry.msgstr
        return
    for index, msgstr in sorted(entry.msgstr_plural.items()):
        if msgstr:
            yield (entry.msgid if index == 0 and nplurals > 1 else entry.msgid_plural), msgstr


def _is_checked(entry: polib.POEntry, drafts: bool) -> bool:
    if entry.obsolete or not entry.msgid:
        return False
    # What a translator marked done (a plural with a form left empty too: the untranslated
    # check names that form), and with drafts every translated entry.
    return is_reviewed(entry) or (drafts and entry_state(entry) is not State.UNTRANSLATED)


def check_entries(catalog: polib.POFile, context: CheckContext, *, drafts: bool = False,
                  disabled: frozenset[str] = frozenset()) -> list[Finding]:
    """Every entry check on every reviewed (with drafts: every translated) entry."""
    findings = []
    plural_count = nplurals(plural_forms(context.language))
    applicable = [name for name in ENTRY_CHECKS if name not in disabled
                  and (name not in LANGUAGE_SPECIFIC or name in TYPOGRAPHY.get(base_language(context.language), ()))]
    for entry in catalog:
        if not _is_checked(entry, drafts):
            continue
        skip, unknown = silenced(entry)
        for name in unknown:
            problem = f"{name!r} is not a check" if name else "'i18n: no-check' names no check"
            findings.append(context.finding(entry, "no-check", WARNING,
                                            f"{problem} (checks: {', '.join(ENTRY_CHECKS)})"))
        seen = set()
        for msgid, msgstr in _pairs(entry, plural_count):
            for name in applicable:
                if name in skip:
                    continue
                for finding in ENTRY_CHECKS[name](msgid, msgstr, entry, context):
                    if finding not in seen:
                        seen.add(finding)
                        findings.append(finding)
    return findings




def _header_line(lines: list[str], name: str) -> int:
    for number, line in enumerate(lines, start=1):
        if line.startswith(f'"{name}:'):
            return number
    return next((n for n, line in enumerate(lines, start=1) if line.startswith('msgid ""')), 1)


def check_header(catalog: polib.POFile, path: Path, language: str) -> list[Finding]:
    # The lines as the parser numbers them: in the catalog's own charset, split on "\n" only.
    lines = Path(path).read_bytes().decode(catalog.encoding or "utf-8", "replace").split("\n")
    findings = []
    actual = catalog.metadata.get("Language", "")
    if actual != language:
        findings.append(Finding(path, _header_line(lines, "Language"), ERROR, "header",
                                f"Language is {actual!r}, expected {language!r}"))
    expected = plural_forms(language)
    actual = catalog.metadata.get("Plural-Forms", "")

    def normal(value):
        return re.sub(r"\s+", "", value).rstrip(";")

    if normal(actual) != normal(expected):
        findings.append(Finding(path, _header_line(lines, "Plural-Forms"), ERROR, "header",
                                f"Plural-Forms is {actual!r}, expected {expected!r}"))
    return findings


_MSGFMT_LOCATION = re.compile(r"^(?P<line>\d+)(?::\d+)?: (?P<message>.*)$")


def check_msgfmt(path: Path) -> list[Finding]:
    """`msgfmt --check`: its errors are errors, its warnings warnings, at its line numbers."""
    try:
        result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)],
                                capture_output=True, check=False)
    except FileNotFoundError:
        raise ToolError("msgfmt not found: install GNU gettext (apt-get install gettext)") from None
    findings: list[Finding] = []
    prefix = f"msgfmt: {path}: "
    for raw in result.stderr.decode("utf-8", "replace").splitlines():
        if raw[:1].isspace() and findings:  # a continuation of the previous message
            last = findings.pop()
            findings.append(Finding(last.path, last.line, last.severity, last.check,
                                    f"{last.message}; {raw.strip()}"))
            continue
        match = _MSGFMT_LOCATION.match(raw[len(str(path)) + 1:]) if raw.startswith(f"{path}:") else None
        if match:
            line, message = int(match.group("line")), match.group("message")
        elif raw.startswith(prefix):
            line, message = 1, raw[len(prefix):]
        else:
            continue  # "msgfmt: found 2 fatal errors"
        severity = WARNING if message.startswith("warning: ") else ERROR
        findings.append(Finding(path, line, severity, "msgfmt", message.removeprefix("warning: ")))
    if result.returncode != 0 and not any(f.severity == ERROR for f in findings):
        findings.append(Finding(path, 1, ERROR, "msgfmt", "msgfmt --check failed"))
    return findings


def check_catalog(path: Path, language: str, glossary: Glossary | None = None, *, drafts: bool = False,
                  disabled: frozenset[str] = frozenset(), source_language: str = "en") -> list[Finding]:
    """Every check of one catalog except `stale` (which needs the sources)."""
    findings: list[Finding] = []
    error = None
    try:
        catalog = read_catalog(path)
    except SourceError as refusal:
        catalog, error = None, refusal
        check = "python-format" if isinstance(error, FormatStringError) else "parse"
        findings.append(Finding(Path(path), error.line, ERROR, check, error.message))
    if "msgfmt" not in disabled and not isinstance(error, InputRefused):
        findings += check_msgfmt(Path(path))  # not on a file refused unread (/dev/zero never ends)
    if catalog is None:
        return findings
    if "header" not in disabled:
        findings += check_header(catalog, Path(path), language)
    context = CheckContext(Path(path), language, glossary or Glossary(), source_language)
    findings += check_entries(catalog, context, drafts=drafts, disabled=disabled)
    return findings


def check_stale(config: Config, languages: Iterable[str], unreadable: set[Path],
                planned_updates: Callable[[Config], list]) -> list[Finding]:
    """Catalogs that `i18n extract` would change (or create): planned_updates(config) is the
    extract stage's plan (passed in by the CLI, so that checking never imports extracting)."""
    wanted = {(config.locales_path / language).resolve() for language in languages}
    try:
        updates = planned_updates(config)
    except SourceError as error:
        if Path(error.path).resolve() in unreadable:
            return []  # already reported as a parse error
        return [Finding(Path(error.path), error.line, ERROR, "stale",
                        f"cannot compare the catalogs with the sources: {error.message}")]
    findings = []
    for update in updates:
        path = Path(update.path)
        if path.suffix != ".po" or not any(parent in wanted for parent in path.resolve().parents):
            continue
        if not update.exists:
            findings.append(Finding(path, 1, ERROR, "stale", "catalog missing (run: i18n extract)"))
        elif not update.is_current:
            findings.append(Finding(path, 1, ERROR, "stale", "out of date with its template (run: i18n extract)"))
    return findings


@dataclass
class CheckReport:
    catalogs: list[Path]
    findings: list[Finding]
    # language -> the checks that did not run for want of Hunspell or its dictionary
    not_run: dict[str, list[str]] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        return sum(f.severity == ERROR for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity == WARNING for f in self.findings)


def promote(findings: list[Finding], checks: Iterable[str], *, strict: bool = False) -> list[Finding]:
    """The findings with the warnings of the named checks (with strict: of every check) as errors."""
    checks = set(checks)
    return [replace(f, severity=ERROR) if f.severity == WARNING and (strict or f.check in checks) else f
            for f in findings]


def run_checks(config: Config, languages: Iterable[str], *, drafts: bool = False, strict: bool = False,
               planned_updates: Callable[[Config], list] | None = None) -> CheckReport:
    """Check every catalog of the languages: entries, headers, msgfmt, and staleness when
    given planned_updates (the catalogs `i18n extract` would write, see check_stale).
    strict, or a check named in checks_as_errors, makes warnings errors."""
    languages = list(languages)
    disabled = frozenset(config.checks_disabled)  # names checked when the settings were loaded
    catalogs: list[Path] = []
    findings: list[Finding] = []
    not_run = {}
    for language in languages:
        if missing := checks_drafts.checks_without_dictionary(language, disabled):
            not_run[language] = missing
        glossary = load_glossary(config.locales_path / "glossary.csv", language)
        directory = config.locales_path / language / "LC_MESSAGES"
        paths = sorted(p for p in directory.rglob("*.po") if is_live(config, p)) if directory.is_dir() else []
        for path in paths:
            catalogs.append(path)
            findings += check_catalog(path, language, glossary, drafts=drafts, disabled=disabled,
                                      source_language=config.source_language)
    if "unsafe-markup" not in disabled:
        findings += checks_safety.check_sources(config)
    if "stale" not in disabled and planned_updates is not None:
        # A catalog refused on read (a python-format error may be one) is not judged stale too.
        unreadable = {f.path.resolve() for f in findings if f.check in ("parse", "python-format")}
        findings += check_stale(config, languages, unreadable, planned_updates)
    findings = promote(findings, config.checks_as_errors, strict=strict)
    order = {path: index for index, path in enumerate(catalogs)}
    findings.sort(key=lambda f: (order.get(f.path, len(order)), str(f.path), f.line))
    return CheckReport(catalogs, findings, not_run)


# Checks of their own modules register themselves on import, in this order: content (tokens,
# numbers, glossary, typography, length), safety (raw HTML, unsafe links,
# control and bidi characters) and what machine drafts get wrong (spelling, glued words, dates, names).
from . import checks_content, checks_drafts, checks_safety  # noqa: E402,F401
