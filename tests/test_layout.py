"""The package's shape: the import-linter contracts of pyproject.toml (layers from the CLI down to
the base, no circles) hold, and a wrong import breaks them with its file and line."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, capture_output=True, text=True)


def test_the_package_keeps_its_layers_and_has_no_circles():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "Contracts: 2 kept, 0 broken." in result.stdout


@pytest.mark.parametrize("module, line, broken", [
    # a lower layer importing a higher one: the catalogs reaching for the renderer
    ("catalogs/headers.py", "from i18n.publish import render  # noqa: F401", "i18n.catalogs.headers -> i18n.publish.render"),
    # a circle: the registry importing a family that imports it
    ("checks/registry.py", "from i18n.checks import content  # noqa: F401", "- .registry -> .content"),
])
def test_a_wrong_import_breaks_a_contract_naming_its_line(tmp_path, module, line, broken):
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copy(REPO / "pyproject.toml", copy / "pyproject.toml")
    shutil.copytree(REPO / "i18n", copy / "i18n", ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "i18n" / module
    number = target.read_text(encoding="utf-8").count("\n") + 1
    target.write_text(target.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    result = lint_imports(copy)
    assert result.returncode == 1
    assert "BROKEN" in result.stdout and broken in result.stdout
    if "publish" in line:
        assert f"{broken} (l.{number})" in result.stdout
