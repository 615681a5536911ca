"""Catalogs: the plural table, headers and templates made from translation units.

The other jobs on catalogs have modules of their own: pofile.py reads (validated as msgfmt
does) and writes them, merge.py updates a .po from its template, memory.py holds reviewed
translations, stats.py counts entry states, filesafe.py writes files safely.
"""

from __future__ import annotations

from typing import Iterable

import polib

from i18n import __version__
from i18n.languages import base_language

GENERATOR = f"i18n-releases {__version__}"

# Plural-Forms as GNU gettext documents them. Babel's CLDR-derived rules differ (three forms
# for Spanish), which PO editors and msgfmt do not expect.
PLURAL_FORMS = {
    **dict.fromkeys(
        "en es de nl it pt ca gl eu da sv nb nn no fi et el hu bg he eo".split(),
        "nplurals=2; plural=(n != 1);",
    ),
    **dict.fromkeys(["fr", "pt_BR", "oc"], "nplurals=2; plural=(n > 1);"),
    **dict.fromkeys("ja ko zh vi th id ms tr fa".split(), "nplurals=1; plural=0;"),
    **dict.fromkeys(
        ["ru", "uk", "be", "sr", "hr", "bs"],
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<10 || n%100>=20) ? 1 : 2);",
    ),
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "cs": "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
    ": n%100>=11 ? 4 : 5);",
}


def language_name(language: str) -> str:
    """The language's English name for headers ("Spanish"), or its code when Babel has none."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_")).english_name or language
    except (ValueError, UnknownLocaleError):
        return language


def plural_forms(language: str) -> str:
    if language in PLURAL_FORMS:
        return PLURAL_FORMS[language]
    base = base_language(language)
    if base in PLURAL_FORMS:
        return PLURAL_FORMS[base]
    from babel.messages.plurals import get_plural

    rule = get_plural(language)
    return f"nplurals={rule.num_plurals}; plural={rule.plural_expr};"


# ---------------------------------------------------------------- templates


def template_header(project: str) -> dict:
    return {
        "Project-Id-Version": project,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": GENERATOR,
    }


def new_template(project: str, header_comment: str) -> polib.POFile:
    template = polib.POFile(wrapwidth=0)
    template.header = header_comment
    template.metadata = template_header(project)
    return template


def add_unit_entries(template: polib.POFile, units: Iterable, reference: str) -> None:
    """Add one entry per unit; a msgid repeated in one catalog gets a msgctxt per occurrence."""
    seen: dict[str, int] = {}
    for entry in template:
        seen[entry.msgid] = seen.get(entry.msgid, 0) + 1
    for unit in units:
        count = seen.get(unit.text, 0) + 1
        seen[unit.text] = count
        template.append(polib.POEntry(
            msgid=unit.text,
            msgstr="",
            msgctxt=f"occurrence {count}" if count > 1 else None,
            comment=unit.role,
            occurrences=[(reference, "")],
        ))


def unit_keys(units: Iterable, existing: Iterable[str] = ()) -> list[tuple[str | None, str]]:
    """The (msgctxt, msgid) of each unit, as add_unit_entries assigns them."""
    seen: dict[str, int] = {}
    for text in existing:
        seen[text] = seen.get(text, 0) + 1
    keys = []
    for unit in units:
        count = seen.get(unit.text, 0) + 1
        seen[unit.text] = count
        keys.append((f"occurrence {count}" if count > 1 else None, unit.text))
    return keys
