"""What `i18n build` writes: usable as it is by a newsroom and a web team."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import feedparser
import html5lib
import polib
import pytest

from conftest import by_role

SLUG = "2021-04-14-people-seeking-safe-haven"
ES_RELEASE_PO = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"
BASE = "https://press.example.org"


@pytest.fixture
def built(project, run_cli):
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    return project / "dist"


def html_pages(dist):
    return sorted(dist.rglob("*.html"))


def test_every_page_parses_as_html5_without_errors(built):
    for page in html_pages(built):
        parser = html5lib.HTMLParser(strict=True)
        parser.parse(page.read_bytes())  # strict: raises on any parse error
        assert not parser.errors, page


def jsonld(page_text: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page_text, re.DOTALL)
    return json.loads(match.group(1))


def test_release_pages_carry_the_head_elements(built):
    es = (built / "es" / SLUG / "index.html").read_text(encoding="utf-8")
    en = (built / "en" / SLUG / "index.html").read_text(encoding="utf-8")
    for page, lang, og, other_og in ((es, "es", "es_LA", "en_US"), (en, "en", "en_US", "es_LA")):
        assert f'<html lang="{lang}">' in page
        assert f'<meta property="og:locale" content="{og}">' in page
        assert f'<meta property="og:locale:alternate" content="{other_og}">' in page
        for alt in ("en", "es"):
            assert f'<link rel="alternate" hreflang="{alt}" href="{BASE}/{alt}/{SLUG}/">' in page
        assert f'<link rel="canonical" href="{BASE}/{lang}/{SLUG}/">' in page
        assert "<main" in page and "<header" in page and "<nav" in page and "<article>" in page
        assert "@media print" in page
        assert 'href="tel:+12144020186"' in page
    # Spanish has no es_US Open Graph locale on Facebook: US Spanish is es_LA.
    assert "es_US" not in es
    english, spanish = jsonld(en), jsonld(es)
    assert english["@type"] == spanish["@type"] == "NewsArticle"
    assert english["inLanguage"] == "en" and spanish["inLanguage"] == "es"
    assert spanish["headline"] == "Las personas que buscan refugio deben recibir protección y apoyo"
    assert spanish["datePublished"] == "2021-04-14T00:00:00-05:00"  # [tool.i18n] timezone America/Chicago
    assert english["workTranslation"] == [{"@type": "NewsArticle", "@id": f"{BASE}/es/{SLUG}/", "inLanguage": "es"}]
    assert spanish["translationOfWork"]["@id"] == f"{BASE}/en/{SLUG}/"
    assert spanish["publisher"]["@type"] == "Organization"


def test_wire_text_wraps_at_72_and_never_breaks_a_link(project, run_cli):
    path = project / ES_RELEASE_PO
    catalog = polib.pofile(str(path))
    long_url = "https://www.example.org/es/comunicados/2021/04/14/una-direccion-muy-larga-para-probar-el-ajuste"
    by_role(catalog, "paragraph")[1].msgstr += f" Más en {long_url} o prensa@example.org."
    catalog.save()
    assert run_cli(project, "build", "--require", "es").exit_code == 0
    wire = (project / "dist" / "es" / f"{SLUG}.txt").read_text(encoding="utf-8")
    for line in wire.splitlines():
        assert len(line) <= 72 or " " not in line, line  # only an unbreakable link may be longer
    assert long_url in wire.splitlines()
    assert any("prensa@example.org." in line for line in wire.splitlines())
    assert wire.startswith("PARA DIFUSIÓN INMEDIATA\n14 de abril de 2021\nPublicado por Alianza Americas and "
                           "Presente.org\n\nContactos:\nFernanda Durand | +1 214-402-0186\n")
    assert "CHICAGO, 14 de abril de 2021.– " in wire and wire.endswith("\n###\n")
    english = (project / "dist" / "en" / f"{SLUG}.txt").read_text(encoding="utf-8")
    assert "CHICAGO, April 14, 2021 — The following" in english


def test_markdown_output_has_front_matter_in_the_output_language(built):
    import yaml

    text = (built / "es" / f"{SLUG}.md").read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    data = yaml.safe_load(front)
    assert data["title"] == "Las personas que buscan refugio deben recibir protección y apoyo"
    assert data["lang"] == "es" and str(data["date"]) == "2021-04-14"
    assert body.startswith("**CHICAGO, 14 de abril de 2021.–** A continuación")
    assert "## Acerca de Presente.org" in body


def test_index_is_newest_first_and_feeds_are_valid_atom(project, run_cli):
    second = project / "releases" / "2021-06-01-second-statement.md"
    second.write_text("---\ntitle: A Second Statement\ndate: 2021-06-01\n---\nA short body.\n")
    assert run_cli(project, "extract").exit_code == 0
    assert run_cli(project, "build").exit_code == 0
    dist = project / "dist"
    index = (dist / "en" / "index.html").read_text(encoding="utf-8")
    assert index.index("2021-06-01-second-statement/") < index.index(f"{SLUG}/")
    for lang in ("en", "es"):
        raw = (dist / lang / "feed.xml").read_bytes()
        root = ET.fromstring(raw)
        assert root.tag == "{http://www.w3.org/2005/Atom}feed"
        assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
        feed = feedparser.parse(raw)
        assert not feed.bozo, feed.bozo_exception
        assert feed.feed.title == {"en": "Press releases", "es": "Comunicados de prensa"}[lang]
    spanish = feedparser.parse((dist / "es" / "feed.xml").read_bytes())
    # The second release is not translated: the Spanish feed lists only the reviewed one.
    assert [e.link for e in spanish.entries] == [f"{BASE}/es/{SLUG}/"]
    links = {(link.get("hreflang"), link.href) for link in spanish.entries[0].links}
    assert ("en", f"{BASE}/en/{SLUG}/") in links
    english = feedparser.parse((dist / "en" / "feed.xml").read_bytes())
    assert [e.title for e in english.entries] == ["A Second Statement",
                                                   "People Seeking Safehaven Should be Given Protection and Support"]
    assert "<p>A short body.</p>" in english.entries[0].content[0].value


def test_releases_json_lists_every_release_status_and_paths(project, run_cli):
    second = project / "releases" / "2021-06-01-second-statement.md"
    second.write_text("---\ntitle: A Second Statement\ndate: 2021-06-01\n---\nA short body.\n")
    run_cli(project, "extract")
    run_cli(project, "build")
    manifest = json.loads((project / "dist" / "releases.json").read_text(encoding="utf-8"))
    releases = {r["slug"]: r for r in manifest["releases"]}
    seed = releases[SLUG]["languages"]
    assert seed["es"]["status"] == "published"
    assert seed["es"]["paths"]["html"] == f"es/{SLUG}/index.html"
    assert seed["es"]["paths"]["review"] == f"review/{SLUG}.es.html"
    assert seed["es"]["counts"]["reviewed"] == seed["es"]["counts"]["entries"] > 0
    second_es = releases["2021-06-01-second-statement"]["languages"]["es"]
    assert second_es["status"] == "withheld" and second_es["counts"]["untranslated"] == 2
    assert "html" not in second_es["paths"]
    for entry in manifest["releases"]:
        for data in entry["languages"].values():
            for relative in data["paths"].values():
                assert (project / "dist" / relative).exists()


def test_review_proof_marks_drafts_and_stale_entries_apart(project, run_cli):
    path = project / ES_RELEASE_PO
    catalog = polib.pofile(str(path))
    draft, stale, untranslated, *_ = by_role(catalog, "paragraph")
    draft.flags.append("fuzzy")
    draft.tcomment = "machine translation: apertium eng-spa"
    stale.flags.append("fuzzy")
    stale.previous_msgid = "An older English paragraph."
    untranslated.msgstr = ""
    catalog.save()
    result = run_cli(project, "build")
    assert "withheld" in result.stderr
    proof = (project / "dist" / "review" / f"{SLUG}.es.html").read_text(encoding="utf-8")
    assert '<tr class="machine-draft">' in proof and '<tr class="stale">' in proof
    assert '<tr class="untranslated">' in proof and proof.count('<tr class="reviewed">') > 5
    assert f"{ES_RELEASE_PO}:{draft.linenum}" in proof
    assert "<del>An older English paragraph.</del>" in proof
    assert "not published" in proof


def test_nothing_of_an_embargoed_release_reaches_dist_until_included(project, run_cli):
    """dist/ is what gets published: an embargoed release's pages, review proofs, entry in
    releases.json and name in dist/.i18n-outputs wait for its time (issue 24, finding 3)."""
    source = project / "releases" / f"{SLUG}.md"
    future = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=2)).replace(microsecond=0)
    source.write_text(source.read_text().replace("date: 2021-04-14\n", f"date: 2021-04-14\nembargo: {future.isoformat()}\n"))
    headline = "People Seeking Safe Haven"
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    assert f"note: {SLUG}: embargoed" in result.stderr
    dist = project / "dist"
    for path in dist.rglob("*"):
        assert SLUG not in str(path.relative_to(dist)), path
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert SLUG not in text and headline.lower() not in text.lower(), path
    assert json.loads((dist / "releases.json").read_text())["releases"] == []
    assert run_cli(project, "build", "--include-embargoed").exit_code == 0
    page = (dist / "es" / SLUG / "index.html").read_text(encoding="utf-8")
    assert jsonld(page)["datePublished"] == future.isoformat()
    assert (dist / "review" / f"{SLUG}.es.html").exists()
    assert SLUG in (dist / ".i18n-outputs").read_text(encoding="utf-8")
    assert json.loads((dist / "releases.json").read_text())["releases"][0]["slug"] == SLUG
    # Built again without the option, the release's files go, named by the list of outputs.
    assert run_cli(project, "build").exit_code == 0
    assert not (dist / "review" / f"{SLUG}.es.html").exists() and not (dist / "es" / SLUG).exists()
    assert SLUG not in (dist / ".i18n-outputs").read_text(encoding="utf-8")


def test_two_builds_give_identical_bytes_and_the_second_writes_nothing(project, run_cli, tmp_path):
    import shutil

    assert run_cli(project, "build").exit_code == 0
    first = {p.relative_to(project / "dist"): p.read_bytes() for p in (project / "dist").rglob("*") if p.is_file()}
    mtimes = {p: p.stat().st_mtime_ns for p in (project / "dist").rglob("*") if p.is_file()}
    second = run_cli(project, "build")
    assert "0 files written, 0 removed" in second.stdout
    assert {p: p.stat().st_mtime_ns for p in (project / "dist").rglob("*") if p.is_file()} == mtimes
    # A fresh copy of the same inputs builds the same bytes.
    other = tmp_path / "other"
    shutil.copytree(project, other, ignore=shutil.ignore_patterns("dist", ".i18n.lock", ".i18n-cache"))
    assert run_cli(other, "build").exit_code == 0
    assert {p.relative_to(other / "dist"): p.read_bytes() for p in (other / "dist").rglob("*") if p.is_file()} == first


HOSTILE = ('<script>alert(1)</script> <img src=x onerror=alert(2)> [clic](javascript:alert(3)) '
           '![i](data:text/html,x) </script><b onmouseover=alert(4)>')


def test_untrusted_translations_render_inert_in_every_format(project, run_cli):
    path = project / ES_RELEASE_PO
    catalog = polib.pofile(str(path))
    by_role(catalog, "title")[0].msgstr = HOSTILE  # the title: <title>, og:title, JSON-LD, feed, index, .md front matter
    by_role(catalog, "paragraph")[0].msgstr = HOSTILE  # a body paragraph
    catalog.save()
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    assert "raw HTML escaped (rendered inert)" in result.stderr
    assert "unsafe link target 'javascript:alert(3)' dropped" in result.stderr
    dist = project / "dist"
    outputs = [dist / "es" / SLUG / "index.html", dist / "es" / "index.html", dist / "es" / "feed.xml",
               dist / "es" / f"{SLUG}.md", dist / "es" / f"{SLUG}.txt", dist / "releases.json",
               dist / "review" / f"{SLUG}.es.html"]
    for output in outputs:
        text = output.read_text(encoding="utf-8")
        assert not re.search(r"(href|src)=\S*(javascript|data):", text), output
        # The review proof shows the translator's raw text, escaped, so that it can be fixed.
        if "review" not in output.parts:
            assert "javascript:" not in text and "data:text/html" not in text, output
        if output.suffix in (".html",):
            parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
            tree = parser.parse(text)
            assert not tree.findall(".//script[@src]") and not tree.findall(".//img")
            scripts = [s.text or "" for s in tree.iter("script")]
            assert all("alert" not in s.replace("\\u003c", "") or s.lstrip().startswith("{") for s in scripts)
            for element in tree.iter():
                assert not any(name.startswith("on") for name in element.attrib), (output, element.tag)
    page = (dist / "es" / SLUG / "index.html").read_text(encoding="utf-8")
    json_text = re.search(r'ld\+json">(.*?)</script>', page, re.DOTALL).group(1)
    assert "<" not in json_text  # escaped as \u003c: the data cannot close its element
    assert json.loads(json_text)["headline"].startswith("<script>alert(1)</script>")
    feed = feedparser.parse((dist / "es" / "feed.xml").read_bytes())
    assert not feed.bozo
    markdown = (dist / "es" / f"{SLUG}.md").read_text(encoding="utf-8")
    assert "<script" not in markdown and "<img" not in markdown  # a CMS rendering the .md shows text


def test_a_build_after_the_embargo_lifts_publishes_with_the_same_inputs(project, run_cli):
    # The build cache knows when the next embargo lifts: an unchanged repository built again
    # after that moment publishes the release. The later clock is faketime's, not a wait.
    source = project / "releases" / f"{SLUG}.md"
    source.write_text(source.read_text().replace(
        "date: 2021-04-14\n", "date: 2021-04-14\nembargo: 2099-01-01T09:00:00+00:00\n"))
    assert run_cli(project, "build").exit_code == 0
    assert not (project / "dist" / "es" / SLUG / "index.html").exists()
    again = subprocess.run(["faketime", "2099-01-02 00:00:00", sys.executable, "-m", "i18n", "--root", str(project),
                            "build", "--require", "es"], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert (project / "dist" / "es" / SLUG / "index.html").exists()
    assert "embargoed" not in again.stderr


@pytest.mark.parametrize("written, target", [
    ("(786) 201-8958", "+17862018958"),  # the US form: +1
    ("+34 91 123 45 67", "+34911234567"),  # its own country code, kept
    ("0052 55 1234 5678", "+525512345678"),  # 00 is the international prefix
    ("55 1234 5678", "5512345678"),  # ten digits, not written the US way: not +1
])
def test_contact_phone_links_dial_the_number_as_written(project, run_cli, written, target):
    """Without the `country` setting (tests/test_contacts.py has it)."""
    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text().replace('country = "US"\n', ""))
    source = project / "releases" / f"{SLUG}.md"
    source.write_text(source.read_text().replace("phone: (786) 201-8958", f"phone: {written}"))
    assert run_cli(project, "build").exit_code == 0
    page = (project / "dist" / "en" / SLUG / "index.html").read_text(encoding="utf-8")
    assert f'<a class="phone" href="tel:{target}">{written}</a>' in page
