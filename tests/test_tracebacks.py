"""Inputs that once ended in a traceback: each is now a one-line `path:line: message` (or
simply works), and anything unexpected still ends with a one-line error under its traceback."""

from __future__ import annotations

import re
import subprocess
import sys

import polib
import pytest

SLUG = "2021-04-14-people-seeking-safe-haven"


def test_a_site_string_with_a_percent_sign_and_no_placeholder_is_published_as_written(project, run_cli):
    path = project / "locales" / "es" / "LC_MESSAGES" / "site.po"
    catalog = polib.pofile(str(path), wrapwidth=79)
    catalog.find("Atom feed").msgstr = "Canal Atom al 100%"
    catalog.save()
    result = run_cli(project, "build")
    assert result.exit_code == 0, result.output
    assert '">Canal Atom al 100%</a>' in (project / "dist" / "es" / "index.html").read_text(encoding="utf-8")


BAD_SETTINGS = [
    ("tool = 1\n", r"tool\s*=", "[tool] must be a table"),
    ("[tool]\ni18n = 5\n", r"i18n\s*=", "[tool.i18n] must be a table"),
    ("[[tool]]\na = 1\n", r"\[\[tool", "[tool] must be a table"),
    ('[tool.i18n]\nlanguages = ["xx"]\n', "languages", "unknown language 'xx'"),
    ('[tool.i18n]\nsource_language = "e/n"\n', "source_language", "unknown language 'e/n'"),
    ("[tool.i18n]\ncloud_timeout = inf\n", "cloud_timeout", "cloud_timeout must be a finite number"),
    ("[tool.i18n]\nlock_timeout = nan\n", "lock_timeout", "lock_timeout must be a finite number"),
    ("[tool.i18n]\nlock_timeout = -1\n", "lock_timeout", "lock_timeout must be 0 or more"),
    ("[tool.i18n]\nmemory_threshold = 5\n", "memory_threshold", "memory_threshold must be above 0 and at most 1"),
    ("[tool.i18n]\nmemory_threshold = -1\n", "memory_threshold", "memory_threshold must be above 0 and at most 1"),
]


@pytest.mark.parametrize("command", ["stats", "build"])
@pytest.mark.parametrize("table, where, message", BAD_SETTINGS)
def test_a_setting_of_the_wrong_shape_is_one_line_with_exit_2(project, run_cli, monkeypatch, table, where, message,
                                                              command):
    text = table + '\n[project]\nname = "press"\n'
    (project / "pyproject.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(project)
    result = run_cli(project, command)
    line = next(n for n, each in enumerate(text.splitlines(), 1) if re.match(where, each))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [result.stderr.strip()], result.stderr
    assert result.stderr.startswith(f"pyproject.toml:{line}: ") and message in result.stderr, result.stderr
    assert not (project / "dist").exists()


@pytest.mark.parametrize("command", ["extract", "check", "build", "stats"])
def test_a_front_matter_key_that_is_not_a_name_is_one_line_with_exit_2(project, run_cli, command):
    path = project / "releases" / f"{SLUG}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nsubtitle:", "\n? [a, b]\n: c\nsubtitle:", 1), encoding="utf-8")
    result = run_cli(project, command)
    message = "a front matter key must be a name, not a list or a mapping"
    if command == "check":  # a finding among the others, as any source `check` cannot read
        assert result.exit_code == 1
        assert f"{path}:3: error: stale: cannot compare the catalogs with the sources: {message}" in result.output
    else:
        assert result.exit_code == 2
        assert result.stderr.strip() == f"{path}:3: {message}"


def test_an_imported_link_with_a_line_break_in_its_address(project, run_cli, tmp_path):
    page = tmp_path / "shelter.html"
    page.write_text(
        "<html><head><title>Harbor group opens a new shelter</title></head><body>\n"
        "<h1>Harbor group opens a new shelter</h1>\n<p>March 3, 2025</p>\n"
        "<p>PORTLAND, Maine — The Harbor Aid Network opened a new shelter on Tuesday for families\n"
        "arriving in the city, with room for forty people.</p>\n"
        '<p>Read the <a href="https://example.org/shelter\n/plan\r\n">full plan</a> on our site.</p>\n'
        "<p>The shelter stays open through the winter, run by volunteers from the neighborhood.</p>\n"
        "</body></html>\n", encoding="utf-8")
    result = run_cli(project, "import", str(page))
    assert result.exit_code == 0, result.output
    written, = (project / "releases").glob("2025-03-03-*.md")
    assert "[full plan](https://example.org/shelter/plan)" in written.read_text(encoding="utf-8")


def test_an_unexpected_error_ends_with_one_line_under_its_traceback(project):
    # A fault injected where no input reaches (every known one is a `path:line` message now).
    program = ("import sys, i18n.publish.build, i18n.cli\n"
               "def broken(self): raise ZeroDivisionError('injected')\n"
               "i18n.publish.build.Builder.build = broken\n"
               "sys.argv = ['i18n', '--root', sys.argv[1], 'build']\n"
               "i18n.cli.run()\n")
    result = subprocess.run([sys.executable, "-c", program, str(project)], capture_output=True, text=True)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert lines[-1] == ("error: unexpected ZeroDivisionError: injected (a bug in i18n: please report it "
                         "with the traceback above)")
