"""Extraction: sources -> templates (.pot) -> language catalogs (.po)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import polib
from babel.messages.extract import DEFAULT_KEYWORDS, extract as babel_extract
from jinja2 import TemplateSyntaxError
from jinja2.ext import babel_extract as jinja2_extractor

from . import catalogs
from .config import Config
from .errors import SourceError
from .releases import About, Release, load_all
from .segments import markdown_parser, parse_markdown, release_units

TEMPLATES_DIR = Path(__file__).parent / "templates"
TEMPLATE_REFERENCE_PREFIX = "i18n/templates/"
_PYTHON_FORMAT = re.compile(r"%\(\w+\)[sd]")


@dataclass
class CatalogUpdate:
    """One catalog as it should be, next to what is on disk."""

    path: Path
    catalog: polib.POFile
    existing: polib.POFile | None

    @property
    def is_current(self) -> bool:
        return catalogs.catalog_is_current(self.catalog, self.existing)


# ---------------------------------------------------------------- templates


def release_template(release: Release, config: Config, parser) -> polib.POFile:
    reference = config.relative(release.path)
    template = catalogs.new_template(config.site_name, f"Translation template for {reference}.")
    front, document = release_units(release, parser)
    catalogs.add_unit_entries(template, front + document.units, reference)
    return template


def about_template(abouts: dict[str, About], config: Config, parser) -> polib.POFile:
    template = catalogs.new_template(config.site_name, "Translation template for the About boilerplate.")
    for about in abouts.values():
        document = parse_markdown(about.body, about.body_line, parser)
        catalogs.add_unit_entries(template, document.units, config.relative(about.path))
    return template


def site_template(config: Config) -> polib.POFile:
    """Strings of the jinja2 templates, extracted with Babel; a template error fails loudly."""
    template = catalogs.new_template(config.site_name, "Translation template for the site's own strings.")
    entries: dict[tuple, polib.POEntry] = {}
    for path in sorted(TEMPLATES_DIR.iterdir()):
        if path.suffix not in (".html", ".txt", ".xml", ".md"):
            continue
        reference = TEMPLATE_REFERENCE_PREFIX + path.name
        options = {"silent": "false", "trimmed": "true", "extensions": "jinja2.ext.i18n"}
        try:
            with path.open("rb") as stream:
                found = list(babel_extract(jinja2_extractor, stream, DEFAULT_KEYWORDS, ("NOTE:",), options))
        except TemplateSyntaxError as error:
            raise SourceError(path, error.lineno or 1, f"template error: {error.message}") from None
        for _line, message, comments, context in found:
            msgid, msgid_plural = (message[0], message[1]) if isinstance(message, tuple) else (message, "")
            key = (context, msgid)
            entry = entries.get(key)
            if entry is None:
                flags = ["python-format"] if _PYTHON_FORMAT.search(msgid + msgid_plural) else []
                entry = polib.POEntry(msgid=msgid, msgid_plural=msgid_plural, msgctxt=context,
                                      comment="\n".join(comments), flags=flags, occurrences=[])
                if msgid_plural:
                    entry.msgstr_plural = {0: "", 1: ""}
                entries[key] = entry
                template.append(entry)
            if (reference, "") not in entry.occurrences:
                entry.occurrences.append((reference, ""))
    return template


def template_path(config: Config, name: str) -> Path:
    return config.templates_path / f"{name}.pot"


def language_path(config: Config, language: str, name: str) -> Path:
    return config.locales_path / language / "LC_MESSAGES" / f"{name}.po"


def release_catalog_name(release: Release) -> str:
    return f"releases/{release.slug}"


def all_templates(config: Config) -> tuple[list[Release], dict[str, About], dict[str, polib.POFile]]:
    """Load and validate every source, then build every template (name -> catalog)."""
    releases, abouts = load_all(config.releases_path)
    parser = markdown_parser()
    templates = {release_catalog_name(r): release_template(r, config, parser) for r in releases}
    templates["about"] = about_template(abouts, config, parser)
    templates["site"] = site_template(config)
    return releases, abouts, templates


def _read_if_exists(path: Path) -> polib.POFile | None:
    return catalogs.read_catalog(path) if path.exists() else None


def plan_extract(config: Config, now: dt.datetime | None = None) -> list[CatalogUpdate]:
    """Every template and language catalog as it should be after extraction."""
    now = now or dt.datetime.now(dt.timezone.utc)
    _releases, _abouts, templates = all_templates(config)
    updates = [
        CatalogUpdate(template_path(config, name), template, _read_if_exists(template_path(config, name)))
        for name, template in templates.items()
    ]
    for language in config.languages:
        olds = {name: _read_if_exists(language_path(config, language, name)) for name in templates}
        memory = catalogs.translation_memory(
            catalogs.read_catalog(path) for path in _other_catalogs(config, language, olds)
        )
        memory.update(catalogs.translation_memory(old for old in olds.values() if old is not None))
        for name, template in templates.items():
            old = olds[name]
            merged = catalogs.merge_catalog(template, old, language, memory, now)
            updates.append(CatalogUpdate(language_path(config, language, name), merged, old))
    return updates


def _other_catalogs(config: Config, language: str, known: dict) -> list[Path]:
    """Catalogs of the language that no current template names (e.g. a removed release)."""
    base = config.locales_path / language / "LC_MESSAGES"
    known_paths = {language_path(config, language, name) for name in known}
    return sorted(p for p in base.rglob("*.po") if p not in known_paths) if base.is_dir() else []


def write_updates(updates: list[CatalogUpdate]) -> list[Path]:
    """Write every catalog whose content changed; return the paths written."""
    written = []
    for update in updates:
        if catalogs.save_catalog(update.catalog, update.path, update.existing):
            written.append(update.path)
    return written
