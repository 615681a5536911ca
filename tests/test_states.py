"""Entry states: one vocabulary, the same in the review proof, build messages and checks."""

import polib

from conftest import by_role

SLUG = "2021-04-14-people-seeking-safe-haven"
ES_RELEASE_PO = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"


def _mark(entry: polib.POEntry, comment: str = "", previous: str = "") -> None:
    entry.flags.append("fuzzy")
    entry.tcomment = comment
    entry.previous_msgid = previous or None


def test_every_state_is_named_in_the_review_proof(project, run_cli):
    path = project / ES_RELEASE_PO
    catalog = polib.pofile(str(path))
    title, = by_role(catalog, "title")
    subtitle, = by_role(catalog, "subtitle")
    dateline, = by_role(catalog, "dateline")
    first, second, third, *_ = by_role(catalog, "paragraph")
    _mark(title, "machine translation: apertium eng-spa")
    _mark(subtitle, "translation memory: 92% locales/es/LC_MESSAGES/about.po", "A close English sentence.")
    _mark(dateline, "aligned from inbox/old-spanish.txt")
    _mark(first, previous="An older English paragraph.")
    _mark(second)
    third.msgstr = ""
    catalog.save()

    result = run_cli(project, "build")
    assert ("withheld: 1 untranslated, 1 machine draft, 1 memory draft, 1 aligned draft, 1 stale, 1 other fuzzy"
            in result.stderr)
    proof = (project / "dist" / "review" / f"{SLUG}.es.html").read_text(encoding="utf-8")
    for state in ("machine-draft", "memory-draft", "aligned-draft", "stale", "other-fuzzy", "untranslated"):
        assert proof.count(f'<tr class="{state}">') == 1, state
    assert '<span class="state">memory draft</span>' in proof
    assert '<span class="state">other fuzzy</span>' in proof


def test_translate_counts_one_draft_in_the_singular(project, run_cli):
    path = project / ES_RELEASE_PO
    catalog = polib.pofile(str(path))
    title, = by_role(catalog, "title")
    title.msgstr = ""
    catalog.save()
    result = run_cli(project, "translate", "--release", SLUG)
    assert result.exit_code == 0, result.output
    assert "drafting 1 entry\n" in result.stdout
    assert f"{ES_RELEASE_PO}: 1 machine draft\n" in result.stdout
