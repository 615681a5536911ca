"""`i18n import` on contacts written as sentences, end to end through the real CLI: several people
to call in one sentence, and a phone number with an e-mail glued after a slash. Every text here is
our own writing."""

from __future__ import annotations

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
    assert contacts(only_release(room)) == [("Jo Baines", "County Parks", "041 555 0100", "jo.baines@parks.example.org"),
                                            ("Omar Reyes", "", "041 555 0199", "")]
