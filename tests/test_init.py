"""`i18n init`: a press room of one's own, and the README's path through it from the wheel."""

from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys
import tomllib

import polib
import yaml

from conftest import REPO, installed_env, run_workflow_steps
from i18n.memory.package_strings import PACKAGE_COMMENT

README = (REPO / "README.md").read_text(encoding="utf-8")
MADE = [".github/workflows/i18n.yml", ".gitignore", "locales/es/LC_MESSAGES/site.po", "locales/glossary.csv",
        "pyproject.toml", "releases", "releases/about"]
# A release as an editor might paste it into a text file (the team's own writing).
RELEASE_TEXT = """\
FOR IMMEDIATE RELEASE

Riverside Library Opens a Free Tool-Lending Shelf

March 3, 2026

Contact: Dana Whitfield | (555) 201-4477 | press@riverside-library.example

RIVERSIDE – The Riverside Public Library will lend hand tools, drills and sewing machines \
to any card holder starting Monday, March 9.

"Neighbours asked us for this for years," said Dana Whitfield, the library's director. \
"Now a drill is as easy to borrow as a novel."

The shelf is open during library hours. Loans last one week and are free of charge.

###
"""
SLUG = "2026-03-03-riverside-library-opens-a-free"
WORKFLOW = ".github/workflows/i18n.yml"
GIT_ID = {"GIT_AUTHOR_NAME": "Press office", "GIT_AUTHOR_EMAIL": "press@example.org",
          "GIT_COMMITTER_NAME": "Press office", "GIT_COMMITTER_EMAIL": "press@example.org"}
FOR_GIT = ("releases/", "locales/", "vendor/", ".github/", "pyproject.toml", ".gitignore")


def readme_block(heading: str, index: int = 0) -> str:
    """The index-th ```sh block of the README section under heading."""
    section = README.split(f"\n{heading}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)```", section, re.DOTALL)[index]


def files(root) -> dict[str, bytes | None]:
    return {p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None)
            for p in sorted(root.rglob("*"))}


def test_readme_path_from_the_wheel_in_an_empty_folder(installed_package, tmp_path):
    """install, init, import, extract, translate (Apertium), build: the README's block, run as
    written but for the installation (the wheel is installed); then a translator's review, and
    the workflow `init` wrote passes in the new press room."""
    home = tmp_path / "home"
    (home / "inbox").mkdir(parents=True)
    (home / "inbox/release.txt").write_text(RELEASE_TEXT, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    env = installed_env(installed_package["bin"]) | {"HOME": str(home)}
    shutil.copy(installed_package["wheel"], home)  # the wheel the README's lines name
    block = readme_block("## Start your own press room")
    commands = [line.split(" #")[0].strip() for line in block.splitlines()]
    assert commands[0].startswith("python -m pip install ")
    room = work / "press-room"
    env |= GIT_ID
    out, err = [], []
    for command in commands[1:]:  # one by one, in the folder the previous line left
        result = subprocess.run(["bash", "-eo", "pipefail", "-c", command], cwd=room if room.is_dir() else work,
                                env=env, capture_output=True, text=True)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        out.append(result.stdout)
        err.append(result.stderr)
        committed(room, env, command)
    result = subprocess.CompletedProcess([], 0, "".join(out), "".join(err))

    assert set(MADE) <= set(files(room))
    assert (room / ".github/workflows/i18n.yml").read_bytes() == (REPO / ".github/workflows/i18n.yml").read_bytes()
    assert f"imported {home}/inbox/release.txt -> releases/{SLUG}.md" in result.stdout
    assert "drafting" in result.stdout  # Apertium drafted the Spanish
    assert (room / f"dist/en/{SLUG}/index.html").is_file()
    assert not (room / f"dist/es/{SLUG}/index.html").exists()  # drafts are not published
    assert f"es: {SLUG}: withheld" in result.stderr
    assert "warning: pyproject.toml: [tool.i18n] base_url is not set: no Atom feed" in result.stderr

    # The package's page strings came reviewed from the package: nothing of them was drafted.
    site = polib.pofile(str(room / "locales/es/LC_MESSAGES/site.po"))
    assert len(site) >= 10 and all(entry.msgstr or entry.msgstr_plural for entry in site)
    assert all(entry.tcomment == PACKAGE_COMMENT and not entry.fuzzy for entry in site)
    # Review: what a translator does in a PO editor for every draft.
    for path in (room / "locales/es").rglob("*.po"):
        catalog = polib.pofile(str(path))
        drafts = [entry for entry in catalog if "fuzzy" in entry.flags]
        assert drafts and all("machine translation: apertium" in entry.tcomment for entry in drafts) \
            or path.name in ("about.po", "site.po")
        for entry in drafts:
            entry.flags.remove("fuzzy")
        catalog.save()
    committed(room, env, "review")
    # The workflow's steps, with only what it installs: its apt packages (on this machine) and
    # the tool by its own install line, into a fresh venv (the wheel committed in vendor/).
    steps = [step for job in yaml.safe_load((room / WORKFLOW).read_text())["jobs"].values() for step in job["steps"]]
    apt = next(step["run"] for step in steps if "apt-get install" in step.get("run", ""))
    packages = [word for word in apt.split("apt-get install", 1)[1].split() if not word.startswith("-")]
    assert set(packages) == set(makefile_packages())
    subprocess.run(["dpkg-query", "-W", *packages], check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "venv", str(tmp_path / "ci")], check=True)
    ci = installed_env(tmp_path / "ci/bin") | {"HOME": str(home)} | GIT_ID
    install = next(step["run"] for step in steps if "pip install" in step.get("run", ""))
    subprocess.run(["bash", "-eo", "pipefail", "-c", install], cwd=room, env=ci, check=True, capture_output=True)
    assert run_workflow_steps(room, ci) == ["i18n extract --check", "i18n check --format github",
                                            "i18n build --require es"]
    committed(room, ci, "workflow")
    for language in ("en", "es"):
        assert (room / f"dist/{language}/{SLUG}/index.html").is_file()
        # No base_url yet (init's default): Atom needs absolute ids, so no feed, with a warning.
        assert not (room / f"dist/{language}/feed.xml").exists()
        assert 'rel="canonical"' not in (room / f"dist/{language}/{SLUG}/index.html").read_text(encoding="utf-8")
    spanish = (room / f"dist/es/{SLUG}.txt").read_text(encoding="utf-8")
    assert "3 de marzo de 2026" in spanish and "biblioteca" in spanish
    # The Spanish pages carry the team's reviewed package strings, not a machine's.
    page = (room / f"dist/es/{SLUG}/index.html").read_text(encoding="utf-8")
    assert "PARA DIFUSIÓN INMEDIATA" in spanish and "PARA DIFUSIÓN INMEDIATA" in page
    assert "Saltar al contenido" in page and "Comunicados de prensa" in page
    assert "EMISIÓN" not in spanish + page and "Skip" not in page

    # The README's way to start from the package's base.html copies the installed one.
    script = readme_block("### Your own look: templates")
    subprocess.run(["bash", "-eo", "pipefail", "-c", script], cwd=room, env=env, check=True)
    installed = next(installed_package["bin"].parent.glob("lib/python*/site-packages/i18n/publish/templates/base.html"))
    assert (room / "templates/base.html").read_bytes() == installed.read_bytes()


def committed(room, env, command: str) -> None:
    """What a command left is either for git (sources, catalogs, settings, the wheel in vendor/)
    or git-ignored (outputs, cache, lock, temporary files); committed, git status is clean."""
    if not room.is_dir():
        return
    if not (room / ".git").exists():
        subprocess.run(["git", "init", "-q"], cwd=room, env=env, check=True)
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=room, env=env,
                            capture_output=True, text=True, check=True).stdout
    paths = [line[3:] for line in status.splitlines()]
    assert all(path.startswith(FOR_GIT) for path in paths), (command, paths)
    subprocess.run(["git", "add", "-A"], cwd=room, env=env, check=True)
    subprocess.run(["git", "commit", "-q", "--allow-empty", "-m", command], cwd=room, env=env, check=True)
    assert subprocess.run(["git", "status", "--porcelain"], cwd=room, env=env, capture_output=True,
                          text=True, check=True).stdout == ""


def makefile_packages() -> list[str]:
    """The Debian packages of the Makefile's SYSTEM_DEPS."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    value = re.search(r"^SYSTEM_DEPS := ((?:.*\\\n)*.*)$", makefile, re.MULTILINE).group(1)
    return sorted({pair.rsplit(":", 1)[1] for pair in value.replace("\\\n", " ").split()})


def test_readme_apt_line_is_what_the_makefile_installs():
    line = re.search(r"`sudo apt-get install ([^`]*)`", README.split("## Start your own press room", 1)[1]).group(1)
    assert sorted(line.split()) == makefile_packages()


def test_init_asks_nothing_off_a_terminal_and_writes_the_defaults(tmp_path, run_cli):
    room = tmp_path / "room"
    result = run_cli(room, "init")  # CliRunner's stdin is not a terminal: a prompt would fail
    assert result.exit_code == 0, result.output
    assert {path for path, data in files(room).items() if data is not None or not any(room.joinpath(path).iterdir())} \
        | {"releases"} == set(MADE)
    assert [line for line in result.stdout.splitlines() if line.startswith("wrote ")] == [
        f"wrote {room}/pyproject.toml", f"wrote {room}/releases/", f"wrote {room}/releases/about/",
        f"wrote {room}/locales/glossary.csv", f"wrote {room}/.gitignore", f"wrote {room}/.github/workflows/i18n.yml",
        f"wrote {room}/locales/es/LC_MESSAGES/site.po"]
    settings = tomllib.loads((room / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["i18n"]
    assert settings == {"source_language": "en", "languages": ["es"], "site_name": "Press releases",
                        "publisher": "Press office", "base_url": "", "timezone": "UTC"}
    assert (room / "locales/glossary.csv").read_text(encoding="utf-8") == "en,es,note\n"
    assert {"dist/", ".i18n-cache/", ".i18n.lock", "*.i18n-tmp"} <= set((room / ".gitignore").read_text().splitlines())
    # The new press room is a valid project for every command.
    assert run_cli(room, "extract").exit_code == 0
    assert run_cli(room, "build").exit_code == 0


def test_init_never_overwrites_and_appends_to_what_exists(tmp_path, run_cli):
    room = tmp_path / "room"
    (room / "locales").mkdir(parents=True)
    pyproject = '[project]\nname = "our-site"  # a comment kept as it is\n\n[tool.black]\nline-length = 100'
    (room / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    (room / ".gitignore").write_text("node_modules/\ndist/\n", encoding="utf-8")
    (room / "locales/glossary.csv").write_text("en,es,note\nRiverside,,place\n", encoding="utf-8")
    result = run_cli(room, "init")
    assert result.exit_code == 0, result.output
    text = (room / "pyproject.toml").read_text(encoding="utf-8")
    assert text.startswith(pyproject + "\n") and "\n[tool.i18n]\n" in text  # the rest kept as it was (tomlkit)
    assert tomllib.loads(text)["tool"]["black"] == {"line-length": 100}
    assert (room / ".gitignore").read_text(encoding="utf-8").startswith("node_modules/\ndist/\n\n# i18n: ")
    assert (room / ".gitignore").read_text(encoding="utf-8").count("dist/") == 1
    assert (room / "locales/glossary.csv").read_text(encoding="utf-8") == "en,es,note\nRiverside,,place\n"
    assert f"added to {room}/pyproject.toml: [tool.i18n]" in result.stdout
    assert f"added to {room}/.gitignore: .i18n-cache/, .i18n.lock, *.i18n-tmp" in result.stdout
    assert f"kept {room}/locales/glossary.csv (already there)" in result.stdout

    # A second run changes nothing and says it kept everything.
    before = files(room)
    result = run_cli(room, "init")
    assert result.exit_code == 0
    assert files(room) == before
    assert sum(line.startswith("kept ") for line in result.stdout.splitlines()) == len(MADE)


def test_init_names_a_broken_pyproject_and_writes_nothing(tmp_path, run_cli):
    room = tmp_path / "room"
    room.mkdir()
    (room / "pyproject.toml").write_text('[project]\nname = "x"\nversion = \n', encoding="utf-8")
    result = run_cli(room, "init")
    assert result.exit_code == 2
    assert re.fullmatch(r".*pyproject\.toml:3: invalid TOML: .*\n", result.stderr)
    assert sorted(files(room)) == ["pyproject.toml"]


def test_init_asks_for_the_names_on_a_terminal(tmp_path):
    controller, terminal = pty.openpty()
    # The answers wait in the terminal's input; an unknown time zone is asked again.
    os.write(controller, b"Riverside news\nRiverside Library\nhttps://news.example.org\nMars/Olympus\nAmerica/Chicago\n")
    process = subprocess.Popen([sys.executable, "-m", "i18n", "init", str(tmp_path / "room")],
                               stdin=terminal, stdout=terminal, stderr=terminal)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal closed: the command has finished
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait(timeout=60) == 0, shown
    assert b"unknown time zone 'Mars/Olympus'" in shown
    settings = tomllib.loads((tmp_path / "room/pyproject.toml").read_text(encoding="utf-8"))["tool"]["i18n"]
    assert settings == {"source_language": "en", "languages": ["es"], "site_name": "Riverside news",
                        "publisher": "Riverside Library", "base_url": "https://news.example.org",
                        "timezone": "America/Chicago"}


def test_base_url_relative_is_refused_and_empty_leaves_out_feeds_with_a_warning(tmp_path, run_cli):
    room = tmp_path / "room"
    assert run_cli(room, "init").exit_code == 0
    pyproject = room / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text.replace('base_url = ""', 'base_url = "/news"'), encoding="utf-8")
    result = run_cli(room, "build")
    assert result.exit_code == 2
    assert re.fullmatch(r".*pyproject\.toml:\d+: \[tool\.i18n\] base_url '/news' must be an http:// or https:// URL.*\n",
                        result.stderr)
    pyproject.write_text(text, encoding="utf-8")  # base_url = ""
    result = run_cli(room, "build")
    assert result.exit_code == 0
    assert result.stderr.count("base_url is not set") == 1
    index = (room / "dist/en/index.html").read_text(encoding="utf-8")
    assert "atom+xml" not in index and 'rel="canonical"' not in index
    assert not (room / "dist/en/feed.xml").exists()
    pyproject.write_text(text.replace('base_url = ""', 'base_url = "https://news.example.org"'), encoding="utf-8")
    result = run_cli(room, "build")
    assert result.exit_code == 0 and "base_url" not in result.stderr
    index = (room / "dist/en/index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://news.example.org/en/">' in index
    assert "<id>https://news.example.org/en/</id>" in (room / "dist/en/feed.xml").read_text(encoding="utf-8")
