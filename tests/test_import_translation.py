"""`i18n import --lang es --release SLUG FILE`: a release's existing Spanish version, as text,
HTML or .docx, aligned into its catalog as drafts marked `# aligned from FILE`."""

from __future__ import annotations

import html
import json
import os

import docx
import polib
import pytest

from conftest import gnu, require_apertium

SLUG = "2025-06-02-river-cleanup"
CATALOG = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"
RELEASE = """\
---
title: Volunteers Pull 3 Tons of Trash From the Calder River
subtitle: The spring cleanup drew record crowds to six sites along the river
date: 2025-06-02
dateline: DAYTON
contacts:
  - name: Rosa Lindqvist
    phone: (937) 555-0142
    role: Volunteer coordinator
---
More than 850 volunteers joined Calder Riverkeepers on Saturday to clear 3 tons
of trash from six sites between Miamisburg and the Eastwood MetroPark, the
largest turnout in the group's 12-year history.

“We saw families, scout troops and retirees working side by side in the mud,”
said Rosa Lindqvist, volunteer coordinator at Calder Riverkeepers. “Every bag
they filled is one less bag that reaches the Ohio River.”

Crews removed 214 tires, two shopping carts and a rusted motorcycle frame near
the Stewart Street bridge.

## What happens next

- Sorting of recyclables will finish by June 15.
- A second cleanup is planned for September 20 at Carillon Park.
- Schools can borrow gloves and grabbers free of charge.

The cleanup was funded by a grant of $18,500 from the Montgomery County Water
Fund and by donations from local businesses.

Mayor Alicia Brandt thanked the volunteers and said the city would install 40
new trash bins along the riverside trail this summer.
"""
# The Spanish version: (kind, text), kind "mark" for the release's frame around its text.
TITLE_ES = "Voluntarios retiran 3 toneladas de basura del río Calder"
SUBTITLE_ES = "La limpieza de primavera atrajo a multitudes récord a seis puntos a lo largo del río"
LEAD_ES = ("Más de 850 voluntarios se unieron a Calder Riverkeepers el sábado para retirar 3 toneladas de "
           "basura de seis puntos entre Miamisburg y el Eastwood MetroPark, la mayor participación en los "
           "12 años de historia del grupo.")
QUOTE_ES = ("“Vimos a familias, grupos scout y jubilados trabajando codo con codo en el barro”, dijo Rosa "
            "Lindqvist, coordinadora de voluntarios de Calder Riverkeepers. “Cada bolsa que llenaron es una "
            "bolsa menos que llega al río Ohio”.")
CREWS_ES = ("Las cuadrillas retiraron 214 neumáticos, dos carritos de supermercado y el chasis oxidado de una "
            "motocicleta cerca del puente de Stewart Street.")
HEADING_ES = "Qué sigue"
ITEMS_ES = ["La clasificación de los reciclables terminará el 15 de junio.",
            "Está prevista una segunda limpieza el 20 de septiembre en Carillon Park.",
            "Las escuelas pueden pedir prestados guantes y pinzas sin costo."]
FUND_ES = ("La limpieza se financió con una subvención de 18.500 dólares del Montgomery County Water Fund y "
           "con donaciones de empresas locales.")
MAYOR_ES = ("La alcaldesa Alicia Brandt agradeció a los voluntarios y dijo que la ciudad instalará 40 nuevos "
            "contenedores de basura a lo largo del sendero ribereño este verano.")
SPANISH = [("mark", "PARA DIFUSIÓN INMEDIATA"), ("mark", "2 de junio de 2025"), ("title", TITLE_ES),
           ("subtitle", SUBTITLE_ES), ("mark", "Contacto: Rosa Lindqvist, (937) 555-0142"),
           ("paragraph", "DAYTON, 2 de junio de 2025 – " + LEAD_ES), ("paragraph", QUOTE_ES), ("paragraph", CREWS_ES),
           ("heading", HEADING_ES)] + [("item", item) for item in ITEMS_ES] + [
           ("paragraph", FUND_ES), ("paragraph", MAYOR_ES), ("heading", "Acerca de Calder Riverkeepers"),
           ("paragraph", "Calder Riverkeepers es una organización sin fines de lucro que protege el río Calder "
                         "desde 2013."), ("mark", "###")]
# What each English unit must receive (the contact role has no Spanish: left for the engine).
EXPECTED = {
    "Volunteers Pull 3 Tons of Trash From the Calder River": TITLE_ES,
    "The spring cleanup drew record crowds to six sites along the river": SUBTITLE_ES,
    "DAYTON": "DAYTON",
    "More than 850 volunteers": LEAD_ES,
    "“We saw families": QUOTE_ES,
    "Crews removed 214 tires": CREWS_ES,
    "What happens next": HEADING_ES,
    "Sorting of recyclables": ITEMS_ES[0],
    "A second cleanup": ITEMS_ES[1],
    "Schools can borrow": ITEMS_ES[2],
    "The cleanup was funded": FUND_ES,
    "Mayor Alicia Brandt": MAYOR_ES,
}
OTHER_RELEASE_ES = [
    ("title", "La biblioteca de Westfield abre una sala de estudio nocturna"),
    ("subtitle", "Estudiantes universitarios podrán trabajar hasta la medianoche durante los exámenes"),
    ("paragraph", "SPRINGFIELD – La Biblioteca Pública de Westfield abrirá su sala de lectura del segundo piso "
                  "hasta la medianoche de lunes a jueves a partir del 4 de noviembre."),
    ("paragraph", "“Nuestros lectores nos pidieron un lugar tranquilo y seguro para estudiar de noche”, dijo "
                  "Harold Okafor, director de la biblioteca."),
    ("paragraph", "La sala tiene 60 puestos con enchufes, conexión inalámbrica gratuita y préstamo de "
                  "computadoras portátiles con la tarjeta de la biblioteca."),
    ("paragraph", "El horario ampliado se financia con una donación de la Fundación Greene y durará hasta "
                  "el final del semestre de primavera."),
]

# Another release of the same organisation: the same names, places and people.
SAME_ORGANISATION_ES = [
    ("title", "Calder Riverkeepers abre inscripciones para su campamento de verano"),
    ("subtitle", "Niños de 8 a 12 años aprenderán a medir la calidad del agua del río"),
    ("paragraph", "DAYTON – Calder Riverkeepers abrió el lunes las inscripciones para su campamento de verano, "
                  "que recibirá a 120 niños en Carillon Park durante cuatro semanas de julio."),
    ("paragraph", "“Queremos que cada niño conozca el río que pasa por su barrio”, dijo Rosa Lindqvist, "
                  "coordinadora de voluntarios de Calder Riverkeepers."),
    ("paragraph", "Las familias pueden inscribirse en línea hasta el 15 de junio; la cuota es de 40 dólares y hay "
                  "becas disponibles."),
    ("paragraph", "El campamento cuenta con el apoyo del Montgomery County Water Fund y de la alcaldesa Alicia "
                  "Brandt."),
]


@pytest.fixture(autouse=True)
def _apertium():
    require_apertium()


@pytest.fixture
def river(project, run_cli):
    """The project with the English release extracted: its Spanish catalog is empty."""
    (project / "releases" / f"{SLUG}.md").write_text(RELEASE, encoding="utf-8")
    assert run_cli(project, "extract").exit_code == 0
    return project


def write_text(path, blocks) -> None:
    """Paragraphs apart by blank lines; a list's items on consecutive lines."""
    lines = []
    for index, (kind, text) in enumerate(blocks):
        lines.append(f"- {text}" if kind == "item" else text)
        if kind != "item" or index + 1 == len(blocks) or blocks[index + 1][0] != "item":
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def write_html(path, blocks) -> None:
    parts, in_list = [], False
    for kind, text in blocks:
        if kind == "item" and not in_list:
            parts.append("<ul>")
        if kind != "item" and in_list:
            parts.append("</ul>")
        in_list = kind == "item"
        tag = {"title": "h1", "subtitle": "h2", "heading": "h2", "item": "li"}.get(kind, "p")
        parts.append(f"<{tag}>{html.escape(text)}</{tag}>")
    body = "\n".join(parts + (["</ul>"] if in_list else []))
    path.write_text(f"<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\"><title>Comunicado</title>"
                    f"</head>\n<body><article>\n{body}\n</article></body></html>\n", encoding="utf-8")


def write_docx(path, blocks) -> None:
    document = docx.Document()
    for kind, text in blocks:
        style = {"title": "Title", "subtitle": "Subtitle", "heading": "Heading 2", "item": "List Bullet"}.get(kind)
        document.add_paragraph(text, style=style)
    document.save(str(path))


def entries(project) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in polib.pofile(str(project / CATALOG)) if not e.obsolete}


def received(project) -> dict[str, str]:
    """English unit (by its start in EXPECTED) -> the msgstr it has."""
    found = {}
    for msgid, entry in entries(project).items():
        key = next((k for k in EXPECTED if msgid.startswith(k)), None)
        if key is not None:
            found[key] = entry.msgstr
    return found


@pytest.mark.parametrize("writer, name", [(write_text, "comunicado.txt"), (write_html, "comunicado.html"),
                                          (write_docx, "comunicado.docx")])
def test_every_unit_receives_its_own_spanish_paragraph_as_an_aligned_draft(river, run_cli, tmp_path, writer,
                                                                            name):
    spanish = river / "incoming" / name
    spanish.parent.mkdir()
    writer(spanish, SPANISH)
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert result.exit_code == 0, result.output
    assert received(river) == EXPECTED
    assert (f"aligned {spanish} -> {CATALOG}: 12 aligned drafts, 1 left for the engine, 0 kept reviewed"
            in result.stdout)
    assert f"{CATALOG}: left for the engine: contact role: 'Volunteer coordinator'" in result.stderr
    assert "not aligned" not in result.stderr  # the frame (marks, contact, About, ###) is left out, not misread

    draft = entries(river)["What happens next"]
    assert draft.flags == ["fuzzy"] and draft.tcomment == f"aligned from incoming/{name}"
    data = (river / CATALOG).read_bytes()
    assert (f'# aligned from incoming/{name}\n#. heading 2\n#: releases/{SLUG}.md\n#, fuzzy\n'
            f'msgid "What happens next"\nmsgstr "Qué sigue"\n').encode() in data
    assert gnu("msgfmt", "--check", "-o", os.devnull, str(river / CATALOG)).returncode == 0
    assert gnu("msgcat", str(river / CATALOG)).stdout == data
    again = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert again.exit_code == 0 and (river / CATALOG).read_bytes() == data  # a second run changes nothing

    rows = {row["catalog"]: row for row in json.loads(run_cli(river, "stats", "--format", "json").stdout)}
    assert rows[f"releases/{SLUG}"]["aligned_draft"] == 12
    assert rows[f"releases/{SLUG}"]["untranslated"] == 1


def test_translate_afterwards_drafts_only_what_did_not_align(river, run_cli, tmp_path):
    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, SPANISH)
    assert run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish)).exit_code == 0
    result = run_cli(river, "translate", "--release", SLUG)
    assert result.exit_code == 0, result.output
    assert received(river) == EXPECTED
    assert entries(river)["Volunteer coordinator"].tcomment.startswith("machine translation:")
    assert all(e.tcomment == "aligned from comunicado.txt" for k, e in entries(river).items()
               if any(k.startswith(x) for x in EXPECTED))


def test_machine_drafts_give_way_to_the_aligned_translation(river, run_cli, tmp_path):
    assert run_cli(river, "translate", "--release", SLUG).exit_code == 0
    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, SPANISH)
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert result.exit_code == 0, result.output
    assert "12 aligned drafts, 0 left for the engine, 0 kept reviewed" in result.stdout
    assert received(river) == EXPECTED
    assert {e.tcomment for k, e in entries(river).items() if any(k.startswith(x) for x in EXPECTED)} == {
        "aligned from comunicado.txt"}
    assert entries(river)["Volunteer coordinator"].tcomment.startswith("machine translation:")


def test_a_reviewed_entry_is_never_changed(river, run_cli, tmp_path):
    path = river / CATALOG
    catalog = polib.pofile(str(path))
    reviewed = next(e for e in catalog if e.msgid.startswith("Crews removed"))
    reviewed.msgstr = "Los equipos sacaron 214 llantas cerca del puente de Stewart Street."
    catalog.save()
    path.write_bytes(gnu("msgcat", str(path)).stdout)
    before = path.read_text(encoding="utf-8")
    block = before[before.index("#. paragraph\n#: releases/2025-06-02-river-cleanup.md\nmsgid \"\"\n\"Crews"):]
    block = block[:block.index("\n\n")]

    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, SPANISH)
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert result.exit_code == 0, result.output
    assert "11 aligned drafts, 1 left for the engine, 1 kept reviewed" in result.stdout
    assert block + "\n\n" in path.read_text(encoding="utf-8")
    assert received(river)["Crews removed 214 tires"] == reviewed.msgstr


def test_a_heading_starting_with_sobre_is_text_not_an_about_block(river, run_cli, tmp_path):
    release = RELEASE.replace("## What happens next", "## About the sorting")
    (river / "releases" / f"{SLUG}.md").write_text(release, encoding="utf-8")
    assert run_cli(river, "extract").exit_code == 0
    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, [(kind, "Sobre la clasificación" if text == HEADING_ES else text) for kind, text in SPANISH])
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert result.exit_code == 0, result.output
    assert entries(river)["About the sorting"].msgstr == "Sobre la clasificación"
    assert received(river)["Mayor Alicia Brandt"] == MAYOR_ES


def test_an_extra_spanish_paragraph_is_reported_with_its_line_and_the_rest_aligns(river, run_cli, tmp_path):
    extra = "Las fotos de la jornada se pueden descargar desde nuestra página web."
    blocks = SPANISH[:8] + [("paragraph", extra)] + SPANISH[8:]
    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, blocks)
    line = spanish.read_text(encoding="utf-8").split("\n").index(extra) + 1
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert result.exit_code == 0, result.output
    assert f"{spanish}:{line}: not aligned: 'Las fotos de la jornada se pueden descargar desde nuestra p…'" \
        in result.stderr
    assert received(river) == EXPECTED


def test_a_missing_spanish_paragraph_leaves_its_unit_empty_and_nothing_after_it_misaligned(river, run_cli,
                                                                                          tmp_path):
    blocks = [block for block in SPANISH if block[1] != QUOTE_ES]
    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, blocks)
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert result.exit_code == 0, result.output
    assert f"{CATALOG}: left for the engine: paragraph: '“We saw families, scout troops and retirees" in result.stderr
    assert received(river) == {**EXPECTED, "“We saw families": ""}
    assert "11 aligned drafts, 2 left for the engine" in result.stdout


def test_after_a_gap_an_unanchored_heading_aligns_only_when_nothing_else_could_be_it(river, run_cli, tmp_path):
    blocks = [block for block in SPANISH if block[1] != CREWS_ES]
    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, blocks)
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert result.exit_code == 0, result.output
    assert received(river) == {**EXPECTED, "Crews removed 214 tires": ""}


def test_a_missing_list_item_is_left_empty_and_its_neighbours_keep_their_own(river, run_cli, tmp_path):
    blocks = [block for block in SPANISH if block[1] != ITEMS_ES[1]]
    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, blocks)
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert result.exit_code == 0, result.output
    got = received(river)
    assert got["A second cleanup"] == ""
    assert all(got[key] in ("", value) for key, value in EXPECTED.items())  # never another unit's text


@pytest.mark.parametrize("blocks", [OTHER_RELEASE_ES, SAME_ORGANISATION_ES], ids=["other", "same-organisation"])
def test_the_spanish_version_of_another_release_is_refused_whole(river, run_cli, tmp_path, blocks):
    before = (river / CATALOG).read_bytes()
    spanish = tmp_path / "otro.txt"
    write_text(spanish, blocks)
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert result.exit_code == 2
    assert f"{spanish}:1: does not look like the 'es' version of releases/{SLUG}.md" in result.stderr
    assert "nothing written" in result.stderr
    assert (river / CATALOG).read_bytes() == before


@pytest.mark.parametrize("args, message", [
    (["--lang", "es", "--release", "2099-01-01-nothing"], "no release with slug '2099-01-01-nothing' in releases/"),
    (["--lang", "fr", "--release", SLUG], "'fr' is not a configured language"),
    (["--lang", "es"], "--lang and --release go together"),
    (["--lang", "es", "--release", SLUG, "--title", "X"], "with --lang, give one FILE and no --slug"),
])
def test_bad_options_are_refused_with_exit_2_and_nothing_written(river, run_cli, tmp_path, args, message):
    before = (river / CATALOG).read_bytes()
    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, SPANISH)
    result = run_cli(river, "import", *args, str(spanish))
    assert result.exit_code == 2
    assert message in result.stderr
    assert (river / CATALOG).read_bytes() == before


def test_a_headline_right_under_the_marks_with_no_blank_line_is_kept(river, run_cli, tmp_path):
    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, SPANISH[3:])
    rest = spanish.read_text(encoding="utf-8")
    spanish.write_text(f"PARA DIFUSIÓN INMEDIATA\n2 de junio de 2025\n{TITLE_ES}\n\n{rest}", encoding="utf-8")
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert result.exit_code == 0, result.output
    assert received(river) == EXPECTED
    assert "  left out: release mark (line 1)\n  left out: date (line 2)\n" in result.stdout


def test_a_catalog_not_extracted_yet_is_named(river, run_cli, tmp_path):
    (river / CATALOG).unlink()
    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, SPANISH)
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert result.exit_code == 1
    assert f"error: {CATALOG} does not exist: run `i18n extract` first" in result.stderr
    assert not (river / CATALOG).exists()


def test_an_unreadable_file_is_refused_with_its_path(river, run_cli, tmp_path):
    before = (river / CATALOG).read_bytes()
    pdf = tmp_path / "comunicado.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(pdf))
    assert result.exit_code == 2
    assert f"{pdf}: a PDF file" in result.stderr
    assert "Traceback" not in result.output
    assert (river / CATALOG).read_bytes() == before


def test_a_translators_fuzzy_entries_are_kept_and_listed(river, run_cli, tmp_path):
    """Only drafts a tool wrote (machine, memory, an earlier alignment) give way: a stale
    entry (a reviewed translation kept fuzzy after an English edit, with its `#|`) and an
    entry a translator marked fuzzy are a person's work (issue 24, finding 4)."""
    assert run_cli(river, "translate", "--release", SLUG).exit_code == 0
    path = river / CATALOG
    catalog = polib.pofile(str(path))
    stale = next(e for e in catalog if e.msgid.startswith("Crews removed"))
    stale.msgstr = "Los equipos sacaron 214 llantas cerca del puente de Stewart Street."
    stale.previous_msgid = stale.msgid.replace("214", "213")
    stale.tcomment = ""
    marked = next(e for e in catalog if e.msgid.startswith("Mayor Alicia Brandt"))
    marked.msgstr = "La alcaldesa Alicia Brandt agradeció a los voluntarios (revisar la cifra)."
    marked.tcomment = "revisar con Rosa"
    catalog.save()
    path.write_bytes(gnu("msgcat", str(path)).stdout)

    spanish = tmp_path / "comunicado.txt"
    write_text(spanish, SPANISH)
    result = run_cli(river, "import", "--lang", "es", "--release", SLUG, str(spanish))
    assert result.exit_code == 0, result.output
    after = entries(river)
    for kept in (stale, marked):
        entry = after[kept.msgid]
        assert (entry.msgstr, entry.flags, entry.previous_msgid, entry.tcomment) == (
            kept.msgstr, ["fuzzy"], kept.previous_msgid, kept.tcomment)
    assert (f"{CATALOG}: kept as the translator left it: stale: paragraph: 'Crews removed 214 tires"
            in result.stderr)
    assert (f"{CATALOG}: kept as the translator left it: other fuzzy: paragraph: 'Mayor Alicia Brandt"
            in result.stderr)
    assert "10 aligned drafts, 0 left for the engine, 0 kept reviewed, 2 kept fuzzy" in result.stdout
    # Undoing the English edit still finds the reviewed translation the stale entry keeps.
    source = river / "releases" / f"{SLUG}.md"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "Crews removed 214 tires", "Crews removed 213 tires"), encoding="utf-8")
    assert run_cli(river, "extract").exit_code == 0
    restored = next(e for e in polib.pofile(str(path)) if e.msgid.startswith("Crews removed 213"))
    assert restored.msgstr == stale.msgstr and "fuzzy" not in restored.flags
