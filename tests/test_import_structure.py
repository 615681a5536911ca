"""`i18n import` on shapes read from how releases are built, end to end through the real CLI:
a site's long menu of sections between bars, datelines whose date comes first or whose place
carries a weekday or a wire's tag, a headline closed by a full stop, a byline under the
headline, a photo caption with its credit, a date printed only under the signature. Every text
here is our own writing."""

from __future__ import annotations

from test_import_classes import body, only_release, room, run_import  # noqa: F401 (room: a fixture)

TEXT = ("The county opened a second footbridge over Mill Creek on Thursday, joining the two halves of the "
        "trail that the spring floods cut last year.")
MORE = ("Walkers and cyclists can now cross without using the road bridge, which has no pavement, and the "
        "trail's two car parks are linked again.")
HEADLINE = "Second Footbridge Opens Over Mill Creek"


def test_a_long_menu_of_sections_between_bars_is_navigation_not_the_headline(room, run_cli):
    menu = ("Opinion | Council Watch | Letters | Video | Crime | Farming | Housing | Transport | Local Govt. | "
            "Schools | Sport | Weather | Search")
    result = run_import(run_cli, room, f"{menu}\n\n{HEADLINE}\n\nMay 8, 2025\n\n{TEXT}\n\n{MORE}\n")
    assert result.exit_code == 0, result.output
    release = only_release(room)
    assert release.title == HEADLINE
    assert body(release) == [TEXT, MORE]
    assert "removed: web residue (a row of links): 'Opinion | Council Watch" in result.stdout
