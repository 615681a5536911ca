"""[tool.i18n] settings: checked when any command loads them, every mistake at once."""

import pytest


def _settings(project, before: str, inside: str) -> str:
    """pyproject.toml with `before` placed ahead of [tool.i18n] and `inside` appended to it."""
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    head, table = text.split("[tool.i18n]\n", 1)
    text = head + before + "[tool.i18n]\n" + table.rstrip("\n") + "\n" + inside
    pyproject.write_text(text, encoding="utf-8")
    return text


def _line(text: str, starts: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(starts))


@pytest.mark.parametrize("command", ["stats", "build", "extract"])
def test_every_mistake_is_reported_at_once_by_any_command(project, run_cli, monkeypatch, command):
    text = _settings(project, "", 'checks_disabled = ["nunbers"]\ncloud_timeout = 0\nlock_timeout = "soon"\n')
    monkeypatch.chdir(project)
    result = run_cli(project, command)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 3, result.stderr
    assert lines[0].startswith(f"pyproject.toml:{_line(text, 'checks_disabled')}: "
                               "[tool.i18n] checks_disabled: 'nunbers' is not a check (checks: links, ")
    assert lines[1:] == [f"pyproject.toml:{_line(text, 'cloud_timeout')}: [tool.i18n] cloud_timeout must be above 0",
                         f"pyproject.toml:{_line(text, 'lock_timeout')}: [tool.i18n] lock_timeout must be a number"]
    assert not (project / "dist").exists()


def test_a_setting_line_is_found_in_the_tool_i18n_table_only(project, run_cli, monkeypatch):
    # Another tool's table ahead of ours has a key of the same name: the message names ours.
    text = _settings(project, '[tool.other]\nbase_url = "https://elsewhere.example"\n\n', "")
    text = text.replace('base_url = "https://press.example.org"', 'base_url = "ftp://press.example.org"')
    (project / "pyproject.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(project)
    result = run_cli(project, "stats")
    assert result.exit_code == 2
    ours = _line(text, 'base_url = "ftp')
    assert ours > _line(text, "[tool.i18n]") > _line(text, 'base_url = "https://elsewhere')
    assert result.stderr.startswith(f"pyproject.toml:{ours}: [tool.i18n] base_url ")
