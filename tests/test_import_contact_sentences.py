"""`i18n import` on contacts written as sentences, end to end through the real CLI: several people
to call in one sentence, and a phone number with an e-mail glued after a slash. Every text here is
our own writing."""

from __future__ import annotations

from pathlib import Path

from i18n.documents.text import read_text
from test_import_classes import contacts, only_release, room, run_import  # noqa: F401 (room: a fixture)

HEAD = "Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n"
TEXT = ("The county opened a second footbridge over Mill Creek on Thursday, joining the two halves of the "
        "trail that the spring floods cut last year.")


def test_each_person_a_sentence_asks_readers_to_call_is_a_contact(room, run_cli):
    asked = ("For a place at the opening, contact Jo Baines on 041 555 0100 and Omar Reyes on 041 555 0199 "
             "before Friday.")
    result = run_import(run_cli, room, f"{HEAD}{TEXT}\n\n{asked}\n")
    assert result.exit_code == 0, result.output
    assert contacts(only_release(room)) == [("Jo Baines", "", "041 555 0100", ""),
                                            ("Omar Reyes", "", "041 555 0199", "")]


def test_a_phone_with_an_email_after_a_slash_and_people_named_with_on(room, run_cli):
    block = ("Media enquiries: Jo Baines, County Parks on 041 555 0100/ jo.baines@parks.example.org "
             "or Omar Reyes on 041 555 0199")
    result = run_import(run_cli, room, f"{HEAD}{TEXT}\n\n{block}\n")
    assert result.exit_code == 0, result.output
    assert contacts(only_release(room)) == [
        ("Jo Baines", "County Parks", "041 555 0100", "jo.baines@parks.example.org"),
        ("Omar Reyes", "", "041 555 0199", "")]


def test_a_header_set_in_columns_on_one_line_is_read_cell_by_cell(room, run_cli):
    row = "   FOR RELEASE        Contact: Jo Baines      May 8, 2025          (041) 555-0100"
    text = f"Second Footbridge Opens Over Mill Creek\n\n{TEXT}\n"
    result = run_import(run_cli, room, f"{row}\n\n{text}")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.date.isoformat() == "2025-05-08"
    assert release.title == "Second Footbridge Opens Over Mill Creek"
    assert contacts(release) == [("Jo Baines", "", "(041) 555-0100", "")]


def test_a_table_row_in_the_text_keeps_its_cells_on_one_line(room, run_cli):
    row = "Visitors      1,200      1,450      1,900"
    result = run_import(run_cli, room, f"{HEAD}{TEXT}\n\nVisitors by year:\n\n{row}\n\n{TEXT}\n")
    assert result.exit_code == 0, result.output
    assert "Visitors 1,200 1,450 1,900" in (room / "releases").glob("*.md").__next__().read_text()
    # Read as a line of its own: only a header's row is set apart cell by cell.
    text = f"{HEAD}{TEXT}\n\nVisitors by year:\n\n{row}\n\n{TEXT}\n"
    lines = [line.plain for block in read_text(Path("row.txt"), text, "UTF-8").blocks for line in block.lines]
    assert "Visitors 1,200 1,450 1,900" in lines
