"""The lines above the body: one row per shape (i18n/importer/not_headline.py, frontmatter.py)."""

from __future__ import annotations

import pytest

from i18n.documents import Line
from i18n.importer.frontmatter import split_marker_line
from i18n.importer.not_headline import not_headline


@pytest.mark.parametrize("text, reason", [
    ("Valley Families Win Longer Clinic Hours", None),
    ("“We will not be silent,” say nurses", None),
    ("Court Ruling: Families Keep Their Homes", None),
    ("“Home is where the whole family can stay.”", "a quotation, a banner's epigraph"),
    ("NEWS RELEASE", "a label"),
    ("News Release No. 19-204", "a release number"),
    ("March 4, 2025 | Media advisory", "a date line"),
    ("Marta Solís, Communications Director", "a person's name and job title"),
    ("Jon Ortiz – Director of Public Affairs", "a person's name and job title"),
    ("Author Archives: editor", "a label and its value"),
    ("Home › News › Health", "navigation (a breadcrumb)"),
    ("Last changed 03/04/2025 10:15 by the webmaster team", "a timestamp"),
    ("the clinic opened on Saturday", "not a headline's case"),
])
def test_what_a_line_above_the_body_is(text, reason):
    assert not_headline(text) == reason


@pytest.mark.parametrize("line, parts", [
    ("For Immediate Release: Thursday, March 21, 2019 Contact:",
     ["For Immediate Release: Thursday, March 21, 2019", "Contact:"]),
    ("March 21, 2019 | Contact: Dana Cole, 202-555-0131", ["March 21, 2019", "Contact: Dana Cole, 202-555-0131"]),
    ("The 2019 contact: a list", ["The 2019 contact: a list"]),
])
def test_a_date_and_a_contact_heading_on_one_line(line, parts):
    assert [part.plain for part in split_marker_line(Line(line, line, 1))] == parts
