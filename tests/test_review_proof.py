"""The review proof an editor signs off: every plural form, the release's own counts apart."""

from __future__ import annotations

import re

import polib

SLUG = "2021-04-14-people-seeking-safe-haven"


def proof(project) -> str:
    return (project / "dist" / "review" / f"{SLUG}.es.html").read_text(encoding="utf-8")


def test_a_plural_site_string_shows_every_form(project, run_cli):
    assert run_cli(project, "build", "--require", "es").exit_code == 0
    page = proof(project)
    row = re.search(r"<tr class=\"reviewed\">\n<td>\d+<br><small>site string</small></td>\n"
                    r"<td class=\"english\" lang=\"en\">Contact<br><small>plural:</small> Contacts</td>\n"
                    r"<td class=\"translation\" lang=\"es\">(.*?)</td>", page)
    assert row, page
    assert row.group(1) == ('<p class="form"><small>n = 1:</small> Contacto</p>'
                            '<p class="form"><small>n = 0, 2, 3…:</small> Contactos</p>')


def test_the_release_own_entries_are_counted_apart_from_the_shared_ones(project, run_cli):
    site = project / "locales/es/LC_MESSAGES/site.po"
    catalog = polib.pofile(str(site))
    catalog.find("Press releases").flags.append("fuzzy")
    catalog.save()
    own = polib.pofile(str(project / f"locales/es/LC_MESSAGES/releases/{SLUG}.po"))
    about = polib.pofile(str(project / "locales/es/LC_MESSAGES/about.po"))
    site_count = len([e for e in catalog if not e.obsolete])
    assert run_cli(project, "build").exit_code == 0
    page = proof(project)
    assert f"this release's own entries: {len(own)} entries — {len(own)} reviewed," in page
    shared = len(about) + site_count
    assert f"(About texts, site strings): {shared} entries — {shared - 1} reviewed," in page
    assert "other fuzzy" in page and "<strong>not published</strong>" in page
