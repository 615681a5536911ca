"""Hostile or careless input (issue 10): nothing lost, nothing live published, one clear line.

Every test goes through the real `i18n` CLI on a scratch copy of the repository and judges
the outputs with independent parsers: html5lib, ElementTree, feedparser, and markdown-it as
a CMS would render the `.md` output (raw HTML on, any link target accepted).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import feedparser
import html5lib
import polib
import pytest
from markdown_it import MarkdownIt

SLUG = "2021-04-14-people-seeking-safe-haven"
ES_RELEASE_PO = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"
SITE_PO = "locales/es/LC_MESSAGES/site.po"


def entry(catalog: polib.POFile, role: str, index: int = 0) -> polib.POEntry:
    """The index-th entry of a role (`#.` comment): never picked by position in the file."""
    return [e for e in catalog if e.comment == role and not e.obsolete][index]


def set_msgstr(project, path: str, role: str, text: str, index: int = 0) -> int:
    catalog = polib.pofile(str(project / path))
    target = entry(catalog, role, index)
    target.msgstr = text
    catalog.save()
    return polib.pofile(str(project / path)).find(target.msgid).linenum


def lax_cms(markdown: str) -> str:
    """A CMS that renders Markdown with raw HTML on and trusts every link target."""
    parser = MarkdownIt("commonmark", {"html": True})
    parser.validateLink = lambda url: True
    return parser.render(markdown)


def assert_inert_html(text: str, where) -> None:
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(text)
    for element in tree.iter():
        if element.tag == "script" and element.get("type") == "application/ld+json":
            continue  # data, escaped by build.py (see test_outputs.py)
        assert element.tag not in ("script", "img", "iframe", "svg"), (where, element.tag)
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (where, element.tag, name)
            if name in ("href", "src"):
                cleaned = re.sub(r"[\x00-\x20]", "", value).lower()
                assert not cleaned.startswith(("javascript:", "data:", "vbscript:")), (where, value)


def outputs(dist, language="es"):
    return [p for p in (dist / language).rglob("*") if p.is_file()]


# ---------------------------------------------------------------- 1. build deletes only its own


def snapshot(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and ".i18n" not in p.name}


@pytest.mark.parametrize("dist_dir", [".", "..", "releases", "releases/about/out", "locales",
                                      "locales/templates", "locales/es", "templates"])
def test_an_output_folder_overlapping_the_project_is_refused(project, run_cli, dist_dir):
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text().replace("[tool.i18n]\n", f'[tool.i18n]\ndist_dir = "{dist_dir}"\n')
    pyproject.write_text(text)
    line = text.splitlines().index(f'dist_dir = "{dist_dir}"') + 1
    before = snapshot(project)
    result = run_cli(project, "build")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{pyproject}:{line}: [tool.i18n] dist_dir '{dist_dir}' ")
    assert "Traceback" not in result.output
    assert snapshot(project) == before


def test_a_file_where_the_output_folder_goes_is_one_line(project, run_cli):
    """A first build makes dist_dir's parent for its staging folder: a file in the way is a
    one-line error naming it, not a traceback."""
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace("[tool.i18n]\n", '[tool.i18n]\ndist_dir = "out/site"\n'))
    (project / "out").write_text("in the way", encoding="utf-8")
    result = run_cli(project, "build")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot create ") and str(project / "out") in result.stderr
    assert "Traceback" not in result.output and len(result.stderr.strip().splitlines()) == 1


def test_build_needs_a_tool_i18n_table(project, run_cli):
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().split("# Settings of this repository's pipeline")[0])
    wheel = project / "dist" / "package-1.0-py3-none-any.whl"
    wheel.parent.mkdir()
    wheel.write_bytes(b"a wheel")
    result = run_cli(project, "build")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{pyproject}:1: no [tool.i18n] table")
    assert wheel.read_bytes() == b"a wheel"


def test_build_removes_only_what_an_earlier_build_wrote(project, run_cli):
    foreign = {project / "dist" / "package-1.0.tar.gz": b"sdist", project / "dist" / "es" / "notes.txt": b"mine"}
    for path, data in foreign.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    second = project / "releases" / "2021-06-01-second-statement.md"
    second.write_text("---\ntitle: A Second Statement\ndate: 2021-06-01\n---\nA short body.\n")
    assert run_cli(project, "extract").exit_code == 0
    assert run_cli(project, "build").exit_code == 0
    page = project / "dist" / "en" / "2021-06-01-second-statement" / "index.html"
    assert page.exists()
    second.unlink()
    result = run_cli(project, "build")
    assert result.exit_code == 0
    assert "removed" in result.stdout and " 0 removed" not in result.stdout
    assert not page.exists() and not page.parent.exists()
    assert not (project / "dist" / "en" / "2021-06-01-second-statement.md").exists()
    for path, data in foreign.items():
        assert path.read_bytes() == data


# ---------------------------------------------------------------- 9. site strings are untrusted


def test_hostile_site_string_is_inert_everywhere_and_reported(project, run_cli):
    hostile = "Comunicados <img src=x onerror=alert(1)> [x](javascript:alert(2)) & más"
    catalog = polib.pofile(str(project / SITE_PO))
    catalog.find("Press releases").msgstr = hostile
    catalog.save()
    line = polib.pofile(str(project / SITE_PO)).find("Press releases").linenum
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    dist = project / "dist"
    for path in outputs(dist):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            assert_inert_html(text, path)
            assert "<img" not in text
        elif path.suffix == ".xml":
            ET.fromstring(text.encode())  # well-formed
            assert not feedparser.parse(text.encode()).bozo
            assert "<img" not in text
        elif path.suffix == ".md":
            assert_inert_html(lax_cms(text.split("---\n", 2)[2]), path)
    feed = feedparser.parse((dist / "es" / "feed.xml").read_bytes())
    assert feed.feed.title == hostile  # shown as the text it is
    check = run_cli(project, "check")
    assert check.exit_code == 1
    assert f"{SITE_PO}:{line}: error: unsafe-markup: raw HTML escaped" in check.stdout


# ---------------------------------------------------------------- 12. the .md output is inert

LINK_FORMS = [
    "[clic](javascript:alert(1) 'title')",
    "[clic][ref]\n\n[ref]: javascript:alert(1)",
    "[clic](&#x6A;avascript&#x3A;alert(1))",
    "[clic](javascript&colon;alert(1))",
    "[a [b](javascript:alert(1))](https://example.org)",
    "<javascript:alert(1)>",
    "![i](data:text/html;base64,PHNjcmlwdD4=)",
    "``<img src=x onerror=alert(1)>`",
]


@pytest.mark.parametrize("form", LINK_FORMS)
def test_every_form_of_unsafe_link_or_html_in_a_translation_is_inert_in_the_md(project, run_cli, form):
    line = set_msgstr(project, ES_RELEASE_PO, "paragraph", f"Lea {form}", index=1)
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    assert f"{ES_RELEASE_PO}:{line}: " in result.stderr and "(rendered inert)" in result.stderr
    markdown = (project / "dist" / "es" / f"{SLUG}.md").read_text(encoding="utf-8")
    assert_inert_html(lax_cms(markdown.split("---\n", 2)[2]), form)
    assert_inert_html((project / "dist" / "es" / SLUG / "index.html").read_text(encoding="utf-8"), form)
    check = run_cli(project, "check")
    assert check.exit_code == 1
    assert f"{ES_RELEASE_PO}:{line}: error: unsafe-markup: " in check.stdout


def test_an_unsafe_reference_definition_in_another_paragraph_is_inert_in_the_md(project, run_cli):
    set_msgstr(project, ES_RELEASE_PO, "paragraph", "Lea [el informe][x] hoy.", index=1)
    line = set_msgstr(project, ES_RELEASE_PO, "paragraph", "[x]: javascript:alert(1)", index=2)
    result = run_cli(project, "build", "--require", "es")
    assert f"{ES_RELEASE_PO}:{line}: unsafe link target 'javascript:alert(1)' dropped" in result.stderr
    markdown = (project / "dist" / "es" / f"{SLUG}.md").read_text(encoding="utf-8")
    assert_inert_html(lax_cms(markdown.split("---\n", 2)[2]), "definition")
    assert "javascript:" not in markdown


def test_a_source_reference_definition_to_another_scheme_is_dropped_from_every_md(project, run_cli):
    """markdown-it itself accepts an ftp: or tel: target in a source's reference definition;
    the outputs keep http, https and mailto only: the definition goes, its link's text stays."""
    source = project / "releases" / f"{SLUG}.md"
    text = source.read_text(encoding="utf-8")
    first = "The following is a joint statement from Presente.org and Alianza Americas:"
    source.write_text(text.replace(first, first + " See [the files][files].") +
                      "\n[files]: ftp://files.example.org/statement\n", encoding="utf-8")
    assert run_cli(project, "extract").exit_code == 0
    catalog = polib.pofile(str(project / ES_RELEASE_PO))
    changed = next(e for e in catalog if "[the files][files]" in e.msgid)
    changed.msgstr = "Vea [los archivos][files]."
    changed.flags = []
    catalog.save()
    assert run_cli(project, "build", "--require", "es").exit_code == 0
    for language in ("en", "es"):
        markdown = (project / "dist" / language / f"{SLUG}.md").read_text(encoding="utf-8")
        assert "ftp:" not in markdown and "[files]:" not in markdown, language
        assert "ftp:" not in (project / "dist" / language / SLUG / "index.html").read_text(encoding="utf-8")
    assert "See [the files][files]." in (project / "dist" / "en" / f"{SLUG}.md").read_text(encoding="utf-8")


def test_raw_html_in_a_dateline_translation_is_inert_in_the_md(project, run_cli):
    set_msgstr(project, ES_RELEASE_PO, "dateline", "CHICAGO <img src=x onerror=alert(1)>")
    assert run_cli(project, "build", "--require", "es").exit_code == 0
    markdown = (project / "dist" / "es" / f"{SLUG}.md").read_text(encoding="utf-8")
    body = markdown.split("---\n", 2)[2]
    assert "<img" not in body
    assert_inert_html(lax_cms(body), "dateline")


def test_raw_html_and_unsafe_links_in_english_sources_are_errors_and_inert(project, run_cli):
    source = project / "releases" / f"{SLUG}.md"
    text = source.read_text(encoding="utf-8")
    first = "The following is a joint statement from Presente.org and Alianza Americas:"
    line = text.splitlines().index(first) + 1
    source.write_text(text.replace(first, first + " <script>alert(1)</script> [x](javascript:alert(2))"))
    assert run_cli(project, "build").exit_code == 0
    markdown = (project / "dist" / "en" / f"{SLUG}.md").read_text(encoding="utf-8")
    assert_inert_html(lax_cms(markdown.split("---\n", 2)[2]), "english")
    check = run_cli(project, "check")
    assert check.exit_code == 1
    assert f"releases/{SLUG}.md:{line}: error: unsafe-markup: English source: unsafe link target" in check.stdout


# ---------------------------------------------------------------- 13. control characters


@pytest.mark.parametrize("char", ["\x0c", "\x01", "\x1b", "\x04"])
def test_control_character_in_a_source_is_refused_with_its_line(project, run_cli, monkeypatch, char):
    monkeypatch.chdir(project)
    source = project / "releases" / f"{SLUG}.md"
    lines = source.read_text(encoding="utf-8").split("\n")
    lines[16] += f" bad{char}text"
    source.write_text("\n".join(lines), encoding="utf-8")
    for command in ("extract", "build"):
        result = run_cli(project, command)
        assert result.exit_code == 2, result.output
        assert result.stderr == f"releases/{SLUG}.md:17: control character U+{ord(char):04X}: remove it\n"
    assert not (project / "dist").exists()


def test_control_characters_in_translations_never_reach_the_outputs(project, run_cli):
    set_msgstr(project, ES_RELEASE_PO, "title", "Las personas\x0c que buscan\x1b[31m refugio\x01")
    set_msgstr(project, ES_RELEASE_PO, "paragraph", "Un párrafo\x08 con\x7f control.", index=1)
    catalog = polib.pofile(str(project / SITE_PO))
    catalog.find("Press releases").msgstr = "Comunicados\x02 de prensa"
    catalog.save()
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    assert "control characters removed (rendered inert)" in result.stderr
    for path in outputs(project / "dist"):
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", path.read_text(encoding="utf-8")), path
    feed = (project / "dist" / "es" / "feed.xml").read_bytes()
    ET.fromstring(feed)
    assert not feedparser.parse(feed).bozo


def test_a_control_character_in_a_text_setting_is_refused(project, run_cli):
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text().replace('publisher = "', 'publisher = "\\u000c')
    pyproject.write_text(text)
    line = next(n for n, l in enumerate(text.splitlines(), 1) if l.startswith("publisher ="))
    result = run_cli(project, "build")
    assert result.exit_code == 2
    assert result.stderr == f"{pyproject}:{line}: [tool.i18n] publisher has a control character\n"


# ---------------------------------------------------------------- 11. YAML aliases


def test_yaml_alias_bomb_is_refused_at_its_line(project, run_cli, monkeypatch):
    monkeypatch.chdir(project)
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for index, name in enumerate("bcdefghi"):
        previous = "abcdefghi"[index]
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    source = project / "releases" / "2021-05-01-bomb.md"
    source.write_text("---\ntitle: Bomb\ndate: 2021-05-01\n" + "\n".join(levels) + "\nabout: *i\n---\nBody.\n")
    result = run_cli(project, "extract")
    assert result.exit_code == 2
    assert result.stderr.startswith("releases/2021-05-01-bomb.md:4: YAML anchors and aliases (&a, *a) are not allowed")


def test_a_single_alias_is_refused_too(project, run_cli, monkeypatch):
    monkeypatch.chdir(project)
    source = project / "releases" / "2021-05-01-alias.md"
    source.write_text("---\ntitle: &t Alias\nsubtitle: *t\ndate: 2021-05-01\n---\nBody.\n")
    result = run_cli(project, "build")
    assert result.exit_code == 2
    assert result.stderr.startswith("releases/2021-05-01-alias.md:2: YAML anchors and aliases")


# ---------------------------------------------------------------- 14. settings that become URLs


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org", "https://", "press.example.org",
                                 'https://example.org/"><script>'])
def test_base_url_must_be_http_or_https(project, run_cli, url):
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text().replace('base_url = "https://press.example.org"', f"base_url = '{url}'")
    pyproject.write_text(text)
    line = text.splitlines().index(f"base_url = '{url}'") + 1
    result = run_cli(project, "build")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{pyproject}:{line}: [tool.i18n] base_url ")
    assert not (project / "dist").exists()


# ---------------------------------------------------------------- 17. what releases/ may hold


def test_editor_lock_links_and_directories_named_md_are_not_releases(project, run_cli):
    (project / "releases" / f".#{SLUG}.md").symlink_to("someone@host.1234:1700000000")
    (project / "releases" / "notes.md").mkdir()
    (project / "releases" / "about" / ".#presente-org.md").symlink_to("someone@host.1234:1700000000")
    for command in ("extract", "build", "check", "stats"):
        result = run_cli(project, command)
        assert result.exit_code == 0, (command, result.output)
        assert "Traceback" not in result.output
    assert (project / "dist" / "es" / SLUG / "index.html").exists()


# ---------------------------------------------------------------- 18. a draft says so everywhere


def test_every_output_of_a_draft_says_it_is_one(project, run_cli):
    catalog = polib.pofile(str(project / ES_RELEASE_PO))
    draft = entry(catalog, "paragraph", 1)
    draft.flags.append("fuzzy")
    draft.tcomment = "machine translation: apertium eng-spa"
    catalog.save()
    assert run_cli(project, "build", "--drafts").exit_code == 0
    dist = project / "dist" / "es"
    notice = "Traducción automática: sin revisar."
    page = (dist / SLUG / "index.html").read_text(encoding="utf-8")
    assert notice in page
    print_rules = re.search(r"@media print \{(.*?)\n\}", page, re.DOTALL).group(1)
    hidden = [rule.split("{")[0] for rule in print_rules.split("}") if "display: none" in rule]
    assert not any("draft-banner" in selector for selector in hidden)
    assert notice in (dist / f"{SLUG}.txt").read_text(encoding="utf-8")
    body = (dist / f"{SLUG}.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    assert body.startswith(f"> **{notice}**")


def test_a_tampered_outputs_list_cannot_remove_anything_outside_dist(project, run_cli):
    assert run_cli(project, "build").exit_code == 0
    (project / "dist" / "es" / "up").symlink_to(project / "releases")
    listed = project / "dist" / ".i18n-outputs"
    listed.write_text(listed.read_text() + f"../pyproject.toml\n{project}/README\nes/up/{SLUG}.md\n")
    before = snapshot(project / "releases")
    result = run_cli(project, "build")
    assert result.exit_code == 0, result.output
    assert (project / "pyproject.toml").exists()
    assert snapshot(project / "releases") == before


def test_markup_in_a_site_string_is_reported(project, run_cli):
    catalog = polib.pofile(str(project / SITE_PO))
    catalog.find("Languages").msgstr = "Idiomas &amp; más"
    catalog.save()
    line = polib.pofile(str(project / SITE_PO)).find("Languages").linenum
    check = run_cli(project, "check")
    assert check.exit_code == 1
    assert f"site.po:{line}: error: unsafe-markup: site strings are plain text: '&amp;' would show as typed" \
        in check.stdout
    assert run_cli(project, "build").exit_code == 0
    page = (project / "dist" / "es" / SLUG / "index.html").read_text(encoding="utf-8")
    assert 'aria-label="Idiomas &amp;amp; más"' in page  # shown as typed, not as an entity
