"""`i18n import` by class of shape (issue 26), end to end through the real CLI in a new press room.

Every source here is our own writing reproducing how releases are built: a headline among page
text, dates as people print them, page chrome of each kind, lists that start past 1, a paragraph
printed twice. An import writes a draft (`draft: true`) that `i18n build` holds until a person
removes the line, and its report ends with what to check, by line of the file written."""

from __future__ import annotations

from pathlib import Path

import pytest

from i18n.sources.releases import load_all
from i18n.sources.segments import parse_markdown

LEAD = "OAKDALE – The county opened a second footbridge over Mill Creek on Thursday, joining the two halves of the trail."


@pytest.fixture
def room(tmp_path, run_cli) -> Path:
    root = tmp_path / "room"
    root.mkdir()
    assert run_cli(root, "init").exit_code == 0
    return root


def run_import(run_cli, room: Path, text: str, *options: str, name: str = "release.txt"):
    source = room.parent / name
    source.write_text(text, encoding="utf-8")
    return run_cli(room, "import", *options, str(source))


def only_release(room: Path):
    releases, _ = load_all(room / "releases")
    assert len(releases) == 1, [r.slug for r in releases]
    return releases[0]


def body(release) -> list[str]:
    return [unit.text for unit in parse_markdown(release.body).units]


def warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if ": warning: " in line]


# ---------------------------------------------------------------- a draft until a person says otherwise


def test_an_import_is_a_draft_that_build_holds_until_the_line_is_removed(room, run_cli):
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LEAD}\n")
    assert result.exit_code == 0, result.output
    path = room / "releases" / "2025-05-08-second-footbridge-opens-over-mill.md"
    assert "\ndraft: true\n" in path.read_text(encoding="utf-8")
    assert run_cli(room, "extract").exit_code == 0

    held = run_cli(room, "build")
    assert held.exit_code == 0, held.output
    assert ("note: 2025-05-08-second-footbridge-opens-over-mill: a draft (`draft: true`), held in every "
            "language") in held.stderr
    for language in ("en", "es"):  # no language, not even the English (the review proof is no publication)
        assert not list((room / "dist" / language).glob("2025-05-08-*"))

    shown = run_cli(room, "build", "--drafts")
    assert shown.exit_code == 0, shown.output
    page = room / "dist" / "en" / "2025-05-08-second-footbridge-opens-over-mill" / "index.html"
    assert "Second Footbridge Opens Over Mill Creek" in page.read_text(encoding="utf-8")

    path.write_text(path.read_text(encoding="utf-8").replace("draft: true\n", ""), encoding="utf-8")
    published = run_cli(room, "build")
    assert "held in every language" not in published.stderr
    assert page.exists()


def test_the_report_ends_with_what_to_check_by_line_of_the_file_written(room, run_cli):
    result = run_import(run_cli, room, "Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n"
                                       f"Contact: Ines Calder, 555-201-3344\n\n{LEAD}\n")
    assert result.exit_code == 0, result.output
    report = result.stdout.split("to check in releases/2025-05-08-second-footbridge-opens-over-mill.md", 1)[1]
    written = (room / "releases" / "2025-05-08-second-footbridge-opens-over-mill.md").read_text(
        encoding="utf-8").splitlines()
    checks = [line.strip() for line in report.splitlines()[1:]]
    assert checks[0] == "line 2: title: 'Second Footbridge Opens Over Mill Creek' (line 1 of the file)"
    for check in checks:
        number, what = check.removeprefix("line ").split(": ", 1)
        field = what.split(":", 1)[0]
        if field in ("title", "date", "dateline", "contacts"):
            assert written[int(number) - 1].startswith(f"{field}:"), (check, written)
    assert checks[-1].endswith("remove `draft: true` to publish it")
    assert written[int(checks[-1].split(":")[0].removeprefix("line ")) - 1] == "draft: true"


# ---------------------------------------------------------------- nothing of the release lost or rewritten


def test_a_numbered_list_keeps_its_start_number_in_every_output(room, run_cli):
    result = run_import(run_cli, room, "Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n"
                                       f"{LEAD}\n\nBefore you cross:\n\n3. Keep dogs on a leash.\n"
                                       "4. Cyclists walk their bikes.\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert "3. Keep dogs on a leash.\n4. Cyclists walk their bikes." in release.body
    path = release.path
    path.write_text(path.read_text(encoding="utf-8").replace("draft: true\n", ""), encoding="utf-8")
    assert run_cli(room, "extract").exit_code == 0
    assert run_cli(room, "build").exit_code == 0
    page = (room / "dist" / "en" / release.slug / "index.html").read_text(encoding="utf-8")
    assert '<ol start="3">' in page


def test_a_paragraph_printed_twice_is_kept_with_a_warning(room, run_cli):
    quote = "“We can walk from the library to the river again,” said volunteer Jo Baines."
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LEAD}\n\n"
                                       f"{quote}\n\n{quote}\n\nThe bridge is open from dawn to dusk.\n")
    assert result.exit_code == 0, result.output
    assert body(only_release(room))[1:] == [quote, quote, "The bridge is open from dawn to dusk."]
    assert any(":9: warning: a paragraph printed twice (first on line 7): kept both" in w for w in warnings(result))


def test_a_sentence_introducing_the_statement_stays_in_the_body(room, run_cli):
    result = run_import(run_cli, room, "Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n"
                                       "What follows is a statement from the Mill Creek Trail Friends:\n\n"
                                       f"{LEAD}\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert body(release)[0] == "What follows is a statement from the Mill Creek Trail Friends:"
    assert release.dateline == "OAKDALE"


# ---------------------------------------------------------------- the headline, as an editor chooses it


@pytest.mark.parametrize("above, why", [
    ("Release No. 25-041", "a release number"),
    ("Ines Calder, Director of Communications", "a person's name and job title"),
    ("May 8, 2025 | Press release", "a date line"),
    ("News Release", "a label"),
    ("Home > Newsroom > Parks", "navigation (a breadcrumb)"),
])
def test_what_a_line_above_the_body_is_when_it_is_no_headline(room, run_cli, above, why):
    result = run_import(run_cli, room, f"{above}\n\nSecond Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LEAD}\n")
    assert result.exit_code == 0, result.output
    assert only_release(room).title == "Second Footbridge Opens Over Mill Creek"
    assert f"removed: above the body, not the headline ({why}): {above!r} (line 1)" in result.stdout
    assert not any("headline uncertain" in w for w in warnings(result))


def test_a_page_title_the_text_repeats_wins_over_a_site_name(room, run_cli):
    page = ("<html><head><title>Second Footbridge Opens | Oakdale County</title></head><body>"
            "<p>Oakdale County</p><h1>Second Footbridge Opens Over Mill Creek</h1>"
            "<p>Crossing joins both halves of the trail</p><p>May 8, 2025</p>"
            f"<p>{LEAD}</p></body></html>")
    result = run_import(run_cli, room, page, name="page.html")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.subtitle) == ("Second Footbridge Opens Over Mill Creek",
                                                 "Crossing joins both halves of the trail")
    assert "removed: text above the headline: 'Oakdale County'" in result.stdout


def test_two_lines_that_could_each_be_the_headline_are_named_in_a_warning(room, run_cli):
    result = run_import(run_cli, room, "Trail Friends Celebrate a Decade of Volunteer Work\n\nMay 8, 2025\n\n"
                                       f"Second Footbridge Opens Over Mill Creek\n\n{LEAD}\n")
    assert result.exit_code == 0, result.output
    title = only_release(room).title
    other = ({"Trail Friends Celebrate a Decade of Volunteer Work", "Second Footbridge Opens Over Mill Creek"}
             - {title}).pop()
    assert any(f"warning: headline uncertain: chose {title!r} over {other!r}" in w for w in warnings(result))
    assert "headline uncertain" in result.stdout.split("to check in")[1]


def test_no_headline_at_all_is_refused_with_what_was_read(room, run_cli):
    result = run_import(run_cli, room, f"May 8, 2025\n\n{LEAD}\n\nThe bridge is open from dawn to dusk.\n")
    assert result.exit_code == 1
    assert "error: not a press release: found no headline" in result.stderr
    assert "--title" in result.stderr
    assert "recognised: date: 2025-05-08" in result.stderr
    assert not list((room / "releases").glob("*.md"))


# ---------------------------------------------------------------- dates as people print them


@pytest.mark.parametrize("printed, date", [
    ("Date: 05/08/2025", "2025-05-08"),
    ("Released: 2025-05-08", "2025-05-08"),
    ("Thursday, May 8, 2025", "2025-05-08"),
    ("08.05.2025", "2025-05-08"),
    ("Oakdale County News Release May 8, 2025", "2025-05-08"),
    ("May 8, 2025 4:30 p.m. EDT", "2025-05-08"),
    ("Posted on 8 May 2025 by parksadmin", "2025-05-08"),
])
def test_a_date_however_it_is_printed(room, run_cli, printed, date):
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\n{printed}\n\n{LEAD}\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, str(release.date)) == ("Second Footbridge Opens Over Mill Creek", date)
    assert "line 3 of the file" in result.stdout.split("to check in")[1]


def test_of_several_dates_the_one_nearest_the_text_is_the_release_date_and_the_choice_is_named(room, run_cli):
    result = run_import(run_cli, room, "Page captured January 3, 2026\n\nSecond Footbridge Opens Over Mill Creek\n\n"
                                       f"May 8, 2025\n\n{LEAD}\n")
    assert result.exit_code == 0, result.output
    assert str(only_release(room).date) == "2025-05-08"
    assert any("another date, 'January 3, 2026', differs from the release date 2025-05-08: chose line 5" in w
               for w in warnings(result))


def test_a_date_run_into_the_end_of_the_headline_is_split_from_it(room, run_cli):
    result = run_import(run_cli, room, "Second Footbridge Opens Over Mill CreekThursday May 8th, 2025\n\n"
                                       f"{LEAD}\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, str(release.date)) == ("Second Footbridge Opens Over Mill Creek", "2025-05-08")


def test_a_date_signed_under_the_text_dates_it_and_page_text_under_the_date_goes(room, run_cli):
    text = ("Second Footbridge Opens Over Mill Creek\n\n" + LEAD.replace("OAKDALE – ", "")
            + " Walkers can now cross without using the road bridge.\n\n8 May 2025\n\nHide This Panel\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert str(release.date) == "2025-05-08"
    assert not any("8 May 2025" in unit or "Hide This Panel" in unit for unit in body(release))
    assert any("the only date is a date under the text: '8 May 2025'" in w for w in warnings(result))


def test_when_only_the_lead_sentence_gives_a_date_it_is_used_with_a_warning(room, run_cli):
    lead = ("The county opened a second footbridge over Mill Creek today (Thursday 8 May 2025), joining the two "
            "halves of the trail. A ribbon was cut by the mayor on Tuesday 3 June 2025 as well.")
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\n{lead}\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert str(release.date) == "2025-05-08"
    assert body(release)[0].startswith("The county opened")
    assert any("the only date is a date in the lead sentence: '8 May 2025'" in w for w in warnings(result))


def test_a_headline_ending_in_an_abbreviation_is_a_headline_not_a_sentence(room, run_cli):
    result = run_import(run_cli, room, "Talks on the Future of the Mill Creek Trail Held in Oakdale, N.J.\n\n"
                                       f"May 8, 2025\n\n{LEAD}\n")
    assert result.exit_code == 0, result.output
    assert only_release(room).title == "Talks on the Future of the Mill Creek Trail Held in Oakdale, N.J."


# ---------------------------------------------------------------- page chrome as a class


def test_page_chrome_of_every_kind_is_removed_and_named(room, run_cli):
    source = "\n".join([
        "Skip to main content",
        "Home > Newsroom > Parks",
        "This page has been archived and may be out of date.",
        "Photo: imagehost.example.net",
        "",
        "Second Footbridge Opens Over Mill Creek",
        "",
        "May 8, 2025",
        "",
        LEAD,
        "",
        "The bridge is open from dawn to dusk.",
        "",
        "----------",
        "Share this page",
        "Print this page",
        "2 Comments",
        "Leave a reply",
        "© 2025 Oakdale County. All rights reserved.",
        "Privacy Policy | Terms of Use | Accessibility",
        "",
    ])
    result = run_import(run_cli, room, source)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert body(release) == [LEAD.removeprefix("OAKDALE – "), "The bridge is open from dawn to dusk."]
    for kind, line in (("navigation", 1), ("archive banner", 3), ("credit", 4), ("horizontal rule", 14),
                       ("share widget", 15), ("share widget", 16), ("comments", 17), ("footer", 19), ("footer", 20)):
        assert any(f"removed: web residue ({kind}): " in out and out.endswith(f"(line {line})")
                   for out in result.stdout.splitlines()), (kind, line, result.stdout)
    assert "removed: above the body, not the headline (navigation (a breadcrumb)): 'Home > Newsroom > Parks'" \
        in result.stdout
    text = release.path.read_text(encoding="utf-8")
    for chrome in ("Skip", "archived", "imagehost", "----", "Share", "Comments", "©", "Privacy"):
        assert chrome not in text


def test_a_row_of_links_between_bars_under_the_text_is_chrome(room, run_cli):
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LEAD}\n\n"
                                       "More in these topics | Parks | Trails and Paths\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert not any("Trails and Paths" in unit for unit in body(release))
    assert "a row of links" in result.stdout


def test_a_line_in_another_script_than_the_page_is_a_translation_the_page_added(room, run_cli):
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LEAD}\n\n"
                                       "新的人行桥今天开放。\n\nThe bridge is open from dawn to dusk.\n\nМост открыт.\n")
    assert result.exit_code == 0, result.output
    assert body(only_release(room)) == [LEAD.removeprefix("OAKDALE – "), "The bridge is open from dawn to dusk."]
    assert result.stdout.count("web residue (text in another script than the page's)") == 2


def test_with_title_the_text_above_the_matching_line_is_chrome_and_datelines_still_count(room, run_cli):
    result = run_import(run_cli, room, "Oakdale County Parks\nTrails Division\n\nSecond Footbridge Opens Over Mill Creek"
                                       f"\n\nMay 8, 2025\n\n{LEAD}\n",
                        "--title", "Second Footbridge Opens Over Mill Creek")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.dateline, str(release.date)) == (
        "Second Footbridge Opens Over Mill Creek", "OAKDALE", "2025-05-08")
    assert body(release)[0].startswith("The county opened a second footbridge")
    for line, text in ((1, "Oakdale County Parks"), (2, "Trails Division")):
        assert f"removed: text above the body (the headline was given): {text!r} (line {line})" in result.stdout
    assert "removed: the headline repeated: 'Second Footbridge Opens Over Mill Creek' (line 4)" in result.stdout


# ---------------------------------------------------------------- contact phones wherever the release prints them


def contacts(release) -> list[tuple[str, str, str, str]]:
    return [(c.name, c.role, c.phone, c.email) for c in release.contacts]


def test_contacts_in_a_table_flattened_to_text(room, run_cli):
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LEAD}\n\n###\n\n"
                                       "Contacts:\n|Ines Calder\nHead of Media Relations\nines@trail.example.org\n"
                                       "|Tel: +44 (0) 20 7946 0321\n|Omar Reyes\n|Tel: +44 (0) 20 7946 0388\n|\n")
    assert result.exit_code == 0, result.output
    assert contacts(only_release(room)) == [
        ("Ines Calder", "Head of Media Relations", "+44 (0) 20 7946 0321", "ines@trail.example.org"),
        ("Omar Reyes", "", "+44 (0) 20 7946 0388", "")]


def test_several_phones_on_a_line_with_extensions_after_from(room, run_cli):
    result = run_import(run_cli, room, "May 8, 2025\n\nFrom: Ines Calder, 555-201-3344, ext. 12, e-mail: "
                                       "ines@trail.example.org Omar Reyes, 555-201-3390 x 7 or 555-201-3391\n\n"
                                       f"Second Footbridge Opens Over Mill Creek\n\n{LEAD}\n")
    assert result.exit_code == 0, result.output
    assert contacts(only_release(room)) == [
        ("Ines Calder", "", "555-201-3344, ext. 12", "ines@trail.example.org"),
        ("Omar Reyes", "", "555-201-3390 x 7", ""), ("Omar Reyes", "", "555-201-3391", "")]
    assert any("second phone number of Omar Reyes, '555-201-3391': a second entry" in w for w in warnings(result))


def test_a_person_the_text_asks_readers_to_call_is_a_contact_and_the_text_stays(room, run_cli):
    ask = ("Reporters who want to walk the bridge before it opens should contact Omar Reyes on Wednesday, "
           "May 7, to arrange a visit. 555-201-3390.")
    result = run_import(run_cli, room, f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{LEAD}\n\n{ask}\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert contacts(release) == [("Omar Reyes", "", "555-201-3390", "")]
    assert body(release)[1] == ask
    assert "recognised: contact in the text: Omar Reyes | 555-201-3390 (line 7)" in result.stdout


def test_a_short_first_paragraph_in_sentence_case_is_the_lead_not_a_subhead(room, run_cli):
    result = run_import(run_cli, room, "Trail News\n\nSecond Footbridge Opens Over Mill Creek - 5/8/2025\n\n"
                                       "On Thursday, we opened the second footbridge over Mill Creek.\n\n"
                                       "It joins the two halves of the county trail for the first time since the flood, "
                                       "and it was built by volunteers over two summers.\n\n"
                                       "We thank every family who carried gravel, planks and lunch to the creek.\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.subtitle, str(release.date)) == (
        "Second Footbridge Opens Over Mill Creek", "", "2025-05-08")
    assert body(release)[0] == "On Thursday, we opened the second footbridge over Mill Creek."


def test_a_listing_page_with_a_teaser_then_the_whole_release_from_an_aggregator(room, run_cli):
    issued = "OAKDALE, May 9 -- The Oakdale County parks office issued the following news release on May 8, 2025:"
    full = ("The county opened a second footbridge over Mill Creek on Thursday, joining the two halves of the trail "
            "for the first time since the flood of 2019, after two summers of work by volunteers from the three "
            "towns along the creek and a grant from the state's river fund.")
    teaser = full[:200]  # a listing shows the first couple of hundred characters
    source = "\n".join(["County News", "Second Footbridge Opens Over Mill Creek", issued, "* * *",
                        "Second Footbridge Opens Over Mill Creek", "Volunteers Finish Two Summers of Work", "*",
                        teaser, "... Show Full Article", issued, "* * *", "Second Footbridge Opens Over Mill Creek",
                        "Volunteers Finish Two Summers of Work", "*", full,
                        "The bridge is open from dawn to dusk, every day of the year.", ""])
    result = run_import(run_cli, room, source)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.subtitle, str(release.date), release.dateline) == (
        "Second Footbridge Opens Over Mill Creek", "Volunteers Finish Two Summers of Work", "2025-05-08", "OAKDALE")
    assert body(release) == [full, "The bridge is open from dawn to dusk, every day of the year."]
    out = result.stdout
    assert "removed: a teaser of the paragraph on line 15: 'The county opened a second footbridge" in out
    assert "removed: web residue (share widget): '... Show Full Article' (line 9)" in out
    assert "removed: web residue (horizontal rule): '* * *' (line 4)" in out
    assert "removed: the subhead repeated: 'Volunteers Finish Two Summers of Work' (line 13)" in out


def test_a_blog_page_where_the_previous_post_follows_the_release(room, run_cli):
    result = run_import(run_cli, room, "\n\n".join([
        "Thursday, May 8, 2025", "Trail Update", f"{LEAD}",
        "Both banks now have parking and a water fountain.",
        "Monday, May 5, 2025", "Trail Update", "Crews closed the lower trail for two days to pour the ramps.", ""]))
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, str(release.date)) == ("Trail Update", "2025-05-08")
    assert body(release) == [LEAD.removeprefix("OAKDALE – "), "Both banks now have parking and a water fountain."]
    assert any(":9: warning: another post follows on the page (dated 'May 5, 2025', 'Trail Update'): lines 9–13 "
               "left out" in w for w in warnings(result)), warnings(result)


def test_a_date_later_than_the_release_in_the_text_is_no_next_post(room, run_cli):
    result = run_import(run_cli, room, "\n\n".join([
        "Second Footbridge Opens Over Mill Creek", "May 8, 2025", LEAD, "Saturday, May 17, 2025",
        "Guided Walk at Ten", "Rangers lead a walk across both bridges.", ""]))
    assert result.exit_code == 0, result.output
    assert body(only_release(room))[1:] == ["Saturday, May 17, 2025", "Guided Walk at Ten",
                                            "Rangers lead a walk across both bridges."]


def test_a_summary_over_the_key_points_in_bullets_is_the_subhead(room, run_cli):
    summary = ("The county opens a second footbridge over Mill Creek, joining both halves of the trail, as "
               "volunteers finish two summers of work.")
    result = run_import(run_cli, room, "\n\n".join([
        "Second Footbridge Opens Over Mill Creek", "8 May 2025", summary,
        "- the bridge is 40 metres long\n- it is open from dawn to dusk",
        "The county thanked the volunteers of the three towns along the creek for their work on the ramps.", ""]))
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.subtitle) == ("Second Footbridge Opens Over Mill Creek", summary)
    assert body(release)[:2] == ["the bridge is 40 metres long", "it is open from dawn to dusk"]


def test_a_contact_us_block_with_an_invitation_and_an_office_for_a_name(room, run_cli):
    result = run_import(run_cli, room, "\n".join([
        "Second Footbridge Opens Over Mill Creek", "", "May 8, 2025", "", LEAD, "",
        "Contact Us To Book a Guided Walk:",
        "If you would like a ranger to walk the new bridge with your class or club, please contact us.",
        "The Mill Creek Trail Friends of Oakdale,", "Email us at: walks@trail.example.org",
        "Call us at: 555-201-3390", ""]))
    assert result.exit_code == 0, result.output
    assert contacts(only_release(room)) == [
        ("The Mill Creek Trail Friends of Oakdale", "", "555-201-3390", "walks@trail.example.org")]
    assert "removed: the contact block's invitation, 'If you would like a ranger" in result.stdout
    assert not any("not understood" in w for w in warnings(result))


def test_a_blog_repost_with_its_own_dates_and_a_date_beside_the_contacts_phone(room, run_cli):
    result = run_import(run_cli, room, "\n".join([
        "Saturday, May 10, 2025", "",
        "NEWS: Saturday, May 10, 2025---Second Footbridge Opens Over Mill Creek", "",
        "Media Advisory: Contact: Ines Calder", "May 8th, 2025 555-201-3344 x12", "",
        "Second Footbridge Opens Over Mill Creek", "Volunteers Finish Two Summers of Work", "",
        LEAD + " For a guided walk, please contact Omar Reyes at (555) 201-3390.", "",
        "Friday, May 9, 2025", "", "NEWS: Friday, May 9, 2025---Lower Trail Reopens", "",
        "The lower trail reopened on Friday after two days of work on the ramps.", ""]))
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.subtitle, str(release.date), release.dateline) == (
        "Second Footbridge Opens Over Mill Creek", "Volunteers Finish Two Summers of Work", "2025-05-08", "OAKDALE")
    assert contacts(release) == [("Ines Calder", "", "555-201-3344 x12", ""), ("Omar Reyes", "", "(555) 201-3390", "")]
    assert len(body(release)) == 1
    assert any(":1: warning: another date, 'May 10, 2025', differs from the release date 2025-05-08" in w
               for w in warnings(result)), warnings(result)
    assert any(":13: warning: another post follows on the page (dated 'May 9, 2025'" in w for w in warnings(result))
