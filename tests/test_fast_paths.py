"""Fast paths held to the slow code they stand in for: the wire text's line filling gives
textwrap's lines (the wire format the .txt outputs have always had) for every text, the usual
single-spaced prose and the odd one (tabs, runs of spaces, no-break spaces, words longer than
the line); the quick link check of untrusted text agrees with parsing it; the check of names
finds sentence starts as searching the whole text before each word does; the dictionary's
proper names are the entries a line-by-line reading finds; a body's HTML and wire text built
from its block tree are those of parsing its Markdown again."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings, strategies as st

import yaml

from i18n.checks.drafts import _SENTENCE_START, _prose, _words
from i18n.sources.releases import _YAML_LOADER, _FrontMatterLoader, _plain
from i18n.publish.render import (_block_tokens, _neutralize_parsed, document_to_html_and_text,
    drop_unsafe_definitions, fill_lines, markdown_to_html_and_text, neutralize_markdown)
from i18n.sources.segments import Document, ListBlock, TextBlock, Unit, parse_markdown, render_markdown
from i18n.languages.spelling import WORD, Speller

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


# Unit texts: prose, and what may make a text more than a paragraph's inline content: what
# starts a block, what ends a line, what block rules trim.
PROSE = st.tuples(st.sampled_from(["Ana", "El", "3", "¿Qué"]),
                  st.lists(st.sampled_from(["dijo", "que", "3.", "a | b", "[b](https://a.org)", "*sí*", "_sí_", "~~no~~",
                                            "`c`", "![i](https://a.org/i.png)", "<https://a.org>", "\\*", "&amp;",
                                            "a]", "¡sí!"]), max_size=3)
                  ).map(lambda words: " ".join([words[0], *words[1]]))
BLOCK_STARTS = ["# ", "#", "###### ", "- ", "* ", "+ ", "-", "1. ", "2) ", "10.", "123456789. ", "> ", ">", "```", "~~~",
                "---", "***", "___", "- - -", "=", "==", "[a]: /x", "[a]: /x\n", "[ ] ", "<", "<div>", "    ", "\t", "\u00a0",
                " ", "\u2003", "\n", "|a|\n|-|\n"]
ENDINGS = [" ", "  ", "#", " #", " ##", "\\", "\\\\", "\n", "\n---", "\n===", "\n- b", "\n# b", "\r", "\r\n", "\0",
           "\t", "\u00a0", "\n|---|", "|\n|---|"]
ODD_TEXTS = BLOCK_STARTS + [start + "Ana dijo" for start in BLOCK_STARTS] + ["Ana dijo" + end for end in ENDINGS] + [
    "[a]: https://a.org", "[a]: /x 'Ana'", "Ana\rEl", "Ana\r\nEl", "Ana\nEl", "Ana\u2028El", "<https://a.org> Ana", ""]


def document_in(context: str, text: str) -> Document:
    """A paragraph of text (between two paragraphs of prose), or a heading, or an item of a
    tight or a loose list (between two items of prose), or of a list right after another."""
    units = [Unit(t, "paragraph", 1) for t in ("Ana dijo.", text, "El 3.")]
    if context == "heading":
        return Document([TextBlock(0), TextBlock(1, heading_level=2), TextBlock(2)], units)
    if context.endswith("list"):
        items = [(str(n), [TextBlock(n)]) for n in range(3)]
        return Document([ListBlock(False, context == "tight list", "-", items)], units)
    if context.startswith("list after a list"):
        marker = context.rsplit(" ", 1)[-1]
        return Document([ListBlock(False, True, "-", [("", [TextBlock(0)]), ("", [TextBlock(2)])]),
                         ListBlock(False, True, marker, [("", [TextBlock(1)]), ("", [TextBlock(2)])])], units)
    return Document([TextBlock(0), TextBlock(1), TextBlock(2)], units)


@pytest.mark.parametrize("context", ["paragraph", "heading", "tight list", "loose list", "list after a list -",
                                     "list after a list *"])
@pytest.mark.parametrize("text", ODD_TEXTS)
def test_a_text_with_a_block_marker_is_built_as_its_markdown_parses(context, text):
    document = document_in(context, text)
    texts = [unit.text for unit in document.units]
    markdown = drop_unsafe_definitions(render_markdown(document, lambda index: texts[index]))
    assert document_to_html_and_text(document, texts, markdown) == markdown_to_html_and_text(markdown)


@st.composite
def documents(draw):
    """A block tree of paragraphs, headings and lists (some of them beyond the fast path)
    with a text for each unit: prose, but for one odd text at most."""
    texts: list[str] = []

    def text_block(heading: bool = True) -> TextBlock:
        texts.append(draw(PROSE))
        return TextBlock(len(texts) - 1, draw(st.integers(0, 3)) if heading else 0)

    def list_block() -> ListBlock:
        ordered = draw(st.booleans())
        block = ListBlock(ordered, draw(st.booleans()), draw(st.sampled_from([".", ")"] if ordered else ["-", "*", "+"])))
        for number in range(draw(st.integers(0, 3))):
            children = [text_block(heading=draw(st.integers(0, 4)) == 0) for _ in range(draw(st.sampled_from([1, 1, 1, 2])))]
            block.items.append((str(number + draw(st.sampled_from([1, 1, 3]))), children))
        return block

    blocks = [list_block() if draw(st.integers(0, 2)) == 0 else text_block() for _ in range(draw(st.integers(1, 4)))]
    if texts and draw(st.booleans()):
        texts[draw(st.integers(0, len(texts) - 1))] = draw(st.sampled_from(ODD_TEXTS))
    return Document(blocks, [Unit(text, "paragraph", 1) for text in texts]), texts


@settings(max_examples=800, deadline=None)
@given(documents())
def test_a_body_built_from_its_blocks_is_the_body_parsed_again(document_and_texts):
    """Paragraphs, headings and lists in any order, numbered from anywhere, tight or loose."""
    document, texts = document_and_texts
    markdown = drop_unsafe_definitions(render_markdown(document, lambda index: texts[index]))
    assert document_to_html_and_text(document, texts, markdown) == markdown_to_html_and_text(markdown)


def test_paragraphs_headings_and_lists_of_prose_are_not_parsed_again():
    """The shape of a usual release: the fast path takes it (the tests above hold it right)."""
    document = parse_markdown("## Key facts\n\nThe council [voted](https://a.org) on 12 May.\n\n"
                              "- 40 families\n- 3 counties\n\n1. First\n2. Second\n")
    texts = [unit.text for unit in document.units]
    assert _block_tokens(document.blocks, texts) is not None


@pytest.mark.parametrize("front_matter", [
    "a: null", "a: Null", "a: NULL", "a: ~", "a:", "a: nUll", "a: 'null'", 'a: "~"', "a: !!null x", "a: !!str null",
    "a: [1, null, yes, 1.5, 0x1F]", "a: {b: 2020-01-01, c: 2020-01-01T09:00:00-05:00}", "? a\n: b", "<<: x",
    "a: |\n  null\n", "a: >\n  ~\n", "null: a", "~: b", "a: .inf", "a: -.NaN", "a: on", "a: 0o17"])
def test_front_matter_is_read_as_the_default_yaml_resolution_reads_it(front_matter):
    """The front matter's loader resolves a plain scalar as null or text only: the values
    it gives are those of PyYAML's own resolution."""
    def values(loader_class):
        loader = loader_class(front_matter)
        try:
            return _plain(loader.get_single_node())
        finally:
            loader.dispose()

    assert values(_FrontMatterLoader) == values(_YAML_LOADER)
