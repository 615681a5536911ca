"""`i18n import` on shapes of releases from organisations the importer has not met, end to end
through the real CLI: datelines printed without the usual dash, a headline that is a sentence,
the headline among lines the lead does not repeat. Every text here is our own writing."""

from __future__ import annotations

import pytest

from test_import_classes import body, only_release, room, run_import, warnings  # noqa: F401 (room: a fixture)

TEXT = ("The county opened a second footbridge over Mill Creek on Thursday, joining the two halves of the "
        "trail that the spring floods cut last year.")
MORE = ("Walkers and cyclists can now cross without using the road bridge, which has no pavement, and the "
        "trail's two car parks are linked again.")


@pytest.mark.parametrize("printed", [
    "OAKDALE, Ore., May 8, 2025 . . . ",  # an ellipsis of spaced dots after the date
    "OAKDALE, Ore., May 8, 2025… ",
    "OAKDALE-May 8, 2025:",  # a hyphen glued to the place, a colon glued to the text
    "OAKDALE-May 8, 2025: ",
])
def test_a_dateline_whose_date_is_set_apart_by_dots_a_colon_or_a_glued_hyphen(room, run_cli, printed):
    text = f"Second Footbridge Opens Over Mill Creek\n\n{printed}{TEXT}\n\n{MORE}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.date.isoformat() == "2025-05-08"
    assert release.dateline in ("OAKDALE, Ore.", "OAKDALE")
    assert body(release) == [TEXT, MORE]


def test_a_headline_written_as_a_sentence_over_the_date_is_taken_with_a_warning(room, run_cli):
    sentence = "Walkers are reminded to keep dogs on leads when crossing the new footbridge."
    text = f"Site Map\n\n{sentence}\n\nPublished on Friday, 9th May 2025\n\n{TEXT}\n\n{MORE}\n\nThank you.\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.title == sentence
    assert body(release) == [TEXT, MORE, "Thank you."]
    assert any(": warning: headline uncertain: chose 'Walkers are reminded" in w and "a sentence over the date" in w
               for w in warnings(result))


def test_a_sentence_with_no_date_or_contact_under_it_is_still_no_headline(room, run_cli):
    text = f"Walkers are reminded to keep dogs on leads when crossing the new footbridge.\n\n{TEXT}\n\n{MORE}\n"
    result = run_import(run_cli, room, text, "--date", "2025-05-09")
    assert result.exit_code == 1
    assert "found no headline" in result.stderr


def test_of_two_lines_set_apart_as_headlines_the_one_the_lead_repeats_is_the_headline(room, run_cli):
    text = ("Sections\nParks Trails Council Oakdale Oakdale District\n\n"
            "Second Footbridge Over Mill Creek Joins the Two Halves of the Trail\n\n"
            f"May 8, 2025\n\n{TEXT}\n\n{MORE}\n\nENDS\n\nLeave a comment\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.title == "Second Footbridge Over Mill Creek Joins the Two Halves of the Trail"
    assert not release.subtitle
    assert body(release) == [TEXT, MORE]
    assert any("headline uncertain" in w and "over 'Parks Trails Council Oakdale Oakdale District'" in w
               for w in warnings(result))
    assert "end mark 'ENDS'" in result.stdout
    assert not any("cut off" in w for w in warnings(result))


def test_a_headline_and_its_deck_printed_together_stay_headline_and_subhead(room, run_cli):
    text = ("Mayor Celebrates Footbridge Opening at Oakdale\n"
            "Second Footbridge Over Mill Creek Joins the Two Halves of the Trail\n"
            f"May 8, 2025\n\n{TEXT}\n\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.subtitle) == ("Mayor Celebrates Footbridge Opening at Oakdale",
                                                 "Second Footbridge Over Mill Creek Joins the Two Halves of the Trail")


def test_with_title_given_the_only_line_over_a_dated_lead_is_its_deck(room, run_cli):
    deck = "Second crossing over the creek joins the two halves of the trail again"
    text = f"{deck}\nOAKDALE-May 8, 2025:{TEXT}\n\n{MORE}\n"
    result = run_import(run_cli, room, text, "--title", "Footbridge Opens")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.subtitle, release.dateline) == ("Footbridge Opens", deck, "OAKDALE")
    assert body(release) == [TEXT, MORE]


def test_with_title_given_a_sections_tagline_over_the_date_is_no_deck(room, run_cli):
    tagline = "Official news and statements from the parks and trails office of the county"
    text = f"{tagline}\n\nMay 8, 2025\n\n{TEXT}\n\n{MORE}\n"
    result = run_import(run_cli, room, text, "--title", "Footbridge Opens")
    assert result.exit_code == 0, result.output
    assert not only_release(room).subtitle
    assert "removed: text above the body (the headline was given): 'Official news" in result.stdout


def test_a_pointer_to_the_organisations_social_accounts_under_the_contacts_is_chrome(room, run_cli):
    text = (f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{TEXT}\n\n{MORE}\n\nMedia contact:\n"
            "Jo Roe\n541-555-0100\nStay connected:\n"
            "Follow OakdaleParks on Facebook, Instagram, X and YouTube.\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert body(release) == [TEXT, MORE]
    assert "Facebook" not in release.path.read_text(encoding="utf-8")
    assert "removed: web residue (share widget): 'Stay connected:' (line 12)" in result.stdout


def test_a_sentence_of_the_release_naming_a_social_account_stays(room, run_cli):
    said = "Follow the rangers on Facebook to see which paths are open each morning."
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{TEXT}\n\n{said}\n")
    assert result.exit_code == 0, result.output
    assert body(only_release(room)) == [TEXT, said]


WRAPPED = """Exhibit 7
News Release
FOR
IMMEDIATE RELEASE
Thursday,
May 8, 2025
Issued by:
Oakdale Trails Company
OAKDALE TRAILS NAMES NEW CHIEF
FOR ITS BRIDGES DIVISION
OAKDALE, ORE., MAY 8 –
Oakdale Trails Company today named Jo Roe to lead the division that builds and keeps
the footbridges over Mill Creek and the river, after a search of several months that
began when the division's first chief said she would retire at the end of the year.
Jo Roe has worked for the company for eleven years and ran the crews that rebuilt the
two bridges the spring floods damaged last year, reopening the trail ahead of time.
"""


def test_a_filing_exhibit_wrapped_with_no_blank_lines_is_read_header_then_text(room, run_cli):
    result = run_import(run_cli, room, WRAPPED)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.date.isoformat(), release.dateline) == (
        "OAKDALE TRAILS NAMES NEW CHIEF FOR ITS BRIDGES DIVISION", "2025-05-08", "OAKDALE, ORE.")
    assert body(release)[0].startswith("Oakdale Trails Company today named Jo Roe to lead the division")
    assert "recognised: FOR IMMEDIATE RELEASE (line 3)" in result.stdout
    text = release.path.read_text(encoding="utf-8")
    assert "Exhibit 7" not in text and "News Release" not in text



@pytest.mark.parametrize("printed, place", [
    ("OAKDALE, Ore.--(TRAIL WIRE)--", "OAKDALE, Ore."),  # a wire's tag between two dashes
    ("OAKDALE, May 8, 2025 - (Trail Newswire) - ", "OAKDALE"),
    ("OAKDALE, OR / TRAILWIRE / May 8, 2025 / ", "OAKDALE, OR"),  # place, wire and date between slashes
    ("OAKDALE | May 8, 2025 | ", "OAKDALE"),
])
def test_a_dateline_with_a_wires_tag_or_its_parts_between_slashes(room, run_cli, printed, place):
    text = f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{printed}{TEXT}\n\n{MORE}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.dateline, body(release)) == (place, [TEXT, MORE])


@pytest.mark.parametrize("printed", ["8-May-2025", "08-MAY-25", "Date Issued: May 8, 2025", "Date posted: 8-May-2025"])
def test_a_date_with_the_months_name_between_hyphens_or_after_date_issued(room, run_cli, printed):
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\n{printed}\n\n{TEXT}\n\n{MORE}\n")
    assert result.exit_code == 0, result.output
    assert only_release(room).date.isoformat() == "2025-05-08"


def test_a_breadcrumb_with_a_date_between_bars_is_no_dateline(room, run_cli):
    crumb = "Home | News | May 8, 2025 | Walkers and cyclists can now cross without using the road bridge."
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{TEXT}\n\n{crumb}\n")
    assert result.exit_code == 0, result.output
    assert not only_release(room).dateline


@pytest.mark.parametrize("printed", [
    "2025-05-08 Second Footbridge Opens Over Mill Creek",  # the date before the headline on its line
    "May 8, 2025 Second Footbridge Opens Over Mill Creek",
    "08.05.2025 | Second Footbridge Opens Over Mill Creek",
    "May 8, 2025 - Second Footbridge Opens Over Mill Creek",
    "Thursday, May 8, 2025: Second Footbridge Opens Over Mill Creek",
    "Second Footbridge Opens Over Mill Creek (May 8, 2025)",  # after it, in brackets
])
def test_a_headline_printed_on_one_line_with_its_date(room, run_cli, printed):
    result = run_import(run_cli, room, f"{printed}\n\n{TEXT}\n\n{MORE}\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.date.isoformat()) == ("Second Footbridge Opens Over Mill Creek", "2025-05-08")
    assert body(release) == [TEXT, MORE]


def test_a_lead_that_starts_with_its_date_and_a_dash_is_still_the_lead(room, run_cli):
    lead = "May 8, 2025 – The county opened a second footbridge over Mill Creek on Thursday."
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\n{lead}\n\n{MORE}\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.date.isoformat()) == ("Second Footbridge Opens Over Mill Creek", "2025-05-08")
    assert body(release) == ["The county opened a second footbridge over Mill Creek on Thursday.", MORE]


@pytest.mark.parametrize("ending", ["Media contact: Jo Roe, 541-555-01", "CONTACT:\nJo Roe\n541-555-0100\njroe@oakd"])
def test_a_page_cut_off_inside_its_contacts_is_named_cut_off(room, run_cli, ending):
    text = f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{TEXT}\n\n{MORE}\n\n{ending}"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert any("the text seems cut off" in w for w in warnings(result))


def test_whole_contacts_at_the_end_are_not_cut_off(room, run_cli):
    text = f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{TEXT}\n\n{MORE}\n\nCONTACT:\nJo Roe\n541-555-0100\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert not any("cut off" in w for w in warnings(result))


def test_a_timestamp_with_the_issuers_name_under_the_headline_dates_the_release(room, run_cli):
    text = (f"Second Footbridge Opens Over Mill Creek\nMay 8, 2025 10:30 AM | Oakdale Fire and Rescue Department\n\n"
            f"{TEXT}\n\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.date.isoformat()) == ("Second Footbridge Opens Over Mill Creek", "2025-05-08")


def test_a_revision_timestamp_under_the_release_date_does_not_date_it(room, run_cli):
    text = (f"May 8, 2025\n\nRevision as of 20:46, 20 March 2026 by an editor\n\n"
            f"Second Footbridge Opens Over Mill Creek\n\n{TEXT}\n\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert only_release(room).date.isoformat() == "2025-05-08"
