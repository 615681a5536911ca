"""Names the release itself shows to be names (i18n.mt.names), through `i18n translate` with
real Apertium and real Hunspell (hunspell-en-us)."""

from __future__ import annotations

import pytest

from conftest import release_drafts, require_drafting_tools

SLUG = "2027-02-09-names"


@pytest.fixture(scope="module", autouse=True)
def _tools():
    require_drafting_tools("en_US")


def draft(project, run_cli, paragraphs: list[str]) -> dict[str, str]:
    return release_drafts(project, run_cli, SLUG, paragraphs)


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


def test_a_name_whose_web_address_is_in_lower_case_is_still_a_name(project, run_cli):
    drafts = draft(project, run_cli, [
        "Schools moved to Gather last year.",
        "Libraries can upgrade to Gather 2 this spring.",
        "Gather 2 adds offline maps.",
        "The manual now lives at gather.example, and the old address forwards there.",
    ])
    # "gather.example" is an address, not the word used in lower case.
    for english in ("Schools moved to Gather last year.", "Libraries can upgrade to Gather 2 this spring.",
                    "Gather 2 adds offline maps."):
        assert "Gather" in drafts[english], drafts[english]
