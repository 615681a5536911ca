"""`i18n import` on releases as organisations' web pages give them when copied (issue 12).

Each fixture in tests/data/import/ is our own writing in one real-world shape; each test runs
the real CLI on it and checks the release written: title, subtitle, date, dateline, contacts,
body, and the warnings named."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from i18n.sources.releases import load_all
from i18n.sources.segments import parse_markdown

DATA = Path(__file__).parent / "data" / "import"


def imported(project: Path, result, slug: str):
    assert result.exit_code == 0, result.output
    assert f"-> releases/{slug}.md" in result.stdout, result.stdout
    releases, _ = load_all(project / "releases")
    return next(release for release in releases if release.slug == slug)


def body(release) -> list[str]:
    return [unit.text for unit in parse_markdown(release.body).units]


def contacts(release) -> list[tuple[str, str, str, str]]:
    return [(c.name, c.role, c.phone, c.email) for c in release.contacts]


def warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if ": warning: " in line]


def test_navigation_banner_and_credit_above_the_headline_single_newlines(project, run_cli):
    source = DATA / "navigation-single-newlines.txt"
    result = run_cli(project, "import", str(source))
    release = imported(project, result, "2025-03-04-valley-families-win-longer-clinic")
    assert release.title == "Valley Families Win Longer Clinic Hours"
    assert release.subtitle == ""
    assert str(release.date) == "2025-03-04"  # "Tuesday, March 4, 2025" standing alone
    assert release.dateline == "PHOENIX, AZ"
    assert contacts(release) == [("Marta Solís", "Communications Director", "(602) 555-0147",
                                  "marta@valleyfamilies.example.org")]
    assert body(release) == [
        "The Valley Families Network today welcomed the county’s decision to keep its three community clinics "
        "open until 9 p.m. on weekdays, after a year of meetings with parents and nurses.",
        "“Parents who work two jobs could never reach us before five,” said Teodoro Vance, a nurse at the "
        "Eastside clinic. “Now they can.”",
        "The new hours begin on April 1 and will be reviewed after twelve months.",
    ]
    for removed in ("removed: web residue (navigation): '1. Skip to navigation' (line 1)",
                    "removed: web residue (navigation): '3. Skip to sidebar' (line 3)",
                    "removed: above the body, not the headline (a quotation, a banner's epigraph): "
                    "'“Home is where the whole family can stay.”' (line 4)",
                    "removed: web residue (credit): 'Art by Rosa Quintero' (line 5)"):
        assert removed in result.stdout, result.stdout
    assert "recognised: end mark '# # # # #' (line 16)" in result.stdout
    assert warnings(result) == []
    text = (project / "releases" / "2025-03-04-valley-families-win-longer-clinic.md").read_text(encoding="utf-8")
    assert "#" not in text and "Skip" not in text and "Rosa" not in text


def test_contacts_abroad_repeated_block_and_cut_off_text(project, run_cli):
    source = DATA / "contacts-abroad-cut-off.txt"
    result = run_cli(project, "import", str(source))
    release = imported(project, result, "2022-10-12-workers-center-opens-legal-clinic")
    assert release.title == "Workers’ Center Opens Legal Clinic in Second Ward"
    assert release.subtitle == "Free consultations every Saturday for families facing wage theft"
    assert str(release.date) == "2022-10-12"  # FOR IMMEDIATE RELEASE: October 12, 2022
    assert release.dateline == "Houston, Texas"
    # International numbers are phones; "Guatemala" is a place, not a role; the block the page
    # repeats gives each contact once.
    assert contacts(release) == [("Ana Pérez", "", "+502 5555 0101", ""), ("Luis Bravo", "", "+1 415 555 01 23", "")]
    assert "removed: place of contact Ana Pérez, 'Guatemala': not a role" in result.stdout
    assert body(release) == [
        "The Second Ward Workers’ Center opened a legal clinic on Saturday where volunteer lawyers will meet "
        "workers who were not paid for their work.",
        "The clinic has already heard from forty workers, most of them in construction and cleaning.",
        "“We kept hearing the same story,” said Ana Pérez, who coordinates the center’s work with families in "
        "Guatemala. “Now there is a place to bring it.”",
        "The center plans to open a second clinic next year and is asking local firms to help it to build a new",
    ]
    assert [w.split(source.name, 1)[1] for w in warnings(result)] == [
        ":13: warning: the text seems cut off: ends '…to build a new'"]


def test_a_lead_led_by_its_date_and_a_labelled_contact_e_mail(project, run_cli):
    result = run_cli(project, "import", str(DATA / "date-led-lead.txt"))
    release = imported(project, result, "2022-03-03-tenant-union-wins-repairs")
    assert (release.title, release.subtitle, str(release.date), release.dateline) == (
        "Tenant Union Wins Repairs at Bayview Towers", "", "2022-03-03", "")
    assert contacts(release) == [("Media inquiries", "", "", "press@bayviewtenants.example.org")]
    assert body(release) == [
        "Today, the Bayview Tenant Union announced that the owners of Bayview Towers agreed to fix the heating "
        "and the elevators in all four buildings by the end of the month.",
        "The agreement follows a rent strike of six weeks by more than two hundred households.",
    ]
    assert "recognised: end mark '- 30 -' (line 9)" in result.stdout
    assert not any("cut off" in w for w in warnings(result))


def test_a_dateline_with_its_date_and_no_dash(project, run_cli):
    result = run_cli(project, "import", str(DATA / "dateline-without-dash.txt"))
    release = imported(project, result, "2019-05-09-coalition-asks-city-to-fund")
    assert (str(release.date), release.dateline) == ("2019-05-09", "DENVER")
    assert body(release) == [
        "The Front Range Language Coalition asked the city council on Thursday to fund interpreters at every "
        "public hearing.",
        "“No one should need a cousin to translate a zoning notice,” said coalition chair Irene Kowalski.",
    ]
    assert "recognised: end mark '###' (line 7)" in result.stdout  # " ###  " with spaces


def test_an_old_about_text_is_kept_as_a_dated_variant(project, run_cli):
    about = project / "releases" / "about" / "harbor-workers-alliance.md"
    shutil.copy(DATA / "harbor-workers-alliance.md", about)
    today = about.read_bytes()
    source = DATA / "about-of-its-time.txt"
    result = run_cli(project, "import", str(source))
    release = imported(project, result, "2016-06-02-dock-workers-celebrate-first-contract")
    assert (release.dateline, str(release.date)) == ("Miami, FL", "2016-06-02")
    assert release.about == ("harbor-workers-alliance-2016",)
    variant = (project / "releases" / "about" / "harbor-workers-alliance-2016.md").read_text(encoding="utf-8")
    assert variant == ("---\nname: Harbor Workers Alliance\n---\n"
                       "Harbor Workers Alliance is a union of port and warehouse workers in South\n"
                       "Florida, founded in 2005 by twelve crane operators.\n")
    assert about.read_bytes() == today  # never substituted, never overwritten
    assert any(f"{source.name}:11: warning: About Harbor Workers Alliance: the release's text differs from today's "
               "releases/about/harbor-workers-alliance.md: kept as the release gives it, in "
               "releases/about/harbor-workers-alliance-2016.md" in w for w in warnings(result)), warnings(result)
    assert "wrote releases/about/harbor-workers-alliance-2016.md" in result.stdout
    assert run_cli(project, "extract").exit_code == 0


def test_a_refused_import_says_what_it_recognised_and_the_editor_supplies_the_rest(project, run_cli):
    source = DATA / "no-headline.txt"
    refused = run_cli(project, "import", str(source))
    assert refused.exit_code == 1
    assert refused.stdout == ""
    assert (f"{source.name}: error: not a press release: found no headline (expected a headline, a date such as "
            "'April 14, 2021' and the text; or give --title)") in refused.stderr
    assert "  recognised: date: 2021-05-20 ('May 20, 2021') (line 1)" in refused.stderr
    assert "  recognised: dateline: SAN ANTONIO" in refused.stderr
    assert "  recognition stopped at line 3: 'SAN ANTONIO – Volunteers" in refused.stderr
    assert not list((project / "releases").glob("2021-05-20-*.md"))

    result = run_cli(project, "import", "--title", "Pantry Delivers Groceries to Families in Quarantine",
                     "--subtitle", "Two thousand boxes in one day", "--dateline", "San Antonio, Texas",
                     "--date", "2021-05-20", str(source))
    release = imported(project, result, "2021-05-20-pantry-delivers-groceries-to-families")
    assert (release.title, release.subtitle, str(release.date), release.dateline) == (
        "Pantry Delivers Groceries to Families in Quarantine", "Two thousand boxes in one day", "2021-05-20",
        "San Antonio, Texas")
    assert "(given with --title)" in result.stdout
    assert body(release)[0].startswith("Volunteers from the Westside Food Pantry")


def test_options_of_one_release_need_one_file(project, run_cli):
    result = run_cli(project, "import", "--title", "A Title", str(DATA / "no-headline.txt"),
                     str(DATA / "date-led-lead.txt"))
    assert result.exit_code == 2
    assert "--title" in result.output and "names one release: give one FILE with it" in result.output


def test_page_chrome_repeated_in_every_file_of_a_batch_is_removed_and_listed(project, run_cli):
    files = [str(DATA / f"site-river-{n}.txt") for n in (1, 2, 3)]
    result = run_cli(project, "import", *files)
    assert result.exit_code == 0, result.output
    releases, _ = load_all(project / "releases")
    mine = sorted((r for r in releases if r.slug.startswith("2023-")), key=lambda r: r.slug)
    assert [r.title for r in mine] == ["Alliance Opens Citizenship Classes", "Alliance Welcomes New Bus Route",
                                       "Alliance Thanks Volunteers at Tax Clinic"]
    for release in mine:
        assert release.dateline == "RIVERSIDE"
        assert release.about == ("riverside-immigrant-alliance",)  # the organisation's About is not chrome
        assert len(body(release)) == 1
        assert "Donate" not in release.body and "rights reserved" not in release.body
    assert result.stdout.count("removed: page chrome (in every file of this import): '© Riverside Immigrant "
                               "Alliance. All rights reserved.'") == 3
    assert result.stdout.count("removed: page chrome (in every file of this import): 'Riverside Immigrant "
                               "Alliance | Home | News | Donate") == 3
    # One of them alone: the same blocks are no chrome (nothing to compare with), the release is the same.
    alone = run_cli(project, "import", "--slug", "2023-04-05-alone", files[0])
    assert "page chrome" not in alone.stdout


def test_a_contact_block_in_one_run_of_short_lines_ends_where_the_headline_starts(project, run_cli):
    result = run_cli(project, "import", str(DATA / "contacts-one-block.txt"))
    release = imported(project, result, "2023-08-09-cleaners-win-back-pay")
    assert (release.title, release.subtitle, str(release.date), release.dateline) == (
        "Cleaners Win Back Pay After Two-Year Fight", "Forty workers will be paid for every hour of overtime",
        "2023-08-09", "WASHINGTON, D.C.")
    assert contacts(release) == [
        ("Rosa Vidal", "Press Secretary", "202-555-0131", "rosa@cleanersunited.example.org"),
        ("Eva Díaz", "", "+52 55 5555 0199", "eva@cleanersunited.example.org")]
    assert "removed: a label in the contact block, 'In Spanish:'" in result.stdout
    assert body(release) == [
        "Forty office cleaners will receive their unpaid overtime after a two-year campaign, Cleaners United "
        "announced on Wednesday.",
        "“We cleaned those floors at midnight and nobody counted the hours,” said Marisol Ortega, who has worked "
        "in the building since 2009.",
    ]
    assert warnings(result) == []


def test_the_page_title_above_for_immediate_release_is_not_the_headline(project, run_cli):
    result = run_cli(project, "import", str(DATA / "page-title-above-release.txt"))
    release = imported(project, result, "2019-05-14-appeals-court-blocks-evictions")
    assert (release.title, release.subtitle, str(release.date), release.dateline) == (
        "Appeals Court Blocks Evictions at Parkview Homes", "", "2019-05-14", "LOS ANGELES")
    assert contacts(release) == [("Irma Solano", "", "213-555-0182", ""), ("Dale Ruiz", "", "703-555-0105", "")]
    assert ("removed: above the body, not the headline (a label and its value): 'Author Archives: editor' (line 1)"
            in result.stdout)
    assert "removed: text above the headline: 'Court Ruling: Families Keep Their Homes' (line 2)" in result.stdout
    assert len(body(release)) == 2
    assert sum("hidden by the source page" in w for w in warnings(result)) == 2


def test_a_contact_heading_after_the_date_and_labelled_contacts(project, run_cli):
    result = run_cli(project, "import", str(DATA / "contact-after-the-date.txt"))
    release = imported(project, result, "2019-03-21-farmworkers-deliver-heat-petition")
    assert (release.title, release.subtitle, str(release.date), release.dateline) == (
        "Farmworkers Deliver Heat Petition to Capitol", "Ten thousand signatures ask for shade and water breaks",
        "2019-03-21", "SACRAMENTO")
    assert contacts(release) == [("Dana Cole", "", "202-555-0131", "dcole@example.org"),
                                 ("Dana Cole", "", "202-555-0198", ""),  # the cell number: an entry of its own
                                 ("Ramón Ibarra", "", "202-555-0171", "ribarra@example.org"),
                                 ("Ramón Ibarra", "", "(202) 555-0138", "")]
    assert body(release)[0].startswith("Farmworkers from twelve counties delivered")
    assert any("second phone number of Dana Cole, '202-555-0198': a second entry for Dana Cole" in w
               for w in warnings(result))


def test_a_web_page_separating_paragraphs_by_one_line_break(project, run_cli):
    result = run_cli(project, "import", str(DATA / "line-breaks.html"))
    release = imported(project, result, "2023-09-18-library-adds-weekend-hours")
    assert (release.title, str(release.date), release.dateline) == (
        "Library Adds Weekend Hours for Working Families", "2023-09-18", "TUCSON, AZ")
    assert body(release) == [
        "The Eastside Library will open on Saturdays and Sundays from October, the city announced on Monday, "
        "after parents asked for hours outside the working week.",
        "“Our children can finally come with us,” said parent volunteer Rocío Alanís, who gathered signatures at "
        "three schools.",
        "Weekend hours start on October 7.",
    ]


def test_a_refused_import_lists_what_it_removed_too(project, run_cli, tmp_path):
    source = tmp_path / "menu.txt"
    source.write_text("1. Skip to content\nCity Council Agenda\n\nItems for the next meeting of the council.\n",
                      encoding="utf-8")
    result = run_cli(project, "import", str(source))
    assert result.exit_code == 1
    assert "  removed: web residue (navigation): 'Skip to content' (line 1)" in result.stderr
    assert "  recognised: headline: 'City Council Agenda' (line 2)" in result.stderr
    assert "  recognition stopped at line 4: 'Items for the next meeting of the council.'" in result.stderr


def test_skip_links_in_a_run_of_short_lines_end_their_list(project, run_cli, tmp_path):
    source = tmp_path / "short.txt"
    source.write_text("1. Skip to navigation\n2. Skip to content\n3. Skip to sidebar\n"
                      "“Home is where the whole family can stay.”\nValley Families Win Longer Clinic Hours\n"
                      "March 4, 2025\n\nPHOENIX – The network welcomed the decision of the county.\n", encoding="utf-8")
    result = run_cli(project, "import", str(source))
    release = imported(project, result, "2025-03-04-valley-families-win-longer-clinic")
    assert (release.title, release.subtitle, release.dateline) == ("Valley Families Win Longer Clinic Hours", "",
                                                                   "PHOENIX")
    assert body(release) == ["The network welcomed the decision of the county."]
    assert ("removed: above the body, not the headline (a quotation, a banner's epigraph): "
            "'“Home is where the whole family can stay.”' (line 4)") in result.stdout


def test_a_blog_page_with_its_menu_byline_and_share_buttons(project, run_cli):
    result = run_cli(project, "import", str(DATA / "blog-menu-byline.txt"))
    release = imported(project, result, "2020-06-02-clinic-hours-extended-after-parents")
    assert (release.title, release.subtitle, str(release.date), release.dateline) == (
        "Clinic Hours Extended After Parents Speak Up", "", "2020-06-02", "PHOENIX, AZ")
    assert contacts(release) == []  # "Contact" in the menu is no contact heading
    for removed in ("removed: text above the headline: 'Valley Families Network' (line 1)",
                    "removed: web residue (menu): 'Contact' (line 5)",
                    "removed: web residue (share widget): 'Like Loading...' (line 14)"):
        assert removed in result.stdout
    assert len(body(release)) == 2



def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", text.casefold()))


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir() if p.suffix in (".txt", ".html")
                                        and p.name != "no-headline.txt"))
def test_never_an_invented_word(project, run_cli, name):
    """Every word of what an import writes (front matter values, body, About files) is in its source."""
    source = DATA / name
    before = {p.name for p in (project / "releases").rglob("*.md")}
    result = run_cli(project, "import", str(source))
    assert result.exit_code == 0, result.output
    releases, abouts = load_all(project / "releases")
    written = [r for r in releases if r.path.name not in before]
    assert len(written) == 1
    release = written[0]
    texts = [release.title, release.subtitle, release.dateline, release.body]
    texts += [" ".join((c.name, c.role, c.phone, c.email)) for c in release.contacts]
    texts += [abouts[a].body + " " + abouts[a].name for a in release.about if f"{a}.md" not in before]
    invented = set().union(*(_words(text) for text in texts)) - _words(source.read_text(encoding="utf-8"))
    assert not invented


def test_a_newsroom_page_with_two_contacts_on_one_line_and_a_posted_date_under_the_text(project, run_cli):
    result = run_cli(project, "import", str(DATA / "back-to-newsroom-posted.txt"))
    release = imported(project, result, "2017-08-30-neighbors-rally-to-keep-storm")
    assert (release.title, release.subtitle, str(release.date), release.dateline) == (
        "Neighbors Rally to Keep Storm Shelters Open to Everyone",
        "Shelter volunteers promise no one will be asked for papers", "2017-08-30", "Austin, T.X.")
    assert contacts(release) == [("Ruth Ames", "", "832.555.1480", ""), ("Leo Saenz", "", "202.555.1276", "")]
    assert len(body(release)) == 2
    assert "removed: web residue (navigation): '« Back to Newsroom' (line 1)" in result.stdout
    assert "removed: the page's date line: 'Posted: Aug 30 2017 05:46PM CDT' (line 9)" in result.stdout
    assert warnings(result) == []


def test_an_organisation_tagline_above_the_contact_block_is_not_the_headline(project, run_cli):
    result = run_cli(project, "import", str(DATA / "tagline-above-contacts.txt"))
    release = imported(project, result, "2024-04-09-residents-win-air-monitors-near")
    assert (release.title, release.subtitle, str(release.date), release.dateline) == (
        "Residents Win Air Monitors Near Rail Yard", "", "2024-04-09", "CHICAGO")
    assert contacts(release) == [("Paula Reyes", "", "312-555-0162", "preyes@example.org")]
    assert "removed: text above the headline: 'Neighbors United for Clean Air' (line 1)" in result.stdout
    assert body(release)[0].startswith("Residents of the Southwest Side won")
