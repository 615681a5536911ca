"""What a build records of itself, so that a build whose inputs did not change only says so:
the digest of everything it reads, when the next embargo lifts, the outputs it listed and the
size and time of each."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from i18n.runtime.cache import code_digest, digest
from i18n.config import Config
from i18n.layout import OUTPUTS_LIST
from i18n.runtime.filesafe import read_limited
from i18n.sources.releases import Release, source_paths


def recorded_outputs(dist: Path) -> set[Path]:
    """The outputs a previous build listed; a line that leaves dist/ is ignored."""
    try:
        lines = (dist / OUTPUTS_LIST).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return set()
    recorded, inside = set(), dist.resolve()
    for line in lines:
        path = dist / line
        if line and line != OUTPUTS_LIST and inside in path.resolve().parents:
            recorded.add(path)
    return recorded


def inputs_digest(config: Config, drafts: bool, include_embargoed: bool) -> str:
    """Everything a build reads: sources, the languages' catalogs, settings, code, options.
    (When the next embargo lifts, the build cache records apart: see build_site.)"""
    parts = [code_digest(), repr(sorted(vars(config).items())), repr((drafts, include_embargoed))]
    sources = source_paths(config.releases_path) + source_paths(config.about_path)
    catalogs_paths = sorted((p for language in config.languages for p in (config.locales_path / language).rglob("*.po")),
                            key=str)
    for path in sources + catalogs_paths:
        data = read_limited(path)
        parts.append(f"{config.relative(path)}:{digest(data)}")
    if config.page_templates_path is not None:  # the project's own templates
        parts += [f"{config.relative(p)}:{digest(p.read_bytes())}"
                  for p in sorted(config.page_templates_path.rglob("*")) if p.is_file()]
    return digest("\n".join(parts).encode())


def next_lift(releases: list[Release], now: dt.datetime) -> str | None:
    """When the next embargo of these releases lifts (ISO 8601), if any is still running."""
    waiting = [release.embargo for release in releases if release.embargo is not None and release.embargo > now]
    return min(waiting).isoformat() if waiting else None


def output_stats(paths, known: dict[str, list] | None = None) -> dict[str, list] | None:
    """[size, mtime_ns] of each output by path (as `known` has it, if there), None when one
    is missing: a hand-edited or deleted output forces a rebuild."""
    stats = {}
    for path in paths:
        if known and path in known:
            stats[path] = known[path]
            continue
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            return None
        stats[path] = [stat.st_size, stat.st_mtime_ns]
    return stats


def outputs_state(paths, known: dict[str, list] | None = None) -> list:
    """[path, size, mtime_ns] of each output, as the build cache records them ([] if one is missing)."""
    return [[path, *size_and_time] for path, size_and_time in (output_stats(paths, known) or {}).items()]
