"""Build: localized releases -> web pages, wire text, Markdown, indexes, feeds, review proofs.

A language version of a release is published only when every entry it needs is translated
and reviewed (see localize.py); `drafts=True` also publishes unreviewed drafts under a
visible banner, and an embargoed release waits for its time unless `include_embargoed`: nothing
of it (page, proof, releases.json entry, name in the outputs list) reaches dist/ before.
Outputs are deterministic, and a file is only rewritten when its bytes change.
"""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2
from babel import Locale
from babel.dates import format_date
from markupsafe import Markup

from i18n.languages import is_rtl
from i18n.runtime.cache import Cache
from i18n.config import Config
from i18n.publish.contacts import contact_views, wire_lines
from i18n.publish.email_output import NoSender, release_message
from i18n.errors import SourceError, ToolError
from i18n.layout import OUTPUTS_LIST
from i18n.catalogs.site_strings import site_template
from i18n.publish.localize import LocalizedRelease, Localizer, own_and_shared_stats
from i18n.runtime.filesafe import (publish_folder, refuse_links, remove_folder, staging_folder,
    write_if_changed, write_new)
from i18n.sources.releases import Release, load_all
from i18n.publish.render import (document_to_html_and_text, escape_markdown_text,
    inline_to_html_and_text, inline_to_text, markdown_to_html_and_text, wrap_text)
from i18n.catalogs.stats import Stats
from i18n.publish.templating import (TEMPLATES, install_site_strings, json_for_script,
    language_display_name, og_locale, other_versions, template_error, template_loader)
from i18n.publish.build_cache import inputs_digest, next_lift, outputs_state, recorded_outputs
from i18n.publish.build_workers import build_in_workers, build_workers


# The status of a release in one language (releases.json "status"); an entry's state is
# another vocabulary, states.State ("machine draft", "reviewed", ...).
PUBLISHED, DRAFT, WITHHELD, EMBARGOED = "published", "draft", "withheld", "embargoed"
HELD = "held"  # a release marked `draft: true`: no language published (with --drafts, under the banner)
NO_BASE_URL = ("pyproject.toml: [tool.i18n] base_url is not set: no Atom feed, canonical link or og:url "
               "was written (set base_url to the https:// address the site is published at)")
FEED_SIZE = 50  # newest releases an Atom feed carries in full
# What the index and the feed need of a release besides its body.
INDEX_FIELDS = ("slug", "url", "title", "title_text", "subtitle_text", "date_iso", "date_text", "published")
_OWN_FOLDERS = "the build writes only into folders of its own; remove it (nothing was written)"


@dataclass
class Outcome:
    """What the build did with one release in one language."""

    slug: str
    language: str
    status: str
    stats: Stats
    paths: dict = field(default_factory=dict)


@dataclass
class BuiltRelease:
    """What building one release gave the indexes, the feeds and releases.json."""

    outcomes: list[Outcome]
    listed: list[tuple[str, dict, str]]  # (language, index entry, body HTML) where published
    warnings: list[str]
    manifest_entry: str | None = ""  # its entry in releases.json, made where it was built (None: embargoed)


@dataclass
class BuildResult:
    outcomes: list[Outcome]
    written: list[str]  # the files written (paths as strings: a large build writes thousands)
    removed: list[Path]
    warnings: list[str]

    def withheld(self, language: str | None = None) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == WITHHELD and language in (None, o.language)]


class Builder:
    def __init__(self, config: Config, drafts: bool = False, include_embargoed: bool = False,
                 now: dt.datetime | None = None):
        self.config = config
        self.drafts = drafts
        self.include_embargoed = include_embargoed
        self.now = now or dt.datetime.now(dt.timezone.utc)
        self.releases, self.abouts = load_all(config.releases_path)
        self.site_template = site_template(config)
        self.languages = [config.source_language] + [l for l in config.languages if l != config.source_language]
        self.base_url = config.base_url.rstrip("/")
        self.dist = config.dist_path
        # No earlier output: every file is new, written in a staging folder renamed to dist/
        # at the end (build()), where readers see the whole site at once.
        self.staging: str | None = None
        # Paths as strings, each str(self.dist / relative): thousands go from workers to here.
        self.outputs: set[str] = set()
        self.written: list[str] = []
        self.output_states: dict[str, list] = {}  # [size, mtime_ns] by path, as the workers saw them
        self.warnings: list[str] = []
        self._environments: dict[str, jinja2.Environment] = {}
        self.localizers: dict[str, Localizer] = {}
        if config.pdf:  # WeasyPrint loaded once, before the workers fork
            try:
                from i18n.publish import pdf_output  # noqa: F401 (imported for its side: WeasyPrint loaded)
            except (ImportError, OSError) as error:  # OSError: Pango missing
                raise ToolError(f"pdf = true needs WeasyPrint and Pango (Debian: apt-get install "
                                f"libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core): {error}") from None

    # ------------------------------------------------------------ helpers

    def url(self, language: str, slug: str = "") -> str:
        return f"{self.base_url}/{language}/{slug + '/' if slug else ''}"

    def environment(self, localizer: Localizer) -> jinja2.Environment:
        if localizer.language not in self._environments:
            site = localizer.site[0]
            env = jinja2.Environment(
                loader=template_loader(self.config),
                autoescape=jinja2.select_autoescape(["html", "xml"]),
                extensions=["jinja2.ext.i18n"],
                keep_trailing_newline=True,
                undefined=jinja2.StrictUndefined,
                auto_reload=False,  # templates do not change during a build: no stat per page
            )
            install_site_strings(env, site.gettext, site.ngettext)
            env.globals["absolute_urls"] = bool(self.base_url)  # canonical, og:url, feed links
            env.globals["is_rtl"] = is_rtl  # dir="rtl" on pages and proofs
            env.filters["wrap"] = wrap_text
            env.filters["wire_contact"] = wire_lines
            env.filters["md"] = escape_markdown_text
            # A YAML double-quoted scalar: JSON string syntax, non-ASCII kept readable.
            env.filters["yaml_string"] = lambda value: json.dumps(str(value), ensure_ascii=False)
            self._environments[localizer.language] = env
        return self._environments[localizer.language]

    def published_time(self, release: Release) -> dt.datetime:
        if release.embargo is not None:
            return release.embargo
        return dt.datetime.combine(release.date, dt.time(), ZoneInfo(self.config.timezone))

    def is_embargoed(self, release: Release) -> bool:
        return release.embargo is not None and release.embargo > self.now and not self.include_embargoed

    def status(self, localized: LocalizedRelease) -> str:
        if self.is_embargoed(localized.release):
            return EMBARGOED
        if localized.release.draft and not self.drafts:
            return HELD
        if localized.complete or localized.language == self.config.source_language:
            return DRAFT if localized.release.draft else PUBLISHED
        if self.drafts and localized.drafts_only:
            return DRAFT
        return WITHHELD

    def put(self, relative: str, text: str | bytes) -> str:
        # Written at once (only if the bytes changed): a large archive's outputs never sit in memory.
        path = f"{self.dist}/{relative}"
        self.outputs.add(path)
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        if self.staging is not None:
            stat = write_new(f"{self.staging}/{relative}", data)
            self.output_states[path] = [stat.st_size, stat.st_mtime_ns]
            self.written.append(path)
        elif write_if_changed(path, data):
            self.written.append(path)
        return relative

    # ------------------------------------------------------------ the whole build

    def build(self) -> BuildResult:
        """Every release in every language, a release at a time and on every core (a large
        archive never sits in memory), then the indexes, feeds and releases.json; a first
        build (no dist/ yet) in a staging folder, renamed to dist/ once complete. Never
        through a symbolic link (dist/en -> ../releases would write over the sources)."""
        folders = [self.dist / "review", *(self.dist / language for language in self.languages),
                   *(self.dist / language / release.slug for language in self.languages for release in self.releases)]
        refuse_links(self.config.root, [self.dist], _OWN_FOLDERS)
        for folder in folders:  # what the build writes into
            if os.path.islink(folder):
                refuse_links(self.dist, [folder], _OWN_FOLDERS)
        if self.dist.exists():
            return self._build()
        self.staging = str(staging_folder(self.dist))
        try:
            result = self._build()
            publish_folder(Path(self.staging), self.dist)
        except BaseException:
            remove_folder(Path(self.staging))
            raise
        return result

    def _build(self) -> BuildResult:
        self.localizers = {lang: Localizer(self.config, lang, self.abouts, self.site_template, self.drafts)
                           for lang in self.languages}
        for localizer in self.localizers.values():  # site.po read once, for every worker
            _ = localizer.site
        # The source language's templates compiled once, for every worker (every release has
        # its pages); another language's where it has one to publish.
        for name in TEMPLATES:
            self.environment(self.localizers[self.config.source_language]).get_template(name)
        outcomes: list[Outcome] = []
        manifest_entries: list[str] = []
        listed: dict[str, list[dict]] = {language: [] for language in self.languages}
        # The feed carries the newest FEED_SIZE published releases in full: only their bodies are kept.
        newest: dict[str, list[tuple]] = {language: [] for language in self.languages}
        for built in self._build_releases():
            outcomes += built.outcomes
            if built.manifest_entry is not None:
                manifest_entries.append(built.manifest_entry)
            self.warnings += built.warnings
            for language, entry, body_html in built.listed:
                listed[language].append(entry)
                if not entry["draft"]:
                    push = heapq.heappush if len(newest[language]) < FEED_SIZE else heapq.heappushpop
                    push(newest[language], (entry["date_iso"], entry["slug"], body_html))

        index_languages = [lang for lang in self.languages if listed[lang] or lang == self.config.source_language]
        index_alternates = [{"lang": lang, "url": self.url(lang), "name": language_display_name(lang),
                             "og_locale": og_locale(lang)} for lang in index_languages]
        for language in index_languages:
            entries = sorted(listed[language], key=lambda e: (e["date_iso"], e["slug"]), reverse=True)
            bodies = {slug: body_html for _date, slug, body_html in newest[language]}
            feed = [{**entry, "body_html": bodies[entry["slug"]]} for entry in entries if entry["slug"] in bodies]
            self.render_index(self.localizers[language], entries, feed, index_alternates)
        self.render_manifest(manifest_entries)
        written, removed = self._remove_stale_outputs()
        if not self.base_url:
            self.warnings.append(NO_BASE_URL)
        return BuildResult(outcomes, written, removed, self.warnings)

    def _build_releases(self):
        """build_release of every release, in order: here, or in forked worker processes
        that write their files themselves and report what they wrote."""
        workers = min(build_workers(), len(self.releases))
        if workers <= 1:
            yield from map(self.build_release, self.releases)
            return
        yield from build_in_workers(self, workers)

    def build_release(self, release: Release) -> BuiltRelease:
        """One release in every language: its pages where published, its review proofs."""
        parsed = self.localizers[self.config.source_language].units(release)  # the same units in every language
        built = BuiltRelease([], [], [])
        versions = []
        for language in self.languages:
            localized = self.localizers[language].localize(release, parsed)
            status = self.status(localized)
            outcome = Outcome(release.slug, language, status, localized.stats)
            built.outcomes.append(outcome)
            versions.append((language, localized, status, outcome))
            if status in (PUBLISHED, DRAFT):
                built.warnings += localized.warnings
        published = [v for v in versions if v[2] in (PUBLISHED, DRAFT)]
        alternates = [{"lang": lang, "url": self.url(lang, release.slug), "name": language_display_name(lang),
                       "og_locale": og_locale(lang)} for lang, *_rest in published]
        for language, localized, status, outcome in published:
            view = self.release_view(localized)
            outcome.paths = self.render_release(self.localizers[language], view, status == DRAFT, alternates,
                                               built.warnings)
            built.listed.append((language, {key: view[key] for key in INDEX_FIELDS}
                                 | {"draft": status == DRAFT, "alternates": alternates}, view["body_html"]))
        if self.is_embargoed(release):
            # dist/ is published: not even a proof or the slug (made of the headline) there.
            built.manifest_entry = None
            return built
        for language, localized, _status, outcome in versions[1:]:
            outcome.paths["review"] = self.render_review(self.localizers[self.config.source_language], localized)
        built.manifest_entry = self.manifest_entry(release, built.outcomes)
        return built

    # ------------------------------------------------------------ views and outputs

    def release_view(self, localized: LocalizedRelease) -> dict:
        release, language = localized.release, localized.language
        body_html, body_text = document_to_html_and_text(localized.body_document, localized.body_texts,
                                                         localized.body_markdown)
        lead_html, rest_html = _split_lead(body_html)
        lead_text, _, rest_text = body_text.partition("\n\n")
        title_html, title_text = inline_to_html_and_text(localized.title)
        subtitle_html, subtitle_text = inline_to_html_and_text(localized.subtitle) if localized.subtitle else ("", "")
        return {
            "slug": release.slug,
            "url": self.url(language, release.slug),
            "title": Markup(title_html),
            "title_text": title_text,
            "subtitle": Markup(subtitle_html) if localized.subtitle else "",
            "subtitle_text": subtitle_text,
            "dateline": inline_to_text(localized.dateline),
            "date_iso": release.date.isoformat(),
            "date_text": format_date(release.date, "long", locale=_babel_locale(language)),
            "published": self.published_time(release).isoformat(),
            **contact_views(localized.contacts, language, self.config.source_language, self.config.country),
            "lead_html": Markup(lead_html),
            "rest_html": Markup(rest_html),
            "body_html": Markup(body_html),
            "lead_text": lead_text.replace("\n", " "),
            "rest_text": rest_text.rstrip("\n"),
            "abouts": [{"name": a["name"], "markdown": a["markdown"], **_about_view(a["markdown"])}
                       for a in localized.abouts],
            "localized": localized,
        }

    def json_ld(self, view: dict, language: str, alternates: list[dict]) -> Markup:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "@id": view["url"],
            "url": view["url"],
            "headline": view["title_text"],
            "datePublished": view["published"],
            "inLanguage": language,
            "publisher": {"@type": "Organization", "name": self.config.publisher},
        }
        if view["subtitle_text"]:
            data["alternativeHeadline"] = view["subtitle_text"]
        source = self.config.source_language
        if language == source:
            translations = [a for a in alternates if a["lang"] != source]
            if translations:
                data["workTranslation"] = [{"@type": "NewsArticle", "@id": a["url"], "inLanguage": a["lang"]}
                                           for a in translations]
        else:
            data["translationOfWork"] = {"@type": "NewsArticle", "@id": self.url(source, view["slug"]),
                                         "inLanguage": source}
        return json_for_script(data)

    def render_release(self, localizer: Localizer, view: dict, draft: bool, alternates: list[dict],
                       warnings: list[str]) -> dict:
        language, slug = localizer.language, view["slug"]
        env = self.environment(localizer)
        context = {
            "lang": language, "draft": draft, "release": view, "alternates": alternates,
            "page_url": view["url"], "home_url": self.url(language), "og_locale": og_locale(language),
            "json_ld": self.json_ld(view, language, alternates), "publisher": self.config.publisher,
            "other_versions": other_versions(language, self.config.source_language, alternates),
        }
        wire_text = env.get_template("release.txt").render(context)
        page = env.get_template("release.html").render(context)
        paths = {
            "html": self.put(f"{language}/{slug}/index.html", page),
            "text": self.put(f"{language}/{slug}.txt", wire_text),
            "markdown": self.put(f"{language}/{slug}.md", env.get_template("release.md").render(context)),
        }
        if self.config.pdf:
            from i18n.publish.pdf_output import release_pdf

            paths["pdf"] = self.put(f"{language}/{slug}.pdf", release_pdf(page, self.config.pdf_page_size))
        release = view["localized"].release
        if release.embargo is None or release.embargo <= self.now:  # never an e-mail ready to send early
            try:
                paths["email"] = self.put(f"{language}/{slug}.eml", release_message(
                    self.config, view, language, self.published_time(release), wire_text,
                    env.get_template("email.html").render(context),
                    draft_notice=localizer.site[0].gettext("Machine translation — not reviewed.") if draft else ""))
            except NoSender as error:
                warnings.append(f"{self.config.relative(release.path)}: {language}: no e-mail written, {error}")
        return paths

    def render_review(self, source: Localizer, localized: LocalizedRelease) -> str:
        """The side-by-side proof an editor signs off; its chrome is in the source language."""
        env = self.environment(source)
        english = self.config.source_language
        own, shared = own_and_shared_stats(localized, self.config)
        context = {"lang": english, "target": localized.language, "slug": localized.release.slug,
                   "title": localized.release.title, "units": localized.units, "stats": localized.stats,
                   "own": own, "shared": shared,
                   "target_name": language_display_name(localized.language)}
        html = env.get_template("review.html").render(context)
        return self.put(f"review/{localized.release.slug}.{localized.language}.html", html)

    def render_index(self, localizer: Localizer, entries: list[dict], feed: list[dict],
                     alternates: list[dict]) -> None:
        language = localizer.language
        env = self.environment(localizer)
        updated = max((e["published"] for e in feed), default="1970-01-01T00:00:00+00:00")
        context = {"lang": language, "draft": False, "releases": entries, "feed": feed, "alternates": alternates,
                   "home_url": self.url(language), "page_url": self.url(language), "og_locale": og_locale(language),
                   "feed_url": self.url(language) + "feed.xml", "updated": updated,
                   "publisher": self.config.publisher}
        self.put(f"{language}/index.html", env.get_template("index.html").render(context))
        if self.base_url:  # Atom ids must be absolute URLs: no feed without base_url
            self.put(f"{language}/feed.xml", env.get_template("feed.xml").render(context))

    def manifest_entry(self, release: Release, outcomes: list[Outcome]) -> str:
        """A release's entry in releases.json, indented as json.dumps(indent=2) places it there."""
        entry = {
            "slug": release.slug,
            "date": release.date.isoformat(),
            "source": self.config.relative(release.path),
            "embargo": release.embargo.isoformat() if release.embargo else None,
            "languages": {
                o.language: {"status": o.status, "paths": o.paths,
                             "counts": o.stats.counts()}
                for o in outcomes
            },
        }
        return "    " + json.dumps(entry, ensure_ascii=False, indent=2).replace("\n", "\n    ")

    def render_manifest(self, entries: list[str]) -> None:
        """releases.json: the releases' entries (in build order, which is the releases' order)
        joined into the text json.dumps would give for the whole, without holding the whole."""
        manifest = {"source_language": self.config.source_language, "languages": self.languages, "releases": []}
        text = json.dumps(manifest, ensure_ascii=False, indent=2)
        if entries:
            text = text.removesuffix("[]\n}") + "[\n" + ",\n".join(entries) + "\n  ]\n}"
        self.put("releases.json", text + "\n")

    def _remove_stale_outputs(self) -> tuple[list[str], list[Path]]:
        """What was written, and the removal of the files the last build recorded as its own
        (in dist/OUTPUTS_LIST) that this build did not make. Nothing else in dist/ is touched."""
        dist = self.dist
        removed = []
        stale = (path for path in recorded_outputs(dist) if str(path) not in self.outputs)
        for path in sorted(stale, reverse=True):
            if path.is_file() or path.is_symlink():
                path.unlink()
                removed.append(path)
            for parent in path.parents:
                if parent == dist or not parent.is_dir() or any(parent.iterdir()):
                    break
                parent.rmdir()
        own = sorted(path[len(str(dist)) + 1:] for path in self.outputs)  # each is dist / relative (put)
        self.put(OUTPUTS_LIST, "".join(f"{name}\n" for name in own))
        return sorted(self.written), removed


@functools.lru_cache(maxsize=None)
def _babel_locale(language: str) -> Locale:
    """The language's Babel locale, parsed once (format_date parses a name on every call)."""
    return Locale.parse(language.replace("-", "_"))


@functools.lru_cache(maxsize=1024)
def _about_view(markdown: str) -> dict:
    """An About block's HTML and text: the same block closes many releases."""
    body_html, body_text = markdown_to_html_and_text(markdown)
    return {"body_html": Markup(body_html), "body_text": body_text}


def _split_lead(body_html: str) -> tuple[str, str]:
    """The first paragraph's inner HTML (where the dateline goes) and the rest of the body."""
    if body_html.startswith("<p>"):
        lead, _, rest = body_html[3:].partition("</p>\n")
        return lead, rest
    return "", body_html


def build_site(config: Config, drafts: bool = False, include_embargoed: bool = False) -> BuildResult:
    """Build dist/; when nothing it reads changed since the last build, only say so."""
    if not config.configured:
        raise SourceError(config.root / "pyproject.toml", 1,
                          "no [tool.i18n] table: `i18n build` writes (and removes its old outputs in) "
                          "dist_dir only in a project configured for it; add [tool.i18n]")
    now = dt.datetime.now(dt.timezone.utc)
    cache = Cache(config.root, "build")
    inputs = inputs_digest(config, drafts, include_embargoed)
    last = cache.data.get("last")
    lifts = last.get("next_embargo_lifts") if last else None
    if last and last["inputs"] == inputs and last["outputs"] and \
            (lifts is None or now < dt.datetime.fromisoformat(lifts)) and \
            outputs_state(path for path, _size, _mtime in last["outputs"]) == last["outputs"]:
        outcomes = [Outcome(slug, language, status, Stats(**stats), paths)
                    for slug, language, status, stats, paths in last["outcomes"]]
        return BuildResult(outcomes, [], [], last["warnings"])
    builder = Builder(config, drafts, include_embargoed, now)
    try:
        result = builder.build()
    except jinja2.TemplateError as error:
        raise template_error(error) from None
    cache.data["last"] = {
        "inputs": inputs,
        # The loaded releases' embargoes: once the next one lifts, the same inputs build anew.
        "next_embargo_lifts": next_lift(builder.releases, now),
        "outputs": outputs_state(sorted(builder.outputs), builder.output_states),
        "outcomes": [[o.slug, o.language, o.status, o.stats.counts(), o.paths] for o in result.outcomes],
        "warnings": result.warnings,
    }
    cache.save()
    return result
