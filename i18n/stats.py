"""Translation progress per catalog and language."""

from __future__ import annotations

from . import catalogs
from .config import Config
from .layout import language_path, release_catalog_name
from .releases import load_all


def collect_stats(config: Config, languages) -> list[dict]:
    """One row per (language, catalog): entry counts by state, as on disk."""
    releases, _abouts = load_all(config.releases_path)
    names = [release_catalog_name(r) for r in releases] + ["about", "site"]
    rows = []
    for language in languages:
        for name in names:
            path = language_path(config, language, name)
            entries = catalogs.read_catalog(path) if path.exists() else []
            stats = catalogs.entry_stats(entries)
            rows.append({
                "language": language,
                "catalog": name,
                "path": config.relative(path),
                "exists": path.exists(),
                **stats.as_dict(),
            })
    return rows
