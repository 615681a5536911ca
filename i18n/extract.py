"""Extraction: sources -> templates (.pot) -> language catalogs (.po)."""

from __future__ import annotations

import copy

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import polib

from i18n.catalogs import headers as catalogs, retired
from i18n.runtime import workers
from .config import Config
from i18n.runtime.filesafe import write_if_changed
from i18n.memory.exact import TranslationMemory, memory_catalogs, reviewed_entries
from i18n.catalogs.merge import merge_catalog
from i18n.catalogs.pofile import gnu_format, read_catalog, unwrapped
from .layout import language_path, release_catalog_name, template_path
from i18n.runtime.cache import Cache, digest, file_digest
from i18n.sources.releases import About, Release, load_all, source_paths
from i18n.sources.segments import Unit, parse_markdown, release_units
from i18n.memory.package_strings import fill_package_strings, package_bytes
from i18n.catalogs.site_strings import site_template


@dataclass
class CatalogUpdate:
    """One catalog: was it up to date, and did it exist before the run."""

    path: Path
    is_current: bool
    exists: bool


# ---------------------------------------------------------------- templates


def release_template(reference: str, units: list[Unit], config: Config) -> polib.POFile:
    template = catalogs.new_template(config.site_name, f"Translation template for {reference}.")
    catalogs.add_unit_entries(template, units, reference)
    return template


@dataclass
class Made:
    """A catalog made in this run: whether its file changed, the digest of its bytes, whether
    its merge asked the translation memory, and its reviewed entries (language catalogs)."""

    written: bool
    digest: str
    asked_memory: bool = False
    reviewed: list | None = None


def write_catalog(path: Path, catalog: polib.POFile, asked_memory: bool = False,
                  reviewed: list | None = None) -> Made:
    """Format a catalog as GNU msgcat would and write it if its bytes changed."""
    data = gnu_format(catalog, str(path))
    return Made(write_if_changed(path, data), digest(data), asked_memory, reviewed)


def _new_catalogs(job: tuple[Release, str]) -> list[Made]:
    """Make and write every catalog of a release that has none yet, its template then each
    language's catalog. Runs in a worker: the writes too, so that they run on every core."""
    release, name = job
    config, memories, now = _NEW_CONTEXT
    template = release_template(config.relative(release.path), _units_in_worker(release), config)
    made = [write_catalog(template_path(config, name), template)]
    for language, memory in memories:
        recorder = memory.get().recorder()
        merged = merge_catalog(template, None, language, recorder, now)
        made.append(write_catalog(language_path(config, language, name), merged, bool(recorder.queries),
                                  reviewed_entries(merged)))
    return made


_NEW_CONTEXT: tuple = ()


def make_new_catalogs(config: Config, jobs: list[tuple[Release, str]], memories: list, now: dt.datetime):
    """_new_catalogs for each (release, catalog name), in order, as they are made: on every
    core for a large batch (a cold extract), consumed one by one so that a large archive
    never sits in memory."""
    global _NEW_CONTEXT
    _NEW_CONTEXT = (config, memories, now)  # what forked workers inherit
    cores = os.cpu_count() or 1
    if len(jobs) < PARALLEL_MIN or cores < 2:
        yield from (_new_catalogs(job) for job in jobs)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(cores, workers.start, (os.getpid(),)) as pool:
        yield from pool.imap(_new_catalogs, jobs, chunksize=16)


PARALLEL_MIN = 200  # below this many releases to parse, a process pool costs more than it saves


def _units_in_worker(release: Release) -> list[Unit]:
    workers.check()
    front, document = release_units(release)
    return front + document.units


def parse_releases(releases: list[Release]) -> list[list[Unit]]:
    """The units of each release; a large batch is parsed on every core (Markdown parsing is
    most of the cost of a cold extract)."""
    cores = os.cpu_count() or 1
    if len(releases) < PARALLEL_MIN or cores < 2:
        return [_units_in_worker(release) for release in releases]
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(cores, workers.start, (os.getpid(),)) as pool:
        return pool.map(_units_in_worker, releases, chunksize=max(1, len(releases) // (cores * 4)))


def about_template(abouts: dict[str, About], config: Config) -> polib.POFile:
    template = catalogs.new_template(config.site_name, "Translation template for the About boilerplate.")
    for about in abouts.values():
        document = parse_markdown(about.body, about.body_line)
        catalogs.add_unit_entries(template, document.units, config.relative(about.path))
    return template


def _is_new(config: Config, name: str) -> bool:
    """No catalog of this name exists yet, template or language."""
    return not template_path(config, name).exists() and not any(
        language_path(config, language, name).exists() for language in config.languages)


def _read_if_exists(path: Path) -> polib.POFile | None:
    return read_catalog(path) if path.exists() else None


@dataclass
class TemplateSource:
    """A template known by a digest of what it is made from, built only when needed."""

    name: str
    digest: str
    build: Callable[[], polib.POFile]
    reference: str = ""
    new_release: Release | None = None  # set when no catalog of this release exists yet


def template_sources(config: Config, cache: Cache) -> list[TemplateSource]:
    """Every template, as digests of its sources (no Markdown parsed until a catalog needs it).

    When the set of sources or any byte of them changed since the last run, every source is
    validated again as a fresh run would (fields, slugs, about ids), which is cheap; only the
    Markdown of the catalogs that must be rebuilt is parsed.
    """
    previous = cache.section("sources")
    paths, about_paths = source_paths(config.releases_path), source_paths(config.about_path)
    digests = {config.relative(path): file_digest(path) for path in paths + about_paths}
    unchanged = set(digests) == set(previous) and all(previous[k]["digest"] == d for k, d in digests.items())
    parsed: dict[str, list[Unit]] = {}
    new: dict[str, Release] = {}
    if unchanged:
        slugs = {key: previous[key]["slug"] for key in digests if "slug" in previous[key]}
        releases = abouts = None
    else:
        releases, abouts = load_all(config.releases_path)
        slugs = {config.relative(release.path): release.slug for release in releases}
        embargoes = {config.relative(r.path): r.embargo.isoformat() for r in releases if r.embargo is not None}
        cache.data["sources"] = {key: {"digest": d, **({"slug": slugs[key]} if key in slugs else {}),
                                       **({"embargo": embargoes[key]} if key in embargoes else {})}
                                 for key, d in digests.items()}
        # Sources that changed will need their templates: parse them together, in parallel.
        # Brand-new ones (no catalog yet) are left whole to plan_extract, which makes all
        # their catalogs on every core.
        changed = [r for r in releases
                   if previous.get(config.relative(r.path), {}).get("digest") != digests[config.relative(r.path)]]
        new = {config.relative(r.path): r for r in changed if _is_new(config, release_catalog_name(r))}
        changed = [r for r in changed if config.relative(r.path) not in new]
        parsed = dict(zip((config.relative(r.path) for r in changed), parse_releases(changed)))
    # Keep only what a later build may need: parsed units (dropped once used) and the
    # releases not parsed yet (a cold run of a large archive holds no Release at all).
    unparsed = None if releases is None else {
        config.relative(r.path): r for r in releases if config.relative(r.path) not in parsed}
    about_list = abouts
    releases = None

    def release_build(reference: str):
        def build():
            nonlocal unparsed, about_list
            units = parsed.pop(reference, None)
            if units is None:
                if unparsed is None:
                    all_releases, about_list = load_all(config.releases_path)
                    unparsed = {config.relative(r.path): r for r in all_releases}
                units = parse_releases([unparsed[reference]])[0]
            return release_template(reference, units, config)
        return build

    def about_build():
        nonlocal about_list
        if about_list is None:
            _all, about_list = load_all(config.releases_path)
        return about_template(about_list, config)

    salt = config.site_name.encode()
    # A template is a function of its source's bytes and name (its #: reference), the settings
    # and the code (the cache is dropped when the code changes).
    result = [TemplateSource(f"releases/{slug}", digest(salt + (reference + digests[reference]).encode()),
                             release_build(reference), reference, new.get(reference))
              for reference, slug in sorted(slugs.items(), key=lambda item: item[0])]
    about_digest = digest(salt + "".join(config.relative(p) + digests[config.relative(p)] for p in about_paths).encode())
    result.append(TemplateSource("about", about_digest, about_build))
    site = site_template(config)
    # The package's reviewed translations fill site.po: a new package version merges again.
    shipped = b"".join(package_bytes(language) for language in config.languages)
    result.append(TemplateSource("site", digest(unwrapped(site).encode() + shipped), lambda: site))
    return result


# The shapes of extract's cache documents (a document of another shape is ignored).
_DIGEST = (str, None)
EXTRACT_CACHE = {
    "sources?": {"*": {"digest": _DIGEST, "slug?": str, "embargo?": str}},
    "reviewed?": {"*": {"file": _DIGEST, "digest": str, "size": int}},
    "catalogs?": {"*": {"template": str, "memory": _DIGEST, "file": _DIGEST}},
}
MEMORY_CACHE = {"entries?": {"*": {"file": _DIGEST, "entries": [[(str, None), str, str]]}}}


def plan_extract(config: Config, now: dt.datetime | None = None, write: bool = False) -> "ExtractPlan":
    """Every template and language catalog as it should be after extraction.

    A catalog is up to date, without being read, when its bytes and its template's sources
    are those of the last run and, if its last merge consulted the translation memory, the
    language's reviewed translations are unchanged too. With `write`, each catalog is written
    as soon as it is made (the memory holds what the catalogs were before the run);
    `plan.finish()` then records what was written.
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    cache = Cache(config.root, "extract", EXTRACT_CACHE)
    restored = []
    if write and retired.has_removed(config):  # a removed release back: its catalogs first
        restored = retired.restore(config, {release.slug for release in load_all(config.releases_path)[0]})
    # Under embargo before this run too: a release removed now is still not memory.
    earlier = _embargoed(cache, now)
    sources = template_sources(config, cache)
    plan = ExtractPlan([], cache, write, restored=restored)
    embargoed = _embargoed(cache, now) | earlier
    memories = [(language, _LanguageMemory(config, language, cache, embargoed)) for language in config.languages]
    gone = retired.orphans(config, {s.name.split("/", 1)[1] for s in sources if s.name.startswith("releases/")})
    if write and gone:
        # The memory read first: a renamed release finds its reviewed translations in this run.
        for _language, memory in memories:
            memory.digest()
            memory.get()
        plan.retired = [retired.retire(config, slug) for slug in gone]
    elif gone:  # --check: a removed release's catalogs are out of date
        plan.updates += [CatalogUpdate(path, False, True) for slug in gone for path in
                         [template_path(config, f"releases/{slug}")] +
                         [language_path(config, lang, f"releases/{slug}") for lang in config.languages]
                         if path.exists()]
    new = [source for source in sources if source.new_release is not None]
    if write and new:
        for _language, memory in memories:  # before any catalog is written
            memory.digest()
            memory.get()
        made = make_new_catalogs(config, [(s.new_release, s.name) for s in new], memories, now)
        for source, (template_made, *languages_made) in zip(new, made):
            path = template_path(config, source.name)
            plan.updates.append(CatalogUpdate(path, False, False))
            plan.record(path, template_made, source.digest, None)
            for (language, memory), language_made in zip(memories, languages_made):
                path = language_path(config, language, source.name)
                plan.updates.append(CatalogUpdate(path, False, False))
                plan.record(path, language_made, source.digest, memory)
        sources = [source for source in sources if source.new_release is None]
    elif new:  # --check: a catalog that does not exist is out of date, nothing to compute
        for source in new:
            plan.updates.append(CatalogUpdate(template_path(config, source.name), False, False))
            for language, _memory in memories:
                plan.updates.append(CatalogUpdate(language_path(config, language, source.name), False, False))
        sources = [source for source in sources if source.new_release is None]
    if write:  # refuse a broken catalog before anything is written
        _validate_changed([template_path(config, source.name) for source in sources] +
                          [language_path(config, language, source.name)
                           for source in sources for language, _memory in memories], cache)
    for source in sources:
        built: list[polib.POFile] = []  # this source's template, made at most once, then dropped

        def template(source=source, built=built) -> polib.POFile:
            if not built:
                built.append(source.build())
            return built[0]

        path = template_path(config, source.name)
        plan.check(path, source.digest, None, lambda p=path: (template(), _read_if_exists(p), False))
        for language, memory in memories:
            def merge(path=language_path(config, language, source.name), language=language, memory=memory,
                      name=source.name):
                old = _read_if_exists(path)
                recorder = memory.get().recorder()
                merged = merge_catalog(template(), old, language, recorder, now)
                if name == "site":
                    fill_package_strings(merged, language)
                return merged, old, bool(recorder.queries)

            plan.check(language_path(config, language, source.name), source.digest, memory, merge)
    return plan


def _embargoed(cache: Cache, now: dt.datetime) -> set[str]:
    """Catalog names of the releases the cache knows to be under embargo at now."""
    return {f"releases/{source['slug']}" for source in cache.section("sources").values()
            if "embargo" in source and "slug" in source and dt.datetime.fromisoformat(source["embargo"]) > now}


def _validate_changed(paths: list[Path], cache: Cache) -> None:
    """Read (and so validate) every catalog whose bytes are not those the last run wrote:
    SourceError for the first that msgfmt would refuse."""
    records = cache.section("catalogs")
    for path in paths:
        on_disk = file_digest(path)
        if on_disk is not None and on_disk != records.get(str(path), {}).get("file"):
            read_catalog(path)


class _LanguageMemory:
    """One language's translation memory: its digest from each catalog's cached digest of
    reviewed entries (unchanged files are not read), its entries only when a merge needs them."""

    def __init__(self, config: Config, language: str, cache: Cache, embargoed: set[str]):
        self.config, self.language = config, language
        self.reviewed = cache.section("reviewed")
        self.entries = Cache(config.root, f"memory-{language}", MEMORY_CACHE)
        # Not the catalogs of releases under embargo: the digest changes when one lifts.
        self.paths = memory_catalogs(config, language, embargoed)
        self._digest: str | None = None
        self._memory: TranslationMemory | None = None

    def _record(self, path: Path) -> dict:
        key = self.config.relative(path)
        on_disk = file_digest(path)
        record = self.reviewed.get(key)
        if record is None or record["file"] != on_disk:
            entries = reviewed_entries(read_catalog(path))
            record = {"file": on_disk, "digest": digest(repr(entries).encode()), "size": len(entries)}
            self.reviewed[key] = record
            self.entries.section("entries")[key] = {"file": on_disk, "entries": entries}
        return record

    def digest(self) -> str:
        """Changes when, and only when, some reviewed translation of the language changes."""
        if self._digest is None:
            records = [(self.config.relative(p), self._record(p)) for p in self.paths]
            self._digest = digest("".join(key + record["digest"] for key, record in records
                                          if record["size"]).encode())
        return self._digest

    def remember(self, path: Path, entries: list, data_digest: str) -> None:
        """Record the reviewed entries of a catalog just written, so the next run need not read it."""
        key = self.config.relative(path)
        self.reviewed[key] = {"file": data_digest, "digest": digest(repr(entries).encode()), "size": len(entries)}
        self.entries.section("entries")[key] = {"file": data_digest, "entries": entries}

    def get(self) -> TranslationMemory:
        if self._memory is None:
            stored = self.entries.section("entries")
            entries = []
            for path in self.paths:
                key = self.config.relative(path)
                record = stored.get(key)
                if record is None or record["file"] != self._record(path)["file"]:
                    record = {"file": file_digest(path),
                              "entries": reviewed_entries(read_catalog(path))}
                    stored[key] = record
                entries += record["entries"]
            self._memory = TranslationMemory(entries)
        return self._memory


def _cleared_previous(catalog: polib.POFile) -> polib.POFile:
    """A copy of catalog without the `#|` previous fields of its reviewed (not fuzzy) entries."""
    cleared = copy.deepcopy(catalog)
    for entry in cleared:
        if not entry.obsolete and "fuzzy" not in entry.flags:
            entry.previous_msgctxt = entry.previous_msgid = entry.previous_msgid_plural = None
    return cleared


@dataclass
class ExtractPlan:
    updates: list[CatalogUpdate]
    cache: Cache
    write: bool  # write catalogs (else only find the stale ones)
    written: list[Path] = field(default_factory=list)
    memories: list = field(default_factory=list)
    restored: list = field(default_factory=list)  # (kept, live) catalogs of releases back again
    retired: list = field(default_factory=list)  # retired.Retired, one per removed release

    def check(self, path: Path, template_digest: str, memory: _LanguageMemory | None, compute) -> None:
        """Decide whether path is up to date; merge and format only when it may not be."""
        if memory is not None and memory not in self.memories:
            self.memories.append(memory)
        records = self.cache.section("catalogs")
        key = str(path)
        record = records.get(key)
        on_disk = file_digest(path)
        if (record is not None and on_disk == record["file"] and record["template"] == template_digest
                and (record["memory"] is None or record["memory"] == memory.digest())):
            self.updates.append(CatalogUpdate(path, True, True))
            return
        catalog, existing, asked_memory = compute()
        record = {"template": template_digest, "memory": memory.digest() if asked_memory else None}
        if existing is not None and unwrapped(existing) == unwrapped(catalog):
            records[key] = {**record, "file": on_disk}
            self.updates.append(CatalogUpdate(path, True, True))
            return
        # A reviewed entry an editor left its `#|` on (translate-toolkit, msgcat) is reviewed:
        # extract drops the `#|` (as `msgattrib --clear-previous`), but the catalog is current.
        current = existing is not None and unwrapped(_cleared_previous(existing)) == unwrapped(catalog)
        self.updates.append(CatalogUpdate(path, current, existing is not None))
        if not self.write:
            return
        if memory is not None:
            # The memory is what the catalogs held before this run: read it before writing one.
            memory.digest()
            memory.get()
        made = write_catalog(path, catalog, asked_memory, reviewed_entries(catalog) if memory is not None else None)
        self.record(path, made, template_digest, memory)

    def record(self, path: Path, made: Made, template_digest: str, memory: "_LanguageMemory | None") -> None:
        """Remember a catalog written in this run, and how it was made."""
        if made.written:
            self.written.append(path)
        self.cache.section("catalogs")[str(path)] = {
            "template": template_digest, "memory": memory.digest() if made.asked_memory else None,
            "file": made.digest}
        if memory is not None:
            if memory not in self.memories:
                self.memories.append(memory)
            memory.remember(path, made.reviewed, made.digest)

    def stale(self) -> list[CatalogUpdate]:
        return [update for update in self.updates if not update.is_current]

    def finish(self) -> list[Path]:
        """Remember what was written, for the next run."""
        self.cache.save()
        for memory in self.memories:
            memory.entries.save()
        return self.written
