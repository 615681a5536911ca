"""Words a scraped page lost: names, subjects, the end of the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .common import Note
from .dates import date_label, date_line
from .endmarks import END_MARK, RUN_ON_END_MARK
from .residue import residue

# A name lost from the text, as a scraped page leaves it.
_DANGLING = (
    (re.compile(r"(?i)\b(?:from|of|between|the|at)\s+(?:and|&)\s+\S+(?:\s+\S+)?"),
     "a name seems lost before “and”"),
    (re.compile(r"(?i)\b\w+\s+(?:and|&)\s*[.,;:](?=\s|$)"), "a name seems lost after “and”"),
    # Up to three words before, each whole (a start after a space, no backtracking inside a
    # word): `(?:\S+\s+){0,3}` tried every position of an 80 KB word (54 s).
    (re.compile(r"(?i)(?:(?<!\S)(?:\S++\s+){1,3})?\b(?:of|from|the)\s*[.;:]?$"),
     "the text ends in “{last}”: a name seems lost"),
    (re.compile(r"(?i)(?:(?<!\S)(?:\S++\s+){1,3})?\b(?:of|from|the)\s*[.;:](?=\s+[A-Z“\"])"),
     "a sentence ends in “{last}”: a name seems lost"),
    (re.compile(r"^\s*(?:is|are|was|were)\s+\S+(?:\s+\S+)?"), "it starts with “{first}”: its subject seems lost"),
    (re.compile(r"(?<=[a-z0-9][.!?])\s+(?:is|are|was|were)\s+\S+(?:\s+\S+)?"),
     "a sentence starts with “{first}”: its subject seems lost"),
    (re.compile(r"(?:^|(?<=[a-z0-9][.!?])\s*)['’]s\s+\S+"), "“’s” follows no name: a name seems lost"),
    (re.compile(r"[,(]\s*[,)]"), "an empty place between punctuation: something seems lost"),
)


@dataclass(frozen=True)
class Finding:
    message: str
    offset: int  # in the text checked
    before: tuple[str, ...]  # up to four words before the suspicious words
    key: tuple[str, ...]  # the suspicious words
    after: tuple[str, ...]  # up to three words after them

    @property
    def snippet(self) -> str:
        return " ".join(self.before + self.key + self.after)


def dangling(text: str) -> list[Finding]:
    found: list[Finding] = []
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
            found.append(Finding(message.format(first=key[0] if key else "",
                                                 last=(key[-1] if key else "").rstrip(".;:")),
                                  match.start(), before, key, tuple(text[match.end():].split()[:3])))
    return sorted(found, key=lambda finding: finding.offset)


_COMPLETE = re.compile(r"[.!?…:][\"”’')\]]*$")
_ADDRESS = re.compile(r"(?:https?://|www\.|@|\.(?:org|com|net|gov|edu)\b)\S*$|\[\s*email\s*protected\s*\]$", re.I)
# a phone number, a postcode, a year, a figure in a table: a short line ending in a number is whole, and
# so is prose whose last sentence ends in a number of four digits or more (a year, a phone's last group),
# a phone's extension or a code of letters and digits ("Room B12")
_NUMBER_END = re.compile(r"\d\)?$")
_WHOLE_NUMBER = re.compile(r"(?:\d{4}|(?i:ext\.?|x|extension)\s*\d{1,5}|\b\w*[^\W\d]\w*\d)\)?$")


# "… until 4:00 a.": a time's "a.m." or "p.m." cut after its first letter; "… at www.", "… http://": a web
# address cut before its name
_CUT_INSIDE = re.compile(r"\d\s?[ap]\.$|(?i:\bwww\.|\bhttps?:/*)$")


def cut_off(text: str) -> str | None:
    """'…its last words' when text ends mid-sentence (mid-word, on "and", inside an open quote)."""
    text = RUN_ON_END_MARK.sub("", " ".join(text.split()))  # its end mark run on
    if not text:
        return None
    ending = "…" + " ".join(text.split()[-4:])
    if text.count("“") > text.count("”") or text.count('"') % 2 or _CUT_INSIDE.search(text):
        return ending
    last = re.split(r"[.!?]\s", text)[-1]
    # a sentence of prose ending on a number was cut inside it ("…served over 2,1", "… to 2")
    whole_number = _NUMBER_END.search(text) and len(last.split()) <= 12 and (last == text or _WHOLE_NUMBER.search(text))
    return None if _COMPLETE.search(text) or _ADDRESS.search(text) or whole_number else ending


def cut_off_note(paragraphs: list, blocks: list) -> Note | None:
    """The release's last paragraph, or the page's last paragraph or list item (text after the
    end mark is left out), ends mid-sentence: the page was cut off. paragraphs: the release's,
    About text's included."""
    last = [p for p in paragraphs if p.kind == "paragraph"]
    page = [b for b in blocks if b.kind != "heading" and not residue(b.lines[-1].plain)
            and not END_MARK.match(b.plain) and not date_line(b.lines[-1].plain)]  # a list item may end it
    for plain, line in ([(last[-1].plain, last[-1].lines[-1].number)] if last else []) + (
            [(page[-1].plain, page[-1].lines[-1].number)] if page else []):
        ending = cut_off(plain)
        if ending:
            return Note(line, f"the text seems cut off: ends {ending!r}")
    final = blocks[-1].lines[-1] if blocks and blocks[-1].lines else None
    if final is not None and _CUT_CONTACT.search(final.plain.rstrip()):  # "… 541-555-01", "jroe@oakd"
        return Note(final.number, f"the text seems cut off: ends {'…' + ' '.join(final.plain.split()[-4:])!r}")
    if final is not None and final.plain.rstrip().endswith(":") and len(final.plain.split()) <= 6 \
            and not residue(final.plain) and not date_label(final.plain):  # "NOTES TO EDITORS:" with nothing under it
        return Note(final.number, f"the text seems cut off: ends with {final.plain.strip()!r}, nothing under it")
    return None


# A contact cut short at the end of the page: an e-mail with no domain's dot, a phone number
# short of its last group
_CUT_CONTACT = re.compile(r"(?:\S@[\w-]*|\b\d{3}[-. ]\d{3}[-. ]\d{0,3})$")


def dangling_notes(fields, paragraphs: list) -> tuple[list[Note], list[tuple]]:
    """Names a copied page lost: a warning for each in a field ((label, text, line) each), and
    (paragraph, input line, finding) for each in the paragraphs."""
    notes = [Note(line, f"{label}: {finding.message}: {finding.snippet!r}")
             for label, text, line in fields for finding in dangling(text)]
    found = [(paragraph, paragraph.line_at(finding.offset), finding)
             for paragraph in paragraphs for finding in dangling(paragraph.plain)]
    return notes, found
