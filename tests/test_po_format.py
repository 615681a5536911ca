"""Our catalog writer against GNU msgcat: byte for byte, on the repository and on generated catalogs."""

from __future__ import annotations

import subprocess

import polib
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import REPO
from i18n.catalogs.pofile import gnu_format, read_catalog, unwrapped
from i18n.catalogs.po_breaks import SUPPORTED
from i18n.catalogs.po_format import Unsupported, format_catalog


def msgcat(catalog: polib.POFile) -> str:
    result = subprocess.run(["msgcat", "--width=79", "-"], input=unwrapped(catalog).encode(), capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode()


@pytest.mark.parametrize("path", sorted((REPO / "locales").rglob("*.po*")), ids=lambda p: p.name)
def test_repository_catalogs_are_written_as_msgcat_writes_them(path):
    catalog = read_catalog(path)
    assert format_catalog(catalog) == msgcat(catalog) == path.read_text(encoding="utf-8")


# Words and separators that exercise line breaking: URLs, hyphens, quotes, escapes, dashes.
pieces = st.one_of(
    st.sampled_from(["the", "Biden-Harris", "https://example.org/a/b?c=d&e=f", "(214) 402-0186", "“quoted,”",
                     "migrants’", "—", "–", "...", "1,299.50", "45%", "$3", "\\", '"', "\t", "a/b", "¿Qué?",
                     "¡Sí!", "e-mail@example.org", "[link](https://x.org)", "**bold**", "`code`", "#", "%(name)s"]),
    st.text(alphabet=sorted(SUPPORTED), min_size=1, max_size=12),
)
texts = st.lists(st.tuples(pieces, st.sampled_from([" ", " ", "", "  ", "\n"])), min_size=0, max_size=40).map(
    lambda parts: "".join(piece + separator for piece, separator in parts))


@st.composite
def catalogs(draw):
    catalog = polib.POFile(wrapwidth=0)
    catalog.header = draw(st.sampled_from(["", "Spanish translation of x.", "a\nb"]))
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "es",
                        "Plural-Forms": "nplurals=2; plural=(n != 1);"}
    seen = set()
    for _ in range(draw(st.integers(1, 6))):
        msgid = draw(texts.filter(bool))
        msgctxt = draw(st.one_of(st.none(), texts))
        if (msgctxt, msgid) in seen:
            continue
        seen.add((msgctxt, msgid))
        plural = draw(st.booleans()) and draw(texts.filter(bool))
        entry = polib.POEntry(
            msgid=msgid, msgctxt=msgctxt,
            comment=draw(st.sampled_from(["", "paragraph", "heading 2"])),
            tcomment=draw(st.sampled_from(["", "machine translation: apertium eng-spa", "a\nb"])),
            occurrences=draw(st.sampled_from([[], [("releases/2021-04-14-slug.md", "")],
                                              [("i18n/templates/base.html", ""), ("i18n/templates/index.html", ""),
                                               ("i18n/templates/release.html", "")]])),
            flags=draw(st.sampled_from([[], ["fuzzy"], ["fuzzy", "python-format"]])),
            obsolete=draw(st.booleans()) and msgctxt is None,
        )
        if plural:
            entry.msgid_plural = plural
            entry.msgstr_plural = {0: draw(texts), 1: draw(texts)}
        else:
            entry.msgstr = draw(texts)
        if "fuzzy" in entry.flags and draw(st.booleans()):
            entry.previous_msgid = draw(texts.filter(bool))
        catalog.append(entry)
    return catalog


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogs())
def test_generated_catalogs_are_written_as_msgcat_writes_them(catalog):
    try:
        ours = format_catalog(catalog)
    except Unsupported:  # e.g. an invalid python-format string: the writer runs msgcat itself
        ours = gnu_format(catalog).decode()
    assert ours == msgcat(catalog)


def test_no_break_inside_a_python_format_directive():
    """GNU keeps "% 000000 00000E" (flags, then the conversion) whole on one line."""
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalog.append(polib.POEntry(msgid="x" * 60 + " 45% 000000 00000E of the total", msgstr="",
                                 flags=["python-format"]))
    assert format_catalog(catalog) == msgcat(catalog)


def test_no_break_inside_a_python_format_directive_of_a_context():
    """GNU locks a format-flagged entry's directives in every field, msgctxt included."""
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalog.append(polib.POEntry(msgctxt="y" * 61 + " 0000000\t 45% E tail", msgid="a", msgstr="",
                                 flags=["python-format"]))
    assert format_catalog(catalog) == msgcat(catalog)


def test_unmeasured_characters_are_left_to_msgcat():
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalog.append(polib.POEntry(msgid="日本語のテキスト", msgstr=""))
    with pytest.raises(Unsupported):
        format_catalog(catalog)


def test_unwrapped_leaves_the_catalog_as_it_was():
    catalog = polib.POFile(wrapwidth=79)
    catalog.append(polib.POEntry(msgid="word " * 30, msgstr=""))
    assert "\n" not in unwrapped(catalog).split('msgid "', 1)[1].split('"\n', 1)[0]
    assert catalog.wrapwidth == 79
