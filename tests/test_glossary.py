"""locales/glossary.csv as spreadsheets save it."""

import polib

from conftest import require_apertium, write_markdown


def test_a_quoted_note_over_two_lines_keeps_the_rows_and_their_lines(project, run_cli):
    glossary = project / "locales" / "glossary.csv"
    glossary.write_text(
        "en,es,note\n"
        'Alianza Americas,,"A network of migrant-led organisations;\n'
        'keep the name as it is."\n'
        "Alianza Americas,Alianza de las Américas,\n", encoding="utf-8")
    result = run_cli(project, "check")
    assert result.exit_code == 2
    assert "locales/glossary.csv:4: 'Alianza Americas' is already defined on line 2" in result.output


def test_the_longest_term_wins_whatever_the_case_of_terms_sharing_a_beginning(project, run_cli):
    require_apertium()
    (project / "locales" / "glossary.csv").write_text(
        "en,es,note\nHealth,,\nhealth center,centro de salud,\n"
        "Health Center Network,Red de Centros de Salud,\n", encoding="utf-8")
    write_markdown(project, "2027-02-01-network", '---\ntitle: "Statement"\ndate: 2027-02-01\n---\n',
                   "The health center network opened a clinic.")
    for command in (["extract"], ["translate", "--release", "2027-02-01-network"]):
        assert run_cli(project, *command).exit_code == 0
    catalog = project / "locales" / "es" / "LC_MESSAGES" / "releases" / "2027-02-01-network.po"
    drafts = {e.msgid: e.msgstr for e in polib.pofile(str(catalog))}
    # The whole name, masked with its translation; not "health center" and a translated "network".
    assert "Red de Centros de Salud" in drafts["The health center network opened a clinic."]
