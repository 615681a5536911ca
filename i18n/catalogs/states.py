"""The state of a catalog entry: one vocabulary for stats, build, review proofs and checks.

An entry is in exactly one state. A fuzzy entry says where its text came from in a
translator comment above `#, fuzzy` (DESIGN.md): `# machine translation: <engine> <pair>`,
`# translation memory: <NN>% <catalog>` (with the matched English as `#|`), `# aligned from
<file>`; a fuzzy entry with a `#|` previous msgid and none of those is stale (its English
changed). Obsolete entries (`#~`) are apart: never used, counted on their own.
"""

from __future__ import annotations

import enum

import polib


class State(str, enum.Enum):
    """The value is the name people read: in stats, build messages, review proofs, JSON."""

    UNTRANSLATED = "untranslated"
    MACHINE_DRAFT = "machine draft"
    MEMORY_DRAFT = "memory draft"
    ALIGNED_DRAFT = "aligned draft"
    STALE = "stale"
    OTHER_FUZZY = "other fuzzy"
    REVIEWED = "reviewed"
    OBSOLETE = "obsolete"  # apart: not one of an entry's working states

    def __str__(self) -> str:
        return self.value


MACHINE_COMMENT_PREFIX = "machine translation:"
MEMORY_COMMENT_PREFIX = "translation memory:"
ALIGNED_COMMENT_PREFIX = "aligned from "
_ORIGINS = ((MACHINE_COMMENT_PREFIX, State.MACHINE_DRAFT), (MEMORY_COMMENT_PREFIX, State.MEMORY_DRAFT),
            (ALIGNED_COMMENT_PREFIX, State.ALIGNED_DRAFT))


def is_translated(entry: polib.POEntry) -> bool:
    """The entry has a msgstr (any plural form counts), reviewed or not."""
    if entry.msgid_plural:
        return any(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def is_reviewed(entry: polib.POEntry) -> bool:
    """Translated and not fuzzy: a human approved it. No command ever changes it."""
    return not entry.obsolete and "fuzzy" not in entry.flags and is_translated(entry)


def entry_state(entry: polib.POEntry | None) -> State:
    """The one state of an entry (None, an entry missing from its catalog: untranslated)."""
    if entry is None:
        return State.UNTRANSLATED
    if entry.obsolete:
        return State.OBSOLETE
    if not is_translated(entry):
        return State.UNTRANSLATED
    if "fuzzy" not in entry.flags:  # translated, not obsolete: is_reviewed
        # A plural with a form left empty (Poedit and Weblate save one so) is not finished:
        # a page would show that form in English. Neither untranslated (drafting would write
        # over the forms the translator wrote) nor reviewed: it waits for the translator.
        if entry.msgid_plural and not all(entry.msgstr_plural.values()):
            return State.OTHER_FUZZY
        return State.REVIEWED
    for line in entry.tcomment.splitlines():
        for prefix, state in _ORIGINS:
            if line.strip().startswith(prefix):
                # A machine or aligned draft whose English then changed is stale: the draft
                # was made for other English. A memory draft's `#|` is the matched English.
                if entry.previous_msgid and state is not State.MEMORY_DRAFT:
                    return State.STALE
                return state
    return State.STALE if entry.previous_msgid else State.OTHER_FUZZY
