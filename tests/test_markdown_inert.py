"""The `.md` outputs are inert by construction (issue 24, finding 1).

A CMS may render a release's `.md` as CommonMark with raw HTML on. Code spans are found as
markdown-it finds them, so a backtick in a link's destination or title, or a code span that
blocks split, never hides raw HTML from the escaping; a carriage return is a control
character; the importer percent-encodes what a link destination must not carry.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import polib
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from i18n.publish.render import neutralize_markdown
from i18n.sources.segments import parse_markdown, render_markdown

SLUG = "2021-04-14-people-seeking-safe-haven"
ES_RELEASE_PO = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"
IMG = "<img src=x onerror=alert(1)>"

# Backticks CommonMark pairs otherwise than a backtick-counting regex does.
PAYLOADS = [
    f"Lea [el informe](https://example.org/`) {IMG} `",
    f'Lea [el informe](https://example.org/ "t`") {IMG} `',
    f"Lea `esto\n\n{IMG}`",
    f"Lea `esto\r\r{IMG}`",
    f"Lea `esto\n# {IMG}`",
    f"Lea `esto\n- {IMG}`",
]


def cms(markdown: str) -> str:
    """A CMS: CommonMark with raw HTML on, tables and strikethrough, every link target trusted."""
    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    parser.validateLink = lambda url: True
    return parser.render(markdown)


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, tuple]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, tuple(sorted(name for name, _ in attrs))))


def elements(html: str) -> set[tuple[str, tuple]]:
    """The (tag, attribute names) of every element of an HTML text."""
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return set(parser.found)


# Every element CommonMark makes of Markdown; anything else came from raw HTML.
MARKDOWN_ELEMENTS = {"p", "em", "strong", "a", "code", "img", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
                     "li", "blockquote", "hr", "br", "pre", "s", "table", "thead", "tbody", "tr", "th", "td"}


def assert_no_raw_html(markdown: str, where) -> None:
    for tag, attributes in elements(cms(markdown)):
        assert tag in MARKDOWN_ELEMENTS, (where, tag, markdown)
        assert not any(name.startswith("on") for name in attributes), (where, tag, markdown)


def set_msgstr(project, role: str, text: str, index: int = 0) -> int:
    catalog = polib.pofile(str(project / ES_RELEASE_PO))
    target = [e for e in catalog if e.comment == role and not e.obsolete][index]
    target.msgstr = text
    catalog.save()
    return polib.pofile(str(project / ES_RELEASE_PO)).find(target.msgid).linenum


def front_and_body(path) -> tuple[dict, str]:
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_translation_pairing_backticks_otherwise_is_inert_in_the_md_and_an_error(project, run_cli, payload):
    title_line = set_msgstr(project, "title", payload)
    line = set_msgstr(project, "paragraph", payload, index=1)
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    front, body = front_and_body(project / "dist" / "es" / f"{SLUG}.md")
    assert_no_raw_html(body, "body")
    assert_no_raw_html(front["title"], "title")
    check = run_cli(project, "check")
    assert check.exit_code == 1
    assert f"{ES_RELEASE_PO}:{line}: error: unsafe-markup: " in check.stdout
    assert f"{ES_RELEASE_PO}:{title_line}: error: unsafe-markup: " in check.stdout


@pytest.mark.parametrize("payload", [p for p in PAYLOADS if "\r" not in p])
def test_an_english_source_pairing_backticks_otherwise_is_inert_and_an_error(project, run_cli, payload):
    source = project / "releases" / f"{SLUG}.md"
    text = source.read_text(encoding="utf-8")
    first = "The following is a joint statement from Presente.org and Alianza Americas:"
    line = text.splitlines().index(first) + 1
    source.write_text(text.replace(first, first + " " + payload.replace("Lea", "Read")), encoding="utf-8")
    assert run_cli(project, "build").exit_code == 0
    _, body = front_and_body(project / "dist" / "en" / f"{SLUG}.md")
    assert_no_raw_html(body, "english")
    check = run_cli(project, "check")
    assert check.exit_code == 1
    # The line of the unit the raw HTML ends up in (the payload's blocks split the paragraph).
    lines = re.findall(rf"releases/{SLUG}\.md:(\d+): error: unsafe-markup: English source: raw HTML escaped",
                       check.stdout)
    assert lines and all(line <= int(found) <= line + 2 for found in lines), check.stdout


def test_a_carriage_return_in_a_translation_is_a_control_character(project, run_cli):
    line = set_msgstr(project, "paragraph", "Una línea\rotra línea\r\r# Título", index=1)
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    assert f"{ES_RELEASE_PO}:{line}: control characters removed (rendered inert)" in result.stderr
    for path in (project / "dist" / "es").rglob("*"):
        if path.is_file():
            assert "\r" not in path.read_text(encoding="utf-8"), path
    assert "Una líneaotra línea# Título" in (project / "dist" / "es" / f"{SLUG}.md").read_text(encoding="utf-8")
    check = run_cli(project, "check")
    assert check.exit_code == 1
    assert f"{ES_RELEASE_PO}:{line}: error: unsafe-markup: control characters removed when published" in check.stdout


WEB_PAGE = """<html><head><title>Library Opens Evening Classes</title></head><body>
<h1>Library Opens Evening Classes for Adult Learners</h1>
<p>June 3, 2023</p>
<p>EL PASO — The Westside Library will open free evening classes in English and citizenship
on Monday, with child care on site.</p>
<p>Registration is open at <a href="https://library.example.org/a`b c(d)&lt;e&gt;&quot;">the library</a>
today <code>`</code> and {img} `.</p>
<p>Classes meet on Mondays and Wednesdays from six to eight in the evening, all year long.</p>
<p>###</p>
</body></html>
"""


def test_the_importer_percent_encodes_a_link_destination(project, run_cli, tmp_path):
    page = tmp_path / "classes.html"
    page.write_text(WEB_PAGE.format(img=IMG.replace("<", "&lt;").replace(">", "&gt;")), encoding="utf-8")
    result = run_cli(project, "import", str(page), "--slug", "2023-06-03-evening-classes")
    assert result.exit_code == 0, result.output
    source = (project / "releases" / "2023-06-03-evening-classes.md").read_text(encoding="utf-8")
    assert "(https://library.example.org/a%60b%20c%28d%29%3Ce%3E%22)" in source
    # An editor approves the imported draft by removing its `draft: true` line.
    (project / "releases" / "2023-06-03-evening-classes.md").write_text(source.replace("draft: true\n", "", 1),
                                                                        encoding="utf-8")
    assert run_cli(project, "build").exit_code == 0
    _, body = front_and_body(project / "dist" / "en" / "2023-06-03-evening-classes.md")
    assert_no_raw_html(body, "imported")


# ---------------------------------------------------------------- the property

FRAGMENTS = ["`", "``", "<", ">", "<img src=x onerror=alert(1)>", "<script>", "</p>", "[", "]", "(", ")",
             "](", "](https://example.org/", '"', "'", "\n", "\n\n", "\r", "\r\n", "# ", "- ", "1. ", "> ",
             "    ", "*", "_", "!", "\\", "&", "&lt;", "|", ":", "javascript:", "<https://example.org>",
             "<a@example.org>", "a", " ", "texto", "~~", "---", "```", "[x]: ",
             # Pieces whose backticks CommonMark pairs otherwise than a count would.
             "[a](https://example.org/`)", '[a](https://example.org/ "`")', "[`a](https://example.org/)",
             "![`](https://example.org/i.png)", "`a\n\n", "`a\n# ", "`a\n- ", "`a\r\r", "| `a | b` |"]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=10).map("".join))
def test_no_msgstr_yields_an_html_element_the_english_lacked(msgstr):
    """Wherever a unit sits (paragraph, heading, list item, table cell), its translation,
    made inert, renders as CommonMark with HTML on to no element but Markdown's own and no
    event handler: nothing the English (plain text) lacked."""
    english = "Plain text.\n\n## Plain heading\n\n- item one\n- item two\n\n| a | b |\n|---|---|\n| cell | cell |\n"
    document = parse_markdown(english, 1)
    safe, _ = neutralize_markdown(msgstr)
    markdown = render_markdown(document, lambda index: safe)
    assert_no_raw_html(markdown, msgstr)
