"""Plan an import (what it would write) and write it."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from i18n.runtime.filesafe import atomic_write
from ..config import Config
from ..documents import DOCX, HTML, TEXT, Incoming, md_escape, read_document
from ..errors import I18nError, SourceError
from i18n.sources.releases import SLUG_PATTERN, About, load_about, load_all
from i18n.sources.segments import parse_markdown
from .about import AboutText, resolve_about
from .analysis import Analysis
from .common import Given, Note, Paragraph, default_slug, fold
from .dangling import Finding
from .forwarded import forwarded_message
from .residue import find_chrome
from .render import front_matter, paragraph_markdown, render_body

@dataclass
class ImportPlan:
    source: Path
    format: str  # "text", "HTML", "Word .docx"
    encoding: str
    slug: str
    release_path: Path
    release_text: str
    about_files: dict[Path, str]  # new About files: path -> text
    recognised: list[Note]
    removed: list[Note]
    warnings: list[Note]
    checks: list[Note] = field(default_factory=list)  # what a person checks, by line of the release
    written: list[Path] = field(default_factory=list)


def load_abouts(config: Config) -> dict[str, About]:
    abouts = {}
    if config.about_path.is_dir():
        for path in sorted(config.about_path.glob("*.md")):
            about = load_about(path)
            abouts[about.id] = about
    return abouts


def batch_chrome(sources: list[Path]) -> frozenset[str]:
    """The page chrome of a batch: blocks repeated verbatim in every readable file (two or more)."""
    if len(sources) < 2:
        return frozenset()
    documents = []
    for source in sources:
        try:
            documents.append(read_document(source))
        except SourceError:
            continue  # reported when it is imported
    return frozenset(find_chrome(documents))


def plan_import(config: Config, source: Path, slug: str | None = None, given: Given = Given(),
                chrome: frozenset[str] = frozenset()) -> ImportPlan:
    """Read source and work out the release and About files it becomes. Writes nothing.

    given: what the editor supplies (it wins over the text); chrome: the batch's page chrome."""
    source = Path(source)
    incoming = read_document(source)
    if not incoming.blocks:
        raise SourceError(source, 0, "not a press release: the file has no text")
    abouts = load_abouts(config)
    analysis = Analysis(forwarded_message(incoming), abouts, given, chrome)
    analysis.run()
    slug = slug or default_slug(analysis.title, analysis.date)
    if not SLUG_PATTERN.fullmatch(slug):
        raise I18nError(f"invalid slug {slug!r}: use only a-z, 0-9 and '-'")
    release_path = config.releases_path / f"{slug}.md"
    recognised = [Note(0, f"read as {format_name(incoming)}")] + analysis.recognised
    warnings = list(analysis.warnings)

    # About: referenced, or written as new files.
    about_ids: list[str] = []
    about_files: dict[Path, str] = {}
    nameless_hints: list[tuple[str, int]] = []
    for about in [item for item in analysis.items if isinstance(item, AboutText)] + [
            item for item in analysis.after_end if isinstance(item, AboutText)]:
        resolved = resolve_about(about, abouts, about_files, config, analysis.date, recognised, warnings,
                                 nameless_hints)
        if resolved and resolved not in about_ids:
            about_ids.append(resolved)

    body = [item for item in analysis.items if isinstance(item, Paragraph)]
    recognised.append(Note(body[0].line, f"{len(body)} body paragraphs"))
    values: dict = {"title": analysis.title}
    if analysis.subtitle:
        values["subtitle"] = analysis.subtitle
    values["date"] = analysis.date
    if analysis.dateline:
        values["dateline"] = analysis.dateline
    if analysis.contacts:
        values["contacts"] = [{k: v for k, v in (("name", c.name), ("role", c.role), ("phone", c.phone),
                                                 ("email", c.email)) if v} for c in analysis.contacts]
    if about_ids:
        values["about"] = about_ids
    values["draft"] = True  # published in no language until a person removes the line
    front = front_matter(values)
    body_text, expected, starts = render_body(body)
    release_text = f"---\n{front}---\n{body_text}"
    body_first_line = front.count("\n") + 3

    # What needs a human, with the line of the release too.
    hint = ""
    if nameless_hints:
        hint = "; perhaps " + " or ".join(f"{name!r} (its About text on line {line} lost its name too)"
                                          for name, line in nameless_hints)
    wrapped = {id(p): paragraph_markdown(p)[0] for p in body}
    for paragraph, line, finding in analysis.paragraph_warnings:
        release_line = 0
        if id(paragraph) in wrapped:
            index = next(i for i, p in enumerate(body) if p is paragraph)
            release_line = body_first_line + starts[index] - 1 + _line_in(wrapped[id(paragraph)], finding)
        is_body = id(paragraph) in wrapped
        warnings.append(Note(line, f"{finding.message}: {finding.snippet!r}" + (hint if is_body else ""),
                             release_line))
    for note in list(warnings):
        if note.line and note.line == analysis.title_line and "headline" in note.message:
            warnings[warnings.index(note)] = Note(note.line, note.message, _front_line(release_text, "title"))
    warnings.sort(key=lambda note: note.line)
    recognised.sort(key=lambda note: note.line)
    checks = _checks(release_text, analysis, warnings)

    plan = ImportPlan(source=source, format=incoming.format, encoding=incoming.encoding, slug=slug,
                      release_path=release_path, release_text=release_text, about_files=about_files,
                      recognised=recognised, removed=sorted(analysis.removed, key=lambda n: n.line),
                      warnings=warnings, checks=checks)
    _validate(config, plan, expected, values)
    return plan


def _checks(release_text: str, analysis: Analysis, warnings: list[Note]) -> list[Note]:
    """What a person checks before publishing, by line of the release written: the fields the
    importer chose (with the input line they came from), what it warned about, the draft line."""
    checks = []
    for key, value, line in (("title", analysis.title, analysis.title_line),
                             ("subtitle", analysis.subtitle, analysis.subtitle_line),
                             ("date", analysis.date.isoformat(), analysis.date_line),
                             ("dateline", analysis.dateline, 0), ("contacts", analysis.contacts, 0)):
        if value:
            shown = f"{len(value)} contact(s)" if key == "contacts" else repr(value)
            source = f" (line {line} of the file)" if line else ""
            checks.append(Note(line, f"{key}: {shown}{source}", _front_line(release_text, key)))
    checks += [note for note in warnings if note.release_line]
    checks.append(Note(0, "remove `draft: true` to publish it", _front_line(release_text, "draft")))
    return sorted(checks, key=lambda note: note.release_line)


def format_name(incoming: Incoming) -> str:
    if incoming.format == TEXT:
        return f"plain text, {incoming.encoding}"
    if incoming.format == HTML:
        return f"HTML, {incoming.encoding}"
    return DOCX


def _line_in(markdown: str, finding: Finding) -> int:
    """0-based line of the written paragraph where the finding's suspicious words end."""

    def words(items) -> str:
        return r"\s+".join(f"(?:{re.escape(w)}|{re.escape(md_escape(w))})" for w in items)

    for before in (finding.before, ()):
        pattern = (words(before) + r"\s+" if before else "") + f"(?P<key>{words(finding.key)})"
        match = re.search(pattern, markdown)
        if match:
            return markdown[: match.end("key")].count("\n")
    return 0


def _front_line(text: str, key: str) -> int:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 0


def _validate(config: Config, plan: ImportPlan, expected_units: list[str], values: dict) -> None:
    """Load what would be written, as every command will: it must read back as intended."""
    with tempfile.TemporaryDirectory(prefix="i18n-import-") as directory:
        releases = Path(directory) / "releases"
        (releases / "about").mkdir(parents=True)
        if config.about_path.is_dir():
            for path in config.about_path.glob("*.md"):
                (releases / "about" / path.name).write_bytes(path.read_bytes())
        for path, text in plan.about_files.items():
            (releases / "about" / path.name).write_text(text, encoding="utf-8")
        (releases / plan.release_path.name).write_text(plan.release_text, encoding="utf-8")
        try:
            loaded, abouts = load_all(releases)
        except SourceError as error:
            raise I18nError(f"cannot import {plan.source}: the release it would write is invalid: "
                            f"line {error.line}: {error.message}") from None
    release = loaded[0]
    contacts = tuple((c.name, c.phone, c.email, c.role) for c in release.contacts)
    wanted = tuple((c["name"], c.get("phone", ""), c.get("email", ""), c.get("role", ""))
                   for c in values.get("contacts", []))
    same = (release.title == " ".join(values["title"].split()) and release.date == values["date"]
            and release.subtitle == " ".join(values.get("subtitle", "").split())
            and release.dateline == values.get("dateline", "") and contacts == wanted
            and list(release.about) == values.get("about", []) and release.draft)
    units = [unit.text for unit in parse_markdown(release.body, release.body_line).units]
    if not same or units != expected_units:
        raise I18nError(f"cannot import {plan.source}: the release would not read back as recognised "
                        "(a bug in the importer: please report it with the file)")
    for path in plan.about_files:
        about = abouts[path.stem]
        wanted_units = [fold(u.text) for u in parse_markdown(about.body).units]
        if not wanted_units:
            raise I18nError(f"cannot import {plan.source}: the About file {path.name} would be empty")


def _existing_slugs(config: Config) -> dict[str, Path]:
    """Slugs of the releases already there (by file name when a source does not load)."""
    try:
        releases, _ = load_all(config.releases_path)
        return {release.slug: release.path for release in releases}
    except SourceError:
        return {path.stem: path for path in config.releases_path.glob("*.md")}


def write_import(config: Config, plan: ImportPlan, force: bool = False) -> list[Path]:
    """Write the release and its new About files atomically; never replace a release without force."""
    shown = config.relative(plan.release_path)
    if plan.release_path.exists() and not force:
        raise I18nError(f"{shown} already exists: not overwritten (use --force to replace it)")
    other = _existing_slugs(config).get(plan.slug)
    if other is not None and Path(other).resolve() != plan.release_path.resolve():
        raise I18nError(f"slug {plan.slug!r} is already used by {config.relative(other)}: choose another with --slug")
    written = []
    for path, text in plan.about_files.items():
        if path.exists():
            if path.read_text(encoding="utf-8") == text:
                continue
            raise I18nError(f"{config.relative(path)} appeared while importing: not overwritten")
        atomic_write(path, text.encode("utf-8"))
        written.append(path)
    atomic_write(plan.release_path, plan.release_text.encode("utf-8"))
    written.append(plan.release_path)
    plan.written = written
    return written


def import_release(config: Config, source: Path, slug: str | None = None, force: bool = False,
                   given: Given = Given(), chrome: frozenset[str] = frozenset()) -> ImportPlan:
    """plan_import + write_import: one file in, a release source (and About files) out."""
    plan = plan_import(config, source, slug, given, chrome)
    write_import(config, plan, force)
    return plan
