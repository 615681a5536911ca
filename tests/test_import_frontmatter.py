"""The fields above the body: one row per shape (i18n/importer/frontmatter.py)."""

from __future__ import annotations

import pytest

from i18n.documents import Block, Line
from i18n.importer.frontmatter import above_headline, split_marker_line, subtitle_like, title_like


@pytest.mark.parametrize("text, result", [
    ("Valley Families Win Longer Clinic Hours", True),
    ("Workers’ Center Opens Legal Clinic in Second Ward", True),
    ("“We will not be silent,” say nurses", True),
    ("the clinic opened on Saturday", False),  # lower case: a sentence's continuation
    ("Dear friends,", False),
    (" ".join(["word"] * 31), False),
])
def test_headlines(text, result):
    assert title_like(text) is result


@pytest.mark.parametrize("text, block, result", [
    ("Free consultations every Saturday for families facing wage theft", Block([]), True),
    ("Two thousand boxes in one day", Block([], kind="heading", level=2), True),
    ("The clinic opened on Saturday.", Block([]), False),  # a sentence: the lead, not a subhead
    ("SAN ANTONIO – Volunteers delivered boxes", Block([]), False),  # a dateline
    ("Contacts:", Block([]), False),
])
def test_subheads(text, block, result):
    assert subtitle_like(text, block, lines_left=1) is result


@pytest.mark.parametrize("lines, above", [
    # a banner's quotation and the headline over the date: the quotation is above it
    (["“Home is where the whole family can stay.”", "Valley Families Win", "March 4, 2025"], [0]),
    # headline and subhead over the date: nothing above
    (["Valley Families Win", "Clinics stay open until nine", "March 4, 2025"], []),
    # three lines of text over the date: the first is above the headline and subhead
    (["Valley Families Network", "Valley Families Win", "Clinics stay open until nine", "March 4, 2025"], [0]),
    # contacts under their heading are no text above the headline
    (["CONTACT:", "Marta Solís", "(602) 555-0147", "Valley Families Win", "Clinics stay open", "March 4, 2025"], []),
    # a page's title and archive line above FOR IMMEDIATE RELEASE, the release's headline after it
    (["Author Archives: editor", "Court Ruling: Families Keep Homes", "FOR IMMEDIATE RELEASE:", "May 14, 2019",
      "Appeals Court Blocks Evictions at Parkview Homes"], [0, 1]),
    # a blog's byline date stands right under the headline: the site's name above it is not a subhead
    (["Valley Families Network", "Clinic Hours Extended", "Posted on June 2, 2020 by admin"], [0]),
    # a headline over FOR IMMEDIATE RELEASE and the body: it stays the headline
    (["Valley Families Win", "FOR IMMEDIATE RELEASE", "March 4, 2025",
      "PHOENIX – The Valley Families Network today welcomed the decision."], []),
    # no date before the body: nothing is decided here
    (["Site banner", "Valley Families Win", "Clinics stay open",
      "PHOENIX – The Valley Families Network today welcomed the decision."], []),
])
def test_text_above_the_headline(lines, above):
    blocks = [Block([Line(text, text, number)]) for number, text in enumerate(lines, 1)]
    found = above_headline(blocks, [block.lines for block in blocks])
    assert [index for index, block in enumerate(blocks) if id(block.lines[0]) in found] == above


@pytest.mark.parametrize("line, parts", [
    ("For Immediate Release: Thursday, March 21, 2019 Contact:",
     ["For Immediate Release: Thursday, March 21, 2019", "Contact:"]),
    ("March 21, 2019 | Contact: Dana Cole, 202-555-0131", ["March 21, 2019", "Contact: Dana Cole, 202-555-0131"]),
    ("The 2019 contact: a list", ["The 2019 contact: a list"]),
])
def test_a_date_and_a_contact_heading_on_one_line(line, parts):
    assert [part.plain for part in split_marker_line(Line(line, line, 1))] == parts
