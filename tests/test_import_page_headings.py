"""`i18n import` on the page's own headings above a release's headline, end to end through the
real CLI: a breadcrumb whose last step is the whole headline, and a site's name over the genre
of what follows. Every text here is our own writing."""

from __future__ import annotations

from test_import_classes import body, only_release, room, run_import  # noqa: F401 (room: a fixture)

HEADLINE = "Second Footbridge Opens Over Mill Creek After Two Years of Repairs to the Trail"
TEXT = ("The county opened a second footbridge over Mill Creek on Thursday, joining the two halves of the "
        "trail that the spring floods cut last year.")
MORE = ("Walkers and cyclists can now cross without using the road bridge, which has no pavement, and the "
        "trail's two car parks are linked again.")


def test_a_long_breadcrumb_ending_in_the_headline_is_navigation_not_the_headline(room, run_cli):
    text = f"Home > Latest news > {HEADLINE}\n\n{HEADLINE}\n\n{TEXT}\n\n{MORE}\n"
    result = run_import(run_cli, room, text, "--date", "2025-05-08")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.title == HEADLINE
    assert not release.subtitle
    assert body(release) == [TEXT, MORE]
    assert "removed: above the body, not the headline (navigation (a breadcrumb)): 'Home > Latest news" in result.output


def test_a_sites_name_over_the_genre_of_the_page_is_not_the_headline(room, run_cli):
    text = f"Mill Creek Trail Friends News story\n\nNew Footbridge\n\n08 May 2025\n\n{TEXT}\n\n{MORE}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.title == "New Footbridge"
    assert release.date.isoformat() == "2025-05-08"
    assert body(release) == [TEXT, MORE]
    assert "removed: above the body, not the headline (a label): 'Mill Creek Trail Friends News story'" in result.output


def test_photo_captions_under_the_headline_are_not_the_headline(room, run_cli):
    text = ("Second Footbridge Opens Over Mill Creek\n\nThe mayor cuts the ribbon.\n\n"
            "Walkers cross the new footbridge.\n\n" f"May 8, 2025\n\n{TEXT}\n\n{MORE}\n")
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.title == "Second Footbridge Opens Over Mill Creek"
    assert body(release) == [TEXT, MORE]
    for caption in ("The mayor cuts the ribbon.", "Walkers cross the new footbridge."):
        assert f"'{caption}'" in result.output and caption not in (release.subtitle or "")
