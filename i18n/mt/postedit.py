"""Post-editing rules a reviewer would otherwise apply by hand to a machine draft.

Rules are per target language; a language without rules only gets whitespace cleanup.
They run while placeholders are still masked, so names and URLs are never touched.
"""

from __future__ import annotations

import re

from ..languages import base_language
from .masking import TOKEN

_SPACES = re.compile(r"(?<=\S) {2,}")
# RAE: the period and comma go after the closing quotation mark ("”, dijo").
_PUNCTUATION_INSIDE_QUOTE = re.compile(r"([.,])([”»\"’])")
_SAID = re.compile(r"([”»\"][,.]?\s+)dich[oa]s?\b")
_WORD = re.compile(r"\w[\w’'-]*")


def is_title_case(english: str) -> bool:
    """True when most of a headline's words are capitalized, as English headlines are."""
    words = [w for w in _WORD.findall(english) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) > 0.6


def sentence_case(text: str) -> str:
    """Lowercase every capitalized word but the first; tokens (names) and acronyms are kept."""
    first = True

    def lower(match):
        nonlocal first
        word = match.group(0)
        if first:
            first = False
            return word
        if TOKEN.fullmatch(word) or word.isupper() or not word[0].isupper() or any(c.isupper() for c in word[1:]):
            return word
        return word.lower()

    return _WORD.sub(lower, text)


def post_edit(text: str, language: str, english: str, headline: bool = False) -> str:
    text = _SPACES.sub(" ", text).strip()
    # Engines turn typographic apostrophes into straight ones; keep the source's style.
    if "’" in english and "'" not in english:
        text = text.replace("'", "’")
    base = base_language(language)
    if base == "es":
        text = _PUNCTUATION_INSIDE_QUOTE.sub(r"\2\1", text)
        text = text.replace("¿ ", "¿").replace("¡ ", "¡")
        # Attribution after a quote: Apertium reads "said" as a participle ("”, dicho X").
        text = _SAID.sub(r"\1dijo", text)
    if headline and base in ("es", "fr", "it", "pt", "ca") and is_title_case(english):
        text = sentence_case(text)
    return text
