"""The glossary: locales/glossary.csv, editable in a spreadsheet.

Header `en,<lang>...,note`. A row whose cell for a language is empty or equal to the English
term is do-not-translate for that language (people, organisations, programme names).

Machine translation also knows a base glossary shipped with the package (`data/glossary-us.csv`):
US public institutions and programmes by the Spanish names they use themselves, and the words
of their releases an engine gets wrong ("policy" is "política"). The project's file overrides it.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass
from pathlib import Path

from retrie.trie import Trie

from i18n.errors import SourceError
from i18n.runtime.filesafe import read_limited

BASE_GLOSSARY = Path(__file__).parent.parent / "data" / "glossary-us.csv"


@dataclass(frozen=True)
class Term:
    english: str
    translation: str  # equal to english when the term is do-not-translate
    line: int = 0

    @property
    def keep(self) -> bool:
        return self.translation == self.english


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...] = ()

    def pattern(self) -> re.Pattern | None:
        """One regex matching every English term as whole words, longest first, any case."""
        return self._pattern

    @functools.cached_property
    def _pattern(self) -> re.Pattern | None:
        if not self.terms:
            return None
        # The terms as a trie ("department of (?:homeland security|labor)"): searched 3x faster
        # than their plain alternation. Lowercase letter by letter, terms that differ in case
        # share their branch, so each position follows one path and the longest term that
        # matches is tried first, as it was with the terms listed longest first.
        body = Trie(*("".join(c.lower() if len(c.lower()) == 1 else c for c in t.english)
                      for t in self.terms)).pattern()
        return re.compile(rf"(?<![\w@/.-])(?:{body})(?![\w@/-]|\.\w)", re.IGNORECASE)

    @functools.cached_property
    def _by_folded(self) -> dict[str, Term]:
        terms: dict[str, Term] = {}
        for term in self.terms:
            terms.setdefault(term.english.casefold(), term)
        return terms

    def lookup(self, english: str) -> Term | None:
        return self._by_folded.get(english.casefold())


def with_base(glossary: Glossary, language: str) -> Glossary:
    """The project's glossary over the base glossary: a project term replaces a base one."""
    own = {term.english.casefold() for term in glossary.terms}
    base = load_glossary(BASE_GLOSSARY, language)
    return Glossary(glossary.terms + tuple(t for t in base.terms if t.english.casefold() not in own))


def load_glossary(path: Path, language: str) -> Glossary:
    """The terms of one target language; a missing file is an empty glossary."""
    path = Path(path)
    if not path.exists():
        return Glossary()
    try:
        text = read_limited(path).decode("utf-8-sig")
    except OSError as error:
        raise SourceError(path, 1, f"cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise SourceError(path, 1, "not valid UTF-8 (save the spreadsheet as CSV UTF-8)") from None
    # csv reads the text itself (not its lines): a quoted cell may hold a line break, as
    # spreadsheets write a note of two lines. Each row keeps the line it starts on.
    reader = csv.reader(io.StringIO(text, newline=""))
    rows, starts, line = [], [], 1
    try:
        for row in reader:
            rows.append(row)
            starts.append(line)
            line = reader.line_num + 1
    except csv.Error as error:
        raise SourceError(path, line, f"not a readable CSV row: {error}") from None
    if not rows or not rows[0] or rows[0][0].strip() != "en":
        raise SourceError(path, 1, "the header must start with 'en' (en,es,...,note)")
    header = [cell.strip() for cell in rows[0]]
    column = header.index(language) if language in header else None
    language_columns = [i for i, name in enumerate(header) if i and name != "note"]
    terms = []
    seen: dict[str, int] = {}
    for number, row in zip(starts[1:], rows[1:]):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise SourceError(path, number, f"{len(row)} cells but the header has {len(header)}")
        english = row[0].strip()
        if not english:
            raise SourceError(path, number, "the 'en' cell is empty")
        if english.casefold() in seen:
            raise SourceError(path, number, f"{english!r} is already defined on line {seen[english.casefold()]}")
        seen[english.casefold()] = number
        cells = {i: (row[i].strip() if i < len(row) else "") for i in language_columns}
        if column is None and any(cells[i] and cells[i] != english for i in language_columns):
            continue  # a language without a column knows only the names kept in every language
        cell = cells.get(column, "") if column is not None else ""
        terms.append(Term(english, cell or english, number))
    return Glossary(tuple(terms))
