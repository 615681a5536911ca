"""Safety checks: text that would be made inert, or mislead, in the published outputs.

Every msgstr and every English source is untrusted. `i18n build` makes raw HTML, unsafe link
targets and control characters inert (see render.neutralize_markdown); these checks report
them where they were written, so that a person fixes the text instead of shipping its
neutered form. Registered into checks.py's entry checks (silenced and disabled by name).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from i18n.checks.registry import ERROR, WARNING, Finding, entry_check
from i18n.config import Config
from i18n.errors import SourceError
from i18n.sources.releases import load_all
from i18n.publish.render import is_safe_url, neutralize_markdown
from i18n.sources.segments import parse_markdown, release_units

# Explicit embeddings, overrides and isolates: they reorder how a line displays.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Site strings are plain text in every format: any of this shows as typed, or worse.
_SITE_MARKUP = re.compile(r"<[A-Za-z/!?]|&(?:#\d+|#[xX][0-9a-fA-F]+|\w+);|\]\(|`|\*\*")
# A source without any of these cannot hold raw HTML or an unsafe link: it is not parsed.
_SUSPECT = re.compile(r"<|&|\]\s*\((?!\s*<?(?:https?://|mailto:))|\]:")
_DEFINITION = re.compile(r"^ {0,3}\[(?:[^\]\\]|\\.)+\]:\s*<?([^\s>]*)", re.MULTILINE)


def _is_site(path: Path) -> bool:
    return Path(path).name == "site.po"


@entry_check("unsafe-markup", "error: raw HTML, an unsafe link target (javascript:, data:...) or a control "
                              "character, which the build makes inert; in site.po, any markup")
def check_unsafe_markup(msgid, msgstr, entry, context):
    _safe, problems = neutralize_markdown(msgstr)
    findings = [context.finding(entry, "unsafe-markup", ERROR, f"{problem} when published") for problem in problems]
    if _is_site(context.path) and not findings and _SITE_MARKUP.search(msgstr):
        findings.append(context.finding(entry, "unsafe-markup", ERROR,
                                        f"site strings are plain text: {_SITE_MARKUP.search(msgstr).group()!r} "
                                        "would show as typed"))
    return findings


@entry_check("bidi", "warning: bidirectional control characters (U+202A-U+202E, U+2066-U+2069) that the "
                     "source does not have")
def check_bidi(msgid, msgstr, entry, context):
    added = sorted(set(BIDI_CONTROLS.findall(msgstr)) - set(BIDI_CONTROLS.findall(msgid)))
    if not added:
        return []
    names = ", ".join(f"U+{ord(char):04X}" for char in added)
    return [context.finding(entry, "bidi", WARNING,
                            f"bidirectional control character(s) {names}: the text may display in another "
                            "order than it reads")]


def check_sources(config: Config) -> list[Finding]:
    """The `unsafe-markup` check of the English sources, at their file and line."""
    try:
        releases, abouts = load_all(config.releases_path)
    except SourceError:
        return []  # the `stale` check reports unreadable sources
    findings = []
    documents = []
    for release in releases:
        fields = [release.body, release.title, release.subtitle, release.dateline, *(c.role for c in release.contacts)]
        if any(_SUSPECT.search(text) for text in fields):
            front, document = release_units(release)
            documents.append((release.path, front + document.units, release.body, release.body_line))
    documents += [(a.path, parse_markdown(a.body, a.body_line).units, a.body, a.body_line)
                  for a in abouts.values() if _SUSPECT.search(a.body)]
    for path, units, body, body_line in documents:
        for unit in units:
            for problem in neutralize_markdown(unit.text)[1]:
                findings.append(Finding(path, unit.line, ERROR, "unsafe-markup", f"English source: {problem}"))
        for match in _DEFINITION.finditer(body):
            target = html.unescape(match.group(1))
            if not is_safe_url(target):
                line = body_line + body.count("\n", 0, match.start())
                findings.append(Finding(path, line, ERROR, "unsafe-markup",
                                        f"English source: unsafe link target {target[:40]!r} in a link definition"))
    return findings
