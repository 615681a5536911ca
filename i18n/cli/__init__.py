"""The `i18n` command line: parse options, call the core, print, map errors to exit codes.

One module per command family (catalog_commands, build_command, import_commands,
project_commands, tm_commands) over the helpers they share (common). The top layer: it may
import every other package; none imports it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from i18n import __version__
from i18n.config import load_config
from i18n.errors import excerpt, I18nError
from i18n.cli.build_command import build
from i18n.cli.catalog_commands import check, extract, stats, translate
from i18n.cli.import_commands import import_
from i18n.cli.project_commands import init
from i18n.cli.tm_commands import tm
from i18n.cli.common import known_check_names, fail, find_root


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
        context.obj = load_config(root or find_root(Path.cwd()), check_names=known_check_names)
    except I18nError as error:
        fail(error)


# Each family's commands, in the order `i18n --help` lists them.
for command in (extract, translate, build, stats, check, init, import_, tm):
    main.add_command(command)


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
