"""Spanish punctuation and grammar Apertium gets wrong whatever the text is about.

Each rule was mined from systematic differences between raw Apertium and published human
Spanish, and kept only when it helped on documents of organisations it was not written from
(`make eval-mt`, halves by organisation). Each asks first whether the text holds the word it
is about (a substring test), so a segment pays only for the rules it needs.
"""

from __future__ import annotations

import re

# Spanish opens a question and an exclamation: "Is it free?" -> "¿Es libre?" (RAE). The mark
# goes where the sentence starts, after any opening quote, bracket or Markdown emphasis.
_OPEN_MARK = re.compile(r"(?:^|(?<=[.!?:;]\s))(?P<lead>[\"“«‘(*_]*)(?=[^\s.!?:;¿¡])"
                        r"(?P<body>[^.!?:;¿¡\n]*?)(?P<end>[?!]+)")

# The serial comma of English lists is no Spanish: "A, B, y C" -> "A, B y C". A list's last
# item before the conjunction is short; a longer stretch after a comma is a clause, whose
# comma may stay.
_SERIAL_COMMA = re.compile(r", (?=(?:y|o|e|u) )")
_LIST_ITEM_WORDS = 4

# "available" is a state: "es disponible" -> "está disponible".
_TO_BE_AVAILABLE = {"es": "está", "son": "están", "era": "estaba", "eran": "estaban", "será": "estará",
                    "serán": "estarán", "sea": "esté", "sean": "estén", "sería": "estaría", "serían": "estarían",
                    "ser": "estar"}
_AVAILABLE = re.compile(r"\b(es|son|era|eran|será|serán|sea|sean|sería|serían|ser|Es|Son|Era|Eran|Será|Serán)"
                        r"(?= (?:ahora |ya |también |todavía |aún )?disponibles?\b)")

# An impersonal "it is important to" takes a bare infinitive: "Es importante de leer" ->
# "Es importante leer" (not "fácil de usar", where the infinitive's object is the subject).
_IMPERSONAL = re.compile(
    r"\b((?:[Ee]s|[Ss]erá|[Ss]ería|[Ee]ra|[Ff]ue|[Rr]esulta) (?:muy |más |tan |realmente |especialmente )?"
    r"(?:importante|necesario|posible|imposible|esencial|fundamental|crucial|vital|urgente|crítico|clave)) de "
    r"(?=[^\W\d_]+(?:ar|er|ir)(?:se|lo|la|los|las|nos|le|les)?\b)")


def _open_marks(text: str) -> str:
    def mark(match):
        opening = "¿" if "?" in match.group("end") else "¡"
        return f"{match.group('lead')}{opening}{match.group('body')}{match.group('end')}"

    return _OPEN_MARK.sub(mark, text)


def _serial_comma(text: str) -> str:
    def drop(match):
        sentence = re.split(r"[.!?:;]\s", text[:match.start()])[-1]
        # ", " separates; the comma of "1,200" does not
        if ", " not in sentence or len(sentence.rsplit(", ", 1)[1].split()) > _LIST_ITEM_WORDS:
            return match.group(0)
        return " "

    return _SERIAL_COMMA.sub(drop, text)


def spanish_style(text: str) -> str:
    """The rules above, on a draft (its placeholders still masked)."""
    if "?" in text or "!" in text:
        text = _open_marks(text)
    if ", y " in text or ", o " in text or ", e " in text or ", u " in text:
        text = _serial_comma(text)
    if "disponible" in text:
        text = _AVAILABLE.sub(lambda m: _TO_BE_AVAILABLE[m.group(1).lower()].capitalize() if m.group(1)[0].isupper()
                              else _TO_BE_AVAILABLE[m.group(1)], text)
    if " de " in text:
        text = _IMPERSONAL.sub(r"\1 ", text)
    return text
