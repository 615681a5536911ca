"""About paragraphs: one row per shape (i18n/importer/about.py)."""

from __future__ import annotations

import pytest

from i18n.importer.about import ABOUT_INLINE, ORG_IS, about_heading


@pytest.mark.parametrize("line, name", [
    ("About Harbor Workers Alliance", "Harbor Workers Alliance"),
    ("ABOUT THE RIVERSIDE IMMIGRANT ALLIANCE:", "THE RIVERSIDE IMMIGRANT ALLIANCE"),
    ("About Valley Families Network", "Valley Families Network"),
    ("About 300 people marched on Monday.", None),
    ("About us", None),
])
def test_about_headings(line, name):
    match = about_heading(line)
    assert (match.group("name") if match else None) == name


@pytest.mark.parametrize("paragraph, name", [
    ("Harbor Workers Alliance is a union of port workers in South Florida.", "Harbor Workers Alliance"),
    ("The Riverside Immigrant Alliance is a coalition of twenty groups.", "The Riverside Immigrant Alliance"),
    ("Valley Families Network (VFN), founded in 2001, works with parents.", "Valley Families Network"),
    ("Families in the valley are waiting for the council.", None),
])
def test_organisation_is_paragraphs(paragraph, name):
    match = ORG_IS.match(paragraph)
    assert (match.group("name") if match else None) == name


@pytest.mark.parametrize("paragraph, name, rest", [
    ("About Harbor Workers Alliance: Harbor Workers Alliance is a union of port workers.",
     "Harbor Workers Alliance", "Harbor Workers Alliance is a union of port workers."),
    ("About Valley Families – The network works with parents in twelve towns.",
     "Valley Families", "The network works with parents in twelve towns."),
])
def test_inline_about_headings(paragraph, name, rest):
    match = ABOUT_INLINE.match(paragraph)
    assert (match.group("name"), match.group("rest")) == (name, rest)
