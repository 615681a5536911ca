"""locales/glossary.csv as spreadsheets save it."""


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
