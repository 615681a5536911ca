"""`i18n extract`, `translate`, `stats` and `check`: the commands on catalogs."""

from __future__ import annotations

import json
import os
import sys

import click

from i18n.config import Config
from i18n.errors import excerpt, I18nError
from i18n.languages import base_language
from i18n.languages.spelling import DEBIAN_PACKAGE
from i18n.mt import ENGINE_NAMES, ENGINES
from i18n.cli.common import catalog_folders, require_configured, counted, fail, repository_locked, shown_path


@click.command()
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if any catalog is out of date.")
@click.pass_obj
def extract(config: Config, check: bool):
    """Extract releases and templates into .pot templates and update every .po catalog."""
    from i18n.extract import plan_extract

    try:
        with repository_locked(config, [] if check else catalog_folders(config)):
            plan = plan_extract(config, write=not check)
            updates = plan.updates
            if check:
                stale = plan.stale()
                for update in stale:
                    click.echo(f"{shown_path(update.path)}: out of date (run: i18n extract)", err=True)
                if stale:
                    sys.exit(1)
                click.echo(f"{len(updates)} catalogs are up to date")
                return
            written = plan.finish()
    except I18nError as error:
        fail(error)
    for kept, live in plan.restored:
        click.echo(f"release {live.stem} is back: restored {config.relative(live)} from {config.relative(kept)}")
    for gone in plan.retired:
        for live, kept in gone.moved:
            click.echo(f"release {gone.slug} was removed: {config.relative(live)} kept as {config.relative(kept)} (entries obsolete)")
        for path in gone.deleted:
            click.echo(f"release {gone.slug} was removed: deleted {config.relative(path)}")
    # One write for the whole list: a cold extract of a large archive lists thousands.
    click.echo("".join(f"wrote {shown_path(path)}\n" for path in written) + f"{len(updates)} catalogs, {len(written)} updated")


def _draft(plan, engine, dry_run: bool) -> list:
    """Run one language's plan, with a progress bar on a terminal; return the failures."""
    from i18n.mt.drafting import run_drafts

    for skipped in plan.skipped:
        click.echo(f"warning: {shown_path(skipped.path)}: skipped: {skipped.reason}", err=True)
    if dry_run:
        for work in plan.work:
            sent = f", sent to {engine.name}" if work.items and not engine.offline else ""
            click.echo(f"{shown_path(work.path)}: {len(work.items)} entries to draft{sent}"
                       + (f", {len(work.remembered)} from memory" if work.remembered else ""))
        return []
    if not plan.total and not plan.remembered:
        click.echo(f"{plan.language}: nothing to draft")
        return []
    label = f"{plan.language} · {engine.name} {engine.detail}"
    if sys.stdout.isatty():
        with click.progressbar(length=plan.total, label=label, show_pos=True) as bar:
            run_drafts(plan, engine, lambda done, total: bar.update(done - bar.pos))
    else:
        click.echo(f"{label}: drafting {counted(plan.total, 'entry', 'entries')}")
        run_drafts(plan, engine)
    failures = []
    for work in plan.work:
        if work.written:
            click.echo(f"wrote {shown_path(work.path)}: {counted(work.drafted, 'machine draft')}"
                       + (f", {counted(len(work.remembered), 'memory draft')}" if work.remembered else ""))
        failures += work.failures
    return failures


@click.command()
@click.option("--lang", "languages", multiple=True, metavar="LANG",
              help="Target language (repeatable; default: every configured language).")
@click.option("--release", "release_slug", metavar="SLUG", help="Only this release's catalog.")
@click.option("--engine", "engine_name", default="apertium", show_default=True, type=click.Choice(ENGINE_NAMES),
              help="The engine that drafts. " + "; ".join(
                  f"{name} ({'offline' if offline else 'cloud'}: needs {needs})"
                  for name, (offline, needs) in ENGINES.items()) + ".")
@click.option("--dry-run", is_flag=True, help="Say what would be drafted; send nothing, write nothing.")
@click.option("--allow-cloud-for-embargoed", is_flag=True,
              help="Let a cloud engine see releases whose embargo has not passed.")
@click.pass_obj
def translate(config: Config, languages, release_slug, engine_name, dry_run, allow_cloud_for_embargoed):
    """Fill untranslated entries with machine drafts marked fuzzy, for review."""
    from i18n.mt import create_engine

    require_configured(config, languages, "--lang")
    failures = []
    try:
        with repository_locked(config, [] if dry_run else catalog_folders(config)):
            for language in languages or config.languages:
                engine = create_engine(engine_name, config.source_language, language, timeout=config.cloud_timeout)
                if not dry_run:
                    engine.prepare()  # Apertium starts while drafting is imported and the catalogs are read
                try:
                    from i18n.mt.drafting import plan_drafts

                    plan = plan_drafts(config, language, engine.offline, release_slug, allow_cloud_for_embargoed,
                                       engine=None if dry_run else engine)
                    failures += _draft(plan, engine, dry_run)
                finally:
                    engine.close()
    except I18nError as error:
        fail(error)
    for failure in failures:
        click.echo(f"warning: {shown_path(failure.path)}: left untranslated {excerpt(failure.msgid)!r}: "
                   f"{failure.reason}", err=True)


@click.command()
@click.option("--lang", "languages", multiple=True, metavar="LANG", help="Only this language (repeatable).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one row per catalog with the columns language, catalog, entries, reviewed, "
                   "machine_draft, memory_draft, aligned_draft, stale, other_fuzzy, untranslated, obsolete "
                   "(entries in each state); "
                   "json: a list with one object per catalog.")
@click.pass_obj
def stats(config: Config, languages: tuple[str, ...], output_format: str):
    """Translation progress per release and language."""
    from i18n.catalogs.stats import collect_stats

    require_configured(config, languages, "--lang")
    try:
        rows = collect_stats(config, languages or config.languages)
    except I18nError as error:
        fail(error)
    if output_format == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    header = ("language", "catalog", "entries", "reviewed", "machine_draft", "memory_draft", "aligned_draft",
              "stale", "other_fuzzy", "untranslated", "obsolete")
    widths = (8, max([7] + [len(r["catalog"]) for r in rows]), 7, 8, 13, 12, 13, 5, 11, 12, 8)
    click.echo("  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip())
    for row in rows:
        values = [row["language"], row["catalog"]] + [row[key] for key in header[2:]]
        click.echo("  ".join(str(v).ljust(w) for v, w in zip(values, widths)).rstrip())


def _annotation(value: str, is_property: bool = False) -> str:
    """Escape a value for a GitHub Actions workflow command (::error file=…::message)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if is_property else value


class _CheckCommand(click.Command):
    """`i18n check --help` lists the checks from their own registry (checks.DESCRIPTIONS)."""

    def format_help_text(self, ctx, formatter):
        from i18n.checks.registry import DESCRIPTIONS
        from i18n.checks.run import check_names

        super().format_help_text(ctx, formatter)
        with formatter.section("Checks"):
            formatter.write_dl([(name, DESCRIPTIONS[name]) for name in check_names()])


@click.command(cls=_CheckCommand)
@click.option("--lang", "languages", multiple=True, metavar="LANG",
              help="Only this language (repeatable; default: every configured language).")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="github: GitHub Actions annotations (::error file=…,line=…::).")
@click.option("--drafts", is_flag=True, help="Also check fuzzy entries (machine drafts, stale translations).")
@click.option("--strict", is_flag=True, help="Every warning is an error (spelling, case, typography too).")
@click.pass_obj
def check(config: Config, languages: tuple[str, ...], output_format: str, drafts: bool, strict: bool):
    """QA of every catalog: prints `path:line: severity: check: message`; exit 1 on any error.

    Entry checks look at reviewed entries (with --drafts fuzzy ones too); catalog checks at
    whole catalogs. Every check is listed below.

    An error is what must not be published: a figure, link, e-mail, phone or protected name
    lost, broken markup, untranslated or cut text, unsafe content, a catalog GNU rejects.
    Spelling, case and typography are warnings: they do not fail the check unless --strict
    (every warning) or, in pyproject.toml, checks_as_errors = ["spelling", ...] (those checks).

    \b
    Silence one check on one entry with a translator comment above it (kept by msgcat and
    `i18n extract`, unlike a `#, no-check-NAME` flag):
      # i18n: no-check numbers
    and turn checks off for the project in pyproject.toml:
      [tool.i18n]
      checks_disabled = ["length"]
    """
    from i18n.checks.run import run_checks
    from i18n.extract import plan_extract

    require_configured(config, languages, "--lang")
    try:
        with repository_locked(config, []):
            report = run_checks(config, languages or config.languages, drafts=drafts, strict=strict,
                                planned_updates=lambda config: plan_extract(config).updates)
    except I18nError as error:
        fail(error)
    if output_format == "json":
        click.echo(json.dumps([{"path": shown_path(f.path), "line": f.line, "severity": f.severity,
                                "check": f.check, "message": f.message} for f in report.findings],
                              indent=2, ensure_ascii=False))
    else:
        for f in report.findings:
            if output_format == "github":
                click.echo(f"::{f.severity} file={_annotation(shown_path(f.path), True)},line={f.line},"
                           f"title={_annotation('i18n check: ' + f.check, True)}::{_annotation(f.message)}")
            else:
                click.echo(f"{shown_path(f.path)}:{f.line}: {f.severity}: {f.check}: {f.message}")
    # No silent skip: CI and a laptop without Hunspell must not disagree unnoticed.
    in_ci = os.environ.get("CI", "").lower() == "true"
    for language, names in report.not_run.items():
        click.echo(f"{'error' if in_ci else 'warning'}: Hunspell or its {language} dictionary is not installed: "
                   f"{', '.join(names)} did not run (apt-get install hunspell "
                   f"{DEBIAN_PACKAGE.get(base_language(language), 'hunspell-' + base_language(language))})",
                   err=True)
    click.echo(f"{len(report.catalogs)} catalogs checked: {report.errors} error(s), "
               f"{report.warnings} warning(s)", err=True)
    if report.errors or (in_ci and report.not_run):
        sys.exit(1)
