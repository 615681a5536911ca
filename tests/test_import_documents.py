"""Reading a document into blocks with line numbers (i18n.documents.read_document): one row per
shape of text as a copy of a web page gives it."""

from __future__ import annotations

import pytest

from i18n.documents import read_document

LONG = "The county agreed on Tuesday to keep its three community clinics open until nine on weekdays."


@pytest.mark.parametrize("text, blocks", [
    # hard-wrapped paragraphs separated by blank lines
    ("Headline\n\nThe first paragraph\ngoes on here.\n\nThe second.\n",
     [("paragraph", "Headline", 1), ("paragraph", "The first paragraph goes on here.", 3),
      ("paragraph", "The second.", 6)]),
    # paragraphs separated by single newlines (a line over 100 characters: not hard-wrapped)
    (f"Headline\nMarch 4, 2025\n{LONG} {LONG}\nThe second.\n",
     [("paragraph", "Headline", 1), ("paragraph", "March 4, 2025", 2), ("paragraph", f"{LONG} {LONG}", 3),
      ("paragraph", "The second.", 4)]),
    # a numbered list of skip links, then a line of its own: the list has ended
    ("1. Skip to navigation\n2. Skip to content\nHeadline\n",
     [("item", "Skip to navigation", 1), ("item", "Skip to content", 2), ("paragraph", "Headline", 3)]),
    # a list item wrapped after a long line goes on
    ("- Sign up online before June 1 at the Westside Library or by phone\nWestside Library hours apply.\n",
     [("item", "Sign up online before June 1 at the Westside Library or by phone Westside Library hours apply.",
       1)]),
    # end marks are not list items
    ("Text.\n\n- 30 -\n", [("paragraph", "Text.", 1), ("paragraph", "- 30 -", 3)]),
])
def test_text_blocks(tmp_path, text, blocks):
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    assert [(b.kind, b.plain, b.line) for b in read_document(path).blocks] == blocks


@pytest.mark.parametrize("html, blocks", [
    ("<p>One.<br>Two.</p>", [("One.", "Two.")]),  # short lines: one paragraph with a line break
    (f"<p>March 4, 2025<br>{LONG} {LONG}<br>The end.</p>",  # paragraphs separated by one <br>
     [("March 4, 2025",), (f"{LONG} {LONG}",), ("The end.",)]),
    ("<p>One.<br><br>Two.</p>", [("One.",), ("Two.",)]),
])
def test_html_blocks(tmp_path, html, blocks):
    path = tmp_path / "release.html"
    path.write_text(f"<html><body>{html}</body></html>", encoding="utf-8")
    assert [tuple(line.plain for line in b.lines) for b in read_document(path).blocks] == blocks
