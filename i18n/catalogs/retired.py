"""Catalogs of releases that no longer exist: retired by `i18n extract`, never lost.

A release's source gone, extract moves each language's catalog to
locales/<lang>/LC_MESSAGES/removed/<slug>.po with every entry obsolete (`#~`): the reviewed
translations stay in the repository, where a translator (or msgmerge) finds them, but no
command counts, checks, publishes or draws memory from them (an obsolete entry is never
used; a release withdrawn under embargo leaks nothing). Its .pot, made from the source, is
deleted. When a release of that slug comes back, its catalogs come back with it and the
merge revives every entry whose English is unchanged, as msgmerge revives obsolete entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from i18n.config import Config
from i18n.runtime.filesafe import atomic_write
from i18n.layout import language_path, template_path
from i18n.catalogs.pofile import gnu_format, read_catalog

REMOVED = "removed"  # under locales/<lang>/LC_MESSAGES/: catalogs of removed releases
REMOVED_COMMENT = "The release of this catalog was removed; its entries are kept as obsolete."


@dataclass
class Retired:
    slug: str
    moved: list[tuple[Path, Path]]  # (live catalog, where it was kept)
    deleted: list[Path]  # templates


def removed_path(config: Config, language: str, slug: str) -> Path:
    return config.locales_path / language / "LC_MESSAGES" / REMOVED / f"{slug}.po"


def is_live(config: Config, path: Path) -> bool:
    """path (a language catalog) is not one of a removed release."""
    return REMOVED not in path.relative_to(config.locales_path).parts[2:-1]


def orphans(config: Config, live: set[str]) -> list[str]:
    """Slugs that have a catalog or template but no release."""
    folders = [config.templates_path / "releases"] + [
        config.locales_path / language / "LC_MESSAGES" / "releases" for language in config.languages]
    found = {path.stem for folder in folders if folder.is_dir() for path in folder.iterdir()
             if path.suffix in (".po", ".pot") and not path.name.startswith(".")}
    return sorted(found - live)


def retire(config: Config, slug: str) -> Retired:
    """Keep slug's catalogs under removed/, every entry obsolete; delete its template."""
    result = Retired(slug, [], [])
    for language in config.languages:
        live = language_path(config, language, f"releases/{slug}")
        if not live.exists():
            continue
        catalog = read_catalog(live)
        for entry in catalog:
            entry.obsolete = True
        if REMOVED_COMMENT not in catalog.header:
            catalog.header = "\n".join(filter(None, [catalog.header, REMOVED_COMMENT]))
        kept = removed_path(config, language, slug)
        atomic_write(kept, gnu_format(catalog, str(kept)))
        live.unlink()
        result.moved.append((live, kept))
    template = template_path(config, f"releases/{slug}")
    if template.exists():
        template.unlink()
        result.deleted.append(template)
    return result


def restore(config: Config, slugs: set[str]) -> list[tuple[Path, Path]]:
    """Bring back the kept catalogs of the slugs (releases that exist again) with no live catalog."""
    moved = []
    for language in config.languages:
        for slug in sorted(slugs):
            kept, live = removed_path(config, language, slug), language_path(config, language, f"releases/{slug}")
            if kept.exists() and not live.exists():
                catalog = read_catalog(kept)
                catalog.header = "\n".join(line for line in catalog.header.split("\n") if line != REMOVED_COMMENT)
                atomic_write(live, gnu_format(catalog, str(live)))
                kept.unlink()
                moved.append((kept, live))
    return moved


def has_removed(config: Config) -> bool:
    return any((config.locales_path / language / "LC_MESSAGES" / REMOVED).is_dir() for language in config.languages)
