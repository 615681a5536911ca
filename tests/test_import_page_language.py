"""`i18n import`: what a page says in, or about, other languages, and a case file's number, never
become the release (our own writing reproducing a bilingual portal's layout)."""

from __future__ import annotations

from test_import_classes import body, only_release, room, run_import, warnings  # noqa: F401 (room: a fixture)

LEAD = ("Crews reopened the river road at Pine Ford on Monday after the flood water went down, the highways "
        "office said.")
MORE = "Drivers should still expect short delays while the shoulders are repaired this week."
NOTICE = ("This office serves the public in English only. You can read general information in both "
          "official languages on our national site")
FRENCH = ("Ce bureau offre ses services au public en anglais seulement. Vous trouverez des renseignements "
          "dans les deux langues sur le site national.")


def test_a_case_number_and_a_two_sentence_notice_are_not_the_headline(room, run_cli):
    text = f"River road reopens at Pine Ford\n2025-04-14 10:05\nFile No. 2025-118\n{NOTICE}\n{LEAD}\n{MORE}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.title == "River road reopens at Pine Ford"
    assert body(release) == [LEAD, MORE]
    assert not any("headline uncertain" in w for w in warnings(result))
    assert "a notice of the languages the site offers" in result.output
    assert "a release number): 'File No. 2025-118'" in result.output


def test_a_paragraph_in_another_language_than_the_page_is_left_out(room, run_cli):
    text = f"River road reopens at Pine Ford\n\nApril 14, 2025\n\n{FRENCH}\n\n{LEAD}\n\n{MORE}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert body(only_release(room)) == [LEAD, MORE]
    assert "web residue (text in another language than the page's): 'Ce bureau" in result.output


def test_a_quoted_sentence_in_another_language_inside_english_prose_stays(room, run_cli):
    quoted = ("The mayor opened the bridge with the town's motto, \"Le pont est à nous, et la rivière aussi\", "
              "before the crowd crossed it.")
    text = f"River road reopens at Pine Ford\n\nApril 14, 2025\n\n{LEAD}\n\n{quoted}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert body(only_release(room)) == [LEAD, quoted]


def test_a_language_switch_glued_to_the_headline_is_not_part_of_it(room, run_cli):
    text = f"Media advisory - River road reopens at Pine Ford Español\n\nApril 14, 2025\n\n{LEAD}\n\n{MORE}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert only_release(room).title == "River road reopens at Pine Ford"


def test_for_further_information_with_a_colon_heads_the_contact(room, run_cli):
    contact = "For further information: Press Office, Highways Department, 555-201-3344, press@highways.example"
    text = f"River road reopens at Pine Ford\n\nApril 14, 2025\n\n{LEAD}\n\n{MORE}\n\n{contact}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert body(release) == [LEAD, MORE]
    assert [c.phone for c in release.contacts] == ["555-201-3344"]


def test_a_release_dated_only_by_its_own_today_or_yesterday(room, run_cli):
    court = "The driver was refused bail and will appear before the district court today (Thursday 6 March 2025)."
    text = f"River road reopens at Pine Ford\n\n{LEAD}\n\n{court}\n\n{MORE}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (str(release.date), body(release)) == ("2025-03-06", [LEAD, court, MORE])
    assert any("the only date is the text's today or yesterday" in w for w in warnings(result))
    yesterday = court.replace("today (Thursday 6 March 2025)", "yesterday (Wednesday 5 March 2025)")
    result = run_import(run_cli, room, text.replace(court, yesterday), "--force")
    assert str(only_release(room).date) == "2025-03-06"


def test_a_post_date_among_the_page_fields_under_the_text_dates_it(room, run_cli):
    text = f"{LEAD}\n{MORE}\n\nPost Date: April 14, 2025 | Category: Roads & Bridges\n"
    result = run_import(run_cli, room, text, "--title", "River road reopens")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (str(release.date), body(release)) == ("2025-04-14", [LEAD, MORE])


def test_side_panel_headings_and_browser_notices_are_page_chrome(room, run_cli):
    text = (f"Your browser is out of date!\nUpdate your browser to view this website correctly.\n\n"
            f"River road reopens at Pine Ford\n\nApril 14, 2025\n\n{LEAD}\n\n{MORE}\n\n"
            "View the full notice here.\n\nBlog Archive\n\nThe Latest\n\nOther News in Road Works\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, body(release)) == ("River road reopens at Pine Ford", [LEAD, MORE])
    assert "a side panel's heading): 'Blog Archive'" in result.output
    assert "a notice about the browser or a link): 'Your browser is out of date!'" in result.output


def test_a_handling_notice_and_an_issuers_line_are_not_the_headline(room, run_cli):
    text = ("** NOT FOR PUBLICATION, FOR PLANNING PURPOSES ONLY **\n\nHighways Department (Pine Ford)\n\n"
            f"River road reopens at Pine Ford\n\nApril 14, 2025\n\n{LEAD}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert only_release(room).title == "River road reopens at Pine Ford"


def test_a_genre_or_the_sites_name_after_the_headline_and_a_status_before_it_are_labels(room, run_cli):
    for printed in ("River road reopens at Pine Ford - Community Advisory",
                    "[ARCHIVED] River road reopens at Pine Ford",
                    "River road reopens at Pine Ford – Pine Ford Cyclists League"):  # the site's name, as a <title>
        result = run_import(run_cli, room, f"April 14, 2025\n\n{printed}\n\n{LEAD}\n", "--force")
        assert result.exit_code == 0, result.output
        assert only_release(room).title == "River road reopens at Pine Ford"


def test_a_capitals_headline_set_as_its_subject_then_its_verb_is_one_headline(room, run_cli):
    text = f"FOR IMMEDIATE RELEASE\nPINE FORD WATER COMPANY\nREPORTS SECOND QUARTER RESULTS\nApril 14, 2025\n{LEAD}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert only_release(room).title == "PINE FORD WATER COMPANY REPORTS SECOND QUARTER RESULTS"


def test_contacts_under_the_text_each_line_set_apart_without_a_heading(room, run_cli):
    text = (f"River road reopens at Pine Ford\nApril 14, 2025\n{LEAD}\n{MORE}\n"
            "Dana Reyes, spokesperson for the Highways Minister\nCell: 082 555 0147\n"
            "Email: dana.reyes@highways.example\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert body(release) == [LEAD, MORE]
    assert [(c.name, c.phone) for c in release.contacts] == [("Dana Reyes", "082 555 0147")]


def test_a_company_s_media_and_investor_contacts_by_their_labels(room, run_cli):
    text = ("Media:\nJane Roe\n(555) 010-0147\nInvestor Relations:\nJohn Doe\n(555) 010-0148\n\n"
            f"Pine Ford Water Company reports second quarter results\n\nApril 14, 2025\n\n{LEAD}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert [(c.name, c.phone) for c in only_release(room).contacts] == [("Jane Roe", "(555) 010-0147"),
                                                                       ("John Doe", "(555) 010-0148")]


def test_a_headline_about_an_embargo_is_still_a_headline(room, run_cli):
    result = run_import(run_cli, room, f"Port lifts embargo on river freight\n\nApril 14, 2025\n\n{LEAD}\n")
    assert result.exit_code == 0, result.output
    assert only_release(room).title == "Port lifts embargo on river freight"


def test_the_language_switch_names_are_babel_s_own():
    from babel import Locale

    from i18n.importer.not_headline import ENDONYMS

    assert ENDONYMS == {code: Locale.parse(code).get_language_name(code) for code in ENDONYMS}
