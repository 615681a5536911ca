"""Names the release itself shows to be names (i18n.mt.names), through `i18n translate` with
real Apertium and real Hunspell (hunspell-en-us)."""

from __future__ import annotations

import os
import shutil

import polib
import pytest

SLUG = "2027-02-09-names"
CATALOG = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"


@pytest.fixture(scope="module", autouse=True)
def _tools():
    missing = [name for name, path in (("apertium eng-spa", "/usr/share/apertium/modes/eng-spa.mode"),
                                       ("hunspell-en-us", "/usr/share/hunspell/en_US.dic"))
               if not os.path.exists(path)] + ([] if shutil.which("hunspell") else ["hunspell"])
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"missing in CI: {', '.join(missing)} (`make test` installs them)")
        pytest.skip(f"not installed: {', '.join(missing)}")


def draft(project, run_cli, paragraphs: list[str]) -> dict[str, str]:
    body = "\n\n".join(paragraphs)
    (project / "releases" / f"{SLUG}.md").write_text(f'---\ntitle: "Notice"\ndate: 2027-02-09\n---\n{body}\n',
                                                     encoding="utf-8")
    for command in (["extract"], ["translate", "--release", SLUG]):
        result = run_cli(project, *command)
        assert result.exit_code == 0, result.output
    return {e.msgid: e.msgstr for e in polib.pofile(str(project / CATALOG)) if e.msgid}


def test_a_product_named_like_a_word_is_kept_and_the_department_is_translated(project, run_cli):
    drafts = draft(project, run_cli, [
        "Volunteers in four counties now use Lantern to share flood maps.",
        "Residents can download Lantern for free, and the Department funds its servers.",
        "Lantern works without a connection.",
        "Questions go to the Lantern community.",
        "The Department thanks every volunteer.",
    ])
    for english in ("Volunteers in four counties now use Lantern to share flood maps.",
                    "Residents can download Lantern for free, and the Department funds its servers.",
                    "Lantern works without a connection."):
        assert "Lantern" in drafts[english], drafts[english]
        assert "Linterna" not in drafts[english] and "linterna" not in drafts[english]
    # Before a noun the name follows it, as Spanish writes it.
    assert "comunidad de Lantern" in drafts["Questions go to the Lantern community."]
    # The institution, always with its article, is the engine's to translate.
    assert drafts["The Department thanks every volunteer."].startswith("El Departamento")
    assert "el Departamento" in drafts[
        "Residents can download Lantern for free, and the Department funds its servers."]


def test_a_capitalized_word_the_release_also_writes_in_lower_case_is_a_word(project, run_cli):
    drafts = draft(project, run_cli, [
        "Families crossed using Bridge, a shuttle service.",
        "Commuters also rely on Bridge.",
        "The old bridge closes in May.",
        "Our thanks go to Harvest.",
    ])
    # "bridge" in lower case: the release uses it as a word, the engine translates it.
    assert "Bridge" not in drafts["Commuters also rely on Bridge."]
    # Once is no evidence: a word capitalized once may be a sentence's start the text hides.
    assert "Harvest" not in drafts["Our thanks go to Harvest."]
