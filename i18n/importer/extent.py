"""The body's extent, judged from the text itself, as boilerplate removers such as jusText judge
it: a release's body is prose, and what a page sets around it is not.

Each block is classed by its own properties: how many words it has, what share of them are
grammar words (the, of, and, to ...: a property of English prose, not of any site), whether it
ends as a sentence, how many separators and capitalised link-like words it holds (a menu, a row
of links), whether it is set in capitals. `shape(text).kind` names the class:

- "prose": a paragraph of sentences (enough words, enough grammar words, a sentence's end);
- "sentence": a short sentence, or one that introduces what follows with a colon;
- "short": a line that is no sentence (a subheading, a caption, a label, a link);
- "bad": a row of links or a menu (separators, capitalised words with no grammar words).

The header (headline.py) opens the body at its lead; `could_lead(text)` says whether a block can
be that lead (a photo caption under a blog's byline cannot). The body then runs through its last
recognised part: prose, a sentence of four words or more, a list (items, a block of three lines
or more, three short lines of one form in a row such as "Jo Roe - Chemistry"), an advisory's
field ("WHEN: ..."), About text. Short blocks between parts are the release's (subheadings,
"Key facts:" over its list, an address under "WHERE:"); so are a signature (a name and title)
and a paragraph cut off mid-sentence. What follows the last part is the page's; so is what
follows a heading of the page's other posts or a comment thread ("Related posts", "Leave a
reply"), a lone "Label: date" (the page's own date), and a lone field under the last paragraph
of prose ("Topics: Parks, Trails") unless it names a person ("Reporting officer: Jo Roe").
Contacts, end marks and About text are taken out before (analysis.py), wherever they stand.
`trim_page_after` removes the page's text and returns it, for the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .contacts import name_like, split_name_role
from .dates import date_line
from .residue import residue

_PANELS = ("a side panel's heading", "comments", "an e-mail's signature line")

# A general English list of grammar words (articles, pronouns, prepositions, auxiliaries,
# conjunctions): prose holds a third of its words from it, a menu or a caption few.
STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she should
so some such than that the their theirs them themselves then there these they this those through to
too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves also may might must shall upon within without across among per via
""".split())

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
# "WHEN: Tuesday, 8 p.m.", "Location:" over its value: a field of an advisory, the release's
_FIELD = re.compile(r"^\W*[A-Z][\w'’.&/ -]{0,30}:(?:\s*\S|\s*$)")
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z'’-]+|[A-Z]\.)$")  # "Jo", "Roe", "M.": a name's words, not "SOURCE"
_DASH = re.compile(r"\s[-–—]\s")
_LINK = re.compile(r"(?i)\bhttps?://\S|\bwww\.\S|\b[\w-]+\.(?:gov|org|com|net|edu)\b|\S@\S")
_SEPARATOR = re.compile(r"\s[|»›>•·/]\s|[»›]")


@dataclass(frozen=True)
class Shape:
    words: int
    grammar: float  # share of the words that are grammar words
    sentence: bool  # ends as a sentence does
    separators: int  # | » › • between words: links in a row
    capitalised: float  # share of the words that start with a capital
    caps: bool  # set all in capitals
    colon: bool = False  # ends with a colon: introduces what follows

    @property
    def kind(self) -> str:
        if self.separators >= 2 and self.words <= 4 * (self.separators + 1) and not self.sentence:
            return "bad"
        if (self.words >= 4 and self.grammar == 0 and self.capitalised >= 0.8 and not self.sentence
                and not self.caps):
            return "bad"  # "Home About Us Newsroom Events Contact": a menu
        if self.grammar >= 0.15 and ((self.sentence and self.words >= 10) or self.words >= 30):
            return "prose"
        if (self.sentence or (self.colon and self.words >= 6)) and self.words >= 2 and self.grammar >= 0.15:
            return "sentence"
        return "short"


def shape(text: str) -> Shape:
    words = _WORD.findall(text)
    count = len(words) or 1
    letters = [c for c in text if c.isalpha()]
    return Shape(len(words), sum(w.casefold() in STOPWORDS for w in words) / count,
                 bool(_SENTENCE_END.search(text.rstrip())), len(_SEPARATOR.findall(text)),
                 sum(w[0].isupper() for w in words) / count, bool(letters) and all(c.isupper() for c in letters),
                 text.rstrip().endswith(":"))


def _field(text: str) -> bool:
    label = text.split(":", 1)[0]
    return bool(_FIELD.match(text)) and len(label.split()) <= 3


def _form(text: str) -> tuple:
    """What a line of a list shares with the others: a dash, a colon, a figure, its end."""
    return bool(_DASH.search(text)), ":" in text, any(c.isdigit() for c in text), bool(_SENTENCE_END.search(text))


def _parts(paragraphs: list, kinds: list[str]) -> set[int]:
    """The blocks that are recognised parts of a release by their form: prose, About text, list
    items, a field of an advisory and the value under a label alone, a block of three lines or
    more set one under the other, three short lines in a row of one form (a list printed as
    paragraphs: "Jo Roe - Chemistry"), a line pointing to a web address in words."""
    rows = [k == "about" or max(shape(line.plain).separators for line in p.lines) >= 2  # links in a row
            for p, k in zip(paragraphs, kinds)]
    items = [getattr(p, "kind", "") == "item" for p in paragraphs] + [False]
    fields = [k != "about" and not rows[i] and _field(p.plain) for i, (p, k) in enumerate(zip(paragraphs, kinds))]
    alone = [fields[i] and not any(fields[max(i - 2, 0):i] + fields[i + 1:i + 3])  # no field near it
             for i in range(len(paragraphs))]
    dated = [alone[i] and bool(date_line(p.plain.split(":", 1)[1]))
             for i, p in enumerate(paragraphs)]  # "Date modified: 2024-03-05" alone: the page's own date
    labels = [False] + [fields[i] and p.plain.rstrip().endswith(":") for i, p in enumerate(paragraphs)]
    last_prose = max((i for i, k in enumerate(kinds) if k in ("prose", "about")), default=-1)
    lone = [alone[i] and i > last_prose
            and not _person(p.plain.split(":", 1)[1].strip())  # "Reporting officer: Jo Roe" signs it
            for i, p in enumerate(paragraphs)]  # "Topics: Parks, Trails" under the text: the page's field
    found = {i for i, (p, k) in enumerate(zip(paragraphs, kinds)) if k in ("prose", "about")
             or (items[i] and (items[i - 1] or items[i + 1])) or k == "sentence"
             or (fields[i] and not dated[i] and not lone[i]) or (not rows[i] and len(p.lines) >= 3)
             or (labels[i] and not items[i])  # the value under a label alone ("Location:" / "800 Main Street")
             or (k == "short" and _LINK.search(p.plain) and shape(p.plain).grammar > 0)}  # "More at oakdale.gov"
    forms = [None if k in ("prose", "sentence") or rows[i] else _form(p.plain)
             for i, (p, k) in enumerate(zip(paragraphs, kinds))]
    lists = {forms[i] for i in range(len(paragraphs) - 2)
             if forms[i] is not None and forms[i] == forms[i + 1] == forms[i + 2] and any(forms[i][:3])}
    return found | {i for i, form in enumerate(forms) if form in lists}


def could_lead(text: str) -> bool:
    """A block that can open the body: prose or a sentence, not a caption or a link."""
    return shape(text).kind in ("prose", "sentence")


def _cut_off(text: str, last: bool) -> bool:
    """Prose cut off mid-sentence (kept; dangling.py warns): the page's last block, or one that
    stops on a grammar word ("... executive director of")."""
    found = shape(text)
    words = _WORD.findall(text)
    return (found.words >= 5 and found.grammar >= 0.15 and not found.sentence
            and (last or words[-1].casefold() in STOPWORDS))


def _person(text: str) -> bool:
    """"Jo Roe" or "Jo Roe, Sergeant": a person's name of two words or more, maybe with a title,
    not a list of capitalised words ("Parks, Trails")."""
    name = split_name_role(text)[0]
    return len(name.split()) >= 2 and name_like(name)


def _signs(text: str) -> bool:
    """"Jo Roe, Mayor of Oakdale": a name, a comma and a title of six words or fewer."""
    name, role = split_name_role(text)
    return (bool(role) and name_like(name) and all(_NAME_WORD.match(word) for word in name.split())
            and len(role.split()) <= 6 and role[:1].isupper())


def page_after(paragraphs: list, last_line: int, panels: list[int]) -> tuple[int, str]:
    """Where the page's text after the body begins among the body's paragraphs (their number
    when nothing follows the body), and what it is. paragraphs: the body's, in order (objects
    with .plain, .kind and .lines; About text, with .paragraphs, counts as the release's);
    last_line: the file's last line; panels: the lines of the page's side panels' or comment threads' headings."""
    if (again := _next_release(paragraphs)) is not None:
        return again, "another release on the page, its opening printed again"
    kinds = ["about" if hasattr(p, "paragraphs") else shape(p.plain).kind for p in paragraphs]
    anchors = sorted(_parts(paragraphs, kinds))
    if not anchors:
        return len(paragraphs), ""
    first = _line(paragraphs[anchors[0]])
    panel = next((i for i, p in enumerate(paragraphs) if any(first < line < _line(p) for line in panels)), None)
    if panel is not None:  # "Related posts", "3 Comments" under the text: what follows is other pages'
        above = paragraphs[panel - 1] if panel > anchors[0] else None  # "News" over "View all": the panel's name
        if above is not None and shape(above.plain).words <= 2 and any(
                0 < line - above.lines[-1].number <= 2 for line in panels):
            panel -= 1
        return panel, "under a heading of the page's other posts or comments, or an e-mail's signature line"
    for index in range(anchors[-1] + 1, len(paragraphs)):
        paragraph, kind = paragraphs[index], kinds[index]
        text, before = paragraph.plain.lstrip("—–- "), paragraphs[index - 1]
        closing = text.rstrip().endswith(",") and shape(text).words <= 3 and index + 1 < len(paragraphs)
        if _signs(text) or closing or (name_like(text) and getattr(before, "plain", "").rstrip().endswith(",")):
            continue  # a signature under the text: "— Jo Roe, Mayor", "Sincerely," over a name
        if _cut_off(paragraph.plain, index == len(paragraphs) - 1 and paragraph.lines[-1].number == last_line):
            continue  # a paragraph cut off
        return index, ("a row of links or a menu" if kind == "bad" else "no sentence")
    return len(paragraphs), ""


def _next_release(paragraphs: list) -> int | None:
    """Where a listing's next release starts (an archive page of an issuer's releases, each opening
    with the same words): a paragraph of eight words or more of the body's first two printed again,
    under that release's headline. None when no opening is printed again."""
    plain = [" ".join(p.plain.split()) if not hasattr(p, "paragraphs") else "" for p in paragraphs]
    for index in range(3, len(plain)):
        above = plain[index - 1]
        if plain[index] in plain[:2] and shape(plain[index]).words >= 8 and above not in plain[:index - 1] \
                and 3 <= shape(above).words <= 20 and not above.endswith((".", "!", "?", ":", ",")):
            return index - 1
    return None


def _line(item) -> int:
    return item.line


def trim_page_after(items: list, blocks: list) -> list[tuple[object, str]]:
    """Remove the page's text after the body from items (the body's paragraphs and About texts,
    in order) and from the last About text's paragraphs: (what was removed, what it is).
    blocks: the document's, as read."""
    panels = [line.number for block in blocks for line in block.lines if residue(line.plain) in _PANELS]
    removed = []
    for found in (items, items[-1].paragraphs if items and hasattr(items[-1], "paragraphs") else None):
        if not found:
            continue
        index, what = page_after(found, blocks[-1].lines[-1].number, panels)
        removed += [(item, what) for item in found[index:] if not hasattr(item, "paragraphs")]
        found[index:] = [item for item in found[index:] if hasattr(item, "paragraphs")]  # About text stays
    return removed
