"""Tests that hold the guards a one-line change could break unseen (issue 24, finding 10).

Each names the mistake it catches; each was checked by applying that mistake (the test
fails) and taking it back (the test passes):
- merge.py `_reviewed_against` without its draft-origin condition: a machine draft whose
  English goes A -> B -> A would come back reviewed, and publish unreviewed MT;
- pofile.py accepting fewer plural forms than `nplurals` (`!=` -> `>`): English plurals in
  Spanish pages;
- filesafe.py taking a shared lock instead of an exclusive one: two `i18n` commands at once;
- alignment.py `_pinned(before) or _pinned(after)` for `and`: an unanchored pair with a
  close rival accepted.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import polib

from conftest import gnu, require_apertium, write_markdown
from test_import_translation import CATALOG, HEADING_ES, RELEASE as RIVER_RELEASE, SLUG as RIVER_SLUG, SPANISH, \
    received, write_text

SLUG = "2021-04-14-people-seeking-safe-haven"
RELEASE_MD = f"releases/{SLUG}.md"
RELEASE_PO = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"
SITE_PO = "locales/es/LC_MESSAGES/site.po"


def test_a_machine_draft_whose_english_is_edited_and_restored_stays_a_draft(project, run_cli):
    source, path = project / RELEASE_MD, project / RELEASE_PO
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if "to stem migration" in e.msgid)
    entry.msgstr = "Un borrador de la máquina que nadie ha revisado."
    entry.flags = ["fuzzy"]
    entry.tcomment = "machine translation: apertium eng-spa"
    catalog.save()
    original = source.read_text(encoding="utf-8")
    source.write_text(original.replace("to stem migration", "to stop migration"), encoding="utf-8")
    assert run_cli(project, "extract").exit_code == 0
    source.write_text(original, encoding="utf-8")
    assert run_cli(project, "extract").exit_code == 0
    restored = polib.pofile(str(path)).find(entry.msgid)
    assert restored.msgstr == entry.msgstr and restored.fuzzy
    assert restored.tcomment == "machine translation: apertium eng-spa"
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 1
    assert f"es: {SLUG}: withheld: 0 untranslated" in result.stderr
    assert not (project / "dist" / "es" / SLUG).exists()


def test_fewer_plural_forms_than_nplurals_are_refused(project, run_cli):
    path = project / SITE_PO
    text = path.read_text(encoding="utf-8")
    assert 'msgstr[1] "Contactos"\n' in text
    path.write_text(text.replace('msgstr[1] "Contactos"\n', ""), encoding="utf-8")
    assert gnu("msgfmt", "--check", "-o", os.devnull, str(path)).returncode != 0
    line = text.split("\n").index('msgid "Contact"') + 1
    for command in (("build", "--require", "es"), ("extract",), ("stats",)):
        result = run_cli(project, *command)
        assert result.exit_code == 2, (command, result.output)
        assert f"{SITE_PO}:{line}: 1 plural forms, but the header" in result.stderr, result.stderr
    assert not (project / "dist").exists()


def test_two_i18n_commands_never_run_at_once(project, run_cli, tmp_path):
    """Two processes of the tool itself: `i18n translate` waits for a cloud engine on this
    machine that never answers, holding the lock; `i18n build` waits for the lock, then
    stops saying why, having written nothing."""
    write_markdown(project, "2024-05-01-new", "---\ntitle: A new release\ndate: 2024-05-01\n---\n",
                   "A paragraph for the engine.")
    assert run_cli(project, "extract").exit_code == 0
    with open(project / "pyproject.toml", "a", encoding="utf-8") as settings:
        settings.write("lock_timeout = 1\n")
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    environment = {**os.environ, "LIBRETRANSLATE_URL": f"http://127.0.0.1:{silent.getsockname()[1]}",
                   "NO_PROXY": "127.0.0.1"}
    first = subprocess.Popen([sys.executable, "-m", "i18n", "--root", str(project), "translate", "--engine", "libre"],
                             env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        silent.settimeout(60)
        connection, _ = silent.accept()  # the first command is drafting: it holds the lock
        second = subprocess.run([sys.executable, "-m", "i18n", "--root", str(project), "build"],
                                capture_output=True, text=True)
        assert second.returncode == 1, second.stderr
        assert "another i18n command has held .i18n.lock" in second.stderr
        assert not (project / "dist").exists()
        connection.close()
    finally:
        first.kill()
        first.communicate()
        silent.close()


def test_an_unanchored_pair_with_a_close_rival_after_a_gap_is_refused(project, run_cli, tmp_path):
    """The heading "What happens next" has no name or number; the Spanish has an extra
    heading right after its own. Pinned on one side only, with a rival within the margin:
    not sure, so left for the engine, and the extra heading is reported."""
    require_apertium()
    (project / "releases" / f"{RIVER_SLUG}.md").write_text(RIVER_RELEASE, encoding="utf-8")
    assert run_cli(project, "extract").exit_code == 0
    at = SPANISH.index(("heading", HEADING_ES))
    blocks = SPANISH[:at + 1] + [("heading", "Lo que sigue")] + SPANISH[at + 1:]
    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, blocks)
    result = run_cli(project, "import", "--lang", "es", "--release", RIVER_SLUG, str(spanish))
    assert result.exit_code == 0, result.output
    assert received(project)["What happens next"] == ""
    assert f"{CATALOG}: left for the engine: heading 2: 'What happens next'" in result.stderr
