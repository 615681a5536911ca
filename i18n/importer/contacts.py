"""Press contacts: names, roles, phones and e-mails, in lines or blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents import Block, Line
from i18n.errors import excerpt
from .common import Note, word_count
from .dates import find_date
from .endmarks import END_MARK, IMMEDIATE

# "For further information": how a release invites its readers to ask, before a contact
_MORE_INFORMATION = r"for\s+(?:more|further|additional)\s+information"
CONTACT_HEADING = re.compile(  # "Media Advisory: Contact: ...": a genre label may stand before it
    r"(?i)^\W*(?:(?:press|news|media)\s+(?:releases?|advisory|statement)\s*[:|–—-]\s*)?"
    r"(?:(?:(?:media|press|news)\s+)?contacts?(?:\s+(?:info(?:rmation)?|persons?|details))?"
    r"(?:\s+for\s+[^:]{1,40}(?=\s*:))?"  # "Contact persons for the unions:"
    r"|" + _MORE_INFORMATION + r"(?:[^:]{0,20}?,?\s*(?:please\s+)?contact|(?=\s*:))"
    r"|(?:more|further|additional)\s+information(?=\s*:\s*$)"  # "More information:" alone over the contacts
    r"|for\s+(?:media|press)\s+inquiries[^:]{0,20}?,?\s*(?:please\s+)?contact"
    r"|(?P<label>(?:(?:media|press|news)\s+)?(?:inquiries|enquiries|queries))(?:\s+(?:contact|to))?"
    r"|from(?=\s*:)|contact\s+us\b[^:]{0,40}(?=:)"
    # "Media: Jane Roe (555) 010-0100", "Investor Relations:": who answers whom, a company's usual contacts
    r"|(?:(?:news\s+)?media|investors?|investor\s+relations|analysts?)(?=\s*:))"
    r"\s*(?:(?P<colon>[:|–—-])\s*(?P<rest>.*))?$")
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
HIDDEN_EMAIL = re.compile(r"\[\s*email\s*protected\s*\]", re.I)
PHONE = re.compile(
    r"(?<![\w/])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s./-]?\d{3}[\s.-]?\d{4}"  # "212/555-0100" too
    # a slash and a letter after it is a path; a slash and digits, a second number ("555-0100/0101")
    r"(?:\s*,?\s*(?:x|ext\.?|extension)\s*\d{1,5})?(?![\w]|/[^\W\d_])"
    # an international number: seven digits or more
    r"|(?<![\w/+])\+(?=(?:[\s.()-]{0,2}\d){7})\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\w]|/[^\W\d_])"
    # "020 7008 3100", "(02) 9876 5432", "0800 123 456": a national number after its trunk 0,
    # nine to twelve digits in all (a date such as 04.06.2013 has eight)
    r"|(?<![\w/+.])(?=\(?0(?:[\s.)-]{0,2}\d){8,11}(?!\d))"
    r"\(?0\d{1,4}\)?[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4}){1,3}(?![\w]|/[^\W\d_])")
_LABELS = re.compile(r"(?i)\bplease\s+(?:phone|call|ring|contact|e-?mail|text)(?:\s+(?:us\s+)?(?:on|at))?\s*:?"
                     r"|\b(?:call|e-?mail|write\s+to|reach|text|fax)\s+us(?:\s+at)?\s*:?"
                     r"|\b(?:phone|tel(?:ephone)?|cell(?:phone)?|mobile|office|direct|fax|e-?mail|ph)\b\.?\s*:?"
                     r"|(?<!\w)[ocmte]\s*:|(?<!\w)[ptm]\.(?=\s*$)|\bdate\s*:|\bfor\s+immediate\s+release\b")
_FAX = re.compile(r"(?i)\bfax\b\.?\s*(?:no\.?|number)?\s*:?\s*$")
_GAP_EDGES = re.compile(r"^[\s|,;:/•·()<>\[\]–—-]+|[\s|,;:/•·()<>\[\]–—-]+$")
ROLE_WORDS = re.compile(
    r"(?i)\b(?:director|manager|coordinator|officer|president|spokes(?:person|woman|man)|press|communications?|"
    r"media|secretary|chair|head|lead|organi[sz]er|specialist|associate|executive|strategist|advisor|adviser|"
    r"counsel|founder|ceo|relations|affairs|campaigner|staff|assistant|deputy)\b")


@dataclass
class Contact:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    hidden: bool = False
    line: int = 0

    @property
    def has_channel(self) -> bool:
        return bool(self.phone or self.email or self.hidden)


CHANNELS = ("phone", "email", "hidden")  # the tokens that reach a contact: a phone, an e-mail, a hidden e-mail
_CELL_EDGES = re.compile(r"^\s*\|\s*|\s*\|\s*$")


def cell(text: str) -> str:
    """"|Tel: +44 20 7542 8666": a line of a table flattened to text, without its bars."""
    return _CELL_EDGES.sub("", text)


def name_like(text: str) -> bool:
    text = cell(text)
    words = text.rstrip(",").split()
    if not 1 <= len(words) <= (8 if text.endswith(",") else 6) or len(text) > 60 or re.search(r"[\d@]", text):
        return False
    if IMMEDIATE.match(text) or END_MARK.match(text) or CONTACT_HEADING.match(text):
        return False
    if not text[0].isupper():
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised * 2 >= len(words) and not ROLE_WORDS.search(text)


def role_like(text: str) -> bool:
    """"Press Officer", "Acme Inc.": a role or an organisation (a full stop ends a sentence, not these)."""
    text = text.rstrip()
    return 0 < word_count(text) <= 14 and len(text) <= 120 and not text.endswith(":") and (
        not text.endswith(".") or bool(re.search(r"\b(?:Inc|Ltd|Co|Corp|LLC|plc|[A-Z])\.$", text)))


# "428-1217": a local number, no area code, as a contact line may give it
_LOCAL_PHONE = re.compile(r"(?<![\d(-])\d{3}-\d{4}(?![\d-])")


def contact_tokens(text: str, line: int) -> list[tuple[str, str, int]]:
    spans: list[tuple[int, int, str, str]] = []
    for kind, pattern in (("hidden", HIDDEN_EMAIL), ("email", EMAIL), ("phone", PHONE), ("phone", _LOCAL_PHONE)):
        for match in pattern.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _, _ in spans):
                spans.append((match.start(), match.end(), kind, " ".join(match.group().split())))
    # "October 29th, 2008 617-555-5005 x245", "Jo Roe, Director DATE: May 20, 2017": the release's date
    # beside a phone, or written out or labelled after a name (a page that lost its line breaks)
    dated = find_date(text)
    if dated and (not dated[1] or re.search(r"[^\W\d_]", text[dated[1]:dated[2]])
                  or re.search(r"(?i)\bdate\s*:\s*$", text[:dated[1]])) \
            and not any(s < dated[2] and dated[1] < e for s, e, _, _ in spans):
        spans.append((dated[1], dated[2], "date", text[dated[1]:dated[2]]))
    spans.sort()
    tokens: list[tuple[str, str, int]] = []
    position = 0

    def gap(piece: str):
        piece = _LABELS.sub(" ", piece)
        piece = _GAP_EDGES.sub("", " ".join(piece.split()))
        piece = re.sub(r"(?i)^(?:and|or)(?:\s+|$)|\s+(?:and|or|on|at)$", "", piece).strip()
        if piece:
            tokens.append(("text", piece, line))

    for start, end, kind, value in spans:
        if kind == "phone" and _FAX.search(text[position:start]):
            kind = "fax"  # "Fax: 202-555-0188": no number to call
        gap(text[position:start])
        tokens.append((kind, value, line))
        position = end
    gap(text[position:])
    return tokens


_DASHED = re.compile(r"^[^,–—]+?\s[–—-]\s[^,]+$")


def place_like(text: str) -> bool:
    """'Guatemala', 'San Francisco' after a contact's name: a place, not a role."""
    words = text.split()
    return (0 < len(words) <= 3 and not ROLE_WORDS.search(text) and not re.search(r"[\d@(]", text)
            and all(w[:1].isupper() and not w.isupper() for w in words if len(w) > 2))


# "For further information, please contact Jo Roe, ...": the invitation before a contact's name,
# and what stands before it on the line ("Issued by Hill Media for the Trust. For more ...")
_INVITATION = re.compile(r"(?i)^.*?\b" + _MORE_INFORMATION + r"\W*(?:please\s+)?(?:contact\b\W*)?(?=[A-Z])")


def split_name_role(text: str) -> tuple[str, str]:
    text = _INVITATION.sub("", text)
    answers_for = re.match(r"^(?P<role>[^:,]{2,40}?)\s+:\s+(?P<name>[^:,]+?)(?:,\s*(?P<more>.+))?$", text)
    if answers_for and name_like(answers_for.group("name")):  # "Parks Unions : Jo Roe": whom Jo Roe answers for
        role, more = answers_for.group("role").strip(), answers_for.group("more")
        return answers_for.group("name").strip(), f"{role}, {more}" if more else role
    match = re.match(r"^(?P<name>[^,–—]+?)\s*(?:,|\s[–—-]\s|[–—])\s*(?P<role>.+)$", text)
    if match:
        return match.group("name").strip(), match.group("role").strip()
    return text.strip(), ""


_ASKED_TO_CALL = re.compile(r"\b(?:contact|call|reach|phone|(?:sent|directed|addressed|referred)\s+to"
                            r"|speak\s+(?:to|with))\s*:?\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){1,3})")
# "... contact Jo Baines on 555-0100 and Ann Lee on 555-0199": the next person of the same sentence
_AND_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){1,3})"
                       r"\s+(?:on|at)\s+")


# "For more information, call 555-0100.", "Questions may be directed to (555) 010-0100": a number
# given to readers with no one's name; the invitation's own words name the contact, or the office
# it names ("please contact the Parks media team on 555-0100")
_ASKED_TO_CALL_NUMBER = re.compile(
    r"(?i)\b(?P<label>" + _MORE_INFORMATION + r"|questions|inquiries|enquiries)\b[^.!?]{0,80}?"
    r"\b(?:contact|call|phone|ring|dial|reach|(?:sent|directed|addressed|referred)\s+to)\b[^.!?\d+(]{0,80}"
    r"|\b(?:contact|call|ring|phone)\s+(?:the\s+|our\s+)?(?P<office>[A-Z][\w'’&. -]{2,60}?\s(?:team|office|desk|"
    r"department|unit|line|centre|center))\s+(?:on|at)\s+"
    # "Issued by Fire Control at Oakdale Fire Service. Telephone 01743 260290": who issued it, and its number
    r"|\bissued\s+by\s+(?P<issuer>[A-Z][^.!?]{2,80}?)[.,]?\s+(?:telephone|tel\.?|phone)\s*:?\s*"
    # "its new media line, 0800 555 0100, ...", "the press office on 01743 260290": the press's own number
    r"|\b(?P<press>(?:media|press|news)\s+(?:line|hotline|desk|office|team|enquiries|inquiries))\b"
    r"(?:,|:|\s+(?:is|on|at))?\s*")


def contacts_in_text(text: str, nameless: bool = False) -> list[tuple[str, str]]:
    """"... should contact Jo Baines on Tuesday ... at 555-201-3344": (name, phone) of each person a
    sentence of the body asks readers to call, with the first phone number after the name. With
    nameless, when no one is named: ("For more information", phone) of a number it gives readers."""
    found = []
    for match in _ASKED_TO_CALL.finditer(text):
        phone = PHONE.search(text, match.end(), match.end() + 250)
        if phone and name_like(match.group("name")) and not _ASKED_TO_CALL.search(text, match.end(), phone.start()):
            found.append((match.group("name"), " ".join(phone.group().split())))
            found += _next_people(text, phone.end())
    if nameless and not found:
        for match in _ASKED_TO_CALL_NUMBER.finditer(text):
            if phone := PHONE.match(text, match.end()):
                label = " ".join(next(filter(None, match.group("label", "office", "issuer", "press"))).split())
                found.append((label[0].upper() + label[1:], " ".join(phone.group().split())))
    return found


def _next_people(text: str, position: int) -> list[tuple[str, str]]:
    """The people named after the first one a sentence asks readers to call, each with a phone."""
    found = []
    while (after := _AND_NEXT.match(text, position)) and name_like(after.group("name")):
        phone = PHONE.match(text, after.end())
        if phone is None:
            break
        found.append((after.group("name"), " ".join(phone.group().split())))
        position = phone.end()
    return found


def same_phone(a: str, b: str) -> bool:
    """The same number, however printed (an extension aside)."""
    def digits(phone: str) -> str:
        return re.sub(r"\D", "", re.sub(r"(?i),?\s*(?:x|ext\.?|extension)\s*\d+\s*$", "", phone))[-10:]
    return digits(a) == digits(b)


def merge(contacts: list[Contact], found: list[Contact]) -> list[Contact]:
    """Add the contacts found to contacts: a contact the page repeats completes the first (a
    detail it lacked); the others are appended and returned."""
    added = []
    for contact in found:
        duplicate = next((c for c in contacts if c.name == contact.name and (
            same_phone(c.phone, contact.phone) or not c.phone or not contact.phone)), None)
        if duplicate is None:
            contacts.append(contact)
            added.append(contact)
            continue
        for attribute in ("phone", "email", "role"):
            if not getattr(duplicate, attribute):
                setattr(duplicate, attribute, getattr(contact, attribute))
    return added


def contact_heading(text: str):
    """A CONTACT / PRESS CONTACTS / Media contact: heading (maybe with a contact after the colon);
    "From: Ministry of Works", with no phone or e-mail, names who issued the release."""
    match = CONTACT_HEADING.match(text)
    if match and match.group("rest") and re.match(r"(?i)\W*from\b", text) and not channel(match.group("rest")):
        return None
    return match if match and (match.group("colon") or not match.group("rest")) else None


def is_contact_line(text: str) -> bool:
    text = cell(text)
    if len(text) > 250:
        return False
    tokens = contact_tokens(text, 0)
    if not any(kind in CHANNELS for kind, _, _ in tokens):
        return False
    for kind, value, _ in tokens:
        if kind == "text":
            name, role = split_name_role(value)
            if not (name_like(name) or role_like(value)) or (role and not role_like(role)):
                return False
    return True


def address_like(text: str) -> bool:
    """"500 Main Street", "Springfield IL 62701": a line of a postal address (a number among a
    few words, no phone or e-mail)."""
    text = cell(text)
    return (word_count(text) <= 8 and bool(re.search(r"\b\d{1,6}\b", text)) and not channel(text)
            and text[:1].isalnum() and not text.rstrip().endswith((".", ":")))


def contact_detail(text: str) -> bool:
    """A line that can belong to a contact block: a contact, a name, a role, a label ("In Spanish:")."""
    text = cell(text)
    return bool(is_contact_line(text) or (channel(text) and word_count(text) <= 12) or name_like(text)
                or (role_like(text) and ROLE_WORDS.search(text))
                or (text.rstrip().endswith(":") and word_count(text) <= 8 and not IMMEDIATE.match(text)))


def _only_date(text: str) -> bool:
    """"May 3, 1995" between a contact's name and phone: a header set in columns, read row by row."""
    found = find_date(text)
    return bool(found) and not text[:found[1]].strip() and not text[found[2]:].strip(" ,.")


def _asks_to_contact(text: str) -> bool:
    """"If you have any questions, please contact us.": a sentence inviting readers to call."""
    return bool(re.search(r"(?i)\b(?:contact|call|write to|e-?mail)\s+(?:us|our\b)", text)) and len(text) <= 300


def channel(text: str) -> bool:
    return bool(is_contact_line(text) or PHONE.search(text) or EMAIL.search(text) or HIDDEN_EMAIL.search(text))


# "Website: https://www.oakdale.org", "www.oakdale.org": an office's site under its contacts
_WEB_LINE = re.compile(r"(?i)^\W*(?:(?:web\s*site|web|site|url|internet)\s*:\s*)?(?:https?://|www\.)\S+\s*$")


def contact_block(blocks: list[Block], index: int, lines: list[Line], position: int) -> tuple[list, int, int | None]:
    """A CONTACT heading at lines[position] of blocks[index]: (its tokens, the blocks it uses, and
    the position in lines where other text resumes, or None when the block is all contacts).

    The contacts follow on the heading's line, on the lines of its block, or in blocks of their
    own (one contact per block or per line, or a name, a role and a phone number each in a
    paragraph or table cell of its own): lines and blocks are taken while they read as contact
    details and a phone or e-mail is among them."""
    heading = lines[position]
    match = contact_heading(heading.plain)
    tokens: list = []
    if match.group("rest"):
        tokens += contact_tokens(match.group("rest"), heading.number)

    def take(taken_lines: list[Line]) -> None:
        for line in taken_lines:
            if cell(line.plain).endswith(":") and not channel(line.plain):
                tokens.append(("sublabel", cell(line.plain), line.number))  # "In Spanish:"
            elif (address_like(line.plain) and not (contact_detail(line.plain) or _only_date(line.plain))
                  or tokens and tokens[-1][0] == "address" and place_like(line.plain)):
                tokens.append(("address", line.plain, line.number))  # an office's address under its name, its town
            elif _WEB_LINE.match(line.plain):
                tokens.append(("web", line.plain, line.number))  # its site
            else:
                tokens.extend(contact_tokens(line.plain, line.number))

    rest = lines[position + 1:]
    committed = 0
    if rest and _asks_to_contact(rest[0].plain) and any(channel(later.plain) for later in rest[1:5]):
        tokens.append(("note", rest[0].plain, rest[0].number))  # "... please contact us." over the details
        position, rest = position + 1, rest[1:]
    for offset, line in enumerate(rest):
        if not (contact_detail(line.plain) or _only_date(line.plain) or address_like(line.plain)):  # the text after
            take(rest[:committed])
            return _named_by_heading(tokens, match, heading), 1, position + 1 + committed
        if channel(line.plain):
            committed = offset + 1
    take(rest)
    used = 1
    run: list[Block] = []
    while index + used + len(run) < len(blocks) and len(run) < 12:
        block = blocks[index + used + len(run)]
        if used == 1 and not run and not rest and _asks_to_contact(block.plain) and any(
                channel(line.plain) for later in blocks[index + 2:index + 6] for line in later.lines):
            tokens.append(("note", block.plain, block.line))  # "... please contact us." over the details
            used += 1
            continue
        if len(block.lines) > 8 or not all(contact_detail(line.plain) for line in block.lines):
            break
        run.append(block)
        if any(channel(line.plain) for line in block.lines):
            for taken in run:
                take(taken.lines)
            used += len(run)
            run = []
    return by_columns(_named_by_heading(tokens, match, heading)), used, None



def _named_by_heading(tokens: list, match, heading: Line) -> list:
    """"Media inquiries: press@...", "MEDIA CONTACT" over "(555) 010-0100": a phone or e-mail
    under the heading before any name is the heading's, named by it (a contact needs a name)."""
    first = next((kind for kind, _, _ in tokens if kind not in ("note", "sublabel", "date", *_LEFT_OUT)), "")
    if first not in CHANNELS:
        return tokens
    label = match.group("label") or cell(heading.plain[:match.start("colon")] if match.group("colon")
                                         else heading.plain).strip(" :|–—-")
    return [("label", label, heading.number)] + tokens


def by_columns(tokens: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """Contacts set side by side in a table that was flattened row by row, one cell a line
    ("Jane Roe" / "Omar Reyes" / "Press Officer" / "Agency" / "555-0100" / "555-0199"): as many
    names open the block as phone numbers or e-mails close it; the cells are read column by column."""
    cells = [t for t in tokens if t[0] in ("text", "phone", "email", "hidden")]
    if len({line for _, _, line in cells}) != len(cells):
        return tokens  # a line holds more than one cell: not one cell a line
    names = next((i for i, (kind, value, _) in enumerate(cells) if kind != "text" or not name_like(value)), len(cells))
    channels = next((i for i, (kind, _, _) in enumerate(reversed(cells)) if kind == "text"), len(cells))
    if names < 2 or names != channels or len(cells) % names or len(cells) == 2 * names and names > 2:
        return tokens
    return [t for t in tokens if t not in cells] + [cell for column in range(names) for cell in cells[column::names]]


# Tokens of a contact block that are no contact's detail, left out and listed
_LEFT_OUT = {"fax": "a fax number", "address": "an address", "web": "a web address"}


def assemble(tokens: list[tuple[str, str, int]], warnings: list[Note], removed: list[Note]) -> list[Contact]:
    """Tokens of contact text -> contacts; what is not understood is a warning, a place or a label
    is removed (and listed)."""
    current: Contact | None = None
    found: list[Contact] = []
    pending: Note | None = None  # a line not read as a name: an organisation's, if a phone or e-mail follows
    for kind, value, line in tokens:
        if pending is not None and kind in CHANNELS and (current is None or current.has_channel):
            current = Contact(name=pending.message, line=pending.line)
            found.append(current)
        elif pending is not None:
            warnings.append(Note(pending.line, f"contact text not understood, left out: {excerpt(pending.message)!r}"))
        pending = None
        if kind == "date":
            continue  # the header reads it
        if kind in _LEFT_OUT:
            removed.append(Note(line, f"{_LEFT_OUT[kind]} in the contact block, {value!r}: left out (contacts have a "
                                      "name, role, phone and e-mail)"))
            continue
        if kind == "note":
            removed.append(Note(line, f"the contact block's invitation, {excerpt(value)!r}: left out"))
            continue
        if kind == "sublabel":
            removed.append(Note(line, f"a label in the contact block, {value!r}: left out (contacts have a name, "
                                      "role, phone and e-mail)"))
            continue
        if kind == "label":
            current = Contact(name=value, line=line)
            found.append(current)
            continue
        if kind == "text":
            name, role = split_name_role(value)
            if current is not None and not current.role and ROLE_WORDS.search(value) and (
                    not current.has_channel or not name_like(name)):
                current.role = value
            elif current is None or current.has_channel:
                if not name_like(name):
                    pending = Note(line, value)
                    continue
                if role and place_like(role) and _DASHED.match(value):  # "Ana Pérez - Guatemala"
                    removed.append(Note(line, f"place of contact {name}, {role!r}: not a role, left out "
                                              "(contacts have a name, role, phone and e-mail)"))
                    role = ""
                current = Contact(name=name, role=role, line=line)
                found.append(current)
            elif role_like(value):
                current.role = f"{current.role}, {value}" if current.role else value
            else:
                warnings.append(Note(line, f"contact text not understood, left out: {excerpt(value)!r}"))
            continue
        if current is None:
            warnings.append(Note(line, f"{'e-mail' if kind != 'phone' else 'phone number'} {value!r} "
                                       "without a name: left out"))
            continue
        if kind == "hidden":
            current.hidden = True
            warnings.append(Note(line, f"e-mail of {current.name} hidden by the source page "
                                       f"({value!r}): left out; add it by hand"))
            continue
        attribute = "phone" if kind == "phone" else "email"
        if kind == "phone" and current.phone:  # "972-555-0186 office, 214-555-0128 cell": one entry each
            found.append(Contact(name=current.name, role=current.role, phone=value, line=line))
            warnings.append(Note(line, f"second phone number of {current.name}, {value!r}: a second entry for "
                                       f"{current.name} (contacts have one phone each)"))
            continue
        if getattr(current, attribute):
            what = "phone number" if kind == "phone" else "e-mail"
            warnings.append(Note(line, f"second {what} of {current.name}, {value!r}: left out "
                                       f"(kept {getattr(current, attribute)!r})"))
        else:
            setattr(current, attribute, value)
    if pending is not None:
        warnings.append(Note(pending.line, f"contact text not understood, left out: {excerpt(pending.message)!r}"))
    return found
