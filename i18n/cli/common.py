"""What every command shares: finding the project, showing paths, the repository lock, and
turning a typed error into a one-line message and its exit status."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from i18n.config import Config
from i18n.errors import I18nError, SettingsError, SourceError


def find_root(start: Path) -> Path:
    """The nearest directory at or above start that holds a pyproject.toml."""
    for directory in (start, *start.parents):
        if (directory / "pyproject.toml").exists():
            return directory
    return start


def shown_path(path) -> str:
    """A path as the user typed it: relative to the working directory when inside it."""
    text, cwd = str(path), os.getcwd()  # the kernel's answer: no symbolic links left to resolve
    if text.startswith(cwd + os.sep) and os.path.normpath(text) == text:
        return text[len(cwd) + 1:]  # a plain path under the resolved root: no resolve() per line
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path(cwd).resolve()))
    except ValueError:
        return str(path)


def fail(error: I18nError):
    if isinstance(error, SettingsError):
        for each in error.errors:
            click.echo(f"{shown_path(each.path)}:{each.line}: {each.message}", err=True)
    elif isinstance(error, SourceError):
        click.echo(f"{shown_path(error.path)}:{error.line}: {error.message}", err=True)
    else:
        click.echo(f"error: {error}", err=True)
    sys.exit(error.exit_code)


def known_check_names() -> list[str]:
    """The names of `i18n check`'s checks, for validating checks_disabled with the settings."""
    from i18n.checks.run import check_names

    return check_names()


def require_configured(config: Config, languages, option: str) -> None:
    """A usage error (exit 2) for a language the project does not translate into."""
    unknown = [lang for lang in languages if lang not in config.languages]
    if unknown:
        raise click.BadParameter(f"{unknown[0]!r} is not a configured language "
                                 f"({', '.join(config.languages)})", param_hint=option)


def catalog_folders(config: Config) -> list[Path]:
    """Where extract, translate and import write catalogs and memories."""
    return [config.templates_path / "releases", config.locales_path / "memory",
            *(config.locales_path / language / "LC_MESSAGES" / "releases" for language in config.languages)]


def repository_locked(config: Config, writes_into: list[Path]):
    """The repository's lock, after refusing a symbolic link on the way to any folder the command
    writes into: writing there would write wherever it points (outside the project)."""
    from i18n.runtime.filesafe import refuse_links, repository_lock

    refuse_links(config.root, writes_into, "i18n writes releases and catalogs only into the project's own "
                                           "folders; remove the link (nothing was written)")

    def waiting():
        click.echo("waiting for another i18n command to finish with this repository…", err=True)

    def took_over(message: str):
        click.echo(message, err=True)

    return repository_lock(config.root, config.lock_timeout, on_wait=waiting, on_takeover=took_over)


def counted(number: int, noun: str, plural: str = "") -> str:
    """"1 machine draft", "2 machine drafts"."""
    return f"{number} {noun}" if number == 1 else f"{number} {plural or noun + 's'}"
