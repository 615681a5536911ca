"""Localized releases: a release's units looked up in one language's catalogs.

This is where the publication rule lives: a language version is complete only when every
entry it needs (its release catalog, the About blocks it names, the site strings) is
translated and reviewed. Translations are untrusted and made inert here, once, for every
output format.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import polib

from i18n.catalogs import headers as catalogs
from i18n.config import Config
from i18n.catalogs.formats import format_mismatch
from i18n.layout import language_path, release_catalog_name
from i18n.catalogs.pofile import read_catalog
from i18n.sources.releases import About, Release
from i18n.publish.render import CONTROL_CHARACTERS, drop_unsafe_definitions, neutralize_markdown
from i18n.sources.segments import Document, Unit, parse_markdown, release_units, render_markdown
from i18n.catalogs.states import State, entry_state
from i18n.catalogs.stats import Stats

@dataclass
class UnitView:
    """One unit as a reviewer sees it: the English, the translation and where to edit it."""

    role: str
    english: str
    translation: str  # "" when untranslated
    state: State
    catalog: str  # path of the .po, relative to the project root
    line: int  # the entry's line in the .po (0 when the entry is missing)
    previous: str = ""  # the old English of a stale entry
    english_plural: str = ""  # a plural entry's English plural (msgid_plural)
    forms: tuple[tuple[str, str], ...] = ()  # a plural entry's forms: (which numbers, translation)


class CatalogSet:
    """The catalogs of one language, each parsed once per build."""

    def __init__(self, config: Config, language: str):
        self.config = config
        self.language = language
        self._entries: dict[str, dict | None] = {}

    def path(self, name: str) -> Path:
        return language_path(self.config, self.language, name)

    def entries(self, name: str) -> dict | None:
        """(msgctxt, msgid) -> entry. Shared catalogs (about, site) are kept; a release's
        catalog is read for its release only."""
        if name in self._entries:
            return self._entries[name]
        path = self.path(name)
        entries = ({(e.msgctxt, e.msgid): e for e in read_catalog(path) if not e.obsolete}
                   if path.exists() else None)
        if not name.startswith("releases/"):
            self._entries[name] = entries
        return entries


@dataclass
class SiteStrings:
    """gettext for the templates, from site.po."""

    lookup: Callable[[tuple], polib.POEntry | None]
    plural_index: Callable[[int], int]

    # The plain text of a translation, control characters removed; build.py escapes it for
    # each output format (site strings are untrusted like every translation).
    # A draft (never checked by msgfmt) whose format arguments do not fit its English would
    # make the template fail: the English stands in for it, as for a missing translation.
    def gettext(self, message: str) -> str:
        entry = self.lookup((None, message))
        if entry is None or not entry.msgstr or (
                "python-format" in entry.flags and format_mismatch(message, entry.msgstr)):
            return message
        return CONTROL_CHARACTERS.sub("", entry.msgstr)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        entry = self.lookup((None, singular))
        if entry is not None and entry.msgstr_plural:
            index = self.plural_index(n)
            text = entry.msgstr_plural.get(index) or entry.msgstr_plural.get(str(index))
            if text and not ("python-format" in entry.flags and format_mismatch(plural, text, strict=False)):
                return CONTROL_CHARACTERS.sub("", text)
        return singular if n == 1 else plural


def plural_rule(language: str) -> Callable[[int], int]:
    """The language's Plural-Forms expression as a function n -> form index."""
    from gettext import c2py

    return c2py(catalogs.plural_forms(language).split("plural=", 1)[1].rstrip(";"))


@dataclass
class LocalizedRelease:
    release: Release
    language: str
    title: str
    subtitle: str
    dateline: str
    body_markdown: str  # render_markdown(body_document) with body_texts
    contacts: list[dict]
    abouts: list[dict]
    site: SiteStrings
    units: list[UnitView] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)
    warnings: list[str] = field(default_factory=list)
    body_document: Document | None = None
    body_texts: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.stats.complete

    @property
    def drafts_only(self) -> bool:
        """Every entry has a translation, some of them not reviewed yet."""
        return not self.complete and self.stats.untranslated == 0


class Localizer:
    """Localizes releases for one language; the source language is the identity."""

    def __init__(self, config: Config, language: str, abouts: dict[str, About], site_template: polib.POFile,
                 use_drafts: bool):
        self.config = config
        self.language = language
        self.is_source = language == config.source_language
        self.abouts = abouts
        self.use_drafts = use_drafts
        self.catalogs = CatalogSet(config, language)
        self._about_documents = {a.id: parse_markdown(a.body, a.body_line) for a in abouts.values()}
        self._about_keys = self._assign_about_keys()
        self._site_keys = [(e.msgctxt, e.msgid) for e in site_template]

    def _assign_about_keys(self) -> dict[str, list[tuple]]:
        """The (msgctxt, msgid) of each About unit, as extraction assigned them in about.pot."""
        keys, seen_texts = {}, []
        for about_id, document in self._about_documents.items():
            keys[about_id] = catalogs.unit_keys(document.units, seen_texts)
            seen_texts += [unit.text for unit in document.units]
        return keys

    # ------------------------------------------------------------ lookups

    def _resolve(self, name: str, units: list[Unit], keys: list[tuple], views: list, warnings: list) -> list[str]:
        """Translations of units from catalog `name`, recording what a reviewer sees and warnings."""
        if self.is_source:  # English is untrusted too; `i18n check` reports what this changes
            return [neutralize_markdown(unit.text)[0] for unit in units]
        entries = self.catalogs.entries(name)
        texts = []
        catalog_path = self.config.relative(self.catalogs.path(name))
        for unit, key in zip(units, keys):
            entry = entries.get(key) if entries else None
            state = entry_state(entry)
            usable = state is State.REVIEWED or (self.use_drafts and state is not State.UNTRANSLATED)
            text = entry.msgstr if usable else unit.text
            if usable:
                text, problems = neutralize_markdown(text)
                for problem in problems:
                    warnings.append(f"{catalog_path}:{entry.linenum}: {problem} (rendered inert)")
            texts.append(text)
            views.append(UnitView(
                unit.role, unit.text, entry.msgstr if entry is not None else "", state, catalog_path,
                entry.linenum if entry is not None else 0, (entry.previous_msgid or "") if entry is not None else "",
                *self._plural_view(entry),
            ))
        return texts

    def _plural_view(self, entry) -> tuple[str, tuple]:
        """A plural entry's English plural and every form of its translation, each with
        the numbers that take it ("1", "0, 2, 3…"), for the review proof."""
        if entry is None or not entry.msgid_plural:
            return "", ()
        rule = plural_rule(self.language)
        forms = []
        for index in sorted(entry.msgstr_plural, key=int):
            numbers = [n for n in range(200) if rule(n) == int(index)]
            shown = ", ".join(map(str, numbers[:3])) + ("…" if len(numbers) > 3 else "")
            forms.append((shown or "—", entry.msgstr_plural[index]))
        return entry.msgid_plural, tuple(forms)

    @functools.cached_property
    def site(self) -> tuple[SiteStrings, list[UnitView], list[str]]:
        """gettext for the templates from site.po, with its units and warnings (once per build)."""
        views: list[UnitView] = []
        warnings: list[str] = []
        if self.is_source:
            return SiteStrings(lambda key: None, plural_rule(self.language)), views, warnings
        entries = self.catalogs.entries("site") or {}
        site_units = [Unit(msgid, "site string", 0) for _ctx, msgid in self._site_keys]
        self._resolve("site", site_units, self._site_keys, views, warnings)

        def lookup(key):
            entry = entries.get(key)
            state = entry_state(entry)
            return entry if state is State.REVIEWED or (self.use_drafts and state is not State.UNTRANSLATED) else None

        return SiteStrings(lookup, plural_rule(self.language)), views, warnings

    # ------------------------------------------------------------ releases

    def units(self, release: Release) -> tuple[list[Unit], Document]:
        """The release's units, as every language's localize() takes them (parsed once)."""
        return release_units(release)

    def localize(self, release: Release, parsed: tuple[list[Unit], Document] | None = None) -> LocalizedRelease:
        front, document = parsed or self.units(release)
        units = front + document.units
        keys = catalogs.unit_keys(units)
        site, site_views, site_warnings = self.site
        result = LocalizedRelease(release, self.language, "", "", "", "", [], [], site)
        texts = self._resolve(release_catalog_name(release), units, keys, result.units, result.warnings)
        front_texts, body_texts = texts[: len(front)], texts[len(front):]
        fields = {unit.role: text for unit, text in zip(front, front_texts) if unit.role != "contact role"}
        roles = iter(text for unit, text in zip(front, front_texts) if unit.role == "contact role")
        result.title = fields.get("title", "")
        result.subtitle = fields.get("subtitle", "")
        result.dateline = fields.get("dateline", "")
        result.body_markdown = drop_unsafe_definitions(render_markdown(document, lambda i: body_texts[i]))
        result.body_document, result.body_texts = document, body_texts
        result.contacts = [
            {"name": c.name, "phone": c.phone, "email": c.email, "role": next(roles) if c.role else "",
             "languages": c.languages}
            for c in release.contacts
        ]
        for about_id in release.about:
            about_document = self._about_documents[about_id]
            about_texts = self._resolve("about", about_document.units, self._about_keys[about_id],
                                        result.units, result.warnings)
            result.abouts.append({
                "name": self.abouts[about_id].name,
                "markdown": drop_unsafe_definitions(render_markdown(about_document, lambda i, t=about_texts: t[i])),
            })
        result.units += site_views
        result.warnings += site_warnings
        result.stats = _stats(result.units) if not self.is_source else Stats()
        return result


def own_and_shared_stats(localized: LocalizedRelease, config: Config) -> tuple[Stats, Stats]:
    """The release's own entries counted apart from those it shares (About, site strings)."""
    own_catalog = config.relative(language_path(config, localized.language, release_catalog_name(localized.release)))
    own = [unit for unit in localized.units if unit.catalog == own_catalog]
    return _stats(own), _stats([unit for unit in localized.units if unit.catalog != own_catalog])


def _stats(units: list[UnitView]) -> Stats:
    stats = Stats()
    for unit in units:
        stats.count(unit.state)
    return stats
