"""Catalogs as other tools write them (Poedit, Weblate, Lokalize, Launchpad, msgmerge, Babel):
every shape `msgfmt --check` accepts is read by every command without a traceback and without
a reviewed translation changing; what msgfmt refuses is `path:line: message`, exit 2."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from conftest import gnu, require_apertium

SLUG = "2021-04-14-people-seeking-safe-haven"
RELEASE_PO = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"


def _msgfmt_ok(path: Path) -> bool:
    return gnu("msgfmt", "--check", "-o", "/dev/null", str(path)).returncode == 0


def _reviewed(path: Path) -> dict:
    return {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(path))
            if e.msgid and e.msgstr and not e.fuzzy and not e.obsolete}


def test_a_windows_1252_catalog_is_checked_without_a_traceback(project, run_cli):
    path = project / RELEASE_PO
    text = path.read_text(encoding="utf-8").replace("charset=UTF-8", "charset=windows-1252")
    path.write_bytes(text.encode("cp1252"))  # Poedit on Windows; curly quotes are 0x93/0x94 there
    assert _msgfmt_ok(path)
    reviewed = _reviewed(path)
    result = run_cli(project, "check")
    assert "error: header" not in result.output and "msgfmt" not in result.output, result.output
    assert result.exit_code == 1 and "stale" in result.output  # not UTF-8 yet: extract rewrites it
    for command in (("extract",), ("check",), ("build", "--require", "es")):
        result = run_cli(project, *command)
        assert result.exit_code == 0, (command, result.output)
    assert _reviewed(path) == reviewed


def test_a_fuzzy_entry_whose_newlines_differ_is_read_as_msgfmt_reads_it(project, run_cli):
    """msgmerge's fuzzy matches often pair a msgid ending in \\n with a msgstr that does not;
    msgfmt checks that on reviewed entries only, and so must every command."""
    path = project / RELEASE_PO
    stale = '\n#, fuzzy\n#| msgid "An old closing line"\nmsgid "A closing line\\n"\nmsgstr "Una línea final"\n'
    path.write_text(path.read_text(encoding="utf-8") + stale, encoding="utf-8")
    assert _msgfmt_ok(path)
    reviewed = _reviewed(path)
    for command in (("stats",), ("build",), ("extract",), ("check",)):
        result = run_cli(project, *command)
        assert result.exit_code == 0, (command, result.output)
    assert _reviewed(path) == reviewed and _msgfmt_ok(path)
    assert '#~ msgid "A closing line\\n"\n#~ msgstr "Una línea final"' in path.read_text(encoding="utf-8")


def test_the_charset_is_found_after_a_long_header_comment(project, run_cli):
    """Launchpad and old GNU catalogs list every translator above the header: the charset may
    come after the first 4 KB."""
    source, path = project / f"releases/{SLUG}.md", project / RELEASE_PO
    latin = str.maketrans({"’": "´", "“": "«", "”": "»", "–": "-", "—": "-"})
    source.write_text(source.read_text(encoding="utf-8").translate(latin), encoding="utf-8")
    credits = "".join(f"# Traductora número {n} <t{n}@example.org>, 2009-2024.\n" for n in range(100))
    text = credits + path.read_text(encoding="utf-8").replace("charset=UTF-8", "charset=ISO-8859-1")
    path.write_bytes(text.translate(latin).encode("iso-8859-1"))
    assert _msgfmt_ok(path) and path.read_bytes().index(b"charset=") > 4096
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    published = " ".join((project / f"dist/es/{SLUG}.txt").read_text(encoding="utf-8").split())
    assert "dijo Oscar Chacón" in published


MISPLACED_PREVIOUS = {
    # a translator's note typed under the #| line, as a text editor allows
    "comment after #|": ('#| msgid "Armed troops worsen violations"\n# revisar\n', "# revisar"),
    "#| msgid twice": ('#| msgid "Armed troops"\n#| msgid "Armed troops worsen violations"\n',
                       '#| msgid "Armed troops worsen'),
    "#| msgctxt after #| msgid": ('#| msgid "Armed troops"\n#| msgctxt "subtitle"\n', '#| msgctxt'),
}


@pytest.mark.parametrize("case", MISPLACED_PREVIOUS, ids=list(MISPLACED_PREVIOUS))
def test_previous_message_lines_out_of_place_are_refused_as_msgfmt_refuses_them(project, run_cli, case):
    lines, marker = MISPLACED_PREVIOUS[case]
    path = project / RELEASE_PO
    text = path.read_text(encoding="utf-8")
    anchor = '#: releases/2021-04-14-people-seeking-safe-haven.md\nmsgid "Armed troops'
    path.write_text(text.replace(anchor, "#, fuzzy\n" + lines + anchor), encoding="utf-8")
    assert not _msgfmt_ok(path)
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if text.startswith(marker))
    before = path.read_bytes()
    for command in (("stats",), ("extract",), ("build",)):
        result = run_cli(project, *command)
        assert result.exit_code == 2, (command, result.output)
        assert f"{RELEASE_PO}:{line}: syntax error" in result.stderr, result.stderr
    assert path.read_bytes() == before


def test_a_plural_entry_with_an_empty_form_is_a_check_error(project, run_cli):
    """Poedit and Weblate save a plural entry with only the singular filled in; msgfmt accepts
    it, but the page would say "Contacts" in English: `i18n check` names the empty form."""
    path = project / "locales/es/LC_MESSAGES/site.po"
    text = path.read_text(encoding="utf-8")
    assert 'msgstr[1] "Contactos"' in text
    path.write_text(text.replace('msgstr[1] "Contactos"', 'msgstr[1] ""'), encoding="utf-8")
    assert _msgfmt_ok(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    line = lines.index('msgid "Contact"') + 1
    while lines[line - 2].startswith("#"):  # the entry starts at its first comment line
        line -= 1
    result = run_cli(project, "check")
    assert result.exit_code == 1, result.output
    assert (f"locales/es/LC_MESSAGES/site.po:{line}: error: untranslated: msgstr[1] empty: "
            "that plural would be shown in English") in result.output


def test_a_catalog_saved_with_windows_line_endings_is_read_and_rewritten_with_unix_ones(project, run_cli):
    path = project / RELEASE_PO
    text = path.read_text(encoding="utf-8").replace("#. title\n", "# revisado por Ana \n#. title\n", 1)
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    assert _msgfmt_ok(path)
    reviewed = _reviewed(path)
    source = project / f"releases/{SLUG}.md"  # an edit, so that the catalog is rewritten
    source.write_text(source.read_text(encoding="utf-8").replace("to stem migration", "to stop migration"),
                      encoding="utf-8")
    result = run_cli(project, "extract")
    assert result.exit_code == 0, result.output
    data = path.read_bytes()
    assert b"\r" not in data and "# revisado por Ana \n#. title\n".encode() in data
    assert gnu("msgcat", "--width=79", str(path)).stdout == data
    after = _reviewed(path)
    assert {k: v for k, v in reviewed.items() if "to stem migration" not in k[1]} == after


def test_a_plural_with_an_empty_form_withholds_the_language_and_is_never_drafted_over(project, run_cli):
    """The page would show that form in English, so the Spanish version waits; the form the
    translator wrote stays (drafting fills untranslated entries only)."""
    require_apertium()
    path = project / "locales/es/LC_MESSAGES/site.po"
    path.write_text(path.read_text(encoding="utf-8").replace('msgstr[1] "Contactos"', 'msgstr[1] ""'),
                    encoding="utf-8")
    result = run_cli(project, "build")
    assert result.exit_code == 0, result.output
    assert f"es: {SLUG}: withheld: 0 untranslated, 0 machine drafts, 0 stale, 1 other fuzzy" in result.output
    assert not (project / "dist" / "es" / f"{SLUG}.txt").exists()
    assert run_cli(project, "translate", "--engine", "apertium").exit_code == 0
    entry = next(e for e in polib.pofile(str(path)) if e.msgid == "Contact")
    assert entry.msgstr_plural == {0: "Contacto", 1: ""} and not entry.fuzzy
