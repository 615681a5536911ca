"""What every recogniser shares: notes, paragraphs, text helpers, slugs."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from ..documents import Line, md_escape


@dataclass(frozen=True)
class Note:
    """One thing the importer recognised, removed or wants a human to look at."""

    line: int  # 1-based line of the input (.docx: paragraph number); 0: the file as a whole
    message: str
    release_line: int = 0  # 1-based line in the written release, when the note is about its text


SENTENCE_END = re.compile(r"[.:;,][\"”’')\]]*$")


# "the Hon. Colm Imbert", "Dr. Ann Lee", "John F. Kennedy": a title's or an initial's full stop, before a name
_BEFORE_NAME = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|Rev|Sen|Rep|Gov|Lt|Col|Gen|Capt|Sgt|Cllr|St|Mt|No)"
                          r"|(?<![.\w])[A-Z])\.$")


def sentences(text: str) -> list[str]:
    """A paragraph's sentences, parted where a full stop, "?" or "!" is followed by a capital
    (not the full stop of a title or an initial before a name)."""
    parts: list[str] = []
    for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip()):
        if parts and _BEFORE_NAME.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {part}"
        else:
            parts.append(part)
    return parts
QUOTES = "“”\"„«»"


def word_count(text: str) -> int:
    return len(text.split())


def fold(text: str) -> str:
    """Text compared as 'the same': typographic quotes and spacing do not matter."""
    for old, new in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("\xa0", " ")):
        text = text.replace(old, new)
    return " ".join(text.split())


def markdown_plain(markdown: str) -> str:
    """The text a Markdown paragraph shows (links, emphasis and escapes removed)."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    for _ in range(3):
        text = re.sub(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    return re.sub(r"\\(.)", r"\1", text)


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


_SLUG_STOP = {"a", "an", "the", "of", "to", "for", "and", "or", "but", "in", "on", "at", "by", "with", "be",
              "is", "are", "should", "will", "must", "as", "from", "its", "their", "our", "s", "after", "before",
              "over", "under", "into", "through", "about", "against", "amid", "among", "across", "during",
              "despite", "than", "that", "this", "who", "which", "while", "when", "if", "so", "not"}


def default_slug(title: str, date: dt.date) -> str:
    """YYYY-MM-DD-<the headline's first words>, without leading or trailing small words."""
    words = slugify(title).split("-")
    while words and words[0] in _SLUG_STOP:
        words.pop(0)
    words = words[:5]
    while len(words) > 1 and words[-1] in _SLUG_STOP:
        words.pop()
    return f"{date.isoformat()}-{'-'.join(words) or 'release'}"


@dataclass(frozen=True)
class Given:
    """What the editor supplies (--title, --subtitle, --date, --dateline): it wins over the text."""

    title: str = ""
    subtitle: str = ""
    date: dt.date | None = None
    dateline: str = ""


@dataclass
class Paragraph:
    kind: str  # "paragraph", "heading" or "item"
    lines: list[Line]  # logical lines: hard breaks between them when hard_breaks
    hard_breaks: bool
    level: int = 0
    ordered: bool = False
    number: int = 0  # a numbered item's own number (0: none known)

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def plain(self) -> str:
        return " ".join(line.plain for line in self.lines)

    def markdown_lines(self) -> list[str]:
        if self.hard_breaks:
            return [line.markdown for line in self.lines]
        return [" ".join(line.markdown for line in self.lines)]

    def line_at(self, offset: int) -> int:
        """The input line holding the character at offset of self.plain."""
        return line_at(self.lines, offset)


def line_at(lines: list, offset: int) -> int:
    """The input line holding the character at offset of the lines' text joined by spaces."""
    position = 0
    for line in lines:
        position += len(line.plain) + 1
        if offset < position:
            return line.number
    return lines[-1].number


# "Published" / "12 March 2021", "From:" / "Ministry of Works": a label alone, its value under it
_BARE_LABEL = re.compile(r"(?i)^\W*(?:from|to|subject|published|(?:last\s+)?updated|released|issued|posted|date|"
                         r"release\s+date|location|organi[sz]ation|department|ministry)\s*:?\s*$")


def join_labels(lines: list[Line]) -> list[Line]:
    """A label alone on a line and the value on the next, as one "Label: value" line."""
    joined: list[Line] = []
    for line in lines:
        if joined and _BARE_LABEL.match(joined[-1].plain) and not _BARE_LABEL.match(line.plain):
            label = joined[-1].plain.strip().rstrip(":").strip()
            text = f"{label}: {line.plain}"
            joined[-1] = Line(text, md_escape(text), joined[-1].number)
        else:
            joined.append(line)
    return joined
