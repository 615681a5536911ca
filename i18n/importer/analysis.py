"""One document's blocks -> the parts of a press release."""

from __future__ import annotations

import datetime as dt

from ..documents import Block, Incoming, Line, md_escape
from ..errors import SourceError
from ..releases import About
from .about import ABOUT_INLINE, ORG_IS, AboutText, about_heading, organisation_like
from .common import QUOTES, SENTENCE_END, Note, Paragraph, excerpt, fold, markdown_plain, word_count
from .contacts import (EMAIL, HIDDEN_EMAIL, PHONE, ROLE_WORDS, CONTACT_HEADING, Contact, contact_heading, contact_tokens,
                       is_contact_line, name_like, role_like, split_name_role)
from .dangling import Finding, dangling
from .dates import date_line
from .dateline import dateline_at, drop_prefix
from .endmarks import EMBARGO, END_MARK, IMMEDIATE
from .residue import is_residue

def is_marker(text: str) -> bool:
    return bool(END_MARK.match(text) or CONTACT_HEADING.match(text) or IMMEDIATE.match(text)
                or about_heading(text))


class Analysis:
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
        self.contacts: list[Contact] = []
        self.items: list = []  # body: Paragraph and AboutText in order of appearance
        self.after_end: list[AboutText] = []  # About text after the end mark
        self.paragraph_warnings: list[tuple[Paragraph, int, Finding]] = []  # paragraph, input line, finding

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
                if is_residue(line.plain):
                    self.removed.append(Note(line.number, f"web residue (share widget): {excerpt(line.plain)!r}"))
                else:
                    kept.append(line)
            if not kept:
                continue
            block = Block(kept, block.kind, block.level, block.ordered, block.hard_breaks, block.emphasised,
                          block.style)
            key = fold(block.plain).casefold()
            if key in seen and word_count(key) >= 3 and not is_marker(block.plain):
                self.removed.append(Note(block.line, f"a block repeated by the page template "
                                                     f"(first on line {seen[key]}): {excerpt(block.plain)!r}"))
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
                self.recognised.append(Note(block.line, f"headline: {excerpt(self.title)!r}"))
                index += 1
                continue
            position = 0
            while position < len(lines):
                line = lines[position]
                if contact_heading(line.plain):
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
            self.removed.append(Note(line.number, f"text above the headline: {excerpt(text)!r}"))
            return True
        if END_MARK.match(text) or about_heading(text):
            return False
        if not self.title:
            # A short all-caps headline can look like a dateline ("BIDEN MUST ACT – NOW").
            if not self._title_like(text) or (dateline_at(text) and word_count(text) > 12):
                return False
            self.title, self.title_line = text, line.number
            self.recognised.append(Note(line.number, f"headline: {excerpt(text)!r}"))
            return True
        if dateline_at(text):
            return False
        if fold(text) == fold(self.title):
            self.removed.append(Note(line.number, f"the headline repeated: {excerpt(text)!r}"))
            return True
        if not self.subtitle and self._subtitle_like(text, block, lines_left):
            self.subtitle, self.subtitle_line = text, line.number
            self.recognised.append(Note(line.number, f"subhead: {excerpt(text)!r}"))
            return True
        return False

    @staticmethod
    def _join_continuations(block: Block) -> list[Line]:
        """Plain-text lines: a line starting in lower case continues the one above it."""
        joined: list[Line] = []
        for line in block.lines:
            if joined and line.plain[:1].islower() and not is_contact_line(line.plain):
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
        immediate = IMMEDIATE.match(text)
        if immediate:
            self.recognised.append(Note(line.number, "FOR IMMEDIATE RELEASE"))
            rest = text[immediate.end():]
            if rest.strip():
                dated = date_line(rest)
                if dated:
                    self._set_date(dated[0], dated[1], line.number)
                else:
                    self.warnings.append(Note(line.number, f"text after FOR IMMEDIATE RELEASE not understood, "
                                                           f"left out: {excerpt(rest)!r}"))
            return True
        if EMBARGO.match(text):
            self.warnings.append(Note(line.number, f"an embargo: {excerpt(text)!r}: set `embargo:` by hand "
                                                   "(a time with offset, e.g. 2021-04-14T09:00:00-05:00)"))
            return True
        dated = date_line(text)
        if dated:
            self._set_date(dated[0], dated[1], line.number)
            return True
        if is_contact_line(text):
            self._add_contacts(contact_tokens(text, line.number))
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
        if word_count(text) > 30 or len(text) > 250 or text[:1].islower() or text.rstrip().endswith((",", ";", ":")):
            return False
        return not text.rstrip().endswith(".") or word_count(text) <= 20

    def _subtitle_like(self, text: str, block: Block, lines_left: int) -> bool:
        if word_count(text) > 60 or dateline_at(text) or text.rstrip().endswith(":"):
            return False
        if (block.kind == "heading" and block.level >= 2) or block.style == "Subtitle" or block.emphasised:
            return True
        if lines_left > 1 or word_count(text) > 40 or text[:1] in QUOTES:
            return False
        return not SENTENCE_END.search(text)

    # ------------------------------------------------------------ contacts

    def _contact_block(self, blocks: list[Block], index: int, lines: list[Line], position: int) -> int:
        """A CONTACT heading at lines[position] of blocks[index]: read its contacts; blocks used."""
        heading_line = lines[position]
        match = contact_heading(heading_line.plain)
        self.recognised.append(Note(heading_line.number, f"contact block {excerpt(heading_line.plain, 30)!r}"))
        tokens: list = []
        if match.group("rest"):
            tokens += contact_tokens(match.group("rest"), heading_line.number)
        for line in lines[position + 1:]:
            tokens += contact_tokens(line.plain, line.number)
            tokens.append(("break", "", line.number))
        used = 1
        # The contacts may follow in blocks of their own (one contact per block or per line, or
        # a name, a role and a phone number each in a paragraph or table cell of its own): take
        # blocks while they read as contact details and a phone or e-mail is among them.
        run: list[Block] = []
        while index + used + len(run) < len(blocks) and len(run) < 12:
            block = blocks[index + used + len(run)]
            if len(block.lines) > 8 or not all(
                    is_contact_line(l.plain) or name_like(l.plain) or (role_like(l.plain) and ROLE_WORDS.search(l.plain))
                    for l in block.lines):
                break
            run.append(block)
            if any(is_contact_line(l.plain) or PHONE.search(l.plain) or EMAIL.search(l.plain)
                   or HIDDEN_EMAIL.search(l.plain) for l in block.lines):
                for taken in run:
                    tokens.append(("block", "", taken.line))
                    for line in taken.lines:
                        tokens += contact_tokens(line.plain, line.number)
                        tokens.append(("break", "", line.number))
                used += len(run)
                run = []
        self._add_contacts(tokens)
        return used

    def _add_contacts(self, tokens: list[tuple[str, str, int]]) -> None:
        current: Contact | None = None
        found: list[Contact] = []
        for kind, value, line in tokens:
            if kind in ("break", "block"):
                continue
            if kind == "text":
                name, role = split_name_role(value)
                if current is not None and not current.role and ROLE_WORDS.search(value) and (
                        not current.has_channel or not name_like(name)):
                    current.role = value
                elif current is None or current.has_channel:
                    if not name_like(name):
                        self.warnings.append(Note(line, f"contact text not understood, left out: {excerpt(value)!r}"))
                        continue
                    current = Contact(name=name, role=role, line=line)
                    found.append(current)
                elif role_like(value):
                    current.role = f"{current.role}, {value}" if current.role else value
                else:
                    self.warnings.append(Note(line, f"contact text not understood, left out: {excerpt(value)!r}"))
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
        about: AboutText | None = None
        ended = False
        index = 0
        while index < len(blocks):
            block = blocks[index]
            text = block.plain
            paragraph = Paragraph(block.kind, list(block.lines), block.hard_breaks, block.level, block.ordered)
            index += 1
            if END_MARK.match(text):
                self.recognised.append(Note(block.line, f"end mark {text.strip()!r}"))
                ended, about = True, None
                continue
            if contact_heading(block.lines[0].plain):
                index += self._contact_block(blocks, index - 1, block.lines, 0) - 1
                about = None
                continue
            immediate = IMMEDIATE.match(text)
            if immediate and (not text[immediate.end():].strip() or date_line(text[immediate.end():])):
                self.removed.append(Note(block.line, f"FOR IMMEDIATE RELEASE repeated: {excerpt(text)!r}"))
                continue
            heading = about_heading(block.lines[0].plain)
            if heading:
                about = AboutText(heading.group("name").strip(), [], block.line)
                (self.after_end if ended else self.items).append(about)
                if len(block.lines) > 1:
                    about.paragraphs.append(Paragraph("paragraph", list(block.lines[1:]), block.hard_breaks))
                continue
            inline = ABOUT_INLINE.match(text) if block.kind == "paragraph" else None
            if inline and organisation_like(inline.group("name")) and self._inline_about(inline, paragraph):
                about = AboutText(inline.group("name").strip(), [paragraph], block.line)
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
                if is_contact_line(text):
                    self._add_contacts(contact_tokens(text, block.line))
                elif ORG_IS.match(text) and not any(q in text for q in QUOTES):
                    name = ORG_IS.match(text).group("name")
                    self.after_end.append(AboutText(name, [paragraph], block.line))
                else:
                    self.warnings.append(Note(block.line, f"text after the end mark, left out: {excerpt(text)!r}"))
                continue
            self.items.append(paragraph)

    @staticmethod
    def _inline_about(match, paragraph: Paragraph) -> bool:
        """'About X: X is a ...' in one paragraph: keep only the text after the heading."""
        offset = match.start("rest")
        first = paragraph.lines[0]
        if offset >= len(first.plain):
            return False
        markdown = drop_prefix(first.markdown, first.plain, offset)
        paragraph.lines[0] = Line(first.plain[offset:], markdown, first.number)
        return True

    def _existing_matches(self, paragraph: Paragraph) -> tuple[list[About], str]:
        """The existing About files whose texts the paragraph starts with, and the text left."""
        if paragraph.kind != "paragraph":
            return [], ""
        words = fold(paragraph.plain).split()
        original = paragraph.plain.split()
        matched: list[About] = []
        position = 0
        while position < len(words):
            for about in sorted(self.abouts.values(), key=lambda a: -len(a.body)):
                about_words = fold(markdown_plain(about.body)).split()
                if about_words and words[position:position + len(about_words)] == about_words:
                    matched.append(about)
                    position += len(about_words)
                    break
            else:
                break
        return matched, " ".join(original[position:]) if matched else ""

    def _existing_about(self, paragraph: Paragraph, ended: bool) -> bool:
        """A paragraph that is (or starts with) the text of existing About files: referenced.
        Text after them is About text too (of an organisation named by it, or whose name was lost)."""
        matched, rest_plain = self._existing_matches(paragraph)
        if not matched:
            return False
        target = self.after_end if ended else self.items
        for about in matched:
            target.append(AboutText(about.name, [], paragraph.line, about_id=about.id))
        if rest_plain:
            rest = Paragraph("paragraph", [Line(rest_plain, md_escape(rest_plain), paragraph.line)], False)
            name = ORG_IS.match(rest_plain)
            target.append(AboutText(name.group("name") if name else "", [rest], paragraph.line))
        return True

    def _trailing_abouts(self) -> None:
        """Paragraphs ending the release as 'X is a ...' are About text, with no heading needed."""
        position = len(self.items)
        while position > 0:
            item = self.items[position - 1]
            if isinstance(item, AboutText):
                position -= 1
                continue
            text = item.plain
            match = ORG_IS.match(text)
            if (item.kind != "paragraph" or not match or word_count(text) < 12 or any(q in text for q in QUOTES)
                    or dateline_at(text)):
                break
            self.items[position - 1] = AboutText(match.group("name"), [item], item.line)
            position -= 1

    # ------------------------------------------------------------ dateline

    def _find_dateline(self) -> None:
        paragraphs = [item for item in self.items if isinstance(item, Paragraph) and item.kind == "paragraph"]
        for paragraph in paragraphs[:3]:
            first = paragraph.lines[0]
            found = dateline_at(first.plain)
            if not found:
                continue
            place, date, date_text, length = found
            self.dateline = place
            self.recognised.append(Note(first.number, f"dateline: {place} (removed from the paragraph: "
                                                      f"{first.plain[:length].strip()!r})"))
            if date is not None:
                self._set_date(date, date_text, first.number)
            rest_md = drop_prefix(first.markdown, first.plain, length)
            paragraph.lines[0] = Line(first.plain[length:], rest_md, first.number)
            return
        if paragraphs:
            self.warnings.append(Note(paragraphs[0].line, "no dateline found (such as 'CHICAGO –' starting the "
                                                          "first paragraph): add `dateline:` by hand if it has one"))

    # ------------------------------------------------------------ checks

    def _check_release(self) -> None:
        body = [item for item in self.items if isinstance(item, Paragraph)]
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
            for finding in dangling(text):
                self.warnings.append(Note(line, f"{label}: {finding.message}: {finding.snippet!r}"))
        for item in self.items + self.after_end:
            if isinstance(item, AboutText) and not item.name:
                continue  # left out, with its own warning
            paragraphs = item.paragraphs if isinstance(item, AboutText) else [item]
            for paragraph in paragraphs:
                for finding in dangling(paragraph.plain):
                    self.paragraph_warnings.append((paragraph, paragraph.line_at(finding.offset), finding))

