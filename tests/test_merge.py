"""The .po update ("merge") specified case by case, and judged by GNU `msgmerge --previous`.

DESIGN.md promises `msgmerge --previous` semantics, so every case states the expected
catalog once and checks it against both engines on the same files: GNU msgmerge (so the
expectation really is msgmerge's behaviour) and our `merge_catalog` as written to disk by
`save_catalog` (so what we check is what translators' tools will read).

Entries are compared by (msgctxt, msgid, obsolete) on what PO editors see: msgstr, flags,
the `#|` previous fields and translator comments. Headers and the order of obsolete entries
are not compared. Test strings are clearly above or clearly below gettext's 0.6 similarity
threshold, so msgmerge's fstrcmp and any reasonable similarity measure agree.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from textwrap import dedent

import polib

from i18n.memory.exact import translation_memory
from i18n.catalogs.merge import merge_catalog
from i18n.catalogs.pofile import read_catalog, save_catalog
from conftest import gnu

NOW = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.timezone.utc)

PO_HEADER = r'''msgid ""
msgstr ""
"Project-Id-Version: Press releases\n"
"Language: es\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

'''

POT_HEADER = r'''msgid ""
msgstr ""
"Project-Id-Version: Press releases\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"

'''


# ---------------------------------------------------------------- helpers


@dataclass(frozen=True)
class E:
    """What a PO editor sees of one entry. msgstr is a tuple of forms for plural entries;
    previous holds the `#|` fields present (msgctxt / msgid / msgid_plural)."""

    msgstr: str | tuple[str, ...] = ""
    flags: tuple[str, ...] = ()
    previous: dict = field(default_factory=dict)
    tcomment: str = ""


def live(msgid: str, msgctxt: str | None = None) -> tuple:
    return (msgctxt, msgid, False)


def obsolete(msgid: str, msgctxt: str | None = None) -> tuple:
    return (msgctxt, msgid, True)


def read_po(path: Path) -> polib.POFile:
    # polib skips the `#~|` previous fields of obsolete entries; read them as `#|` so they
    # are compared too (the entry stays obsolete: its msgid lines still start with `#~`).
    return polib.pofile(path.read_text(encoding="utf-8").replace("\n#~| ", "\n#| "))


def seen(catalog: polib.POFile) -> dict[tuple, E]:
    view = {}
    for entry in catalog:
        key = (entry.msgctxt, entry.msgid, entry.obsolete)
        assert key not in view, f"duplicate entry {key}"
        msgstr = (
            tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
            if entry.msgid_plural else entry.msgstr
        )
        previous = {
            name: getattr(entry, f"previous_{name}")
            for name in ("msgctxt", "msgid", "msgid_plural")
            if getattr(entry, f"previous_{name}") is not None
        }
        view[key] = E(msgstr, tuple(sorted(entry.flags)), previous, entry.tcomment)
    return view


def live_order(catalog: polib.POFile) -> list[tuple]:
    return [(e.msgctxt, e.msgid) for e in catalog if not e.obsolete]


def merge_both(tmp_path: Path, old: str, pot: str, others=()):
    """Merge with GNU msgmerge and with merge_catalog; return (gnu's view, ours).

    `others` are other catalogs of the language: msgmerge gets them as `-C` compendiums,
    merge_catalog as the translation memory built from them.
    """
    old_path, pot_path = tmp_path / "old.po", tmp_path / "new.pot"
    old_path.write_text(PO_HEADER + dedent(old), encoding="utf-8")
    pot_path.write_text(POT_HEADER + dedent(pot), encoding="utf-8")
    other_paths = [tmp_path / f"other{number}.po" for number in range(1, len(others) + 1)]
    for path, text in zip(other_paths, others):
        path.write_text(PO_HEADER + dedent(text), encoding="utf-8")
    compendiums = [arg for path in other_paths for arg in ("-C", str(path))]

    gnu_path = tmp_path / "gnu.po"
    result = gnu("msgmerge", "--previous", "--quiet", *compendiums,
                 "-o", str(gnu_path), str(old_path), str(pot_path))
    assert result.returncode == 0, result.stderr.decode()
    theirs = read_po(gnu_path)

    # Inputs are read as the pipeline reads them (read_catalog keeps `#~|`).
    memory = translation_memory(read_catalog(path) for path in other_paths)
    merged = merge_catalog(read_catalog(pot_path), read_catalog(old_path),
                           "es", memory, NOW)
    ours_path = tmp_path / "ours.po"
    save_catalog(merged, ours_path, None)
    ours = read_po(ours_path)

    # Live entries follow the template in both.
    assert live_order(ours) == live_order(theirs)
    return seen(theirs), seen(ours)


def check(tmp_path: Path, old: str, pot: str, others=(), *, expected: dict) -> None:
    theirs, ours = merge_both(tmp_path, old, pot, others)
    assert theirs == expected, "the expectation is not what GNU msgmerge --previous does"
    assert ours == expected, "merge_catalog differs from GNU msgmerge --previous"


# ---------------------------------------------------------------- 1. unchanged


def test_unchanged_entries_keep_translation_and_fuzziness(tmp_path):
    check(
        tmp_path,
        old='''
        # Reviewed by Ana.
        #. paragraph
        msgid "The following is a joint statement from Presente.org and Alianza Americas:"
        msgstr "A continuación, una declaración conjunta de Presente.org y Alianza Americas:"

        #, fuzzy
        #| msgid "Armed troops will worsen human rights violations"
        msgid "Armed troops will only worsen human rights violations"
        msgstr "Las tropas armadas agravarán las violaciones de derechos humanos"

        # machine translation: apertium eng-spa
        #, fuzzy
        msgid "Migrants running for their lives deserve protection and support."
        msgstr "Migrantes que corren por sus vidas merecen protección y apoyo."
        ''',
        pot='''
        #. paragraph
        msgid "The following is a joint statement from Presente.org and Alianza Americas:"
        msgstr ""

        msgid "Armed troops will only worsen human rights violations"
        msgstr ""

        msgid "Migrants running for their lives deserve protection and support."
        msgstr ""
        ''',
        expected={
            live("The following is a joint statement from Presente.org and Alianza Americas:"):
                E("A continuación, una declaración conjunta de Presente.org y Alianza Americas:",
                  tcomment="Reviewed by Ana."),
            # A stale translation keeps its fuzzy flag and the msgid it was made for.
            live("Armed troops will only worsen human rights violations"):
                E("Las tropas armadas agravarán las violaciones de derechos humanos",
                  flags=("fuzzy",),
                  previous={"msgid": "Armed troops will worsen human rights violations"}),
            # A machine draft stays a machine draft (fuzzy + engine comment, no #|).
            live("Migrants running for their lives deserve protection and support."):
                E("Migrantes que corren por sus vidas merecen protección y apoyo.",
                  flags=("fuzzy",), tcomment="machine translation: apertium eng-spa"),
        },
    )


# ---------------------------------------------------------------- 2. changed source


def test_changed_source_inherits_closest_old_translation_as_fuzzy(tmp_path):
    check(
        tmp_path,
        old='''
        msgid "Armed troops will only worsen human rights violations"
        msgstr "Las tropas armadas solo agravarán las violaciones de derechos humanos"

        msgid "Armed troops will worsen the crisis at the border"
        msgstr "Las tropas armadas agravarán la crisis en la frontera"
        ''',
        pot='''
        msgid "Armed troops will only worsen the human rights violations"
        msgstr ""
        ''',
        expected={
            # The closer of two similar old entries gives its translation and its msgid.
            live("Armed troops will only worsen the human rights violations"):
                E("Las tropas armadas solo agravarán las violaciones de derechos humanos",
                  flags=("fuzzy",),
                  previous={"msgid": "Armed troops will only worsen human rights violations"}),
            # The other one vanished from the template.
            obsolete("Armed troops will worsen the crisis at the border"):
                E("Las tropas armadas agravarán la crisis en la frontera"),
        },
    )


def test_stale_entry_edited_again_keeps_its_first_previous_msgid(tmp_path):
    # The translation was made for the first msgid: `#|` must keep showing that one, so the
    # translator's diff covers both edits.
    check(
        tmp_path,
        old='''
        #, fuzzy
        #| msgid "Armed troops will worsen human rights violations"
        msgid "Armed troops will only worsen human rights violations"
        msgstr "Las tropas armadas agravarán las violaciones de derechos humanos"
        ''',
        pot='''
        msgid "Armed troops will only worsen the human rights violations"
        msgstr ""
        ''',
        expected={
            live("Armed troops will only worsen the human rights violations"):
                E("Las tropas armadas agravarán las violaciones de derechos humanos",
                  flags=("fuzzy",),
                  previous={"msgid": "Armed troops will worsen human rights violations"}),
        },
    )


# ---------------------------------------------------------------- 3. vanished


def test_vanished_entries_become_obsolete_and_untranslated_ones_are_dropped(tmp_path):
    check(
        tmp_path,
        old='''
        # Keep the company name in English.
        #. paragraph
        #: releases/2021-04-14-people-seeking-safe-haven.md
        msgid "Presente.org is the largest Latinx online organizing group."
        msgstr "Presente.org es el mayor grupo latino de organización en línea."

        #, fuzzy
        #| msgid "Fernanda Durand"
        msgid "Fernanda Durand, spokesperson"
        msgstr "Fernanda Durand"

        msgid "Paragraph nobody translated before it was deleted."
        msgstr ""

        #~ msgid "Deleted a long time ago."
        #~ msgstr "Borrado hace mucho tiempo."

        #, fuzzy
        #~| msgid "Nancy Treviño"
        #~ msgid "Nancy Treviño, spokesperson"
        #~ msgstr "Nancy Treviño"

        msgid "CHICAGO"
        msgstr "CHICAGO"
        ''',
        pot='''
        msgid "CHICAGO"
        msgstr ""
        ''',
        expected={
            live("CHICAGO"): E("CHICAGO"),
            # Translator comments survive, extracted comments and references do not.
            obsolete("Presente.org is the largest Latinx online organizing group."):
                E("Presente.org es el mayor grupo latino de organización en línea.",
                  tcomment="Keep the company name in English."),
            obsolete("Fernanda Durand, spokesperson"):
                E("Fernanda Durand", flags=("fuzzy",), previous={"msgid": "Fernanda Durand"}),
            # Entries already obsolete stay as they are, `#~|` included.
            obsolete("Deleted a long time ago."): E("Borrado hace mucho tiempo."),
            obsolete("Nancy Treviño, spokesperson"):
                E("Nancy Treviño", flags=("fuzzy",), previous={"msgid": "Nancy Treviño"}),
            # No obsolete entry for "Paragraph nobody translated...": nothing to keep.
        },
    )


def test_obsolete_entry_back_in_template_is_revived(tmp_path):
    check(
        tmp_path,
        old='''
        #~ msgid "Armed troops will only worsen human rights violations"
        #~ msgstr "Las tropas armadas solo agravarán las violaciones de derechos humanos"
        ''',
        pot='''
        msgid "Armed troops will only worsen human rights violations"
        msgstr ""
        ''',
        expected={
            live("Armed troops will only worsen human rights violations"):
                E("Las tropas armadas solo agravarán las violaciones de derechos humanos"),
        },
    )


def test_obsolete_entry_back_in_template_with_an_edit_is_a_fuzzy_match(tmp_path):
    # msgmerge looks for similar strings among obsolete entries too: a paragraph deleted
    # and later restored with an edit gets its old translation back as fuzzy.
    check(
        tmp_path,
        old='''
        #~ msgid "Armed troops will only worsen human rights violations"
        #~ msgstr "Las tropas armadas solo agravarán las violaciones de derechos humanos"
        ''',
        pot='''
        msgid "Armed troops will only worsen the human rights violations"
        msgstr ""
        ''',
        expected={
            live("Armed troops will only worsen the human rights violations"):
                E("Las tropas armadas solo agravarán las violaciones de derechos humanos",
                  flags=("fuzzy",),
                  previous={"msgid": "Armed troops will only worsen human rights violations"}),
        },
    )


# ---------------------------------------------------------------- 4. new


def test_new_string_without_similar_old_entry_stays_untranslated(tmp_path):
    check(
        tmp_path,
        old='''
        msgid "Armed troops will only worsen human rights violations"
        msgstr "Las tropas armadas solo agravarán las violaciones de derechos humanos"
        ''',
        pot='''
        msgid "Armed troops will only worsen human rights violations"
        msgstr ""

        msgid "Contact: Nancy Treviño, (786) 201-8958"
        msgstr ""
        ''',
        expected={
            live("Armed troops will only worsen human rights violations"):
                E("Las tropas armadas solo agravarán las violaciones de derechos humanos"),
            live("Contact: Nancy Treviño, (786) 201-8958"): E(""),
        },
    )


# ---------------------------------------------------------------- 5. translation memory

OTHER_RELEASE = '''
msgid "Presente.org is the largest Latinx online organizing group."
msgstr "Presente.org es el mayor grupo latino de organización en línea."

msgid "CHICAGO"
msgstr "CHICAGO (Illinois)"
'''


def test_memory_reuses_exact_reviewed_translation_from_another_catalog(tmp_path):
    check(
        tmp_path,
        old='''
        msgid "CHICAGO"
        msgstr "CHICAGO"
        ''',
        pot='''
        msgid "CHICAGO"
        msgstr ""

        msgid "Presente.org is the largest Latinx online organizing group."
        msgstr ""
        ''',
        others=[OTHER_RELEASE],
        expected={
            # This catalog's own translation wins over the memory's.
            live("CHICAGO"): E("CHICAGO"),
            # Reviewed elsewhere, identical msgid: reused as is, not fuzzy.
            live("Presente.org is the largest Latinx online organizing group."):
                E("Presente.org es el mayor grupo latino de organización en línea."),
        },
    )


def test_memory_fills_an_entry_left_untranslated_in_this_catalog(tmp_path):
    # The paragraph was extracted here before it was reviewed in the other catalog: the
    # next update must pick the reviewed translation up (msgmerge prefers a translated
    # definition, from the compendium, over an untranslated one).
    check(
        tmp_path,
        old='''
        msgid "Presente.org is the largest Latinx online organizing group."
        msgstr ""
        ''',
        pot='''
        msgid "Presente.org is the largest Latinx online organizing group."
        msgstr ""
        ''',
        others=[OTHER_RELEASE],
        expected={
            live("Presente.org is the largest Latinx online organizing group."):
                E("Presente.org es el mayor grupo latino de organización en línea."),
        },
    )


# ---------------------------------------------------------------- 6. msgctxt


def test_changed_msgctxt_inherits_translation_as_fuzzy(tmp_path):
    # The first of two identical paragraphs was deleted: the second loses its
    # "occurrence 2" context, and the translation follows as fuzzy with `#| msgctxt`.
    check(
        tmp_path,
        old='''
        msgid "Ends a paragraph that was deleted."
        msgstr ""

        msgctxt "occurrence 2"
        msgid "Migrants deserve protection and support."
        msgstr "Los migrantes merecen protección y apoyo."
        ''',
        pot='''
        msgid "Migrants deserve protection and support."
        msgstr ""
        ''',
        expected={
            live("Migrants deserve protection and support."):
                E("Los migrantes merecen protección y apoyo.", flags=("fuzzy",),
                  previous={"msgctxt": "occurrence 2",
                            "msgid": "Migrants deserve protection and support."}),
        },
    )


def test_duplicate_paragraph_gets_its_own_context_and_a_fuzzy_translation(tmp_path):
    check(
        tmp_path,
        old='''
        msgid "Migrants deserve protection and support."
        msgstr "Los migrantes merecen protección y apoyo."
        ''',
        pot='''
        msgid "Migrants deserve protection and support."
        msgstr ""

        msgctxt "occurrence 2"
        msgid "Migrants deserve protection and support."
        msgstr ""
        ''',
        expected={
            live("Migrants deserve protection and support."):
                E("Los migrantes merecen protección y apoyo."),
            live("Migrants deserve protection and support.", "occurrence 2"):
                E("Los migrantes merecen protección y apoyo.", flags=("fuzzy",),
                  previous={"msgid": "Migrants deserve protection and support."}),
        },
    )


def test_memory_match_is_exact_on_msgctxt_too(tmp_path):
    # A compendium entry is an exact match only with the same msgctxt; the memory's
    # paragraph without context is only a fuzzy proposal for "occurrence 2".
    check(
        tmp_path,
        old="",
        pot='''
        msgid "Presente.org is the largest Latinx online organizing group."
        msgstr ""

        msgctxt "occurrence 2"
        msgid "Presente.org is the largest Latinx online organizing group."
        msgstr ""
        ''',
        others=[OTHER_RELEASE],
        expected={
            live("Presente.org is the largest Latinx online organizing group."):
                E("Presente.org es el mayor grupo latino de organización en línea."),
            live("Presente.org is the largest Latinx online organizing group.", "occurrence 2"):
                E("Presente.org es el mayor grupo latino de organización en línea.",
                  flags=("fuzzy",),
                  previous={"msgid": "Presente.org is the largest Latinx online organizing group."}),
        },
    )


# ---------------------------------------------------------------- 7. plurals


def test_plural_entries_are_kept(tmp_path):
    check(
        tmp_path,
        old='''
        msgid "Contact"
        msgid_plural "Contacts"
        msgstr[0] "Contacto"
        msgstr[1] "Contactos"

        #, python-format
        msgid "%(count)d release"
        msgid_plural "%(count)d releases"
        msgstr[0] "%(count)d comunicado"
        msgstr[1] "%(count)d comunicados"
        ''',
        pot='''
        msgid "Contact"
        msgid_plural "Contacts"
        msgstr[0] ""
        msgstr[1] ""

        msgid "Press release"
        msgid_plural "Press releases"
        msgstr[0] ""
        msgstr[1] ""
        ''',
        expected={
            live("Contact"): E(("Contacto", "Contactos")),
            # New plural: one empty form per nplurals of the language.
            live("Press release"): E(("", "")),
            obsolete("%(count)d release"):
                E(("%(count)d comunicado", "%(count)d comunicados"), flags=("python-format",)),
        },
    )


def test_changed_plural_source_makes_the_translation_fuzzy(tmp_path):
    check(
        tmp_path,
        old='''
        msgid "Contact"
        msgid_plural "Contacts"
        msgstr[0] "Contacto"
        msgstr[1] "Contactos"

        msgid "One attachment"
        msgid_plural "Several attachments"
        msgstr[0] "Un adjunto"
        msgstr[1] "Varios adjuntos"
        ''',
        pot='''
        msgid "Contact"
        msgid_plural "Media contacts"
        msgstr[0] ""
        msgstr[1] ""

        msgid "One attached file"
        msgid_plural "Several attached files"
        msgstr[0] ""
        msgstr[1] ""
        ''',
        expected={
            # Same msgid, new msgid_plural: "Contactos" no longer translates it.
            live("Contact"):
                E(("Contacto", "Contactos"), flags=("fuzzy",),
                  previous={"msgid": "Contact", "msgid_plural": "Contacts"}),
            live("One attached file"):
                E(("Un adjunto", "Varios adjuntos"), flags=("fuzzy",),
                  previous={"msgid": "One attachment", "msgid_plural": "Several attachments"}),
        },
    )


# ---------------------------------------------------------------- end to end

RELEASE = "releases/2021-04-14-people-seeking-safe-haven.md"
CATALOG = "locales/es/LC_MESSAGES/releases/2021-04-14-people-seeking-safe-haven.po"
TEMPLATE = "locales/templates/releases/2021-04-14-people-seeking-safe-haven.pot"
EDITS = [("secured agreements with", "reached agreements with"),
         ("will do little to ensure", "will do nothing to ensure")]


def blocks(text: str) -> list[str]:
    return text.split("\n\n")


def test_extract_after_a_source_edit_marks_only_that_entry_stale(project, run_cli, tmp_path):
    catalog_path = project / CATALOG
    before_text = catalog_path.read_text(encoding="utf-8")
    before = polib.pofile(str(catalog_path))
    assert all(e.translated() for e in before), "the fixture catalog is fully reviewed"
    shutil.copy(catalog_path, tmp_path / "before.po")

    source = project / RELEASE
    text = source.read_text(encoding="utf-8")
    for old, new in EDITS:
        assert text.count(old) == 1
        text = text.replace(old, new)
    source.write_text(text, encoding="utf-8")

    result = run_cli(project, "extract")
    assert result.exit_code == 0, result.output

    after_text = catalog_path.read_text(encoding="utf-8")
    after = polib.pofile(str(catalog_path))
    [edited] = [e for e in before if EDITS[0][0] in e.msgid]
    new_msgid = edited.msgid
    for old, new in EDITS:
        new_msgid = new_msgid.replace(old, new)

    # That entry is stale: old translation, fuzzy, old paragraph as `#| msgid`.
    stale = after.find(new_msgid)
    assert stale is not None
    assert stale.msgstr == edited.msgstr
    assert "fuzzy" in stale.flags
    assert stale.previous_msgid == edited.msgid
    assert after.find(edited.msgid) is None
    assert not after.obsolete_entries()

    # Every other entry is untouched, down to the bytes of the file.
    assert [(e.msgctxt, e.msgid, e.msgstr, e.flags) for e in after if e is not stale] == [
        (e.msgctxt, e.msgid, e.msgstr, e.flags) for e in before if e is not edited
    ]
    old_blocks, new_blocks = blocks(before_text), blocks(after_text)
    assert len(new_blocks) == len(old_blocks)
    [changed] = [i for i, block in enumerate(new_blocks) if "\n#, fuzzy\n" in block]
    assert old_blocks[:changed] + old_blocks[changed + 1:] == (
        new_blocks[:changed] + new_blocks[changed + 1:]
    )

    # Catalog conventions: a msgcat fixed point that msgfmt accepts.
    assert gnu("msgcat", str(catalog_path)).stdout == catalog_path.read_bytes()
    checked = gnu("msgfmt", "--check", "-o", "/dev/null", str(catalog_path))
    assert checked.returncode == 0, checked.stderr.decode()

    # Every entry, the stale one included, is what GNU msgmerge --previous writes for the
    # same update (the header block is ours to manage).
    merged = tmp_path / "gnu.po"
    result = gnu("msgmerge", "--previous", "--quiet", "-o", str(merged),
                 str(tmp_path / "before.po"), str(project / TEMPLATE))
    assert result.returncode == 0, result.stderr.decode()
    assert new_blocks[1:] == blocks(merged.read_text(encoding="utf-8"))[1:]
