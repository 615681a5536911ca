"""The package as users install it: the wheel and sdist hold every file the package needs,
and the GitHub workflow's own steps pass on a fresh clone with the wheel installed."""

from __future__ import annotations

import subprocess
import tarfile
import zipfile

from conftest import REPO, installed_env, run_workflow_steps

WORKFLOW = REPO / ".github/workflows/i18n.yml"
SLUG = "2021-04-14-people-seeking-safe-haven"


def package_files() -> set[str]:
    """Every file the package needs besides its Python modules, as committed."""
    listed = subprocess.run(["git", "ls-files", "i18n"], cwd=REPO, capture_output=True, text=True, check=True)
    return {path for path in listed.stdout.splitlines() if not path.endswith(".py")}


def test_wheel_and_sdist_hold_every_template(installed_package):
    expected = package_files()
    assert {f"i18n/publish/templates/{p.name}" for p in (REPO / "i18n/publish/templates").iterdir()} <= expected
    assert "i18n/starter/i18n.yml" in expected
    assert "i18n/translations/es.po" in expected  # the package's reviewed page strings
    with zipfile.ZipFile(installed_package["wheel"]) as wheel:
        in_wheel = set(wheel.namelist())
    assert expected <= in_wheel
    assert not any(name.startswith(("tests/", "releases/", "locales/", "bench/", "tools/")) for name in in_wheel)
    with tarfile.open(installed_package["sdist"]) as sdist:
        in_sdist = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert expected <= in_sdist


def test_the_shipped_workflow_is_the_repository_s_own():
    assert (REPO / "i18n/starter/i18n.yml").read_bytes() == WORKFLOW.read_bytes()


def test_workflow_steps_pass_on_a_fresh_clone_with_the_wheel(installed_package, tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
    env = installed_env(installed_package["bin"])
    # The `i18n` on PATH is the wheel's, not the clone's source.
    where = subprocess.run(["python", "-c", "import i18n; print(i18n.__file__)"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(installed_package["bin"].parent)), where

    # The workflow's own steps, read from it; `pip install .` is the wheel installed above.
    ran = run_workflow_steps(clone, env)
    assert ran == ["i18n extract --check", "i18n check --format github", "i18n build --require es"]
    for language in ("en", "es"):
        assert (clone / f"dist/{language}/{SLUG}/index.html").is_file()
        assert (clone / f"dist/{language}/{SLUG}.txt").is_file()
        assert (clone / f"dist/{language}/index.html").is_file()
        assert (clone / f"dist/{language}/feed.xml").is_file()
