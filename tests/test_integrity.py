"""Integrity (issue 24, finding 9): a release file name msgfmt cannot carry, TMX that
round-trips, a memory file never silently replaced, an undone edit found again."""

from __future__ import annotations

import os

import polib

from conftest import gnu

SLUG = "2021-04-14-people-seeking-safe-haven"
RELEASE_MD = f"releases/{SLUG}.md"
RELEASE_PO = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"


def snapshot(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and ".i18n" not in p.as_posix()}


def test_a_release_file_name_with_a_line_break_is_refused(project, run_cli):
    (project / "releases" / "2024-01-02-a\ntest.md").write_text(
        "---\ntitle: A test\ndate: 2024-01-02\nslug: 2024-01-02-a-test\n---\nBody text here.\n", encoding="utf-8")
    before = snapshot(project)
    message = "releases/2024-01-02-a\\ntest.md:0: {}a line break or control character in the file name: rename it"
    for command in ("extract", "build"):
        result = run_cli(project, command)
        assert result.exit_code == 2, (command, result.output)
        assert result.stderr.endswith(message.format("") + "\n"), (command, result.stderr)
        assert len(result.stderr.splitlines()) == 1
    check = run_cli(project, "check")
    assert check.exit_code == 1
    assert message.format("error: stale: cannot compare the catalogs with the sources: ") in check.stdout
    assert snapshot(project) == before
    for path in (project / "locales").rglob("*.po*"):
        assert gnu("msgfmt", "--check", "-o", os.devnull, str(path)).returncode == 0, path


def test_tm_export_writes_what_tm_import_reads_back(project, run_cli, tmp_path):
    catalog = polib.pofile(str(project / RELEASE_PO))
    entry = next(e for e in catalog if e.comment == "title")
    entry.msgstr = "Las personas\x01 que buscan\x0b refugio\x1b"
    catalog.save()
    exported = tmp_path / "out.tmx"
    result = run_cli(project, "tm", "export", "--lang", "es", "-o", str(exported))
    assert result.exit_code == 0, result.output
    imported = run_cli(project, "tm", "import", str(exported))
    assert imported.exit_code == 0, imported.output
    assert "Las personas que buscan refugio" in (project / "locales" / "memory" / "out.tmx").read_text(encoding="utf-8")


def test_tm_import_never_silently_replaces_a_memory_of_the_same_name(project, run_cli, tmp_path):
    first, second = tmp_path / "a" / "agency.tmx", tmp_path / "b" / "agency.tmx"
    for path, spanish in ((first, "Hola"), (second, "Buenas")):
        path.parent.mkdir()
        path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header/><body><tu>'
                        f'<tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="es"><seg>{spanish}</seg></tuv>'
                        '</tu></body></tmx>\n', encoding="utf-8")
    stored = project / "locales" / "memory" / "agency.tmx"
    assert run_cli(project, "tm", "import", str(first)).exit_code == 0
    result = run_cli(project, "tm", "import", str(second))
    assert result.exit_code == 2, result.output
    assert "locales/memory/agency.tmx already exists" in result.stderr and "--replace" in result.stderr
    assert stored.read_bytes() == first.read_bytes()
    assert run_cli(project, "tm", "import", str(first)).exit_code == 0  # the same bytes again: nothing to replace
    replaced = run_cli(project, "tm", "import", "--replace", str(second))
    assert replaced.exit_code == 0, replaced.output
    assert stored.read_bytes() == second.read_bytes()


def test_undoing_an_edit_with_a_copy_above_finds_the_reviewed_translation_again(project, run_cli):
    """The English edited (the entry goes stale), a copy of the original paragraph added
    right above and translated on its own, the edit undone (the paragraph is reviewed
    again, with its own translation), the copy removed: the paragraph stays reviewed."""
    source, path = project / RELEASE_MD, project / RELEASE_PO
    original_source = source.read_text(encoding="utf-8")
    paragraphs = original_source.split("\n\n")
    index = next(i for i, p in enumerate(paragraphs) if "to stem migration" in p)
    original = paragraphs[index]
    reviewed = polib.pofile(str(path)).find(" ".join(original.split("\n"))).msgstr

    def write(blocks):
        source.write_text("\n\n".join(blocks), encoding="utf-8")
        assert run_cli(project, "extract").exit_code == 0

    edited = list(paragraphs)
    edited[index] = original.replace("to stem migration", "to stop migration")
    write(edited)
    write(edited[:index] + [original] + edited[index:])  # a copy of the original, right above
    catalog = polib.pofile(str(path))
    copy = catalog.find(" ".join(original.split("\n")))
    copy.msgstr = "Una copia con su propia traducción."
    catalog.save()
    write(paragraphs[:index] + [original] + paragraphs[index:])  # the edit undone
    lower = [e for e in polib.pofile(str(path)) if e.msgid == copy.msgid]
    assert [(e.msgstr, e.fuzzy) for e in lower] == [(copy.msgstr, False), (reviewed, False)]
    write(paragraphs)  # the copy (right above: neighbours cannot say which of the two went) removed
    entry = polib.pofile(str(path)).find(copy.msgid)
    assert entry.msgstr in (reviewed, copy.msgstr) and (entry.fuzzy, entry.previous_msgid) == (False, None)
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
