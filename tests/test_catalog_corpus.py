"""The team's own corpus of catalogs (tests/data/po-corpus/), judged by GNU gettext.

Every PO feature is in it: plurals, msgctxt, obsolete entries with and without `#~|`,
fuzzy entries with `#|`, no-wrap, format flags in a non-GNU order, repeated header fields,
escapes, long lines and URLs, non-ASCII text, an ISO-8859-1 catalog, three-form
Plural-Forms headers, comments with trailing spaces and a reference repeated (Transifex). Each catalog read and written again is byte-equal to `msgcat`, and
each merge/NAME.po updated from merge/NAME.pot is byte-equal to `msgmerge --previous`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import gnu
from i18n.memory.exact import TranslationMemory
from i18n.catalogs.merge import merge_catalog
from i18n.catalogs.pofile import gnu_format, read_catalog

CORPUS = Path(__file__).parent / "data" / "po-corpus"
CATALOGS = sorted(CORPUS.rglob("*.po")) + sorted(CORPUS.rglob("*.pot"))
MERGES = sorted((CORPUS / "merge").glob("*.pot"))


def _valid(data: bytes, tmp_path: Path) -> bool:
    path = tmp_path / "written.po"
    path.write_bytes(data)
    return gnu("msgfmt", "--check", "-o", "/dev/null", str(path)).returncode == 0


def test_the_corpus_is_not_trivial():
    text = b"".join(path.read_bytes() for path in CATALOGS)
    for feature in (b"msgid_plural", b"msgctxt", b"#~ msgid", b"#~| msgid", b"#| msgid", b"no-wrap",
                    b"python-format, fuzzy", b"X-POFile-SpellExtra", b'\\"', b"\\t", b"charset=ISO-8859-1",
                    b"nplurals=3"):
        assert feature in text, feature
    assert len(CATALOGS) >= 7 and len(MERGES) >= 2


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: str(p.relative_to(CORPUS)))
def test_read_and_written_again_equals_msgcat(path, tmp_path):
    expected = gnu("msgcat", "--width=79", str(path)).stdout
    ours = gnu_format(read_catalog(path))
    assert ours == expected
    assert _valid(ours, tmp_path)


@pytest.mark.parametrize("template", MERGES, ids=lambda p: p.stem)
def test_merged_equals_msgmerge_previous(template, tmp_path):
    old = template.with_suffix(".po")
    expected = gnu("msgmerge", "--quiet", "--previous", "--width=79", "-o", "-", str(old), str(template)).stdout
    merged = merge_catalog(read_catalog(template), read_catalog(old), "es", TranslationMemory(()),
                           dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))
    ours = gnu_format(merged)
    assert ours == expected
    assert _valid(ours, tmp_path)
