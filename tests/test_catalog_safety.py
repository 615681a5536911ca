"""Catalogs users really have (issue 10): every command reads them as `msgfmt --check` does,
refuses a broken one with `path:line: message` (exit 2, nothing written), never writes one
msgfmt rejects, and never loses or misplaces a reviewed translation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import gnu

SLUG = "2021-04-14-people-seeking-safe-haven"
RELEASE_PO = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"
RELEASE_MD = f"releases/{SLUG}.md"
SITE_PO = "locales/es/LC_MESSAGES/site.po"


def _replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def _msgfmt_ok(path: Path) -> bool:
    return gnu("msgfmt", "--check", "-o", "/dev/null", str(path)).returncode == 0


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".i18n" not in str(p)}


# ---------------------------------------------------------------- 2, 3, 6: refused on read

BROKEN = {
    # name: (text replaced in the release catalog, replacement, line marker, message part)
    "unbalanced quote": ('msgstr "CHICAGO"', 'msgstr "CHICAGO', 'msgstr "CHICAGO', "end-of-line within string"),
    "invalid escape": ('msgstr "CHICAGO"', 'msgstr "CHI\\qCAGO"', 'msgstr "CHI', "invalid control sequence"),
    "duplicate msgid": ('msgid "CHICAGO"\nmsgstr "CHICAGO"',
                        'msgid "CHICAGO"\nmsgstr "CHICAGO"\n\nmsgid "CHICAGO"\nmsgstr "CHICAGÜ"',
                        'msgstr "CHICAGÜ"', "duplicate message definition"),
    "plural count": ('msgid "CHICAGO"\nmsgstr "CHICAGO"',
                     'msgid "CHICAGO"\nmsgid_plural "CHICAGOS"\nmsgstr[0] "a"\nmsgstr[1] "b"\nmsgstr[2] "c"',
                     'msgid_plural "CHICAGOS"', "nplurals=2"),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
@pytest.mark.parametrize("command", [("build", "--require", "es"), ("extract",), ("stats",)])
def test_a_catalog_msgfmt_rejects_is_refused_at_its_line(project, run_cli, case, command):
    old, new, marker, message = BROKEN[case]
    path = project / RELEASE_PO
    _replace(path, old, new)
    assert not _msgfmt_ok(path)
    line = _line_of(path, marker) - (1 if case in ("duplicate msgid", "plural count") else 0)
    before = _snapshot(project)
    result = run_cli(project, *command)
    assert result.exit_code == 2, result.output
    assert f"{RELEASE_PO}:{line}: " in result.stderr and message in result.stderr, result.stderr
    assert "Traceback" not in result.output
    assert _snapshot(project) == before  # nothing written, dist/ included
    assert not (project / "dist").exists()


def test_a_byte_order_mark_and_a_wrong_charset_are_named(project, run_cli):
    path = project / RELEASE_PO
    data = path.read_bytes()
    path.write_bytes(b"\xef\xbb\xbf" + data)
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 2 and f"{RELEASE_PO}:1: " in result.stderr and "byte-order mark" in result.stderr
    path.write_bytes(data.replace(b"charset=UTF-8", b"charset=ASCII"))
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 2, result.output
    assert re.search(rf"{RELEASE_PO}:\d+: invalid byte sequence for the header's charset ascii", result.stderr)
    assert "msgconv -t UTF-8" in result.stderr


def test_a_valid_iso_8859_1_catalog_is_read(project, run_cli):
    latin = str.maketrans({"’": "´", "“": "«", "”": "»", "–": "-", "—": "-"})
    source, path = project / RELEASE_MD, project / RELEASE_PO
    source.write_text(source.read_text(encoding="utf-8").translate(latin), encoding="utf-8")
    text = path.read_text(encoding="utf-8").replace("charset=UTF-8", "charset=ISO-8859-1")
    path.write_bytes(text.translate(latin).encode("iso-8859-1"))
    assert _msgfmt_ok(path)
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    assert "Alianza Americas" in (project / f"dist/es/{SLUG}.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------- 3: duplicates never eat a translation


def test_extract_refuses_a_duplicate_instead_of_dropping_a_translation(project, run_cli):
    path = project / RELEASE_PO
    _replace(path, 'msgid "CHICAGO"\nmsgstr "CHICAGO"',
             'msgid "CHICAGO"\nmsgstr "CHICAGO"\n\nmsgid "CHICAGO"\nmsgstr "CHICAGO (revisado)"')
    before = path.read_bytes()
    result = run_cli(project, "extract")
    assert result.exit_code == 2 and "duplicate message definition" in result.stderr
    assert path.read_bytes() == before


# ---------------------------------------------------------------- 4: U+2028 / U+2029


def test_line_separators_in_a_reviewed_msgstr_survive_every_command(project, run_cli):
    path = project / RELEASE_PO
    _replace(path, 'msgstr "CHICAGO"', 'msgstr "CHICAGO\u2028ILLINOIS\u2029"')
    run_cli(project, "extract")  # normalise once
    before = path.read_bytes()
    assert _msgfmt_ok(path) and "CHICAGO\u2028ILLINOIS\u2029".encode() in before
    for command in (("extract",), ("extract", "--check"), ("stats",), ("build", "--require", "es")):
        result = run_cli(project, *command)
        assert result.exit_code == 0, (command, result.output)
    assert path.read_bytes() == before
    assert "CHICAGO\u2028ILLINOIS" in (project / f"dist/es/{SLUG}.txt").read_text(encoding="utf-8")


def test_a_source_with_a_line_separator_round_trips(project, run_cli):
    _replace(project / RELEASE_MD, "Alianza Americas:", "Alianza\u2028Americas:")
    assert run_cli(project, "extract").exit_code == 0
    template = (project / f"locales/templates/releases/{SLUG}.pot").read_text(encoding="utf-8")
    assert "Alianza\u2028Americas:" in template
    path = project / RELEASE_PO
    assert _msgfmt_ok(path)
    before = path.read_bytes()
    result = run_cli(project, "extract", "--check")
    assert result.exit_code == 0, result.output
    assert run_cli(project, "extract").exit_code == 0 and path.read_bytes() == before


# ---------------------------------------------------------------- 5: three plural forms


def test_a_three_form_plural_header_is_kept_and_the_catalog_stays_valid(project, run_cli):
    path = project / SITE_PO
    three = "nplurals=3; plural=n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;"
    _replace(path, "nplurals=2; plural=(n != 1);", three)
    _replace(path, 'msgstr[1] "Contactos"', 'msgstr[1] "De contactos"\nmsgstr[2] "Contactos"')
    assert _msgfmt_ok(path)
    result = run_cli(project, "extract")
    assert result.exit_code == 0, result.output
    assert _msgfmt_ok(path), gnu("msgfmt", "--check", "-o", "/dev/null", str(path)).stderr
    text = path.read_text(encoding="utf-8")
    assert three in text and 'msgstr[2] "Contactos"' in text
    assert run_cli(project, "extract", "--check").exit_code == 0


# ---------------------------------------------------------------- 6: fidelity on merge


def test_extract_keeps_what_msgcat_keeps(project, run_cli):
    path = project / RELEASE_PO
    _replace(path, '"X-Generator: i18n-releases 0.1.0\\n"',
             '"X-POFile-SpellExtra: Chacón Treviño\\n"\n"X-Generator: i18n-releases 0.1.0\\n"\n'
             '"X-POFile-SpellExtra: Durand\\n"')
    _replace(project / RELEASE_MD, "to stem migration", "to stop migration")  # the catalog must change
    result = run_cli(project, "extract")
    assert result.exit_code == 0, result.output
    data = path.read_bytes()
    assert gnu("msgcat", "--width=79", str(path)).stdout == data
    assert data.count(b"X-POFile-SpellExtra") == 2
    assert data.index(b"Chac\xc3\xb3n Trevi") < data.index(b"X-Generator") < data.index(b"Durand")


# ---------------------------------------------------------------- 7: undoing an edit


def test_undoing_an_english_edit_restores_the_reviewed_entry(project, run_cli):
    source, path = project / RELEASE_MD, project / RELEASE_PO
    original_source, original = source.read_bytes(), path.read_bytes()
    _replace(source, "to stem migration", "to stop migration")
    assert run_cli(project, "extract").exit_code == 0
    assert b"#| msgid" in path.read_bytes()
    source.write_bytes(original_source)
    assert run_cli(project, "extract").exit_code == 0
    assert path.read_bytes() == original
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------- 8: repeated paragraphs


def test_each_repeated_paragraph_keeps_its_own_translation(project, run_cli):
    source, path = project / RELEASE_MD, project / RELEASE_PO
    repeated = "Both groups will answer questions from the press."
    text = source.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    paragraphs.insert(2, repeated)
    paragraphs.insert(5, repeated)
    source.write_text("\n\n".join(paragraphs), encoding="utf-8")
    assert run_cli(project, "extract").exit_code == 0
    po = path.read_text(encoding="utf-8")
    po = po.replace(f'msgid "{repeated}"\nmsgstr ""', f'msgid "{repeated}"\nmsgstr "PRIMERA"', 1)
    po = po.replace(f'msgid "{repeated}"\nmsgstr ""', f'msgid "{repeated}"\nmsgstr "SEGUNDA"', 1)
    path.write_text(po, encoding="utf-8")
    del paragraphs[2]
    source.write_text("\n\n".join(paragraphs), encoding="utf-8")
    assert run_cli(project, "extract").exit_code == 0
    assert _msgfmt_ok(path)
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    published = (project / f"dist/es/{SLUG}.txt").read_text(encoding="utf-8")
    assert "SEGUNDA" in published and "PRIMERA" not in published


# ---------------------------------------------------------------- 17: files in the way, kill -9


def test_a_folder_where_a_catalog_goes_is_one_line(project, run_cli):
    path = project / RELEASE_PO
    path.unlink()
    path.mkdir()
    result = run_cli(project, "extract")
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert RELEASE_PO.split("/")[-1] in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_lock_and_cache_of_the_wrong_type_are_one_line_or_ignored(project, run_cli):
    (project / ".i18n.lock").mkdir()
    result = run_cli(project, "extract")
    assert result.exit_code == 1 and ".i18n.lock" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    (project / ".i18n.lock").rmdir()
    (project / ".i18n-cache").write_text("not a folder")
    result = run_cli(project, "extract")  # the cache is only a shortcut: work goes on without it
    assert result.exit_code == 0 and result.stderr == ""


WRONG_CACHES = [[], "text", {"sources": []}, {"sources": {"releases/x.md": 3}},
                {"sources": {"releases/x.md": {"digest": 3}}}, {"catalogs": []}, {"catalogs": {"x": []}},
                {"reviewed": {"x": []}}, {"entries": []}, {"entries": {"x": {"file": None, "entries": [3]}}}]


@pytest.mark.parametrize("content", WRONG_CACHES, ids=[json.dumps(c) for c in WRONG_CACHES])
def test_a_cache_with_wrong_json_types_is_ignored(project, run_cli, content):
    assert run_cli(project, "extract").exit_code == 0
    for name in ("extract", "memory-es"):
        path = project / ".i18n-cache" / f"{name}.json"
        code = json.loads(path.read_text())["code"]
        path.write_text(json.dumps({**content, "code": code} if isinstance(content, dict) else content))
    before = _snapshot(project)
    for command in (("extract", "--check"), ("extract",)):
        result = run_cli(project, *command)
        assert result.exit_code == 0, (command, result.output)
    assert _snapshot(project) == before


def test_temporary_files_of_a_killed_run_are_removed_and_ignored(project, run_cli):
    folder = project / "locales/es/LC_MESSAGES/releases"
    left = folder / f".{SLUG}.po.k1ll3d.i18n-tmp"
    left.write_bytes(b"half a catalog")
    repository = Path(__file__).resolve().parent.parent
    ignored = gnu("git", "-C", str(repository), "check-ignore", "-q", "--no-index",
                  f"locales/es/LC_MESSAGES/releases/.{SLUG}.po.k1ll3d.i18n-tmp")
    assert ignored.returncode == 0
    assert run_cli(project, "extract").exit_code == 0
    assert not left.exists()


def test_a_broken_catalog_stops_extract_before_any_other_is_written(project, run_cli):
    _replace(project / RELEASE_MD, "to stem migration", "to stop migration")  # two catalogs to update
    about = project / "locales/es/LC_MESSAGES/about.po"
    about.write_text(about.read_text(encoding="utf-8") + "\nbogus\n", encoding="utf-8")
    before = _snapshot(project)
    result = run_cli(project, "extract")
    assert result.exit_code == 2 and "about.po:" in result.stderr
    assert _snapshot(project) == before


def test_a_full_disk_is_one_line_and_keeps_the_old_catalog(project):
    """A write that fails midway (here: the file-size limit, as a full disk would) names the
    file, exits non-zero without a traceback, and leaves the old catalog and no temporary file."""
    import resource
    import signal
    import subprocess
    import sys

    _replace(project / RELEASE_MD, "to stem migration", "to stop migration")
    path = project / RELEASE_PO
    before = path.read_bytes()

    def small_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    result = subprocess.run([sys.executable, "-m", "i18n", "--root", str(project), "extract"],
                            capture_output=True, text=True, preexec_fn=small_files)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "cannot write" in result.stderr and ".po" in result.stderr
    assert path.read_bytes() == before
    assert not list(project.rglob("*.i18n-tmp"))
