"""Shared fixtures: a scratch copy of this repository and the real `i18n` CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
import yaml
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


@pytest.fixture(autouse=True, scope="session")
def _own_apertium_modes(tmp_path_factory):
    """The Apertium modes this run builds live in a cache of its own: a run from another checkout
    (other rules, another mode) removes the user's cached modes it did not build, even in use."""
    user_cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    patch = pytest.MonkeyPatch()
    patch.setenv("PIP_CACHE_DIR", os.environ.get("PIP_CACHE_DIR") or os.path.join(user_cache, "pip"))
    patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


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


def _run(args, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(args, capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{' '.join(map(str, args))}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="session")
def installed_package(tmp_path_factory) -> dict[str, Path]:
    """The package as users install it, from what is committed: a fresh `git clone` of this
    repository, its sdist, the wheel built from that sdist (`python -m build`), installed
    into a new venv. Returns the sdist, the wheel and the venv's bin folder."""
    if not (REPO / ".git").exists():
        pytest.fail("the package tests need a git checkout of the repository")
    base = tmp_path_factory.mktemp("package")
    _run(["git", "clone", "--quiet", str(REPO), str(base / "source")])
    _run([sys.executable, "-m", "build", "--outdir", str(base / "dist"), str(base / "source")])
    sdist, = (base / "dist").glob("*.tar.gz")
    wheel, = (base / "dist").glob("*.whl")
    _run([sys.executable, "-m", "venv", str(base / "venv")])
    bin_dir = base / "venv" / "bin"
    # Its dependencies come from the configured package index, as for a user (through pip's cache).
    _run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)])
    return {"sdist": sdist, "wheel": wheel, "bin": bin_dir}


def installed_env(bin_dir: Path) -> dict[str, str]:
    """The environment of a shell with the venv's bin first on PATH, as after an activation."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(bin_dir.parent)
    return env


def run_workflow_steps(root: Path, env: dict[str, str]) -> list[str]:
    """Run the `run:` steps of root's .github/workflows/i18n.yml in root, as GitHub's shell does,
    but the installation ones (GNU gettext is on this machine; the package is in env's venv).
    Returns the steps run; fails the test on the first one that fails."""
    workflow = yaml.safe_load((root / ".github/workflows/i18n.yml").read_text(encoding="utf-8"))
    ran = []
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "run" not in step or "apt-get" in step["run"] or "pip install" in step["run"]:
                continue
            result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                                    cwd=root, env=env, capture_output=True, text=True)
            assert result.returncode == 0, (step["name"], result.stdout, result.stderr)
            assert "Traceback" not in result.stderr
            ran.append(step["run"].strip())
    return ran


def by_role(catalog, role: str) -> list:
    """The live entries of a catalog whose `#.` comment names this role, in file order: tests
    pick entries by what they are, never by position."""
    return [e for e in catalog if not e.obsolete and e.comment.splitlines()[:1] == [role]]


def require_apertium() -> None:
    """Skip a test that needs Apertium eng-spa when it is missing; in CI, fail instead."""
    if shutil.which("apertium") is None or not os.path.exists("/usr/share/apertium/modes/eng-spa.mode"):
        if os.environ.get("CI") == "true":
            pytest.fail("Apertium eng-spa missing in CI: `make test` installs it")
        pytest.skip("Apertium eng-spa not installed")


def require_drafting_tools(hunspell_dictionary: str = "") -> None:
    """require_apertium, and hunspell with that dictionary ("es_US") when one is named."""
    require_apertium()
    missing = [] if shutil.which("hunspell") else ["hunspell"]
    if hunspell_dictionary and not os.path.exists(f"/usr/share/hunspell/{hunspell_dictionary}.dic"):
        missing.append(f"the hunspell dictionary {hunspell_dictionary}")
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"missing in CI: {', '.join(missing)} (`make test` installs them)")
        pytest.skip(f"not installed: {', '.join(missing)}")


def release_drafts(project: Path, run_cli, slug: str, paragraphs: list[str], title: str = "Notice",
                   whole_project: bool = False) -> dict[str, str]:
    """A release of these paragraphs (dated by its slug), extracted and translated (with the
    project's other releases when whole_project); its drafts by English."""
    body = "\n\n".join(paragraphs)
    write_markdown(project, slug, f'---\ntitle: "{title}"\ndate: {slug[:10]}\n---\n', body)
    for command in (["extract"], ["translate"] if whole_project else ["translate", "--release", slug]):
        result = run_cli(project, *command)
        assert result.exit_code == 0, result.output
    catalog = project / "locales" / "es" / "LC_MESSAGES" / "releases" / f"{slug}.po"
    return {e.msgid: e.msgstr for e in polib.pofile(str(catalog)) if e.msgid}


def write_markdown(project: Path, slug: str, front: str, body: str) -> None:
    """releases/<slug>.md with the given front matter block and body."""
    (project / "releases" / f"{slug}.md").write_text(front + body + "\n", encoding="utf-8")

