"""The package's own page strings, translated and reviewed by the team: i18n/translations/<lang>.po.

A press room's site.po starts from them: `i18n init` and `i18n extract` fill each of the
package's strings that the press room has not translated (or only has a draft a tool wrote
for, or the package's own translation of an earlier English) with the package's reviewed translation, marked with the translator comment
PACKAGE_COMMENT. Such an entry is reviewed like any other: a press room overrides it by
editing its msgstr, and no command changes it again. Strings of a press room's own templates
are not in the package's catalogs: they stay the press room's to translate.
"""

from __future__ import annotations

import datetime as dt
import functools
from importlib import resources

import polib

from i18n.config import Config
from i18n.memory.exact import TranslationMemory
from i18n.catalogs.merge import merge_catalog, nplurals
from i18n.catalogs.pofile import parse_catalog
from i18n.catalogs.site_strings import site_template
from i18n.catalogs.states import State, entry_state

PACKAGE_COMMENT = "from the i18n-releases package (reviewed; edit the msgstr to override)"
# What a tool wrote gives way to the package's reviewed translation; what a person wrote stays.
_REPLACEABLE = (State.UNTRANSLATED, State.MACHINE_DRAFT, State.MEMORY_DRAFT)


@functools.cache
def package_bytes(language: str) -> bytes:
    """The package's catalog for language (b"" if it ships none)."""
    resource = resources.files("i18n").joinpath("translations", f"{language}.po")
    return resource.read_bytes() if resource.is_file() else b""


@functools.cache
def package_catalog(language: str) -> dict[tuple, polib.POEntry]:
    """The package's reviewed entries for language, by (msgctxt, msgid)."""
    data = package_bytes(language)
    if not data:
        return {}
    catalog = parse_catalog(data, f"i18n/translations/{language}.po")
    return {(e.msgctxt, e.msgid): e for e in catalog if entry_state(e) is State.REVIEWED}


def fill_package_strings(catalog: polib.POFile, language: str) -> int:
    """Fill the entries of a site catalog the package translates; the number filled."""
    known = package_catalog(language)
    forms = nplurals(catalog.metadata.get("Plural-Forms", ""))
    filled = 0
    for entry in catalog:
        source = known.get((entry.msgctxt, entry.msgid))
        if source is None or entry.obsolete:
            continue
        # A stale entry whose text the package gave (its English changed in a new version of
        # the package) takes the package's new translation; one a person edited stays.
        from_package = "fuzzy" in entry.flags and entry.tcomment == PACKAGE_COMMENT
        if entry_state(entry) not in _REPLACEABLE and not from_package:
            continue
        if entry.msgid_plural != source.msgid_plural:
            continue
        if entry.msgid_plural and len(source.msgstr_plural) != forms:
            continue  # the press room counts this language's plurals otherwise
        entry.msgstr = source.msgstr
        entry.msgstr_plural = {int(k): v for k, v in source.msgstr_plural.items()}
        entry.tcomment = PACKAGE_COMMENT
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
        filled += 1
    return filled


def starting_site_catalog(config: Config, language: str, now: dt.datetime) -> polib.POFile | None:
    """site.po of a new press room, as `i18n extract` would write it: the page strings, those
    the package translates filled in (None when the package has no catalog for language)."""
    if not package_bytes(language):
        return None
    catalog = merge_catalog(site_template(config), None, language, TranslationMemory(()), now)
    fill_package_strings(catalog, language)
    return catalog
