"""A project's own templates (`templates_dir`) override the package's one by one."""

from __future__ import annotations

import re

import polib

from conftest import REPO
from i18n.layout import TEMPLATES_DIR

SLUG = "2021-04-14-people-seeking-safe-haven"
SITE_PO = "locales/es/LC_MESSAGES/site.po"
# The README's example: a logo in the header and the organisation's colour for links.
README_HTML = re.search(r"### Your own look: templates\n.*?```html\n(.*?)```",
                        (REPO / "README.md").read_text(encoding="utf-8"), re.DOTALL).group(1).splitlines()
HEADER, LOGO, _ELLIPSIS, COLOUR = README_HTML


def override_base(project, text: str | None = None, directory: str = "templates"):
    """The package's base.html with a logo and the organisation's colours, as the README shows."""
    if text is None:
        text = (TEMPLATES_DIR / "base.html").read_text(encoding="utf-8")
        text = text.replace(HEADER + "\n", HEADER + "\n" + LOGO + "\n")
        text = re.sub(r"^a \{ color: #\w+; \}$", COLOUR, text, count=1, flags=re.MULTILINE)
        assert LOGO in text and COLOUR in text
    (project / directory).mkdir(exist_ok=True)
    (project / directory / "base.html").write_text(text, encoding="utf-8")


def review(project, msgid: str, msgstr: str):
    """What a translator does in a PO editor: write the translation, no fuzzy flag."""
    catalog = polib.pofile(str(project / SITE_PO))
    entry = catalog.find(msgid)
    entry.msgstr = msgstr
    entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    catalog.save()


def test_an_override_is_used_and_its_strings_are_translated(project, run_cli):
    override_base(project)
    result = run_cli(project, "extract")
    assert result.exit_code == 0, result.output
    pot = polib.pofile(str(project / "locales/templates/site.pot"))
    logo = pot.find("Home of the Riverside newsroom")
    assert logo.occurrences == [("templates/base.html", "")]
    # The package's base.html is replaced, not added to: its strings now come from the override.
    assert pot.find("Skip to content").occurrences == [("templates/base.html", "")]
    assert ("i18n/templates/release.html", "") in pot.find("FOR IMMEDIATE RELEASE").occurrences
    assert not any("i18n/templates/base.html" in path for entry in pot for path, _line in entry.occurrences)
    assert polib.pofile(str(project / SITE_PO)).find("Home of the Riverside newsroom").msgstr == ""

    # An untranslated site string withholds the Spanish pages, as any other entry does.
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 1
    assert not (project / f"dist/es/{SLUG}/index.html").exists()

    review(project, "Home of the Riverside newsroom", "Portada de la sala de prensa de Riverside")
    assert run_cli(project, "extract", "--check").exit_code == 0
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    english = (project / f"dist/en/{SLUG}/index.html").read_text(encoding="utf-8")
    spanish = (project / f"dist/es/{SLUG}/index.html").read_text(encoding="utf-8")
    assert 'alt="Home of the Riverside newsroom"' in english
    assert 'alt="Portada de la sala de prensa de Riverside"' in spanish
    assert COLOUR == "a { color: #7a1f5c; }" and COLOUR in english and COLOUR in spanish
    # The other templates are still the package's: the release body and the index are there.
    assert "<article>" in spanish and (project / "dist/es/index.html").exists()

    # An edit of the override alone rebuilds the pages.
    base = project / "templates/base.html"
    base.write_text(base.read_text(encoding="utf-8").replace("#7a1f5c", "#125c3a"), encoding="utf-8")
    assert run_cli(project, "build").exit_code == 0
    assert "a { color: #125c3a; }" in (project / f"dist/es/{SLUG}/index.html").read_text(encoding="utf-8")


def test_templates_dir_setting_names_the_folder(project, run_cli):
    override_base(project, directory="branding")
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + 'templates_dir = "branding"\n', encoding="utf-8")
    assert run_cli(project, "extract").exit_code == 0
    pot = polib.pofile(str(project / "locales/templates/site.pot"))
    assert pot.find("Home of the Riverside newsroom").occurrences == [("branding/base.html", "")]


def test_a_template_that_does_not_compile_is_named_with_its_line(project, run_cli):
    before = (project / SITE_PO).read_bytes()
    override_base(project, "<!DOCTYPE html>\n<html>\n{% if draft %}\n<p>{{ _('Draft') }}</p>\n</html>\n")
    result = run_cli(project, "extract")
    assert result.exit_code == 2
    assert re.fullmatch(r".*templates/base\.html:\d+: template error: .+\n", result.stderr)
    assert "Traceback" not in result.output
    assert (project / SITE_PO).read_bytes() == before

    # A filter that does not exist only fails when jinja2 compiles the template: the build.
    override_base(project, "<!DOCTYPE html>\n<html>\n<body>\n{{ home_url | shout }}\n</body>\n</html>\n")
    result = run_cli(project, "build")
    assert result.exit_code == 2
    assert re.fullmatch(r".*templates/base\.html:4: template error: .*shout.*\n", result.stderr)
    assert "Traceback" not in result.output
