"""Existing translations in: a release's translation, as text, HTML or .docx, aligned with the
units of the release's catalog and written as drafts for a reviewer (`i18n import --lang`).

The document is read by the English import's readers (`documents.read_document`). Its
structure comes first: the marks around a release's text (FOR IMMEDIATE RELEASE and its
translations, dates, contact lines, the end mark, About blocks, which live in about.po) are
left out; a dateline starting one of the first paragraphs becomes a piece of its own when
the release has one. What is left is aligned with the catalog's units (`alignment.align`).

Every accepted pair fills its entry with the paragraph's own text (inline Markdown as the
reader made it: nothing is invented) marked `#, fuzzy` with `# aligned from <file>`. A
reviewed entry is never changed; a draft a tool wrote (machine, memory, an earlier
alignment) gives way to the human translation. A stale entry (a reviewed translation whose
English changed, with its `#|`) and an entry a translator marked fuzzy are a person's work:
kept, and listed. A document that does not align with the release at all is refused whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import polib

from i18n.memory.alignment import DATELINE, HEADING, ITEM, PARAGRAPH, Piece, align
from i18n.config import Config
from i18n.documents import Block, Line, md_escape, read_document
from i18n.errors import I18nError, SourceError, UsageError
from i18n.importer.about import about_heading, organisation_like
from i18n.importer.common import markdown_plain
from i18n.importer.contacts import contact_heading, is_contact_line
from i18n.importer.dateline import dateline_at, drop_prefix
from i18n.importer.dates import date_line
from i18n.importer.endmarks import EMBARGO, END_MARK, IMMEDIATE
from i18n.languages import base_language
from i18n.layout import language_path, release_catalog_name
from i18n.catalogs.pofile import read_catalog, save_catalog
from i18n.sources.releases import load_all
from i18n.sources.segments import HARD_BREAK
from i18n.catalogs.states import (ALIGNED_COMMENT_PREFIX, MACHINE_COMMENT_PREFIX,
    MEMORY_COMMENT_PREFIX, State, entry_state, is_reviewed, is_translated)

# The marks of a release in its translation (English ones come from the importer).
_IMMEDIATE = re.compile(r"(?i)^\W*para\s+(?:su\s+)?(?:difusi[oó]n|publicaci[oó]n|distribuci[oó]n)\s+inmediata\b")
_EMBARGO = re.compile(r"(?i)^\W*(?:bajo\s+)?embargad[oa]|^\W*bajo\s+embargo")
_DATE = re.compile(r"(?i)^\W*(?:\w+,?\s+)?\d{1,2}\s+de\s+[^\W\d_]+\s+de(?:l)?\s+\d{4}\W*$")
_CONTACT = re.compile(r"(?i)^\W*(?:contactos?(?:\s+(?:de|para)\s+(?:los\s+)?(?:prensa|medios))?"
                      r"|para\s+(?:más|mayor)\s+información[^:]{0,30})\s*:")
_ABOUT = re.compile(r"^\W*(?:[Aa]cerca\s+de|ACERCA\s+DE|[Ss]obre|SOBRE)\s+(?P<name>[^\W\d_][^:\n]{0,78}?)\s*:?\s*$")
_DATED_DATELINE = re.compile(r"^(?P<place>[^\W\d_][^,–—\n-]{1,40}?(?:,\s*[^\W\d_][^,–—\n-]{1,20}?)?),\s*"
                             r"\d{1,2}\s+de\s+[^\W\d_]+\s+de(?:l)?\s+\d{4}\s*(?:[–—]+|-{1,2})\s*(?=\S)")
END = "the end mark"
REFUSE_BELOW = 3  # a document is refused whole when fewer than 1/3 of its paragraphs and of the units align
_ORIGINS = (MACHINE_COMMENT_PREFIX, MEMORY_COMMENT_PREFIX, ALIGNED_COMMENT_PREFIX)
# What an aligned translation may replace: nothing, or what a tool wrote.
_REPLACEABLE = (State.UNTRANSLATED, State.MACHINE_DRAFT, State.MEMORY_DRAFT, State.ALIGNED_DRAFT)


@dataclass(frozen=True)
class Segment:
    """One piece of the translation: the text it gives a msgstr, and where it is."""

    piece: Piece
    markdown: str
    line: int


@dataclass
class TranslationImport:
    """What `import_translation` did to one catalog."""

    catalog: Path
    aligned: list[tuple[polib.POEntry, Segment]] = field(default_factory=list)  # written as drafts
    kept_reviewed: list[polib.POEntry] = field(default_factory=list)
    kept_fuzzy: list[tuple[polib.POEntry, State]] = field(default_factory=list)  # a person's drafts, kept
    left_out: list[tuple[int, str]] = field(default_factory=list)  # (line, why): marks, contacts, About
    not_aligned: list[Segment] = field(default_factory=list)  # paragraphs no unit took
    left_empty: list[polib.POEntry] = field(default_factory=list)  # still untranslated: the engine's
    written: bool = False


def import_translation(config: Config, language: str, slug: str, path: Path) -> TranslationImport:
    """Align the translation at path with release slug's catalog in language and write the drafts."""
    releases, _abouts = load_all(config.releases_path)
    release = next((r for r in releases if r.slug == slug), None)
    if release is None:
        raise UsageError(f"no release with slug {slug!r} in {config.releases_dir}/ "
                         f"(`ls {config.releases_dir}` lists them)")
    catalog_path = language_path(config, language, release_catalog_name(release))
    if not catalog_path.exists():
        raise I18nError(f"{config.relative(catalog_path)} does not exist: run `i18n extract` first")
    catalog = read_catalog(catalog_path)
    entries = [e for e in catalog if not e.obsolete and not e.msgid_plural and _role(e) != "contact role"]
    incoming = read_document(path)
    segments, left_out = translation_segments(incoming.blocks, dateline=any(_role(e) == "dateline" for e in entries))
    if not segments:
        raise SourceError(path, 0, "no text to align (an empty document)")
    alignment = align([Piece(_kind(e), markdown_plain(e.msgid)) for e in entries], [s.piece for s in segments],
                      base_language(language))
    if len(alignment.accepted) * REFUSE_BELOW < min(len(entries), len(segments)):
        raise SourceError(path, segments[0].line,
                          f"does not look like the {language!r} version of {config.relative(release.path)}: "
                          f"{len(alignment.accepted)} of {len(segments)} paragraphs align with its "
                          f"{len(entries)} units; nothing written")
    result = TranslationImport(catalog_path, left_out=left_out)
    comment = ALIGNED_COMMENT_PREFIX + _named(config, Path(path))
    for pair in alignment.accepted:
        entry, segment = entries[pair.unit], segments[pair.segment]
        state = entry_state(entry)
        if state in _REPLACEABLE:
            _fill(entry, segment.markdown, comment)
            result.aligned.append((entry, segment))
        elif state is not State.REVIEWED:
            result.kept_fuzzy.append((entry, state))
    result.kept_reviewed = [e for e in catalog if is_reviewed(e)]
    result.not_aligned = [segments[j] for j in alignment.segments_left]
    result.left_empty = [e for e in catalog if not e.obsolete and not is_translated(e)]
    if result.aligned:
        result.written = save_catalog(catalog, catalog_path, None)
    return result


def translation_segments(blocks: list[Block], dateline: bool) -> tuple[list[Segment], list[tuple[int, str]]]:
    """The pieces of a translated release in order, and what was left out, with its line."""
    segments: list[Segment] = []
    left_out: list[tuple[int, str]] = []
    ended = about = False
    for block in blocks:
        lines = list(block.lines)
        while lines and not ended and (why := _mark(lines[0].plain.strip())):  # leading marks, line by line
            left_out.append((lines.pop(0).number, why))
            ended = why == END
        if not lines:
            continue
        if ended:
            left_out.append((lines[0].number, "after the end mark"))
            continue
        first = lines[0].plain.strip()
        spanish_about = _ABOUT.match(first)
        if about_heading(first) or spanish_about and organisation_like(spanish_about.group("name")):
            about = True
        elif block.kind == "heading":
            about = False
        if about:
            left_out.append((lines[0].number, "About text (about.po, not this release's catalog)"))
            continue
        segments.extend(_block_segments(replace(block, lines=lines), dateline and not any(
            s.piece.kind == DATELINE for s in segments) and sum(s.piece.kind == PARAGRAPH for s in segments) < 4))
    return segments, left_out


def _mark(text: str) -> str:
    """What a line of the release's frame is, or ""."""
    if END_MARK.match(text):
        return END
    if IMMEDIATE.match(text) or _IMMEDIATE.match(text) or EMBARGO.match(text) or _EMBARGO.match(text):
        return "release mark"
    if date_line(text) or _DATE.match(text):
        return "date"
    if contact_heading(text) or _CONTACT.match(text) or is_contact_line(text):
        return "contact"
    return ""


def _block_segments(block: Block, dateline: bool) -> list[Segment]:
    """One block as a segment; with dateline, a dateline starting it as a segment of its own."""
    kind = {"heading": HEADING, "item": ITEM}.get(block.kind, HEADING if _heading_like(block) else PARAGRAPH)
    lines = list(block.lines)
    found = (dateline_at(lines[0].plain) or _dated_dateline(lines[0].plain)) if dateline and kind == PARAGRAPH else None
    pieces = []
    if found and found[0]:
        place, _date, _written, length = found
        pieces.append(Segment(Piece(DATELINE, place), md_escape(place), lines[0].number))
        first = lines[0]
        lines[0] = Line(first.plain[length:], drop_prefix(first.markdown, first.plain, length), first.number)
    joiner = HARD_BREAK if block.hard_breaks else " "
    markdown = joiner.join(line.markdown.strip() for line in lines).strip()
    pieces.append(Segment(Piece(kind, " ".join(line.plain for line in lines).strip()), markdown, block.line))
    return pieces


def _dated_dateline(plain: str) -> tuple[str, None, str, int] | None:
    """"DAYTON, 2 de junio de 2025 –": the importer's dateline_at reads English dates only."""
    match = _DATED_DATELINE.match(plain)
    return (match.group("place"), None, "", match.end()) if match else None


def _heading_like(block: Block) -> bool:
    """A Word title, or one short line that ends no sentence: a heading a text file lost."""
    text = block.plain.strip()
    return block.style in ("Title", "Subtitle") or (
        len(block.lines) == 1 and len(text.split()) <= 12 and not text.endswith((".", ":", ";", ",", "?", "!")))


def _role(entry: polib.POEntry) -> str:
    return entry.comment.splitlines()[0] if entry.comment else ""


def _kind(entry: polib.POEntry) -> str:
    role = _role(entry)
    if role == "dateline":
        return DATELINE
    if role in ("title", "subtitle") or role.startswith("heading"):
        return HEADING
    return ITEM if role == "list item" else PARAGRAPH


def _named(config: Config, path: Path) -> str:
    """The file as a catalog names it: relative to the project, else its name alone (no one
    else's folders in a shared catalog)."""
    relative = config.relative(path.resolve())
    return relative if not Path(relative).is_absolute() else path.name


def _fill(entry: polib.POEntry, text: str, comment: str) -> None:
    """The aligned text as a fuzzy draft; earlier drafts' origins and previous msgid go."""
    entry.msgstr = text
    if "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    entry.previous_msgid = None
    entry.previous_msgctxt = None
    kept = [line for line in entry.tcomment.splitlines() if not line.strip().startswith(_ORIGINS)]
    entry.tcomment = "\n".join(kept + [comment])
