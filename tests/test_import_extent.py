"""`i18n import`: the body's extent judged from the text itself (importer/extent.py), end to end
through the real CLI.

The chrome here is of kinds no list in the importer names (invented for these tests): the body is
found because it is prose, and what stands around it is not. What is the release's (a list, an
advisory's fields, a short last sentence, a signature, a paragraph cut off) stays."""

from __future__ import annotations

from test_import_classes import body, only_release, room, run_import, warnings  # noqa: F401 (room: a fixture)

LONG = ("The county opened a second footbridge over Mill Creek on Thursday, joining the two halves of the trail "
        "that the spring floods cut last year.")
MORE = ("Walkers and cyclists can now cross without using the road bridge, which has no pavement, and the "
        "trail's two car parks are linked again.")
HEADER = "Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n"


def removed(result) -> list[str]:
    return [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("removed:")]


def test_chrome_of_unnamed_kinds_above_and_under_the_prose_goes_and_is_reported(room, run_cli):
    text = ("Greenway Trails Portal\n\nTrailheads Maps Volunteering Newsletter Shop\n\nMay 8, 2025\n\n"
            f"Second Footbridge Opens Over Mill Creek\n\n{LONG}\n\n{MORE}\n\nTrail Crew Bulletin Board\n\n"
            "Lovingly hand built by the Oakdale web office\n\nv2.4.1 build 118\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.title == "Second Footbridge Opens Over Mill Creek"
    assert body(release) == [LONG, MORE]
    text_written = release.path.read_text(encoding="utf-8")
    for chrome in ("Portal", "Trailheads", "Bulletin", "hand built", "v2.4.1"):
        assert chrome not in text_written
    out = removed(result)
    for line, chrome in ((13, "Trail Crew Bulletin Board"), (15, "Lovingly hand built by the Oakdale web office"),
                         (17, "v2.4.1 build 118")):
        assert any(note.startswith("removed: after the release's text, the page's (")
                   and note.endswith(f"{chrome!r} (line {line})") for note in out), (chrome, out)


def test_what_ends_a_release_is_kept_a_list_a_short_sentence_fields_and_a_signature(room, run_cli):
    text = (HEADER + f"{LONG}\n\n{MORE}\n\nWhat changes for walkers:\n\n3. The ford path closes.\n"
            "4. Dogs stay on leads.\n\nRepairs end in June.\n\nWHAT: Opening walk\n\nWHERE: Mill Creek car park\n\n"
            "Gate B\n\nWHEN: Saturday, May 17, 2025\n\nDana Whitfield, Director of Communications\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    units = body(only_release(room))
    assert units[:3] == [LONG, MORE, "What changes for walkers:"]
    for kept in ("The ford path closes.", "Dogs stay on leads.", "Repairs end in June.", "WHAT: Opening walk",
                 "Gate B", "WHEN: Saturday, May 17, 2025", "Dana Whitfield, Director of Communications"):
        assert kept in units, (kept, units)
    assert "3. The ford path closes." in only_release(room).body  # the list keeps its numbers
    assert not any("after the release's text" in line for line in removed(result))


def test_a_list_printed_as_paragraphs_under_the_text_is_the_releases(room, run_cli):
    names = ["Ada Brook - Ecology", "Ben Carver - Civil Engineering", "Cleo Dunn - Geography", "Dev Ellis - History"]
    text = HEADER + f"{LONG}\n\nThe trail prizes went to:\n\n" + "\n\n".join(names) + "\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert body(only_release(room))[-4:] == names


def test_a_photo_caption_under_a_blogs_byline_is_not_the_lead(room, run_cli):
    text = ("Second Footbridge Opens Over Mill Creek\n\nPosted on 8 May 2025\n\n"
            "walkers crossing the new footbridge on a bright spring morning with the creek below\n\n"
            f"{LONG}\n\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert body(only_release(room)) == [LONG, MORE]
    assert any("walkers crossing the new footbridge" in line for line in removed(result))


def test_a_last_paragraph_cut_off_is_kept_and_named(room, run_cli):
    cut = "Rangers will lead guided walks across both bridges every weekend for the rest of the"
    result = run_import(run_cli, room, HEADER + f"{LONG}\n\n{cut}\n")
    assert result.exit_code == 0, result.output
    assert body(only_release(room)) == [LONG, cut]
    assert any("cut off" in w for w in warnings(result))


def test_under_a_comment_threads_heading_the_comments_are_not_the_release(room, run_cli):
    comment = ("What a lovely addition to the trail, we walked it with the children on Sunday and "
               "it was busy all afternoon.")
    text = HEADER + f"{LONG}\n\n{MORE}\n\nLeave a Reply\n\n{comment}\n\nPosted by a neighbour\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert body(only_release(room)) == [LONG, MORE]
    assert any("(under a heading of the page's other posts or comments, or an e-mail's signature line): 'What a lovely" in line
               for line in removed(result)), removed(result)


def test_the_pages_own_date_alone_under_the_text_is_not_an_advisorys_field(room, run_cli):
    result = run_import(run_cli, room, HEADER + f"{LONG}\n\n{MORE}\n\nPage revised: 9 May 2025\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert body(release) == [LONG, MORE]
    assert str(release.date) == "2025-05-08"


def test_a_menu_line_right_over_the_headline_gives_way_to_the_line_the_lead_repeats(room, run_cli):
    text = ("Greenway Trails Portal\n\nTrailheads Maps Volunteering Newsletter Shop\n\n" + HEADER
            + f"{LONG}\n\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert (release.title, release.subtitle) == ("Second Footbridge Opens Over Mill Creek", "")
    assert body(release) == [LONG, MORE]
    assert "removed: text above the headline: 'Trailheads Maps Volunteering Newsletter Shop' (line 3)" in result.stdout
    assert any("headline uncertain: chose 'Second Footbridge Opens Over Mill Creek' over 'Trailheads Maps" in w
               for w in warnings(result))


def test_where_to_read_more_at_the_end_of_a_release_stays(room, run_cli):
    text = (HEADER + f"{LONG}\n\n{MORE}\n\nTrail maps:\n\nhttps://parks.example.org/mill-creek\n\n"
            "More at parks.example.org\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    units = body(only_release(room))
    assert units[2] == "Trail maps:" and "mill-creek" in units[3] and "More at" in units[4], units


def test_a_statement_signed_off_under_the_text_keeps_its_close_and_signature(room, run_cli):
    for tail in ("— Jo Roe, Mayor of Oakdale", "Thank you.", "Sincerely,\n\nJo Roe"):
        result = run_import(run_cli, room, HEADER + f"{LONG}\n\n{tail}\n", "--force")
        assert result.exit_code == 0, result.output
        assert body(only_release(room))[1:] == [part for part in tail.split("\n\n")], tail
        assert not any("after the release's text" in line for line in removed(result)), tail


def test_a_title_case_caption_under_the_date_is_not_chosen_over_the_headline_the_lead_repeats(room, run_cli):
    text = HEADER + f"Views From The Upper Meadow Path\n\n{LONG}\n\n{MORE}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.title == "Second Footbridge Opens Over Mill Creek"
    assert "Views From" not in release.path.read_text(encoding="utf-8")
    assert any("headline uncertain: chose 'Second Footbridge Opens Over Mill Creek' over 'Views From The Upper" in w
               for w in warnings(result)), warnings(result)
