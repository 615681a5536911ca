"""A release removed from releases/: extract keeps its catalogs' reviewed translations as
obsolete entries under removed/, says so, and check and stats count only live catalogs."""

from __future__ import annotations

import json
import shutil

import polib

SLUG = "2021-04-14-people-seeking-safe-haven"
LIVE = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"
KEPT = f"locales/es/LC_MESSAGES/removed/{SLUG}.po"


def test_removed_release_catalogs_are_kept_obsolete_and_come_back_with_it(project, run_cli, tmp_path):
    assert run_cli(project, "extract").exit_code == 0
    reviewed = {e.msgid: e.msgstr for e in polib.pofile(str(project / LIVE)) if e.translated()}
    assert reviewed
    source = project / f"releases/{SLUG}.md"
    shutil.move(source, tmp_path / "release.md")

    result = run_cli(project, "extract", "--check")
    assert result.exit_code == 1 and f"{LIVE}: out of date" in result.stderr
    result = run_cli(project, "extract")
    assert result.exit_code == 0, result.output
    assert f"release {SLUG} was removed: {LIVE} kept as {KEPT} (entries obsolete)" in result.stdout
    assert f"release {SLUG} was removed: deleted locales/templates/releases/{SLUG}.pot" in result.stdout
    assert not (project / LIVE).exists() and not (project / f"locales/templates/releases/{SLUG}.pot").exists()
    kept = polib.pofile(str(project / KEPT))
    assert all(entry.obsolete for entry in kept)
    assert {e.msgid: e.msgstr for e in kept if e.msgstr and "fuzzy" not in e.flags} == reviewed
    assert run_cli(project, "extract", "--check").exit_code == 0

    # check and stats see only live catalogs.
    result = run_cli(project, "check", "--format", "json")
    assert SLUG not in result.stdout
    rows = json.loads(run_cli(project, "stats", "--format", "json").stdout)
    assert not any(SLUG in json.dumps(row) for row in rows)

    # The release back: its catalog returns and every unchanged entry is reviewed again.
    shutil.move(tmp_path / "release.md", source)
    result = run_cli(project, "extract")
    assert result.exit_code == 0, result.output
    assert f"release {SLUG} is back: restored {LIVE} from {KEPT}" in result.stdout
    assert not (project / KEPT).exists()
    back = polib.pofile(str(project / LIVE))
    assert {e.msgid: e.msgstr for e in back if e.translated()} == reviewed
    assert "removed" not in back.header


def test_a_renamed_release_keeps_its_reviewed_translations(project, run_cli):
    assert run_cli(project, "extract").exit_code == 0
    reviewed = {e.msgid: e.msgstr for e in polib.pofile(str(project / LIVE)) if e.translated()}
    renamed = "2021-04-15-people-seeking-safe-haven"
    (project / f"releases/{SLUG}.md").rename(project / f"releases/{renamed}.md")
    result = run_cli(project, "extract")
    assert result.exit_code == 0, result.output
    assert f"release {SLUG} was removed" in result.stdout
    catalog = polib.pofile(str(project / f"locales/es/LC_MESSAGES/releases/{renamed}.po"))
    assert {e.msgid: e.msgstr for e in catalog if e.translated()} == reviewed
