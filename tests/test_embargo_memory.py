"""The memory never answers a public release from a release still under embargo (issue 24,
finding 2): not the paragraph memory of `extract`, not the fuzzy or sentence memory of
`translate`, not `tm export`."""

from __future__ import annotations

import polib
import pytest

from conftest import require_apertium, write_markdown

ES = "locales/es/LC_MESSAGES/releases"
EMBARGOED = "2024-03-01-new-clinic"
PUBLIC = "2024-03-02-clinic-hours"
FRONT = "---\ntitle: {title}\ndate: 2024-03-0{day}\ndateline: DENVER\n{extra}---\n"
SECRET = ("The county will open a second mobile clinic on Harbor Road next month, "
          "staffed by twelve nurses and open six days a week.")
SECRET_ES = ("El condado abrirá una segunda clínica móvil en Harbor Road el mes que viene, "
             "con doce enfermeras y abierta seis días a la semana.")
SECRET_SENTENCE = "Residents of the valley asked for it for years."
SECRET_SENTENCE_ES = "Los vecinos del valle la pidieron durante años."
SIMILAR = SECRET.replace("twelve nurses", "ten nurses")


def embargoed_seed(project, run_cli, embargo: str = "2099-01-01T09:00:00-05:00") -> None:
    """A release under embargo whose Spanish a translator has reviewed."""
    write_markdown(project, EMBARGOED, FRONT.format(title="New clinic", day=1, extra=f"embargo: {embargo!r}\n"),
                   f"{SECRET}\n\nThe clinic is free. {SECRET_SENTENCE}")
    assert run_cli(project, "extract").exit_code == 0
    catalog = polib.pofile(str(project / ES / f"{EMBARGOED}.po"))
    for entry in catalog:
        entry.msgstr = {SECRET: SECRET_ES, "New clinic": "Nueva clínica",
                        f"The clinic is free. {SECRET_SENTENCE}": f"La clínica es gratuita. {SECRET_SENTENCE_ES}",
                        }.get(entry.msgid, entry.msgstr)
    catalog.save()


def public_release(project, body: str) -> None:
    write_markdown(project, PUBLIC, FRONT.format(title="Clinic hours", day=2, extra=""), body)


def assert_nothing_embargoed(path) -> None:
    text = "\n".join(f"{e.msgid}|{e.msgstr}|{e.previous_msgid}|{e.tcomment}|{e.comment}"
                     for e in polib.pofile(str(path)) if not e.msgid.startswith(SECRET))
    for secret in (SECRET_ES, SECRET_SENTENCE_ES, SECRET, EMBARGOED):
        assert secret not in text, (secret, text)


def test_translate_drafts_no_public_entry_from_an_embargoed_release(project, run_cli):
    require_apertium()
    embargoed_seed(project, run_cli)
    public_release(project, f"{SIMILAR}\n\nThe clinic opens at nine. {SECRET_SENTENCE}")
    assert run_cli(project, "extract").exit_code == 0
    result = run_cli(project, "translate", "--release", PUBLIC)
    assert result.exit_code == 0, result.output
    path = project / ES / f"{PUBLIC}.po"
    assert "memory draft" not in result.stdout
    assert_nothing_embargoed(path)


def test_extract_copies_no_embargoed_translation_into_a_public_catalog(project, run_cli):
    embargoed_seed(project, run_cli)
    public_release(project, SECRET)  # the same English: its Spanish is still the embargoed one's
    assert run_cli(project, "extract").exit_code == 0
    assert polib.pofile(str(project / ES / f"{PUBLIC}.po")).find(SECRET).msgstr == ""
    assert_nothing_embargoed(project / ES / f"{PUBLIC}.po")


def test_tm_export_leaves_out_releases_under_embargo(project, run_cli):
    embargoed_seed(project, run_cli)
    result = run_cli(project, "tm", "export", "--lang", "es")
    assert result.exit_code == 0, result.output
    assert SECRET_ES not in result.stdout and SECRET not in result.stdout
    assert "Nueva clínica" not in result.stdout


def test_once_the_embargo_lifted_the_memory_answers_from_it(project, run_cli):
    embargoed_seed(project, run_cli, embargo="2001-01-01T09:00:00-05:00")
    public_release(project, SECRET)
    assert run_cli(project, "extract").exit_code == 0
    catalog = polib.pofile(str(project / ES / f"{PUBLIC}.po"))
    assert catalog.find(SECRET).msgstr == SECRET_ES
    assert SECRET_ES in run_cli(project, "tm", "export", "--lang", "es").stdout
