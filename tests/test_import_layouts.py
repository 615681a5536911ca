"""`i18n import` of layouts nobody named (issue 26, second round), end to end through the real CLI.

Each source is our own writing reproducing how a release is laid out, not any organisation's
words: a headline set over several lines, a dateline with the date before the place."""

from __future__ import annotations

import pytest

from test_import_classes import body, only_release, room, run_import, warnings  # noqa: F401 (room: a fixture)

LONG = ("The county opened a second footbridge over Mill Creek on Thursday, joining the two halves of the trail "
        "that the spring floods cut last year.")
MORE = ("Walkers and cyclists can now cross without using the road bridge, which has no pavement, and the "
        "trail's two car parks are linked again.")


# ---------------------------------------------------------------- a headline over several lines


def test_a_capitals_headline_wrapped_where_its_phrase_goes_on_is_one_headline(room, run_cli):
    text = (f"COUNTY OPENS SECOND FOOTBRIDGE\nOVER MILL CREEK AFTER SPRING FLOODS\nMay 8, 2025\n"
            f"OAKDALE – {LONG}\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert only_release(room).title == "COUNTY OPENS SECOND FOOTBRIDGE OVER MILL CREEK AFTER SPRING FLOODS"
    assert not any("headline uncertain" in w for w in warnings(result))


def test_a_title_set_one_phrase_a_line_with_linking_words_alone(room, run_cli):
    text = ("FOR IMMEDIATE RELEASE\n8 May 2025\nJOINT VENTURE\nof\nOakdale County\nand\nMill Creek Trust\n"
            "(a charity registered in the county)\n"
            f"{LONG}\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.title == "JOINT VENTURE of Oakdale County and Mill Creek Trust"
    assert body(release)[0] == LONG


def test_two_capitals_lines_that_do_not_run_on_stay_two_lines(room, run_cli):
    text = f"OAKDALE COUNTY\n\nSECOND FOOTBRIDGE OPENS OVER MILL CREEK\n\nMay 8, 2025\n\nOAKDALE – {LONG}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert only_release(room).title == "SECOND FOOTBRIDGE OPENS OVER MILL CREEK"


# ---------------------------------------------------------------- datelines


def test_a_dateline_that_prints_the_date_before_the_place(room, run_cli):
    text = f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025 – Oakdale, NJ – {LONG}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (str(release.date), release.dateline) == ("2025-05-08", "Oakdale, NJ")
    assert body(release)[0] == LONG


# ---------------------------------------------------------------- contacts named by an office


def test_an_office_its_address_and_phone_under_the_text_with_no_heading(room, run_cli):
    text = (f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\nOAKDALE – {LONG}\n\n{MORE}\n\n"
            "Parks Department Public Information\n40 Orchard Row\nOakdale NJ 07999\n"
            "Fax: 555-201-9000 Phone: 555-201-3344\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert [(c.name, c.phone) for c in release.contacts] == [("Parks Department Public Information", "555-201-3344")]
    assert body(release) == [LONG, MORE]
    assert "removed: a fax number in the contact block, '555-201-9000'" in result.stdout
    assert "removed: an address in the contact block, '40 Orchard Row'" in result.stdout


def test_an_office_and_its_phone_above_the_release(room, run_cli):
    text = ("Oakdale County Parks\n\nDirector, Public Information Office\n12 Orchard Row\n"
            "Phone: (555) 201-3344 or (800) 555-0199\n\nReleased: May 8, 2025\n\n"
            f"Second Footbridge Opens Over Mill Creek\n\n{LONG}\n\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.title == "Second Footbridge Opens Over Mill Creek"
    assert [c.phone for c in release.contacts] == ["(555) 201-3344", "(800) 555-0199"]
    assert {c.name for c in release.contacts} == {"Director, Public Information Office"}


# ---------------------------------------------------------------- a deck over the text


def test_with_title_given_a_deck_under_the_contact_block_is_the_subhead(room, run_cli):
    text = ("Media Contact:\nInes Calder, Communications Director\nPhone: 555-201-3344\n"
            "Walkers will be able to cross the creek again by early summer\n"
            f"Oakdale, N.J. — May 8, 2025 — {LONG}\n{MORE}\n")
    result = run_import(run_cli, room, text, "--title", "Second Footbridge Opens")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.subtitle) == ("Second Footbridge Opens",
                                                 "Walkers will be able to cross the creek again by early summer")
    assert (release.dateline, str(release.date)) == ("Oakdale, N.J.", "2025-05-08")
    assert body(release)[0] == LONG


def test_with_title_given_the_line_under_its_repetition_is_the_subhead_and_a_headline_above_is_not(
        room, run_cli):
    text = ("Contact: Ines Calder, 555-201-3344\n\nTrail Friends Celebrate a Decade\n\n"
            f"May 8, 2025\n\nSecond Footbridge Opens\nWalkers cross the creek again\n\nOAKDALE – {LONG}\n")
    result = run_import(run_cli, room, text, "--title", "Second Footbridge Opens")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.subtitle == "Walkers cross the creek again"
    assert "removed: text above the body (the headline was given): 'Trail Friends Celebrate a Decade'" in result.stdout


# ---------------------------------------------------------------- what stands between the date and the text


def test_a_numbered_section_heading_opens_the_body_and_a_short_link_under_the_date_is_page_text(room, run_cli):
    text = ("Media statement\n\nStatement on the County Board Meeting of 6 May 2025\n\n8 May 2025\n\n"
            "Minutes of the board meeting\n\n1. Trails and Parks\n\n"
            "1.1. The board approved the second footbridge over Mill Creek, joining the two halves of the trail "
            "that the spring floods cut last year.\n\n" + MORE + "\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.subtitle) == ("Statement on the County Board Meeting of 6 May 2025", "")
    assert str(release.date) == "2025-05-08"
    assert body(release)[0] == "1\\. Trails and Parks"  # a paragraph, not a list item
    assert "removed: page text in the header: 'Minutes of the board meeting'" in result.stdout
    assert any("headline uncertain" in w for w in warnings(result))  # two lines could be it: named


# ---------------------------------------------------------------- a wire copy on a sample page


def test_a_day_without_its_year_takes_the_copyright_lines_year_with_a_warning(room, run_cli):
    text = ("County Wire Samples - by Oakdale Press Service\n\n"
            "These pages show releases of county agencies as subscribers receive them each day.\n\n"
            "Click here to request a free trial\n\nSECOND FOOTBRIDGE OPENS OVER MILL CREEK\n\n"
            "Copyright © Oakdale Press Service 2024\n\n"
            f"OAKDALE, N.J., May 8 -- {LONG}\n\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.subtitle) == ("SECOND FOOTBRIDGE OPENS OVER MILL CREEK", "")
    assert (str(release.date), release.dateline) == ("2024-05-08", "OAKDALE, N.J.")
    assert "removed: web residue (share widget): 'Click here to request a free trial'" in result.stdout
    assert any("the dateline gives the day without its year ('May 8'): the year is the copyright line's "
               "(line 9, 2024): check it" in w for w in warnings(result))
    # the page's own title, parted from the headline by its introduction, is named, not silently lost
    assert any("headline uncertain: chose 'SECOND FOOTBRIDGE OPENS OVER MILL CREEK' over "
               "'County Wire Samples - by Oakdale Press Service'" in w for w in warnings(result))


def test_a_day_without_its_year_and_no_year_anywhere_is_still_refused(room, run_cli):
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\nOAKDALE, N.J., May 8 -- {LONG}\n")
    assert result.exit_code == 1
    assert "found no date" in result.stderr


# ---------------------------------------------------------------- dates, datelines and phones as printed abroad


@pytest.mark.parametrize("printed, date", [
    ("21/05/2025", "2025-05-21"),  # no month 21: the day comes first
    ("2025.05.21", "2025-05-21"),
    ("05-21-2025", "2025-05-21"),
    ("Issued on: 21 May 2025", "2025-05-21"),
    ("Date of publication: 21 May 2025", "2025-05-21"),
    ("Press Release No. 118/2025 – 21 May 2025", "2025-05-21"),
])
def test_a_numeric_or_labelled_date_as_other_countries_print_it(room, run_cli, printed, date):
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\n{printed}\n\n{LONG}\n")
    assert result.exit_code == 0, result.output
    assert str(only_release(room).date) == date


@pytest.mark.parametrize("lead, place", [
    (f"ABERYSTWYTH, 21 May 2025: {LONG}", "ABERYSTWYTH"),
    (f"Aberystwyth, 21 May 2025 - {LONG}", "Aberystwyth"),
    (f"ABERYSTWYTH (Wire) — {LONG}", "ABERYSTWYTH"),
])
def test_a_dateline_closed_by_a_colon_a_mixed_case_place_before_its_date_a_short_wire_tag(
        room, run_cli, lead, place):
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\n21 May 2025\n\n{lead}\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.dateline, str(release.date), body(release)[0]) == (place, "2025-05-21", LONG)


def test_a_label_and_a_weekday_before_a_date_are_no_place(room, run_cli):
    lead = f"Council Update: Friday, 23 May 2025 - {LONG}"
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\n23 May 2025\n\n{lead}\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.dateline, body(release)[0]) == ("", lead)


def test_national_phone_numbers_after_their_trunk_zero(room, run_cli):
    text = ("Second Footbridge Opens Over Mill Creek\n\n21 May 2025\n\n"
            "Media contact: Ines Calder, Tel: 029 2018 3344\nOwen Pryce, Mobile: 07700 900123\n\n"
            f"{LONG}\n\nThe path reopens on 04.06.2025 at 10:00.\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert [(c.name, c.phone) for c in only_release(room).contacts] == [
        ("Ines Calder", "029 2018 3344"), ("Owen Pryce", "07700 900123")]


# ---------------------------------------------------------------- what a web page adds, by family


@pytest.mark.parametrize("widget", [
    "You are here: Home > Parks > News", "Text size", "A A A", "Select Language", "« Previous post", "Next article »",
    "Page 1 of 3", "Related Links", "Trail map (PDF, 1.2 MB)", "Views: 1,204", "Printer-Friendly Version",
    "Email to a friend", "Was this page helpful?", "This website uses cookies to improve your experience.",
    "Accept all cookies", "Close Search Window", "Return to top", "Photo courtesy of Oakdale County",
])
def test_a_widget_of_the_page_above_or_under_the_text_is_chrome(room, run_cli, widget):
    text = (f"{widget}\n\nSecond Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\nOAKDALE – {LONG}\n\n"
            f"{MORE}\n\n{widget}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.title == "Second Footbridge Opens Over Mill Creek"
    assert body(release) == [LONG, MORE]
    assert result.stdout.count(f"web residue") >= 2, result.stdout


def test_a_tagline_ending_in_a_full_stop_over_the_headline_is_named_not_chosen(room, run_cli):
    text = ("News and notes from the parks office.\n\nSecond Footbridge Opens Over Mill Creek\n\n"
            f"Posted on May 8, 2025 by Ines Calder\n\n{LONG}\n\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert only_release(room).title == "Second Footbridge Opens Over Mill Creek"
    assert any("headline uncertain: chose 'Second Footbridge Opens Over Mill Creek' over "
               "'News and notes from the parks office.'" in w for w in warnings(result))


def test_a_sites_menu_run_into_one_line_and_a_breadcrumb_with_slashes_are_no_headline(room, run_cli):
    text = ("Skip to main content\nOakdale County Home About Us Departments News Contact Us\n\n"
            "Home / News / Second Footbridge\n\nSecond Footbridge Opens Over Mill Creek\n\n"
            f"Published: 8 May 2025\n\n{LONG}\n\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert only_release(room).title == "Second Footbridge Opens Over Mill Creek"
    assert ("removed: web residue (a menu on one line): 'Oakdale County Home About Us Departments News Contact Us'"
            in result.stdout)
    assert "(navigation (a breadcrumb)): 'Home / News / Second Footbridge'" in result.stdout


def test_a_comment_form_under_the_text_is_chrome(room, run_cli):
    text = (f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LONG}\n\n{MORE}\n\nLeave a Reply\n"
            "Your email address will not be published. Required fields are marked *\nComment\nName *\nEmail *\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert body(only_release(room)) == [LONG, MORE]


def test_labels_alone_on_a_line_with_their_values_under_them(room, run_cli):
    text = ("Press release\n\nSecond footbridge opens over Mill Creek\n\n"
            "From:\nOakdale County Council\nPublished\n8 May 2025\n\n" + f"{LONG}\n\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, str(release.date), release.contacts) == (
        "Second footbridge opens over Mill Creek", "2025-05-08", ())
    assert "(a label and its value): 'From: Oakdale County Council'" in result.stdout


# ---------------------------------------------------------------- a table flattened to text, one cell a line


def test_two_contacts_side_by_side_in_a_table_flattened_one_cell_a_line(room, run_cli):
    cells = ["Ines Calder", "Owen Pryce", "Head of Media Relations", "Press Officer", "Oakdale County Inc.",
             "Pryce + Partners", "(555) 201-3344", "(555) 201-3388"]
    table = "|\n|\n".join(f"|{cell}\n" for cell in cells)
    text = (f"REPORT 7\n|\n|\nCONTACTS\n|\n{table}SECOND FOOTBRIDGE OPENS OVER MILL CREEK\n"
            f"OAKDALE, N.J. (May 8, 2025) — {LONG}\n|\n|•\n|\n|{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert [(c.name, c.role, c.phone) for c in release.contacts] == [
        ("Ines Calder", "Head of Media Relations, Oakdale County Inc.", "(555) 201-3344"),
        ("Owen Pryce", "Press Officer, Pryce + Partners", "(555) 201-3388")]
    assert (release.title, str(release.date), release.dateline) == (
        "SECOND FOOTBRIDGE OPENS OVER MILL CREEK", "2025-05-08", "OAKDALE, N.J.")
    assert body(release) == [LONG, MORE]


def test_a_place_and_date_alone_over_the_text_give_the_dateline(room, run_cli):
    text = f"Press Releases\n\nSecond Footbridge Opens Over Mill Creek\n\nAberystwyth, 14 June 2025\n\n{LONG}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.dateline, str(release.date), body(release)[0]) == ("Aberystwyth", "2025-06-14", LONG)


def test_an_organisations_postal_address_over_the_headline_is_no_rival(room, run_cli):
    text = ("Oakdale County Parks\n40 Orchard Row, Oakdale, NJ 07999\n\nJune 14, 2025\n\n"
            f"SECOND FOOTBRIDGE OPENS\nOVER MILL CREEK\n\n{LONG}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert only_release(room).title == "SECOND FOOTBRIDGE OPENS OVER MILL CREEK"
    assert "(a postal address): '40 Orchard Row, Oakdale, NJ 07999'" in result.stdout


# ---------------------------------------------------------------- a page cut off


@pytest.mark.parametrize("ending", [
    "The trail has served more walkers each year since it opened, and last summer it counted 2,1",
    "- Keep dogs on a lead on the new bridge and give way to",
])
def test_a_page_cut_inside_a_number_or_a_list_item_is_named(room, run_cli, ending):
    text = (f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LONG}\n\nOn the trail:\n\n"
            f"- Stay on the path.\n{ending}")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert any("the text seems cut off" in w for w in warnings(result))


@pytest.mark.parametrize("last", ["Trail office: 555-201-3344", "Last modified:"])
def test_a_release_ending_on_a_phone_number_or_a_dates_label_without_its_date_is_not_cut_off(room, run_cli, last):
    text = f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LONG}\n\n{last}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert not any("cut off" in w for w in warnings(result))


def test_a_page_that_stops_at_a_heading_with_nothing_under_it_is_named_cut_off(room, run_cli):
    text = f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LONG}\n\nNOTES FOR EDITORS:\n\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert "the text seems cut off: ends with 'NOTES FOR EDITORS:', nothing under it" in " ".join(warnings(result))


# ---------------------------------------------------------------- a release flattened into one line


def test_a_release_whose_line_breaks_were_lost_is_read_in_its_parts_with_a_warning(room, run_cli):
    text = ("Contact: Ines Calder, (555) 201-3344 Release Date: May 8, 2025 County to Open Second Footbridge, "
            "Two Years of Work to Join the Mill Creek Trail Again for Walkers and Cyclists "
            f"{LONG} {MORE} ###\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.subtitle, str(release.date)) == (
        "County to Open Second Footbridge",
        "Two Years of Work to Join the Mill Creek Trail Again for Walkers and Cyclists", "2025-05-08")
    assert [(c.name, c.phone) for c in release.contacts] == [("Ines Calder", "(555) 201-3344")]
    assert body(release) == [f"{LONG} {MORE}"]
    assert any("the whole release is on one line" in w for w in warnings(result))
    assert not any("cut off" in w for w in warnings(result))


# ---------------------------------------------------------------- an e-mailed release in a list archive


def test_an_emailed_release_its_subject_is_the_headline_and_a_header_wrapped_into_the_text_is_read(room, run_cli):
    text = ("Subject:\nSecond Footbridge Opens Over Mill Creek |\nFrom:\nCounty News <[address hidden]> |\n"
            "Date:\nThu, 8 May 2025 10:04:20 -0400 |\nTo:\n[address hidden] |\n|\n"
            "Contact: Ines\nCalder FOR\nIMMEDIATE RELEASE 555-201-3344\n(cell) May 8, 2025 Owen Pryce\n"
            "555-201-3388 (cell) Second\nFootbridge Opens Over Mill Creek The county opened a second footbridge\n"
            "over Mill Creek on Thursday, joining the two halves of the trail.\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, str(release.date)) == ("Second Footbridge Opens Over Mill Creek", "2025-05-08")
    assert [(c.name, c.phone) for c in release.contacts] == [("Ines Calder", "555-201-3344"),
                                                               ("Owen Pryce", "555-201-3388")]
    assert body(release) == ["The county opened a second footbridge over Mill Creek on Thursday, joining the two "
                             "halves of the trail."]
    assert "(a field of an e-mail's header): 'From: County News <[address hidden]> |'" in result.stdout
    assert "removed: the header run into the text: 'Contact: Ines Calder FOR IMMEDIATE RELEASE" in result.stdout


def test_a_date_the_page_labels_as_its_update_is_not_the_release_date(room, run_cli):
    text = ("Second Footbridge Opens Over Mill Creek\n\nPublished 12 March 2025\n\n"
            f"Last updated 14 March 2025\n\n{LONG}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert str(only_release(room).date) == "2025-03-12"
    assert any("another date, '14 March 2025', differs from the release date 2025-03-12: chose line 3 "
               "(that one is the page's update)" in w for w in warnings(result))


@pytest.mark.parametrize("elsewhere, date", [
    ("on 2 December 2025", "2025-12-03"),  # the page writes dates day first: 03/12 is 3 December
    ("on December 2, 2025", "2025-03-12"),  # month first: 03/12 is March 12
])
def test_a_numeric_date_either_way_round_is_read_as_the_page_writes_its_other_dates(room, run_cli, elsewhere, date):
    lead = f"The county will open a second footbridge over Mill Creek {elsewhere}, joining the two halves of the trail."
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\n03/12/2025\n\n{lead}\n")
    assert result.exit_code == 0, result.output
    assert str(only_release(room).date) == date


@pytest.mark.parametrize("block, contact", [
    ("Press Office\nTel: +44 (0)29 2018 3344\nEmail: press@trail.example.org",
     ("Press Office", "+44 (0)29 2018 3344", "press@trail.example.org")),
    ("Ines Calder\nCommunications Director\nOakdale County\nT: 029 2018 3344\nE: ines@trail.example.org",
     ("Ines Calder", "029 2018 3344", "ines@trail.example.org")),
])
def test_a_contact_under_the_text_with_no_heading_ending_on_its_e_mail(room, run_cli, block, contact):
    text = f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LONG}\n\n{MORE}\n\n{block}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert [(c.name, c.phone, c.email) for c in release.contacts] == [contact]
    assert body(release) == [LONG, MORE]


# ---------------------------------------------------------------- a page's source saved as text


@pytest.mark.parametrize("source", [
    "<!DOCTYPE html>\n<html><head><title>Footbridge | Oakdale County</title></head>\n<body>\n"
    "<nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>\n",
    "",  # a fragment of the page: its paragraphs' tags alone
])
def test_a_pages_html_saved_as_a_text_file_is_read_as_html(room, run_cli, source):
    text = (f"{source}<h1>Second Footbridge Opens Over Mill Creek</h1>\n<p>May 8, 2025</p>\n"
            f"<p>OAKDALE &ndash; {LONG}</p>\n<p>{MORE}</p>\n<p>###</p>\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert "read as HTML" in result.stdout
    assert (release.title, release.dateline, body(release)) == ("Second Footbridge Opens Over Mill Creek", "OAKDALE",
                                                               [LONG, MORE])


def test_a_text_release_that_mentions_a_tag_stays_text(room, run_cli):
    text = (f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LONG}\n\nThe trail's page gains a map: "
            "web editors can embed it with a <div> and one line of code.\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert "read as plain text" in result.stdout
    assert body(only_release(room))[1].startswith("The trail's page gains a map")


# ---------------------------------------------------------------- a release that came by e-mail


def _message(html: bool) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"] = "Oakdale County <press@oakdale.example.org>", "desk@example.org"
    message["Subject"], message["Date"] = "Second Footbridge Opens Over Mill Creek", "Thu, 08 May 2025 09:30:00 -0400"
    text = f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\nOAKDALE – {LONG}\n\n{MORE}\n"
    message.set_content(text, cte="quoted-printable")  # lines of 76 characters, "=" at each soft break
    if html:
        message.add_alternative(f"<h1>Second Footbridge Opens Over Mill Creek</h1><p>May 8, 2025</p><p>OAKDALE "
                                f"&ndash; {LONG}</p><p>{MORE}</p><p>Unsubscribe</p>", subtype="html", cte="base64")
    return bytes(message)


@pytest.mark.parametrize("name, html", [("release.eml", True), ("release.eml", False), ("saved.txt", True)])
def test_a_release_saved_as_the_e_mail_it_came_in_is_read_from_its_html_or_text_part(room, run_cli, name, html):
    source = room.parent / name
    source.write_bytes(_message(html))
    result = run_cli(room, "import", str(source))
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.dateline, body(release)[:2]) == (
        "Second Footbridge Opens Over Mill Creek", "OAKDALE", [LONG, MORE])
    assert f"an e-mail: its {'HTML' if html else 'text'} part read" in result.stdout


def test_a_text_release_that_opens_with_header_like_lines_is_no_e_mail(room, run_cli):
    text = (f"Date: May 8, 2025\nContact: Jo Roe\n\nSecond Footbridge Opens Over Mill Creek\n\nOAKDALE – {LONG}\n\n"
            f"{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert "read as plain text" in result.stdout and "e-mail" not in result.stdout
