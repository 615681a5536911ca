"""`i18n tm export` and `i18n tm import`: translation memory for CAT tools."""

from __future__ import annotations

from pathlib import Path

import click

from i18n.config import Config
from i18n.errors import I18nError
from i18n.cli.common import catalog_folders, require_configured, fail, repository_locked, shown_path


@click.group()
def tm():
    """Translation memory exchange: TMX 1.4b out and in."""


@tm.command(name="export")
@click.option("--lang", "language", required=True, metavar="LANG", help="Target language of the pairs.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to FILE (default: standard output).")
@click.pass_obj
def tm_export(config: Config, language: str, output: Path | None):
    """Write every reviewed (English, LANG) pair as TMX 1.4b."""
    from i18n.runtime.filesafe import atomic_write
    from i18n.memory.tmx import export_tmx

    require_configured(config, [language], "--lang")
    try:
        data = export_tmx(config, language)
    except I18nError as error:
        fail(error)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
        return
    atomic_write(output, data)
    click.echo(f"wrote {shown_path(output)}", err=True)


@tm.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Replace a memory of the same name in locales/memory/.")
@click.pass_obj
def tm_import(config: Config, file: Path, replace: bool):
    """Keep FILE.tmx in locales/memory/: `i18n translate` consults it after the catalogs."""
    from i18n.memory.tmx import import_tmx

    try:
        with repository_locked(config, catalog_folders(config)):
            target, units = import_tmx(config, file, replace)
    except I18nError as error:
        fail(error)
    click.echo(f"imported {shown_path(file)} -> {config.relative(target)}: {units} translation units")
