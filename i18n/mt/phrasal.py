"""English phrasal verbs as the one-word verbs engines translate.

Apertium translates a phrasal verb word for word ("fill out the form" -> "llena fuera de la
forma", "set up a server" -> "pusimos arriba de un servidor"); the one-word verb of the same
meaning it knows ("fill", "establish"; "fill", not "complete": US Spanish "llenar" a form).
Only a particle right after its verb is read (not "fill the form out"), in every form of the
verb ("sets up", "set up", "setting up")."""

from __future__ import annotations

import re

from retrie.trie import Trie

# verb + particle -> replacement verb; "to" after "reach out" and "give back" goes with them
# ("reach out to us" -> "contact us").
PHRASAL_VERBS = {
    "check out": "consult", "speed up": "accelerate", "fill out": "fill", "fill in": "fill",
    "set up": "establish", "clean up": "clean", "slow down": "slow", "open up": "open",
    "pick up": "collect", "figure out": "determine", "reach out to": "contact", "reach out": "contact",
    "point out": "indicate", "shut down": "close", "turn on": "activate", "turn off": "disable",
    "look up": "find", "give back to": "contribute to", "sign up": "register", "carry out": "execute",
    "cut down": "reduce", "wrap up": "finish", "give up": "abandon", "make up of": "compose of",
}
# The forms of the phrasal verbs' heads the suffix rules below do not give.
_IRREGULAR = {"set": ("sets", "set", "setting"), "shut": ("shuts", "shut", "shutting"),
              "cut": ("cuts", "cut", "cutting"), "make": ("makes", "made", "making"),
              "wrap": ("wraps", "wrapped", "wrapping"), "carry": ("carries", "carried", "carrying"),
              "speed": ("speeds", "sped", "speeding"), "give": ("gives", "gave", "giving"),
              "find": ("finds", "found", "finding")}
_EXTRA_PAST = {"give": "given", "speed": "speeded"}


def _forms(verb: str) -> tuple[str, str, str, str]:
    """base, third person, past (and participle), gerund of a verb."""
    if verb in _IRREGULAR:
        return (verb, *_IRREGULAR[verb])
    third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")
    past = verb + ("d" if verb.endswith("e") else "ed")
    gerund = (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"
    return verb, third, past, gerund


def _table() -> dict[str, str]:
    table = {}
    for phrasal, replacement in PHRASAL_VERBS.items():
        head, particle = phrasal.split(" ", 1)
        first, _, rest = replacement.partition(" ")
        tail = f" {rest}" if rest else ""
        # A past the same as the base ("set") is read as the base: an instruction is likelier.
        for form, new in zip(_forms(head), _forms(first)):
            table.setdefault(f"{form} {particle}", new + tail)
        if head in _EXTRA_PAST:
            table[f"{_EXTRA_PAST[head]} {particle}"] = _forms(first)[2] + tail
    return table


_TABLE = _table()
# One pass over a text for all of them: their forms as a trie, longest first ("reach out to"
# before "reach out"); not before a hyphen or inside a word ("set-up", "setups").
PHRASAL = re.compile(rf"(?<![\w-])(?:{Trie(*_TABLE).pattern()})(?![\w-])", re.IGNORECASE)


def _replace(match: re.Match) -> str:
    found = match.group(0)
    new = _TABLE[found.lower()]
    return new[:1].upper() + new[1:] if found[:1].isupper() else new


def one_word_verbs(text: str) -> str:
    """Every phrasal verb of PHRASAL_VERBS in text as its one-word verb."""
    return PHRASAL.sub(_replace, text)
