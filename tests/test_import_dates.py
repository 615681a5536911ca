"""Dates as releases write them: one row per shape (i18n/importer/dates.py).

Measured against python-dateutil (fuzzy) and dateparser (search_dates) on these shapes: both
miss some ("PHOENIX, AZ—June 2, 2020—") and invent dates from ordinary words ("May we ask",
"Today", "Section 8"): the importer keeps its own patterns."""

from __future__ import annotations

import datetime as dt

import pytest

from i18n.importer.dates import date_line, find_date


@pytest.mark.parametrize("line, date, written", [
    ("April 14, 2021", "2021-04-14", "April 14, 2021"),
    ("Apr. 14, 2021", "2021-04-14", "Apr. 14, 2021"),
    ("Sept. 9, 2020", "2020-09-09", "Sept. 9, 2020"),
    ("March 4th, 2025", "2025-03-04", "March 4th, 2025"),
    ("14 April 2021", "2021-04-14", "14 April 2021"),
    ("4/14/2021", "2021-04-14", "4/14/2021"),
    ("2021-04-14", "2021-04-14", "2021-04-14"),
    ("Tuesday, March 4, 2025", "2025-03-04", "March 4, 2025"),
    ("FOR IMMEDIATE RELEASE: October 12, 2022", "2022-10-12", "October 12, 2022"),
    ("For Immediate Release: Wednesday, December 10, 2014", "2014-12-10", "December 10, 2014"),
    ("Posted on June 3, 2023 by Admin", "2023-06-03", "June 3, 2023"),
    ("May 9, 2019 | 10:00 a.m. EDT", "2019-05-09", "May 9, 2019"),
    # the other language of a bilingual page: Irish (an ordinal "ú"), French, Welsh
    ("12ú Márta, 2020", "2020-03-12", "12ú Márta, 2020"),
    ("1er mars 2021", "2021-03-01", "1er mars 2021"),
    ("9 Gorffennaf 2019", "2019-07-09", "9 Gorffennaf 2019"),
    # a news page's stamp with a two-digit year, alone on its line
    ("• 05 JUN 20", "2020-06-05", "05 JUN 20"),
    ("04.10.24, 15:00 4 Min Read", "2024-10-04", "04.10.24"),
])
def test_a_line_that_is_a_date(line, date, written):
    assert date_line(line) == (dt.date.fromisoformat(date), written)


@pytest.mark.parametrize("line", [
    "Valley Families Win Longer Clinic Hours",
    "On March 4, 2025 the council voted to keep the clinics open.",  # a date inside a sentence
    "May we ask the council to act now?",
    "Section 8 vouchers ran out in March.",
    "February 30, 2021",  # no such day
])
def test_a_line_that_is_not_a_date(line):
    assert date_line(line) is None


@pytest.mark.parametrize("text, date", [
    ("DENVER, May 9, 2019 The coalition asked", "2019-05-09"),
    ("PHOENIX, AZ—June 2, 2020—The network", "2020-06-02"),
    ("About 300 people marched on Monday.", None),
    ("The 2020 census undercounted families.", None),
])
def test_the_first_date_in_a_text(text, date):
    found = find_date(text)
    assert (found[0].isoformat() if found else None) == date


def test_the_other_languages_month_names_are_babel_s_own():
    from babel.dates import get_month_names

    from i18n.importer.dates import MONTHS

    for code in ("fr", "cy", "ga"):
        names = {name.casefold(): month for month, name in get_month_names("wide", locale=code).items()}
        written = {name: month for name, month in MONTHS.items() if name in names}
        assert written == {name: month for name, month in names.items() if " " not in name}
