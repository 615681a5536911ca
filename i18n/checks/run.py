"""Running `i18n check`: every registered check on every live catalog, the catalog checks
(header, msgfmt, staleness), silencing, severity, and the report.

Importing this module registers every family, in the order `i18n check --help` lists them:
markup, content (tokens, numbers, glossary, typography, length), what machine drafts get wrong
(spelling, glued words, dates, names), and safety (raw HTML, unsafe links, control and bidi
characters)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

import polib

from i18n.catalogs.retired import is_live
from i18n.catalogs.headers import plural_forms
from i18n.catalogs.pofile import read_catalog
from i18n.config import Config
from i18n.errors import FormatStringError, InputRefused, SourceError, ToolError
from i18n.catalogs.glossary import Glossary, load_glossary
from i18n.languages import base_language, nplurals
from i18n.languages.spelling import speller
from i18n.catalogs.states import State, entry_state, is_reviewed
from i18n.checks.registry import (CATALOG_CHECKS, CheckContext, ENTRY_CHECKS, ERROR, Finding,
    LANGUAGE_SPECIFIC, TYPOGRAPHY, WARNING)
# Every family registers its checks on import, in this order.
from i18n.checks import markup, content, typography, drafts as checks_drafts, safety as checks_safety  # noqa: F401


def check_names() -> list[str]:
    """Every check a translator can silence or a project can disable."""
    return [*ENTRY_CHECKS, *CATALOG_CHECKS]


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
        # A text left in the source language is judged by the source's dictionary too.
        if "untranslated" not in disabled and speller(config.source_language) is None:
            not_run[config.source_language] = ["untranslated"]
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
