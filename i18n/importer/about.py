"""About paragraphs: headings, 'X is a ...' paragraphs, and the files they are kept in."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..documents import Line, md_escape
from i18n.sources.releases import About
from i18n.errors import excerpt
from .common import QUOTES, SENTENCE_END, Note, Paragraph, fold, markdown_plain, slugify, word_count
from .dateline import dateline_at, drop_prefix
from .render import front_matter, paragraph_markdown

_ABOUT_HEADING = re.compile(r"^\W*about\s+(?P<name>[A-Z0-9][^:\n]{1,80}?)\s*:?\s*$", re.I)
ABOUT_INLINE = re.compile(r"^\W*about\s+(?P<name>[A-Z0-9][^:\n]{1,80}?)\s*(?:[:]|\s[–—-])\s*(?P<rest>.{20,})$",
                           re.I | re.S)
ORG_IS = re.compile(  # a pronoun is no organisation: "There is also ...", "It has been ..."
    r"^(?!(?:There|Here|It|This|That|These|Those|He|She|They|We|You|I)\s+(?:is|are|was|has)\b)"
    r"(?P<name>[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|for|the|and|de|del|la|las|los|y|en|on|in|&)){0,7}?)"
    r"(?:\s+\([A-Z0-9&.\-]+\))?(?:,[^,]{3,120},)?\s+(?:is|are|was|has\s+been|works|builds|serves|represents|"
    r"advocates|unites|organizes|organises)\b")


_NAME_SMALL_WORDS = {"of", "for", "the", "and", "de", "del", "la", "las", "los", "y", "en", "on", "in", "&"}


def about_heading(text: str):
    """'About Alianza Americas' (not 'About 300 people gathered...'): the match, or None."""
    match = _ABOUT_HEADING.match(text)
    if not match:
        return None
    if SENTENCE_END.search(text.rstrip(":")) or not organisation_like(match.group("name")):
        return None
    return match


def organisation_like(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= 8 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_SMALL_WORDS
                                       for w in words)


@dataclass
class AboutText:
    name: str  # "" when the text lost it
    paragraphs: list[Paragraph]
    line: int
    about_id: str = ""  # an existing About file's id, when the text is the same


def existing_matches(text: str, abouts: dict[str, About]) -> tuple[list[About], str]:
    """The existing About files whose texts a paragraph's text starts with, and the text left."""
    words = fold(text).split()
    original = text.split()
    matched: list[About] = []
    position = 0
    while position < len(words):
        for about in sorted(abouts.values(), key=lambda a: -len(a.body)):
            about_words = fold(markdown_plain(about.body)).split()
            if about_words and words[position:position + len(about_words)] == about_words:
                matched.append(about)
                position += len(about_words)
                break
        else:
            break
    return matched, " ".join(original[position:]) if matched else ""


def existing_about_texts(paragraph: Paragraph, abouts: dict[str, About]) -> list[AboutText]:
    """A paragraph that is (or starts with) the text of existing About files: those files, referenced.
    Text after them is About text too (of an organisation named by it, or whose name was lost)."""
    if paragraph.kind != "paragraph":
        return []
    matched, rest_plain = existing_matches(paragraph.plain, abouts)
    found = [AboutText(about.name, [], paragraph.line, about_id=about.id) for about in matched]
    if found and rest_plain:
        rest = Paragraph("paragraph", [Line(rest_plain, md_escape(rest_plain), paragraph.line)], False)
        name = ORG_IS.match(rest_plain)
        found.append(AboutText(name.group("name") if name else "", [rest], paragraph.line))
    return found


def strip_inline_heading(match, paragraph: Paragraph) -> bool:
    """'About X: X is a ...' in one paragraph: keep only the text after the heading."""
    offset = match.start("rest")
    first = paragraph.lines[0]
    if offset >= len(first.plain):
        return False
    markdown = drop_prefix(first.markdown, first.plain, offset)
    paragraph.lines[0] = Line(first.plain[offset:], markdown, first.number)
    return True


def resolve_about(about: AboutText, abouts: dict[str, About], about_files: dict[Path, str], config: Config,
                  date: dt.date, recognised: list[Note], warnings: list[Note], nameless_hints: list) -> str:
    """The id an About text is filed under ('' when it cannot be), new files in about_files."""
    if about.about_id:
        recognised.append(Note(about.line, f"About {about.name}: the text of releases/about/{about.about_id}.md"))
        return about.about_id
    text = " ".join(p.plain for p in about.paragraphs)
    if not about.paragraphs or not text.strip():
        warnings.append(Note(about.line, f"About {about.name} heading without text: left out"))
        return ""
    if not about.name:
        folded = re.sub(r"\s+", "", fold(text))
        for existing in abouts.values():
            plain = markdown_plain(existing.body)
            if existing.name and re.sub(r"\s+", "", fold(plain.replace(existing.name, ""))) == folded:
                nameless_hints.append((existing.name, about.line))
                warnings.append(Note(about.line, f"About text without its organisation's name, left out: "
                                                 f"{excerpt(text)!r}: it is the text of releases/about/"
                                                 f"{existing.id}.md with {existing.name!r} lost; if so, add "
                                                 f"'{existing.id}' to `about:`"))
                return ""
        warnings.append(Note(about.line, f"About text without its organisation's name, left out: {excerpt(text)!r}"))
        return ""
    folded = fold(text)
    for existing in abouts.values():
        if fold(markdown_plain(existing.body)) == folded:
            recognised.append(Note(about.line, f"About {about.name}: the text of releases/about/{existing.id}.md"))
            return existing.id
    name = about.name
    match = re.match(re.escape(name), text.lstrip(), re.I)
    if match:  # "ABOUT ALIANZA AMERICAS", "About the X": the name as the text itself writes it
        name = match.group()
    about_id = re.sub(r"^the-(?=.)", "", slugify(name))
    if not about_id:
        warnings.append(Note(about.line, f"About text with no usable name, left out: {excerpt(text)!r}"))
        return ""
    existing = abouts.get(about_id) or next((a for a in abouts.values() if a.name == name), None)
    if existing is not None:  # the About text of its time: kept as published, in a dated variant
        name = existing.name or name
        about_id = f"{existing.id}-{date.year}"
        if about_id in abouts:  # another text of that year
            about_id = f"{existing.id}-{date.isoformat()}"
        warnings.append(Note(about.line, f"About {name}: the release's text differs from today's releases/about/"
                                         f"{existing.id}.md: kept as the release gives it, in releases/about/"
                                         f"{about_id}.md ({excerpt(text)!r})"))
    path = config.about_path / f"{about_id}.md"
    if path in about_files:
        warnings.append(Note(about.line, f"About {name} given twice: kept the first"))
        return about_id
    paragraphs = [paragraph_markdown(p)[0] for p in about.paragraphs]
    about_files[path] = f"---\n{front_matter({'name': name})}---\n" + "\n\n".join(paragraphs) + "\n"
    recognised.append(Note(about.line, f"About {name}: new file releases/about/{about_id}.md"))
    return about_id


def trailing_abouts(items: list) -> list:
    """The body's items with the paragraphs that end the release as 'X is a ...' made About
    text (no heading needed); quotations and datelines excepted."""
    items = list(items)
    position = len(items)
    while position > 0:
        item = items[position - 1]
        if isinstance(item, AboutText):
            position -= 1
            continue
        text = item.plain
        match = ORG_IS.match(text)
        if (item.kind != "paragraph" or not match or word_count(text) < 12 or any(q in text for q in QUOTES)
                or dateline_at(text)):
            break
        items[position - 1] = AboutText(match.group("name"), [item], item.line)
        position -= 1
    return items
