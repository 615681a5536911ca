"""`i18n import`: releases as they arrive (pasted text, saved web pages, Word files) become
release sources that every other command accepts. Through the real CLI, on scratch copies."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from conftest import REPO
from i18n.sources.releases import load_all
from i18n.sources.segments import parse_markdown

SEED = Path(__file__).parent / "data" / "seed-000_0c7ac9677dbfd5c1.txt"  # the release the project started from, byte for byte
COMMITTED = "2021-04-14-people-seeking-safe-haven"
ALIANZA = ("Alianza Americas is a network of migrant-led organizations working in the United States and "
           "transnationally to create an inclusive, equitable and sustainable way of life for communities "
           "across North, Central and South America.")
PRESENTE = ("Presente.org is the nation’s largest online Latinx organizing group — and the nation’s premier "
            "Latinx digital organizing hub — advancing social justice with technology, media, and culture. "
            "Presente.org’s mission is to advance Latinx power and create winning campaigns that amplify Latinx "
            "voices; expand the political imagination and traditional boundaries; and foster inspiration for "
            "freedom, equity, and justice.")


def paragraphs(body: str) -> list[str]:
    """The body's translation units: what a translator sees, whatever the hard wrap."""
    return [unit.text for unit in parse_markdown(body).units]


def releases_of(root: Path) -> dict:
    releases, abouts = load_all(root / "releases")
    return {release.slug: release for release in releases}


def warnings_of(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if ": warning: " in line]


# ---------------------------------------------------------------- the seed


def test_seed_imports_to_the_committed_release_but_for_the_lost_name(project, run_cli):
    result = run_cli(project, "import", str(SEED))
    assert result.exit_code == 0, result.output
    slug = "2021-04-14-people-seeking-safehaven"  # YYYY-MM-DD-<words of the headline>
    assert f"-> releases/{slug}.md" in result.stdout
    releases = releases_of(project)
    imported, committed = releases[slug], releases[COMMITTED]

    for field in ("title", "subtitle", "date", "dateline", "contacts", "embargo"):
        assert getattr(imported, field) == getattr(committed, field), field
    # The three repairs the importer can only warn about: the scraped page lost "Presente.org".
    body = paragraphs(imported.body)
    assert body[0] == "The following is a joint statement from and Alianza Americas:"
    body[0] = body[0].replace("from and", "from Presente.org and")
    assert body[3].endswith("executive director of")
    body[3] += " Presente.org."
    assert imported.about == ("alianza-americas",)
    about = imported.about + ("presente-org",)
    assert body == paragraphs(committed.body)
    assert about == committed.about

    # ... and the report names each of them, with its line, and the hidden e-mails.
    warnings = warnings_of(result)
    seed = SEED.name
    assert any(f"{seed}:12: warning: a name seems lost before “and”" in w and "from and Alianza"
               in w and "Presente.org" in w and f"releases/{slug}.md:15" in w for w in warnings), warnings
    assert any(f"{seed}:21: warning: the text ends in “of”" in w and "executive director of" in w
               and "Presente.org" in w for w in warnings), warnings
    assert any(f"{seed}:31: warning: About text without its organisation's name" in w
               and "add 'presente-org' to `about:`" in w for w in warnings), warnings
    assert sum("hidden by the source page ('[email protected]')" in w for w in warnings) == 2
    assert any(f"{seed}:4: warning: e-mail of Fernanda Durand hidden" in w for w in warnings)
    assert "needs a human: releases/" in result.stderr
    # What it recognised and what it removed.
    for recognised in ("headline: 'People Seeking Safehaven", "date: 2021-04-14 ('April 14, 2021') (line 3)",
                       "contact: Nancy Treviño | (786) 201-8958 (line 5)", "subhead: 'Armed troops",
                       "dateline: CHICAGO", "About Alianza Americas: the text of releases/about/alianza-americas.md"):
        assert recognised in result.stdout, recognised
    assert "removed: web residue (share widget): 'Spread the love' (line 33)" in result.stdout

    # Hard-wrapped like the seed, and the pipeline takes it.
    text = (project / "releases" / f"{slug}.md").read_text(encoding="utf-8")
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "CHICAGO ––" not in text and "Spread the love" not in text and "[email" not in text
    assert run_cli(project, "extract").exit_code == 0


def test_an_existing_release_is_replaced_only_with_force(project, run_cli):
    target = project / "releases" / f"{COMMITTED}.md"
    before = target.read_bytes()
    refused = run_cli(project, "import", "--slug", COMMITTED, str(SEED))
    assert refused.exit_code == 1
    assert f"error: releases/{COMMITTED}.md already exists: not overwritten (use --force" in refused.stderr
    assert target.read_bytes() == before
    replaced = run_cli(project, "import", "--slug", COMMITTED, "--force", str(SEED))
    assert replaced.exit_code == 0, replaced.output
    assert target.read_bytes() != before
    assert releases_of(project)[COMMITTED].title == "People Seeking Safehaven Should be Given Protection and Support"


# ---------------------------------------------------------------- releases of our own

# 1. Plain text, UTF-8: FOR IMMEDIATE RELEASE with the date, a CONTACT: block of two contacts
#    (name and role, role on its own line, phones, e-mails), "SAN SALVADOR –", About matched.
RELEASE_1 = f"""FOR IMMEDIATE RELEASE: November 30, 2021

CONTACT:
Ana Morales, Communications Director
(312) 555-0142
ana.morales@example.org

Luis Ortega
Press Officer, Alianza Americas
+503 2222-3333
luis@example.org

Migrant Families Deserve Safe Passage Through Central America
Regional leaders meet in San Salvador to discuss protection

SAN SALVADOR – Leaders of migrant-led organizations from eleven countries met
today to call for safe passage for families crossing Central America, and for
shelters along the route to be funded rather than closed.

"No family should have to choose between danger at home and danger on the
road," said Ana Morales, communications director of Alianza Americas.

The meeting closes on Friday with a joint plan for the region.

About Alianza Americas
{ALIANZA}

###
"""

# 2. Plain text in Windows-1252: the date inside the dateline "CHICAGO, IL—June 29, 2018—",
#    "Name: 312-351-3890" and "Name (915) 525 2434 email", a new About after its heading.
RELEASE_2 = """Lakeside Tenants Win Repairs After Two-Year Fight
Rosa Lin: 312-351-3890
Tomás Reyes (915) 525 2434 treyes@example.org

CHICAGO, IL—June 29, 2018—Tenants of the Lakeside Towers won a binding agreement today that commits the owner to repair heating, elevators and windows in all 240 apartments before winter.

“We organized floor by floor, and today every family here can see what that bought,” said Rosa Lin, a tenant for 19 years.

The agreement follows a two-year campaign of rent strikes, hearings and a petition signed by 1,100 residents.

About the Lakeside Tenants Union
The Lakeside Tenants Union organizes renters in the Lakeside Towers and neighboring buildings to win safe, affordable homes.

###
"""

# 3. A saved web page: site header and navigation, share widgets, a newsletter box and a
#    footer around the article; h1/h2; "4/14/2021"; a PRESS CONTACTS heading over
#    "Name | phone | e-mail" lines, one e-mail protected (decodable), one hidden for good;
#    "WASHINGTON, D.C. -"; bold, italics, a link and a list; a new About (heading and text
#    in one paragraph) and an existing one.
RELEASE_3 = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Families Need Shelter, Not Walls | Example Coalition</title>
<script>window.dataLayer = [];</script><style>p {{ margin: 0 }}</style></head>
<body>
<header class="site-header"><a href="/">Example Coalition</a>
<nav><ul><li><a href="/about">About us</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main>
<article class="post">
<h1>Families Need Shelter, Not Walls</h1>
<h2>Coalition asks Congress to fund reception centers</h2>
<p class="date">4/14/2021</p>
<h4>PRESS CONTACTS</h4>
<p>Maria Gómez | (202) 555-0173 | <a href="/cdn-cgi/l/email-protection#{'{CF}'}" class="__cf_email__"
   data-cfemail="{'{CF}'}">[email&#160;protected]</a></p>
<p>Peter Olsen | (202) 555-0188 | <a href="/cdn-cgi/l/email-protection">[email&#160;protected]</a></p>
<div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3>
<ul><li><a href="https://twitter.com/share">Twitter</a></li><li>Facebook</li></ul></div>
<p><strong>WASHINGTON, D.C.</strong> - The Example Coalition today asked Congress to fund
<em>reception centers</em> in border towns, as <a href="https://example.org/report">our new report</a>
recommends.</p>
<p>“Walls do not feed anyone,” said Maria Gómez, director of policy at the Example Coalition.
“Shelters do.”</p>
<p>The coalition asks for:</p>
<ul><li>forty reception centers;</li><li>three hundred <b>case workers</b>.</li></ul>
<p><strong>About the Example Coalition</strong><br>
The Example Coalition is a national network of faith and community groups that welcome newcomers.</p>
<h3>About Presente.org</h3>
<p>{PRESENTE}</p>
<p>###</p>
<div class="newsletter-signup">Sign up for our newsletter to get our releases.</div>
</article>
</main>
<footer><p>© 2021 Example Coalition. All rights reserved.</p></footer>
</body></html>
"""

# 4. A Word file (built below): FOR IMMEDIATE RELEASE, "April 14, 2021", Title and an italic
#    subhead, contacts "Name (915) 525 2434 email", "CHICAGO ––", bold, italics and a link,
#    a heading and a bulleted list in the body, About paragraphs without headings (a new
#    organisation, then Alianza Americas' text), "###".
DOCX_ABOUT = ("Readers United is a volunteer network of teachers and librarians that brings books to children "
              "in shelters across the Midwest.")

# 5. Plain text as a scraped page leaves it: "Name | phone | email" contacts (three, one
#    e-mail hidden), "FRESNO, Calif. –", a lost name ("a statement from and ..."), a quote
#    ending "executive director of", share widgets and the contact block repeated by the
#    page template. No end mark and no About.
RELEASE_5 = """Farmworkers Rally for Heat Protections

Workers and advocates demand shade, water and rest breaks

July 8, 2022
Carmen Díaz | (559) 555-0110 | carmen@example.org
José Pérez | (559) 555-0111 | [email\u00a0protected]
Sam Lee | (559) 555-0112 | sam@example.org

FRESNO, Calif. – Hundreds of farmworkers marched to the state building today to demand enforceable protections against extreme heat in the fields.

The following is a statement from and the Valley Farmworker Network:

“Every summer we bury people who died for a few more rows of grapes,” said Carmen Díaz, executive director of\u00a0

Spread the love
Share this:
Facebook Twitter

July 8, 2022
Carmen Díaz | (559) 555-0110 | carmen@example.org
José Pérez | (559) 555-0111 | [email\u00a0protected]
Sam Lee | (559) 555-0112 | sam@example.org
"""

# 6. A bare web page (no article): "Posted on June 3, 2023 by admin", the dateline in the
#    first paragraph, lines split by <br>, a Media contact block after the end mark.
RELEASE_6 = """<html><head><title>Library Opens Evening Classes</title></head><body>
<h1>Library Opens Evening Classes for Adult Learners</h1>
<p>Posted on June 3, 2023 by admin</p>
<p>EL PASO — The Westside Library will open free evening classes in English and citizenship
on Monday, with child care on site.</p>
<p>Classes meet at:<br>Westside Library, 100 Main Street<br>Mondays and Wednesdays, 6–8 p.m.</p>
<p>Registration is open at <a href="https://library.example.org/classes">library.example.org</a>.</p>
<p>- 30 -</p>
<p><b>Media contact:</b><br>Jane Roe, Outreach Coordinator<br>jane.roe@example.org<br>915-555-0100</p>
</body></html>
"""

NOT_A_RELEASE = """Grandma's lentil soup

Rinse two cups of lentils, chop an onion and two carrots, and let everything simmer
for forty minutes with a bay leaf. Salt at the end.
"""


def _cloudflare(email: str, key: int = 0x5A) -> str:
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in email)


def _hyperlink(paragraph, url: str, text: str) -> None:
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def build_docx(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run("FOR IMMEDIATE RELEASE").bold = True
    document.add_paragraph("April 14, 2021")
    document.add_paragraph("Teachers Launch Summer Reading Program for Migrant Children", style="Title")
    document.add_paragraph().add_run("Volunteers will visit eight shelters every week").italic = True
    document.add_paragraph("Elena Ruiz (915) 525 2434 elena@example.org")
    document.add_paragraph("Mark Chen (915) 555 0199 mark@example.org")
    body = document.add_paragraph("CHICAGO –– Volunteer teachers will read with children in ")
    body.add_run("eight shelters").bold = True
    body.add_run(" this summer, bringing ")
    body.add_run("new books").italic = True
    body.add_run(" in English and Spanish. Details are on ")
    _hyperlink(body, "https://readers.example.org/summer", "our website")
    body.add_run(".")
    document.add_paragraph("“Every child deserves a story at bedtime,” said Elena Ruiz, a teacher in Pilsen.")
    document.add_paragraph("How to volunteer", style="Heading 2")
    document.add_paragraph("Sign up online before June 1.", style="List Bullet")
    document.add_paragraph("Attend one training session.", style="List Bullet")
    document.add_paragraph(DOCX_ABOUT)
    document.add_paragraph(ALIANZA)
    document.add_paragraph("###")
    document.save(str(path))


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """One scratch project with the six releases, the non-release and a binary file imported at once."""
    from click.testing import CliRunner

    from i18n.cli import main

    root = tmp_path_factory.mktemp("import") / "project"
    root.mkdir()
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(REPO / "releases", root / "releases")
    shutil.copytree(REPO / "locales", root / "locales")
    inbox = root.parent / "inbox"
    inbox.mkdir()
    files = {
        "1": inbox / "safe-passage.txt",
        "2": inbox / "lakeside.txt",
        "3": inbox / "shelter.html",
        "4": inbox / "reading.docx",
        "5": inbox / "farmworkers.txt",
        "6": inbox / "library.htm",
        "recipe": inbox / "soup.txt",
        "binary": inbox / "photo.jpg",
    }
    files["1"].write_text(RELEASE_1, encoding="utf-8")
    files["2"].write_bytes(RELEASE_2.replace("\n", "\r\n").encode("cp1252"))
    files["3"].write_text(RELEASE_3.replace("{CF}", _cloudflare("maria.gomez@example.org")), encoding="utf-8")
    build_docx(files["4"])
    files["5"].write_text(RELEASE_5, encoding="utf-8")
    files["6"].write_text(RELEASE_6, encoding="utf-8")
    files["recipe"].write_text(NOT_A_RELEASE, encoding="utf-8")
    files["binary"].write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    order = ["1", "recipe", "2", "3", "binary", "4", "5", "6"]
    result = CliRunner().invoke(main, ["--root", str(root), "import", *[str(files[k]) for k in order]],
                                catch_exceptions=False)
    return root, files, result


def _release(root: Path, slug: str):
    return releases_of(root)[slug]


def _warnings_for(result, path: Path) -> list[str]:
    return [w for w in warnings_of(result) if f"{path.name}:" in w]


def test_a_batch_imports_every_release_and_names_the_files_it_could_not(imported):
    root, files, result = imported
    assert result.exit_code == 1  # two files were not releases
    assert re.search(r"soup\.txt: error: not a press release: found no date", result.stderr), result.stderr
    assert re.search(r"photo\.jpg: error: not a text, HTML or Word \.docx file", result.stderr), result.stderr
    assert "error: 2 of 8 file(s) not imported" in result.stderr
    releases = releases_of(root)  # everything written loads
    for slug in ("2021-11-30-migrant-families-deserve-safe-passage", "2018-06-29-lakeside-tenants-win-repairs",
                 "2021-04-14-families-need-shelter-not-walls", "2021-04-14-teachers-launch-summer-reading-program",
                 "2022-07-08-farmworkers-rally-for-heat-protections", "2023-06-03-library-opens-evening-classes"):
        assert slug in releases, (slug, sorted(releases))
        assert f"releases/{slug}.md" in result.stdout
        text = (root / "releases" / f"{slug}.md").read_text(encoding="utf-8")
        assert max(len(line) for line in text.splitlines()) <= 80, slug


def test_every_imported_release_goes_through_the_pipeline(imported, run_cli):
    root, _, _ = imported
    extracted = run_cli(root, "extract")
    assert extracted.exit_code == 0, extracted.output
    assert "locales/templates/releases/2021-04-14-teachers-launch-summer-reading-program.pot" in extracted.stdout
    assert run_cli(root, "extract", "--check").exit_code == 0


def test_plain_text_with_a_contact_block(imported):
    root, files, result = imported
    release = _release(root, "2021-11-30-migrant-families-deserve-safe-passage")
    assert release.title == "Migrant Families Deserve Safe Passage Through Central America"
    assert release.subtitle == "Regional leaders meet in San Salvador to discuss protection"
    assert str(release.date) == "2021-11-30"
    assert release.dateline == "SAN SALVADOR"
    assert [(c.name, c.role, c.phone, c.email) for c in release.contacts] == [
        ("Ana Morales", "Communications Director", "(312) 555-0142", "ana.morales@example.org"),
        ("Luis Ortega", "Press Officer, Alianza Americas", "+503 2222-3333", "luis@example.org"),
    ]
    assert release.about == ("alianza-americas",)
    assert paragraphs(release.body) == [
        "Leaders of migrant-led organizations from eleven countries met today to call for safe passage for "
        "families crossing Central America, and for shelters along the route to be funded rather than closed.",
        "\"No family should have to choose between danger at home and danger on the road,\" said Ana Morales, "
        "communications director of Alianza Americas.",
        "The meeting closes on Friday with a joint plan for the region.",
    ]
    assert "recognised: FOR IMMEDIATE RELEASE (line 1)" in result.stdout
    assert "recognised: date: 2021-11-30 ('November 30, 2021') (line 1)" in result.stdout
    assert "recognised: end mark '###'" in result.stdout
    assert _warnings_for(result, files["1"]) == []


def test_windows_1252_text_with_the_date_in_the_dateline_and_a_new_about(imported):
    root, files, result = imported
    release = _release(root, "2018-06-29-lakeside-tenants-win-repairs")
    assert "read as plain text, Windows-1252" in result.stdout
    assert str(release.date) == "2018-06-29"
    assert release.dateline == "CHICAGO, IL"
    assert [(c.name, c.phone, c.email) for c in release.contacts] == [
        ("Rosa Lin", "312-351-3890", ""), ("Tomás Reyes", "(915) 525 2434", "treyes@example.org")]
    body = paragraphs(release.body)
    assert body[0].startswith("Tenants of the Lakeside Towers won")
    assert body[1].startswith("“We organized floor by floor")  # curly quotes decoded from cp1252
    assert len(body) == 3
    assert release.about == ("lakeside-tenants-union",)
    about = root / "releases" / "about" / "lakeside-tenants-union.md"
    assert about.read_text(encoding="utf-8") == (
        "---\nname: The Lakeside Tenants Union\n---\n"
        "The Lakeside Tenants Union organizes renters in the Lakeside Towers and\n"
        "neighboring buildings to win safe, affordable homes.\n")
    assert "About The Lakeside Tenants Union: new file releases/about/lakeside-tenants-union.md" in result.stdout
    assert "wrote releases/about/lakeside-tenants-union.md" in result.stdout


def test_a_saved_web_page(imported):
    root, files, result = imported
    release = _release(root, "2021-04-14-families-need-shelter-not-walls")
    assert release.title == "Families Need Shelter, Not Walls"
    assert release.subtitle == "Coalition asks Congress to fund reception centers"
    assert str(release.date) == "2021-04-14"
    assert release.dateline == "WASHINGTON, D.C."
    assert [(c.name, c.phone, c.email) for c in release.contacts] == [
        ("Maria Gómez", "(202) 555-0173", "maria.gomez@example.org"), ("Peter Olsen", "(202) 555-0188", "")]
    body = paragraphs(release.body)
    assert body == [
        "The Example Coalition today asked Congress to fund *reception centers* in border towns, as "
        "[our new report](https://example.org/report) recommends.",
        "“Walls do not feed anyone,” said Maria Gómez, director of policy at the Example Coalition. "
        "“Shelters do.”",
        "The coalition asks for:",
        "forty reception centers;",
        "three hundred **case workers**.",
    ]
    assert "- forty reception centers;\n- three hundred **case workers**." in release.body
    assert release.about == ("example-coalition", "presente-org")
    out = result.stdout
    assert "e-mail maria.gomez@example.org decoded from the page's e-mail protection" in out
    assert "removed: kept only the page's <article>" in out
    assert "removed: web residue <div.sharedaddy.sd-sharing-enabled>: 'Share this: Twitter Facebook'" in out
    assert "removed: web residue <div.newsletter-signup>" in out
    assert "About Presente.org: the text of releases/about/presente-org.md" in out
    warnings = _warnings_for(result, files["3"])
    assert any("e-mail of Peter Olsen hidden by the source page" in w for w in warnings), warnings
    text = (root / "releases" / f"{release.slug}.md").read_text(encoding="utf-8")
    for residue in ("Share this", "Twitter", "newsletter", "All rights reserved", "About us", "window.dataLayer"):
        assert residue not in text


def test_a_word_file_keeps_bold_italics_and_links(imported):
    root, files, result = imported
    release = _release(root, "2021-04-14-teachers-launch-summer-reading-program")
    assert release.title == "Teachers Launch Summer Reading Program for Migrant Children"
    assert release.subtitle == "Volunteers will visit eight shelters every week"
    assert release.dateline == "CHICAGO"
    assert [(c.name, c.phone, c.email) for c in release.contacts] == [
        ("Elena Ruiz", "(915) 525 2434", "elena@example.org"), ("Mark Chen", "(915) 555 0199", "mark@example.org")]
    assert paragraphs(release.body) == [
        "Volunteer teachers will read with children in **eight shelters** this summer, bringing *new books* in "
        "English and Spanish. Details are on [our website](https://readers.example.org/summer).",
        "“Every child deserves a story at bedtime,” said Elena Ruiz, a teacher in Pilsen.",
        "How to volunteer",
        "Sign up online before June 1.",
        "Attend one training session.",
    ]
    assert "\n## How to volunteer\n\n- Sign up online before June 1.\n- Attend one training session.\n" in release.body
    assert release.about == ("readers-united", "alianza-americas")
    assert (root / "releases" / "about" / "readers-united.md").exists()
    assert "read as Word .docx" in result.stdout
    assert _warnings_for(result, files["4"]) == []


def test_a_scraped_page_with_lost_names_hidden_emails_and_residue(imported):
    root, files, result = imported
    release = _release(root, "2022-07-08-farmworkers-rally-for-heat-protections")
    assert release.subtitle == "Workers and advocates demand shade, water and rest breaks"
    assert release.dateline == "FRESNO, Calif."
    assert [(c.name, c.phone, c.email) for c in release.contacts] == [
        ("Carmen Díaz", "(559) 555-0110", "carmen@example.org"), ("José Pérez", "(559) 555-0111", ""),
        ("Sam Lee", "(559) 555-0112", "sam@example.org")]
    assert release.about == ()
    body = paragraphs(release.body)
    assert body[1] == "The following is a statement from and the Valley Farmworker Network:"  # not invented
    assert body[2].endswith("said Carmen Díaz, executive director of")
    assert len(body) == 3
    warnings = _warnings_for(result, files["5"])
    assert any(":7: warning: e-mail of José Pérez hidden by the source page" in w for w in warnings), warnings
    assert any(":12: warning: a name seems lost before “and”" in w for w in warnings), warnings
    assert any(":14: warning: the text ends in “of”" in w for w in warnings), warnings
    assert any("warning: no press contact" in w for w in warnings) is False
    out = result.stdout
    for line, residue in ((16, "Spread the love"), (17, "Share this:"), (18, "Facebook Twitter")):
        assert f"removed: web residue (share widget): {residue!r} (line {line})" in out
    assert "removed: a block repeated by the page template (first on line 5)" in out
    assert "farmworkers.txt" in result.stderr and "needs a human: releases/2022-07-08-farmworkers" in result.stderr


def test_a_bare_page_with_contacts_after_the_end_mark(imported):
    root, files, result = imported
    release = _release(root, "2023-06-03-library-opens-evening-classes")
    assert str(release.date) == "2023-06-03"
    assert release.dateline == "EL PASO"
    assert [(c.name, c.role, c.phone, c.email) for c in release.contacts] == [
        ("Jane Roe", "Outreach Coordinator", "915-555-0100", "jane.roe@example.org")]
    assert paragraphs(release.body) == [
        "The Westside Library will open free evening classes in English and citizenship on Monday, with child "
        "care on site.",
        "Classes meet at:\\\nWestside Library, 100 Main Street\\\nMondays and Wednesdays, 6–8 p.m.",
        "Registration is open at [library.example.org](https://library.example.org/classes).",
    ]
    assert "recognised: end mark '- 30 -'" in result.stdout


# ---------------------------------------------------------------- single files


def test_a_file_that_is_not_a_release_gets_a_clear_error(project, run_cli, tmp_path):
    recipe = tmp_path / "soup.txt"
    recipe.write_text(NOT_A_RELEASE, encoding="utf-8")
    result = run_cli(project, "import", str(recipe))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "soup.txt: error: not a press release: found no date (expected a headline, a date such as " \
           "'April 14, 2021' and the text; or give --date)" in result.stderr
    # What it recognised, and where recognition stopped, as for a success.
    assert "  recognised: headline: \"Grandma's lentil soup\" (line 1)" in result.stderr
    assert "  recognition stopped at line 3: 'Rinse two cups of lentils," in result.stderr
    assert sorted(p.name for p in (project / "releases").glob("*.md")) == [f"{COMMITTED}.md"]


@pytest.mark.parametrize("name, data, message", [
    ("missing.txt", None, "cannot read: No such file or directory"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "a Word 97-2003 .doc file: save it as .docx"),
    ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF file"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "not a readable Word .docx file"),
    ("latin.txt", b"Title\n\x81\x8d\n", "neither UTF-8 nor Windows-1252 text"),
    ("noise.eml", bytes(range(256)) * 4, "not a text, HTML or Word .docx file (binary data)"),
    ("photo.eml", b"MIME-Version: 1.0\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n",
     "an e-mail with no text or HTML part"),
])
def test_unreadable_files_are_named_and_nothing_is_written(project, run_cli, tmp_path, name, data, message):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    result = run_cli(project, "import", str(path))
    assert result.exit_code == 1
    assert f"{name}" in result.stderr and f"error: {message}" in result.stderr, result.stderr
    assert sorted(p.name for p in (project / "releases").rglob("*.md")) == sorted(
        p.name for p in (REPO / "releases").rglob("*.md"))


def test_slug_option_and_invalid_slug(project, run_cli, tmp_path):
    source = tmp_path / "r.txt"
    source.write_text(RELEASE_1, encoding="utf-8")
    bad = run_cli(project, "import", "--slug", "Not A Slug", str(source))
    assert bad.exit_code == 1 and "invalid slug 'Not A Slug'" in bad.stderr
    good = run_cli(project, "import", "--slug", "2021-11-30-safe-passage", str(source))
    assert good.exit_code == 0, good.output
    assert (project / "releases" / "2021-11-30-safe-passage.md").exists()
    again = run_cli(project, "import", "--slug", "2021-11-30-safe-passage", str(source))
    assert again.exit_code == 1 and "already exists" in again.stderr


def test_contacts_laid_out_in_a_table(project, run_cli, tmp_path):
    document = docx.Document()
    document.add_paragraph("Clinic Opens Doors to Uninsured Families", style="Title")
    document.add_paragraph("May 5, 2022")
    table = document.add_table(rows=2, cols=3)
    for row, cells in enumerate([("Kim Park", "(773) 555-0101", "kim@example.org"),
                                 ("Lee Woo", "(773) 555-0102", "lee@example.org")]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_paragraph("CHICAGO – The Northside Clinic opened its doors today to families without insurance.")
    document.save(str(tmp_path / "clinic.docx"))
    (tmp_path / "clinic.html").write_text(
        "<h1>Clinic Opens Doors to Uninsured Families</h1><p>May 5, 2022</p>"
        "<p>CHICAGO – The Northside Clinic opened its doors today to families without insurance.</p>"
        "<table><tr><th>Contact</th><td>Kim Park</td><td>(773) 555-0101</td></tr></table>", encoding="utf-8")
    result = run_cli(project, "import", str(tmp_path / "clinic.docx"))
    assert result.exit_code == 0, result.output
    release = releases_of(project)["2022-05-05-clinic-opens-doors-to-uninsured"]
    assert [(c.name, c.phone, c.email) for c in release.contacts] == [
        ("Kim Park", "(773) 555-0101", "kim@example.org"), ("Lee Woo", "(773) 555-0102", "lee@example.org")]
    assert release.subtitle == "" and paragraphs(release.body) == [
        "The Northside Clinic opened its doors today to families without insurance."]
    result = run_cli(project, "import", "--slug", "2022-05-05-clinic-web", str(tmp_path / "clinic.html"))
    assert result.exit_code == 0, result.output
    release = releases_of(project)["2022-05-05-clinic-web"]
    assert [(c.name, c.phone) for c in release.contacts] == [("Kim Park", "(773) 555-0101")]
    assert len(paragraphs(release.body)) == 1
