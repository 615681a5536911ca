"""The dateline starting the first paragraph: one row per shape (i18n/importer/dateline.py)."""

from __future__ import annotations

import pytest

from i18n.importer.dateline import dateline_at


@pytest.mark.parametrize("lead, place, date, rest", [
    ("CHICAGO –– The network said", "CHICAGO", None, "The network said"),
    ("SAN SALVADOR – Families", "SAN SALVADOR", None, "Families"),
    ("WASHINGTON, D.C. - The coalition", "WASHINGTON, D.C.", None, "The coalition"),
    ("(WASHINGTON)—The Senate", "WASHINGTON", None, "The Senate"),
    ("CHICAGO, IL—June 29, 2018—The tenants", "CHICAGO, IL", "2018-06-29", "The tenants"),
    ("PHOENIX, AZ—June 2, 2020—The network", "PHOENIX, AZ", "2020-06-02", "The network"),
    ("SAN SALVADOR (April 14, 2021) – The", "SAN SALVADOR", "2021-04-14", "The"),
    ("Houston, Texas- The Second Ward", "Houston, Texas", None, "The Second Ward"),
    ("Miami, FL - Two hundred workers", "Miami, FL", None, "Two hundred workers"),
    ("Chicago – The network", "Chicago", None, "The network"),
    ("San Antonio — Parents", "San Antonio", None, "Parents"),
    ("Chicago (May 3, 2021) – The network", "Chicago", "2021-05-03", "The network"),
    ("DENVER, May 9, 2019 The coalition", "DENVER", "2019-05-09", "The coalition"),
    ("March 3, 2022 — Today, the union", "", "2022-03-03", "Today, the union"),
    ("Tuesday, March 3, 2022 — “We won,” said", "", "2022-03-03", "“We won,” said"),
])
def test_a_dateline(lead, place, date, rest):
    found = dateline_at(lead)
    assert found is not None
    assert (found[0], found[1].isoformat() if found[1] else None, lead[found[3]:]) == (place, date, rest)


@pytest.mark.parametrize("lead", [
    "Today – the council voted.",  # a mixed-case word needs its region to be a place
    "Today, Friday - we marched.",
    "Today – The council voted.",
    "Update — The vote moved to Friday.",
    "Chicago - The network",  # a hyphen after a mixed-case name is too common in text
    "Non-profit groups said on Monday that",
    "The Texas-based group said",
    "CHICAGO – the network",  # the text after a dateline starts a sentence
    "On March 3, 2022 — the union",
])
def test_not_a_dateline(lead):
    assert dateline_at(lead) is None
