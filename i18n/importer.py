"""Import releases as they arrive (pasted text, a saved web page, a Word file) into release
sources: `releases/<slug>.md` (YAML front matter + Markdown body) and new About files.

`plan_import` reads a file (i18n.documents), recognises the parts of a press release and
returns the files it would write, with what it recognised, what it removed and what needs a
human; `write_import` writes them atomically. Recognised:

- "FOR IMMEDIATE RELEASE" (alone or followed by the date) and the `###` end mark;
- the headline and the subhead;
- the date: "April 14, 2021", "Apr. 14, 2021", "14 April 2021", "4/14/2021", "2021-04-14",
  alone on a line, after "FOR IMMEDIATE RELEASE:", or inside the dateline;
- the dateline at the start of one of the first paragraphs ("CHICAGO ––", "SAN SALVADOR –",
  "WASHINGTON, D.C. -", "CHICAGO, IL—June 29, 2018—"), moved from the paragraph to `dateline`;
- contacts: "Name | (214) 402-0186 | email", "Name (915) 525 2434 email", "Name: 312-351-3890",
  and blocks under "CONTACT:", "Media contact", "PRESS CONTACTS" (a name, a role, phone and
  e-mail on lines of their own), several per release;
- About paragraphs: after an "About X" heading, or ending the release as "X is a ...": one whose
  text is that of an existing `releases/about/*.md` is referenced, another is a new About file.

Nothing is invented: a name or an e-mail the text does not show (a hidden "[email protected]",
"a joint statement from and X", a sentence ending "executive director of") is reported with
its line, never filled in.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .filesafe import atomic_write
from .config import Config
from .documents import DOCX, HTML, TEXT, Block, Incoming, Line, md_escape, read_document
from .errors import I18nError, SourceError
from .releases import SLUG_PATTERN, About, load_about, load_all
from .segments import HARD_BREAK, parse_markdown

WRAP_WIDTH = 80


@dataclass(frozen=True)
class Note:
    """One thing the importer recognised, removed or wants a human to look at."""

    line: int  # 1-based line of the input (.docx: paragraph number); 0: the file as a whole
    message: str
    release_line: int = 0  # 1-based line in the written release, when the note is about its text


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
    written: list[Path] = field(default_factory=list)


# ---------------------------------------------------------------- patterns

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_DATE_PATTERNS = (
    re.compile(r"\b(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b"),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[A-Za-z]{3,9})\.?,?\s+(?P<year>\d{4})\b"),
    re.compile(r"(?<![\d/])(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])"),
    re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?![\d-])"),
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
_DATE_PREFIX = re.compile(
    r"(?i)^[\s(]*(?:(?:for\s+)?immediate\s+release|for\s+release|release\s+date|date[d]?|released|published|"
    r"posted|updated)?(?:\s+on)?[\s:|–—-]*(?:" + _WEEKDAY + r")?[\s(]*$")
_DATE_SUFFIX = re.compile(r"(?i)^[\s)]*(?:[|–—,-]?\s*(?:(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
                          r"\s*(?:by\s+[\w .'-]{1,40})?)?[\s)]*$")
_IMMEDIATE = re.compile(r"(?i)^\W*for\s+immediate\s+release\b\W*")
_EMBARGO = re.compile(r"(?i)^\W*embargo(?:ed)?\b")
_END_MARK = re.compile(r"^\s*(?:#\s*#\s*#|[-–—]+\s*30\s*[-–—]+|[-–—]\s*end\s*[-–—])\s*$", re.I)
_CONTACT_HEADING = re.compile(
    r"(?i)^\W*(?:(?:(?:media|press|news)\s+)?contacts?(?:\s+(?:info(?:rmation)?|persons?|details))?"
    r"|for\s+(?:more|further|additional)\s+information[^:]{0,20}?,?\s*(?:please\s+)?contact"
    r"|for\s+(?:media|press)\s+inquiries[^:]{0,20}?,?\s*(?:please\s+)?contact)"
    r"\s*(?:(?P<colon>[:|–—-])\s*(?P<rest>.*))?$")
_ABOUT_HEADING = re.compile(r"^\W*about\s+(?P<name>[A-Z0-9][^:\n]{1,80}?)\s*:?\s*$", re.I)
_ABOUT_INLINE = re.compile(r"^\W*about\s+(?P<name>[A-Z0-9][^:\n]{1,80}?)\s*(?:[:]|\s[–—-])\s*(?P<rest>.{20,})$",
                           re.I | re.S)
_ORG_IS = re.compile(
    r"^(?P<name>[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|for|the|and|de|del|la|las|los|y|en|on|in|&)){0,7}?)"
    r"(?:\s+\([A-Z0-9&.\-]+\))?(?:,[^,]{3,120},)?\s+(?:is|are|was|has\s+been|works|builds|serves|represents|"
    r"advocates|unites|organizes|organises)\b")
_RESIDUE = re.compile(
    r"""(?ix)^\W*(?:
        spread\ the\ love | share(?:\ this)?(?:\ (?:post|article|page|story))?(?:\ (?:on|via)\ \w+)? | share\ via
      | tweet(?:\ this)? | pin\ it | like\ this | like\ loading\W* | loading\W* | related(?:\ (?:posts|articles|stories))?
      | print(?:\ this(?:\ page)?)? | print\ friendly.* | email\ this | copy\ link | skip\ to\ (?:main\ )?content
      | back\ to\ top | read\ more | continue\ reading.* | leave\ a\ (?:comment|reply) | click\ to\ (?:share|print|email).*
      | (?:posted\ in|filed\ under)\ .* | (?:categories|category|tags?)\s*:.* | follow\ us\ on\ .*
      | sign\ up\ for\ our\ newsletter.* | subscribe(?:\ to\ our\ newsletter)?
      | (?:(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email|e-mail|telegram|print|messenger|tumblr
          |pocket|mastodon|bluesky|threads)[\s|•·,/]*)+
    )\W*$""")
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_HIDDEN_EMAIL = re.compile(r"\[\s*email\s*protected\s*\]", re.I)
_PHONE = re.compile(
    r"(?<![\w/])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?![\w/])"
    r"|(?<![\w/+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\w/])")
_LABELS = re.compile(r"(?i)\b(?:phone|tel(?:ephone)?|cell(?:phone)?|mobile|office|direct|fax|e-?mail|ph)\b\.?\s*:?"
                     r"|(?<!\w)[ocmte]\s*:")
_GAP_EDGES = re.compile(r"^[\s|,;:/•·()<>\[\]–—-]+|[\s|,;:/•·()<>\[\]–—-]+$")
_ROLE_WORDS = re.compile(
    r"(?i)\b(?:director|manager|coordinator|officer|president|spokes(?:person|woman|man)|press|communications?|"
    r"media|secretary|chair|head|lead|organi[sz]er|specialist|associate|executive|strategist|advisor|adviser|"
    r"counsel|founder|ceo|relations|campaigner|staff|assistant|deputy)\b")
_SENTENCE_END = re.compile(r"[.:;,][\"”’')\]]*$")
_QUOTES = "“”\"„«»"

# A name lost from the text, as a scraped page leaves it.
_DANGLING = (
    (re.compile(r"(?i)\b(?:from|of|between|the|at)\s+(?:and|&)\s+\S+(?:\s+\S+)?"),
     "a name seems lost before “and”"),
    (re.compile(r"(?i)\b\w+\s+(?:and|&)\s*[.,;:](?=\s|$)"), "a name seems lost after “and”"),
    (re.compile(r"(?i)(?:\S+\s+){0,3}\b(?:of|from|the)\s*[.;:]?$"),
     "the text ends in “{last}”: a name seems lost"),
    (re.compile(r"(?i)(?:\S+\s+){0,3}\b(?:of|from|the)\s*[.;:](?=\s+[A-Z“\"])"),
     "a sentence ends in “{last}”: a name seems lost"),
    (re.compile(r"^\s*(?:is|are|was|were)\s+\S+(?:\s+\S+)?"), "it starts with “{first}”: its subject seems lost"),
    (re.compile(r"(?<=[a-z0-9][.!?])\s+(?:is|are|was|were)\s+\S+(?:\s+\S+)?"),
     "a sentence starts with “{first}”: its subject seems lost"),
    (re.compile(r"(?:^|(?<=[a-z0-9][.!?])\s*)['’]s\s+\S+"), "“’s” follows no name: a name seems lost"),
    (re.compile(r"[,(]\s*[,)]"), "an empty place between punctuation: something seems lost"),
)


# ---------------------------------------------------------------- small helpers


def _words(text: str) -> int:
    return len(text.split())


def _excerpt(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _fold(text: str) -> str:
    """Text compared as 'the same': typographic quotes and spacing do not matter."""
    for old, new in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("\xa0", " ")):
        text = text.replace(old, new)
    return " ".join(text.split())


def _markdown_plain(markdown: str) -> str:
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


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first date written in text, with its span."""
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            try:
                month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS.get(groups["month"].lower().rstrip("."))
                if month is None:
                    continue
                year = int(groups["year"])
                if year < 100:
                    year += 2000
                found.append((match.start(), dt.date(year, month, int(groups["day"])), match.end()))
            except ValueError:
                continue
            break
    if not found:
        return None
    start, date, end = min(found, key=lambda item: item[0])
    return date, start, end


def _date_line(text: str) -> tuple[dt.date, str] | None:
    """A line that is only a date (maybe after FOR IMMEDIATE RELEASE, a weekday, 'Posted on')."""
    found = find_date(text)
    if found is None:
        return None
    date, start, end = found
    if _DATE_PREFIX.match(text[:start]) and _DATE_SUFFIX.match(text[end:]):
        return date, text[start:end]
    return None


def _is_residue(text: str) -> bool:
    return len(text) <= 120 and bool(_RESIDUE.match(text))


def _is_marker(text: str) -> bool:
    return bool(_END_MARK.match(text) or _CONTACT_HEADING.match(text) or _IMMEDIATE.match(text)
                or _about_heading(text))


_NAME_SMALL_WORDS = {"of", "for", "the", "and", "de", "del", "la", "las", "los", "y", "en", "on", "in", "&"}


def _about_heading(text: str):
    """'About Alianza Americas' (not 'About 300 people gathered...'): the match, or None."""
    match = _ABOUT_HEADING.match(text)
    if not match:
        return None
    if _SENTENCE_END.search(text.rstrip(":")) or not _organisation_like(match.group("name")):
        return None
    return match


def _organisation_like(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= 8 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_SMALL_WORDS
                                       for w in words)


# ---------------------------------------------------------------- datelines

_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^–—\-(\n]{1,70}?)\s*(?:\((?P<pdate>[^)]{6,30})\)\s*)?"
    r"(?P<dash>-{2,}|[–—]+(?:\s*[–—]+)*|(?<=\s)-(?=\s))\s*(?P<rest>.*)$", re.S)


def _dateline(plain: str) -> tuple[str, dt.date | None, str, int] | None:
    """(place, date or None, the date as written, length of the dateline) at the start of plain."""
    match = _DATELINE.match(plain)
    if not match:
        return None
    place = match.group("place").strip().rstrip(",").strip()
    date, date_text = None, ""
    inside = find_date(place)
    if inside:
        date, start, end = inside
        date_text = place[start:end]
        if place[end:].strip(" ,"):
            return None
        place = place[:start].strip().rstrip(",").strip()
    if match.group("pdate"):
        parenthesised = find_date(match.group("pdate"))
        if parenthesised is None:
            return None
        date, date_text = parenthesised[0], match.group("pdate").strip()
    city, _, region = place.partition(",")
    city, region = city.strip(), region.strip()
    letters = [c for c in city if c.isalpha()]
    if len(letters) < 3 or city.upper() != city or _words(city) > 4:
        return None
    if region and (_words(region) > 3 or not all(w[0].isupper() for w in region.split())):
        return None
    rest = match.group("rest")
    consumed = match.start("rest")
    after = find_date(rest[:40])
    if after and after[1] == 0:
        tail = re.match(r"\s*(?:-{2,}|[–—]+|\s-\s)\s*", rest[after[2]:])
        if tail:
            date, date_text = after[0], rest[: after[2]]
            consumed += after[2] + tail.end()
            rest = rest[after[2] + tail.end():]
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in _QUOTES + "'‘"):
        return None
    return (f"{city}, {region}" if region else city), date, date_text, consumed


def _drop_prefix(markdown: str, plain: str, length: int) -> str:
    """Markdown of a line without the first `length` characters of its plain text.

    Emphasis around the dropped words goes with them; when what is left would not show
    exactly the rest of the plain text, the rest is written as escaped plain text."""
    md_pos = plain_pos = 0
    while plain_pos < length and md_pos < len(markdown):
        if markdown[md_pos] == plain[plain_pos]:
            md_pos += 1
            plain_pos += 1
        elif markdown[md_pos] in "*_":
            md_pos += 1
        elif markdown[md_pos] == "\\" and md_pos + 1 < len(markdown):
            md_pos += 1
        elif markdown[md_pos].isspace() and plain[plain_pos].isspace():
            md_pos += 1
            plain_pos += 1
        else:
            return md_escape(plain[length:])
    dropped, rest = markdown[:md_pos], markdown[md_pos:].lstrip()
    closer = re.match(r"^(\*+)(?=\s|$)", rest)
    if closer:
        dropped = dropped.rstrip() + closer.group(1)
        rest = rest[closer.end():].lstrip()
    balanced = _markdown_plain(dropped).count("*") == 0 and dropped.count("*") % 2 == 0
    if not balanced or _fold(_markdown_plain(rest)) != _fold(plain[length:]):
        return md_escape(plain[length:])
    return rest


# ---------------------------------------------------------------- contacts


@dataclass
class _Contact:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    hidden: bool = False
    line: int = 0

    @property
    def has_channel(self) -> bool:
        return bool(self.phone or self.email or self.hidden)


def _name_like(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60 or re.search(r"[\d@]", text):
        return False
    if not text[0].isupper():
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised * 2 >= len(words) and not _ROLE_WORDS.search(text)


def _role_like(text: str) -> bool:
    return 0 < _words(text) <= 14 and len(text) <= 120 and not text.rstrip().endswith((".", ":"))


def _contact_tokens(text: str, line: int) -> list[tuple[str, str, int]]:
    spans: list[tuple[int, int, str, str]] = []
    for kind, pattern in (("hidden", _HIDDEN_EMAIL), ("email", _EMAIL), ("phone", _PHONE)):
        for match in pattern.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _, _ in spans):
                spans.append((match.start(), match.end(), kind, " ".join(match.group().split())))
    spans.sort()
    tokens: list[tuple[str, str, int]] = []
    position = 0

    def gap(piece: str):
        piece = _LABELS.sub(" ", piece)
        piece = _GAP_EDGES.sub("", " ".join(piece.split()))
        piece = re.sub(r"(?i)^(?:and|or)\s+|\s+(?:and|or)$", "", piece).strip()
        if piece:
            tokens.append(("text", piece, line))

    for start, end, kind, value in spans:
        gap(text[position:start])
        tokens.append((kind, value, line))
        position = end
    gap(text[position:])
    return tokens


def _split_name_role(text: str) -> tuple[str, str]:
    match = re.match(r"^(?P<name>[^,–—]+?)\s*(?:,|\s[–—-]\s|[–—])\s*(?P<role>.+)$", text)
    if match:
        return match.group("name").strip(), match.group("role").strip()
    return text.strip(), ""


def _contact_heading(text: str):
    """A CONTACT / PRESS CONTACTS / Media contact: heading (maybe with a contact after the colon)."""
    match = _CONTACT_HEADING.match(text)
    return match if match and (match.group("colon") or not match.group("rest")) else None


def _is_contact_line(text: str) -> bool:
    if len(text) > 250:
        return False
    tokens = _contact_tokens(text, 0)
    if not any(kind != "text" for kind, _, _ in tokens):
        return False
    for kind, value, _ in tokens:
        if kind == "text":
            name, role = _split_name_role(value)
            if not (_name_like(name) or _role_like(value)) or (role and not _role_like(role)):
                return False
    return True


# ---------------------------------------------------------------- the analysis


@dataclass
class _Paragraph:
    kind: str  # "paragraph", "heading" or "item"
    lines: list[Line]  # logical lines: hard breaks between them when hard_breaks
    hard_breaks: bool
    level: int = 0
    ordered: bool = False

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
        position = 0
        for line in self.lines:
            position += len(line.plain) + 1
            if offset < position:
                return line.number
        return self.lines[-1].number


@dataclass
class _AboutText:
    name: str  # "" when the text lost it
    paragraphs: list[_Paragraph]
    line: int
    about_id: str = ""  # an existing About file's id, when the text is the same


class _Analysis:
    def __init__(self, incoming: Incoming, abouts: dict[str, About]):
        self.incoming = incoming
        self.abouts = abouts
        self.recognised: list[Note] = [Note(line, message) for line, message in incoming.notes]
        self.removed: list[Note] = [Note(line, message) for line, message in incoming.removed]
        self.warnings: list[Note] = [Note(line, message) for line, message in incoming.warnings]
        self.title = self.subtitle = self.dateline = ""
        self.title_line = self.subtitle_line = 0
        self.date: dt.date | None = None
        self.date_line = 0
        self.contacts: list[_Contact] = []
        self.items: list = []  # body: _Paragraph and _AboutText in order of appearance
        self.after_end: list[_AboutText] = []  # About text after the end mark
        self.paragraph_warnings: list[tuple[_Paragraph, int, _Finding]] = []  # paragraph, input line, finding

    # ------------------------------------------------------------ entry

    def run(self) -> None:
        blocks = self._clean(self.incoming.blocks)
        body_start = self._header(blocks)
        self._body(body_start)
        self._trailing_abouts()
        self._find_dateline()
        self._check_release()
        self._check_dangling()

    # ------------------------------------------------------------ residue

    def _clean(self, blocks: list[Block]) -> list[Block]:
        cleaned, seen = [], {}
        for block in blocks:
            kept = []
            for line in block.lines:
                if _is_residue(line.plain):
                    self.removed.append(Note(line.number, f"web residue (share widget): {_excerpt(line.plain)!r}"))
                else:
                    kept.append(line)
            if not kept:
                continue
            block = Block(kept, block.kind, block.level, block.ordered, block.hard_breaks, block.emphasised,
                          block.style)
            key = _fold(block.plain).casefold()
            if key in seen and _words(key) >= 3 and not _is_marker(block.plain):
                self.removed.append(Note(block.line, f"a block repeated by the page template "
                                                     f"(first on line {seen[key]}): {_excerpt(block.plain)!r}"))
                continue
            seen.setdefault(key, block.line)
            cleaned.append(block)
        return cleaned

    # ------------------------------------------------------------ header

    def _header(self, blocks: list[Block]) -> list[Block]:
        """Read the header (markers, headline, subhead, date, contacts); return the body's blocks."""
        structural = next((i for i, b in enumerate(blocks[:40])
                           if (b.kind == "heading" and b.level == 1) or b.style == "Title"), None)
        index = 0
        while index < len(blocks):
            block = blocks[index]
            lines = block.lines if block.hard_breaks or block.kind != "paragraph" else self._join_continuations(block)
            if index == structural:
                self.title, self.title_line = " ".join(line.plain for line in lines), block.line
                self.recognised.append(Note(block.line, f"headline: {_excerpt(self.title)!r}"))
                index += 1
                continue
            position = 0
            while position < len(lines):
                line = lines[position]
                if _contact_heading(line.plain):
                    index += self._contact_block(blocks, index, lines, position)
                    break
                if not self._header_line(line, block, len(lines) - position, above=structural is not None
                                         and index < structural):
                    return self._rest(blocks, index, lines, position)
                position += 1
            else:
                index += 1
        return []

    def _header_line(self, line: Line, block: Block, lines_left: int, above: bool) -> bool:
        """Take one line of the header; False when the body starts with it."""
        text = line.plain
        if self._header_marker(line):
            return True
        if above:
            self.removed.append(Note(line.number, f"text above the headline: {_excerpt(text)!r}"))
            return True
        if _END_MARK.match(text) or _about_heading(text):
            return False
        if not self.title:
            # A short all-caps headline can look like a dateline ("BIDEN MUST ACT – NOW").
            if not self._title_like(text) or (_dateline(text) and _words(text) > 12):
                return False
            self.title, self.title_line = text, line.number
            self.recognised.append(Note(line.number, f"headline: {_excerpt(text)!r}"))
            return True
        if _dateline(text):
            return False
        if _fold(text) == _fold(self.title):
            self.removed.append(Note(line.number, f"the headline repeated: {_excerpt(text)!r}"))
            return True
        if not self.subtitle and self._subtitle_like(text, block, lines_left):
            self.subtitle, self.subtitle_line = text, line.number
            self.recognised.append(Note(line.number, f"subhead: {_excerpt(text)!r}"))
            return True
        return False

    @staticmethod
    def _join_continuations(block: Block) -> list[Line]:
        """Plain-text lines: a line starting in lower case continues the one above it."""
        joined: list[Line] = []
        for line in block.lines:
            if joined and line.plain[:1].islower() and not _is_contact_line(line.plain):
                previous = joined[-1]
                joined[-1] = Line(previous.plain + " " + line.plain, previous.markdown + " " + line.markdown,
                                  previous.number)
            else:
                joined.append(line)
        return joined

    def _rest(self, blocks: list[Block], index: int, lines: list[Line], position: int) -> list[Block]:
        block = blocks[index]
        if position == 0 and lines is block.lines:
            return blocks[index:]
        rest = Block(lines[position:], block.kind, block.level, block.ordered, block.hard_breaks, block.emphasised,
                     block.style)
        return [rest] + blocks[index + 1:]

    def _header_marker(self, line: Line) -> bool:
        """FOR IMMEDIATE RELEASE, an embargo, a date or a contact line: recorded, True."""
        text = line.plain
        immediate = _IMMEDIATE.match(text)
        if immediate:
            self.recognised.append(Note(line.number, "FOR IMMEDIATE RELEASE"))
            rest = text[immediate.end():]
            if rest.strip():
                dated = _date_line(rest)
                if dated:
                    self._set_date(dated[0], dated[1], line.number)
                else:
                    self.warnings.append(Note(line.number, f"text after FOR IMMEDIATE RELEASE not understood, "
                                                           f"left out: {_excerpt(rest)!r}"))
            return True
        if _EMBARGO.match(text):
            self.warnings.append(Note(line.number, f"an embargo: {_excerpt(text)!r}: set `embargo:` by hand "
                                                   "(a time with offset, e.g. 2021-04-14T09:00:00-05:00)"))
            return True
        dated = _date_line(text)
        if dated:
            self._set_date(dated[0], dated[1], line.number)
            return True
        if _is_contact_line(text):
            self._add_contacts(_contact_tokens(text, line.number))
            return True
        return False

    def _set_date(self, date: dt.date, written: str, line: int) -> None:
        if self.date is None:
            self.date, self.date_line = date, line
            self.recognised.append(Note(line, f"date: {date.isoformat()} ({written!r})"))
        elif date != self.date:
            self.warnings.append(Note(line, f"another date, {written!r}, differs from the release date "
                                            f"{self.date.isoformat()} (line {self.date_line}): kept the first"))

    def _title_like(self, text: str) -> bool:
        if _words(text) > 30 or len(text) > 250 or text[:1].islower() or text.rstrip().endswith((",", ";", ":")):
            return False
        return not text.rstrip().endswith(".") or _words(text) <= 20

    def _subtitle_like(self, text: str, block: Block, lines_left: int) -> bool:
        if _words(text) > 60 or _dateline(text) or text.rstrip().endswith(":"):
            return False
        if (block.kind == "heading" and block.level >= 2) or block.style == "Subtitle" or block.emphasised:
            return True
        if lines_left > 1 or _words(text) > 40 or text[:1] in _QUOTES:
            return False
        return not _SENTENCE_END.search(text)

    # ------------------------------------------------------------ contacts

    def _contact_block(self, blocks: list[Block], index: int, lines: list[Line], position: int) -> int:
        """A CONTACT heading at lines[position] of blocks[index]: read its contacts; blocks used."""
        heading_line = lines[position]
        match = _contact_heading(heading_line.plain)
        self.recognised.append(Note(heading_line.number, f"contact block {_excerpt(heading_line.plain, 30)!r}"))
        tokens: list = []
        if match.group("rest"):
            tokens += _contact_tokens(match.group("rest"), heading_line.number)
        for line in lines[position + 1:]:
            tokens += _contact_tokens(line.plain, line.number)
            tokens.append(("break", "", line.number))
        used = 1
        # The contacts may follow in blocks of their own (one contact per block or per line, or
        # a name, a role and a phone number each in a paragraph or table cell of its own): take
        # blocks while they read as contact details and a phone or e-mail is among them.
        run: list[Block] = []
        while index + used + len(run) < len(blocks) and len(run) < 12:
            block = blocks[index + used + len(run)]
            if len(block.lines) > 8 or not all(
                    _is_contact_line(l.plain) or _name_like(l.plain) or (_role_like(l.plain) and _ROLE_WORDS.search(l.plain))
                    for l in block.lines):
                break
            run.append(block)
            if any(_is_contact_line(l.plain) or _PHONE.search(l.plain) or _EMAIL.search(l.plain)
                   or _HIDDEN_EMAIL.search(l.plain) for l in block.lines):
                for taken in run:
                    tokens.append(("block", "", taken.line))
                    for line in taken.lines:
                        tokens += _contact_tokens(line.plain, line.number)
                        tokens.append(("break", "", line.number))
                used += len(run)
                run = []
        self._add_contacts(tokens)
        return used

    def _add_contacts(self, tokens: list[tuple[str, str, int]]) -> None:
        current: _Contact | None = None
        found: list[_Contact] = []
        for kind, value, line in tokens:
            if kind in ("break", "block"):
                continue
            if kind == "text":
                name, role = _split_name_role(value)
                if current is not None and not current.role and _ROLE_WORDS.search(value) and (
                        not current.has_channel or not _name_like(name)):
                    current.role = value
                elif current is None or current.has_channel:
                    if not _name_like(name):
                        self.warnings.append(Note(line, f"contact text not understood, left out: {_excerpt(value)!r}"))
                        continue
                    current = _Contact(name=name, role=role, line=line)
                    found.append(current)
                elif _role_like(value):
                    current.role = f"{current.role}, {value}" if current.role else value
                else:
                    self.warnings.append(Note(line, f"contact text not understood, left out: {_excerpt(value)!r}"))
                continue
            if current is None:
                self.warnings.append(Note(line, f"{'e-mail' if kind != 'phone' else 'phone number'} {value!r} "
                                                "without a name: left out"))
                continue
            if kind == "hidden":
                current.hidden = True
                self.warnings.append(Note(line, f"e-mail of {current.name} hidden by the source page "
                                                f"({value!r}): left out; add it by hand"))
            elif kind == "phone":
                if current.phone:
                    self.warnings.append(Note(line, f"second phone number of {current.name}, {value!r}: left out "
                                                    f"(kept {current.phone!r})"))
                else:
                    current.phone = value
            elif kind == "email":
                if current.email:
                    self.warnings.append(Note(line, f"second e-mail of {current.name}, {value!r}: left out "
                                                    f"(kept {current.email!r})"))
                else:
                    current.email = value
        for contact in found:
            duplicate = next((c for c in self.contacts if c.name == contact.name), None)
            if duplicate is not None:
                for attribute in ("phone", "email", "role"):
                    if not getattr(duplicate, attribute):
                        setattr(duplicate, attribute, getattr(contact, attribute))
                continue
            self.contacts.append(contact)
            details = "".join(f" | {x}" for x in (contact.role, contact.phone, contact.email) if x)
            self.recognised.append(Note(contact.line, f"contact: {contact.name}{details}"))

    # ------------------------------------------------------------ body

    def _body(self, blocks: list[Block]) -> None:
        about: _AboutText | None = None
        ended = False
        index = 0
        while index < len(blocks):
            block = blocks[index]
            text = block.plain
            paragraph = _Paragraph(block.kind, list(block.lines), block.hard_breaks, block.level, block.ordered)
            index += 1
            if _END_MARK.match(text):
                self.recognised.append(Note(block.line, f"end mark {text.strip()!r}"))
                ended, about = True, None
                continue
            if _contact_heading(block.lines[0].plain):
                index += self._contact_block(blocks, index - 1, block.lines, 0) - 1
                about = None
                continue
            immediate = _IMMEDIATE.match(text)
            if immediate and (not text[immediate.end():].strip() or _date_line(text[immediate.end():])):
                self.removed.append(Note(block.line, f"FOR IMMEDIATE RELEASE repeated: {_excerpt(text)!r}"))
                continue
            about_heading = _about_heading(block.lines[0].plain)
            if about_heading:
                about = _AboutText(about_heading.group("name").strip(), [], block.line)
                (self.after_end if ended else self.items).append(about)
                if len(block.lines) > 1:
                    about.paragraphs.append(_Paragraph("paragraph", list(block.lines[1:]), block.hard_breaks))
                continue
            inline = _ABOUT_INLINE.match(text) if block.kind == "paragraph" else None
            if inline and _organisation_like(inline.group("name")) and self._inline_about(inline, paragraph):
                about = _AboutText(inline.group("name").strip(), [paragraph], block.line)
                (self.after_end if ended else self.items).append(about)
                continue
            if block.kind == "heading":
                about = None
            if about is not None:
                if not (about.paragraphs and self._existing_matches(paragraph)[0]):
                    about.paragraphs.append(paragraph)
                    continue
                about = None  # another organisation's boilerplate follows
            if self._existing_about(paragraph, ended):
                continue
            if ended:
                if _is_contact_line(text):
                    self._add_contacts(_contact_tokens(text, block.line))
                elif _ORG_IS.match(text) and not any(q in text for q in _QUOTES):
                    name = _ORG_IS.match(text).group("name")
                    self.after_end.append(_AboutText(name, [paragraph], block.line))
                else:
                    self.warnings.append(Note(block.line, f"text after the end mark, left out: {_excerpt(text)!r}"))
                continue
            self.items.append(paragraph)

    @staticmethod
    def _inline_about(match, paragraph: _Paragraph) -> bool:
        """'About X: X is a ...' in one paragraph: keep only the text after the heading."""
        offset = match.start("rest")
        first = paragraph.lines[0]
        if offset >= len(first.plain):
            return False
        markdown = _drop_prefix(first.markdown, first.plain, offset)
        paragraph.lines[0] = Line(first.plain[offset:], markdown, first.number)
        return True

    def _existing_matches(self, paragraph: _Paragraph) -> tuple[list[About], str]:
        """The existing About files whose texts the paragraph starts with, and the text left."""
        if paragraph.kind != "paragraph":
            return [], ""
        words = _fold(paragraph.plain).split()
        original = paragraph.plain.split()
        matched: list[About] = []
        position = 0
        while position < len(words):
            for about in sorted(self.abouts.values(), key=lambda a: -len(a.body)):
                about_words = _fold(_markdown_plain(about.body)).split()
                if about_words and words[position:position + len(about_words)] == about_words:
                    matched.append(about)
                    position += len(about_words)
                    break
            else:
                break
        return matched, " ".join(original[position:]) if matched else ""

    def _existing_about(self, paragraph: _Paragraph, ended: bool) -> bool:
        """A paragraph that is (or starts with) the text of existing About files: referenced.
        Text after them is About text too (of an organisation named by it, or whose name was lost)."""
        matched, rest_plain = self._existing_matches(paragraph)
        if not matched:
            return False
        target = self.after_end if ended else self.items
        for about in matched:
            target.append(_AboutText(about.name, [], paragraph.line, about_id=about.id))
        if rest_plain:
            rest = _Paragraph("paragraph", [Line(rest_plain, md_escape(rest_plain), paragraph.line)], False)
            name = _ORG_IS.match(rest_plain)
            target.append(_AboutText(name.group("name") if name else "", [rest], paragraph.line))
        return True

    def _trailing_abouts(self) -> None:
        """Paragraphs ending the release as 'X is a ...' are About text, with no heading needed."""
        position = len(self.items)
        while position > 0:
            item = self.items[position - 1]
            if isinstance(item, _AboutText):
                position -= 1
                continue
            text = item.plain
            match = _ORG_IS.match(text)
            if (item.kind != "paragraph" or not match or _words(text) < 12 or any(q in text for q in _QUOTES)
                    or _dateline(text)):
                break
            self.items[position - 1] = _AboutText(match.group("name"), [item], item.line)
            position -= 1

    # ------------------------------------------------------------ dateline

    def _find_dateline(self) -> None:
        paragraphs = [item for item in self.items if isinstance(item, _Paragraph) and item.kind == "paragraph"]
        for paragraph in paragraphs[:3]:
            first = paragraph.lines[0]
            found = _dateline(first.plain)
            if not found:
                continue
            place, date, date_text, length = found
            self.dateline = place
            self.recognised.append(Note(first.number, f"dateline: {place} (removed from the paragraph: "
                                                      f"{first.plain[:length].strip()!r})"))
            if date is not None:
                self._set_date(date, date_text, first.number)
            rest_md = _drop_prefix(first.markdown, first.plain, length)
            paragraph.lines[0] = Line(first.plain[length:], rest_md, first.number)
            return
        if paragraphs:
            self.warnings.append(Note(paragraphs[0].line, "no dateline found (such as 'CHICAGO –' starting the "
                                                          "first paragraph): add `dateline:` by hand if it has one"))

    # ------------------------------------------------------------ checks

    def _check_release(self) -> None:
        body = [item for item in self.items if isinstance(item, _Paragraph)]
        missing = [what for what, absent in (("headline", not self.title), ("date", self.date is None),
                                             ("body text", not body)) if absent]
        if missing:
            found = "nothing of a press release" if len(missing) == 3 else f"no {' and no '.join(missing)}"
            raise SourceError(self.incoming.path, 0,
                              f"not a press release: found {found} (expected a headline, a date such as "
                              "'April 14, 2021' and the text)")
        if not self.contacts:
            self.warnings.append(Note(0, "no press contact found: add `contacts:` by hand if it has one"))

    def _check_dangling(self) -> None:
        for label, text, line in (("headline", self.title, self.title_line),
                                  ("subhead", self.subtitle, self.subtitle_line)):
            for finding in _dangling(text):
                self.warnings.append(Note(line, f"{label}: {finding.message}: {finding.snippet!r}"))
        for item in self.items + self.after_end:
            if isinstance(item, _AboutText) and not item.name:
                continue  # left out, with its own warning
            paragraphs = item.paragraphs if isinstance(item, _AboutText) else [item]
            for paragraph in paragraphs:
                for finding in _dangling(paragraph.plain):
                    self.paragraph_warnings.append((paragraph, paragraph.line_at(finding.offset), finding))


@dataclass(frozen=True)
class _Finding:
    message: str
    offset: int  # in the text checked
    before: tuple[str, ...]  # up to four words before the suspicious words
    key: tuple[str, ...]  # the suspicious words
    after: tuple[str, ...]  # up to three words after them

    @property
    def snippet(self) -> str:
        return " ".join(self.before + self.key + self.after)


def _dangling(text: str) -> list[_Finding]:
    found: list[_Finding] = []
    taken: list[tuple[int, int]] = []
    for pattern, message in _DANGLING:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            key = tuple(match.group().split())
            before = tuple(text[: match.start()].split()[-4:])
            if before and not text[: match.start()][-1:].isspace():  # the match starts inside a word
                key = (before[-1] + key[0],) + key[1:] if key else key
                before = before[:-1]
            found.append(_Finding(message.format(first=key[0] if key else "",
                                                 last=(key[-1] if key else "").rstrip(".;:")),
                                  match.start(), before, key, tuple(text[match.end():].split()[:3])))
    return sorted(found, key=lambda finding: finding.offset)


# ---------------------------------------------------------------- rendering

_RISKY_START = re.compile(r"^(?:[-+*]|#{1,6}|>.*|\d{1,9}[.)]|=+|-+|`{3,}.*|~{3,}.*|\|.*)$")


def _escape_start(markdown: str) -> str:
    """Escape what would make a line start a heading, a list, a quote or a rule."""
    markdown = re.sub(r"^(#{1,6})(?=\s|$)", r"\\\1", markdown)
    markdown = re.sub(r"^([-+])(?=\s|$)", r"\\\1", markdown)
    markdown = re.sub(r"^(\d{1,9})([.)])(?=\s|$)", r"\1\\\2", markdown)
    markdown = re.sub(r"^>", r"\\>", markdown)
    markdown = re.sub(r"^(=+|-+)$", lambda m: "\\" + m.group(1), markdown)
    return re.sub(r"^(`{3,}|~{3,})", r"\\\1", markdown)


def wrap(markdown: str, width: int = WRAP_WIDTH, indent: str = "") -> str:
    """Hard-wrap one line of Markdown at width, never starting a line with block syntax."""
    units: list[str] = []
    for word in re.split(r" +", markdown.strip(" ")):
        if units and _RISKY_START.match(word):
            units[-1] += " " + word
        elif word:
            units.append(word)
    lines: list[str] = []
    current = ""
    for unit in units:
        if current and len(indent) + len(current) + 1 + len(unit) > width:
            lines.append(current)
            current = unit
        else:
            current = f"{current} {unit}" if current else unit
    lines.append(current)
    return ("\n" + indent).join(lines)


class _Dumper(yaml.SafeDumper):
    """Block lists indented under their key, as the releases are written by hand."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def _front_matter(values: dict) -> str:
    return yaml.dump(values, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=1 << 16)


def _paragraph_markdown(paragraph: _Paragraph) -> tuple[str, str]:
    """(the Markdown written, the unit text it must read back as)."""
    lines = [_escape_start(" ".join(line.split(" "))) for line in paragraph.markdown_lines()]
    lines = [re.sub(r" {2,}", " ", line).strip() for line in lines if line.strip()]
    if paragraph.kind == "heading":
        text = " ".join(lines)
        return f"{'#' * max(2, paragraph.level)} {text}", text
    if paragraph.kind == "item":
        marker = "1. " if paragraph.ordered else "- "
        indent = " " * len(marker)
        body = (HARD_BREAK + indent).join(wrap(line, indent=indent) for line in lines)
        return marker + body, HARD_BREAK.join(lines)
    return HARD_BREAK.join(wrap(line) for line in lines), HARD_BREAK.join(lines)


def _render_body(paragraphs: list[_Paragraph]) -> tuple[str, list[str], list[int]]:
    """(the body, the unit texts it must read back as, each paragraph's first line in the body)."""
    chunks: list[str] = []
    expected: list[str] = []
    starts: list[int] = []
    line = 1
    previous: _Paragraph | None = None
    for paragraph in paragraphs:
        markdown, unit = _paragraph_markdown(paragraph)
        if not unit:
            starts.append(line)
            continue
        tight = (previous is not None and previous.kind == "item" and paragraph.kind == "item"
                 and previous.ordered == paragraph.ordered)
        if chunks:
            separator = "\n" if tight else "\n\n"
            chunks.append(separator)
            line += separator.count("\n")
        starts.append(line)
        chunks.append(markdown)
        line += markdown.count("\n")
        expected.append(unit)
        previous = paragraph
    return "".join(chunks) + ("\n" if chunks else ""), expected, starts


# ---------------------------------------------------------------- plan and write


def _load_abouts(config: Config) -> dict[str, About]:
    abouts = {}
    if config.about_path.is_dir():
        for path in sorted(config.about_path.glob("*.md")):
            about = load_about(path)
            abouts[about.id] = about
    return abouts


def plan_import(config: Config, source: Path, slug: str | None = None) -> ImportPlan:
    """Read source and work out the release and About files it becomes. Writes nothing."""
    source = Path(source)
    incoming = read_document(source)
    if not incoming.blocks:
        raise SourceError(source, 0, "not a press release: the file has no text")
    abouts = _load_abouts(config)
    analysis = _Analysis(incoming, abouts)
    analysis.run()
    slug = slug or default_slug(analysis.title, analysis.date)
    if not SLUG_PATTERN.fullmatch(slug):
        raise I18nError(f"invalid slug {slug!r}: use only a-z, 0-9 and '-'")
    release_path = config.releases_path / f"{slug}.md"
    recognised = [Note(0, f"read as {_format_name(incoming)}")] + analysis.recognised
    warnings = list(analysis.warnings)

    # About: referenced, or written as new files.
    about_ids: list[str] = []
    about_files: dict[Path, str] = {}
    nameless_hints: list[tuple[str, int]] = []
    for about in [item for item in analysis.items if isinstance(item, _AboutText)] + [
            item for item in analysis.after_end if isinstance(item, _AboutText)]:
        resolved = _resolve_about(about, abouts, about_files, config, recognised, warnings, nameless_hints)
        if resolved and resolved not in about_ids:
            about_ids.append(resolved)

    body = [item for item in analysis.items if isinstance(item, _Paragraph)]
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
    front = _front_matter(values)
    body_text, expected, starts = _render_body(body)
    release_text = f"---\n{front}---\n{body_text}"
    body_first_line = front.count("\n") + 3

    # What needs a human, with the line of the release too.
    hint = ""
    if nameless_hints:
        hint = "; perhaps " + " or ".join(f"{name!r} (its About text on line {line} lost its name too)"
                                          for name, line in nameless_hints)
    wrapped = {id(p): _paragraph_markdown(p)[0] for p in body}
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

    plan = ImportPlan(source=source, format=incoming.format, encoding=incoming.encoding, slug=slug,
                      release_path=release_path, release_text=release_text, about_files=about_files,
                      recognised=recognised, removed=sorted(analysis.removed, key=lambda n: n.line),
                      warnings=warnings)
    _validate(config, plan, expected, values)
    return plan


def _format_name(incoming: Incoming) -> str:
    if incoming.format == TEXT:
        return f"plain text, {incoming.encoding}"
    if incoming.format == HTML:
        return f"HTML, {incoming.encoding}"
    return DOCX


def _line_in(markdown: str, finding: _Finding) -> int:
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


def _resolve_about(about: _AboutText, abouts: dict[str, About], about_files: dict[Path, str], config: Config,
                   recognised: list[Note], warnings: list[Note], nameless_hints: list) -> str:
    """The id an About text is filed under ('' when it cannot be), new files in about_files."""
    if about.about_id:
        recognised.append(Note(about.line, f"About {about.name}: the text of releases/about/{about.about_id}.md"))
        return about.about_id
    text = " ".join(p.plain for p in about.paragraphs)
    if not about.paragraphs or not text.strip():
        warnings.append(Note(about.line, f"About {about.name} heading without text: left out"))
        return ""
    if not about.name:
        folded = re.sub(r"\s+", "", _fold(text))
        for existing in abouts.values():
            plain = _markdown_plain(existing.body)
            if existing.name and re.sub(r"\s+", "", _fold(plain.replace(existing.name, ""))) == folded:
                nameless_hints.append((existing.name, about.line))
                warnings.append(Note(about.line, f"About text without its organisation's name, left out: "
                                                 f"{_excerpt(text)!r}: it is the text of releases/about/"
                                                 f"{existing.id}.md with {existing.name!r} lost; if so, add "
                                                 f"'{existing.id}' to `about:`"))
                return ""
        warnings.append(Note(about.line, f"About text without its organisation's name, left out: {_excerpt(text)!r}"))
        return ""
    folded = _fold(text)
    for existing in abouts.values():
        if _fold(_markdown_plain(existing.body)) == folded:
            recognised.append(Note(about.line, f"About {about.name}: the text of releases/about/{existing.id}.md"))
            return existing.id
    name = about.name
    match = re.match(re.escape(name), text.lstrip(), re.I)
    if match:  # "ABOUT ALIANZA AMERICAS", "About the X": the name as the text itself writes it
        name = match.group()
    about_id = re.sub(r"^the-(?=.)", "", slugify(name))
    if not about_id:
        warnings.append(Note(about.line, f"About text with no usable name, left out: {_excerpt(text)!r}"))
        return ""
    existing = abouts.get(about_id) or next((a for a in abouts.values() if a.name == name), None)
    if existing is not None:
        warnings.append(Note(about.line, f"About {name}: the release's text differs from releases/about/"
                                         f"{existing.id}.md: kept the existing file; update it by hand if the "
                                         f"release's text is newer ({_excerpt(text)!r})"))
        return existing.id
    path = config.about_path / f"{about_id}.md"
    if path in about_files:
        warnings.append(Note(about.line, f"About {name} given twice: kept the first"))
        return about_id
    paragraphs = [_paragraph_markdown(p)[0] for p in about.paragraphs]
    about_files[path] = f"---\n{_front_matter({'name': name})}---\n" + "\n\n".join(paragraphs) + "\n"
    recognised.append(Note(about.line, f"About {name}: new file releases/about/{about_id}.md"))
    return about_id


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
            and list(release.about) == values.get("about", []))
    units = [unit.text for unit in parse_markdown(release.body, release.body_line).units]
    if not same or units != expected_units:
        raise I18nError(f"cannot import {plan.source}: the release would not read back as recognised "
                        "(a bug in the importer: please report it with the file)")
    for path in plan.about_files:
        about = abouts[path.stem]
        wanted_units = [_fold(u.text) for u in parse_markdown(about.body).units]
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


def import_release(config: Config, source: Path, slug: str | None = None, force: bool = False) -> ImportPlan:
    """plan_import + write_import: one file in, a release source (and About files) out."""
    plan = plan_import(config, source, slug)
    write_import(config, plan, force)
    return plan
