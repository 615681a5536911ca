"""The repository layout: where every stage finds its files.

Each stage asks this module (and `Config`'s path properties) where sources, templates,
catalogs and page templates live, so that no stage imports another stage for a path.
"""

from __future__ import annotations

from pathlib import Path

from .config import Config

TEMPLATES_DIR = Path(__file__).parent / "publish" / "templates"  # the package's own jinja2 page templates
TEMPLATE_REFERENCE_PREFIX = "i18n/templates/"  # how catalogs name them in `#:` references
TEMPLATE_SUFFIXES = (".html", ".txt", ".xml", ".md")
CACHE_DIR = ".i18n-cache"  # at the project root: digests that let unchanged work be skipped
OUTPUTS_LIST = ".i18n-outputs"  # in dist_dir: the files the last build wrote, the only ones it may remove
# (The repository lock, `.i18n.lock` at the project root, is filesafe.repository_lock's.)


def template_path(config: Config, name: str) -> Path:
    """locales/templates/<name>.pot"""
    return config.templates_path / f"{name}.pot"


def language_path(config: Config, language: str, name: str) -> Path:
    """locales/<language>/LC_MESSAGES/<name>.po"""
    return config.locales_path / language / "LC_MESSAGES" / f"{name}.po"


def release_catalog_name(release) -> str:
    """The catalog name of a release (a `Release`): releases/<slug>."""
    return f"releases/{release.slug}"


def page_templates(config: Config) -> list[tuple[str, Path]]:
    """The jinja2 templates a build uses, as (reference, path): the package's, each replaced
    by the project's file of the same name in `templates_dir` (which may add others)."""
    chosen = {path.name: (TEMPLATE_REFERENCE_PREFIX + path.name, path)
              for path in sorted(TEMPLATES_DIR.iterdir()) if path.suffix in TEMPLATE_SUFFIXES}
    own = config.page_templates_path
    if own is not None:
        for path in sorted(own.rglob("*")):
            parts = path.relative_to(own).parts
            if path.is_file() and path.suffix in TEMPLATE_SUFFIXES and not any(p.startswith(".") for p in parts):
                chosen["/".join(parts)] = (config.relative(path), path)
    return [chosen[name] for name in sorted(chosen)]
