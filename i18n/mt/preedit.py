"""Pre-edits: rewrite what engines are known to mishandle before they see it.

Measured on tests/data/mt-dev/ with Apertium eng-spa (`make mt-eval`). Two kinds:

- spans replaced by a masked literal (`LITERALS`, masked by i18n.mt.masking): dates, months,
  weekdays and times in the target language through Babel ("January 6, 2027" -> "6 de enero
  de 2027", "3 p.m." -> "3 p. m." or "15:00"); kept as they are: a dateline ("MIAMI —"), a
  bare domain ("HealthCare.gov"), the name after "said" (the engine splits it: "Daniela
  dicha Fuentes");
- English rewritten into English the engine translates better (`rewrite`): "a 60-day
  period" -> "a period of 60 days", "immigrant-rights advocates" -> "advocates of
  immigrant rights", "re-register" -> "register again"; title-case headlines in sentence case
  with names kept (`sentence_case_english`), since the engine reads a capital as a name.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Callable, Iterable

from babel.dates import format_skeleton, format_time, get_day_names, get_month_names
from ..languages import base_language
from .phrasal import one_word_verbs

MONTHS = {name: number for number, names in enumerate(
    [("January", "Jan."), ("February", "Feb."), ("March",), ("April",), ("May",), ("June",), ("July",),
     ("August", "Aug."), ("September", "Sept.", "Sep."), ("October", "Oct."), ("November", "Nov."),
     ("December", "Dec.")], start=1) for name in names}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# The article a date takes after a preposition, per target language ("hasta el 30 de septiembre").
DATE_ARTICLE = {"es": "el"}
# "at 3 p.m." -> "a las 3 p. m."; "at 1 p.m." -> "a la 1 p. m."
AT_TIME = {"es": ("a la", "a las")}

_MONTH = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
DATE = re.compile(
    rf"(?:(?P<on>\bon )|(?P<prep>\b(?:until|by|before|after|since|from|through|starting|beginning|to) ))?"
    rf"(?P<name>(?:(?P<weekday>{'|'.join(WEEKDAYS)}),? (?:the )?)?"
    rf"(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    # the order written outside the US: "28 January 2019", "1st of May"
    rf"|(?<![\d.,])(?P<day_first>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<month_after>{_MONTH})(?!\w))"
    rf"(?:,? (?P<year>\d{{4}})(?!\d))?)")
TIME = re.compile(r"(?P<at>\bat )?\b(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s?"
                  r"(?P<period>[aApP])\.?\s?[mM]\b\.?")
_NAME_WORD = r"[A-Z][\w’'-]*\.?"
# Only the group "name" is masked: "said attorney Rubén Lazcano" keeps "said attorney".
SAID_NAME = re.compile(rf"\b(?:said|says) (?:[a-z]+ ){{0,3}}?(?P<name>(?:(?:Dr|Rev|Sen|Rep|Gov|Mr|Ms|Mrs)\. )?"
                       rf"{_NAME_WORD}(?: (?:de |del |de la |van |von )?{_NAME_WORD})+)")

# (English text kept before the literal, the literal in the target language)
Literal = Callable[[re.Match, str, str], tuple[str, str]]


def local_date(match: re.Match, language: str, clock: str) -> tuple[str, str]:
    """A date ("January 6", "6 January") as the target language writes it, through Babel (with
    its article after "on")."""
    month = MONTHS[match.group("month") or match.group("month_after")]
    day, year = int(match.group("day") or match.group("day_first")), match.group("year")
    try:
        date = dt.date(int(year) if year else 2000, month, day)
    except ValueError:
        return "", match.group(0)
    locale = language.replace("-", "_")
    text = format_skeleton("yMMMMd" if year else "MMMMd", date, locale=locale)
    if match.group("weekday"):
        weekday = get_day_names("wide", "format", locale=locale)[WEEKDAYS.index(match.group("weekday"))]
        text = f"{weekday} {text}"
    article = DATE_ARTICLE.get(base_language(language))
    # "until January 6" -> "until" + "el 6 de enero". "on" stays for the engine, whose parse of
    # the verb before it depends on it ("open on" -> "abren en"); post-editing drops its "en".
    return match.group("on") or match.group("prep") or "", f"{article} {text}" if article else text


def local_time(match: re.Match, language: str, clock: str) -> tuple[str, str]:
    """"3 p.m." -> "3 p. m." (12h) or "15:00" (24h), through Babel; "at" -> "a las"."""
    hour = int(match.group("hour")) % 12 + (12 if match.group("period").lower() == "p" else 0)
    minute = int(match.group("minute") or 0)
    locale = language.replace("-", "_")
    time = dt.time(hour, minute)
    if clock == "24h":
        text = format_time(time, "HH:mm", locale=locale)
    else:
        text = format_time(time, "h a" if not minute else "h:mm a", locale=locale)
    if match.group("at"):
        at = AT_TIME.get(base_language(language))
        one = hour % 12 == 1 and clock != "24h" or hour in (1, 13) and clock == "24h"
        text = f"{at[0] if one else at[1]} {text}" if at else "at " + text
    # At the end of a sentence the abbreviation's period is also the full stop: "15:00." keeps it.
    after = match.string[match.end():]
    if match.group(0).endswith(".") and not text.endswith(".") and re.match(r"\s*$|\s+[A-Z]", after):
        text += "."
    return "", text.replace("\u202f", " ")


# A dateline ("MIAMI — "): engines take the capitals for words of the sentence
# ("Familias — de MIAMI afectaron").
DATELINE = re.compile(r"\A(?P<name>[A-Z][A-Z .,'-]*[A-Z.] +[—–]+)(?= )")

# A month without a day after a preposition: "in March" -> "in" + "marzo" (engines: "en March",
# "Marcha 2026"); "May" alone is a verb too, hence the preposition.
MONTH = re.compile(rf"\b(?P<prep>(?:in|of|since|until|by|from|through|during|before|after|early|late|last|next) )"
                   rf"(?P<name>(?P<month>{'|'.join(m for m in MONTHS if not m.endswith('.'))})"
                   rf"(?:,? (?P<year>\d{{4}}))?)\b(?! \d)"
                   # "ahead of November election": the month names a noun, leave it to the engine.
                   rf"(?! (?!(?:and|or|to|through|the|when|after|before|as|in|at|on)\b)[a-z])")


def local_month(match: re.Match, language: str, clock: str) -> tuple[str, str]:
    locale = language.replace("-", "_")
    month = MONTHS[match.group("month")]
    if match.group("year"):
        return match.group("prep"), format_skeleton("yMMMM", dt.date(int(match.group("year")), month, 1), locale=locale)
    return match.group("prep"), get_month_names("wide", "format", locale=locale)[month]


# A bare domain ("HealthCare.gov"): engines change its case or translate its words.
DOMAIN = re.compile(r"(?<![\w@./-])(?P<name>(?:[A-Za-z0-9-]+\.)+(?:gov|org|com|net|edu|us|info)\b"
                    r"(?:/[^\s<>()]*[^\s<>().,;:!?'\"”’)])?)(?![\w@-])")

_WEEKDAY = "|".join(WEEKDAYS)
# "on Tuesday" -> "el martes"; "Monday through Friday" -> "de lunes a viernes" (engines: "encima martes")
WEEKDAY = re.compile(rf"\b(?:(?P<on>on )(?P<day>{_WEEKDAY})|(?:from )?(?P<first>{_WEEKDAY}) (?:through|to|-) "
                     rf"(?P<last>{_WEEKDAY}))\b")
WEEKDAY_WORDS = {"es": ("el", "de", "a")}


def local_weekday(match: re.Match, language: str, clock: str) -> tuple[str, str]:
    """Weekday names through Babel; a language without its words here gets "on" + name, "first–last"."""
    words = WEEKDAY_WORDS.get(base_language(language))
    names = get_day_names("wide", "format", locale=language.replace("-", "_"))
    if match.group("day"):
        day = names[WEEKDAYS.index(match.group("day"))]
        return ("on ", f"{words[0]} {day}" if words else day)
    first, last = (names[WEEKDAYS.index(match.group(g))] for g in ("first", "last"))
    return "", f"{words[1]} {first} {words[2]} {last}" if words else f"{first}–{last}"


# A product and its version ("upgrade to Nimbus 18", "Canopy 2.1"): the name is no word to
# translate, though the pair may know it as one. Not where a sentence starts ("In 2019"), not
# a year ("Elections 2019"), not a numbered part of a text or a place, which Spanish
# translates ("Article 3", "Phase 2", "District 5").
NUMBERED_PARTS = ("Article|Section|Chapter|Title|Part|Phase|Step|Stage|Level|Tier|Grade|Room|Floor|District|Ward|Zone|"
             "Route|Highway|Proposition|Prop|Measure|Rule|Item|Page|Figure|Table|Number|No|Week|Day|Year|Season|"
             "Episode|Volume|Issue|Question|Option|Point|Principle|Goal|Priority|Group|Team|Class|Category|Type|"
             "Unit|Building|Station|Gate|Suite|Box|Line|Channel|Version|Release|Appendix|Annex|Exhibit|Amendment|"
             "Law|Act|Bill|Order|Resolution|Code|Directive|Regulation")
VERSIONED_NAME = re.compile(rf"(?<=[\w,;)] )(?!(?:{NUMBERED_PARTS}|{'|'.join(m.rstrip('.') for m in MONTHS)})\b)"
                            r"(?P<name>[A-Z][a-z]+[A-Za-z]* (?!1[89]\d\d\b|20\d\d\b)\d{1,3}(?:\.\d+)*)\b(?![.,-]\d)")


def _as_is(match: re.Match, language: str, clock: str) -> tuple[str, str]:
    """The span named "name" kept as it is; what precedes it stays for the engine."""
    return match.string[match.start():match.start("name")], match.group("name")


LITERALS: list[tuple[re.Pattern, Literal]] = [
    (DATELINE, _as_is), (DOMAIN, _as_is), (DATE, local_date), (MONTH, local_month), (WEEKDAY, local_weekday),
    (TIME, local_time), (SAID_NAME, _as_is), (VERSIONED_NAME, _as_is)]

_MONTH_STEMS = "|".join(dict.fromkeys(name[:3] for name in MONTHS))
# What a text must contain for a literal pattern to match: a quick test before the regex.
# The regexes among them start with a character class, which the regex engine scans for
# quickly (the patterns they stand for start with optional groups: tried at every position).
# "Sept. 6", "6 January"
_MONTH_DAY = re.compile(rf"(?:{_MONTH_STEMS})[a-z]*\.?\s+\d|\d(?:st|nd|rd|th)? (?:of )?(?:{_MONTH_STEMS})")
_MONTH_WORD = re.compile(rf" (?:{_MONTH_STEMS})")
_TIME_OF_DAY = re.compile(r"\d(?::[0-5]\d)?\s?[aApP]\.?\s?[mM]\b")
_WORD_NUMBER = re.compile(r"[a-z] \d")
# VERSIONED_NAME's name, which _WORD_NUMBER's scan does not find fast (kept in step with it)
_CAPITALIZED_NUMBER = re.compile(r"[A-Z][a-z]+[A-Za-z]* \d")
# Before _MONTH_DAY's scan, what it needs found faster: a digit, a month's first three letters.
_DIGIT = re.compile(r"\d")
_MONTH_STEM_LIST = tuple(dict.fromkeys(name[:3] for name in MONTHS))
_TOP_LEVEL_DOMAIN = re.compile(r"\.(?:gov|org|com|net|edu|us|info)\b")
_NEEDS: dict[re.Pattern, Callable[[str], bool]] = {
    DOMAIN: lambda text: _TOP_LEVEL_DOMAIN.search(text) is not None,
    DATE: lambda text: (_DIGIT.search(text) is not None and any(stem in text for stem in _MONTH_STEM_LIST)
                        and _MONTH_DAY.search(text) is not None),
    MONTH: lambda text: _MONTH_WORD.search(text) is not None,
    WEEKDAY: lambda text: "day" in text,
    TIME: lambda text: _TIME_OF_DAY.search(text) is not None,
    SAID_NAME: lambda text: "said " in text or "says " in text,
    VERSIONED_NAME: lambda text: _WORD_NUMBER.search(text) is not None and _CAPITALIZED_NUMBER.search(text) is not None,
}


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False when the literal pattern cannot match text (it lacks a word the pattern needs)."""
    needs = _NEEDS.get(pattern)
    return needs is None or needs(text)


_OPENERS = set("\"“‘«¡¿(*_[#>-")


def starts_sentence(text: str, position: int) -> bool:
    """Does a sentence start at position: is text before it empty or a sentence's end
    ([.!?:;—–]), then only spaces and openers (quotes, ¡¿, brackets, Markdown marks)?"""
    while position and (text[position - 1] in _OPENERS or text[position - 1].isspace()):
        position -= 1
    return not position or text[position - 1] in ".!?:;—–"


_WORD = re.compile(r"[^\W\d_][\w’'.-]*")


def _compound(match: re.Match) -> str:
    first, second, head = match.groups()
    if first[0].isupper():
        if not starts_sentence(match.string, match.start()):
            return match.group(0)  # a name ("Latino-owned businesses")
        first, head = first.lower(), head[0].upper() + head[1:]  # the sentence's capital moves
    return f"{head} of {first} {second}"


_UNIT = r"(?:day|week|month|year|hour|minute|mile|page|member|point|person)"
# (pattern, replacement, what a text must contain for the pattern to match: a quick test)
_REWRITES = [
    # "a 60-day period" -> "a period of 60 days"; "18-month TPS extension" -> "TPS extension of 18 months"
    (re.compile(rf"\b(\d+)-({_UNIT})\s+((?:[A-Z]{{2,}}\s+)?[a-z]+)\b"),
     lambda m: f"{m.group(3)} of {m.group(1)} {m.group(2)}{'' if m.group(1) == '1' else 's'}", ("-",)),
    # Possessives the engine drops or keeps: "Biden's decision" -> "decision of Biden" (a name:
    # not at a sentence start, where "Today's" is no name); "applicants' information" ->
    # "information of applicants".
    (re.compile(r"(?<=[a-z,] )([A-Z][\w-]+)['’]s ([a-z]{3,})\b"), lambda m: f"{m.group(2)} of {m.group(1)}",
     ("'s ", "’s ")),
    (re.compile(r"\b([a-z]{3,}s)['’] ([a-z]{3,})\b"), lambda m: f"{m.group(2)} of {m.group(1)}", ("s' ", "s’ ")),
    # "re-register" -> "register again"
    (re.compile(r"\bre-([a-z]{3,})\b"), lambda m: f"{m.group(1)} again", ("re-",)),
    # "immigrant-rights advocates" -> "advocates of immigrant rights" (not "15-year-old girl")
    (re.compile(r"(?<![\w-])(?!(?:non|self|co|ex|well|so|first|second|third)-)"
                r"([A-Za-z][a-z]{2,})-([a-z]{3,}) ([a-z]{3,}s)\b(?!-)"),
     _compound, ("-",)),
]


def rewrite(text: str) -> str:
    for pattern, replacement, needs in _REWRITES:
        if any(part in text for part in needs):
            text = pattern.sub(replacement, text)
    return one_word_verbs(text)  # "set up" -> "establish" (i18n.mt.phrasal)


# The _WORD words that may be capitalized, found by the regex engine itself: a _WORD match runs
# from the first letter of a run of [\w’'.-] to the run's end; those whose first letter is an
# ASCII lowercase one are skipped (the others are then asked isupper()).
_CAPITALIZED_WORD = re.compile(r"(?<![\w’'.-])[\d_’'.-]*(?P<first>[^\W\d_a-z])[\w’'.-]*")


def names_in(texts: Iterable[str]) -> set[str]:
    """Words capitalized where no sentence starts, in running text (not title-case headlines)."""
    names = set()
    for text in texts:
        if is_title_case(text):
            continue
        for match in _CAPITALIZED_WORD.finditer(text):
            start = match.start("first")
            if match.group("first").isupper() and not starts_sentence(text, start):
                names.add(text[start:match.end()].rstrip("."))
    return names


_LONGER_WORD = re.compile(r"\w[\w’'-]{3,}")  # the words of \w[\w’'-]* longer than 3


@functools.lru_cache(maxsize=4096)  # drafting asks about each text of a catalog several times
def is_title_case(english: str) -> bool:
    """True when most of a headline's longer words are capitalized, as English headlines are."""
    words = _LONGER_WORD.findall(english)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) > 0.6


def sentence_case_english(text: str, names: set[str]) -> str:
    """A title-case English headline in sentence case, names and acronyms kept."""
    def lower(match):
        word = match.group(0)
        bare = word.rstrip(".")
        if (starts_sentence(text, match.start()) or bare in names or bare.isupper()
                or any(c.isupper() for c in bare[1:]) or re.fullmatch(r"XPH\d+X", bare)):
            return word
        return word.lower()

    return _WORD.sub(lower, text)
