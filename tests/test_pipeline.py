"""End to end through the real `i18n` CLI on the seed release."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from conftest import REPO, by_role, gnu

SLUG = "2021-04-14-people-seeking-safe-haven"
SOURCE = f"releases/{SLUG}.md"
ES_RELEASE_PO = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file's bytes, but the lock and the cache (local state, git-ignored)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".i18n.lock" not in p.name and ".i18n-cache" not in p.parts}


def all_catalogs(root: Path) -> list[Path]:
    return sorted((root / "locales").rglob("*.po")) + sorted((root / "locales").rglob("*.pot"))


# ---------------------------------------------------------------- the repository's own catalogs


@pytest.mark.parametrize("path", all_catalogs(REPO), ids=lambda p: p.relative_to(REPO).as_posix())
def test_repository_catalog_is_a_msgcat_fixed_point(path):
    result = gnu("msgcat", str(path))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == path.read_bytes()


@pytest.mark.parametrize("path", sorted((REPO / "locales").rglob("*.po")),
                         ids=lambda p: p.relative_to(REPO).as_posix())
def test_repository_catalog_passes_msgfmt_check(path):
    result = gnu("msgfmt", "--check", "-o", "/dev/null", str(path))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""  # not even a warning about the header


def test_references_name_the_file_only_and_roles_are_commented():
    text = (REPO / ES_RELEASE_PO).read_text(encoding="utf-8")
    assert f"#: {SOURCE}\n" in text
    assert not re.search(r"^#: .*:\d+", text, re.MULTILINE)
    for role in ("title", "subtitle", "dateline", "paragraph"):
        assert f"#. {role}\n" in text
    header = polib.pofile(str(REPO / ES_RELEASE_PO)).metadata
    assert header["Language"] == "es"
    assert header["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert header["Content-Type"] == "text/plain; charset=UTF-8"
    assert header["X-Generator"]


def test_spanish_seed_is_fully_reviewed(project, run_cli):
    result = run_cli(project, "stats", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {row["catalog"] for row in rows} == {f"releases/{SLUG}", "about", "site"}
    for row in rows:
        assert row["entries"] > 0
        assert row["reviewed"] == row["entries"], row
        assert row["machine_draft"] == row["stale"] == row["untranslated"] == 0


# ---------------------------------------------------------------- extract


def test_second_extract_changes_no_byte(project, run_cli):
    before = snapshot(project)
    assert run_cli(project, "extract").exit_code == 0
    assert snapshot(project) == before


def test_extract_from_scratch_writes_templates_and_catalogs(project, run_cli):
    import shutil

    shutil.rmtree(project / "locales")
    result = run_cli(project, "extract")
    assert result.exit_code == 0, result.output
    for name in (f"templates/releases/{SLUG}.pot", "templates/about.pot", "templates/site.pot",
                 f"es/LC_MESSAGES/releases/{SLUG}.po", "es/LC_MESSAGES/about.po", "es/LC_MESSAGES/site.po"):
        path = project / "locales" / name
        assert path.exists(), name
        assert gnu("msgcat", str(path)).stdout == path.read_bytes()
    # The template is what the repository holds: extraction is deterministic.
    for name in (f"templates/releases/{SLUG}.pot", "templates/about.pot", "templates/site.pot"):
        assert (project / "locales" / name).read_bytes() == (REPO / "locales" / name).read_bytes()


def test_extract_check_names_stale_catalogs_and_writes_nothing(project, run_cli):
    assert run_cli(project, "extract", "--check").exit_code == 0
    source = project / SOURCE
    source.write_text(source.read_text().replace("shameful decision", "disgraceful decision"))
    before = snapshot(project)
    result = run_cli(project, "extract", "--check")
    assert result.exit_code == 1
    assert f"locales/templates/releases/{SLUG}.pot: out of date" in result.stderr
    assert f"{ES_RELEASE_PO}: out of date" in result.stderr
    assert "about.po" not in result.stderr
    assert snapshot(project) == before


def test_template_error_fails_loudly(project, run_cli, monkeypatch, tmp_path):
    from i18n import layout

    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "broken.html").write_text("<p>{{ _('ok') }}</p>\n{% trans %}unclosed\n")
    monkeypatch.setattr(layout, "TEMPLATES_DIR", templates)
    result = run_cli(project, "extract")
    assert result.exit_code == 2
    assert re.match(r".*broken\.html:\d+: template error: ", result.stderr)


def test_a_second_command_waits_for_the_lock(project):
    """Two commands never interleave writes: the second waits, then says why it stopped."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time, fcntl; f = open(sys.argv[1], 'a+'); fcntl.flock(f, fcntl.LOCK_EX);"
         " print('locked', flush=True); time.sleep(30)", str(project / ".i18n.lock")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        pyproject = project / "pyproject.toml"
        pyproject.write_text(pyproject.read_text().replace('site_name = "Press releases"',
                                                            'site_name = "Press releases"\nlock_timeout = 0.5'))
        (project / "releases" / f"{SLUG}.md").write_text(  # a change the extract would write
            (project / "releases" / f"{SLUG}.md").read_text() + "\nA new closing paragraph.\n")
        before = {p: p.read_bytes() for p in (project / "locales").rglob("*.po*")}
        result = subprocess.run([sys.executable, "-m", "i18n", "--root", str(project), "extract"],
                                capture_output=True, text=True)
        assert result.returncode == 1
        assert {p: p.read_bytes() for p in (project / "locales").rglob("*.po*")} == before
        assert "waiting for another i18n command" in result.stderr
        assert "stopped without writing anything" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()


# ---------------------------------------------------------------- build


def test_build_publishes_the_reviewed_spanish_release(project, run_cli):
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    dist = project / "dist"
    page = (dist / "es" / SLUG / "index.html").read_text(encoding="utf-8")
    assert '<html lang="es">' in page
    assert "14 de abril de 2021" in page
    assert "PARA DIFUSIÓN INMEDIATA" in page
    assert "<h1>Las personas que buscan refugio deben recibir protección y apoyo</h1>" in page
    assert f'<link rel="alternate" hreflang="en" href="https://press.example.org/en/{SLUG}/">' in page
    assert f'<link rel="alternate" hreflang="es" href="https://press.example.org/es/{SLUG}/">' in page
    assert 'hreflang="en" lang="en">English</a>' in page  # the switcher
    assert "noindex" not in page and 'class="draft-banner"' not in page
    english = (dist / "en" / SLUG / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in english and "April 14, 2021" in english
    assert 'lang="es">Español</a>' in english
    wire = (dist / "es" / f"{SLUG}.txt").read_text(encoding="utf-8")
    assert wire.startswith("PARA DIFUSIÓN INMEDIATA\n14 de abril de 2021\n")
    assert "CHICAGO, 14 de abril de 2021.– A continuación" in wire
    assert "Acerca de Presente.org" in wire and wire.endswith("###\n")
    assert all(len(line) <= 72 for line in wire.splitlines())
    index = (dist / "es" / "index.html").read_text(encoding="utf-8")
    assert f'href="{SLUG}/"' in index


def test_build_is_deterministic_and_incremental(project, run_cli):
    assert run_cli(project, "build").exit_code == 0
    first = snapshot(project / "dist")
    result = run_cli(project, "build")
    assert "0 files written, 0 removed" in result.stdout
    assert snapshot(project / "dist") == first


def translate_as_identity(project: Path, language: str) -> None:
    """Every msgstr = its msgid, reviewed."""
    for path in (project / "locales" / language).rglob("*.po"):
        catalog = polib.pofile(str(path))
        for entry in catalog:
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            else:
                entry.msgstr = entry.msgid
        catalog.save()


def test_identity_translation_reproduces_the_english_page(project, run_cli):
    """Every msgstr = msgid: the Spanish body is the English body, unit for unit."""
    translate_as_identity(project, "es")
    assert run_cli(project, "build", "--require", "es").exit_code == 0

    def article(lang):
        page = (project / "dist" / lang / SLUG / "index.html").read_text(encoding="utf-8")
        # Apart by design: the note that no contact speaks the translation's language, and the
        # link to the other version (the original from a translation, a translation from it).
        page = re.sub(r'<p>No contact is listed as speaking [^<]*</p>\n|<p class="other-version">.*</p>\n', "", page)
        return page[page.index("<article>"):page.index("</article>")]

    english = article("en").replace("April 14, 2021", "DATE")
    spanish = article("es").replace("14 de abril de 2021", "DATE")
    assert spanish == english


def test_edited_paragraph_turns_fuzzy_and_withholds_spanish(project, run_cli):
    po_path = project / ES_RELEASE_PO
    before = {e.msgid: e.msgstr for e in polib.pofile(str(po_path))}
    source = project / SOURCE
    old_text = source.read_text(encoding="utf-8")
    source.write_text(old_text.replace("shameful decision", "disgraceful decision"), encoding="utf-8")

    assert run_cli(project, "extract").exit_code == 0
    catalog = polib.pofile(str(po_path))
    fuzzy = [e for e in catalog if "fuzzy" in e.flags]
    assert len(fuzzy) == 1
    assert "disgraceful" in fuzzy[0].msgid and "shameful" in fuzzy[0].previous_msgid
    assert fuzzy[0].msgstr == before[fuzzy[0].previous_msgid]
    for entry in catalog:
        if entry is not fuzzy[0]:
            assert entry.msgstr == before[entry.msgid]
    assert "#| msgid" in po_path.read_text(encoding="utf-8")

    result = run_cli(project, "build")
    assert result.exit_code == 0
    assert f"warning: es: {SLUG}: withheld: 0 untranslated, 0 machine drafts, 1 stale, 0 other fuzzy" in result.stderr
    assert not (project / "dist" / "es" / SLUG / "index.html").exists()
    assert not (project / "dist" / "es" / f"{SLUG}.txt").exists()
    english = (project / "dist" / "en" / SLUG / "index.html").read_text(encoding="utf-8")
    assert 'hreflang="es"' not in english  # no link to a page that is not published

    required = run_cli(project, "build", "--require", "es")
    assert required.exit_code == 1
    assert "required language(s) es not complete" in required.stderr

    # Review: the translator edits the msgstr and removes the fuzzy flag.
    fuzzy[0].flags.remove("fuzzy")
    fuzzy[0].previous_msgid = None
    fuzzy[0].msgstr = fuzzy[0].msgstr.replace("vergonzosa", "deshonrosa")
    catalog.save()
    assert run_cli(project, "build", "--require", "es").exit_code == 0
    assert "deshonrosa" in (project / "dist" / "es" / SLUG / "index.html").read_text(encoding="utf-8")


def test_drafts_are_published_only_with_drafts_and_a_banner(project, run_cli):
    po_path = project / ES_RELEASE_PO
    catalog = polib.pofile(str(po_path))
    draft = next(e for e in catalog if e.comment == "paragraph")
    draft.flags.append("fuzzy")
    draft.tcomment = "machine translation: apertium eng-spa"
    catalog.save()

    result = run_cli(project, "build")
    assert "withheld: 0 untranslated, 1 machine draft, 0 stale, 0 other fuzzy" in result.stderr
    assert not (project / "dist" / "es" / SLUG / "index.html").exists()

    result = run_cli(project, "build", "--drafts")
    assert result.exit_code == 0
    page = (project / "dist" / "es" / SLUG / "index.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex">' in page
    assert "Traducción automática: sin revisar." in page
    assert draft.msgstr in page
    wire = (project / "dist" / "es" / f"{SLUG}.txt").read_text(encoding="utf-8")
    assert wire.startswith("*** Traducción automática: sin revisar.")


def test_untranslated_entries_withhold_even_with_drafts(project, run_cli):
    po_path = project / ES_RELEASE_PO
    catalog = polib.pofile(str(po_path))
    by_role(catalog, "paragraph")[0].msgstr = ""
    catalog.save()
    result = run_cli(project, "build", "--drafts", "--require", "es")
    assert result.exit_code == 1
    assert "withheld: 1 untranslated" in result.stderr


def test_unsafe_translation_renders_inert(project, run_cli):
    po_path = project / ES_RELEASE_PO
    catalog = polib.pofile(str(po_path))
    by_role(catalog, "paragraph")[0].msgstr = ('<script>alert(1)</script> <img src=x onerror=alert(1)> '
                         '[clic](javascript:alert(1)) [bien](https://example.org)')
    catalog.save()
    assert run_cli(project, "build", "--require", "es").exit_code == 0
    page = (project / "dist" / "es" / SLUG / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "<img" not in page
    assert "javascript:" not in page.replace("[clic](javascript:alert(1))", "")
    assert '<a href="https://example.org">bien</a>' in page
    assert "&lt;script&gt;" in page


# ---------------------------------------------------------------- a second target language


def test_a_second_language_gets_catalogs_and_is_withheld_until_translated(project, run_cli):
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('languages = ["es"]', 'languages = ["es", "fr"]'))
    result = run_cli(project, "extract")
    assert result.exit_code == 0, result.output
    for name in (f"releases/{SLUG}", "about", "site"):
        path = project / "locales" / "fr" / "LC_MESSAGES" / f"{name}.po"
        catalog = polib.pofile(str(path))
        assert catalog.metadata["Language"] == "fr"
        assert catalog.metadata["Plural-Forms"] == "nplurals=2; plural=(n > 1);"
        assert gnu("msgfmt", "--check", "-o", "/dev/null", str(path)).returncode == 0
        assert gnu("msgcat", str(path)).stdout == path.read_bytes()
    # Names shared with Spanish are not invented for French: French starts untranslated.
    stats = json.loads(run_cli(project, "stats", "--lang", "fr", "--format", "json").stdout)
    assert all(row["reviewed"] == 0 for row in stats)

    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0
    assert f"warning: fr: {SLUG}: withheld:" in result.stderr
    assert not (project / "dist" / "fr" / SLUG).exists()
    assert (project / "dist" / "es" / SLUG / "index.html").exists()
    assert run_cli(project, "build", "--require", "fr").exit_code == 1

    # Translate French completely (identity is enough to show the gate opens).
    translate_as_identity(project, "fr")
    assert run_cli(project, "build", "--require", "fr").exit_code == 0
    page = (project / "dist" / "fr" / SLUG / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in page and "14 avril 2021" in page
    assert 'hreflang="fr"' in (project / "dist" / "es" / SLUG / "index.html").read_text(encoding="utf-8")


# ---------------------------------------------------------------- stats and usage errors


def test_stats_text_and_json(project, run_cli):
    text = run_cli(project, "stats")
    assert text.exit_code == 0
    assert re.search(rf"es\s+releases/{SLUG}\s+8\s+8\s+0\s+0\s+0\s+0\s+0", text.stdout)
    rows = json.loads(run_cli(project, "stats", "--format", "json").stdout)
    row = next(r for r in rows if r["catalog"] == "about")
    assert row == {**row, "language": "es", "entries": 2, "reviewed": 2, "obsolete": 0, "complete": True}


def test_require_an_unknown_language_is_a_usage_error(project, run_cli):
    result = run_cli(project, "build", "--require", "de")
    assert result.exit_code == 2
    assert "'de' is not a configured language" in result.output
    assert not (project / "dist").exists()


@pytest.mark.parametrize("setting, message", [
    ('timezone = "America/Chicag"', "unknown time zone 'America/Chicag' (e.g. America/Chicago)"),
    ("base_url = 3", "[tool.i18n] base_url must be text"),
    ('languages = "es"', "[tool.i18n] languages must be a list of strings"),
    ('lock_timeout = "soon"', "[tool.i18n] lock_timeout must be a number"),
])
def test_a_bad_setting_names_its_line_in_pyproject(project, run_cli, setting, message):
    pyproject = project / "pyproject.toml"
    key = setting.split(" =")[0]
    lines = [line for line in pyproject.read_text().splitlines() if not line.startswith(f"{key} =")]
    lines.append(setting)
    pyproject.write_text("\n".join(lines) + "\n")
    result = run_cli(project, "build")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"{pyproject}:{len(lines)}: {message}"
    assert not (project / "dist").exists()
