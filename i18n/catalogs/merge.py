"""Update a language catalog from its template, as `msgmerge --previous` does."""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import TYPE_CHECKING

import polib

from i18n.catalogs.fuzzy_index import FuzzyIndex
from i18n.catalogs.headers import GENERATOR, language_name, plural_forms
from i18n.catalogs.states import (ALIGNED_COMMENT_PREFIX, MACHINE_COMMENT_PREFIX,
    MEMORY_COMMENT_PREFIX, is_translated)

# msgmerge's fuzzy threshold: a changed source string inherits the closest old translation
# when their similarity is at least this (gettext's FUZZY_THRESHOLD).
FUZZY_THRESHOLD = 0.6
# Translator comments that name where a draft came from (not a human's review).
DRAFT_ORIGINS = (MACHINE_COMMENT_PREFIX, MEMORY_COMMENT_PREFIX, ALIGNED_COMMENT_PREFIX.strip())

if TYPE_CHECKING:  # the memory is passed in: catalogs do not depend on it
    from i18n.memory.exact import TranslationMemory


def po_header(language: str, project: str, old: polib.POFile | None, template: polib.POFile,
              now: dt.datetime) -> dict:
    """Header of a language catalog: translator fields kept (a valid Plural-Forms included,
    as msgmerge keeps it), our fields corrected, POT-Creation-Date from the template."""
    metadata = dict(old.metadata) if old is not None else {
        "Project-Id-Version": project,
        "PO-Revision-Date": now.strftime("%Y-%m-%d %H:%M%z"),
        "Last-Translator": "",
        "Language-Team": language_name(language),
        "MIME-Version": "1.0",
    }
    if "POT-Creation-Date" in template.metadata:
        metadata["POT-Creation-Date"] = template.metadata["POT-Creation-Date"]
    metadata["Language"] = language
    metadata["Content-Type"] = "text/plain; charset=UTF-8"
    metadata["Content-Transfer-Encoding"] = "8bit"
    if nplurals(metadata.get("Plural-Forms", "")) is None:
        metadata["Plural-Forms"] = plural_forms(language)
    metadata.setdefault("X-Generator", GENERATOR)
    return metadata


def nplurals(header_value: str) -> int | None:
    match = re.search(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=", header_value)
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


def closest_entry(msgid: str, candidates: list[polib.POEntry], index: FuzzyIndex) -> polib.POEntry | None:
    """The candidate whose msgid is most similar to msgid, if similar enough (msgmerge's
    fuzzy match, its fstrcmp measure); None otherwise. index holds the candidates' msgids."""
    match = index.best(msgid, FUZZY_THRESHOLD)
    return candidates[match.index] if match is not None else None


def _copy_translation(target: polib.POEntry, source: polib.POEntry) -> None:
    target.msgstr = source.msgstr
    target.msgstr_plural = dict(source.msgstr_plural)
    target.tcomment = source.tcomment


def _context(msgctxt: str | None) -> str | None:
    """A msgctxt as the text's own: "occurrence N" only numbers repeats by position."""
    return None if not msgctxt or msgctxt.startswith("occurrence ") else msgctxt


def _reviewed_against(entry: polib.POEntry, msgctxt: str | None, msgid: str) -> bool:
    """A stale entry whose translation was reviewed against exactly this source (`#|`):
    the English was edited, then the edit undone. Not a draft (its origin comment), nor a
    suggestion of the same text (`#|` its own msgid)."""
    return ("fuzzy" in entry.flags and entry.previous_msgid == msgid and entry.msgid != msgid
            and _context(entry.previous_msgctxt) == _context(msgctxt) and not entry.msgid_plural
            and not any(line.strip().startswith(DRAFT_ORIGINS) for line in entry.tcomment.splitlines()))


def merge_catalog(
    template: polib.POFile,
    old: polib.POFile | None,
    language: str,
    memory: TranslationMemory,
    now: dt.datetime,
) -> polib.POFile:
    """Update a language catalog from its template, as `msgmerge --previous` would.

    Unchanged entries keep their translation; a changed source string inherits the closest
    old translation as fuzzy with its old msgid as `#|`; entries that vanished become
    obsolete; an exact match in another catalog of the language (memory, keyed by
    (msgctxt, msgid)) is reused. A stale entry whose English returns to the `#|` it was
    reviewed against is reviewed again. The memory records what was asked of it, so a later
    run knows whether this result still holds.
    """
    result = _new_catalog(template, old, language, now)
    plural_count = nplurals(result.metadata["Plural-Forms"])
    old_entries = _realigned(template, list(old)) if old is not None else []
    by_key = {(e.msgctxt, e.msgid): e for e in old_entries if not e.obsolete}
    obsolete = {(e.msgctxt, e.msgid): e for e in old_entries if e.obsolete}
    used: set = set()
    # msgmerge also matches against obsolete entries, which come back to life when used.
    fuzzy_candidates = [e for e in old_entries if is_translated(e)]
    candidate_index = FuzzyIndex([e.msgid for e in fuzzy_candidates])
    # Stale entries by the English they were reviewed against: an undone edit finds its own
    # translation before any other text does (another occurrence's, the memory's).
    edited = {e.previous_msgid: e for e in reversed(fuzzy_candidates) if e.previous_msgid and "fuzzy" in e.flags}

    for source in template:
        key = (source.msgctxt, source.msgid)
        entry = polib.POEntry(
            msgid=source.msgid,
            msgid_plural=source.msgid_plural,
            msgctxt=source.msgctxt,
            msgstr="",
            msgstr_plural={i: "" for i in range(plural_count)} if source.msgid_plural else {},
            comment=source.comment,
            occurrences=list(source.occurrences),
            flags=[f for f in source.flags if f != "fuzzy"],
        )
        exact = by_key.get(key) or obsolete.get(key)
        remembered = memory.lookup(key) if exact is None or not is_translated(exact) else None
        if exact is not None and remembered is not None:
            exact = None  # an untranslated entry gives way to a reviewed one elsewhere
        undone = edited.get(source.msgid) if exact is None else None
        if undone is not None and ((undone.msgctxt, undone.msgid) in used
                                   or not _reviewed_against(undone, source.msgctxt, source.msgid)):
            undone = None
        if exact is not None:
            used.add(key)
            _copy_translation(entry, exact)
            if "fuzzy" in exact.flags:
                entry.flags.append("fuzzy")
                _copy_previous(entry, exact, from_previous=True)
            elif exact.msgid_plural != source.msgid_plural and is_translated(exact):
                entry.flags.append("fuzzy")  # same singular, new plural: the translation is stale
                _copy_previous(entry, exact, from_previous=False)
        elif undone is not None:  # reviewed again
            used.add((undone.msgctxt, undone.msgid))
            _copy_translation(entry, undone)
        elif not source.msgid_plural and remembered is not None:
            entry.msgstr = remembered
        elif not source.msgid_plural and (same_text := memory.same_text(source.msgid)) is not None:
            # The same text under another msgctxt elsewhere: a suggestion, not a match.
            entry.msgstr = same_text
            entry.flags.append("fuzzy")
            entry.previous_msgid = source.msgid
        else:
            closest = closest_entry(source.msgid, fuzzy_candidates, candidate_index)
            if closest is not None:
                used.add((closest.msgctxt, closest.msgid))
                _copy_translation(entry, closest)
                if not (_reviewed_against(closest, source.msgctxt, source.msgid) and not source.msgid_plural):
                    entry.flags.append("fuzzy")
                    _copy_previous(entry, closest, from_previous=bool(closest.previous_msgid))
        entry.flags = _ordered_flags(entry.flags)
        result.append(entry)
    _keep_obsolete(result, old_entries, used)
    return result


def _new_catalog(template: polib.POFile, old: polib.POFile | None, language: str,
                 now: dt.datetime) -> polib.POFile:
    """An empty catalog with the old one's header comment and fields (the template's for a
    new language), its PO header made for the language."""
    result = polib.POFile(wrapwidth=0)
    result.header = old.header if old is not None else template.header and template.header.replace(
        "Translation template for", f"{language_name(language)} translation of"
    )
    result.metadata = po_header(language, template.metadata.get("Project-Id-Version", ""), old, template, now)
    result.metadata_is_fuzzy = old.metadata_is_fuzzy if old is not None else False
    if old is not None and hasattr(old, "header_fields"):
        result.header_fields = old.header_fields
    return result


def _keep_obsolete(result: polib.POFile, old_entries: list[polib.POEntry], used: set) -> None:
    """Old entries no source string took: obsolete ones stay, translated ones become `#~`."""
    for previous in old_entries:
        if (previous.msgctxt, previous.msgid) in used:
            continue
        if previous.obsolete:
            result.append(previous)
        elif is_translated(previous):
            gone = copy.deepcopy(previous)
            gone.obsolete = True
            gone.occurrences = []
            gone.comment = ""
            result.append(gone)


def _realigned(template: polib.POFile, old_entries: list[polib.POEntry]) -> list[polib.POEntry]:
    """Old entries, with the occurrences of a repeated text re-keyed to the template's.

    A text written twice gets a msgctxt per occurrence ("occurrence 2"), by position. When the
    number of occurrences changes, position no longer says which is which: each remaining
    occurrence is paired with the old one whose neighbouring entries it shares, so each keeps
    its own translation. An old occurrence left over keeps a context no live entry uses.
    """
    new_groups = _occurrences(list(template))
    live = [e for e in old_entries if not e.obsolete]
    old_groups = _occurrences(live)
    changed = {msgid for msgid in set(new_groups) & set(old_groups)
               if len(old_groups[msgid]) != len(new_groups[msgid])}
    if not changed:
        return old_entries
    taken = {(e.msgctxt, e.msgid) for e in template} | {(e.msgctxt, e.msgid) for e in old_entries if e.obsolete}
    rekeyed: dict[int, str | None] = {}
    for msgid in changed:
        pairs = _pair_by_neighbours(new_groups[msgid], old_groups[msgid])
        for new_index, old_index in pairs:
            rekeyed[id(old_groups[msgid][old_index][0])] = new_groups[msgid][new_index][0].msgctxt
        paired = {old_index for _new, old_index in pairs}
        for old_index, (entry, _context) in enumerate(old_groups[msgid]):
            if old_index not in paired:
                number = 2
                while (f"occurrence {number}", msgid) in taken:
                    number += 1
                taken.add((f"occurrence {number}", msgid))
                rekeyed[id(entry)] = f"occurrence {number}"
    result = []
    for entry in old_entries:
        context = rekeyed.get(id(entry), entry.msgctxt)
        if context != entry.msgctxt:
            entry = copy.copy(entry)
            entry.msgctxt = context
        result.append(entry)
    return result


def _occurrences(entries: list[polib.POEntry]) -> dict[str, list[tuple[polib.POEntry, tuple]]]:
    """Entries by msgid (untranslated contexts only: no msgctxt or "occurrence N"), each with
    the msgids of the entries before and after it."""
    groups: dict[str, list] = {}
    for index, entry in enumerate(entries):
        if entry.msgctxt is None or entry.msgctxt.startswith("occurrence "):
            before = entries[index - 1].msgid if index > 0 else None
            after = entries[index + 1].msgid if index + 1 < len(entries) else None
            groups.setdefault(entry.msgid, []).append((entry, (before, after)))
    return groups


def _pair_by_neighbours(new: list, old: list) -> list[tuple[int, int]]:
    """An order-keeping pairing of as many new and old occurrences as possible, sharing the
    most neighbours (dynamic programming over the two short lists)."""
    def shared(a, b) -> int:
        return sum(x == y and x is not None for x, y in zip(a[1], b[1]))

    best = [[(0, 0, ())] * (len(old) + 1) for _ in range(len(new) + 1)]
    for i in range(len(new) - 1, -1, -1):
        for j in range(len(old) - 1, -1, -1):
            count, score, pairs = best[i + 1][j + 1]
            matched = (count + 1, score + shared(new[i], old[j]), ((i, j),) + pairs)
            best[i][j] = max(matched, best[i + 1][j], best[i][j + 1], key=lambda t: t[:2])
    return list(best[0][0][2])


def _copy_previous(entry: polib.POEntry, old: polib.POEntry, from_previous: bool) -> None:
    """Record the old source as `#|`: the old entry's own previous one if it had one."""
    if from_previous:
        msgctxt, msgid, plural = old.previous_msgctxt, old.previous_msgid, old.previous_msgid_plural
    else:
        msgctxt, msgid, plural = old.msgctxt, old.msgid, old.msgid_plural
    entry.previous_msgctxt = msgctxt or None
    entry.previous_msgid = msgid or None
    entry.previous_msgid_plural = plural or None


def _ordered_flags(flags: list[str]) -> list[str]:
    # GNU tools print fuzzy first, then format flags (po_format orders them as msgcat does).
    return sorted(set(flags), key=lambda flag: (flag != "fuzzy", flag))
