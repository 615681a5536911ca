"""Protect what an engine must not touch, and give it back afterwards.

URLs, e-mail addresses, phone numbers, inline code, format placeholders, hard line breaks,
link targets, do-not-translate and capitalized glossary terms, pre-edited literals (dates,
times, names after "said": i18n.mt.preedit), the names a catalog shows to be names
(i18n.mt.names) and the characters Apertium drops (en dash,
tilde) are replaced by `XPH<n>X` tokens, which engines leave alone
(they survived 6,359 of 6,359 round trips through Apertium eng-spa; `{0}` and numeric
tokens did not). Link text and emphasized text are translated as segments of their own and
stand in the sentence as one token, so markup stays on its words when the engine reorders
them. After translation every token must come back exactly once, or the draft is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from i18n.catalogs.glossary import Glossary
from .names import modifier_last, standing_alone
from .preedit import LITERALS, may_match, rewrite

TOKEN = re.compile(r"XPH(\d+)X")

# Literal spans, copied back unchanged. Order matters: earlier alternatives win.
_LITERAL = r"""
  (?P<code>(?P<ticks>`+).+?(?P=ticks))
| (?P<autolink><(?:https?://|mailto:)[^\s<>]+>|<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>)
| (?P<image>!\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\))
| (?P<link>\[(?P<link_text>(?:[^\[\]]|\[[^\]]*\])+)\](?P<link_target>\([^)\s]*(?:\s+"[^"]*")?\)|\[[^\]]*\]))
| (?P<strong>(?P<strong_mark>\*\*|__)(?P<strong_text>\S(?:.*?\S)?)(?P=strong_mark))
| (?P<em>(?P<em_mark>\*|(?<!\w)_)(?P<em_text>[^\s*_](?:[^*]*?[^\s*_])?)(?P=em_mark)(?!\w))
| (?P<url>(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'"”’)])
| (?P<email>(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})
| (?P<phone>(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b)
| (?P<placeholder>%\(\w+\)[sd]|%[sd]|\{\w*\})
| (?P<hardbreak>\\\n)
| (?P<dropped>[–~])
"""
PROTECTED_SPANS = re.compile(_LITERAL, re.VERBOSE)
# The same without e-mail addresses, for texts without "@": every other kind starts with one
# of these characters, and looking at it first makes the search 15x faster.
_SPANS_BUT_EMAIL = re.compile(r"(?=[`<!\[*_hw+(\d%{\\–~])(?:" + "\n".join(
    line for line in _LITERAL.splitlines() if "(?P<email>" not in line) + ")", re.VERBOSE)


def protected_spans(text: str):
    """PROTECTED_SPANS.finditer(text), quickly."""
    return (PROTECTED_SPANS if "@" in text else _SPANS_BUT_EMAIL).finditer(text)


@dataclass
class MaskedText:
    """A text with tokens; `spans` says what each token stands for."""

    text: str
    literals: dict[str, str] = field(default_factory=dict)
    # token -> (prefix, inner MaskedText to translate, suffix)
    nested: dict[str, tuple[str, "MaskedText", str]] = field(default_factory=dict)

    def segments(self) -> list["MaskedText"]:
        """This text and every nested text, depth first: what the engine must translate."""
        result = [self]
        for _prefix, inner, _suffix in self.nested.values():
            result.extend(inner.segments())
        return result


class _Counter:
    def __init__(self):
        self.next = 0

    def token(self) -> str:
        token = f"XPH{self.next}X"
        self.next += 1
        return token


_SENTENCE_START = re.compile(r"(?:^|[.!?:][\"”’)]*\s+)[\"“‘¡¿(*_]*$")


def _glossary_replacement(term, matched: str, before: str) -> str:
    if term.keep:
        return matched
    translation = term.translation
    # Capitalize a translation only where the sentence starts ("Migrants ..." -> "Migrantes ...").
    if matched[:1].isupper() and translation[:1].islower() and _SENTENCE_START.search(before):
        translation = translation[:1].upper() + translation[1:]
    return translation


@dataclass(frozen=True)
class PreEdit:
    """Pre-editing for one target language (i18n.mt.preedit): dates and times in its words,
    English the engine mishandles rewritten. `clock` is "12h" (3 p. m.) or "24h" (15:00)."""

    language: str
    clock: str = "12h"
    names: re.Pattern | None = None  # the catalog's names, kept as they are (i18n.mt.names)


def mask(text: str, glossary: Glossary | None = None, counter: _Counter | None = None,
         pre_edit: PreEdit | None = None) -> MaskedText:
    """Only do-not-translate terms and glossary terms written with a capital (names of
    institutions and programmes) are masked; other glossary terms are left to the engine,
    whose rendering is then replaced (i18n.mt.postedit), so the grammar around them holds."""
    counter = counter or _Counter()
    glossary_pattern = glossary.pattern() if glossary else None
    result = MaskedText("")
    pieces = []
    position = 0
    for match in protected_spans(text):
        pieces.append(_mask_plain(text[position:match.start()], text[:position], glossary, glossary_pattern,
                                  counter, result, pre_edit))
        token = counter.token()
        if match.group("link"):
            inner = mask(match.group("link_text"), glossary, counter, pre_edit)
            result.nested[token] = ("[", inner, "]" + match.group("link_target"))
        elif match.group("strong"):
            mark = match.group("strong_mark")
            result.nested[token] = (mark, mask(match.group("strong_text"), glossary, counter, pre_edit), mark)
        elif match.group("em"):
            mark = match.group("em_mark")
            result.nested[token] = (mark, mask(match.group("em_text"), glossary, counter, pre_edit), mark)
        else:
            result.literals[token] = match.group(0)
        pieces.append(token)
        position = match.end()
    pieces.append(_mask_plain(text[position:], text[:position], glossary, glossary_pattern, counter, result,
                              pre_edit))
    result.text = "".join(pieces)
    return result


def _mask_plain(text, before, glossary, pattern, counter, result: MaskedText, pre_edit: PreEdit | None) -> str:
    if pre_edit and text:
        text = rewrite(text)
        for literal_pattern, render in LITERALS:
            if not may_match(literal_pattern, text):
                continue

            def literal(match, render=render):
                token = counter.token()
                kept, result.literals[token] = render(match, pre_edit.language, pre_edit.clock)
                return kept + token

            text = literal_pattern.sub(literal, text)
    if pattern and text:
        text = _mask_glossary(text, before, glossary, pattern, counter, result)
    if pre_edit and pre_edit.names is not None and text:
        text = _mask_names(text, pre_edit.names, counter, result)
    return text


def _mask_glossary(text, before, glossary, pattern, counter, result: MaskedText) -> str:
    """Do-not-translate terms and capitalized glossary terms, masked."""

    def replace(match):
        term = glossary.lookup(match.group(0))
        if not term.keep and not term.english[:1].isupper():
            return match.group(0)
        token = counter.token()
        result.literals[token] = _glossary_replacement(term, match.group(0), before + text[:match.start()])
        return token

    return pattern.sub(replace, text)


def _mask_names(text: str, names: re.Pattern, counter: _Counter, result: MaskedText) -> str:
    """The catalog's names (i18n.mt.names) standing alone, masked."""
    tokens = set()

    def name(match):
        if not standing_alone(match):
            return match.group(0)
        token = counter.token()
        result.literals[token] = match.group("name")
        tokens.add(token)
        return token

    text = names.sub(name, text)
    return modifier_last(text, tokens) if tokens else text


def engine_terms(text: str, glossary: Glossary | None):
    """The glossary terms of a (masked) text that are left to the engine: translated, lowercase."""
    pattern = glossary.pattern() if glossary else None
    if not pattern:
        return []
    terms = (glossary.lookup(match) for match in pattern.findall(text))
    return list(dict.fromkeys(t for t in terms if not t.keep and not t.english[:1].isupper()))


class MaskError(ValueError):
    """A translated text lost, duplicated or invented a token."""


def unmask(masked: MaskedText, translations: dict[int, str]) -> str:
    """Put the translated nested texts and the literals back; translations is by id(segment)."""
    translated = translations[id(masked)]
    expected = set(masked.literals) | set(masked.nested)
    found = TOKEN.findall(translated)
    found_tokens = [f"XPH{n}X" for n in found]
    if sorted(found_tokens) != sorted(expected):
        lost = sorted(expected - set(found_tokens))
        extra = sorted(set(found_tokens) - expected)
        repeated = sorted({t for t in found_tokens if found_tokens.count(t) > 1})
        problems = []
        if lost:
            problems.append("lost " + ", ".join(lost))
        if repeated:
            problems.append("repeated " + ", ".join(repeated))
        if extra:
            problems.append("unexpected " + ", ".join(extra))
        raise MaskError("placeholders did not survive translation: " + "; ".join(problems))

    def restore(match):
        token = match.group(0)
        if token in masked.literals:
            return masked.literals[token]
        prefix, inner, suffix = masked.nested[token]
        return prefix + unmask(inner, translations).strip() + suffix

    return TOKEN.sub(restore, translated)
