"""Shared fixtures: a scratch copy of this repository and the real `i18n` CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from i18n.cli import main

REPO = Path(__file__).resolve().parent.parent
GNU_TOOLS = ("msgcat", "msgfmt", "msgmerge")


def require_gnu_gettext():
    """GNU gettext is the independent judge of our catalogs: in CI it must be there."""
    missing = [tool for tool in GNU_TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"GNU gettext missing in CI ({', '.join(missing)}): `make test` installs it")
        pytest.skip(f"GNU gettext not installed ({', '.join(missing)})")


@pytest.fixture(autouse=True, scope="session")
def _gnu_gettext():
    require_gnu_gettext()


@pytest.fixture
def project(tmp_path) -> Path:
    """A scratch copy of the repository's sources, catalogs and settings."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(REPO / "releases", root / "releases")
    shutil.copytree(REPO / "locales", root / "locales")
    return root


@pytest.fixture
def run_cli():
    """Run `i18n --root ROOT ARGS...` in-process; returns the click Result."""

    def run(root: Path, *args: str):
        runner = CliRunner()
        return runner.invoke(main, ["--root", str(root), *args], catch_exceptions=False)

    return run


def gnu(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), input=input, capture_output=True, check=False)
