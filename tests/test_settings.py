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


def test_help_gives_the_workflow_settings_and_exit_codes(project, run_cli):
    text = run_cli(project, "--help").stdout
    order = [text.index(f"i18n {step}") for step in ("import", "extract", "translate")]
    order += [text.index("(review)"), text.index("i18n check"), text.index("i18n build")]
    assert order == sorted(order)
    assert "[tool.i18n]" in text and "pyproject.toml" in text
    assert "0 done" in text and "1 findings" in text and "2 bad input" in text


def test_every_option_has_help_and_engines_name_what_they_need(project, run_cli):
    from i18n.cli import main
    from i18n.mt import ENGINES

    for name, command in main.commands.items():
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, (name, param.name)
    translate = run_cli(project, "translate", "--help").stdout.replace("\n", " ")
    translate = " ".join(translate.split())
    for engine, (offline, _needs) in ENGINES.items():
        assert f"{engine} ({'offline' if offline else 'cloud'}: needs" in translate
    assert "DEEPL_API_KEY" in translate and "LIBRETRANSLATE_URL" in translate
    build = " ".join(run_cli(project, "build", "--help").stdout.split())
    assert "Removes only the files an earlier build listed in .i18n-outputs" in build
    stats = " ".join(run_cli(project, "stats", "--help").stdout.split())
    assert "reviewed, machine_draft, memory_draft, aligned_draft, stale, other_fuzzy, untranslated, obsolete" in stats


@pytest.mark.parametrize("country, email_from, reply_to, problems", [
    ('"MX"', '"Oficina de Prensa <prensa@example.org>"', '"a@example.org, b.c+d@mail.example.org"', []),
    ('"XK"', '"\\"Office, Press\\" <press@example.org>"', '"Ann Lee <ann@localhost>"', []),
    ('"ZZ"', '"Press Office <press@>"', '"a@example.org, not an address"',
     ["email_reply_to: ' not an address' is not one e-mail address", "country 'ZZ' is not an ISO 3166",
      "email_from: 'Press Office <press@>' is not one e-mail address"]),
    ('"us"', '"a..b@example.org"', '"Press <press@example.org"',
     ["email_reply_to: 'Press <press@example.org' is not one", "country 'us' is not an ISO 3166",
      "email_from: 'a..b@example.org' is not one"]),
    ('"800"', '"press@example.org"', '""', ["country '800' is not an ISO 3166"]),
])
def test_country_and_addresses_are_checked_whatever_their_shape(project, run_cli, monkeypatch, country, email_from,
                                                                 reply_to, problems):
    text = (project / "pyproject.toml").read_text(encoding="utf-8")
    text = text.replace('country = "US"', f"country = {country}")
    text = text.replace('email_from = "Press Office <press@press.example.org>"', f"email_from = {email_from}")
    text = text.replace("[tool.i18n]\n", f"[tool.i18n]\nemail_reply_to = {reply_to}\n")
    (project / "pyproject.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(project)
    result = run_cli(project, "stats")
    lines = result.stderr.splitlines()  # in the file's order: email_reply_to first
    assert result.exit_code == (2 if problems else 0), result.stderr
    assert len(lines) == len(problems), result.stderr
    for line, problem in zip(lines, problems):
        assert problem in line, result.stderr
