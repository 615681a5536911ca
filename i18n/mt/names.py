"""Names the document itself shows to be names, kept as they are through the engine.

English writes a name with a capital wherever it stands; a common word has one only where a
sentence starts, in a title-case headline, or in an institution's name used with an article
("the Department"). Engines translate product names that are also words ("React" ->
"Reaccionar", "Tails" -> "Colas"). So, per catalog, a name is a capitalized word that

- the catalog writes mid-sentence at least twice where it is no part of a longer run of
  capitalized words ("Los Angeles County", "Device Neutrality": Spanish translates those) and
  not after a determiner ("the Department"), an opening quote, a bracket or a dash;
- it never writes in lower case (but in a web address: "react.dev");
- the English dictionary knows in lower case (the engine then translates it; other names it
  leaves as they are, or knows as names: "Hamburg" -> "Hamburgo");
- is no title before a person's name ("Governor"), weekday, month, language, country or
  nationality, nor a numbered part ("Article 3"), all of which Spanish translates.

Its occurrences standing alone are masked (i18n.mt.masking); "the Tails community" is first
written "the community of Tails", an order the engine cannot make of a masked word.
Measured on the development set (`make eval-mt`, halves by organisation): single words only,
seen twice, with the determiner test on evidence, not on every occurrence ("the Tails team"
is evidence against nothing).
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Iterable

from babel import Locale

from .preedit import MONTHS, NUMBERED_PARTS, WEEKDAYS, is_title_case, starts_sentence

DETERMINERS = frozenset("the a an this that these those our your their its his her my each every any some no "
                        "another either neither".split())
# Titles before a person's name: Spanish writes them in lower case and translates them.
TITLES = frozenset("President Vice Governor Lieutenant Secretary Senator Sen Representative Rep Congressman "
                   "Congresswoman Mayor Director Commissioner Administrator Chair Chairman Chairwoman Judge Justice "
                   "Attorney Dr Mr Ms Mrs Professor Prof Rev Bishop Cardinal Archbishop Pope Father Sister "
                   "Deputy Chief Officer Minister Ambassador King Queen Prince Princess Captain Sheriff "
                   "Superintendent Councilmember Assemblymember Speaker Leader".split())
# Words Spanish writes in lower case or in its own words: weekdays, months, numbered parts
# ("Article 3"), and languages, countries and regions (_place_names).
_NOT_NAMES = frozenset(WEEKDAYS) | frozenset(m.rstrip(".") for m in MONTHS) | frozenset(NUMBERED_PARTS.split("|"))


@functools.cache
def _place_names() -> frozenset[str]:
    """Babel's English names of languages, countries and regions (its English data: 11 ms to
    read, so only when a catalog has a candidate name no other test rules out)."""
    english = Locale("en")
    return frozenset(english.languages.values()) | frozenset(english.territories.values())


_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ian|an|ese|ish|ic|i)s?\Z")  # "Mexican", "Chinese", "Danish"
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# A word in running text: not a web address's or package's part ("react.dev", "example.org/tails").
_PROSE_WORD = re.compile(r"(?<![\w’'./@-])[^\W\d_][\w’'-]*(?![\w’'-]|\.\w|[/@])")
MIN_EVIDENCE = 2  # once: a sentence start the text hides ("investors However, ...") as often as a name


def _may_be_name(word: str) -> bool:
    """A capitalized word that is no acronym (left to the acronym rules), no "I", no word of
    _NOT_NAMES, no nationality and no name of a language or place."""
    return (word[0].isupper() and len(word) > 1 and not word.isupper() and re.split("[’']", word)[0] != "I"
            and word not in _NOT_NAMES and not _NATIONALITY.match(word) and word not in _place_names())


def _evidence(text: str, lowered: set[str]):
    """The words of text that stand alone mid-sentence as a name would (see the docstring),
    as written ("Tails’s"): document_names asks _may_be_name about them."""
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        if not words[i].group(0)[0].isupper():
            i += 1
            continue
        end = i  # the run of capitalized words from i to end
        while end + 1 < len(words) and text[words[end].end():words[end + 1].start()] == " " \
                and words[end + 1].group(0)[0].isupper():
            end += 1
        run, first = [w.group(0) for w in words[i:end + 1]], i
        if starts_sentence(text, words[i].start()):
            if len(run) == 1 or run[0].lower() not in lowered:  # "If React": the sentence's capital is on "If"
                i = end + 1
                continue
            first += 1
        while first <= end and words[first].group(0) in TITLES:  # "Governor Newsom"
            first += 1
        i = end + 1
        if first != end:
            continue  # no word or several: "Los Angeles County"
        word = words[first].group(0)
        between = text[words[first - 1].end():words[first].start()] if first else ""
        previous = words[first - 1].group(0) if first and between == " " else ""
        if (previous.lower() in DETERMINERS or between.rstrip()[-1:] in tuple("“‘\"(-–—)")
                # "Office of Data and Innovation": part of the name before it
                or previous in ("and", "of", "for", "&") and first > 1 and words[first - 2].group(0)[0].isupper()):
            continue
        yield word


def document_names(texts: Iterable[str], common: Callable[[str], bool]) -> set[str]:
    """The names of a catalog's texts (see the module's docstring); `common` tells whether
    the dictionary knows a lower-case word."""
    texts = list(texts)
    # The texts joined by a line break, which no word holds: one search, each distinct word tested once.
    # A lower-case word in a web address ("react.dev") is no evidence against the name.
    lowered = {w for w in set(_PROSE_WORD.findall("\n".join(texts))) if w.islower()}
    seen: dict[str, int] = {}  # each word as written, and how often
    for text in texts:
        if not is_title_case(text):
            for word in _evidence(text, lowered):
                seen[word] = seen.get(word, 0) + 1
    # A name is counted without its possessive ("Tails’s": Tails), each way of writing it that
    # _may_be_name accepts; it is asked only about the names that might reach MIN_EVIDENCE.
    most: dict[str, int] = {}
    for word, count in seen.items():
        name = _bare(word)
        most[name] = most.get(name, 0) + count
    counts: dict[str, int] = {}
    for word, count in seen.items():
        name = _bare(word)
        if most[name] >= MIN_EVIDENCE and name.lower() not in lowered and _may_be_name(word):
            counts[name] = counts.get(name, 0) + count
    return {name for name, count in counts.items() if count >= MIN_EVIDENCE and common(name.lower())}


def _bare(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


_ENDINGS = (("s", ""), ("ies", "y"), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("er", ""), ("ers", ""))


_STEM = re.compile(r"^[a-z][^/\n]*", re.MULTILINE)  # the lower-case entries, without their affix flags


@functools.lru_cache(maxsize=4)
def dictionary_words(speller) -> Callable[[str], bool]:
    """Does the speller's dictionary know a lower-case word? Hunspell is asked only about a word
    whose stem the dictionary file lists (it spends 20 ms suggesting others: most names). The
    file is read at the first question (16 ms): most catalogs have no candidate name to ask about."""

    @functools.cache
    def dictionary_stems() -> frozenset[str]:
        return frozenset(_STEM.findall(speller.dic.read_text(encoding="utf-8", errors="replace")))

    def known(word: str) -> bool:
        stems = dictionary_stems()
        return (any(word.endswith(end) and word[:len(word) - len(end)] + stem in stems for end, stem in _ENDINGS)
                or word in stems) and speller.known(word)

    return known


def names_pattern(names: Iterable[str]) -> re.Pattern | None:
    """The names as one pattern (group "name"), or None without names. Not in "Next.js"."""
    names = sorted(names, key=len, reverse=True)
    if not names:
        return None
    return re.compile(rf"(?<![\w’'-])(?P<name>{'|'.join(map(re.escape, names))})(?![\w-]|\.\w)")


_NEXT_CAPITAL = re.compile(r" [A-Z]")
_PREVIOUS_CAPITAL = re.compile(r"[A-Z][\w’'-]* \Z")


def standing_alone(match: re.Match) -> bool:
    """Is the matched name no part of a run of capitalized words ("Tails Greeter")?"""
    text = match.string
    return (not _NEXT_CAPITAL.match(text, match.end())
            and not _PREVIOUS_CAPITAL.search(text, max(0, match.start() - 40), match.start()))


# "the XPH0X community" -> "the community of XPH0X": a name before a noun modifies it, and the
# engine, which reads a token as no noun, would keep the order ("los Tails comunidad").
_FUNCTION = "of|to|for|and|or|in|on|at|with|from|by|is|are|was|were|has|have|had|will|can|that|which|who"
_MODIFIER = re.compile(rf"\b(?P<det>(?i:{'|'.join(sorted(DETERMINERS))})) (?P<token>XPH\d+X) (?P<noun>[a-z][a-z-]+)"
                       rf"(?=[^\w\s]|\Z| (?:{_FUNCTION})\b)")


def modifier_last(text: str, tokens: set[str]) -> str:
    """A masked name (one of tokens) between a determiner and a noun after that noun."""
    return _MODIFIER.sub(lambda m: f"{m['det']} {m['noun']} of {m['token']}" if m["token"] in tokens
                         and m["noun"] not in _FUNCTION.split("|") else m.group(0), text)
