"""What a web page adds around a release: one row per shape (i18n/importer/residue.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from i18n.documents import Block, Incoming, Line
from i18n.importer.residue import chrome_key, find_chrome, menu_lines, residue


@pytest.mark.parametrize("line, kind", [
    ("Spread the love", "share widget"),
    ("Share this post on Facebook", "share widget"),
    ("Facebook | Twitter | Email", "share widget"),
    ("1. Skip to navigation", "navigation"),
    ("2. Skip to content", "navigation"),
    ("3. Skip to sidebar", "navigation"),
    ("Skip to main content", "navigation"),
    ("Back to top", "navigation"),
    ("« Back to Newsroom", "navigation"),
    ("Back to all press releases", "navigation"),
    ("Art by Rosa Quintero", "credit"),
    ("Photo: Jordan Lee/Valley Families", "credit"),
    ("Photo credit: Ana Ruiz", "credit"),
    ("Share your story with the council by May 1.", None),
    ("Photos of the march are at the end of this page.", None),
    ("Art classes for children start in June.", None),
])
def test_residue_kinds(line, kind):
    assert residue(line) == kind


def _document(*paragraphs: str) -> Incoming:
    return Incoming(Path("x.txt"), "text", "UTF-8", [Block([Line(p, p, n)]) for n, p in enumerate(paragraphs, 1)])


@pytest.mark.parametrize("documents, chrome", [
    ([("Site | Home | Donate", "Headline one", "© Site"), ("Site | Home | Donate", "Headline two", "© Site")],
     {"Site | Home | Donate", "© Site"}),
    ([("Site | Home", "One"), ("Site | Home", "Two"), ("Site", "Three")], set()),  # not in every file
    ([("Site | Home", "One")], set()),  # one file: nothing to compare with
])
def test_chrome_is_what_every_file_of_a_batch_repeats(documents, chrome):
    assert find_chrome([_document(*d) for d in documents]) == {chrome_key(c) for c in chrome}


@pytest.mark.parametrize("lines, menu", [
    (["Valley Families", "Home", "About", "News", "Contact", "Clinic Hours Extended"], [1, 2, 3, 4]),
    (["Home", "About Us", "Donate"], [0, 1, 2]),
    (["CONTACT", "Ana Pérez, 312-555-0100"], []),  # one word alone is a heading, not a menu
    (["News", "Contact"], []),
])
def test_a_site_menu_is_three_menu_words_in_a_row(lines, menu):
    assert sorted(menu_lines(lines)) == menu
