"""The drafting rules of issue 13, each through `i18n translate` with real Apertium, and the
draft checks of `i18n check --drafts` with real Hunspell (hunspell-es)."""

from __future__ import annotations

import os
import time

import polib
import pytest

from conftest import release_drafts, require_drafting_tools, write_markdown

from i18n.mt.postedit import post_edit
from i18n.mt.preedit import DATE, MONTH, TIME, WEEKDAY, local_month, local_time, local_weekday, local_date

SLUG = "2027-01-05-rules"
CATALOG = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"


@pytest.fixture(scope="module", autouse=True)
def _tools():
    require_drafting_tools("es_US")


def draft(project, run_cli, title: str, paragraphs: list[str]) -> dict[str, str]:
    return release_drafts(project, run_cli, SLUG, paragraphs, title)


def test_glossary_terms_keep_the_engines_grammar_and_the_base_glossary_names_institutions(project, run_cli):
    drafts = draft(project, run_cli, "Statement", [
        "Many young immigrants welcomed the policy of the Department of Homeland Security.",
        "The human rights of migrants are systematically violated.",
    ])
    first = drafts["Many young immigrants welcomed the policy of the Department of Homeland Security."]
    # The project's glossary gives "inmigrantes"; the engine's agreement stays ("jóvenes").
    assert "inmigrantes jóvenes" in first
    # The base glossary: the agency's own Spanish name, and "policy" is "política".
    assert "la política del Departamento de Seguridad Nacional" in first
    assert "póliza" not in first
    second = drafts["The human rights of migrants are systematically violated."]
    assert second.startswith("Los derechos humanos de migrantes son")


def test_the_projects_glossary_overrides_the_base_one(project, run_cli):
    (project / "locales" / "glossary.csv").write_text("en,es,note\npolicy,directriz,\n", encoding="utf-8")
    drafts = draft(project, run_cli, "Statement", ["The policy changes today."])
    assert "directriz" in drafts["The policy changes today."]
    assert "política" not in drafts["The policy changes today."]


def test_headline_sentence_case_keeps_names_and_list_items_keep_their_case(project, run_cli):
    drafts = draft(project, run_cli, "Advocates Welcome 18-Month TPS Extension for Honduras, Urge Congress to Act", [
        "Families in Honduras welcomed the decision. Applicants should bring:",
        "- their current work permit;\n- a valid passport.",
        "FEMA assistance may cover temporary housing.",
    ])
    headline = drafts["Advocates Welcome 18-Month TPS Extension for Honduras, Urge Congress to Act"]
    assert headline.startswith("Defensores ")
    assert "Honduras" in headline and "TPS" in headline and "Congreso" in headline
    assert "de 18 meses" in headline  # "18-Month" rewritten, not glued
    assert drafts["their current work permit;"] == "su permiso de trabajo actual;"
    assert drafts["a valid passport."] == "un pasaporte válido."
    # No capital after a kept name where no sentence starts.
    assert drafts["FEMA assistance may cover temporary housing."].startswith("FEMA la asistencia")


def test_dates_and_times_are_spanish(project, run_cli):
    english = ("Beneficiaries must re-register during the 60-day period that begins on January 6, 2027 "
               "and ends on March 3rd; the clinic opens at 3 p.m. on Thursday, June 18, and closes at 7:30 p.m.")
    text = draft(project, run_cli, "Dates", [english])[english]
    assert "el 6 de enero de 2027" in text
    assert "el 3 de marzo" in text and "3.º" not in text  # ordinal dropped
    assert "a las 3 p. m. el jueves 18 de junio" in text
    assert text.endswith("a las 7:30 p. m.")
    assert "periodo de 60 días" in text
    span = "The period runs from January 6 to March 7."
    verbs = "Applications open on March 16 and close on April 30."
    drafts = draft(project, run_cli, "Dates", [span, verbs])
    assert "del 6 de enero al 7 de marzo" in drafts[span]
    # "on" stays for the engine (it parses "open" as a verb then) and its "en" goes.
    assert drafts[verbs].startswith("Las solicitudes abren el 16 de marzo y ")
    assert drafts[verbs].endswith(" el 30 de abril.")
    assert "re-" not in text and "de nuevo" in text
    # the order written outside the US
    european = "The consultation runs from 3 February to 14 April 2027. The results follow on 2 May."
    drafted = draft(project, run_cli, "Dates", [european])[european]
    assert "del 3 de febrero al 14 de abril de 2027" in drafted and drafted.endswith(" el 2 de mayo.")


def test_times_follow_the_mt_clock_setting(project, run_cli):
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + 'mt_clock = "24h"\n', encoding="utf-8")
    english = "The clinic opens at 3 p.m. and closes at 7:30 p.m."
    assert draft(project, run_cli, "Hours", [english])[english] == "La clínica abre a las 15:00 y cierra a las 19:30."


def test_a_bad_mt_clock_is_a_located_error(project, run_cli):
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8") + 'mt_clock = "noon"\n'
    pyproject.write_text(text, encoding="utf-8")
    result = run_cli(project, "translate")
    assert result.exit_code == 2
    assert f"pyproject.toml:{text.count(chr(10))}: [tool.i18n] mt_clock must be" in result.stderr


def test_the_name_after_said_stays_whole(project, run_cli):
    english = "“We are ready,” said Daniela Fuentes, director of the group."
    with_title = "“We are ready,” said attorney Rubén Lazcano."
    drafts = draft(project, run_cli, "Quote", [english, with_title])
    assert drafts[english].startswith("“Estamos a punto”, dijo Daniela Fuentes,")
    assert drafts[with_title] == "“Estamos a punto”, dijo el abogado Rubén Lazcano."


def test_compounds_domains_and_agreement_after_a_replaced_term(project, run_cli):
    drafts = draft(project, run_cli, "Statement", [
        "Immigrant-rights advocates met the Biden-Harris officials.",
        "Voters can request a mail-in ballot at HealthCare.gov today.",
        "MIAMI — Families affected by the storm can apply.",
        "The city will not share applicants' information or a Social Security number.",
    ])
    shared = drafts["The city will not share applicants' information or a Social Security number."]
    assert "información de solicitantes" in shared and "un número de Seguro Social" in shared
    # A dateline stays in front, and the sentence after it keeps its capital.
    assert drafts["MIAMI — Families affected by the storm can apply."].startswith("MIAMI — Las familias")
    first = drafts["Immigrant-rights advocates met the Biden-Harris officials."]
    assert first.startswith("Defensores de") and "Inmigrante-" not in first and "Biden-Harris" in first
    second = drafts["Voters can request a mail-in ballot at HealthCare.gov today."]
    assert "una boleta por correo" in second  # the engine's "un correo-en papeleta", made to agree
    assert "HealthCare.gov" in second


@pytest.mark.parametrize("english, spanish", [
    ("on January 6, 2027", "on el 6 de enero de 2027"),  # "on" for the engine; post-editing drops "en"
    ("until Sept. 30", "until el 30 de septiembre"),
    ("on Monday, May 4th", "on el lunes 4 de mayo"),
])
def test_local_date(english, spanish):
    match = DATE.search(english)
    kept, literal = local_date(match, "es", "12h")
    assert kept + literal == spanish


@pytest.mark.parametrize("english, expected", [
    ("the program ends in March.", ("in ", "marzo")),
    ("the law passed in March 2026.", ("in ", "marzo de 2026")),
    ("ahead of the November election", None),  # the month names a noun: the engine's business
    ("May we ask", None),
])
def test_local_month(english, expected):
    match = MONTH.search(english)
    assert (local_month(match, "es", "12h") if match else None) == expected


@pytest.mark.parametrize("english, language, expected", [
    ("announced on Tuesday that", "es", "el martes"),
    ("open Monday through Friday", "es", "de lunes a viernes"),
    ("open Monday through Friday", "fr", "lundi–vendredi"),
])
def test_local_weekday(english, language, expected):
    assert local_weekday(WEEKDAY.search(english), language, "12h")[1] == expected


@pytest.mark.parametrize("english, clock, spanish", [
    ("at 1 p.m.", "12h", "a la 1 p. m."),
    ("9 a.m.", "12h", "9 a. m."),
    ("at 6:30 PM", "24h", "a las 18:30"),
    ("12 a.m. on", "24h", "00:00"),
    ("ends at 7 p.m. Call", "24h", "a las 19:00."),  # the abbreviation's period ended the sentence
])
def test_local_time(english, clock, spanish):
    assert local_time(TIME.search(english), "es", clock)[1] == spanish


# ---------------------------------------------------------------- i18n check --drafts

BAD_DRAFT = "Llame a nuestra hotline el enero 6 durante el periodode60 días en honduras, dijo *Ruben."
ENGLISH = "Call our hotline on January 6 during the 60-day period in Honduras, said Ruben."


def _catalog_with(project, run_cli, msgstr: str, fuzzy: bool):
    """A release whose one paragraph is ENGLISH, translated as msgstr (a draft or reviewed)."""
    draft(project, run_cli, "Hotline", [ENGLISH])
    path = project / CATALOG
    catalog = polib.pofile(str(path))
    for entry in catalog:
        entry.msgstr = msgstr if entry.msgid == ENGLISH else "Línea de ayuda"
        entry.flags = ["fuzzy"] if fuzzy else []
    catalog.save()
    return next(e.linenum for e in polib.pofile(str(path)) if e.msgid == ENGLISH)


@pytest.mark.parametrize("fuzzy, severity, code", [(True, "warning", 0), (False, "error", 1)])
def test_check_finds_what_drafts_get_wrong(project, run_cli, fuzzy, severity, code):
    line = _catalog_with(project, run_cli, BAD_DRAFT, fuzzy)
    result = run_cli(project, "check", "--drafts")
    where = f"{CATALOG}:{line}:"
    # Matters of a dictionary, of case or of style are warnings, reviewed or not;
    for expected in ("spelling: not es words: hotline",
                     "glued-words: glued or half-translated words: periodode60",
                     "date-order: dates in English order or with ordinals: enero 6",
                     "name-case: names lowercased against the English: Honduras"):
        assert f"{where} warning: {expected}" in result.stdout, result.stdout
    # a word Apertium left untranslated must not be published.
    assert f"{where} {severity}: unknown-marks: Apertium's unknown-word marks: *Ruben" in result.stdout
    assert result.exit_code == code


def test_check_accepts_good_spanish_and_the_projects_word_list(project, run_cli):
    good = "Llame a nuestra línea de ayuda el 6 de enero durante el periodo de 60 días en Honduras, dijo Ruben."
    _catalog_with(project, run_cli, good.replace("nuestra línea", "nuestra transnacionalísima línea"), fuzzy=False)
    result = run_cli(project, "check", "--drafts")
    assert "warning: spelling: not es words: transnacionalísima" in result.stdout
    words = project / "locales" / "es" / "spelling.txt"
    words.write_text(words.read_text(encoding="utf-8") + "transnacionalísima\n", encoding="utf-8")
    result = run_cli(project, "check", "--drafts", "--strict")
    assert result.exit_code == 0, result.stdout


def test_should_is_deberia_but_would_have_to_stays():
    assert post_edit("Tendrían que votar hoy.", "es", "They should vote today.") == "Deberían votar hoy."
    assert post_edit("Tendrían que votar hoy.", "es", "They would have to vote today.") == "Tendrían que votar hoy."


def test_feelings_and_dispositions_take_estar():
    assert post_edit("Somos orgullosos de este parque.", "es", "We are proud of this park.") == \
        "Estamos orgullosos de este parque."
    assert post_edit("Los vecinos son muy preocupados.", "es", "Neighbors are very worried.") == \
        "Los vecinos están muy preocupados."
    # A quality stays with "ser".
    assert post_edit("El proceso es abierto.", "es", "The process is open.") == "El proceso es abierto."


def test_must_is_deber_but_have_to_stays():
    assert post_edit("Los dueños tienen que renovar el permiso.", "es", "Owners must renew the permit.") == \
        "Los dueños deben renovar el permiso."
    assert post_edit("Tienes que firmar aquí.", "es", "You must sign here.") == "Debes firmar aquí."
    # "have to" in the same text: which "tener que" is which, the draft does not tell.
    assert post_edit("Tienes que firmar y tienen que pagar.", "es", "You must sign and they have to pay.") == \
        "Tienes que firmar y tienen que pagar."


def test_relative_who_is_que_and_quien_after_a_comma():
    assert post_edit("Personas quiénes tienen fiebre.", "es", "People who have a fever.") == "Personas que tienen fiebre."
    assert post_edit("Dijo XPH0X, quién patrocinó la ley.", "es", "Said XPH0X, who sponsored the law.") == \
        "Dijo XPH0X, quien patrocinó la ley."
    # A question keeps its interrogative.
    assert post_edit("¿Sabe quién vota?", "es", "Do you know who votes?") == "¿Sabe quién vota?"


def test_straight_quotes_become_spanish_typographic_quotes():
    assert post_edit('"Los vecinos lo pidieron," dijo XPH0X.', "es", '"Neighbours asked," said XPH0X.') == \
        "“Los vecinos lo pidieron”, dijo XPH0X."
    # An odd count cannot be paired safely: left for the reviewer (and `i18n check`).
    assert post_edit('Mide 5" de ancho.', "es", 'It is 5" wide.') == 'Mide 5" de ancho.'


def test_spanish_punctuation_and_grammar_through_the_engine(project, run_cli):
    drafts = draft(project, run_cli, "Notice", [
        "Is the pool open on weekends? What a great day!",
        "Bring water, snacks, and a hat.",
        "We met the mayor, and the council voted later.",
        "The new guide is available in four languages.",
        "It is important to register early.",
        "Residents will be able to vote by mail.",
        "Choosing a provider takes time.",
        "There is no fee for the permit.",
        "Zentyal is a server for small offices. Kortex is another.",
    ])
    assert drafts["Is the pool open on weekends? What a great day!"].startswith("¿")
    assert "? ¡" in drafts["Is the pool open on weekends? What a great day!"]
    # the serial comma of a list goes, a comma before a clause stays
    assert "bocados y un sombrero" in drafts["Bring water, snacks, and a hat."]
    assert ", y " in drafts["We met the mayor, and the council voted later."]
    assert "está disponible" in drafts["The new guide is available in four languages."]
    assert drafts["It is important to register early."].startswith("Es importante registrar")
    assert "podrán votar" in drafts["Residents will be able to vote by mail."]
    # an English gerund opening a text is a Spanish infinitive (the stem's vowel as it changes)
    assert drafts["Choosing a provider takes time."].startswith("Elegir ")
    assert drafts["There is no fee for the permit."].startswith("No hay ")
    # no capital after a name the engine left as it was
    assert drafts["Zentyal is a server for small offices. Kortex is another."].startswith("Zentyal es un servidor")
    assert ". Kortex es " in drafts["Zentyal is a server for small offices. Kortex is another."]


def test_a_title_before_a_name_is_lower_case_with_its_article_and_us_is_ee_uu(project, run_cli):
    drafts = draft(project, run_cli, "Notice", [
        "Governor Ruiz signed the bill with support from Senator Dana Holt.",
        "The U.S. economy grew.",
    ])
    signed = drafts["Governor Ruiz signed the bill with support from Senator Dana Holt."]
    assert signed.startswith("El gobernador Ruiz ") and "del senador Dana Holt" in signed
    assert "EE. UU." in drafts["The U.S. economy grew."]


def test_a_product_and_its_version_keep_the_name(project, run_cli):
    drafts = draft(project, run_cli, "Notice", [
        "The clinic moved its records to Harvest 4.2 last week.",
        "Section 3 of Public Law 117-58 applies, as Article 5 says.",
    ])
    assert "Harvest 4.2" in drafts["The clinic moved its records to Harvest 4.2 last week."]
    # numbered parts of a text and laws are translated
    law = drafts["Section 3 of Public Law 117-58 applies, as Article 5 says."]
    assert "Artículo 5" in law and "Ley" in law and "Law" not in law


def test_a_phrasal_verb_is_read_as_its_one_word_verb(project, run_cli):
    drafts = draft(project, run_cli, "Notice", [
        "Fill out the form before the clinic opens.",
        "The volunteers are setting up the tents.",
        "Reach out to the library with questions.",
        "The board is made up of six parents.",
    ])
    assert drafts["Fill out the form before the clinic opens."].startswith("Llena ")
    assert "fuera" not in drafts["Fill out the form before the clinic opens."]
    assert "estableciendo" in drafts["The volunteers are setting up the tents."]
    assert "arriba" not in drafts["The volunteers are setting up the tents."]
    assert drafts["Reach out to the library with questions."].startswith("Contacta ")
    assert "compuest" in drafts["The board is made up of six parents."]


def test_the_engine_itself_picks_the_current_word_and_the_articles_agree(project, run_cli):
    # Our lexical-selection rules run inside Apertium (i18n/data/apertium/eng-spa.lrx): the
    # article before the word comes from the engine, in the chosen word's gender.
    drafts = draft(project, run_cli, "Notice", [
        "The work of the volunteers continues.",
        "Charge the device before the trip.",
        "Volunteers get help from the city.",
    ])
    assert drafts["The work of the volunteers continues."].startswith("El trabajo de")
    assert "el dispositivo" in drafts["Charge the device before the trip."]
    assert "aparato" not in drafts["Charge the device before the trip."]
    assert "coge" not in drafts["Volunteers get help from the city."]


def test_words_of_our_dictionary_take_the_engines_articles_and_agreement(project, run_cli):
    # Our bilingual dictionary (i18n/data/apertium/eng-spa.dix) is appended to the pair's: a
    # translation it lacks, a gender it has wrong, "data" as the plural Spanish makes it.
    drafts = draft(project, run_cli, "Notice", [
        "The fire destroyed two homes.",
        "The event was a success.",
        "We keep the data on our servers.",
        "Send us an email.",
        "We protect the privacy of our users.",
    ])
    assert drafts["The fire destroyed two homes."].startswith("El incendio")
    assert drafts["The event was a success."].startswith("El evento")
    assert "los datos" in drafts["We keep the data on our servers."]
    assert "un correo electrónico" in drafts["Send us an email."]
    # a word the pair's generator lacks comes from our generation dictionary
    assert "la privacidad" in drafts["We protect the privacy of our users."]


def test_an_instruction_starts_with_the_verb_not_a_noun(project, run_cli):
    # Our rewrite of the analyses (i18n/data/apertium/eng-spa.sed): a sentence-initial word
    # that can be a verb, before a determiner or a number, is the verb of an instruction.
    drafts = draft(project, run_cli, "Notice", ["Update your phone before the trip.", "Call 311 for help.",
                                                "Contact us for help.", "Please visit the library."])
    assert drafts["Update your phone before the trip."].startswith("Actualiza ")
    assert drafts["Call 311 for help."].startswith("Llama 311")
    # with its object pronoun attached, in the imperative
    assert drafts["Contact us for help."].startswith("Contáctanos ")
    # "please" is the courtesy word, not the verb "complacer"
    assert drafts["Please visit the library."].startswith("Por favor visita ")


def test_a_name_the_pair_knows_as_a_common_word_is_left_as_it_is(project, run_cli):
    drafts = draft(project, run_cli, "Notice", [
        "Our volunteers install Tails on old laptops.",
        "The clinic runs on Windows and needs updates.",
        "The Council met on the budget.",
    ])
    assert "Tails" in drafts["Our volunteers install Tails on old laptops."]
    assert "Windows" in drafts["The clinic runs on Windows and needs updates."]
    assert "Ventanas" not in drafts["The clinic runs on Windows and needs updates."]
    # after a determiner it is the institution, left to the pair
    assert drafts["The Council met on the budget."].startswith("El Consejo")


def test_a_passive_without_its_agent_is_written_with_se(project, run_cli):
    drafts = draft(project, run_cli, "Notice", [
        "The forms can be found at the library.",
        "The bridge has been repaired.",
        "The bridge was repaired by the county.",
    ])
    assert "se pueden encontrar" in drafts["The forms can be found at the library."]
    assert "se ha reparado" in drafts["The bridge has been repaired."]
    assert "se" not in drafts["The bridge was repaired by the county."].split()  # the agent keeps the passive


def test_about_is_approximately_only_before_a_quantity(project, run_cli):
    drafts = draft(project, run_cli, "Notice", ["Read more about the new park.", "The park has about 40 trees."])
    assert "sobre el nuevo parque" in drafts["Read more about the new park."]
    assert "aproximadamente" not in drafts["Read more about the new park."]
    assert "aproximadamente 40" in drafts["The park has about 40 trees."]


def test_that_before_a_verb_opens_a_clause(project, run_cli):
    drafts = draft(project, run_cli, "Notice", ["We know that is hard for families."])
    assert drafts["We know that is hard for families."].startswith("Sabemos que es")


def test_great_goes_before_its_noun_as_gran(project, run_cli):
    drafts = draft(project, run_cli, "Notice", ["The fair was a great success.", "The hall is great."])
    assert "un gran éxito" in drafts["The fair was a great success."]
    assert drafts["The hall is great."].endswith("es grande.")


def test_there_and_be_is_the_impersonal_haber(project, run_cli):
    drafts = draft(project, run_cli, "Notice", ["In March there was a flood.", "Is there a shelter nearby?"])
    assert "había una inundación" in drafts["In March there was a flood."]
    assert "allí" not in drafts["Is there a shelter nearby?"]


def test_the_compiled_mode_is_built_once_into_the_users_cache_and_replaces_older_ones(
        project, run_cli, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    cache = tmp_path / "cache" / "i18n" / "apertium"
    old, recent = cache / "eng-spa-0000000000000000" / "modes", cache / "eng-spa-1111111111111111" / "modes"
    for folder in (old, recent):
        folder.mkdir(parents=True)
        (folder / "eng-spa.mode").write_text("built for another version of the rules\n", encoding="utf-8")
    week_ago = time.time() - 8 * 24 * 3600
    os.utime(old.parent, (week_ago, week_ago))  # unused for over a week: a leftover
    draft(project, run_cli, "Notice", ["The work goes on."])
    # The leftover goes; a mode another checkout used recently stays (it may be running).
    assert not old.exists() and recent.exists()
    modes = [path for path in cache.glob("eng-spa-*/modes/eng-spa.mode") if path.parent != recent]
    assert len(modes) == 1
    mode = modes[0].read_text(encoding="utf-8")
    assert "lrx-proc" in mode
    assert all(f"{modes[0].parent.parent}/eng-spa.{name}.bin" in mode for name in ("autobil", "autogen"))


@pytest.mark.parametrize("english, machine, expected", [
    # "ser" takes no gerund
    ("They have been planting trees.", "Han sido plantando árboles.", "Han estado plantando árboles."),
    # "gustar" agrees with the infinitive
    ("We would like to invite you.", "Nos gustarían invitarte.", "Nos gustaría invitarte."),
    # "encima" without "de" is no preposition: before a number "más de", else "sobre"
    ("It lasted over 12 weeks.", "Duró encima 12 semanas.", "Duró más de 12 semanas."),
    ("The council voted on the budget.", "El consejo votó encima el presupuesto.",
     "El consejo votó sobre el presupuesto."),
    ("The roof is on top of the shed.", "El techo está encima del cobertizo.", "El techo está encima del cobertizo."),
    # no subject pronoun for "it"; after a preposition it stays
    ("We fixed it quickly. It works.", "Arreglamos él rápidamente. Él funciona.",
     "Arreglamos rápidamente. Funciona."),
    ("He said it was his.", "Él dijo que era suyo.", "Él dijo que era suyo."),
    # question accents only in questions; "solo" without accent; "your" as the "tú" form
    ("Call us when the water rises.", "Llámanos cuándo el agua sube.", "Llámanos cuando el agua sube."),
    ("When does it open?", "¿Cuándo abre?", "¿Cuándo abre?"),
    ("Bring only your card.", "Trae sólo vuestra tarjeta.", "Trae solo tu tarjeta."),
    # a sentence that starts with a capital in English does in Spanish too
    ("There are two shelters.", "hay dos refugios.", "Hay dos refugios."),
])
def test_spanish_grammar_the_engine_breaks(english, machine, expected):
    assert post_edit(machine, "es", english) == expected


def test_an_acronym_the_release_defines_takes_the_gender_of_its_expansion(project, run_cli):
    drafts = draft(project, run_cli, "Notice", [
        "Today the Coastal Water Foundation (CWF) opened its first office.",
        "The CWF repairs wells in small towns.",
        "Volunteers of the CWF met the mayor.",
    ])
    # "Fundación" is feminine, so is the acronym: not the engine's masculine default.
    assert drafts["The CWF repairs wells in small towns."].startswith("La CWF "), drafts
    assert "de la CWF" in drafts["Volunteers of the CWF met the mayor."], drafts


def test_an_acronym_keeps_its_gender_in_the_projects_other_releases_but_not_from_an_embargoed_one(project, run_cli):
    write_markdown(project, "2024-05-02-wells", '---\ntitle: "Wells"\ndate: 2024-05-02\n---\n',
                   "Today the Coastal Water Foundation (CWF) opened its first office.")
    write_markdown(project, "2024-05-03-trails", '---\ntitle: "Trails"\ndate: 2024-05-03\n'
                   'embargo: 2099-01-01T09:00:00-05:00\n---\n',
                   "Today the Hill Trail Association (HTA) opened its first office.")
    drafts = release_drafts(project, run_cli, "2024-05-06-visit", [
        "The CWF repairs wells in small towns.",
        "The HTA repairs bridges in small towns.",
    ], whole_project=True)
    # Another release defines the CWF with a feminine noun ("Fundación"): this one follows it.
    assert drafts["The CWF repairs wells in small towns."].startswith("La CWF "), drafts
    # The release that defines the HTA is under embargo: what it says reaches no other release.
    assert not drafts["The HTA repairs bridges in small towns."].startswith("La HTA "), drafts


def test_an_english_compound_translated_word_by_word_loses_its_hyphen(project, run_cli):
    drafts = draft(project, run_cli, "Notice", [
        "She leads the water-quality team.",
        "We offer self-paced courses.",
    ])
    # Spanish does not join the words of a translated compound with a hyphen.
    assert "agua equipo" in drafts["She leads the water-quality team."], drafts
    assert "-" not in drafts["She leads the water-quality team."], drafts
    # A hyphenated word the engine left in English keeps its hyphen.
    assert "self-paced" in drafts["We offer self-paced courses."], drafts
