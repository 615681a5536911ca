"""Python format strings in translations: refused as `msgfmt --check` refuses them (i18n/formats.py).

GNU msgfmt is the judge: every row is also run through it, and both must agree."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from i18n.errors import SourceError
from i18n.catalogs.pofile import parse_catalog

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n')

CASES = [  # (entry, the reason we give, or None when the translation is valid)
    ('msgid "About %(name)s"\nmsgstr "Acerca de %(name)s"', None),
    ('msgid "About %(name)s"\nmsgstr "Acerca de %(nombre)s"',
     "a format specification for argument 'name' doesn't exist in 'msgstr'"),
    ('msgid "%(a)s and %(b)s"\nmsgstr "%(b)s y %(a)s"', None),
    ('msgid "%(a)s w"\nmsgstr "%(a)s %(b)s"',
     "a format specification for argument 'b', as in 'msgstr', doesn't exist in 'msgid'"),
    ('msgid "%(a)s"\nmsgstr "%(a)r"', None),
    ('msgid "%(a)d"\nmsgstr "%(a)i"', None),
    ('msgid "x %(a)s"\nmsgstr "y %(a)d"',
     "format specifications in 'msgid' and 'msgstr' for argument 'a' are not the same"),
    ('msgid "%(a)s x"\nmsgstr "%(a)s %(a)s"', None),
    ('msgid "%s and %d"\nmsgstr "%d y %s"',
     "format specifications in 'msgid' and 'msgstr' for argument 1 are not the same"),
    ('msgid "%s z"\nmsgstr "sin"', "number of format specifications in 'msgid' and 'msgstr' does not match"),
    ('msgid "%5.2f u"\nmsgstr "%.1f u"', None),
    ('msgid "100%% sure %(a)s"\nmsgstr "100%% seguro %(a)s"', None),
    ('msgid "100%% sure %(a)s"\nmsgstr "100% seguro %(a)s"',
     "'msgstr' is not a valid Python format string, unlike 'msgid'. Reason: The string refers to arguments "
     "both through argument names and through unnamed argument specifications."),
    ('msgid "q %(a)s"\nmsgstr "q %(a)"',
     "'msgstr' is not a valid Python format string, unlike 'msgid'. Reason: The string ends in the middle "
     "of a directive."),
    ('msgid "bad %(a)"\nmsgstr "malo"', None),  # msgfmt judges a translation only against a valid msgid
    ('msgid "one %(n)d file"\nmsgid_plural "%(n)d files"\nmsgstr[0] "un archivo"\nmsgstr[1] "%(n)d archivos"',
     None),
    ('msgid "one %(n)d file"\nmsgid_plural "%(n)d files"\nmsgstr[0] "%(n)d archivo"\nmsgstr[1] "%(m)d archivos"',
     "a format specification for argument 'm', as in 'msgstr', doesn't exist in 'msgid'"),
]


def catalog_text(entry: str, flags: str = "python-format") -> str:
    return f"{HEADER}#, {flags}\n{entry}\n"


def msgfmt_accepts(text: str, tmp_path) -> bool:
    path = tmp_path / "case.po"
    path.write_text(text, encoding="utf-8")
    return subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True).returncode == 0


@pytest.mark.parametrize("entry, reason", CASES)
def test_a_python_format_translation_is_judged_as_msgfmt_judges_it(entry, reason, tmp_path):
    text = catalog_text(entry)
    if reason is None:
        parse_catalog(text.encode(), "site.po")
    else:
        with pytest.raises(SourceError) as refused:
            parse_catalog(text.encode(), "site.po")
        assert str(refused.value) == f"site.po:6: {reason}"
    if shutil.which("msgfmt"):
        assert msgfmt_accepts(text, tmp_path) == (reason is None)


@pytest.mark.parametrize("flags", ["fuzzy, python-format", "no-python-format"])
def test_drafts_and_strings_not_marked_as_format_strings_are_not_judged(flags, tmp_path):
    text = catalog_text('msgid "About %(name)s"\nmsgstr "Acerca de %(nombre)s"', flags)
    assert parse_catalog(text.encode(), "site.po").find("About %(name)s").msgstr == "Acerca de %(nombre)s"
    if shutil.which("msgfmt"):
        assert msgfmt_accepts(text, tmp_path)


def test_a_renamed_argument_in_site_po_stops_the_build_with_its_line(project, run_cli):
    site = project / "locales" / "es" / "LC_MESSAGES" / "site.po"
    text = site.read_text(encoding="utf-8")
    assert 'msgstr "Acerca de %(name)s"' in text
    site.write_text(text.replace('msgstr "Acerca de %(name)s"', 'msgstr "Acerca de %(nombre)s"'), encoding="utf-8")
    result = run_cli(project, "build")
    assert result.exit_code == 2
    assert "site.po:" in result.stderr and "argument 'name' doesn't exist in 'msgstr'" in result.stderr
    assert "Traceback" not in result.output


def test_a_draft_with_a_renamed_argument_is_reported_and_built_in_english(project, run_cli):
    site = project / "locales" / "es" / "LC_MESSAGES" / "site.po"
    text = site.read_text(encoding="utf-8")
    site.write_text(text.replace('#, python-format\nmsgid "About %(name)s"\nmsgstr "Acerca de %(name)s"',
                                 '#, fuzzy, python-format\nmsgid "About %(name)s"\nmsgstr "Acerca de %(nombre)s"'),
                    encoding="utf-8")
    checked = run_cli(project, "check", "--drafts")
    assert checked.exit_code == 1
    assert "error: python-format: a format specification for argument 'name' doesn't exist in 'msgstr'" \
        in checked.stdout
    built = run_cli(project, "build", "--drafts")
    assert built.exit_code == 0, built.output
    pages = "".join(path.read_text(encoding="utf-8") for path in (project / "dist" / "es").rglob("*.html"))
    assert "About " in pages and "%(nombre)s" not in pages and "Acerca de" not in pages
