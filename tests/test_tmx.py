"""TMX 1.4b out (`i18n tm export`) and in (`i18n tm import`), judged by Translate Toolkit."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import polib
from translate.storage.tmx import tmxfile

from test_memory import ES, REVIEWED, REVIEWED_ES, _apertium, reviewed_seed, write_release  # noqa: F401

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
HEADER_REQUIRED = ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype")


def test_export_writes_reviewed_pairs_as_tmx_14b(project, run_cli, tmp_path):
    reviewed_seed(project, run_cli)
    catalog = polib.pofile(str(project / ES / "2024-03-01-food-bank.po"))
    catalog[1].flags.append("fuzzy")  # a draft is not exported
    draft = catalog[1].msgid
    catalog.save()
    out = tmp_path / "es.tmx"
    result = run_cli(project, "tm", "export", "--lang", "es", "-o", str(out))
    assert result.exit_code == 0, result.output

    # The 1.4b DTD's structure: <tmx version="1.4"><header .../><body><tu><tuv xml:lang><seg>.
    root = ET.parse(out).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    assert [child.tag for child in root] == ["header", "body"]
    assert all(root.find("header").get(name) for name in HEADER_REQUIRED)
    for unit in root.find("body"):
        assert unit.tag == "tu" and [v.tag for v in unit] == ["tuv", "tuv"]
        assert all(v.get(XML_LANG) and [s.tag for s in v] == ["seg"] for v in unit)

    pairs = {unit.source: unit.target for unit in tmxfile.parsefile(str(out)).units}
    assert pairs[REVIEWED] == REVIEWED_ES
    assert draft not in pairs
    assert run_cli(project, "tm", "export", "--lang", "es").stdout.encode() == out.read_bytes()


def test_imported_tmx_is_consulted_after_the_catalogs(project, run_cli, tmp_path):
    english = "Registration for the spring soccer league closes on Friday at noon."
    spanish = "La inscripción en la liga de fútbol de primavera cierra el viernes al mediodía."
    document = tmxfile(sourcelanguage="en")
    document.addtranslation(english, "en", spanish, "es")
    external = tmp_path / "league.tmx"
    document.savefile(str(external))
    result = run_cli(project, "tm", "import", str(external))
    assert result.exit_code == 0, result.output
    assert "-> locales/memory/league.tmx: 1 translation units" in result.stdout
    assert (project / "locales" / "memory" / "league.tmx").read_bytes() == external.read_bytes()

    edited = english.replace("Friday", "Monday")
    write_release(project, "2024-03-02-league", 2, "Spring league", edited)
    assert run_cli(project, "extract").exit_code == 0
    assert run_cli(project, "translate", "--release", "2024-03-02-league").exit_code == 0
    entries = {e.msgid: e for e in polib.pofile(str(project / ES / "2024-03-02-league.po"))}
    assert entries[edited].msgstr == spanish and entries[edited].flags == ["fuzzy"]
    assert entries[edited].previous_msgid == english
    assert entries[edited].tcomment == "translation memory: 95% locales/memory/league.tmx"


def test_a_broken_tmx_is_refused_with_its_line(project, run_cli, tmp_path):
    broken = tmp_path / "broken.tmx"
    broken.write_text('<?xml version="1.0"?>\n<tmx version="1.4">\n<body><tu>\n</tmx>\n', encoding="utf-8")
    result = run_cli(project, "tm", "import", str(broken))
    assert result.exit_code == 2
    assert f"{broken}:4: not a TMX file" in result.stderr
    assert not (project / "locales" / "memory").exists()
