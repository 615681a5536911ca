"""`i18n build`: every release and language into dist/."""

from __future__ import annotations

import sys

import click

from i18n.config import Config
from i18n.errors import I18nError
from i18n.cli.common import require_configured, counted, fail, repository_locked, shown_path


WITHHELD_SHOWN = 20  # withheld releases listed one by one per language; the rest are counted


@click.command()
@click.option("--drafts", is_flag=True, help="Also publish unreviewed translations, under a visible banner.")
@click.option("--require", "required", multiple=True, metavar="LANG",
              help="Exit 1 if any release is withheld in LANG (repeatable). The CI gate.")
@click.option("--include-embargoed", is_flag=True,
              help="Publish releases whose embargo has not passed yet (and their review proofs).")
@click.pass_obj
def build(config: Config, drafts: bool, required: tuple[str, ...], include_embargoed: bool):
    """Render every release in every language into dist/.

    \b
    Writes, under dist_dir (default dist/), for each published release and language:
      <lang>/<slug>/index.html, <lang>/<slug>.txt, <lang>/<slug>.md;
    and <lang>/index.html, <lang>/feed.xml, releases.json, review/<slug>.<lang>.html
    (the review proofs), and .i18n-outputs (the list of what it wrote).
    Removes only the files an earlier build listed in .i18n-outputs that this build no
    longer makes; nothing else in dist/ is touched. A file is rewritten only when its
    bytes change. A language not fully reviewed is withheld with a warning (exit 0, or 1
    with --require for that language). A release marked `draft: true` (as `i18n import`
    writes it) is held in every language, with a note, until the line is removed.
    """
    from i18n.publish.build import EMBARGOED, HELD, WITHHELD, build_site

    require_configured(config, required, "--require")
    try:
        with repository_locked(config, []):
            result = build_site(config, drafts=drafts, include_embargoed=include_embargoed)
    except I18nError as error:
        fail(error)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    shown: dict[str, int] = {}
    for outcome in result.outcomes:
        if outcome.status == EMBARGOED and outcome.language == config.source_language:
            click.echo(f"note: {outcome.slug}: embargoed, not published (--include-embargoed to publish)",
                       err=True)
        if outcome.status == HELD and outcome.language == config.source_language:
            click.echo(f"note: {outcome.slug}: a draft (`draft: true`), held in every language: remove the "
                       "line to publish it (--drafts shows it under the banner)", err=True)
        if outcome.status == WITHHELD:
            shown[outcome.language] = shown.get(outcome.language, 0) + 1
            if shown[outcome.language] > WITHHELD_SHOWN:
                continue
            s = outcome.stats
            click.echo(
                f"warning: {outcome.language}: {outcome.slug}: withheld: {s.untranslated} untranslated, "
                f"{counted(s.machine_draft, 'machine draft')}, "
                + "".join(f"{counted(n, noun)}, " for n, noun in ((s.memory_draft, "memory draft"),
                                                                   (s.aligned_draft, "aligned draft")) if n)
                + f"{s.stale} stale, {s.other_fuzzy} other fuzzy",
                err=True)
    for language, count in shown.items():
        if count > WITHHELD_SHOWN:
            click.echo(f"warning: {language}: … and {count - WITHHELD_SHOWN} more releases withheld "
                       f"(i18n stats --lang {language} lists them)", err=True)
    published = [o for o in result.outcomes if o.status not in (WITHHELD, EMBARGOED, HELD)]
    click.echo(f"built {len(published)} release pages ({len(result.written)} files written, "
               f"{len(result.removed)} removed) in {shown_path(config.dist_path)}/")
    failed = [lang for lang in required if result.withheld(lang)]
    if failed:
        click.echo(f"error: required language(s) {', '.join(failed)} not complete", err=True)
        sys.exit(1)
