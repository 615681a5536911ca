"""Checks for what machine drafts get wrong and reviewers must fix.

Each problem is found by a pure function `(english, translation, glossary, language,
headline) -> [messages]`; `draft_problems` runs them all (tools/mt_eval.py counts them), and
each is registered as an entry check of i18n/checks.py: a warning (a matter of a dictionary, of case
or of style), except Apertium's unknown-word marks, an error on a reviewed entry.

- spelling: words the language's Hunspell dictionary does not know (English left in the
  draft), minus names (capitalized in the English), acronyms, glossary terms and the words
  of the project's list `locales/<lang>/spelling.txt` (one a line: words the dictionary lacks);
- glued-words: "periodode60", "Inmigrante-los", "re-Registrar";
- date-order: "enero 6", "Mayo 28, 2020", ordinals of dates ("3.º de marzo");
- name-case: a name of the English lowercased ("para honduras");
- initial-case: a draft whose first letter's case differs from the English (list items),
  or a capital right after a name ("Alianza Americas Insta");
- glossary-grammar: a determiner that disagrees with a glossary term ("el crisis humanitaria");
- unknown-marks: Apertium's marks of unknown words (`*word`, `#word`, `@word`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from babel.dates import get_month_names

from i18n.catalogs.states import is_reviewed
from i18n.errors import excerpt
from i18n.checks.registry import ERROR, LANGUAGE_SPECIFIC, TYPOGRAPHY, WARNING, entry_check, scan
from i18n.catalogs.glossary import Glossary
from i18n.mt.postedit import DETERMINERS, gender_number
from i18n.mt.preedit import DOMAIN, is_title_case
from i18n.languages.spelling import WORD, speller
from i18n.languages import base_language

# Where a sentence starts: a capital there says nothing about names.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;—–]\s*|\n)[\s\"“‘«¡¿(*_\[#>-]*$")


@dataclass(frozen=True)
class Problem:
    kind: str
    message: str


def _prose(text: str) -> str:
    """The text without URLs, e-mail addresses, code and bare domains ("HealthCare.gov")."""
    return DOMAIN.sub("", scan(text).prose)


def _words(text: str):
    """(word, sentence-initial?) of a text's prose."""
    prose = _prose(text)
    previous_end = 0
    for match in WORD.finditer(prose):
        # What makes a word sentence-initial (a start, a stop or a line break, then quotes,
        # spaces, marks) holds no letter: it lies after the previous word. Searching the
        # whole text before each word made a long text's check quadratic.
        yield match.group(0), bool(_SENTENCE_START.search(prose, previous_end, match.start()))
        previous_end = match.end()


def english_names(english: str, language: str = "es", headline: bool = False) -> set[str]:
    """Words the English capitalizes where a sentence does not start: names. In a title-case
    headline every word is capitalized, so only the dictionary's own proper names count."""
    if headline and is_title_case(english):
        spell = speller(language)
        known = spell.proper_names if spell else frozenset()
        return {w for w, _ in _words(english) if w in known}
    return {w for w, initial in _words(english) if w[:1].isupper() and not initial and not w.isupper()}


@functools.lru_cache(maxsize=8)
def _glossary_words(glossary: Glossary) -> frozenset[str]:
    return frozenset(w.casefold() for t in glossary.terms for w in WORD.findall(t.english + " " + t.translation))


SPELLING_LIST = "spelling.txt"


def project_words(catalog: Path) -> frozenset[str]:
    """The words of `locales/<lang>/spelling.txt` for a catalog under `locales/<lang>/LC_MESSAGES/`."""
    for parent in Path(catalog).parents:
        if parent.name == "LC_MESSAGES":
            path = parent.parent / SPELLING_LIST
            return _read_words(path, path.stat().st_mtime_ns) if path.exists() else frozenset()
    return frozenset()


@functools.lru_cache(maxsize=16)
def _read_words(path: Path, mtime: int) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))


def check_spelling(english, text, glossary, language, headline, extra: frozenset[str] = frozenset()) -> list[str]:
    spell = speller(language)
    if spell is None:
        return []
    if text.strip() == english.strip():
        return []  # an untranslated entry: the `untranslated` check's business
    english_words = set(WORD.findall(_prose(english)))
    allowed = _glossary_words(glossary) | extra
    unknown = []
    for word, initial in _words(text):
        # A capital where no sentence starts is a name (misspelt names: `do-not-translate`).
        if (len(word) < 2 or word.casefold() in allowed or any(c.isupper() for c in word[1:])
                or (word[:1].isupper() and (word in english_words or not initial))):
            continue
        if not (spell.known_derived(word) or spell.known(word.lower())) and word not in unknown:
            unknown.append(word)
    return [f"not {language} words: {', '.join(excerpt(word, 40) for word in unknown)}"] if unknown else []


_GLUED = re.compile(r"\b(?:[^\W\d_]+\d+[^\W\d_]*|\d+[^\W\d_]{3,})\b"
                    r"|\b[^\W\d_]+-(?:el|la|los|las|de|del|un|una|y|o|en)\b"
                    r"|\bre-[^\W\d_]+", re.IGNORECASE)


def check_glued_words(english, text, glossary, language, headline) -> list[str]:
    source = _prose(english)
    glued = [m.group(0) for m in _GLUED.finditer(_prose(text)) if m.group(0) not in source]
    return [f"glued or half-translated words: {', '.join(glued)}"] if glued else []


@functools.lru_cache(maxsize=8)
def _date_pattern(language: str) -> re.Pattern:
    """A month (the language's or English) before a day, or a day with an ordinal before a month."""
    names = set()
    for locale in {language.replace("-", "_"), "en"}:
        for context in ("format", "stand-alone"):
            names |= {n.casefold() for n in get_month_names("wide", context, locale=locale).values()}
    months = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:(?:{months})\.?\s+\d{{1,2}}(?:\.?[ºª°]|st|nd|rd|th)?(?![\d.,]\d)\b"
                      rf"|\d{{1,2}}\.?[ºª°](?:\s+de)?\s+(?:{months}))", re.IGNORECASE)


def check_date_order(english, text, glossary, language, headline) -> list[str]:
    found = [m.group(0) for m in _date_pattern(language).finditer(_prose(text))]
    return [f"dates in English order or with ordinals: {', '.join(found)}"] if found else []


def _common_word(name: str, spell) -> bool:
    """A word the English capitalizes (a title, a month, a nationality, a word of a name) that
    is a common word of the language and none of its dictionary's names: Spanish writes it in
    lower case ("federal", "director", "social")."""
    return spell is not None and name not in spell.proper_names and spell.known(name.lower())


def check_name_case(english, text, glossary, language, headline) -> list[str]:
    prose = _prose(text)
    terms = _glossary_words(glossary)  # the glossary says how to write them (`do-not-translate`)
    spell = speller(language)
    lowered = [name for name in sorted(english_names(english, language, headline))
               if name.lower() != name and name.casefold() not in terms
               and not _common_word(name, spell)
               and re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", prose)
               and not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", prose)]
    return [f"names lowercased against the English: {', '.join(lowered)}"] if lowered else []


def _first_letter(text: str) -> str:
    match = re.search(r"[^\W\d_]", _prose(text))
    return match.group(0) if match else ""


def check_initial_case(english, text, glossary, language, headline) -> list[str]:
    messages = []
    source, target = _first_letter(english), _first_letter(text)
    # Only a script with capitals can differ in case (Arabic, Chinese, Hebrew have none).
    if source and target and target.lower() != target.upper() and source.isupper() != target.isupper():
        messages.append(f"starts with {'a capital' if target.isupper() else 'a lowercase letter'} "
                        "where the English does not")
    spell = speller(language)
    if spell is None:
        return messages
    names = english_names(english, language) | {t.english for t in glossary.terms if t.keep}
    english_words = set(WORD.findall(english))
    allowed = _glossary_words(glossary)
    prose = _prose(text)
    capitals = []
    english_prose = _prose(english)
    for name in names:
        # Judged by its English: when a capital follows the name there too, the name goes on.
        if re.search(rf"(?<!\w){re.escape(name)} [^\W\d_a-z]", english_prose):
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name)} ([^\W\d_]+)", prose):
            word = match.group(1)
            if (word[:1].isupper() and not word.isupper() and word not in english_words
                    and word.casefold() not in allowed and word not in spell.proper_names
                    and spell.known(word.lower())):
                capitals.append(word)
    if capitals:
        messages.append(f"a capital after a name: {', '.join(capitals)}")
    return messages


def check_glossary_grammar(english, text, glossary, language, headline) -> list[str]:
    prose = _prose(text)
    english_folded = english.casefold()
    wrong = []
    for term in glossary.terms:
        if term.keep or term.english.casefold() not in english_folded:
            continue
        head = WORD.match(term.translation)
        if not head:
            continue
        gender, number = gender_number(head.group(0))
        for match in re.finditer(rf"\b(\w+) {re.escape(term.translation)}(?!\w)", prose, re.IGNORECASE):
            determiner = match.group(1).lower()
            for (g, n), words in DETERMINERS.items():
                if determiner in words and ((gender and g != gender) or (number and n != number)):
                    wrong.append(match.group(0))
    return [f"determiner disagrees with a glossary term: {', '.join(wrong)}"] if wrong else []


_MARK = re.compile(r"(?<![\w@.*])[*#@][^\W\d_]+")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")


def _marks(text: str) -> list[str]:
    return _MARK.findall(_EMPHASIS.sub(r"\2", _prose(text)))


def check_unknown_marks(english, text, glossary, language, headline) -> list[str]:
    # A sign the English writes before a word too (a footnote's "*We") is the English's,
    # whatever word follows it in the translation.
    source = Counter(mark[0] for mark in _marks(english))
    marks = []
    for mark in _marks(text):
        if source[mark[0]] > 0:
            source[mark[0]] -= 1
        else:
            marks.append(mark)
    return [f"Apertium's unknown-word marks: {', '.join(marks)}"] if marks else []


DraftCheck = Callable[[str, str, Glossary, str, bool], list[str]]
DRAFT_CHECKS: dict[str, tuple[DraftCheck, str]] = {
    "spelling": (check_spelling, "words the Hunspell dictionary of the language does not know "
                                 "(names, acronyms and glossary terms aside)"),
    "glued-words": (check_glued_words, "glued or half-translated words (\"periodode60\", \"re-Registrar\")"),
    "date-order": (check_date_order, "dates in English order or with ordinals (\"enero 6\")"),
    "name-case": (check_name_case, "a name capitalized in the English is lowercased"),
    "initial-case": (check_initial_case, "first letter's case differs from the English; a capital after a name"),
    "glossary-grammar": (check_glossary_grammar, "a determiner disagrees with a glossary term (\"el crisis\")"),
    "unknown-marks": (check_unknown_marks, "Apertium's unknown-word marks (*word, #word, @word)"),
}
SPANISH_ONLY = {"glossary-grammar"}
# Checks that need the language's Hunspell dictionary (in whole or in part).
DICTIONARY_CHECKS = ("spelling", "initial-case", "name-case")


def checks_without_dictionary(language: str, disabled: frozenset[str] = frozenset()) -> list[str]:
    """The checks that cannot run (in full) for the language: Hunspell or its dictionary is missing."""
    return [] if speller(language) is not None else [name for name in DICTIONARY_CHECKS if name not in disabled]


def draft_problems(english: str, text: str, glossary: Glossary, language: str = "es",
                   headline: bool = False) -> list[Problem]:
    return [Problem(kind, message) for kind, (check, _) in DRAFT_CHECKS.items()
            if base_language(language) == "es" or kind not in SPANISH_ONLY
            for message in check(english, text, glossary, language, headline)]


# Apertium's marks are words left untranslated: they must not be published. The others are
# matters of a dictionary, of case or of style: warnings (`check --strict` makes them errors).
BLOCKING = {"unknown-marks"}


def _register(name: str, check: DraftCheck, description: str) -> None:
    severity_text = "warning on a draft, error on a reviewed entry" if name in BLOCKING else "warning"

    @entry_check(name, f"{severity_text}: {description}")
    def run(msgid, msgstr, entry, context):
        severity = ERROR if name in BLOCKING and is_reviewed(entry) else WARNING
        headline = entry.comment in ("title", "subtitle")
        extra = {"extra": project_words(context.path)} if check is check_spelling else {}
        return [context.finding(entry, name, severity, message)
                for message in check(msgid, msgstr, context.glossary, context.language, headline, **extra)]


for _name, (_check, _description) in DRAFT_CHECKS.items():
    _register(_name, _check, _description)
for _name in SPANISH_ONLY:
    TYPOGRAPHY.setdefault("es", set()).add(_name)
    LANGUAGE_SPECIFIC.add(_name)
