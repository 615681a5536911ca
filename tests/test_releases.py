"""Release sources: the seed loads into a Release; every broken source is refused by the CLI.

Each broken source goes through the real `i18n extract` and `i18n build`: exit code 2, exactly
one `releases/<file>.md:<line>: <message>` line (line 1 is the opening `---` fence), no
traceback, and not one byte written anywhere in the project.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from i18n.sources.releases import Contact, Release, load_all

SEED = "2021-04-14-people-seeking-safe-haven.md"
LOCK_FILE = ".i18n.lock"  # the repository lock (git-ignored); held open, never written to


def _source(*lines: str) -> str:
    return "".join(line + "\n" for line in lines)


@dataclass(frozen=True)
class Broken:
    """A broken release source, and the one error line it must produce."""

    id: str
    files: dict  # file name under releases/ -> text
    file: str  # the file named in the error
    line: int  # 1-based, the `---` fence is line 1
    message: tuple  # regular expressions the message must match (all of them)


CASES = [
    Broken(
        "yaml-unclosed-bracket",
        {"2021-05-01-joint-statement.md": _source(
            "---",
            "title: Joint statement",
            "date: 2021-05-01",
            "about: [alianza-americas",  # line 4: the bracket is never closed
            "---",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 4,
        (r"(?i)invalid YAML",),
    ),
    Broken(
        "yaml-unclosed-quote",
        {"2021-05-01-joint-statement.md": _source(
            "---",
            "title: Joint statement",
            'subtitle: "Troops will only',  # line 3: the quote is never closed
            "date: 2021-05-01",
            "---",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 3,
        (r"(?i)invalid YAML",),
    ),
    Broken(
        "yaml-mapping-in-value",
        {"2021-05-01-joint-statement.md": _source(
            "---",
            "date: 2021-05-01",
            "title: Statement: troops: no",  # line 3
            "---",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 3,
        (r"(?i)invalid YAML",),
    ),
    Broken(
        "front-matter-missing",
        {"2021-05-01-joint-statement.md": _source(
            "title: Joint statement",
            "date: 2021-05-01",
            "",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 1,
        (r"(?i)front matter", r"---"),
    ),
    Broken(
        "front-matter-not-closed",
        {"2021-05-01-joint-statement.md": _source(
            "---",
            "title: Joint statement",
            "date: 2021-05-01",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 1,
        (r"(?i)front matter", r"(?i)not closed"),
    ),
    Broken(
        "missing-title",
        {"2021-05-01-joint-statement.md": _source(
            "---",
            "subtitle: Troops will only worsen things",
            "date: 2021-05-01",
            "---",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 1,
        (r"(?i)missing", r"'title'"),
    ),
    Broken(
        "missing-date",
        {"2021-05-01-joint-statement.md": _source(
            "---",
            "title: Joint statement",
            "dateline: CHICAGO",
            "---",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 1,
        (r"(?i)missing", r"'date'"),
    ),
    Broken(
        "date-february-30",
        {"2021-05-01-joint-statement.md": _source(
            "---",
            "title: Joint statement",
            "dateline: CHICAGO",
            "date: 2021-02-30",  # line 4
            "---",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 4,
        (r"(?i)invalid date", r"2021-02-30", r"YYYY-MM-DD"),
    ),
    Broken(
        "date-in-words",
        {"2021-05-01-joint-statement.md": _source(
            "---",
            "title: Joint statement",
            "date: April 14",  # line 3
            "---",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 3,
        (r"(?i)invalid date", r"April 14", r"YYYY-MM-DD"),
    ),
    Broken(
        "unknown-about-id",
        {"2021-05-01-joint-statement.md": _source(
            "---",
            "title: Joint statement",
            "date: 2021-05-01",
            "dateline: CHICAGO",
            "about:",  # line 5
            "  - alianza-americas",
            "  - nobody-knows",
            "---",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 5,
        (r"(?i)unknown about", r"nobody-knows", r"releases/about/nobody-knows\.md"),
    ),
    Broken(
        "invalid-slug",
        {"2021-05-01-joint-statement.md": _source(
            "---",
            "title: Joint statement",
            "date: 2021-05-01",
            "slug: Bad_Slug",  # line 4
            "---",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 4,
        (r"(?i)invalid slug", r"Bad_Slug"),
    ),
    Broken(
        "duplicate-slug",
        {
            "2021-05-01-joint-statement.md": _source(
                "---",
                "title: Joint statement",
                "date: 2021-05-01",
                "slug: joint-statement",
                "---",
                "Body.",
            ),
            "2021-05-02-joint-statement-again.md": _source(
                "---",
                "title: Joint statement, again",
                "date: 2021-05-02",
                "slug: joint-statement",  # line 4: the slug already taken above
                "---",
                "Body.",
            ),
        },
        "2021-05-02-joint-statement-again.md", 4,
        # The other file is named as the user sees it, not as an absolute path.
        (r"joint-statement'? is already used", r"by releases/2021-05-01-joint-statement\.md$"),
    ),
    Broken(
        "embargo-without-offset",
        {"2021-05-01-joint-statement.md": _source(
            "---",
            "title: Joint statement",
            "date: 2021-05-01",
            "dateline: CHICAGO",
            "embargo: 2021-05-01T09:00:00",  # line 5
            "---",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 5,
        (r"(?i)invalid embargo", r"2021-05-01T09:00:00", r"(?i)offset"),
    ),
    Broken(
        "unknown-field",
        {"2021-05-01-joint-statement.md": _source(
            "---",
            "title: Joint statement",
            "date: 2021-05-01",
            "author: Fernanda Durand",  # line 4
            "---",
            "Body.",
        )},
        "2021-05-01-joint-statement.md", 4,
        (r"(?i)unknown field", r"'author'"),
    ),
]


def snapshot(root: Path) -> dict:
    """Every directory and every file's bytes under root (the lock file aside)."""
    state = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if relative == LOCK_FILE:
            continue
        state[relative] = None if path.is_dir() else path.read_bytes()
    return state


@pytest.fixture
def in_project(project, monkeypatch):
    """The scratch project as the working directory: messages name files as `releases/...`."""
    monkeypatch.chdir(project)
    return project


@pytest.mark.parametrize("command", ["extract", "build"])
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_broken_source_is_refused_with_one_located_message_and_nothing_written(
        in_project, run_cli, case, command):
    project = in_project
    for name, text in case.files.items():
        (project / "releases" / name).write_text(text, encoding="utf-8")
    before = snapshot(project)

    result = run_cli(project, command)

    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stderr == lines[0] + "\n"
    match = re.fullmatch(r"(releases/[^:]+\.md):(\d+): (.+)", lines[0])
    assert match, lines[0]
    assert match.group(1) == f"releases/{case.file}"
    assert int(match.group(2)) == case.line, lines[0]
    message = match.group(3)
    for pattern in case.message:
        assert re.search(pattern, message), f"{pattern!r} not in {message!r}"
    assert str(project) not in result.stderr

    assert snapshot(project) == before
    assert not (project / "dist").exists()
    lock = project / LOCK_FILE
    assert not lock.exists() or lock.read_bytes() == b""


def test_broken_source_among_good_ones_stops_before_any_catalog_is_updated(in_project, run_cli):
    """A new good release next to a broken one: its catalogs are not written either."""
    project = in_project
    releases = project / "releases"
    (releases / "2021-05-01-good-one.md").write_text(_source(
        "---", "title: A good one", "date: 2021-05-01", "---", "A new paragraph.",
    ), encoding="utf-8")
    (releases / "2021-05-02-bad-one.md").write_text(_source(
        "---", "title: A bad one", "date: 2021-05-02", "embargo: tomorrow", "---", "Body.",
    ), encoding="utf-8")
    before = snapshot(project)

    result = run_cli(project, "extract")

    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("releases/2021-05-02-bad-one.md:4: ")
    assert snapshot(project) == before


def test_the_seed_release_loads(project):
    releases, abouts = load_all(project / "releases")

    assert len(releases) == 1
    release = releases[0]
    assert isinstance(release, Release)
    assert release.path.name == SEED
    assert release.title == "People Seeking Safehaven Should be Given Protection and Support"
    assert release.subtitle == "Armed troops will only worsen human rights violations"
    assert release.date == dt.date(2021, 4, 14)
    assert release.dateline == "CHICAGO"
    assert release.contacts == (
        Contact(name="Fernanda Durand", phone="(214) 402-0186"),
        Contact(name="Nancy Treviño", phone="(786) 201-8958"),
    )
    assert [contact.email for contact in release.contacts] == ["", ""]
    assert list(release.about) == ["alianza-americas", "presente-org"]
    assert sorted(abouts) == ["alianza-americas", "presente-org"]
    assert release.embargo is None
    # The body starts right after the closing fence (line 14 of the file).
    assert release.body_line == 15
    assert release.body.startswith("The following is a joint statement from Presente.org and Alianza Americas:\n")
    assert "---" not in release.body.splitlines()[0]
