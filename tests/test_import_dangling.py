"""Words a copied page lost: one row per shape (i18n/importer/dangling.py)."""

from __future__ import annotations

import pytest

from i18n.importer.dangling import cut_off, dangling


@pytest.mark.parametrize("text, ending", [
    ("The center is asking local firms to help it to build a new", "…to build a new"),
    ("Families will meet the council on Monday and", "…council on Monday and"),
    ("The council voted to keep the clinics open until nine in the eve", "…nine in the eve"),
    ("“We will keep coming back,” she said. “Until the council listens.", "…“Until the council listens."),
    ("Nurses, parents and teachers,", "…Nurses, parents and teachers,"),
    ("The clinics stay open until nine.", None),
    ("“Now they can,” said Teodoro Vance.", None),
    ("Will the council listen?", None),
    ("The plan is simple:", None),
    ("Registration is open at https://library.example.org/classes", None),
    ("Write to press@example.org", None),
    ("Call 312-555-0100", None),
])
def test_cut_off(text, ending):
    assert cut_off(text) == ending


@pytest.mark.parametrize("text, message", [
    ("a joint statement from and Alianza Americas:", "a name seems lost before “and”"),
    ("said the executive director of", "the text ends in “of”: a name seems lost"),
    ("is a network of organizations.", "it starts with “is”: its subject seems lost"),
    ("The network (, a coalition) met.", "an empty place between punctuation: something seems lost"),
    ("The network met on Monday.", None),
])
def test_lost_names(text, message):
    found = dangling(text)
    assert (found[0].message if found else None) == message
