"""`i18n import` on a share menu printed one entry a line, end to end through the real CLI: the
entries no widget name covers (a network we do not list, the menu's own buttons) go with the rest,
and each is reported. Every text here is our own writing."""

from __future__ import annotations

from test_import_classes import body, only_release, room, run_import  # noqa: F401 (room: a fixture)

TEXT = ("The county opened a second footbridge over Mill Creek on Thursday, joining the two halves of the "
        "trail that the spring floods cut last year.")
MORE = ("Walkers and cyclists can now cross without using the road bridge, which has no pavement, and the "
        "trail's two car parks are linked again.")


def test_a_share_menu_one_entry_a_line_goes_whole(room, run_cli):
    menu = "\n".join(f"  • {entry}" for entry in ("Close", "Twitter", "Mastodon", "Facebook", "Print", "Close"))
    text = f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{TEXT}\n\n{MORE}\n\n{menu}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert body(only_release(room)) == [TEXT, MORE]
    for entry in ("Close", "Mastodon"):
        assert f"removed: web residue (share widget): '{entry}'" in result.output


def test_a_short_list_with_one_share_word_is_kept(room, run_cli):
    items = "\n".join(f"- {entry}" for entry in ("Maps", "Print", "Benches"))
    text = f"Second Footbridge Opens Over Mill Creek\n\nMay 8, 2025\n\n{TEXT}\n\nThe trail now has:\n\n{items}\n"
    result = run_import(run_cli, room, text)
    assert result.exit_code == 0, result.output
    assert "Benches" in body(only_release(room))[-1]
