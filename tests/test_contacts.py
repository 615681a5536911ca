"""Contacts as a Spanish-language newsroom needs them, the publisher on every output, and
each version linking the others (issue 30)."""

from __future__ import annotations

import email
import re
from email import policy

import polib
import yaml

from conftest import by_role
from test_browser import page_report

SLUG = "2021-04-14-people-seeking-safe-haven"
BASE = "https://press.example.org"
LONG_ROLE = "Directora de comunicaciones y relaciones con la prensa hispanohablante"
CONTACTS = f"""contacts:
  - name: Fernanda Durand
    phone: (214) 402-0186
    role: {LONG_ROLE}
  - name: Nancy Treviño
    phone: (786) 201-8958
    email: nancy@example.org
    languages: [en, es]
"""


def with_contacts(project, text: str = CONTACTS) -> None:
    source = project / "releases" / f"{SLUG}.md"
    old = re.search(r"contacts:\n(?:  .*\n)+", source.read_text(encoding="utf-8")).group()
    source.write_text(source.read_text(encoding="utf-8").replace(old, text), encoding="utf-8")


def outputs(project, language: str) -> dict:
    dist = project / "dist" / language
    message = email.message_from_bytes((dist / f"{SLUG}.eml").read_bytes(), policy=policy.default)
    markdown = (dist / f"{SLUG}.md").read_text(encoding="utf-8")
    return {"txt": (dist / f"{SLUG}.txt").read_text(encoding="utf-8"),
            "html": (dist / SLUG / "index.html").read_text(encoding="utf-8"),
            "md": markdown, "front": yaml.safe_load(markdown.split("---\n")[1]),
            "email": message.get_body(("html",)).get_content()}


def build(project, run_cli):
    """Extract the new contact role (a unit to translate), review its Spanish, build."""
    assert run_cli(project, "extract").exit_code == 0
    path = project / f"locales/es/LC_MESSAGES/releases/{SLUG}.po"
    catalog = polib.pofile(str(path))
    role, = by_role(catalog, "contact role")
    role.msgstr = LONG_ROLE
    catalog.save()
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    return result


def test_spanish_outputs_list_spanish_speakers_first_and_mark_them(project, run_cli):
    with_contacts(project)
    build(project, run_cli)
    es, en = outputs(project, "es"), outputs(project, "en")
    contacts = es["txt"].split("Contactos:\n")[1].split("\n\n")[0]
    assert contacts.startswith("Nancy Treviño (habla español) | +1 786-201-8958 | nancy@example.org\n")
    assert "Fernanda Durand" in contacts and "Ningún contacto" not in es["txt"]
    assert re.search(r"<li>Nancy Treviño <span class=\"speaks\">\(habla español\)</span> \| "
                     r"<a class=\"phone\" href=\"tel:\+17862018958\">\+1 786-201-8958</a>", es["html"])
    assert es["html"].index("Nancy Treviño") < es["html"].index("Fernanda Durand")
    assert "Nancy Treviño (habla español)" in es["email"]
    assert [c["name"] for c in es["front"]["contacts"]] == ["Nancy Treviño", "Fernanda Durand"]
    assert es["front"]["contacts"][0] == {"name": "Nancy Treviño", "phone": "+1 786-201-8958", "tel": "+17862018958",
                                          "email": "nancy@example.org", "languages": ["en", "es"]}
    # English keeps the source's order, unmarked.
    assert en["txt"].index("Fernanda Durand") < en["txt"].index("Nancy Treviño") and "speaks" not in en["txt"]
    assert [c["name"] for c in en["front"]["contacts"]] == ["Fernanda Durand", "Nancy Treviño"]


def test_the_outputs_say_when_no_contact_speaks_the_language(project, run_cli):
    assert run_cli(project, "build", "--require", "es").exit_code == 0
    es, en = outputs(project, "es"), outputs(project, "en")
    note = "Ningún contacto figura como hablante de español."
    assert note in es["txt"] and note in es["html"] and note in es["email"]
    assert "speaking" not in en["txt"]


def test_wire_contact_lines_wrap_at_72_without_breaking_a_number(project, run_cli):
    with_contacts(project)
    build(project, run_cli)
    for language in ("en", "es"):
        wire = outputs(project, language)["txt"]
        block = wire.split(":\n", 1)[1].split("\n\n")[0]
        assert all(len(line) <= 72 for line in wire.splitlines() if " " in line), wire
        fernanda = block[block.index("Fernanda Durand"):].split("\nNancy")[0].split("\n")
        assert len(fernanda) == 2 and fernanda[1].startswith("  ")  # wrapped, continued indented
        assert any("+1 214-402-0186" in line for line in fernanda)  # the number whole on one line


def test_without_a_country_a_number_is_printed_as_written(project, run_cli):
    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text().replace('country = "US"\n', 'country = "MX"\n'))
    assert run_cli(project, "build", "--require", "es").exit_code == 0
    # Not a Mexican number: left as written, dialled as the US form says.
    assert '<a class="phone" href="tel:+12144020186">(214) 402-0186</a>' in outputs(project, "es")["html"]
    settings.write_text(settings.read_text().replace('country = "MX"\n', 'country = "XX"\n'))
    result = run_cli(project, "build")
    assert result.exit_code != 0 and "pyproject.toml:" in result.output and "country" in result.output


def test_a_contact_languages_field_that_is_not_a_list_of_codes_is_a_source_error(project, run_cli):
    with_contacts(project, CONTACTS.replace("languages: [en, es]", "languages: spanish please"))
    result = run_cli(project, "build")
    assert result.exit_code != 0
    assert f"releases/{SLUG}.md:" in result.output and "'languages' must be a list" in result.output
    assert "Traceback" not in result.output


def test_publisher_and_the_other_versions_in_every_format(project, run_cli):
    assert run_cli(project, "build", "--require", "es").exit_code == 0
    es, en = outputs(project, "es"), outputs(project, "en")
    publisher = "Alianza Americas and Presente.org"
    original, translation = f"{BASE}/en/{SLUG}/", f"{BASE}/es/{SLUG}/"
    assert f"Publicado por {publisher}" in es["txt"] and f"Issued by {publisher}" in en["txt"]
    assert f'<p class="publisher">Publicado por {publisher}</p>' in es["html"]
    assert f'<footer class="site"><p>{publisher}</p></footer>' in en["html"]
    assert f"Publicado por {publisher}" in es["email"]
    assert es["front"]["publisher"] == publisher == en["front"]["publisher"]
    assert f"Original en inglés:\n{original}\n###" in es["txt"]
    assert f"Also in Spanish:\n{translation}\n###" in en["txt"]
    assert f'Original en inglés: <a href="{original}" hreflang="en">' in es["html"]
    assert f'Also in Spanish: <a href="{translation}" hreflang="es">' in en["html"]
    assert f'href="{original}"' in es["email"] and f'href="{translation}"' in en["email"]
    assert es["front"]["original"] == original and "translations" not in es["front"]
    assert en["front"]["translations"] == {"es": translation} and "original" not in en["front"]
    assert f"Original en inglés: <{original}>" in es["md"]


# At each width, every phone link is reported with the number of lines it spans.
HARNESS = """<!DOCTYPE html><html><body>
<iframe id="wide" src="/es/%(slug)s/" width="1200" height="800"></iframe>
<iframe id="narrow" src="/es/%(slug)s/" width="375" height="800"></iframe>
<script>
var pending = 2, report = {};
function measure(frame) {
  var d = frame.contentDocument, rows = [];
  d.querySelectorAll(".contacts li").forEach(function (li) {
    var phone = li.querySelector("a.phone");
    rows.push({text: phone.textContent, phoneLines: phone.getClientRects().length,
               itemLines: Math.round(li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight))});
  });
  report[frame.id] = rows;
  if (--pending === 0) {
    var out = document.createElement("pre"); out.id = "result"; out.textContent = JSON.stringify(report);
    document.body.appendChild(out);
  }
}
["wide", "narrow"].forEach(function (id) {
  document.getElementById(id).addEventListener("load", function () { measure(this); });
});
</script></body></html>"""


def test_no_phone_number_is_split_across_lines_at_1200_and_375_pixels(project, run_cli, tmp_path):
    with_contacts(project)
    build(project, run_cli)
    dist = project / "dist"
    (dist / "harness.html").write_text(HARNESS % {"slug": SLUG}, encoding="utf-8")
    report = page_report(tmp_path, dist, "harness.html")
    for width in ("wide", "narrow"):
        assert [row["text"] for row in report[width]] == ["+1 786-201-8958", "+1 214-402-0186"]
        assert all(row["phoneLines"] == 1 for row in report[width]), (width, report[width])
    # At 375 px the long contact line does wrap: the number was kept whole, not merely short.
    assert max(row["itemLines"] for row in report["narrow"]) > 1, report
