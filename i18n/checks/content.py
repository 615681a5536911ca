"""Entry checks of a translation's content: protected tokens (URLs, e-mails, phones,
do-not-translate names), numbers read locale-aware, the glossary, per-language typography,
and text that looks untranslated or truncated. Importing the module registers them (checks.py
does, in the order they run)."""

from __future__ import annotations

import functools
import re
from collections import Counter

from i18n.checks.registry import ERROR, WARNING, entry_check, fold, scan
from i18n.catalogs.formats import format_mismatch
from i18n.catalogs.glossary import Glossary, Term
from i18n.languages import base_language
from i18n.languages.spelling import WORD, speller

# ---------------------------------------------------------------- protected tokens


def _missing(source: list[str], target: list[str], key=lambda s: s) -> list[str]:
    remaining = Counter(key(t) for t in target)
    missing = []
    for item in source:
        if remaining[key(item)] > 0:
            remaining[key(item)] -= 1
        else:
            missing.append(item)
    return missing


@entry_check("urls", "error: a URL of the source is missing or changed")
def check_urls(msgid, msgstr, entry, context):
    return [context.finding(entry, "urls", ERROR, f"URL {url} is missing or changed")
            for url in _missing(scan(msgid).urls, scan(msgstr).urls)]


@entry_check("python-format", "error: the %(name)s arguments of a python-format entry do not fit the source "
                              "(the build shows the English instead of such a draft)")
def check_python_format(msgid, msgstr, entry, context):
    if "python-format" not in entry.flags:
        return []
    problem = format_mismatch(msgid, msgstr, strict=not entry.msgid_plural)
    return [context.finding(entry, "python-format", ERROR, problem)] if problem else []


@entry_check("emails", "error: an e-mail address of the source is missing or changed")
def check_emails(msgid, msgstr, entry, context):
    return [context.finding(entry, "emails", ERROR, f"e-mail address {email} is missing or changed")
            for email in _missing(scan(msgid).emails, scan(msgstr).emails, key=str.casefold)]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@entry_check("phones", "error: a phone number of the source is missing; warning: it is written differently")
def check_phones(msgid, msgstr, entry, context):
    findings = []
    target_digits = _digits(msgstr)
    for phone in _missing(scan(msgid).phones, scan(msgstr).phones):
        if _digits(phone)[-10:] in target_digits:
            findings.append(context.finding(entry, "phones", WARNING,
                                            f"phone number {phone} is written differently in the translation"))
        else:
            findings.append(context.finding(entry, "phones", ERROR, f"phone number {phone} is missing or changed"))
    return findings


@functools.lru_cache(maxsize=16)
def _glossary_pattern(glossary: Glossary) -> re.Pattern | None:
    return glossary.pattern()


def _glossary_matches(text: str, glossary: Glossary) -> dict[Term, str]:
    """Each glossary term found in text (whole words, longest first, any case) -> its first form."""
    pattern = _glossary_pattern(glossary)
    found: dict[Term, str] = {}
    if pattern is None:
        return found
    for match in pattern.finditer(text):
        term = glossary.lookup(match.group(0))
        if term is not None:
            found.setdefault(term, match.group(0))
    return found


def _term_pattern(text: str, flags=0) -> re.Pattern:
    # The glossary's own word boundaries (i18n/glossary.py), for one literal term.
    return re.compile(rf"(?<![\w@/.-]){re.escape(text)}(?![\w@/-]|\.\w)", flags)


@entry_check("do-not-translate",
             "error: a do-not-translate term of the glossary is missing; warning: its case changed")
def check_do_not_translate(msgid, msgstr, entry, context):
    findings = []
    prose = scan(msgstr).prose
    for term, form in _glossary_matches(scan(msgid).prose, context.glossary).items():
        if not term.keep or _term_pattern(form).search(prose):
            continue
        where = f"(do-not-translate, glossary line {term.line})"
        if _term_pattern(form, re.IGNORECASE).search(prose):
            findings.append(context.finding(entry, "do-not-translate", WARNING,
                                            f"{form!r} is written in another case {where}"))
        else:
            findings.append(context.finding(entry, "do-not-translate", ERROR, f"{form!r} is missing {where}"))
    return findings


# ---------------------------------------------------------------- numbers

# Digits with group and decimal separators: 1,299.50 / 1.299,50 / 1 299 / 12.5 / 2021.
_NUMBER = re.compile(r"\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*")
_TIME = re.compile(r"\b(\d{1,2})(?:[:.h](\d{2})(?!\d))?\s?(?:([ap])\.?\s?m\.?(?!\w)|h\b)?", re.IGNORECASE)
_GROUPS = (",", ".", " ", "\u00a0", "\u202f")

# Small numbers written as words, per language (cardinals and ordinals).
NUMBER_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
        "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
        "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
        "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "hundred": "100", "thousand": "1000",
    },
    "es": {
        "cero": "0", "un": "1", "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4",
        "cinco": "5", "seis": "6", "siete": "7", "ocho": "8", "nueve": "9", "diez": "10", "once": "11",
        "doce": "12", "primer": "1", "primero": "1", "primera": "1", "segundo": "2", "segunda": "2",
        "tercer": "3", "tercero": "3", "tercera": "3", "cuarto": "4", "cuarta": "4", "quinto": "5",
        "quinta": "5", "sexto": "6", "sexta": "6", "séptimo": "7", "séptima": "7", "octavo": "8",
        "octava": "8", "noveno": "9", "novena": "9", "décimo": "10", "décima": "10", "cien": "100",
        "ciento": "100", "mil": "1000",
    },
}


# Roman numerals of centuries and parts ("siglo XXI" for "21st century", "Fase II"), of I, V
# and X only: with C, D, L and M they would read acronyms ("DC", "CD", "MD") as numbers.
_ROMAN = re.compile(r"(?<![\w-])(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})(?![\w-])")


def _roman_value(numeral: str) -> int:
    values = [{"I": 1, "V": 5, "X": 10}[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _number_readings(token: str) -> set[str]:
    """Every value a written number can mean, in any locale: "1,299" is 1299 or 1.299."""
    readings = set()
    for decimal in (".", ",", None):
        for group in (*_GROUPS, None):
            if group == decimal:
                continue
            value = _read_number(token, group, decimal)
            if value is not None:
                readings.add(value)
    return readings or {token}


def _read_number(token: str, group: str | None, decimal: str | None) -> str | None:
    whole, fraction = token, None
    if decimal is not None and decimal in token:
        if token.count(decimal) > 1:
            return None
        whole, fraction = token.split(decimal)
        if not fraction.isdigit():
            return None
    parts = whole.split(group) if group else [whole]
    if not all(p.isdigit() for p in parts):
        return None
    if len(parts) > 1 and not (1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])):
        return None
    value = str(int("".join(parts)))
    if fraction is not None:
        # "1.000" read with a decimal point is 1.0, never the integer 1.
        value += "." + (fraction.rstrip("0") or "0")
    return value


def _numbers(text: str) -> list[tuple[str, set[str]]]:
    """(as written, possible values) of every number in text; times give their 24-hour forms."""
    found = []
    times = {}
    for match in _TIME.finditer(text):
        hour, minutes, meridiem = match.group(1), match.group(2), match.group(3)
        if not (minutes or meridiem) or int(hour) > 24 or (minutes and int(minutes) > 59):
            continue
        hours = {int(hour)}
        if meridiem and meridiem.lower() == "p" and int(hour) < 12:
            hours.add(int(hour) + 12)
        values = set()
        for h in hours:
            values.add(f"{h}:{minutes or '00'}")
            if not minutes or minutes == "00":
                values.add(str(h))
        times[match.start()] = (match.end(), match.group(0).strip(), values)
    for match in _ROMAN.finditer(text):
        found.append((match.group(0), {str(_roman_value(match.group(0)))}))
    position = 0
    for match in _NUMBER.finditer(text):
        if match.start() < position:
            continue
        readings = _number_readings(match.group(0))
        if match.start() in times:  # "9:00 p.m." is one number: 9:00, 21:00, 21, 9
            position, written, values = times[match.start()]
            found.append((written, values | (readings if not match.group(0).isdigit() else set())))
        else:
            found.append((match.group(0), readings))
    return found


def _match_numbers(source: list, target: list) -> tuple[list[int], list[int]]:
    """A maximum matching of source numbers to translation numbers sharing a value;
    returns the indices left unmatched on each side."""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set) -> bool:
        for j, (_written, values) in enumerate(target):
            if j in seen or not (source[i][1] & values):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    unmatched_source = [i for i in range(len(source)) if not augment(i, set())]
    unmatched_target = [j for j in range(len(target)) if j not in owner]
    return unmatched_source, unmatched_target


def _words(text: str, language: str) -> Counter:
    table = NUMBER_WORDS.get(base_language(language), {})
    return Counter(table[w] for w in re.findall(r"[^\W\d_]+", text.casefold()) if w in table)


@entry_check("numbers", "error: a number of the source is missing or changed; warning: a number was added")
def check_numbers(msgid, msgstr, entry, context):
    source_prose, target_prose = scan(msgid).prose, scan(msgstr).prose
    source, target = _numbers(source_prose), _numbers(target_prose)
    lost, added = _match_numbers(source, target)
    # A small number may be written as a word on either side ("2" / "dos").
    target_words, source_words = _words(target_prose, context.language), _words(source_prose, context.source_language)
    still_lost = []
    for i in lost:
        value = next((v for v in source[i][1] if target_words[v] > 0), None)
        if value is None:
            still_lost.append(i)
        else:
            target_words[value] -= 1
    still_added = []
    for j in added:
        value = next((v for v in target[j][1] if source_words[v] > 0), None)
        if value is None:
            still_added.append(j)
        else:
            source_words[value] -= 1
    findings = []
    if still_lost:
        lost_text = ", ".join(source[i][0] for i in still_lost)
        instead = ", ".join(target[j][0] for j in still_added)
        message = f"{lost_text} missing from the translation"
        if instead:
            message += f" (found {instead} instead)"
        findings.append(context.finding(entry, "numbers", ERROR, message))
    elif still_added:
        findings.append(context.finding(entry, "numbers", WARNING,
                                        f"{', '.join(target[j][0] for j in still_added)} not in the source"))
    return findings


# ---------------------------------------------------------------- glossary


def _translation_pattern(translation: str) -> re.Pattern:
    """The glossary translation, tolerant of gender and number: each word of more than three
    letters may change its last two ("centroamericanas" ~ "centroamericano")."""
    parts = []
    for word in fold(translation).split():
        if len(word) <= 3:
            parts.append(re.escape(word) + r"(?!\w)")
        else:
            parts.append(re.escape(word[:max(4, len(word) - 2)]) + r"\w*")
    return re.compile(r"(?<!\w)" + r"\W+".join(parts))


@entry_check("glossary", "warning: a glossary term is not translated as locales/glossary.csv says")
def check_glossary(msgid, msgstr, entry, context):
    findings = []
    prose = fold(scan(msgstr).prose)
    for term, form in _glossary_matches(scan(msgid).prose, context.glossary).items():
        if term.keep or _translation_pattern(term.translation).search(prose):
            continue
        findings.append(context.finding(entry, "glossary", WARNING,
                                        f"{form!r} should be translated as {term.translation!r} "
                                        f"(glossary line {term.line})"))
    return findings


# ---------------------------------------------------------------- looks untranslated

# Typical length of a translation relative to its English source, per language: Spanish runs
# about 20% longer (measured on sentences the team wrote in both languages: median 1.2, none
# below 1.0, standard deviation 0.15).
LENGTH_RATIO = {"es": 1.2, "fr": 1.2, "it": 1.15, "pt": 1.15, "de": 1.25, "nl": 1.1,
                "ja": 0.5, "ko": 0.5, "zh": 0.35}
LENGTH_MIN_SOURCE = 30  # shorter strings vary too much to judge as too long
# Cut text: under 60% of the usual length (for Spanish, 72% of the English: three standard
# deviations below the mean), less a margin of characters for short entries, whose length
# varies more; or without the English's closing punctuation or quotation mark and under 5/6
# of the usual length (for Spanish: shorter than the English, which our sentences never were).
CUT_SHARE, CUT_MARGIN, CUT_SHARE_UNCLOSED = 0.6, 8, 5 / 6
_ENDING = re.compile(r"[\s.!?…:;。！？\"'”’»)\]*_]*$")
_STOP = re.compile(r"[.!?…。！？]")
_CLOSING_QUOTE = re.compile(r"[\"”’»]")
# Words of the closed classes that always take a complement (articles, prepositions,
# conjunctions, possessive determiners): a text that ends on one was cut mid-phrase. Only
# those that are never also a noun, adjective, verb or adverb ("sobre", "bajo", "contra" are).
DANGLING_WORDS = {
    "es": {"el", "la", "los", "las", "un", "una", "unos", "unas", "al", "del", "a", "ante", "con", "de",
           "desde", "en", "hacia", "hasta", "para", "por", "tras", "y", "e", "o", "u", "ni", "que", "pero",
           "sino", "porque", "aunque", "mientras", "su", "sus", "mi", "mis", "tu", "tus"},
    "en": {"the", "a", "an", "of", "to", "and", "or", "nor", "but", "for", "with", "from", "in", "on", "at",
           "by", "as", "into", "than", "that", "your", "our", "their", "my", "his", "her", "its"},
}
# The last word, written apart and in lower case (not "LA", not "código.e"), then only marks
# (no placeholder of a URL or e-mail address).
_LAST_WORD = re.compile(r"(?:^|\s)([^\W\d_]+)([^\w\x00]*)$")


def _dangling(text: str, language: str, *, colon: bool = False) -> str:
    """The last word of text when it is one that always takes a complement, else "".
    Followed by a colon it announces what follows (a list): dangling only if colon is true."""
    match = _LAST_WORD.search(text)
    if not match or not match.group(1).islower() or (":" in match.group(2) and not colon):
        return ""
    return match.group(1) if match.group(1) in DANGLING_WORDS.get(base_language(language), ()) else ""


def _foreign_word(text: str, language: str, source_language: str = "en") -> str:
    """A word of text in lower case (not a name, not an acronym) that the language's dictionary
    does not know (without a dictionary: any), or a closed-class word of the source language
    the language does not share ("in", "of"), else ""."""
    spell = speller(language)
    closed = (DANGLING_WORDS.get(base_language(source_language), set())
              - DANGLING_WORDS.get(base_language(language), set()))
    for word in WORD.findall(scan(text).prose):
        if len(word) > 1 and word.islower() and (word in closed or spell is None or not spell.known(word)):
            return word
    return ""


# A sentence's first word, past any leading marks: the one capital that says nothing of a name.
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+)[^\w]*?([^\W\d_]+)")


def _source_word(text: str, language: str, source_language: str, kept: set[str]) -> str:
    """The first word of a sentence of text, capitalized as any sentence's is, that is a common
    word of the source language ("Overview", "Planned") and no word of the language, else "".
    Hunspell judges both (the source's dictionary in lower case; none installed: no verdict).
    Names are not common words: a capital in mid-sentence, an acronym, a name of the source's
    dictionary ("Mark"), a do-not-translate term of the glossary."""
    source, target = speller(source_language), speller(language)
    if source is None or target is None or base_language(source_language) == base_language(language):
        return ""
    for match in _SENTENCE_START.finditer(scan(text).prose):
        word = match.group(1)
        if not (word[:1].isupper() and word[1:].islower()) or word.casefold() in kept:
            continue
        lower = word.lower()
        if (source.known(lower) and word not in source.proper_names
                and not target.known(word) and not target.known(lower)):
            return word
    return ""


@entry_check("untranslated", "error: the translation is identical to a source that holds a word in lower case "
                             "the language does not know, or a sentence that starts on a common word of the "
                             "source language the language does not have, or a plural form is left empty")
def check_untranslated(msgid, msgstr, entry, context):
    findings = []
    # Poedit and Weblate save a plural entry with only some forms filled in; the empty ones
    # would show the English plural on a published page. (Repeated per form: the caller dedups.)
    empty = [f"msgstr[{index}]" for index, text in sorted(entry.msgstr_plural.items()) if not text]
    if entry.msgid_plural and empty:
        findings.append(context.finding(entry, "untranslated", ERROR,
                                        f"{', '.join(empty)} empty: that plural would be shown in English"))
    # Names, acronyms and titles stay as they are ("Chicago, Illinois"); "Mental health" does not.
    if msgstr.strip() != msgid.strip():
        return findings
    kept = {word.casefold() for term, form in _glossary_matches(scan(msgid).prose, context.glossary).items()
            if term.keep for word in WORD.findall(form)}
    word = (_foreign_word(msgid, context.language, context.source_language)
            or _source_word(msgid, context.language, context.source_language, kept))
    if word:
        findings.append(context.finding(entry, "untranslated", ERROR,
                                        f"the translation is identical to the source ({word!r}: not an "
                                        f"{context.language} word)"))
    return findings


def _unclosed(msgid: str, msgstr: str) -> str:
    """What of the English's ending (a full stop, a closing quotation mark) the translation lacks."""
    source, target = _ENDING.search(msgid).group(0), _ENDING.search(msgstr).group(0)
    if _STOP.search(source) and not _STOP.search(target):
        return "the closing punctuation"
    if _CLOSING_QUOTE.search(source) and not _CLOSING_QUOTE.search(target):
        return "the closing quotation mark"
    return ""


def _length(text: str) -> int:
    return len(re.sub(r"\s+", " ", text.strip()))


@entry_check("truncated", "error: the translation looks cut: much shorter than the usual length for its "
                          "English, shorter and without the English's closing punctuation or quotation mark, "
                          "or ending on an article, preposition or conjunction")
def check_truncated(msgid, msgstr, entry, context):
    source_prose, target_prose = scan(msgid).prose, scan(msgstr).prose
    source, target = _length(source_prose), _length(target_prose)
    if not target:
        return []  # an empty msgstr is untranslated, not cut
    usual = source * LENGTH_RATIO.get(base_language(context.language), 1.0)
    if target < CUT_SHARE * usual - CUT_MARGIN:
        reason = f"{target / source:.0%} of the English's length (usual: about {usual / source:.0%})"
    elif target < CUT_SHARE_UNCLOSED * usual and (missing := _unclosed(source_prose, target_prose)):
        reason = f"shorter than usual ({target / source:.0%} of the English's length) and without {missing}"
    elif ((word := _dangling(target_prose, context.language))
          and not _dangling(source_prose, context.source_language, colon=True)):
        reason = f"it ends on {word!r}, a word that takes a complement"
    else:
        return []
    return [context.finding(entry, "truncated", ERROR, f"the translation looks cut: {reason}")]


@entry_check("length", "warning: the translation is more than twice the usual length")
def check_length(msgid, msgstr, entry, context):
    source, target = len(scan(msgid).prose.strip()), len(scan(msgstr).prose.strip())
    if source < LENGTH_MIN_SOURCE:
        return []
    expected = LENGTH_RATIO.get(base_language(context.language), 1.0)
    if target / source / expected <= 2.0:
        return []
    return [context.finding(entry, "length", WARNING,
                            f"the translation is {target / source:.0%} of the source's length "
                            f"(usual: about {expected:.0%})")]
