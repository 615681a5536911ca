"""Press contacts: one row per shape (i18n/importer/contacts.py)."""

from __future__ import annotations

import pytest

from i18n.documents import Block, Line
from i18n.importer.contacts import assemble, contact_block, contact_tokens, is_contact_line, name_like


def _contacts(*lines: str):
    tokens = [token for number, line in enumerate(lines, 1) for token in contact_tokens(line, number)]
    warnings, removed = [], []
    found = assemble(tokens, warnings, removed)
    return [(c.name, c.role, c.phone, c.email) for c in found], [n.message for n in warnings + removed]


@pytest.mark.parametrize("lines, contacts", [
    (["Nancy Lee | (786) 201-8958 | nancy@example.org"], [("Nancy Lee", "", "(786) 201-8958", "nancy@example.org")]),
    (["Kim Park (915) 525 2434 kim@example.org"], [("Kim Park", "", "(915) 525 2434", "kim@example.org")]),
    (["Kim Park: 312-351-3890"], [("Kim Park", "", "312-351-3890", "")]),
    (["Ana Morales, Communications Director", "(312) 555-0142", "ana@example.org"],
     [("Ana Morales", "Communications Director", "(312) 555-0142", "ana@example.org")]),
    (["Ana Pérez - Guatemala +502 5555 0101"], [("Ana Pérez", "", "+502 5555 0101", "")]),
    (["Luis Bravo - San Francisco +1 415 555 01 23"], [("Luis Bravo", "", "+1 415 555 01 23", "")]),
    (["Eva Díaz, +52 55 5555 0199, eva@example.org"], [("Eva Díaz", "", "+52 55 5555 0199", "eva@example.org")]),
    (["Rosa Vidal, Press Secretary, 202.555.0131"], [("Rosa Vidal", "Press Secretary", "202.555.0131", "")]),
    (["Rosa Vidal, Cleaners United, 202.555.0131"], [("Rosa Vidal", "Cleaners United", "202.555.0131", "")]),
])
def test_contacts(lines, contacts):
    assert _contacts(*lines)[0] == contacts


def test_a_place_after_the_name_is_reported_not_kept_as_a_role():
    assert _contacts("Ana Pérez - Guatemala +502 5555 0101")[1] == [
        "place of contact Ana Pérez, 'Guatemala': not a role, left out (contacts have a name, role, phone and e-mail)"]


@pytest.mark.parametrize("line, result", [
    ("Ana Pérez - Guatemala +502 5555 0101", True),
    ("Media: 312-555-0100", True),
    ("FOR IMMEDIATE RELEASE", False),
    ("Call 311 or (312) 555-0100 to report a landlord who refuses to make repairs in the building.", False),
])
def test_contact_lines(line, result):
    assert is_contact_line(line) is result


@pytest.mark.parametrize("text, result", [
    ("Marta Solís", True), ("FOR IMMEDIATE RELEASE", False), ("# # #", False), ("CONTACT", False),
    ("Communications Director", False), ("The clinic opened on Saturday.", False),
])
def test_names(text, result):
    assert name_like(text) is result


def _blocks(*texts: str) -> list[Block]:
    return [Block([Line(text, text, number)]) for number, text in enumerate(texts, 1)]


@pytest.mark.parametrize("blocks, used, contacts", [
    # a heading, then one line per block (paragraphs separated by single newlines): the
    # headline and FOR IMMEDIATE RELEASE after the contacts are not taken
    (("PRESS CONTACTS", "Marta Solís, Communications Director", "(602) 555-0147", "marta@example.org",
      "FOR IMMEDIATE RELEASE", "Valley Families Win Longer Clinic Hours"), 4,
     [("Marta Solís", "Communications Director", "(602) 555-0147", "marta@example.org")]),
    (("Media inquiries contact: press@example.org", "- 30 -"), 1, [("Media inquiries", "", "", "press@example.org")]),
    (("Press inquiries: 305-555-0110",), 1, [("Press inquiries", "", "305-555-0110", "")]),
    (("CONTACT: Ana Pérez - Guatemala +502 5555 0101",), 1, [("Ana Pérez", "", "+502 5555 0101", "")]),
])
def test_contact_blocks(blocks, used, contacts):
    blocks = _blocks(*blocks)
    tokens, taken, resume = contact_block(blocks, 0, blocks[0].lines, 0)
    found = assemble(tokens, [], [])
    assert (taken, resume, [(c.name, c.role, c.phone, c.email) for c in found]) == (used, None, contacts)


@pytest.mark.parametrize("lines, resume, contacts", [
    # one block of short lines: the contacts end where the headline starts, even a name-like one
    (("CONTACT:", "Ana Morales, Communications Director", "(312) 555-0142", "Workers Win Back Pay",
      "Forty cleaners will be paid for every hour of the last two years"), 3,
     [("Ana Morales", "Communications Director", "(312) 555-0142", "")]),
    (("CONTACTS:", "In English:", "Rosa Vidal, 202-555-0131", "In Spanish:", "Eva Díaz, 202-555-0132"), None,
     [("Rosa Vidal", "", "202-555-0131", ""), ("Eva Díaz", "", "202-555-0132", "")]),
])
def test_a_contact_block_in_the_lines_of_one_block(lines, resume, contacts):
    block = Block([Line(text, text, number) for number, text in enumerate(lines, 1)])
    tokens, taken, at = contact_block([block], 0, block.lines, 0)
    found = assemble(tokens, [], [])
    assert (at, [(c.name, c.role, c.phone, c.email) for c in found]) == (resume, contacts)
