"""Build: localized releases -> web pages, wire text and indexes through jinja2.

A language version of a release is published only when every entry it needs (release,
About and site catalogs) is translated and reviewed; `drafts=True` also publishes machine
drafts and stale entries under a visible banner. A page never mixes languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import polib
import yaml
from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from markupsafe import Markup

from . import catalogs
from .config import Config
from .extract import TEMPLATES_DIR, all_templates, language_path, release_catalog_name
from .releases import About, Release
from .render import inline_to_html, inline_to_text, markdown_to_html, markdown_to_text, wrap_text
from .segments import markdown_parser, parse_markdown, release_units, render_markdown

PUBLISHED, DRAFT, WITHHELD = "published", "draft", "withheld"


@dataclass
class Catalog:
    """Translations of one catalog for one language: reviewed and fuzzy entries by key."""

    entries: dict = field(default_factory=dict)  # (msgctxt, msgid) -> POEntry

    @classmethod
    def load(cls, path: Path) -> "Catalog | None":
        if not path.exists():
            return None
        po = catalogs.read_catalog(path)
        return cls({(e.msgctxt, e.msgid): e for e in po if not e.obsolete})


@dataclass
class Coverage:
    """How far the entries a page needs are translated, and the translations to use."""

    stats: catalogs.Stats = field(default_factory=catalogs.Stats)
    reviewed: dict = field(default_factory=dict)
    drafts: dict = field(default_factory=dict)

    def add(self, catalog: Catalog | None, keys) -> None:
        entries = []
        for key in keys:
            entry = catalog.entries.get(key) if catalog else None
            entry = entry or polib.POEntry(msgctxt=key[0], msgid=key[1], msgstr="")
            entries.append(entry)
            if catalogs.is_reviewed(entry):
                self.reviewed[key] = entry
            elif entry.msgstr or entry.msgstr_plural:
                self.drafts[key] = entry
        self.stats = self.stats.add(catalogs.entry_stats(entries))


@dataclass
class Outcome:
    """What the build did with one release in one language."""

    slug: str
    language: str
    status: str
    stats: catalogs.Stats


@dataclass
class BuildResult:
    outcomes: list[Outcome]
    written: list[Path]
    removed: list[Path]

    def withheld(self, language: str | None = None) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == WITHHELD and language in (None, o.language)]


def _tel(phone: str) -> str:
    digits = re.sub(r"[^\d+]", "", phone)
    return digits if digits.startswith("+") else ("+1" + digits if len(digits) == 10 else digits)


def language_display_name(language: str) -> str:
    """The language's own name, capitalized for a switcher ("Español")."""
    try:
        name = Locale.parse(language.replace("-", "_")).get_display_name(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        name = language
    return name[:1].upper() + name[1:] if name else language


def _environment(gettext, ngettext) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        extensions=["jinja2.ext.i18n"],
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.install_gettext_callables(gettext, ngettext, newstyle=True)
    env.filters["wrap"] = wrap_text
    return env


def _site_callables(coverage: Coverage, use_drafts: bool, nplurals_rule):
    def lookup(key):
        entry = coverage.reviewed.get(key) or (coverage.drafts.get(key) if use_drafts else None)
        return entry

    def gettext(message):
        entry = lookup((None, message))
        return entry.msgstr if entry and entry.msgstr else message

    def ngettext(singular, plural, n):
        entry = lookup((None, singular))
        if entry and entry.msgstr_plural:
            index = nplurals_rule(n)
            text = entry.msgstr_plural.get(index) or entry.msgstr_plural.get(str(index))
            if text:
                return text
        return singular if n == 1 else plural

    return gettext, ngettext


def _plural_rule(language: str):
    """The language's Plural-Forms expression as a function n -> form index."""
    from gettext import c2py

    return c2py(catalogs.plural_forms(language).split("plural=", 1)[1].rstrip(";"))


class Builder:
    def __init__(self, config: Config, drafts: bool = False):
        self.config = config
        self.drafts = drafts
        self.parser = markdown_parser()
        self.releases, self.abouts, self.templates = all_templates(config)
        self.languages = [config.source_language] + [l for l in config.languages if l != config.source_language]
        self.outputs: dict[Path, bytes] = {}

    # ------------------------------------------------------------ coverage

    def _site_keys(self):
        return [(e.msgctxt, e.msgid) for e in self.templates["site"]]

    def _about_keys(self, release: Release):
        keys = []
        about_template = self.templates["about"]
        references = {self.config.relative(self.abouts[a].path) for a in release.about}
        for entry in about_template:
            if any(reference in references for reference, _ in entry.occurrences):
                keys.append((entry.msgctxt, entry.msgid))
        return keys

    def coverage(self, release: Release, language: str, cache: dict) -> Coverage:
        def catalog(name):
            if name not in cache:
                cache[name] = Catalog.load(language_path(self.config, language, name))
            return cache[name]

        coverage = Coverage()
        release_keys = [(e.msgctxt, e.msgid) for e in self.templates[release_catalog_name(release)]]
        coverage.add(catalog(release_catalog_name(release)), release_keys)
        coverage.add(catalog("about"), self._about_keys(release))
        coverage.add(catalog("site"), self._site_keys())
        return coverage

    # ------------------------------------------------------------ rendering

    def _translator(self, coverage: Coverage | None, use_drafts: bool, units, keys):
        def translate(index: int) -> str:
            if coverage is None:
                return units[index].text
            key = keys[index]
            entry = coverage.reviewed.get(key) or (coverage.drafts.get(key) if use_drafts else None)
            return entry.msgstr if entry is not None else units[index].text

        return translate

    def localized(self, release: Release, language: str, coverage: Coverage | None, use_drafts: bool) -> dict:
        front, document = release_units(release, self.parser)
        units = front + document.units
        keys = catalogs.unit_keys(units)
        translate = self._translator(coverage, use_drafts, units, keys)
        fields = {unit.role: translate(i) for i, unit in enumerate(front) if unit.role != "contact role"}
        roles = iter(translate(i) for i, unit in enumerate(front) if unit.role == "contact role")
        offset = len(front)
        body_markdown = render_markdown(document, lambda i: translate(offset + i))
        date_text = format_date(release.date, "long", locale=language.replace("-", "_"))
        abouts = [self._localized_about(self.abouts[a], coverage, use_drafts) for a in release.about]
        contacts = [
            {"name": c.name, "phone": c.phone, "tel": _tel(c.phone), "email": c.email,
             "role": next(roles) if c.role else ""}
            for c in release.contacts
        ]
        return {
            "slug": release.slug,
            "title": fields.get("title", ""),
            "subtitle": fields.get("subtitle", ""),
            "dateline": fields.get("dateline", ""),
            "date_iso": release.date.isoformat(),
            "date_text": date_text,
            "body_markdown": body_markdown,
            "contacts": contacts,
            "abouts": abouts,
        }

    def _localized_about(self, about: About, coverage, use_drafts) -> dict:
        document = parse_markdown(about.body, about.body_line, self.parser)
        existing = []
        for other_id, other in self.abouts.items():
            if other_id == about.id:
                break
            existing += [u.text for u in parse_markdown(other.body, other.body_line, self.parser).units]
        keys = catalogs.unit_keys(document.units, existing)
        markdown = render_markdown(document, self._translator(coverage, use_drafts, document.units, keys))
        return {"name": about.name, "markdown": markdown}

    def _page_urls(self, language: str, slug: str) -> tuple[str, str]:
        base = self.config.base_url.rstrip("/")
        return f"{base}/{language}/{slug}/", f"{base}/{language}/"

    def render_release(self, release: Release, language: str, coverage, draft: bool, alternates) -> None:
        data = self.localized(release, language, coverage, draft)
        gettext, ngettext = _site_callables(coverage or Coverage(), draft, _plural_rule(language))
        env = _environment(gettext, ngettext)
        lead_html, rest_html = _split_lead(markdown_to_html(data["body_markdown"]))
        lead_text, _, rest_text = markdown_to_text(data["body_markdown"]).partition("\n\n")
        release_view = {
            **data,
            "title": Markup(inline_to_html(data["title"])),
            "subtitle": Markup(inline_to_html(data["subtitle"])) if data["subtitle"] else "",
            "title_text": inline_to_text(data["title"]),
            "subtitle_text": inline_to_text(data["subtitle"]) if data["subtitle"] else "",
            "lead_html": Markup(lead_html),
            "rest_html": Markup(rest_html),
            "lead_text": lead_text.replace("\n", " "),
            "rest_text": rest_text.rstrip("\n"),
            "abouts": [
                {"name": a["name"], "body_html": Markup(markdown_to_html(a["markdown"])),
                 "body_text": markdown_to_text(a["markdown"])}
                for a in data["abouts"]
            ],
        }
        page_url, home_url = self._page_urls(language, release.slug)
        context = {
            "lang": language, "draft": draft, "release": release_view, "alternates": alternates,
            "home_url": home_url, "page_url": page_url,
        }
        dist = self.config.dist_path / language
        self.outputs[dist / release.slug / "index.html"] = env.get_template("release.html").render(context).encode()
        self.outputs[dist / f"{release.slug}.txt"] = env.get_template("release.txt").render(context).encode()
        self.outputs[dist / f"{release.slug}.md"] = _markdown_output(data, language, draft, gettext).encode()

    def render_index(self, language: str, entries: list[dict], coverage: Coverage | None, alternates) -> None:
        gettext, ngettext = _site_callables(coverage or Coverage(), self.drafts, _plural_rule(language))
        env = _environment(gettext, ngettext)
        _page, home_url = self._page_urls(language, "")
        context = {"lang": language, "draft": False, "releases": entries, "alternates": alternates,
                   "home_url": home_url}
        self.outputs[self.config.dist_path / language / "index.html"] = (
            env.get_template("index.html").render(context).encode()
        )

    # ------------------------------------------------------------ the whole build

    def build(self) -> BuildResult:
        outcomes: list[Outcome] = []
        published: dict[str, list[tuple[str, str]]] = {}  # slug -> [(language, status)]
        coverages: dict[tuple[str, str], Coverage | None] = {}
        for language in self.languages:
            cache: dict = {}
            for release in self.releases:
                if language == self.config.source_language:
                    coverages[(release.slug, language)] = None
                    status, stats = PUBLISHED, catalogs.Stats()
                else:
                    coverage = self.coverage(release, language, cache)
                    stats = coverage.stats
                    if stats.complete:
                        status = PUBLISHED
                    elif self.drafts and stats.untranslated == 0:
                        status = DRAFT
                    else:
                        status = WITHHELD
                    coverages[(release.slug, language)] = coverage
                outcomes.append(Outcome(release.slug, language, status, stats))
                if status != WITHHELD:
                    published.setdefault(release.slug, []).append((language, status))

        by_language: dict[str, list[dict]] = {language: [] for language in self.languages}
        for release in self.releases:
            versions = published.get(release.slug, [])
            alternates = [
                {"lang": lang, "url": self._page_urls(lang, release.slug)[0], "name": language_display_name(lang)}
                for lang, _status in versions
            ]
            for language, status in versions:
                coverage = coverages[(release.slug, language)]
                self.render_release(release, language, coverage, status == DRAFT, alternates)
                data = self.localized(release, language, coverage, status == DRAFT)
                by_language[language].append({
                    "url": f"{release.slug}/", "title": Markup(inline_to_html(data["title"])),
                    "date_iso": data["date_iso"], "date_text": data["date_text"], "draft": status == DRAFT,
                })

        index_alternates = [
            {"lang": lang, "url": self._page_urls(lang, "")[1], "name": language_display_name(lang)}
            for lang in self.languages
        ]
        for language in self.languages:
            entries = sorted(by_language[language], key=lambda e: e["date_iso"], reverse=True)
            site_coverage = None
            if language != self.config.source_language:
                site_coverage = Coverage()
                site_coverage.add(Catalog.load(language_path(self.config, language, "site")), self._site_keys())
                if not (site_coverage.stats.complete or self.drafts):
                    site_coverage = Coverage()  # an untranslated site would mix languages: use English
            self.render_index(language, entries, site_coverage, index_alternates)
        written, removed = self._write_outputs()
        return BuildResult(outcomes, written, removed)

    def _write_outputs(self) -> tuple[list[Path], list[Path]]:
        written = [path for path, data in sorted(self.outputs.items()) if catalogs.write_if_changed(path, data)]
        removed = []
        dist = self.config.dist_path
        if dist.is_dir():
            for path in sorted(dist.rglob("*"), reverse=True):
                if path.is_file() and path not in self.outputs:
                    path.unlink()
                    removed.append(path)
                elif path.is_dir() and not any(path.iterdir()):
                    path.rmdir()
        return written, removed


def _split_lead(body_html: str) -> tuple[str, str]:
    """The first paragraph's inner HTML (where the dateline goes) and the rest of the body."""
    if body_html.startswith("<p>"):
        lead, _, rest = body_html[3:].partition("</p>\n")
        return lead, rest
    return "", body_html


def _markdown_output(data: dict, language: str, draft: bool, gettext) -> str:
    front = {"title": data["title"]}
    if data["subtitle"]:
        front["subtitle"] = data["subtitle"]
    front["date"] = data["date_iso"]
    front["lang"] = language
    if data["dateline"]:
        front["dateline"] = data["dateline"]
    if draft:
        front["draft"] = True
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000)
    about = "".join(f"\n## {gettext('About %(name)s') % {'name': a['name']}}\n\n{a['markdown']}"
                    for a in data["abouts"])
    return f"---\n{header}---\n{data['body_markdown']}{about}"


def build_site(config: Config, drafts: bool = False) -> BuildResult:
    return Builder(config, drafts).build()
