"""Fast paths held to the slow code they stand in for: the wire text's line filling gives
textwrap's lines (the wire format the .txt outputs have always had) for every text, the usual
single-spaced prose and the odd one (tabs, runs of spaces, no-break spaces, words longer than
the line); the quick link check of untrusted text agrees with parsing it; the check of names
finds sentence starts as searching the whole text before each word does; the dictionary's
proper names are the entries a line-by-line reading finds."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings, strategies as st

from i18n.checks_drafts import _SENTENCE_START, _prose, _words
from i18n.render import _neutralize_parsed, fill_lines, neutralize_markdown
from i18n.spelling import WORD, Speller

WORDS = st.sampled_from(["a", "la", "press", "release", "«quote»", "https://example.org/a/very/long/path/to/a/page",
                         "no\u00a0break", "tab\tbed", "   ", "\u2003", "x" * 80])
TEXTS = st.one_of(st.lists(WORDS, max_size=30).map(" ".join), st.lists(WORDS, max_size=30).map("".join))
INDENTS = st.sampled_from(["", "- ", "10. ", "> ", "    ", "x" * 90])


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(min_value=1, max_value=100), INDENTS, INDENTS)
def test_fill_lines_is_textwrap_without_breaking_words(text, width, initial, subsequent):
    assert fill_lines(text, width, initial, subsequent) == textwrap.wrap(
        text, width=width, initial_indent=initial, subsequent_indent=subsequent,
        break_long_words=False, break_on_hyphens=False)


def test_fill_lines_keeps_a_long_link_whole_on_its_own_line():
    link = "<https://example.org/" + "a" * 70 + ">"
    assert fill_lines(f"Read it at {link} today.", 40) == ["Read it at", link, "today."]


# Pieces of link syntax, safe and unsafe targets, and the characters around them.
LINK_PIECES = st.sampled_from(["[", "]", "](", "![", ")", " ", "\n", "]:", "x", "https://a.org", "HTTP://a.org",
                               "mailto:a@b.org", "javascript:alert(1)", "java\tscript:x", "/relative", "(", "\\",
                               "&#106;avascript:x", '"t"', "`", "*"])


@settings(max_examples=600, deadline=None)
@given(st.lists(LINK_PIECES, max_size=14).map("".join))
def test_the_quick_link_check_agrees_with_parsing_the_text(text):
    """A text with no "<" whose links all go to http, https or mailto is returned as it is,
    without parsing; parsing it must find nothing to change either."""
    assert neutralize_markdown(text) == _neutralize_parsed(text, [])


SENTENCE_PIECES = st.sampled_from(["Ana", "dijo", "que", "El", "gobierno", ".", ". ", "! ", "? ", ": ", "; ", "— ", "–",
                                   "\n", " ", "  ", '"', "“", "‘", "«", "¡", "¿", "(", "*", "_", "[", "#", ">", "-",
                                   "3", "l'Ana", "x_y", ","])


@settings(max_examples=600, deadline=None)
@given(st.lists(SENTENCE_PIECES, max_size=30).map("".join))
def test_a_word_is_sentence_initial_as_the_text_before_it_says(text):
    """The check of names and capitals looks only after the previous word for what starts a
    sentence; that must be what searching the whole text before the word finds."""
    prose = _prose(text)
    expected = [(m.group(0), bool(_SENTENCE_START.search(prose[:m.start()]))) for m in WORD.finditer(prose)]
    assert list(_words(text)) == expected


# .dic lines: capitalized, lowercase, all-caps and accented entries, flags, morphology, blanks.
DIC_LINES = st.lists(st.sampled_from(["Madrid/S", "madrid", "ONU", "Ávila", "ávila/G", "Ñuñoa", "ß", "Ob", "El Paso",
                                      "  Lima/S  ", "Quito\tpo:np", "\tBogotá", "casa/S", "", "x", "Éire/", "ÿes",
                                      "Ésta/S\r", "3D", "_Foo"]), max_size=20)


@settings(max_examples=300, deadline=None)
@given(DIC_LINES)
def test_proper_names_are_what_reading_the_dictionary_line_by_line_finds(tmp_path_factory, lines):
    dic = tmp_path_factory.mktemp("dic") / "xx.dic"
    dic.write_text("\n".join([str(len(lines))] + lines) + "\n", encoding="utf-8")
    expected = set()
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        word = line.split("/", 1)[0].strip()
        if word[:1].isupper() and not word.isupper() and len(word) > 2:
            expected.add(word)
    assert Speller(dic).proper_names == expected
