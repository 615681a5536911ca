"""Markdown <-> translation units, and the safety of the HTML rendered from translations.

Units: one per paragraph, heading, list item and table cell, inline markup kept as Markdown in
the msgid, hard-wrapped lines joined, hard breaks kept as backslash-newline. Rendering the
units back (identity) gives Markdown that renders to the same HTML as the source; rendering
translations keeps the document's structure.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from i18n.sources.releases import load_all
from i18n.publish.render import markdown_to_html
from i18n.sources.segments import parse_markdown, parser_for, render_markdown, segmentation_parser

REPO = Path(__file__).resolve().parent.parent
SEED = "2021-04-14-people-seeking-safe-haven.md"


def units(markdown: str, first_line: int = 1) -> list[tuple[str, str]]:
    return [(unit.text, unit.role) for unit in parse_markdown(markdown, first_line).units]


def texts(markdown: str) -> list[str]:
    return [unit.text for unit in parse_markdown(markdown).units]


def round_trip(markdown: str) -> str:
    return render_markdown(parse_markdown(markdown))


def assert_identity(markdown: str):
    rendered = round_trip(markdown)
    assert markdown_to_html(rendered) == markdown_to_html(markdown), rendered


class _Tags(HTMLParser):
    """Start and end tags, with attributes, of an HTML fragment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.events: list[tuple] = []
        self.starts: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag))
        self.starts.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.events.append(("end", tag))


def parse_html(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def tag_structure(html: str) -> list[tuple]:
    return parse_html(html).events


# ---------------------------------------------------------------- paragraphs


def test_hard_wrapped_paragraph_lines_are_joined_with_one_space():
    source = "The Biden-Harris administration secured\n   agreements with Mexico,\nGuatemala, and Honduras.\n"
    assert units(source) == [
        ("The Biden-Harris administration secured agreements with Mexico, Guatemala, and Honduras.",
         "paragraph"),
    ]


def test_each_paragraph_is_one_unit():
    source = "First paragraph\nwrapped.\n\nSecond paragraph.\n\n\n\nThird.\n"
    assert units(source) == [
        ("First paragraph wrapped.", "paragraph"),
        ("Second paragraph.", "paragraph"),
        ("Third.", "paragraph"),
    ]


@pytest.mark.parametrize("line_end", ["  ", "   ", "\\"], ids=["two-spaces", "three-spaces", "backslash"])
def test_hard_breaks_are_kept_as_backslash_newline(line_end):
    source = f"Fernanda Durand{line_end}\n(214) 402-0186\nfor the press\n"
    assert texts(source) == ["Fernanda Durand\\\n(214) 402-0186 for the press"]
    assert_identity(source)


def test_escaped_backslash_at_line_end_is_not_a_hard_break():
    # `C:\\` ends in a literal backslash (the first escapes the second): a soft break follows.
    source = "Save it to C:\\\\\nand send it.\n"
    assert markdown_to_html(source) == "<p>Save it to C:\\ and send it.</p>\n"
    assert_identity(source)


def test_trailing_spaces_of_the_last_line_are_no_hard_break():
    assert texts("Only line  \n") == ["Only line"]


# ---------------------------------------------------------------- headings


@pytest.mark.parametrize("level", range(1, 7))
def test_atx_headings_are_units_with_their_level(level):
    source = f"{'#' * level} Armed troops *will* worsen things\n"
    assert units(source) == [("Armed troops *will* worsen things", f"heading {level}")]
    assert_identity(source)


def test_closed_atx_heading_loses_its_closing_hashes():
    assert units("## Root causes ##\n") == [("Root causes", "heading 2")]


def test_setext_headings_are_units_with_their_level():
    source = "Troops on the border\nwill not help\n=====\n\nA second level\n---\n"
    assert units(source) == [
        ("Troops on the border will not help", "heading 1"),
        ("A second level", "heading 2"),
    ]
    assert_identity(source)


def test_setext_heading_ending_in_a_hash_keeps_it():
    # In a setext heading a final ` #` is text; it must not become an ATX closing sequence.
    source = "Ranked #\n===\n"
    assert markdown_to_html(source) == "<h1>Ranked #</h1>\n"
    assert_identity(source)


# ---------------------------------------------------------------- lists


def test_bullet_list_gives_one_unit_per_item():
    source = "- Mexico\n- Guatemala, and\n  Honduras\n- **El Salvador**\n"
    assert units(source) == [
        ("Mexico", "list item"),
        ("Guatemala, and Honduras", "list item"),
        ("**El Salvador**", "list item"),
    ]
    assert_identity(source)


@pytest.mark.parametrize("marker", ["-", "*", "+"])
def test_every_bullet_marker(marker):
    source = f"{marker} one\n{marker} two\n"
    assert units(source) == [("one", "list item"), ("two", "list item")]
    assert_identity(source)


def test_ordered_lists_keep_their_numbers_and_delimiters():
    source = "3. third\n4. fourth\n\nText.\n\n1) one\n2) two\n"
    assert units(source) == [
        ("third", "list item"), ("fourth", "list item"),
        ("Text.", "paragraph"),
        ("one", "list item"), ("two", "list item"),
    ]
    assert_identity(source)
    assert '<ol start="3">' in markdown_to_html(round_trip(source))


def test_nested_lists():
    source = "- Central America\n  - Guatemala\n  - Honduras\n    1. Tegucigalpa\n- Mexico\n"
    assert units(source) == [
        ("Central America", "list item"),
        ("Guatemala", "list item"),
        ("Honduras", "list item"),
        ("Tegucigalpa", "list item"),
        ("Mexico", "list item"),
    ]
    assert_identity(source)


def test_loose_list_with_several_paragraphs_in_an_item():
    source = "- First item.\n\n  Its second paragraph.\n\n- Second item.\n"
    assert units(source) == [
        ("First item.", "list item"),
        ("Its second paragraph.", "list item"),
        ("Second item.", "list item"),
    ]
    assert_identity(source)
    assert "<li>\n<p>First item.</p>" in markdown_to_html(round_trip(source))


def test_loose_list_of_items_with_nested_lists_stays_loose():
    # The outer list is loose (blank line between items); its nested lists are tight.
    source = "- Mexico\n  - Tijuana\n\n- Guatemala\n  - Tecún Umán\n"
    assert "<li>\n<p>Mexico</p>" in markdown_to_html(source)
    assert_identity(source)


def test_tight_list_stays_tight():
    source = "- a\n- b\n"
    assert markdown_to_html(round_trip(source)) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"


# ---------------------------------------------------------------- blockquotes


def test_blockquote_paragraphs_are_units_with_role_blockquote():
    source = "> As history shows us,\n> militarizing borders fails.\n>\n> > Nested quote.\n>\n> - a list inside\n"
    assert units(source) == [
        ("As history shows us, militarizing borders fails.", "blockquote"),
        ("Nested quote.", "blockquote"),
        ("a list inside", "list item"),
    ]
    assert_identity(source)


def test_lazy_blockquote_continuation_is_joined():
    assert units("> As history\nshows us.\n") == [("As history shows us.", "blockquote")]


# ---------------------------------------------------------------- tables


TABLE = """\
| Country | Troops *sent* | Note |
| :--- | :---: | ---: |
| Mexico | 10,000 | `border` |
| Guatemala | 1,500 | a \\| b |
| [Honduras](https://x.org/hn) | 7,000 | |
"""


def test_table_cells_are_units_header_and_body():
    assert units(TABLE) == [
        ("Country", "table header"), ("Troops *sent*", "table header"), ("Note", "table header"),
        ("Mexico", "table cell"), ("10,000", "table cell"), ("`border`", "table cell"),
        ("Guatemala", "table cell"), ("1,500", "table cell"), ("a | b", "table cell"),
        ("[Honduras](https://x.org/hn)", "table cell"), ("7,000", "table cell"),
    ]


def test_table_round_trip_keeps_alignment_escaped_pipes_and_empty_cells():
    assert_identity(TABLE)
    html = markdown_to_html(round_trip(TABLE))
    assert '<th style="text-align:center">Troops <em>sent</em></th>' in html
    assert '<td style="text-align:right">a | b</td>' in html
    assert html.count("<tr>") == 4


def test_a_pipe_in_a_cell_translation_is_escaped():
    doc = parse_markdown(TABLE)
    translated = render_markdown(doc, lambda i: doc.units[i].text.replace("Mexico", "México | MX"))
    html = markdown_to_html(translated)
    assert '<td style="text-align:left">México | MX</td>' in html
    assert html.count("<td") == markdown_to_html(TABLE).count("<td")


# ---------------------------------------------------------------- verbatim blocks


CODE_SAMPLES = {
    "backticks": "Before.\n\n```python\nprint('# not a heading')\n- not a list\n```\n\nAfter.\n",
    "tildes": "Before.\n\n~~~\n**not bold**\n~~~\n\nAfter.\n",
    "long-fence": "Before.\n\n````\n```\ninner fence\n```\n````\n\nAfter.\n",
    "indented": "Before.\n\n    indented code\n      more indented\n\n    after a blank line\n\nAfter.\n",
}


@pytest.mark.parametrize("source", CODE_SAMPLES.values(), ids=CODE_SAMPLES.keys())
def test_code_blocks_are_no_units_and_are_copied_verbatim(source):
    assert units(source) == [("Before.", "paragraph"), ("After.", "paragraph")]
    assert_identity(source)


@pytest.mark.parametrize("rule", ["***", "---", "___", "- - -", " * * *"])
def test_thematic_breaks_are_no_units(rule):
    source = f"Before.\n\n{rule}\n\nAfter.\n"
    assert units(source) == [("Before.", "paragraph"), ("After.", "paragraph")]
    assert_identity(source)
    assert "<hr />" in markdown_to_html(round_trip(source))


# ---------------------------------------------------------------- inline markup


INLINE = [
    "**bold**",
    "__bold__",
    "*em*",
    "_em_",
    "***both***",
    "`code`",
    "``code with ` tick``",
    '[text](https://x.org "t")',
    "[text](https://x.org/a_b?c=d&e=f#g)",
    "<https://x.org>",
    "<press@x.org>",
    '![a photo](https://x.org/p.jpg "caption")',
    "~~gone~~",
    "\\*not em\\*",
    "&amp; &copy;",
]


@pytest.mark.parametrize("markup", INLINE)
def test_inline_markup_is_kept_exactly_in_the_msgid(markup):
    for source, role in [
        (f"Say {markup} here.\n", "paragraph"),
        (f"## Say {markup} here\n", "heading 2"),
        (f"- Say {markup} here\n", "list item"),
        (f"> Say {markup} here.\n", "blockquote"),
    ]:
        expected = f"Say {markup} here" + ("." if role in ("paragraph", "blockquote") else "")
        assert units(source) == [(expected, role)], source
        assert_identity(source)


def test_inline_markup_spanning_wrapped_lines_is_joined_inside_the_msgid():
    source = 'Read **the full\nstatement** at [our\nsite](https://x.org "The site").\n'
    assert texts(source) == ['Read **the full statement** at [our site](https://x.org "The site").']
    assert_identity(source)


def test_reference_links_keep_their_targets():
    source = (
        "Read [the statement][s] and [Alianza Americas].\n"
        "\n"
        '[s]: https://x.org/statement "Statement"\n'
        "[Alianza Americas]: https://alianzaamericas.org\n"
    )
    html = markdown_to_html(source)
    assert '<a href="https://x.org/statement" title="Statement">the statement</a>' in html
    assert_identity(source)


# ---------------------------------------------------------------- line numbers


def test_unit_lines_are_file_lines_offset_by_the_body_start():
    body = (
        "First paragraph\n"  # body line 1
        "wrapped.\n"
        "\n"
        "## Heading\n"  # 4
        "\n"
        "- item one\n"  # 6
        "- item two\n"  # 7
        "\n"
        "> quoted\n"  # 9
        "\n"
        "```\ncode\n```\n"  # 11-13
        "\n"
        "| h |\n"  # 15
        "| - |\n"
        "| c |\n"  # 17
        "\n"
        "Setext\n"  # 19
        "===\n"
    )
    expected = [1, 4, 6, 7, 9, 15, 17, 19]
    assert [unit.line for unit in parse_markdown(body).units] == expected
    assert [unit.line for unit in parse_markdown(body, 15).units] == [line + 14 for line in expected]


def test_seed_units_point_at_their_lines_in_the_file():
    releases, _ = load_all(REPO / "releases")
    release = next(r for r in releases if r.path.name == SEED)
    document = parse_markdown(release.body, release.body_line)
    file_lines = (REPO / "releases" / SEED).read_text(encoding="utf-8").splitlines()
    assert len(document.units) == 5
    for unit in document.units:
        assert unit.role == "paragraph"
        first_line = file_lines[unit.line - 1]
        assert first_line and unit.text.startswith(first_line.strip()), (unit.line, first_line)
        assert "\n" not in unit.text
    assert document.units[0].line == 15


# ---------------------------------------------------------------- identity round trip


RICH = """\
Setext title with **bold**
==========================

A paragraph that is hard-wrapped
over *three* lines with `code`, [a link](https://x.org "t"),
an autolink <https://x.org/a?b=c> and ![an image](img/p.jpg).
Then a hard break  
and a backslash break\\
and the end.

# ATX heading with `code`

## Closed ATX heading ##

Second level setext
-------------------

- Bullet one
  wrapped
- Bullet **two**
  - nested *a*
  - nested b
    1. deep ordered
- Bullet three

3. Ordered from three
4. Next with [link](mailto:press@x.org)

1) Parenthesis list

* Loose item one

* Loose item two

  With a second paragraph.

> A quote that is
> wrapped.
>
> > Nested quote.
>
> - List in a quote
>
> ```
> code in a quote
> ```

| Country | Troops *sent* | Note |
| :--- | :---: | ---: |
| Mexico | 10,000 | `border` |
| Guatemala | 1,500 | a \\| b |
| [Honduras](https://x.org/hn) | 7,000 | |

```python
print("# not a heading")
```

~~~
tilde fence
~~~

    indented code
    block

***

- - -

Last paragraph with ~~strike~~, \\*escaped\\*, &amp; and &copy;.
"""


def test_rich_document_round_trips_to_the_same_html():
    assert_identity(RICH)


def test_rich_document_has_the_expected_units():
    roles = [unit.role for unit in parse_markdown(RICH).units]
    assert roles.count("heading 1") == 2
    assert roles.count("heading 2") == 2
    assert roles.count("list item") == 13
    assert roles.count("blockquote") == 2
    assert roles.count("table header") == 3
    assert roles.count("table cell") == 8
    assert roles.count("paragraph") == 2
    assert not any("code" in unit.text and "print" in unit.text for unit in parse_markdown(RICH).units)


def test_render_is_a_fixed_point_after_one_round_trip():
    once = round_trip(RICH)
    assert round_trip(once) == once


def test_seed_bodies_round_trip_to_the_same_html():
    releases, abouts = load_all(REPO / "releases")
    bodies = [r.body for r in releases] + [a.body for a in abouts.values()]
    assert any(r.path.name == SEED for r in releases)
    for body in bodies:
        assert_identity(body)


# ---------------------------------------------------------------- translations keep the structure


def test_translated_units_keep_the_structure():
    doc = parse_markdown(RICH)
    translated = render_markdown(doc, lambda i: doc.units[i].text.upper())
    assert tag_structure(markdown_to_html(translated)) == tag_structure(markdown_to_html(RICH))
    assert "A PARAGRAPH THAT IS HARD-WRAPPED" in markdown_to_html(translated)


def test_translations_with_line_breaks_keep_the_structure():
    """A translator may wrap a msgstr or add a hard break: no unit may leak out of its block."""
    doc = parse_markdown(RICH)
    translated = render_markdown(doc, lambda i: doc.units[i].text + " y\nmás")
    assert tag_structure(markdown_to_html(translated)) == tag_structure(markdown_to_html(RICH))


def test_translation_text_lands_in_the_right_unit():
    source = "# Title\n\nPara.\n\n- item\n\n> quote\n\n| h |\n| - |\n| c |\n"
    doc = parse_markdown(source)
    html = markdown_to_html(render_markdown(doc, lambda i: f"U{i}"))
    assert html == (
        "<h1>U0</h1>\n<p>U1</p>\n<ul>\n<li>U2</li>\n</ul>\n<blockquote>\n<p>U3</p>\n</blockquote>\n"
        "<table>\n<thead>\n<tr>\n<th>U4</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>U5</td>\n</tr>\n</tbody>\n"
        "</table>\n"
    )


# ---------------------------------------------------------------- property: identity round trip


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéñ", min_size=1, max_size=8)
INLINE_PIECE = st.one_of(
    WORDS,
    WORDS,
    WORDS.map(lambda w: f"*{w}*"),
    WORDS.map(lambda w: f"**{w}**"),
    WORDS.map(lambda w: f"`{w}`"),
    st.tuples(WORDS, WORDS).map(lambda p: f"[{p[0]}](https://example.org/{p[1]})"),
)


def _words(min_size=1, max_size=6):
    return st.lists(INLINE_PIECE, min_size=min_size, max_size=max_size).map(" ".join)


@st.composite
def paragraph(draw):
    lines = draw(st.lists(_words(), min_size=1, max_size=3))
    breaks = draw(st.lists(st.sampled_from(["\n", "\n", "  \n", "\\\n"]),
                           min_size=len(lines) - 1, max_size=len(lines) - 1))
    text = lines[0]
    for line, brk in zip(lines[1:], breaks):
        text += brk + line
    return text


@st.composite
def heading(draw):
    level = draw(st.integers(1, 6))
    return "#" * level + " " + draw(_words())


@st.composite
def setext_heading(draw):
    text = draw(_words())
    return text + "\n" + draw(st.sampled_from(["===", "---"]))


def _list(draw, markers, depth):
    """Items (each maybe with a nested list), tight or loose."""
    items = draw(st.lists(_words(), min_size=1, max_size=4))
    chunks = []
    for index, item in enumerate(items):
        marker = markers(index)
        lines = [marker + item]
        if depth < 1 and draw(st.integers(0, 3)) == 0:
            nested = draw(st.one_of(bullet_list(depth + 1), ordered_list(depth + 1)))
            lines.extend(" " * len(marker) + line if line else "" for line in nested.split("\n"))
        chunks.append("\n".join(lines))
    return ("\n\n" if draw(st.booleans()) else "\n").join(chunks)


@st.composite
def bullet_list(draw, depth=0):
    bullet = draw(st.sampled_from(["-", "*", "+"]))
    return _list(draw, lambda index: f"{bullet} ", depth)


@st.composite
def ordered_list(draw, depth=0):
    start = draw(st.integers(1, 12))
    delimiter = draw(st.sampled_from([".", ")"]))
    return _list(draw, lambda index: f"{start + index}{delimiter} ", depth)


@st.composite
def quote(draw):
    inner = draw(st.lists(st.one_of(paragraph(), bullet_list(1)), min_size=1, max_size=2))
    text = "\n\n".join(inner)
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


BLOCK = st.one_of(paragraph(), paragraph(), heading(), setext_heading(), bullet_list(), ordered_list(), quote())
DOCUMENT = st.lists(BLOCK, min_size=1, max_size=6).map(lambda blocks: "\n\n".join(blocks) + "\n")


@settings(max_examples=100, deadline=None)
@given(DOCUMENT)
def test_identity_round_trip_property(source):
    rendered = round_trip(source)
    assert markdown_to_html(rendered) == markdown_to_html(source), rendered
    assert round_trip(rendered) == rendered


# Lines that hold the markers of the block rules (and lines that nearly do).
MARKER_LINE = st.sampled_from(["| a | b |", "| - | - |", "a | b", "```", "~~~ py", "> quoted", ">no space", "# heading",
                               "#hashtag", "[x]: https://example.org", "[x]", "===", "---", "  ---", "- item", "* item",
                               "+ item", "1. item", "2) item", "2015. A year", "    code", "\tcode", "***", "_ _ _",
                               "plain words", "", "  - nested", "> - quoted item", ">===", "words - dash", "- ---",
                               "-- -", "=== x", "---  ", "\t===", "-"])


def _tokens(markdown: str, parser) -> list[tuple]:
    env: dict = {}
    tokens = parser.parse(markdown, env)
    return [(t.type, t.tag, t.map, t.content, t.markup, t.info, t.hidden, t.level, t.attrs) for t in tokens] + [env]


@settings(max_examples=300, deadline=None)
@given(st.one_of(DOCUMENT, st.lists(MARKER_LINE, max_size=12).map("\n".join)))
@example("A paragraph\n===")
@example("> A paragraph\n> ===")
@example("> 1. item")
def test_leaving_out_the_rules_a_text_has_no_marker_for_gives_the_same_parse(source):
    assert _tokens(source, parser_for(source)) == _tokens(source, segmentation_parser())


@settings(max_examples=100, deadline=None)
@given(DOCUMENT)
def test_translation_keeps_structure_property(source):
    doc = parse_markdown(source)
    translated = render_markdown(doc, lambda i: doc.units[i].text.upper())
    assert tag_structure(markdown_to_html(translated)) == tag_structure(markdown_to_html(source))


# ---------------------------------------------------------------- output safety


HOSTILE = [
    "Hola <script>alert(1)</script> mundo",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "Foto: <img src=x onerror=alert(1)> aquí",
    "[x](javascript:alert(1))",
    "[x](JavaScript:alert(1))",
    "[x](java\tscript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "<javascript:alert(1)>",
    "![x](javascript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="javascript:alert(1)">x</a>',
    "[x][r]\n\n[r]: javascript:alert(1)",
]


def _unsafe_attributes(html: str) -> list:
    found = []
    for tag, attrs in parse_html(html).starts:
        if tag in ("script", "iframe", "object", "embed", "style"):
            found.append((tag, None))
        for name, value in attrs:
            if name.startswith("on"):
                found.append((tag, name))
            if name in ("href", "src") and value is not None:
                scheme = re.sub(r"[\x00-\x20\x7f]", "", value).split(":", 1)
                if len(scheme) == 2 and "/" not in scheme[0] and scheme[0].lower() not in ("http", "https", "mailto"):
                    found.append((tag, f"{name}={value}"))
    return found


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_translation_renders_harmless(hostile):
    doc = parse_markdown("A paragraph.\n\n- An item\n\n| h |\n| - |\n| c |\n")
    for markdown in (hostile, render_markdown(doc, lambda i: hostile)):
        html = markdown_to_html(markdown)
        assert "<script" not in html.lower()
        assert not re.search(r"<[a-z][^>]*\sonerror\s*=", html, re.IGNORECASE)
        assert not re.search(r"""(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):""", html, re.IGNORECASE)
        assert _unsafe_attributes(html) == []


@pytest.mark.parametrize("link, href", [
    ("[a](https://x.org/a?b=c)", "https://x.org/a?b=c"),
    ("[a](http://x.org)", "http://x.org"),
    ("[a](mailto:press@x.org)", "mailto:press@x.org"),
    ("[a](/es/release/)", "/es/release/"),
    ("[a](release.html#contacts)", "release.html#contacts"),
    ("[a](../about/)", "../about/"),
    ("[a](#top)", "#top"),
    ("<https://x.org>", "https://x.org"),
    ("<press@x.org>", "mailto:press@x.org"),
    ("[a](HTTPS://X.ORG)", "HTTPS://X.ORG"),
])
def test_safe_links_survive(link, href):
    doc = parse_markdown("Text.\n")
    html = markdown_to_html(render_markdown(doc, lambda i: f"Ver {link}."))
    assert [dict(attrs).get("href") for tag, attrs in parse_html(html).starts if tag == "a"] == [href]


def test_safe_image_survives():
    html = markdown_to_html("![foto](https://x.org/p.jpg)")
    assert '<img src="https://x.org/p.jpg" alt="foto" />' in html
