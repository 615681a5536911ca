"""Catalogs: templates, .po update (msgmerge --previous semantics), translation memory,
stats, and atomic writes in GNU msgcat's format.

Every catalog is written exactly as GNU `msgcat` would write it (po_format.py, or msgcat
itself for unusual characters), so the bytes on disk are what msgmerge, Poedit and Weblate
write back: no noise diffs. A catalog is only rewritten when its content changed.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import fcntl
import os
import re
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable

import polib

from . import __version__
from .errors import LockBusyError, ToolError
from .memory_index import FuzzyIndex

WRAP_WIDTH = 79
GENERATOR = f"i18n-releases {__version__}"
MACHINE_COMMENT_PREFIX = "machine translation:"
# msgmerge's fuzzy threshold: a changed source string inherits the closest old translation
# when their similarity is at least this (gettext's FUZZY_THRESHOLD).
FUZZY_THRESHOLD = 0.6

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
    base = language.replace("-", "_").split("_")[0]
    if base in PLURAL_FORMS:
        return PLURAL_FORMS[base]
    from babel.messages.plurals import get_plural

    rule = get_plural(language)
    return f"nplurals={rule.num_plurals}; plural={rule.plural_expr};"


# ---------------------------------------------------------------- files


def atomic_write(path: Path, data: bytes) -> None:
    """Write data to path through a temporary file and a rename: readers never see half a file.

    No fsync per file: ext4, XFS and Btrfs flush a file's data before a rename replaces
    another, so a crash leaves the old catalog or the new one; an fsync per catalog cost more
    than the whole rest of `i18n translate`'s own work.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def write_if_changed(path: Path, data: bytes) -> bool:
    """Atomically write data unless path already holds exactly these bytes."""
    path = Path(path)
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    atomic_write(path, data)
    return True


@contextlib.contextmanager
def repository_lock(root: Path, timeout: float, on_wait: Callable[[], None] | None = None):
    """Hold an exclusive lock on the repository so two commands never interleave writes."""
    lock_path = Path(root) / ".i18n.lock"
    with open(lock_path, "a+") as handle:
        deadline = time.monotonic() + timeout
        waited = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited and on_wait:
                    on_wait()
                waited = True
                if time.monotonic() >= deadline:
                    raise LockBusyError(
                        f"another i18n command has held {lock_path.name} for {timeout:g} s; "
                        "stopped without writing anything (run again when it has finished)"
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# ---------------------------------------------------------------- serialization


def unwrapped(catalog: polib.POFile) -> str:
    """polib's serialization without line wrapping: a canonical form to compare content."""
    catalog.wrapwidth = 0
    return catalog.__unicode__()


def msgcat_format(text: str, name: str = "-") -> bytes:
    """Format catalog text exactly as GNU msgcat writes it (wrap width 79)."""
    try:
        result = subprocess.run(
            ["msgcat", f"--width={WRAP_WIDTH}", "-o", "-", "-"],
            input=text.encode("utf-8"), capture_output=True, check=False,
        )
    except FileNotFoundError:
        raise ToolError("msgcat not found: install GNU gettext (apt-get install gettext)") from None
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().replace("<stdin>", name)
        raise ToolError(f"{name}: msgcat could not format the catalog: {detail}")
    return result.stdout


_OBSOLETE_PREVIOUS = re.compile(r"^#~\| ", re.MULTILINE)


def read_catalog(path: Path) -> polib.POFile:
    from .errors import SourceError

    try:
        text = Path(path).read_text(encoding="utf-8")
        # polib skips the previous msgid of obsolete entries ("#~| "); read it as "#| ".
        return polib.pofile(_OBSOLETE_PREVIOUS.sub("#| ", text), wrapwidth=0)
    except (OSError, ValueError) as error:
        line = _line_of(str(error))
        raise SourceError(path, line, f"cannot parse catalog: {error}") from None


def _line_of(message: str) -> int:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else 1


def gnu_format(catalog: polib.POFile, name: str = "-") -> bytes:
    """The catalog's bytes as GNU msgcat writes them; msgcat itself runs only for characters
    whose line breaking po_format has not measured."""
    from .po_format import Unsupported, format_catalog

    try:
        return format_catalog(catalog).encode("utf-8")
    except Unsupported:
        return msgcat_format(unwrapped(catalog), name)


def save_catalog(catalog: polib.POFile, path: Path, existing: polib.POFile | None) -> bool:
    """Write catalog to path (GNU-formatted, atomically) if its content differs."""
    if existing is not None and unwrapped(existing) == unwrapped(catalog):
        return False
    return write_if_changed(path, gnu_format(catalog, str(path)))


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


# ---------------------------------------------------------------- merge


def po_header(language: str, project: str, old: polib.POFile | None, now: dt.datetime) -> dict:
    """Header of a language catalog: translator fields kept, our fields corrected."""
    metadata = dict(old.metadata) if old is not None else {
        "Project-Id-Version": project,
        "PO-Revision-Date": now.strftime("%Y-%m-%d %H:%M%z"),
        "Last-Translator": "",
        "Language-Team": language_name(language),
        "MIME-Version": "1.0",
    }
    metadata["Language"] = language
    metadata["Content-Type"] = "text/plain; charset=UTF-8"
    metadata["Content-Transfer-Encoding"] = "8bit"
    metadata["Plural-Forms"] = plural_forms(language)
    metadata.setdefault("X-Generator", GENERATOR)
    return metadata


def _closest(msgid: str, candidates: list[polib.POEntry], index: FuzzyIndex) -> polib.POEntry | None:
    """The old entry most similar to msgid (msgmerge's fstrcmp measure), if similar enough;
    index holds the candidates' msgids."""
    match = index.best(msgid, FUZZY_THRESHOLD)
    return candidates[match.index] if match is not None else None


def _is_translated(entry: polib.POEntry) -> bool:
    if entry.msgid_plural:
        return any(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def _copy_translation(target: polib.POEntry, source: polib.POEntry) -> None:
    target.msgstr = source.msgstr
    target.msgstr_plural = dict(source.msgstr_plural)
    target.tcomment = source.tcomment


def merge_catalog(
    template: polib.POFile,
    old: polib.POFile | None,
    language: str,
    memory: "TranslationMemory",
    now: dt.datetime,
) -> polib.POFile:
    """Update a language catalog from its template, as `msgmerge --previous` would.

    Unchanged entries keep their translation; a changed source string inherits the closest
    old translation as fuzzy with its old msgid as `#|`; entries that vanished become
    obsolete; an exact match in another catalog of the language (memory, keyed by
    (msgctxt, msgid)) is reused. The memory records what was asked of it, so a later run
    knows whether this result still holds.
    """
    result = polib.POFile(wrapwidth=0)
    result.header = old.header if old is not None else template.header.replace(
        "Translation template for", f"{language_name(language)} translation of"
    )
    result.metadata = po_header(language, template.metadata.get("Project-Id-Version", ""), old, now)
    old_entries = list(old) if old is not None else []
    by_key = {(e.msgctxt, e.msgid): e for e in old_entries if not e.obsolete}
    obsolete = {(e.msgctxt, e.msgid): e for e in old_entries if e.obsolete}
    used: set = set()
    # msgmerge also matches against obsolete entries, which come back to life when used.
    fuzzy_candidates = [e for e in old_entries if _is_translated(e)]
    candidate_index = FuzzyIndex([e.msgid for e in fuzzy_candidates])

    for source in template:
        key = (source.msgctxt, source.msgid)
        entry = polib.POEntry(
            msgid=source.msgid,
            msgid_plural=source.msgid_plural,
            msgctxt=source.msgctxt,
            msgstr="",
            msgstr_plural={i: "" for i in range(_nplurals(language))} if source.msgid_plural else {},
            comment=source.comment,
            occurrences=list(source.occurrences),
            flags=[f for f in source.flags if f != "fuzzy"],
        )
        exact = by_key.get(key) or obsolete.get(key)
        remembered = memory.lookup(key) if exact is None or not _is_translated(exact) else None
        if exact is not None and remembered is not None:
            exact = None  # an untranslated entry gives way to a reviewed one elsewhere
        if exact is not None:
            used.add(key)
            _copy_translation(entry, exact)
            if "fuzzy" in exact.flags:
                entry.flags.append("fuzzy")
                _copy_previous(entry, exact, from_previous=True)
            elif exact.msgid_plural != source.msgid_plural and _is_translated(exact):
                entry.flags.append("fuzzy")  # same singular, new plural: the translation is stale
                _copy_previous(entry, exact, from_previous=False)
        elif not source.msgid_plural and remembered is not None:
            entry.msgstr = remembered
        elif not source.msgid_plural and (same_text := memory.same_text(source.msgid)) is not None:
            # The same text under another msgctxt elsewhere: a suggestion, not a match.
            entry.msgstr = same_text
            entry.flags.append("fuzzy")
            entry.previous_msgid = source.msgid
        else:
            closest = _closest(source.msgid, fuzzy_candidates, candidate_index)
            if closest is not None:
                used.add((closest.msgctxt, closest.msgid))
                _copy_translation(entry, closest)
                entry.flags.append("fuzzy")
                _copy_previous(entry, closest, from_previous=bool(closest.previous_msgid))
        entry.flags = _ordered_flags(entry.flags)
        result.append(entry)

    for previous in old_entries:
        if (previous.msgctxt, previous.msgid) in used:
            continue
        if previous.obsolete:
            result.append(previous)
        elif _is_translated(previous):
            gone = copy.deepcopy(previous)
            gone.obsolete = True
            gone.occurrences = []
            gone.comment = ""
            result.append(gone)
    return result


def _copy_previous(entry: polib.POEntry, old: polib.POEntry, from_previous: bool) -> None:
    """Record the old source as `#|`: the old entry's own previous one if it had one."""
    if from_previous:
        msgctxt, msgid, plural = old.previous_msgctxt, old.previous_msgid, old.previous_msgid_plural
    else:
        msgctxt, msgid, plural = old.msgctxt, old.msgid, old.msgid_plural
    entry.previous_msgctxt = msgctxt or None
    entry.previous_msgid = msgid or None
    entry.previous_msgid_plural = plural or None


def _nplurals(language: str) -> int:
    return int(plural_forms(language).split("nplurals=")[1].split(";")[0])


def _ordered_flags(flags: list[str]) -> list[str]:
    # GNU tools print fuzzy first, then format flags.
    return sorted(set(flags), key=lambda flag: (flag != "fuzzy", flag))


def reviewed_entries(catalog: polib.POFile) -> list[list]:
    """[msgctxt, msgid, msgstr] of every reviewed singular entry: a catalog's share of memory."""
    return [[e.msgctxt, e.msgid, e.msgstr] for e in catalog
            if not e.obsolete and "fuzzy" not in e.flags and not e.msgid_plural and e.msgstr]


class TranslationMemory:
    """Reviewed translations of one language, by (msgctxt, msgid) and by msgid alone."""

    def __init__(self, entries: Iterable[list]):
        self.exact: dict[tuple, str] = {}
        self.texts: dict[str, str] = {}
        for msgctxt, msgid, msgstr in entries:
            self.exact.setdefault((msgctxt, msgid), msgstr)
            self.texts.setdefault(msgid, msgstr)
        self.queries: list[tuple] = []  # what a merge asked: whether it depends on the memory

    def lookup(self, key: tuple) -> str | None:
        self.queries.append(key)
        return self.exact.get(key)

    def same_text(self, msgid: str) -> str | None:
        self.queries.append((None, msgid))
        return self.texts.get(msgid)

    def recorder(self) -> "TranslationMemory":
        """The same memory, with a fresh record of the questions one merge asks it."""
        view = TranslationMemory(())
        view.exact, view.texts = self.exact, self.texts
        return view


def translation_memory(catalogs: Iterable[polib.POFile]) -> TranslationMemory:
    """Reviewed translations from every catalog of one language."""
    return TranslationMemory(entry for catalog in catalogs for entry in reviewed_entries(catalog))


# ---------------------------------------------------------------- stats


def is_machine_draft(entry: polib.POEntry) -> bool:
    return "fuzzy" in entry.flags and not entry.previous_msgid and any(
        line.strip().startswith(MACHINE_COMMENT_PREFIX) for line in entry.tcomment.splitlines()
    )


def is_memory_draft(entry: polib.POEntry) -> bool:
    return "fuzzy" in entry.flags and any(
        line.strip().startswith("translation memory:") for line in entry.tcomment.splitlines()
    )


def is_stale(entry: polib.POEntry) -> bool:
    return "fuzzy" in entry.flags and bool(entry.previous_msgid) and not is_memory_draft(entry)


def is_reviewed(entry: polib.POEntry) -> bool:
    return "fuzzy" not in entry.flags and _is_translated(entry)


@dataclass
class Stats:
    entries: int = 0
    translated: int = 0
    machine_drafts: int = 0
    memory_drafts: int = 0
    stale: int = 0
    other_fuzzy: int = 0
    untranslated: int = 0
    obsolete: int = 0

    @property
    def fuzzy(self) -> int:
        return self.machine_drafts + self.memory_drafts + self.stale + self.other_fuzzy

    @property
    def complete(self) -> bool:
        return self.translated == self.entries

    def add(self, other: "Stats") -> "Stats":
        return Stats(**{k: getattr(self, k) + getattr(other, k) for k in asdict(self)})

    def as_dict(self) -> dict:
        return {**asdict(self), "fuzzy": self.fuzzy, "complete": self.complete}


def entry_stats(entries: Iterable[polib.POEntry]) -> Stats:
    stats = Stats()
    for entry in entries:
        if entry.obsolete:
            stats.obsolete += 1
            continue
        stats.entries += 1
        if not _is_translated(entry):
            stats.untranslated += 1
        elif "fuzzy" not in entry.flags:
            stats.translated += 1
        elif is_memory_draft(entry):
            stats.memory_drafts += 1
        elif is_stale(entry):
            stats.stale += 1
        elif is_machine_draft(entry):
            stats.machine_drafts += 1
        else:
            stats.other_fuzzy += 1
    return stats
