"""End marks and FOR IMMEDIATE RELEASE: one row per shape (i18n/importer/endmarks.py)."""

from __future__ import annotations

import pytest

from i18n.importer.endmarks import EMBARGO, END_MARK, IMMEDIATE


@pytest.mark.parametrize("line, is_end", [
    ("###", True), (" ###  ", True), ("# # #", True), ("# # # # #", True), ("#####", True),
    ("-30-", True), ("- 30 -", True), ("–30–", True), ("- END -", True),
    ("## How to volunteer", False), ("#1 in the state", False), ("30", False), ("- 30 days -", False),
])
def test_end_marks(line, is_end):
    assert bool(END_MARK.match(line)) is is_end


@pytest.mark.parametrize("line, pattern, matches", [
    ("FOR IMMEDIATE RELEASE", IMMEDIATE, True),
    ("For Immediate Release: May 9, 2019", IMMEDIATE, True),
    ("**FOR IMMEDIATE RELEASE**", IMMEDIATE, True),
    ("Immediate relief for families", IMMEDIATE, False),
    ("EMBARGOED UNTIL 9 A.M. ET", EMBARGO, True),
    ("Embargo: April 14, 2021", EMBARGO, True),
])
def test_release_marks(line, pattern, matches):
    assert bool(pattern.match(line)) is matches
