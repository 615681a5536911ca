"""One document's blocks -> the parts of a press release."""

from __future__ import annotations

import datetime as dt

from ..documents import Block, Incoming, Line
from ..errors import NotARelease, excerpt
from i18n.sources.releases import About
from .about import (ABOUT_INLINE, ORG_IS, AboutText, about_heading, existing_about_texts, existing_matches,
                    organisation_like, strip_inline_heading, trailing_abouts)
from .common import QUOTES, SENTENCE_END, Given, Note, Paragraph, fold, word_count
from .contact_groups import contact_group, contact_group_under, groups_apart
from .contacts import (Contact, assemble, contact_block, contact_heading, contact_tokens, contacts_in_text,
                       is_contact_line, merge)
from .dangling import Finding, cut_off_note, dangling_notes
from .dates import (body_date, by_locale, date_first, date_line, dated_title, find_date, issued_on, release_date,
                    signed_under_end_mark, year_for_dateline)
from .dateline import dateline_at, drop_prefix, place_line, split_at_dateline
from .endmarks import EMBARGO, END_MARK, IMMEDIATE
from .extent import trim_page_after
from .flattened import unflatten_all
from .frontmatter import header_lines, is_byline, is_marker
from .headline import (CONNECTOR, LEAD_WORDS, Candidate, deck_under_given, join_wrapped, run_in_header, same_headline,
                       wrap_width, wraps_headline)
from .headline_model import headline_choice
from .lead import lead_index, opened_by_introduction
from .not_headline import not_headline, split_caps, strip_labels
from .residue import captions, chrome_key, next_post, page_lines, repeated, residue, share_menus, site_menus


class Analysis:
    def __init__(self, incoming: Incoming, abouts: dict[str, About], given: Given = Given(),
                 chrome: frozenset[str] = frozenset()):
        self.incoming = incoming
        self.abouts = abouts
        self.given = given
        self.chrome = chrome
        self.recognised: list[Note] = [Note(line, message) for line, message in incoming.notes]
        self.removed: list[Note] = [Note(line, message) for line, message in incoming.removed]
        self.warnings: list[Note] = [Note(line, message) for line, message in incoming.warnings]
        self.title = self.subtitle = self.dateline = ""
        self.title_line = self.subtitle_line = 0
        self.date, self.date_line = None, 0  # the release's date (dt.date) and its input line
        self.contacts: list[Contact] = []
        self.items: list = []  # body: Paragraph and AboutText in order of appearance
        self.after_end: list[AboutText] = []  # About text after the end mark
        self.paragraph_warnings: list[tuple[Paragraph, int, Finding]] = []  # paragraph, input line, finding
        self._header_dates: list | None = None  # while the header is read: its dates, chosen after
        self.stopped: tuple[int, str] = (0, "")  # where the header ended: (line, text)
        self.header_dateline: tuple[str, int] | None = None  # an aggregator's line above the release
        self.not_headlines: list[tuple[Candidate, str]] = []  # the header's lines that are no headline, and why
        self.page_dates: list[dt.date] = []  # the dates above the body (a blog's post date among them)
        self.footer_lines: list[tuple[int, str]] = []  # (line, text) of the page's copyright lines
        self.archive_dates: list[tuple[dt.date, str, int]] = []  # the dates an archive's banner gives the page

    # ------------------------------------------------------------ entry

    def run(self) -> None:
        if self.given.title:
            self.title = self.given.title
            self.recognised.append(Note(0, f"headline: {excerpt(self.title)!r} (given with --title)"))
        if self.given.subtitle:
            self.subtitle = self.given.subtitle
            self.recognised.append(Note(0, f"subhead: {excerpt(self.subtitle)!r} (given with --subtitle)"))
        if self.given.date:
            self._set_date(self.given.date, "given with --date", 0)
        if self.given.dateline:
            self.recognised.append(Note(0, f"dateline: {self.given.dateline} (given with --dateline)"))
        blocks = self._clean(unflatten_all(self.incoming.blocks, self.warnings))
        body_start = self._header(blocks)
        run_in = run_in_header(body_start[0], self.title) if body_start and self.title and not dateline_at(
            body_start[0].plain) else None  # (a dateline starts the text, not a header)
        if run_in:  # the header's lines wrapped into the text, up to the headline printed again
            self.removed.append(Note(body_start[0].line, f"the header run into the text: {excerpt(run_in[0])!r}"))
            for date, written in run_in[1]:
                self._set_date(date, written, body_start[0].line)
            self._add_contacts(contact_tokens(run_in[2], body_start[0].line))
            body_start[0] = run_in[3]
        self._body(body_start)
        for item, what in repeated([i for i in self.items if isinstance(i, Paragraph)], self.title, self.subtitle):
            self.items.remove(item)  # a listing's teaser, the headline or subhead printed again
            self.removed.append(Note(item.line, f"{what}: {excerpt(item.plain)!r}"))
        self.items = trailing_abouts(self.items)  # 'X is a ...' paragraphs ending the release
        for item in [i for i in self.items if isinstance(i, Paragraph)]:
            for name, phone in contacts_in_text(item.plain, nameless=not self.contacts):  # whom to call
                self._add_contacts([("text", name, item.line), ("phone", phone, item.line)], "in the text")
        self._find_dateline()
        if self.date is None:
            self._date_in_body()
        for item, what in trim_page_after(self.items, self.incoming.blocks):
            self.removed.append(Note(item.line, f"after the release's text, the page's ({what}): "
                                                f"{excerpt(item.plain)!r}"))
        self._check_release()
        self._check_dangling()
        self.warnings.extend(filter(None, [cut_off_note(self._paragraphs(), self.incoming.blocks)]))

    # ------------------------------------------------------------ residue

    def _clean(self, blocks: list[Block]) -> list[Block]:
        lines = [line for block in blocks for line in block.lines]
        added = {id(lines[position]): kind for position, kind in page_lines([line.plain for line in lines]).items()}
        added.update(site_menus(blocks) | share_menus(blocks) | captions(blocks))  # a share menu stays one
        cleaned, seen, prose = [], {}, False
        for block in blocks:
            if chrome_key(block.plain) in self.chrome and not self._release_text(block.plain):
                self.removed.append(Note(block.line, f"page chrome (in every file of this import): "
                                                     f"{excerpt(block.plain)!r}"))
                continue
            kept = []
            for line in block.lines:
                kind = added.get(id(line)) or residue(line.plain)
                if kind == "footer":
                    self.footer_lines.append((line.number, line.plain))  # its year may date a yearless day
                if kind == "archive banner" and (found := find_date(line.plain)):  # "This page was published on"
                    self.archive_dates.append((found[0], line.plain[found[1]:found[2]], line.number))
                if kind:
                    self.removed.append(Note(line.number, f"web residue ({kind}): {excerpt(line.plain)!r}"))
                else:
                    kept.append(line)
            if not kept:
                continue
            block = Block(kept, block.kind, block.level, block.ordered, block.hard_breaks, block.emphasised,
                          block.style, block.number)
            if block.kind == "paragraph" and (len(block.lines) > 1 or len(cleaned) < 8):  # the header: 8 blocks
                block = split_at_dateline(block)
                if isinstance(block, list):
                    cleaned.extend(block[:-1])
                    block = block[-1]
            if (block.plain.startswith(",") and cleaned and len(cleaned[-1].lines) == 1
                    and word_count(cleaned[-1].plain) <= 5):  # "LOS ANGELES" / ", May 2, 2025 – ..."
                block = split_at_dateline(Block(cleaned.pop().lines + block.lines, block.kind, block.level,
                                                block.ordered, block.hard_breaks, block.emphasised,
                                                block.style, block.number))
            key = chrome_key(block.plain)
            header_again = key in seen and all(self._marks_header(line.plain) for line in block.lines)
            headline_again = word_count(key) <= 20 and not prose  # over the text: the chooser reads it
            if key in seen and not header_again and (word_count(key) > 20 or SENTENCE_END.search(key)) \
                    and not is_marker(block.plain) and not headline_again:
                self.warnings.append(Note(block.line, f"a paragraph printed twice (first on line {seen[key]}): "
                                                      f"kept both: {excerpt(block.plain)!r}"))
            elif header_again or key in seen and word_count(key) >= 3 and not is_marker(block.plain) and not (
                    len(cleaned) < 40 and word_count(key) <= 20 and not SENTENCE_END.search(key) or headline_again):
                self.removed.append(Note(block.line, f"a block repeated by the page template "
                                                     f"(first on line {seen[key]}): {excerpt(block.plain)!r}"))
                continue
            seen.setdefault(key, block.line)
            cleaned.append(block)
            prose = prose or word_count(key) > 15 and bool(SENTENCE_END.search(key))
        return cleaned

    def _release_text(self, text: str) -> bool:
        """Text that repeats in releases of one organisation and is theirs, not the site's."""
        return bool(is_marker(text) or date_line(text) or is_contact_line(text) or ORG_IS.match(text)
                    or existing_matches(text, self.abouts)[0])

    # ------------------------------------------------------------ header

    def _header(self, blocks: list[Block]) -> list[Block]:
        """Read the header (markers, headline, subhead, date, contacts); return the body's blocks."""
        blocks = groups_apart(blocks[:20]) + blocks[20:]
        read = [header_lines(block) for block in blocks]
        structural = next((i for i, b in enumerate(blocks[:40])
                           if (b.kind == "heading" and b.level == 1) or b.style == "Title"), None)
        lead = lead_index(blocks, self._marks_header, lambda text: not issued_on(text) and dateline_at(text),
                          lambda text: is_byline(text) and not issued_on(text))
        lead = opened_by_introduction(blocks, lead)  # "The following is a joint statement from ...:" opens it
        candidates: list[Candidate] = []
        dates: list[tuple[dt.date, str, int]] = list(self.archive_dates)  # the page's, further up than the release's
        self._header_dates = dates
        segment = index = 0
        while index < min(lead, len(blocks)):
            lines = read[index]
            group = contact_group(lines)  # name / office / phone, with no heading
            if group:
                self._add_contacts(group)
                segment += 1
                index += 1
                continue
            position = 0
            while position < len(lines):
                line = lines[position]
                if contact_heading(line.plain):
                    used, resume = self._contact_block(blocks, index, lines, position)
                    segment += 1
                    if resume is not None:
                        position = resume
                        continue
                    index += used - 1
                    break
                if self._header_marker(line):
                    segment += 1
                else:
                    self._header_candidate(line, segment, candidates, index == structural)
                position += 1
            index += 1
        self._header_dates = None
        self.page_dates = [date for date, _, _ in dates]
        if dates:  # the release's among the header's dates
            chosen, notes = release_date(dates, {line.number: line.plain for lines in read for line in lines})
            self._set_date(*chosen)
            self.warnings += notes
        body = blocks[max(index, lead):]
        if body:
            self.stopped = (body[0].line, body[0].plain)
        self._choose_headline(candidates, " ".join(body[0].plain.split()[:LEAD_WORDS]) if body else "", segment)
        return body

    def _marks_header(self, text: str) -> bool:
        return bool(IMMEDIATE.match(text) or date_line(text) or issued_on(text) or contact_heading(text)
                    or is_contact_line(text))

    def _header_candidate(self, line: Line, segment: int, candidates: list[Candidate], marked: bool) -> None:
        text = line.plain
        if dated := dated_title(text):
            text, (date, written) = dated
            self._set_date(date, written, line.number)
        split = split_caps(text)
        for part in split or (text,):
            reason = not_headline(strip_labels(part))
            if CONNECTOR.match(part) or wraps_headline(candidates, part, line.number, segment) and reason in (
                    None, "no words of a headline", "not a headline's case"):  # "of", "to Be Ready", "ROLL" under it
                candidates.append(Candidate(part.strip(), line.number, segment, len(candidates), part, marked))
                continue
            if (reason == "a date line" or reason == "a timestamp" and not self._header_dates) and find_date(part):
                date, start, end = find_date(part)  # one of the header's dates (a timestamp's, with none above)
                self._set_date(date, part[start:end], line.number)
                if place_line(part) and not self.header_dateline:  # "Islamabad, 14 June 2022" alone
                    self.header_dateline = (place_line(part), line.number)
            if reason:
                self.removed.append(Note(line.number, f"above the body, not the headline ({reason}): "
                                                      f"{excerpt(part)!r}"))
                self.not_headlines.append((Candidate(strip_labels(part), line.number, segment, 0, part), reason))
                continue
            candidates.append(Candidate(strip_labels(part), line.number, segment, len(candidates), part, marked))

    def _choose_headline(self, candidates: list[Candidate], lead: str, segments: int) -> None:
        if self.given.title:
            deck = None if self.subtitle else deck_under_given(candidates, self.title, segments)
            if deck is not None:
                self.subtitle, self.subtitle_line = deck.text, deck.line
                self.recognised.append(Note(deck.line, f"subhead: {excerpt(deck.text)!r} (over the text, under "
                                                       "the given headline)"))
            for candidate in [c for c in candidates if c is not deck]:
                what = "the headline repeated" if fold(candidate.text) == fold(self.title) else \
                    "text above the body (the headline was given)"
                self.removed.append(Note(candidate.line, f"{what}: {excerpt(candidate.written)!r}"))
            return
        candidates, alone = join_wrapped(candidates, wrap_width(self.incoming.blocks))
        self.removed += [Note(c.line, f"above the body, not the headline (a line's end): {c.written!r}") for c in alone]
        choice = headline_choice(candidates, self.not_headlines, lead, segments)
        self.removed = [n for n in self.removed if not (n.line == getattr(choice.headline, "line", 0) and any(
            choice.headline is line for line, _ in self.not_headlines))]  # read as the headline after all
        if choice.headline is None:
            for candidate in candidates:
                self.removed.append(Note(candidate.line, f"text above the body: {excerpt(candidate.written)!r}"))
            return
        self.title, self.title_line = choice.headline.text, choice.headline.line
        self.recognised.append(Note(self.title_line, f"headline: {excerpt(self.title)!r}"))
        if choice.doubt or choice.weak:
            why = f"over {excerpt(choice.doubt)!r}" if choice.doubt else choice.weak
            self.warnings.append(Note(self.title_line, f"headline uncertain: chose {excerpt(self.title)!r} {why}"))
        if choice.subtitle is not None and not self.subtitle:
            self.subtitle, self.subtitle_line = choice.subtitle.text, choice.subtitle.line
            self.recognised.append(Note(self.subtitle_line, f"subhead: {excerpt(self.subtitle)!r}"))
        for candidate in choice.others:
            what = "the headline repeated" if candidate.segment != -1 and same_headline(candidate.text, self.title) \
                else "text above the headline" if candidate.position < choice.headline.position \
                else "page text in the header"
            self.removed.append(Note(candidate.line, f"{what}: {excerpt(candidate.written)!r}"))
            if candidate.position > choice.headline.position and not self.stopped[0]:
                self.stopped = (candidate.line, candidate.written)  # the first line under it not understood

    def _header_marker(self, line: Line) -> bool:
        """FOR IMMEDIATE RELEASE, an embargo, a date or a contact line: recorded, True."""
        text = line.plain
        if immediate := IMMEDIATE.match(text):
            self.recognised.append(Note(line.number, "FOR IMMEDIATE RELEASE"))
            rest = text[immediate.end():]
            if contact_heading(rest) or is_contact_line(rest):  # "FOR IMMEDIATE RELEASE Contact: ..."
                self._add_contacts(contact_tokens(contact_heading(rest).group("rest") or "" if contact_heading(rest)
                                                  else rest, line.number))
            elif dated := date_line(rest) or date_first(rest):  # "FOR IMMEDIATE RELEASE | May 3, 2021 Oakdale Zoo"
                self._set_date(dated[0], dated[1], line.number)
            elif rest.strip():
                self.warnings.append(Note(line.number, f"text after FOR IMMEDIATE RELEASE not understood, "
                                                       f"left out: {excerpt(rest)!r}"))
            return True
        if EMBARGO.match(text):
            self.warnings.append(Note(line.number, f"an embargo: {excerpt(text)!r}: set `embargo:` by hand "
                                                   "(a time with offset, e.g. 2021-04-14T09:00:00-05:00)"))
            return True
        if dated := date_line(text) or issued_on(text):
            self._set_date(dated[0], dated[1], line.number)
            if issued_on(text) and dateline_at(text) and dateline_at(text)[0]:  # "RICHMOND, Jan. 31 -- X issued ..."
                self.header_dateline = (dateline_at(text)[0], line.number)
            return True
        if is_contact_line(text):
            self._add_contacts(contact_tokens(text, line.number))
            return True
        return False

    def _set_date(self, date: dt.date, written: str, line: int, dateline: bool = False) -> None:
        if self._header_dates is not None and line:
            self._header_dates.append((date, written, line))  # chosen once the header is read
            return
        if dateline and self.date not in (None, date) and self.date_line:  # a page's "Posted:" date gives way
            self.warnings.append(Note(self.date_line, f"another date, {self.date.isoformat()}, differs from the "
                                                      "dateline's: the dateline's is the release's own"))
            self.recognised = [n for n in self.recognised if n.line != self.date_line or n.message[:6] != "date: "]
            self.date = None
        if self.date is None:
            self.date, self.date_line = by_locale(date, written, [b.plain for b in self.incoming.blocks]), line
            how = ", day first as the page writes dates" if self.date != date else ""
            self.recognised.append(Note(line, f"date: {self.date.isoformat()} ({written!r}{how})"))
        elif date != self.date:
            self.warnings.append(Note(line, f"another date, {written!r}, differs from the release date "
                                            f"{self.date.isoformat()} (line {self.date_line}): kept the first"))

    # ------------------------------------------------------------ contacts

    def _contact_block(self, blocks: list[Block], index: int, lines: list[Line],
                       position: int) -> tuple[int, int | None]:
        """Read the contact block whose heading is lines[position] of blocks[index]: the blocks it
        uses, and the position in lines where other text resumes (None: the block is all contacts)."""
        heading = lines[position]
        self.recognised.append(Note(heading.number, f"contact block {excerpt(heading.plain, 30)!r}"))
        tokens, used, resume = contact_block(blocks, index, lines, position)
        self._add_contacts(tokens)
        return used, resume

    def _add_contacts(self, tokens: list[tuple[str, str, int]], where: str = "") -> None:
        for kind, value, line in tokens:
            if kind == "date":
                found = find_date(value)
                self._set_date(found[0], value, line)
        for contact in merge(self.contacts, assemble(tokens, self.warnings, self.removed)):
            details = "".join(f" | {x}" for x in (contact.role, contact.phone, contact.email) if x)
            what = f"contact {where}" if where else "contact"
            self.recognised.append(Note(contact.line, f"{what}: {contact.name}{details}"))

    # ------------------------------------------------------------ body

    def _body(self, blocks: list[Block]) -> None:
        blocks = list(blocks)
        about: AboutText | None = None
        ended = False
        index = 0
        while index < len(blocks):
            block = blocks[index]
            text = block.plain
            paragraph = Paragraph(block.kind, list(block.lines), block.hard_breaks, block.level, block.ordered,
                                  block.number)
            index += 1
            if END_MARK.match(text) or (signed := signed_under_end_mark(text)):
                self.recognised.append(Note(block.line, f"end mark {text.strip()!r}"))
                if signed and self.date is None:  # "Ends/Monday, May 26, 2008": the date it is issued on
                    self._set_date(*signed, block.line)
                    self.warnings.append(Note(block.line, f"the only date is under the end mark: {signed[1]!r}"))
                ended, about = True, None
                continue
            if contact_heading(block.lines[0].plain):
                used, resume = self._contact_block(blocks, index - 1, block.lines, 0)
                if resume is not None:
                    blocks.insert(index, Block(block.lines[resume:], block.kind, block.level, block.ordered,
                                               block.hard_breaks, block.emphasised, block.style, block.number))
                index += used - 1
                about = None
                continue
            group, used = contact_group_under(blocks, index - 1) if block.kind == "paragraph" else ([], 0)
            if group:  # an office, its address and phone under the text, with no heading
                self._add_contacts(group, "without a heading")
                index += used - 1
                about = None
                continue
            immediate = IMMEDIATE.match(text)
            if immediate and (not text[immediate.end():].strip() or date_line(text[immediate.end():])):
                self.removed.append(Note(block.line, f"FOR IMMEDIATE RELEASE repeated: {excerpt(text)!r}"))
                continue
            later_post = next_post(blocks, index - 1, max(self.page_dates + [self.date])) if self.date else None
            if later_post and self.items:  # another post of a blog or newsroom follows the release on the page
                self.warnings.append(later_post)
                break
            dated = date_line(text) if is_byline(text) else None
            if dated:  # "Posted: Aug 30 2017 05:46PM CDT" under the text
                self._set_date(dated[0], dated[1], block.line)
                self.removed.append(Note(block.line, f"the page's date line: {excerpt(text)!r}"))
                continue
            heading = about_heading(block.lines[0].plain)
            if heading:
                about = AboutText(heading.group("name").strip(), [], block.line)
                (self.after_end if ended else self.items).append(about)
                if len(block.lines) > 1:
                    about.paragraphs.append(Paragraph("paragraph", list(block.lines[1:]), block.hard_breaks))
                continue
            inline = ABOUT_INLINE.match(text) if block.kind == "paragraph" else None
            if inline and organisation_like(inline.group("name")) and strip_inline_heading(inline, paragraph):
                about = AboutText(inline.group("name").strip(), [paragraph], block.line)
                (self.after_end if ended else self.items).append(about)
                continue
            if block.kind == "heading":
                about = None
            if about is not None:
                if not (about.paragraphs and paragraph.kind == "paragraph"
                        and existing_matches(paragraph.plain, self.abouts)[0]):
                    about.paragraphs.append(paragraph)
                    continue
                about = None  # another organisation's boilerplate follows
            existing = existing_about_texts(paragraph, self.abouts)
            if existing:
                (self.after_end if ended else self.items).extend(existing)
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

    def _date_in_body(self) -> None:
        """No date above the body: one the text gives (a date signed under the text is the page's end)."""
        paragraphs = [(item.line, item.plain) for item in self.items if isinstance(item, Paragraph)]
        header = [(candidate.line, candidate.written) for candidate, _ in self.not_headlines]
        if found := body_date(paragraphs, (self.title_line, self.title or ""), header):
            line, (date, written), where = found
            self._set_date(date, written, line)
            self.warnings.append(Note(line, f"the only date is {where}: {written!r}: check it"))

    # ------------------------------------------------------------ dateline

    def _find_dateline(self) -> None:
        paragraphs = [item for item in self.items if isinstance(item, Paragraph) and item.kind == "paragraph"]
        for paragraph in paragraphs[:3]:
            first = paragraph.lines[0]
            found = dateline_at(first.plain)
            if not found:
                continue
            place, date, date_text, length = found
            self.dateline = self.given.dateline or place
            written = first.plain[:length].strip()
            if place:
                self.recognised.append(Note(first.number, f"dateline: {place} (removed from the paragraph: "
                                                          f"{written!r})"))
            if date is not None:
                self._set_date(date, date_text, first.number, dateline=True)
                if not place:
                    self.recognised.append(Note(first.number, f"the lead starts with its date, "
                                                              f"removed from the paragraph: {written!r}"))
            if self.date is None and date is None and (  # "TALLAHASSEE, Dec. 30 --": the year from elsewhere
                    dated := year_for_dateline(written, self.footer_lines, [p.plain for p in paragraphs])):
                self._set_date(dated[0], dated[1], first.number)
                self.warnings.append(Note(first.number, f"{dated[2]}: check it"))
            rest_md = drop_prefix(first.markdown, first.plain, length)
            paragraph.lines[0] = Line(first.plain[length:], rest_md, first.number)
            issued = issued_on(paragraph.plain.split(":", 1)[0]) if ":" in paragraph.plain[:250] else None
            if issued:  # "RICHMOND, Jan. 31 -- The governor issued the following release on Jan. 30, 2026:"
                self._set_date(issued[0], issued[1], first.number)
            return
        self.dateline = self.given.dateline
        if self.header_dateline and not self.dateline:
            self.dateline = self.header_dateline[0]
            self.recognised.append(Note(self.header_dateline[1], f"dateline: {self.dateline} (in the line that "
                                                                 "names where and when the release was issued)"))
        if paragraphs and not self.dateline:
            self.warnings.append(Note(paragraphs[0].line, "no dateline found (such as 'CHICAGO –' starting the "
                                                          "first paragraph): add `dateline:` by hand if it has one"))

    # ------------------------------------------------------------ checks

    def _check_release(self) -> None:
        body = [item for item in self.items if isinstance(item, Paragraph)]
        missing = [what for what, absent in (("headline", not self.title), ("date", self.date is None),
                                             ("body text", not body)) if absent]
        if missing:
            found = "nothing of a press release" if len(missing) == 3 else f"no {' and no '.join(missing)}"
            options = " or ".join(f"--{what}" for what in ("title", "date") if what in "".join(missing)
                                  .replace("headline", "title"))
            raise NotARelease(self.incoming.path, 0,
                              f"not a press release: found {found} (expected a headline, a date such as "
                              "'April 14, 2021' and the text" + (f"; or give {options}" if options else "") + ")",
                              recognised=sorted(self.recognised, key=lambda note: note.line),
                              removed=sorted(self.removed, key=lambda note: note.line), stopped=self.stopped)
        if not self.contacts:
            self.warnings.append(Note(0, "no press contact found: add `contacts:` by hand if it has one"))

    def _check_dangling(self) -> None:
        notes, found = dangling_notes((("headline", self.title, self.title_line),
                                       ("subhead", self.subtitle, self.subtitle_line)),
                                      self._paragraphs(nameless_about=False))
        self.warnings += notes
        self.paragraph_warnings += found

    def _paragraphs(self, nameless_about: bool = True) -> list:  # the text's and its About texts'
        return [p for item in self.items + self.after_end
                if nameless_about or not (isinstance(item, AboutText) and not item.name)
                for p in (item.paragraphs if isinstance(item, AboutText) else [item])]
