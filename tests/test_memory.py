"""`i18n translate` consults the memory of reviewed translations before the engine."""

from __future__ import annotations

import json

import polib
import pytest

from conftest import gnu, require_apertium, write_markdown

ES = "locales/es/LC_MESSAGES/releases"
FRONT = "---\ntitle: {title}\ndate: 2024-03-0{day}\ndateline: DENVER\n---\n"
REVIEWED = ("The food bank on Elm Street will stay open every Saturday through the winter, "
            "serving about 400 families each week with fresh produce and bread.")
REVIEWED_ES = ("El banco de alimentos de Elm Street abrirá todos los sábados durante el invierno "
               "y atenderá a unas 400 familias cada semana con productos frescos y pan.")
EDITED = REVIEWED.replace("every Saturday", "every Sunday")
NEW = "Volunteers can sign up at the front desk."


@pytest.fixture(autouse=True)
def _apertium():
    require_apertium()


def write_release(project, slug: str, day: int, title: str, body: str) -> None:
    write_markdown(project, slug, FRONT.format(title=title, day=day), body)


def reviewed_seed(project, run_cli):
    """A release whose Spanish catalog a translator has fully reviewed; its path."""
    write_release(project, "2024-03-01-food-bank", 1, "Food bank hours", REVIEWED)
    assert run_cli(project, "extract").exit_code == 0
    seed = project / ES / "2024-03-01-food-bank.po"
    catalog = polib.pofile(str(seed))
    for entry in catalog:
        entry.msgstr = REVIEWED_ES if entry.msgid == REVIEWED else "Horario del banco de alimentos"
    catalog.save()
    return seed


def test_a_similar_reviewed_paragraph_is_a_memory_draft_with_its_percentage(project, run_cli):
    seed = reviewed_seed(project, run_cli)
    seed.write_bytes(gnu("msgcat", str(seed)).stdout)  # as a PO editor saves it: reviewed
    seed_bytes = seed.read_bytes()

    write_release(project, "2024-03-02-food-bank-sunday", 2, "Food bank changes its day",
                  f"{EDITED}\n\n{NEW}")
    assert run_cli(project, "extract").exit_code == 0
    result = run_cli(project, "translate", "--release", "2024-03-02-food-bank-sunday")
    assert result.exit_code == 0, result.output
    path = project / ES / "2024-03-02-food-bank-sunday.po"
    assert f"wrote {path}: 2 machine drafts, 1 memory draft" in result.stdout

    text = path.read_text(encoding="utf-8")
    assert gnu("msgcat", str(path)).stdout == path.read_bytes()
    assert gnu("msgfmt", "--check", "-o", "/dev/null", str(path)).returncode == 0
    entries = {e.msgid: e for e in polib.pofile(text)}
    remembered = entries[EDITED]
    assert remembered.msgstr == REVIEWED_ES  # the human translation, not invented text
    assert remembered.flags == ["fuzzy"]
    assert remembered.previous_msgid == REVIEWED
    assert remembered.tcomment == "translation memory: 98% releases/2024-03-01-food-bank.po"
    assert entries[NEW].tcomment == "machine translation: apertium eng-spa"
    assert seed.read_bytes() == seed_bytes  # reviewed entries never change

    stats = run_cli(project, "stats", "--format", "json")
    row = next(r for r in json.loads(stats.stdout) if r["catalog"].endswith("food-bank-sunday"))
    assert (row["memory_draft"], row["machine_draft"], row["stale"]) == (1, 2, 0)


def test_below_the_threshold_the_engine_drafts(project, run_cli):
    with open(project / "pyproject.toml", "a", encoding="utf-8") as settings:
        settings.write("memory_threshold = 0.99\n")
    reviewed_seed(project, run_cli)
    write_release(project, "2024-03-02-food-bank-sunday", 2, "Food bank changes its day", EDITED)
    assert run_cli(project, "extract").exit_code == 0
    result = run_cli(project, "translate", "--release", "2024-03-02-food-bank-sunday")
    assert result.exit_code == 0, result.output
    entries = {e.msgid: e for e in polib.pofile(str(project / ES / "2024-03-02-food-bank-sunday.po"))}
    assert entries[EDITED].tcomment == "machine translation: apertium eng-spa"
    assert entries[EDITED].msgstr != REVIEWED_ES


def test_a_catalog_changed_since_the_last_run_is_read_again(project, run_cli):
    """translate remembers each catalog's reviewed pairs and untranslated count by its size
    and modification time (.i18n-cache/): a catalog edited since is read afresh."""
    seed = reviewed_seed(project, run_cli)
    assert run_cli(project, "translate").exit_code == 0  # every catalog recorded
    assert (project / ".i18n-cache" / "drafting-es.json").exists()

    # A reviewer improves the reviewed translation: the memory offers the new one.
    improved = REVIEWED_ES.replace("productos frescos", "verduras frescas")
    catalog = polib.pofile(str(seed))
    catalog.find(REVIEWED).msgstr = improved
    catalog.save()
    write_release(project, "2024-03-02-food-bank-sunday", 2, "Food bank changes its day", EDITED)
    assert run_cli(project, "extract").exit_code == 0
    assert run_cli(project, "translate").exit_code == 0
    sunday = polib.pofile(str(project / ES / "2024-03-02-food-bank-sunday.po"))
    assert sunday.find(EDITED).msgstr == improved

    # A catalog that had nothing left to draft gains an entry: it is drafted.
    write_release(project, "2024-03-01-food-bank", 1, "Food bank hours", f"{REVIEWED}\n\n{NEW}")
    assert run_cli(project, "extract").exit_code == 0
    result = run_cli(project, "translate")
    assert result.exit_code == 0, result.output
    assert f"wrote {seed}: 1 machine draft" in result.stdout
    assert polib.pofile(str(seed)).find(NEW).tcomment == "machine translation: apertium eng-spa"
    assert run_cli(project, "translate").stdout.strip() == "es: nothing to draft"
