"""`i18n import`: release sources from text, HTML or .docx; with --lang, a release's existing
translation aligned into its catalog. Parses and prints; the core is importer/ and
translation_import.py."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from i18n.cli.common import catalog_folders, require_configured, counted, fail, repository_locked, shown_path
from i18n.config import Config
from i18n.errors import excerpt, I18nError, SourceError


@click.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=Path))
@click.option("--slug", metavar="SLUG", help="The release's slug (default: YYYY-MM-DD-<words of the headline>).")
@click.option("--force", is_flag=True, help="Replace an existing release with the same slug.")
@click.option("--title", metavar="TEXT", help="The headline, when the file lacks it (wins over the file's).")
@click.option("--subtitle", metavar="TEXT", help="The subhead, when the file lacks it.")
@click.option("--date", "date_", type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="The release date, when the file lacks it.")
@click.option("--dateline", metavar="PLACE", help="The dateline (e.g. 'CHICAGO'), when the file lacks it.")
@click.option("--lang", "language", metavar="LANG",
              help="FILE is the release's existing translation into LANG (with --release): align it into "
                   "the release's catalog as drafts marked `# aligned from FILE`.")
@click.option("--release", "release_slug", metavar="SLUG", help="With --lang: the release FILE translates.")
@click.pass_obj
def import_(config: Config, files: tuple[Path, ...], slug: str | None, force: bool, title: str | None,
            subtitle: str | None, date_, dateline: str | None, language: str | None, release_slug: str | None):
    """Turn releases as they arrive (.txt, .html, .docx) into release sources in releases/.

    \b
    With --lang LANG --release SLUG FILE: FILE is the existing LANG version of
    releases/SLUG.md (text, HTML or .docx). Its paragraphs are aligned with the release's
    units (structure, then lengths, numbers, names, quotations) and written into its LANG
    catalog as fuzzy drafts for a reviewer; what is not sure is left for `i18n translate`
    and listed with its line. Reviewed entries are never changed.
    """
    if language or release_slug:
        return _import_translation(config, files, language, release_slug,
                                   bool(slug or force or title or subtitle or date_ or dateline))
    from i18n.errors import NotARelease
    from i18n.importer import Given, batch_chrome, import_release

    given = Given(title=" ".join((title or "").split()), subtitle=" ".join((subtitle or "").split()),
                  date=date_.date() if date_ else None, dateline=" ".join((dateline or "").split()))
    for name, value in (("--slug", slug), ("--title", title), ("--subtitle", subtitle), ("--date", date_),
                        ("--dateline", dateline)):
        if value and len(files) > 1:
            raise click.BadParameter("names one release: give one FILE with it", param_hint=name)
    failed = 0
    try:
        with repository_locked(config, [config.releases_path, *catalog_folders(config)]):
            chrome = batch_chrome(list(files))
            for path in files:
                try:
                    plan = import_release(config, path, slug=slug, force=force, given=given, chrome=chrome)
                except SourceError as error:
                    failed += 1
                    where = f"{shown_path(error.path)}:{error.line}" if error.line else shown_path(error.path)
                    click.echo(f"{where}: error: {error.message}", err=True)
                    if isinstance(error, NotARelease):
                        for heading, notes in (("recognised", error.recognised), ("removed", error.removed)):
                            for note in notes:
                                click.echo(f"  {heading}: {note.message}" + (f" (line {note.line})" if note.line
                                                                            else ""), err=True)
                        line, text = error.stopped
                        if line:
                            click.echo(f"  recognition stopped at line {line}: {text[:70]!r}", err=True)
                    continue
                except I18nError as error:
                    failed += 1
                    click.echo(f"{shown_path(path)}: error: {error}", err=True)
                    continue
                click.echo(f"imported {shown_path(path)} -> {config.relative(plan.release_path)}")
                for heading, notes in (("recognised", plan.recognised), ("removed", plan.removed)):
                    for note in notes:
                        click.echo(f"  {heading}: {note.message}" + (f" (line {note.line})" if note.line else ""))
                for written in plan.written[:-1]:
                    click.echo(f"  wrote {config.relative(written)}")
                for note in plan.warnings:
                    where = f"{shown_path(path)}:{note.line}" if note.line else shown_path(path)
                    in_release = f" [{config.relative(plan.release_path)}:{note.release_line}]" if note.release_line else ""
                    click.echo(f"{where}: warning: {note.message}{in_release}", err=True)
                if plan.warnings:
                    click.echo(f"needs a human: {config.relative(plan.release_path)}: {len(plan.warnings)} warning(s)", err=True)
                click.echo(f"to check in {config.relative(plan.release_path)} (a draft: no language is published):")
                for note in plan.checks:
                    click.echo(f"  line {note.release_line}: {note.message}")
    except I18nError as error:
        fail(error)
    if failed:
        click.echo(f"error: {failed} of {len(files)} file(s) not imported", err=True)
        sys.exit(1)



def _import_translation(config: Config, files: tuple[Path, ...], language: str | None, slug: str | None,
                        english_options: bool) -> None:
    """`i18n import --lang LANG --release SLUG FILE`."""
    from i18n.importer.translation import import_translation

    if not language or not slug:
        raise click.UsageError("--lang and --release go together: the language of FILE and the release it translates")
    if english_options or len(files) != 1:
        raise click.UsageError("with --lang, give one FILE and no --slug, --force, --title, --subtitle, --date "
                               "or --dateline (they make English releases)")
    require_configured(config, [language], "--lang")
    path = files[0]
    try:
        with repository_locked(config, catalog_folders(config)):
            result = import_translation(config, language, slug, path)
    except SourceError as error:
        where = f"{shown_path(error.path)}:{error.line}" if error.line else shown_path(error.path)
        click.echo(f"{where}: {error.message}", err=True)
        sys.exit(error.exit_code)
    except I18nError as error:
        fail(error)
    for line, why in result.left_out:
        click.echo(f"  left out: {why} (line {line})")
    for segment in result.not_aligned:
        click.echo(f"{shown_path(path)}:{segment.line}: not aligned: {excerpt(segment.piece.plain)!r}", err=True)
    catalog = config.relative(result.catalog)
    for entry, state in result.kept_fuzzy:
        click.echo(f"{catalog}: kept as the translator left it: {state}: {_role(entry)}: {excerpt(entry.msgid)!r}",
                   err=True)
    for entry in result.left_empty:
        click.echo(f"{catalog}: left for the engine: {_role(entry)}: {excerpt(entry.msgid)!r}", err=True)
    click.echo(f"aligned {shown_path(path)} -> {catalog}: "
               f"{counted(len(result.aligned), 'aligned draft')}, {len(result.left_empty)} left for the engine, "
               f"{len(result.kept_reviewed)} kept reviewed, {len(result.kept_fuzzy)} kept fuzzy")


def _role(entry) -> str:
    return entry.comment.splitlines()[0] if entry.comment else "entry"
