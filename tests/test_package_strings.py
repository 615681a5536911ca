"""The package's page strings ship translated and reviewed; a press room starts from them."""

from __future__ import annotations

import polib

from conftest import REPO
from i18n.memory.package_strings import PACKAGE_COMMENT

SHIPPED = REPO / "i18n/translations/es.po"


def entries(path) -> dict:
    return {(e.msgctxt, e.msgid): e for e in polib.pofile(str(path)) if not e.obsolete}


def test_the_package_catalog_is_this_repositorys_reviewed_spanish_for_every_package_string():
    shipped = entries(SHIPPED)
    reviewed = entries(REPO / "locales/es/LC_MESSAGES/site.po")
    package_strings = {key for key, entry in entries(REPO / "locales/templates/site.pot").items()
                       if any(ref.startswith("i18n/templates/") for ref, _line in entry.occurrences)}
    assert package_strings and package_strings <= set(shipped)
    for key, entry in shipped.items():
        assert not entry.fuzzy and (entry.msgstr or all(entry.msgstr_plural.values())), key
        assert (entry.msgstr, entry.msgstr_plural) == (reviewed[key].msgstr, reviewed[key].msgstr_plural), key


def test_extract_fills_package_strings_keeps_overrides_and_leaves_the_press_rooms_own(tmp_path, run_cli):
    room = tmp_path / "room"
    assert run_cli(room, "init").exit_code == 0
    (room / "templates").mkdir()
    base = (REPO / "i18n/publish/templates/base.html").read_text(encoding="utf-8")
    own = base.replace("<body>", '<body>\n<p>{{ _("Home of the Riverside newsroom") }}</p>', 1)
    assert own != base
    (room / "templates/base.html").write_text(own, encoding="utf-8")
    site_po = room / "locales/es/LC_MESSAGES/site.po"
    catalog = polib.pofile(str(site_po))
    catalog.find("Skip to content").msgstr = "Ir al texto"  # the press room's own wording
    draft = catalog.find("Languages")  # a machine draft an older version left
    draft.msgstr, draft.tcomment, draft.flags = "Lenguas", "machine translation: apertium eng-spa", ["fuzzy"]
    # The package's translation of an earlier English (a new package version changed it).
    stale = catalog.find("Atom feed")
    stale.msgstr, stale.flags, stale.previous_msgid = "Fuente Atom", ["fuzzy"], "Atom feeds"
    # A person's stale translation stays for the person.
    kept = catalog.find("draft")
    kept.msgstr, kept.flags, kept.previous_msgid, kept.tcomment = "borrador del equipo", ["fuzzy"], "Draft", ""
    catalog.save()

    result = run_cli(room, "extract")
    assert result.exit_code == 0, result.output
    site = entries(site_po)
    assert site[(None, "Skip to content")].msgstr == "Ir al texto"
    assert site[(None, "Languages")].msgstr == "Idiomas"
    assert site[(None, "Languages")].tcomment == PACKAGE_COMMENT and not site[(None, "Languages")].fuzzy
    assert site[(None, "FOR IMMEDIATE RELEASE")].msgstr == "PARA DIFUSIÓN INMEDIATA"
    assert site[(None, "Atom feed")].msgstr == "Canal Atom" and not site[(None, "Atom feed")].fuzzy
    assert site[(None, "draft")].msgstr == "borrador del equipo" and site[(None, "draft")].fuzzy
    mine = site[(None, "Home of the Riverside newsroom")]
    assert mine.msgstr == "" and mine.tcomment == ""  # the press room's to translate
    # A second extract changes nothing; the override stays through every command.
    before = site_po.read_bytes()
    assert run_cli(room, "extract").exit_code == 0
    assert site_po.read_bytes() == before


def test_a_language_the_package_does_not_translate_starts_empty(tmp_path, run_cli):
    room = tmp_path / "room"
    room.mkdir()
    (room / "pyproject.toml").write_text('[tool.i18n]\nlanguages = ["fr"]\n', encoding="utf-8")
    assert run_cli(room, "extract").exit_code == 0
    site = entries(room / "locales/fr/LC_MESSAGES/site.po")
    assert site and all(entry.msgstr == "" and entry.tcomment == "" for entry in site.values() if not entry.msgid_plural)
