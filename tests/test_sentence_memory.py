"""Sentence-level translation memory: reviewed sentences inside reviewed paragraphs are reused
in new paragraphs; only the new sentences go to the engine."""

from __future__ import annotations

import datetime as dt
import json

import polib
import pytest

from conftest import gnu, require_apertium, write_markdown
from i18n.memory.sentences import align, split_sentences

ES = "locales/es/LC_MESSAGES/releases"
FRONT = "---\ntitle: {title}\ndate: 2024-05-0{day}\ndateline: TUCSON\n---\n"

# A reviewed paragraph of three sentences, and its reviewed Spanish.
S1 = "The mobile clinic will visit Nogales on June 12 and offer free checkups to 250 workers."
S2 = '"Nobody should choose between a paycheck and a doctor," said Marta Quiroga, the clinic\'s director.'
S3 = "Appointments are not required, and interpreters will be on site all day."
S1_ES = "La clínica móvil visitará Nogales el 12 de junio y ofrecerá revisiones gratuitas a 250 trabajadores."
S2_ES = "«Nadie debería elegir entre un sueldo y un médico», dijo Marta Quiroga, directora de la clínica."
S3_ES = "No hace falta cita, y habrá intérpretes en el lugar todo el día."
S4 = "Families who need a ride to the clinic can call the county's transit office."
S4_ES = "Las familias que necesiten transporte a la clínica pueden llamar a la oficina de tránsito del condado."
NEW = "This year the visit adds dental cleanings paid for by a grant from the county health board."

SPLITS = [
    ("en", "Mr. Ochoa met Dr. Park at 9 a.m. on Jan. 5. They talked.",
     ["Mr. Ochoa met Dr. Park at 9 a.m. on Jan. 5.", "They talked."]),
    ("en", "The U.S. Senate voted 52-48. The bill passed.", ["The U.S. Senate voted 52-48.", "The bill passed."]),
    ("en", "Rents rose 3.5 percent in 2024. Wages did not.", ["Rents rose 3.5 percent in 2024.", "Wages did not."]),
    ("en", 'She said "we are ready." Then she left.', ['She said "we are ready."', "Then she left."]),
    ("en", '"We will stay," said Ana Ruiz. "Always."', ['"We will stay," said Ana Ruiz.', '"Always."']),
    ("en", "It costs $4.50 a meal. St. Paul agreed to pay.", ["It costs $4.50 a meal.", "St. Paul agreed to pay."]),
    ("en", "Read [the plan](https://example.org/v1.2/plan.pdf). It is short.",
     ["Read [the plan](https://example.org/v1.2/plan.pdf).", "It is short."]),
    ("en", "Is it safe? Yes! Ask approx. twenty people.", ["Is it safe?", "Yes!", "Ask approx. twenty people."]),
    ("en", "Sen. J. Rivera spoke. The vote is Tuesday.", ["Sen. J. Rivera spoke.", "The vote is Tuesday."]),
    ("es", "¿Quién pagará? Nadie lo sabe. ¡Basta ya!", ["¿Quién pagará?", "Nadie lo sabe.", "¡Basta ya!"]),
    ("es", "La Sra. Díaz llegó a las 9 a. m. del lunes. Luego habló.",
     ["La Sra. Díaz llegó a las 9 a. m. del lunes.", "Luego habló."]),
    ("es", "«No pararemos», dijo Ana Ruiz. «Nunca».", ["«No pararemos», dijo Ana Ruiz.", "«Nunca»."]),
    ("es", "Dijo: «estamos listos.» Luego se fue.", ["Dijo: «estamos listos.»", "Luego se fue."]),
    ("es", "Los alquileres subieron un 3,5 % en EE. UU. Los sueldos no.",
     ["Los alquileres subieron un 3,5 % en EE. UU. Los sueldos no."]),  # EE. UU. never ends one
    ("es", "La Dra. Park y el Lic. Pérez firmaron. Fin.", ["La Dra. Park y el Lic. Pérez firmaron.", "Fin."]),
]


@pytest.mark.parametrize("language,text,sentences", SPLITS)
def test_split_sentences(language, text, sentences):
    assert split_sentences(text, language) == sentences


def test_a_paragraph_aligns_sentence_for_sentence():
    assert align(f"{S1} {S2} {S3}", f"{S1_ES} {S2_ES} {S3_ES}", "es") == [(S1, S1_ES), (S2, S2_ES), (S3, S3_ES)]


def test_a_sentence_alone_is_its_own_pair():
    spanish = "No hace falta cita. Habrá intérpretes."  # the translator made two of one
    assert align(S3, spanish, "es") == [(S3, spanish)]


def test_one_merge_of_two_sentences_is_explained():
    english = f"{S1} {S3} The doors open at 8."
    spanish = f"{S1_ES} No hace falta cita y habrá intérpretes todo el día; las puertas abren a las 8."
    assert align(english, spanish, "es") == [
        (S1, S1_ES), (f"{S3} The doors open at 8.",
                      "No hace falta cita y habrá intérpretes todo el día; las puertas abren a las 8.")]


@pytest.mark.parametrize("english,spanish", [
    # three sentences against one: no single merge explains it
    (f"{S1} {S2} {S3}", f"{S1_ES[:-1]}; {S3_ES[:-1]}; {S2_ES}"),
    # the same count, but the numbers say the order differs
    (f"{S1} The doors open at 8.", "Las puertas abren a las 8. " + S1_ES),
    # the name sits in the other sentence
    (f"{S2} {S3}", "«Nadie debería elegir entre un sueldo y un médico». No hace falta cita, dijo Marta Quiroga."),
    # a question against a statement
    ("Who will pay for it? The county will.", "El condado pagará. ¿Quién más?"),
])
def test_an_unsure_alignment_is_refused(english, spanish):
    assert align(english, spanish, "es") is None


@pytest.fixture(autouse=True)
def _apertium(request):
    if "project" not in request.fixturenames:
        return
    require_apertium()


def write_release(project, slug: str, day: int, title: str, body: str) -> None:
    write_markdown(project, slug, FRONT.format(title=title, day=day), body)


def reviewed_release(project, run_cli, spanish: str):
    """The clinic release, its first paragraph reviewed as spanish, the rest too; its catalog's path."""
    write_release(project, "2024-05-01-mobile-clinic", 1, "Mobile clinic visits Nogales",
                  f"{S1} {S2} {S3}\n\n{S4}")
    assert run_cli(project, "extract").exit_code == 0
    path = project / ES / "2024-05-01-mobile-clinic.po"
    catalog = polib.pofile(str(path))
    reviewed = {S4: S4_ES, "TUCSON": "TUCSON", "Mobile clinic visits Nogales": "La clínica móvil visita Nogales"}
    for entry in catalog:
        entry.msgstr = spanish if entry.msgid.startswith(S1) else reviewed[entry.msgid]
    catalog.save()
    path.write_bytes(gnu("msgcat", str(path)).stdout)  # as a PO editor saves it
    return path


def translate_new(project, run_cli, body: str) -> polib.POEntry:
    write_release(project, "2024-05-02-clinic-returns", 2, "The clinic returns", body)
    assert run_cli(project, "extract").exit_code == 0
    result = run_cli(project, "translate", "--release", "2024-05-02-clinic-returns")
    assert result.exit_code == 0, result.output
    path = project / ES / "2024-05-02-clinic-returns.po"
    assert gnu("msgcat", str(path)).stdout == path.read_bytes()
    assert gnu("msgfmt", "--check", "-o", "/dev/null", str(path)).returncode == 0
    return next(e for e in polib.pofile(str(path)) if e.msgid == body)


def stats_row(project, run_cli) -> dict:
    stats = run_cli(project, "stats", "--format", "json")
    return next(r for r in json.loads(stats.stdout) if r["catalog"].endswith("clinic-returns"))


def test_repeated_sentences_get_the_human_translations_and_only_the_new_one_is_machine(project, run_cli):
    seed = reviewed_release(project, run_cli, f"{S1_ES} {S2_ES} {S3_ES}")
    seed_bytes = seed.read_bytes()

    entry = translate_new(project, run_cli, f"{S2} {NEW} {S1}")
    first, second, third = split_sentences(entry.msgstr, "es")
    assert (first, third) == (S2_ES, S1_ES)  # the reviewer's sentences, whole
    assert second not in (S1_ES, S2_ES, S3_ES) and "condado" in second  # the engine's
    assert entry.flags == ["fuzzy"]
    assert entry.previous_msgid is None
    assert entry.tcomment == ("machine translation: apertium eng-spa, sentence 2\n"
                              "translation memory: sentences 1, 3 from releases/2024-05-01-mobile-clinic.po")
    assert stats_row(project, run_cli)["machine_draft"] == 2  # the paragraph and the title
    assert seed.read_bytes() == seed_bytes  # reviewed entries never change


def test_a_paragraph_of_remembered_sentences_is_a_memory_draft(project, run_cli):
    reviewed_release(project, run_cli, f"{S1_ES} {S2_ES} {S3_ES}")
    entry = translate_new(project, run_cli, f"{S3} {S1}")
    assert entry.msgstr == f"{S3_ES} {S1_ES}"
    assert entry.previous_msgid == f"{S3} {S1}"  # the English those translations are of
    assert entry.tcomment == "translation memory: sentences 1, 2 from releases/2024-05-01-mobile-clinic.po"
    row = stats_row(project, run_cli)
    assert (row["memory_draft"], row["machine_draft"], row["stale"]) == (1, 1, 0)


def test_a_reviewed_one_sentence_paragraph_is_a_sentence_of_memory(project, run_cli):
    reviewed_release(project, run_cli, f"{S1_ES} {S2_ES} {S3_ES}")
    entry = translate_new(project, run_cli, f"{NEW} {S4}")
    assert split_sentences(entry.msgstr, "es")[-1] == S4_ES
    assert entry.tcomment == ("machine translation: apertium eng-spa, sentence 1\n"
                              "translation memory: sentence 2 from releases/2024-05-01-mobile-clinic.po")


def test_a_paragraph_whose_sentence_counts_disagree_is_not_used(project, run_cli):
    # The translator made one sentence of three: which Spanish is which English is unknown.
    reviewed_release(project, run_cli, f"{S1_ES[:-1]}; {S2_ES[:-1]}; {S3_ES}")
    entry = translate_new(project, run_cli, f"{S2} {NEW} {S1}")
    assert entry.tcomment == "machine translation: apertium eng-spa"
    assert S1_ES not in entry.msgstr and S2_ES not in entry.msgstr


def test_the_engine_part_of_an_embargoed_text_stays_away_from_cloud_engines(project, run_cli, monkeypatch):
    reviewed_release(project, run_cli, f"{S1_ES} {S2_ES} {S3_ES}")
    # An About block only an embargoed release uses: two remembered sentences and a new one.
    (project / "releases" / "about" / "clinic-network.md").write_text(
        f"---\nname: Clinic Network\n---\n{S2} {NEW} {S1}\n", encoding="utf-8")
    embargo = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=3)).replace(microsecond=0)
    (project / "releases" / "2024-05-02-clinic-returns.md").write_text(
        f"---\ntitle: The clinic returns\ndate: 2024-05-02\nembargo: {embargo.isoformat()}\n"
        f"about: [clinic-network]\n---\nThe clinic comes back in July.\n", encoding="utf-8")
    assert run_cli(project, "extract").exit_code == 0
    # Nothing listens on this port: had any text been sent, the run would have failed.
    monkeypatch.setenv("LIBRETRANSLATE_URL", "http://127.0.0.1:9/")
    result = run_cli(project, "translate", "--engine", "libre")
    assert result.exit_code == 0, result.output
    assert "1 entries used only by embargoed releases" in result.stderr
    about = {e.msgid: e for e in polib.pofile(str(project / "locales/es/LC_MESSAGES/about.po"))}
    assert about[f"{S2} {NEW} {S1}"].msgstr == ""
