"""`i18n init`: a new press room."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from i18n.errors import I18nError
from i18n.cli.common import fail, shown_path


def _ask_time_zone(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise click.BadParameter(f"unknown time zone {value!r} (e.g. America/Chicago)") from None
    return value


@click.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
def init(context: click.Context, directory: Path | None):
    """Start a press room in DIRECTORY (default: the current one, or --root).

    Writes pyproject.toml with [tool.i18n] (or adds the table to an existing one), releases/,
    releases/about/, locales/glossary.csv, .gitignore lines and the GitHub workflow
    .github/workflows/i18n.yml. Never replaces a file; on a terminal it asks for the names.
    """
    from i18n.starter.scaffold import default_settings, has_settings, init_project

    root = directory or context.parent.params.get("root") or Path.cwd()
    settings = default_settings()
    if sys.stdin.isatty() and not has_settings(root):
        settings["site_name"] = click.prompt("Site name", default=settings["site_name"])
        settings["publisher"] = click.prompt("Publisher (organisation)", default=settings["publisher"])
        settings["base_url"] = click.prompt("Web address of the published pages (blank: relative links)",
                                            default=settings["base_url"], show_default=False).strip()
        settings["timezone"] = click.prompt("Time zone of release dates", default=settings["timezone"],
                                            value_proc=_ask_time_zone)
    try:
        result = init_project(root, settings)
    except I18nError as error:
        fail(error)
    for path in result.written:
        click.echo(f"wrote {shown_path(path)}{'/' if path.is_dir() else ''}")
    for path, added in result.extended:
        click.echo(f"added to {shown_path(path)}: {added}")
    for path in result.kept:
        click.echo(f"kept {shown_path(path)}{'/' if path.is_dir() else ''} (already there)")
    click.echo("next: write releases/YYYY-MM-DD-slug.md (or `i18n import FILE`), then `i18n extract`")
