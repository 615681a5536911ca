"""The `i18n` command line: parse options, call the core, print, map errors to exit codes."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .config import Config, load_config
from .errors import I18nError, SettingsError, SourceError
from .languages import base_language
from .mt import ENGINE_NAMES, ENGINES
from .text import excerpt


WITHHELD_SHOWN = 20  # withheld releases listed one by one per language; the rest are counted


def _find_root(start: Path) -> Path:
    """The nearest directory at or above start that holds a pyproject.toml."""
    for directory in (start, *start.parents):
        if (directory / "pyproject.toml").exists():
            return directory
    return start


def _shown(path) -> str:
    """A path as the user typed it: relative to the working directory when inside it."""
    text, cwd = str(path), os.getcwd()  # the kernel's answer: no symbolic links left to resolve
    if text.startswith(cwd + os.sep) and os.path.normpath(text) == text:
        return text[len(cwd) + 1:]  # a plain path under the resolved root: no resolve() per line
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path(cwd).resolve()))
    except ValueError:
        return str(path)


def _fail(error: I18nError):
    if isinstance(error, SettingsError):
        for each in error.errors:
            click.echo(f"{_shown(each.path)}:{each.line}: {each.message}", err=True)
    elif isinstance(error, SourceError):
        click.echo(f"{_shown(error.path)}:{error.line}: {error.message}", err=True)
    else:
        click.echo(f"error: {error}", err=True)
    sys.exit(error.exit_code)


def _check_names() -> list[str]:
    """The names of `i18n check`'s checks, for validating checks_disabled with the settings."""
    from .checks import check_names

    return check_names()


def _configured(config: Config, languages, option: str) -> None:
    """A usage error (exit 2) for a language the project does not translate into."""
    unknown = [lang for lang in languages if lang not in config.languages]
    if unknown:
        raise click.BadParameter(f"{unknown[0]!r} is not a configured language "
                                 f"({', '.join(config.languages)})", param_hint=option)


def _locked(config: Config):
    from .filesafe import repository_lock

    def waiting():
        click.echo("waiting for another i18n command to finish with this repository…", err=True)

    def took_over(message: str):
        click.echo(message, err=True)

    return repository_lock(config.root, config.lock_timeout, on_wait=waiting, on_takeover=took_over)


EPILOG = """\b
The workflow, in order:
  i18n import FILE...   make release sources (releases/*.md) from text, HTML or .docx
  i18n extract          sources -> templates (.pot) -> catalogs (.po) in locales/
  i18n import --lang LANG --release SLUG FILE
                        (optional) a release's existing translation in, as drafts
  i18n translate        machine drafts (fuzzy) for every untranslated entry
  (review)              a translator corrects each draft and removes `fuzzy`
  i18n check            QA of every catalog, `path:line:` messages
  i18n build            outputs in dist/; only fully reviewed languages are published
\b
Settings live in the [tool.i18n] table of the project's pyproject.toml (languages,
base_url, dist_dir, checks_disabled, checks_as_errors, ...; see the README); cloud engine
keys in the environment only (i18n translate --help).
\b
Exit status: 0 done (warnings may be printed); 1 findings or withheld work (check
errors, a catalog out of date for extract --check, a language withheld for build
--require, a file import could not read) or a tool, engine or lock that failed;
2 bad input or usage (a source, setting, catalog or option: `path:line: message`,
nothing written).
"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EPILOG)
@click.version_option(__version__, prog_name="i18n")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Project directory (default: the nearest one with a pyproject.toml).")
@click.pass_context
def main(context: click.Context, root: Path | None):
    """Bilingual press releases: English Markdown sources, gettext catalogs that translators
    review, and paired outputs in every language."""
    if context.invoked_subcommand == "init":  # makes the project: there may be none to read yet
        return
    try:
        context.obj = load_config(root or _find_root(Path.cwd()), check_names=_check_names)
    except I18nError as error:
        _fail(error)


@main.command()
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if any catalog is out of date.")
@click.pass_obj
def extract(config: Config, check: bool):
    """Extract releases and templates into .pot templates and update every .po catalog."""
    from .extract import plan_extract

    try:
        with _locked(config):
            plan = plan_extract(config, write=not check)
            updates = plan.updates
            if check:
                stale = plan.stale()
                for update in stale:
                    click.echo(f"{_shown(update.path)}: out of date (run: i18n extract)", err=True)
                if stale:
                    sys.exit(1)
                click.echo(f"{len(updates)} catalogs are up to date")
                return
            written = plan.finish()
    except I18nError as error:
        _fail(error)
    for kept, live in plan.restored:
        click.echo(f"release {live.stem} is back: restored {config.relative(live)} from {config.relative(kept)}")
    for gone in plan.retired:
        for live, kept in gone.moved:
            click.echo(f"release {gone.slug} was removed: {config.relative(live)} kept as {config.relative(kept)} (entries obsolete)")
        for path in gone.deleted:
            click.echo(f"release {gone.slug} was removed: deleted {config.relative(path)}")
    # One write for the whole list: a cold extract of a large archive lists thousands.
    click.echo("".join(f"wrote {_shown(path)}\n" for path in written) + f"{len(updates)} catalogs, {len(written)} updated")


@main.command()
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
    from .build import EMBARGOED, HELD, WITHHELD, build_site

    _configured(config, required, "--require")
    try:
        with _locked(config):
            result = build_site(config, drafts=drafts, include_embargoed=include_embargoed)
    except I18nError as error:
        _fail(error)
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
                f"{_count(s.machine_draft, 'machine draft')}, "
                + "".join(f"{_count(n, noun)}, " for n, noun in ((s.memory_draft, "memory draft"),
                                                                   (s.aligned_draft, "aligned draft")) if n)
                + f"{s.stale} stale, {s.other_fuzzy} other fuzzy",
                err=True)
    for language, count in shown.items():
        if count > WITHHELD_SHOWN:
            click.echo(f"warning: {language}: … and {count - WITHHELD_SHOWN} more releases withheld "
                       f"(i18n stats --lang {language} lists them)", err=True)
    published = [o for o in result.outcomes if o.status not in (WITHHELD, EMBARGOED, HELD)]
    click.echo(f"built {len(published)} release pages ({len(result.written)} files written, "
               f"{len(result.removed)} removed) in {_shown(config.dist_path)}/")
    failed = [lang for lang in required if result.withheld(lang)]
    if failed:
        click.echo(f"error: required language(s) {', '.join(failed)} not complete", err=True)
        sys.exit(1)


def _draft(plan, engine, dry_run: bool) -> list:
    """Run one language's plan, with a progress bar on a terminal; return the failures."""
    from .mt.drafting import run_drafts

    for skipped in plan.skipped:
        click.echo(f"warning: {_shown(skipped.path)}: skipped: {skipped.reason}", err=True)
    if dry_run:
        for work in plan.work:
            sent = f", sent to {engine.name}" if work.items and not engine.offline else ""
            click.echo(f"{_shown(work.path)}: {len(work.items)} entries to draft{sent}"
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
        click.echo(f"{label}: drafting {_count(plan.total, 'entry', 'entries')}")
        run_drafts(plan, engine)
    failures = []
    for work in plan.work:
        if work.written:
            click.echo(f"wrote {_shown(work.path)}: {_count(work.drafted, 'machine draft')}"
                       + (f", {_count(len(work.remembered), 'memory draft')}" if work.remembered else ""))
        failures += work.failures
    return failures


@main.command()
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
    from .mt import create_engine

    _configured(config, languages, "--lang")
    failures = []
    try:
        with _locked(config):
            for language in languages or config.languages:
                engine = create_engine(engine_name, config.source_language, language, timeout=config.cloud_timeout)
                if not dry_run:
                    engine.prepare()  # Apertium starts while drafting is imported and the catalogs are read
                try:
                    from .mt.drafting import plan_drafts

                    plan = plan_drafts(config, language, engine.offline, release_slug, allow_cloud_for_embargoed,
                                       engine=None if dry_run else engine)
                    failures += _draft(plan, engine, dry_run)
                finally:
                    engine.close()
    except I18nError as error:
        _fail(error)
    for failure in failures:
        click.echo(f"warning: {_shown(failure.path)}: left untranslated {excerpt(failure.msgid)!r}: "
                   f"{failure.reason}", err=True)


@main.command()
@click.option("--lang", "languages", multiple=True, metavar="LANG", help="Only this language (repeatable).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one row per catalog with the columns language, catalog, entries, reviewed, "
                   "machine_draft, memory_draft, aligned_draft, stale, other_fuzzy, untranslated, obsolete "
                   "(entries in each state); "
                   "json: a list with one object per catalog.")
@click.pass_obj
def stats(config: Config, languages: tuple[str, ...], output_format: str):
    """Translation progress per release and language."""
    from .stats import collect_stats

    _configured(config, languages, "--lang")
    try:
        rows = collect_stats(config, languages or config.languages)
    except I18nError as error:
        _fail(error)
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


def _count(number: int, noun: str, plural: str = "") -> str:
    """"1 machine draft", "2 machine drafts"."""
    return f"{number} {noun}" if number == 1 else f"{number} {plural or noun + 's'}"


def _annotation(value: str, is_property: bool = False) -> str:
    """Escape a value for a GitHub Actions workflow command (::error file=…::message)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if is_property else value


class _CheckCommand(click.Command):
    """`i18n check --help` lists the checks from their own registry (checks.DESCRIPTIONS)."""

    def format_help_text(self, ctx, formatter):
        from .checks import DESCRIPTIONS, check_names

        super().format_help_text(ctx, formatter)
        with formatter.section("Checks"):
            formatter.write_dl([(name, DESCRIPTIONS[name]) for name in check_names()])


@main.command(cls=_CheckCommand)
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
    from .checks import run_checks
    from .extract import plan_extract

    _configured(config, languages, "--lang")
    try:
        with _locked(config):
            report = run_checks(config, languages or config.languages, drafts=drafts, strict=strict,
                                planned_updates=lambda config: plan_extract(config).updates)
    except I18nError as error:
        _fail(error)
    if output_format == "json":
        click.echo(json.dumps([{"path": _shown(f.path), "line": f.line, "severity": f.severity,
                                "check": f.check, "message": f.message} for f in report.findings],
                              indent=2, ensure_ascii=False))
    else:
        for f in report.findings:
            if output_format == "github":
                click.echo(f"::{f.severity} file={_annotation(_shown(f.path), True)},line={f.line},"
                           f"title={_annotation('i18n check: ' + f.check, True)}::{_annotation(f.message)}")
            else:
                click.echo(f"{_shown(f.path)}:{f.line}: {f.severity}: {f.check}: {f.message}")
    # No silent skip: CI and a laptop without Hunspell must not disagree unnoticed.
    in_ci = os.environ.get("CI", "").lower() == "true"
    for language, names in report.not_run.items():
        click.echo(f"{'error' if in_ci else 'warning'}: Hunspell or its {language} dictionary is not installed: "
                   f"{', '.join(names)} did not run (apt-get install hunspell hunspell-{base_language(language)})",
                   err=True)
    click.echo(f"{len(report.catalogs)} catalogs checked: {report.errors} error(s), "
               f"{report.warnings} warning(s)", err=True)
    if report.errors or (in_ci and report.not_run):
        sys.exit(1)


def _ask_time_zone(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise click.BadParameter(f"unknown time zone {value!r} (e.g. America/Chicago)") from None
    return value


@main.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
def init(context: click.Context, directory: Path | None):
    """Start a press room in DIRECTORY (default: the current one, or --root).

    Writes pyproject.toml with [tool.i18n] (or adds the table to an existing one), releases/,
    releases/about/, locales/glossary.csv, .gitignore lines and the GitHub workflow
    .github/workflows/i18n.yml. Never replaces a file; on a terminal it asks for the names.
    """
    from .scaffold import default_settings, has_settings, init_project

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
        _fail(error)
    for path in result.written:
        click.echo(f"wrote {_shown(path)}{'/' if path.is_dir() else ''}")
    for path, added in result.extended:
        click.echo(f"added to {_shown(path)}: {added}")
    for path in result.kept:
        click.echo(f"kept {_shown(path)}{'/' if path.is_dir() else ''} (already there)")
    click.echo("next: write releases/YYYY-MM-DD-slug.md (or `i18n import FILE`), then `i18n extract`")


@main.group()
def tm():
    """Translation memory exchange: TMX 1.4b out and in."""


@tm.command(name="export")
@click.option("--lang", "language", required=True, metavar="LANG", help="Target language of the pairs.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to FILE (default: standard output).")
@click.pass_obj
def tm_export(config: Config, language: str, output: Path | None):
    """Write every reviewed (English, LANG) pair as TMX 1.4b."""
    from .filesafe import atomic_write
    from .tmx import export_tmx

    _configured(config, [language], "--lang")
    try:
        data = export_tmx(config, language)
    except I18nError as error:
        _fail(error)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
        return
    atomic_write(output, data)
    click.echo(f"wrote {_shown(output)}", err=True)


@tm.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Replace a memory of the same name in locales/memory/.")
@click.pass_obj
def tm_import(config: Config, file: Path, replace: bool):
    """Keep FILE.tmx in locales/memory/: `i18n translate` consults it after the catalogs."""
    from .tmx import import_tmx

    try:
        with _locked(config):
            target, units = import_tmx(config, file, replace)
    except I18nError as error:
        _fail(error)
    click.echo(f"imported {_shown(file)} -> {config.relative(target)}: {units} translation units")


from . import cli_import  # noqa: E402,F401  (registers `i18n import`, both of its modes)


def run() -> None:
    """The `i18n` command: main() (an unexpected exception: its traceback, then one line),
    then an exit that leaves the objects of the run to the process's end (frozen out of the interpreter's last garbage collection, which otherwise
    walks them all: 20 ms after a build of 1,000 releases)."""
    import gc

    try:
        main()
    except Exception as error:  # a bug: its traceback, then one line saying so
        import traceback

        traceback.print_exc()
        click.echo(f"error: unexpected {type(error).__name__}: {excerpt(str(error), 200)} (a bug in i18n: "
                   "please report it with the traceback above)", err=True)
        sys.exit(1)
    finally:
        gc.freeze()
