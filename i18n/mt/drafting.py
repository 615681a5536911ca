"""Drafting: fill every untranslated entry with a machine translation marked fuzzy.

Only entries with an empty msgstr are drafted; an entry with any msgstr (reviewed or fuzzy)
is never touched. All segments of the run go to the engine in one call (one Apertium
process), each distinct text once, and each catalog is written atomically as soon as its last
entry is drafted, so an interrupted run keeps every finished catalog and the next run does
only what is left. A streaming engine (Apertium) receives each catalog's segments as soon as
they are masked, so it translates while the other catalogs are still being read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import polib

from ..config import Config
from ..languages import base_language
from ..layout import language_path, release_catalog_name
from i18n.languages.spelling import speller
from i18n.catalogs.states import MACHINE_COMMENT_PREFIX, State, entry_state
from i18n.catalogs.glossary import Glossary, load_glossary, with_base
from i18n.memory.exact import CatalogRecords, embargoed_catalogs
from i18n.catalogs.pofile import save_catalog
from i18n.memory.fuzzy import MemoryMatch, load_memory
from i18n.sources.releases import load_all
from i18n.memory.sentences import SentenceDraft, sentence_memory
from . import Engine, EngineError
from .masking import MaskError, MaskedText, PreEdit, engine_terms, mask, unmask
from .postedit import contract, post_edit
from .spanish import acronym_articles, acronym_genders, project_genders
from .names import dictionary_words, document_names, names_pattern
from .preedit import is_title_case, names_in, sentence_case_english

HEADLINE_ROLES = ("title", "subtitle")


@dataclass
class Failure:
    """An entry left untranslated because its draft could not be trusted."""

    path: Path
    msgid: str
    reason: str


@dataclass
class _Item:
    """One untranslated entry: its masked texts (msgid, and msgid_plural if any)."""

    entry: polib.POEntry
    masked: list[MaskedText]
    sentences: SentenceDraft | None = None  # only the sentences memory did not answer are masked

    @functools.cached_property
    def segments(self) -> list[MaskedText]:
        return [segment for text in self.masked for segment in text.segments()]


@dataclass
class CatalogWork:
    path: Path
    catalog: polib.POFile | None  # None: nothing to draft in it (not read)
    items: list[_Item] = field(default_factory=list)
    remembered: list[tuple[polib.POEntry, MemoryMatch | SentenceDraft]] = field(default_factory=list)
    drafted: int = 0
    failures: list[Failure] = field(default_factory=list)
    written: bool = False
    embargoed: bool = False  # its release is under embargo: its acronyms reach no other catalog


@dataclass
class Skipped:
    path: Path
    reason: str


@dataclass
class DraftPlan:
    language: str
    work: list[CatalogWork]
    skipped: list[Skipped]
    glossary: Glossary = field(default_factory=Glossary)
    # What the engine translates: each distinct text once, in the order first needed, a
    # glossary term left to the engine just before the first segment holding it.
    texts: list[str] = field(default_factory=list)
    terms: dict[str, list] = field(default_factory=dict)  # segment text -> its engine terms
    sent: set[str] = field(default_factory=set)  # the texts listed
    stream: object | None = None  # the engine's stream, when the texts were sent while planning
    records: CatalogRecords | None = None  # saved once the drafts are written

    @property
    def total(self) -> int:
        return sum(len(w.items) for w in self.work)

    @property
    def remembered(self) -> int:
        return sum(len(w.remembered) for w in self.work)


def _is_untranslated(entry: polib.POEntry) -> bool:
    return entry_state(entry) is State.UNTRANSLATED


def plan_drafts(
    config: Config,
    language: str,
    engine_offline: bool,
    release_slug: str | None = None,
    allow_cloud_for_embargoed: bool = False,
    now: dt.datetime | None = None,
    engine: Engine | None = None,
) -> DraftPlan:
    """Which catalogs and entries to draft; embargoed releases stay away from cloud engines.

    Given a (prepared) streaming engine, each catalog's texts go to it as soon as they are
    masked; run_drafts then reads the answers."""
    now = now or dt.datetime.now(dt.timezone.utc)
    releases, abouts = load_all(config.releases_path)
    guard = not engine_offline and not allow_cloud_for_embargoed
    secret = _embargoed_only_texts(releases, abouts, now) if guard else set()
    if release_slug is not None and release_slug not in {r.slug for r in releases}:
        raise EngineError(f"no release with slug {release_slug!r} in {config.releases_dir}/")
    glossary = with_base(load_glossary(config.locales_path / "glossary.csv", language), language)
    pre_edit = PreEdit(language, config.mt_clock)
    kept = {word for term in glossary.terms if term.keep for word in term.english.split()}
    # Names the catalog shows to be names (i18n.mt.names), judged with the source's dictionary.
    source_speller = speller(config.source_language) if base_language(config.source_language) == "en" else None
    names: list[str] = []
    skipped: list[Skipped] = []
    for release in releases:
        if release_slug is not None and release.slug != release_slug:
            continue
        path = language_path(config, language, release_catalog_name(release))
        if release.embargo and release.embargo > now and not engine_offline and not allow_cloud_for_embargoed:
            skipped.append(Skipped(path, f"embargoed until {release.embargo.isoformat()}: only offline "
                                         "engines may see it (or pass --allow-cloud-for-embargoed)"))
            continue
        names.append(release_catalog_name(release))
    if release_slug is None:
        names += ["about", "site"]
    records = CatalogRecords(config, language)
    embargoed = embargoed_catalogs(releases, now)
    memory = load_memory(config, language, records, embargoed)
    sentences = sentence_memory(memory, language)
    plan = DraftPlan(language, [], skipped, glossary, records=records)
    if engine is not None and getattr(engine, "streaming", False):
        plan.stream = engine.open_stream()
    work = plan.work
    for name in names:
        path = language_path(config, language, name)
        if not path.exists():
            raise EngineError(f"{config.relative(path)} does not exist: run `i18n extract` first")
        if not records.has_untranslated(path):
            work.append(CatalogWork(path, None))  # nothing to draft: not read again
            continue
        catalog = records.catalog(path)
        # A word the catalog capitalizes mid-sentence is a name: title-case headlines keep it.
        catalog_names = kept | names_in(entry.msgid for entry in catalog if not entry.obsolete)
        catalog_pre_edit = pre_edit
        if source_speller is not None:
            msgids = (entry.msgid for entry in catalog if not entry.obsolete)
            catalog_pre_edit = dataclasses.replace(
                pre_edit, names=names_pattern(document_names(msgids, dictionary_words(source_speller))))
        items, remembered, withheld = _route_entries(catalog, memory, sentences, config.memory_threshold, secret,
                                                     glossary, catalog_pre_edit, catalog_names)
        if withheld:
            skipped.append(Skipped(path, f"{withheld} entries used only by embargoed releases: "
                                         "only offline engines may see them (or pass --allow-cloud-for-embargoed)"))
        work.append(CatalogWork(path, catalog, items, remembered, embargoed=name in embargoed))
        new = _add_texts(plan, items)
        if plan.stream is not None:
            plan.stream.send(new)
    if plan.stream is not None:
        plan.stream.end()
    if engine is not None and not (plan.total or plan.remembered):
        records.save()  # no run_drafts follows to save them (nor in a dry run, which writes nothing)
    return plan


def _route_entries(catalog, memory, sentences, threshold: float, secret: set[str], glossary, pre_edit,
                   catalog_names: set[str]) -> tuple[list[_Item], list, int]:
    """A catalog's untranslated entries: those the memory answers (remembered), those for the
    engine, masked (items), and how many only embargoed releases use (withheld from a cloud
    engine: in secret)."""
    items, remembered, withheld = [], [], 0
    for entry in catalog:
        if not _is_untranslated(entry):
            continue
        # The memory of reviewed translations first (it stays on this machine); the
        # engine for what it cannot answer.
        match = None if entry.msgid_plural else memory.lookup(entry.msgid, threshold)
        # Then sentence by sentence (sentence_memory.py): a memory draft if every sentence
        # is answered, else the engine gets only the others.
        partial = None
        if match is None and not entry.msgid_plural and entry.comment not in HEADLINE_ROLES:
            partial = sentences.lookup(entry.msgid, threshold)
            if partial is not None and not partial.machine_sentences:
                match, partial = partial, None
        if match is not None:
            remembered.append((entry, match))
        elif entry.msgid in secret:
            withheld += 1
        elif partial is not None:
            masked = [mask(text, glossary, pre_edit=pre_edit) for text in partial.machine_sentences]
            items.append(_Item(entry, masked, partial))
        else:
            items.append(_Item(entry, _mask_entry(entry, glossary, pre_edit, catalog_names)))
    return items, remembered, withheld


def _add_texts(plan: DraftPlan, items: list[_Item]) -> list[str]:
    """Add what the engine must translate for these items to plan.texts; return the new texts."""
    new = []
    for item in items:
        for segment in item.segments:
            if segment.text in plan.terms:
                continue
            terms = plan.terms[segment.text] = engine_terms(segment.text, plan.glossary)
            for text in [term.english for term in terms] + [segment.text]:
                if text not in plan.sent:
                    plan.sent.add(text)
                    new.append(text)
    plan.texts += new
    return new


def _embargoed_only_texts(releases, abouts, now: dt.datetime) -> set[str]:
    """The About units that only releases under embargo use (no other About has the text)."""
    embargoed = {a for r in releases if r.embargo and r.embargo > now for a in r.about}
    embargoed -= {a for r in releases if not (r.embargo and r.embargo > now) for a in r.about}
    from i18n.sources.segments import parse_markdown

    def texts(ids) -> set[str]:
        return {unit.text for i in ids for unit in parse_markdown(abouts[i].body, abouts[i].body_line).units}

    return texts(embargoed) - texts(set(abouts) - embargoed) if embargoed else set()


def _mask_entry(entry: polib.POEntry, glossary: Glossary, pre_edit: PreEdit, names: set[str]) -> list[MaskedText]:
    texts = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
    if entry.comment in HEADLINE_ROLES:
        texts = [sentence_case_english(text, names) if is_title_case(text) else text for text in texts]
    return [mask(text, glossary, pre_edit=pre_edit) for text in texts]


def run_drafts(plan: DraftPlan, engine: Engine, on_progress: Callable[[int, int], None] | None = None) -> None:
    """Translate every planned entry and write each catalog as soon as it is complete."""
    answers = plan.stream.answers() if plan.stream is not None else engine.translate(plan.texts)
    pending = iter(plan.texts)
    translations: dict[str, str] = {}

    def translation(text: str) -> str:
        while text not in translations:
            translations[next(pending)] = next(answers)
        return translations[text]

    comment = f"{MACHINE_COMMENT_PREFIX} {engine.name} {engine.detail}"
    done = 0
    spanish = base_language(plan.language) == "es"
    defined: list[tuple[CatalogWork, dict[str, bool]]] = []  # each drafted catalog's own acronyms
    for work in plan.work:
        for entry, match in work.remembered:
            _apply_memory(entry, match)
        for item in work.items:
            try:
                _apply(item, translation, plan, comment)
                work.drafted += 1
            except MaskError as error:
                work.failures.append(Failure(work.path, item.entry.msgid, str(error)))
            done += 1
            if on_progress:
                on_progress(done, plan.total)
        if work.drafted and spanish:
            defined.append((work, _acronym_articles(_drafted(work))))
        if work.drafted or work.remembered:
            _save(work, plan)
    if len(defined) > 1:
        _project_acronym_articles(defined, plan)
    if plan.records is not None:
        plan.records.save()


def _apply(item: _Item, translation: Callable[[str], str], plan: DraftPlan, comment: str) -> None:
    entry = item.entry
    translated = {}
    for segment in item.segments:
        # The engine's own rendering of each glossary term left to it is replaced.
        terms = [(translation(t.english), t.translation) for t in plan.terms[segment.text]]
        translated[id(segment)] = post_edit(translation(segment.text), plan.language, segment.text,
                                            literals=segment.literals, renderings=terms)
    results = [contract(unmask(masked, translated), plan.language) for masked in item.masked]
    # Every text must come back whole; an entry that lost a placeholder stays untranslated.
    if item.sentences is not None:
        entry.msgstr = item.sentences.compose(results)
        comment = item.sentences.comment_with(comment)
    elif entry.msgid_plural:
        count = len(entry.msgstr_plural) or 2
        entry.msgstr_plural = {i: results[0] if i == 0 else results[1] for i in range(count)}
    else:
        entry.msgstr = results[0]
    if "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    entry.tcomment = f"{entry.tcomment}\n{comment}" if entry.tcomment else comment


def _save(work: CatalogWork, plan: DraftPlan) -> None:
    save_catalog(work.catalog, work.path, None)
    work.written = True
    if plan.records is not None:
        plan.records.update(work.path, work.catalog)


def _drafted(work: CatalogWork) -> list[polib.POEntry]:
    """The entries this run drafted from the engine (fuzzy; never a reviewed translation)."""
    return [item.entry for item in work.items if item.entry.msgstr]


def _acronym_articles(entries: list[polib.POEntry]) -> dict[str, bool]:
    """The articles before the acronyms a catalog's drafts define, in their gender (spanish.py);
    returns those acronyms and genders."""
    genders = acronym_genders(entry.msgstr for entry in entries)
    if genders:
        for entry in entries:
            entry.msgstr = acronym_articles(entry.msgstr, genders)
    return genders


def _project_acronym_articles(defined: list[tuple[CatalogWork, dict[str, bool]]], plan: DraftPlan) -> None:
    """A press room's releases share their acronyms: one defined in one gender by the run's
    drafts and in no other takes it in every catalog that does not define it, which is saved
    again if that changed a draft. A release under embargo lends its acronyms to no other."""
    genders = project_genders(own for work, own in defined if not work.embargoed)
    for work, own in defined:
        others = {acronym: feminine for acronym, feminine in genders.items() if acronym not in own}
        changed = False
        for entry in _drafted(work) if others else ():
            text = acronym_articles(entry.msgstr, others)
            changed |= text != entry.msgstr
            entry.msgstr = text
        if changed:
            _save(work, plan)


def _apply_memory(entry: polib.POEntry, match: MemoryMatch | SentenceDraft) -> None:
    """A reviewed translation of similar English as a fuzzy draft, the English it translated
    as the previous msgid (`#|`), so PO editors show what differs."""
    entry.msgstr = match.translation
    entry.flags.insert(0, "fuzzy")
    entry.previous_msgid = match.english
    entry.tcomment = f"{entry.tcomment}\n{match.comment}" if entry.tcomment else match.comment
