"""The dateline starting the first paragraph ("CHICAGO –", "Miami, FL - ")."""

from __future__ import annotations

import datetime as dt
import re

from ..documents import Block, Line, md_escape
from .common import QUOTES, fold, markdown_plain, word_count
from .contacts import ROLE_WORDS
from .dates import MONTHS, WEEKDAY, find_date
from .endmarks import IMMEDIATE
from .headline import headline_case
from .not_headline import GENRE_LABEL

_MONTH_WORD = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
# "BOSTON-February 6, 2008:": a hyphen glued between a place in capitals and the date; "–-": two dashes
# of two kinds typed together
_DASH = (r"(?:-{2,}|[–—]+(?:\s*[–—]+)*-?|-[–—]+|(?<=\s)-(?=\s)|(?<=[^\W\d_.])-(?=\s)"
         # "EATON, Pa.-Lafayette", "Utica, NY-The", "May 31, 2006- A", "April 19,2024-The": a hyphen glued to
         # the place or date
         r"|(?<=[^\W\d_]\.)-(?=[A-Z])|(?<=\b[A-Z]{2})-(?=[A-Z][a-z])|(?<=\d{4})-(?=\s|[A-Z][a-z])"
         r"|(?<=[A-Z]{3})-(?=(?i:" + _MONTH_WORD + r")\.?\s*\d))")
_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_](?:/[^/\n]{2,40}/|[^–—\-(\n]){1,70}?|\([^()\n]{3,40}\))"
    r"\s*(?:(?:[-–—]\s*)?\((?P<pdate>[^)]{2,30})\)\s*)?"  # "Oakdale, OR - (May 8, 2025) –"
    r"(?::\s*(?=[–—-]))?"  # "Carson City, NV: – The"
    r"(?P<dash>" + _DASH + r"|(?<=\)):)\s*(?P<rest>.*)$", re.S)  # "Pune (Press release): The"
_TAIL = re.compile(r"\s*" + _DASH + r"\s*")
_WEEKDAY = re.compile(r"(?i)^(?:" + WEEKDAY + r"\s*)?$")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"}
_NOT_REGIONS = _WEEKDAYS | set(MONTHS)
# Words that open a lead with a dash but are not places ("Update – The ...").
_NOT_PLACES = _NOT_REGIONS | {"tonight", "yesterday", "tomorrow", "update", "updated", "breaking", "statement",
                              "meanwhile", "correction", "note", "editor's note", "media advisory", "advisory",
                              "press release", "news release", "embargoed", "reminder", "photos", "video"}


def dateline_at(plain: str) -> tuple[str, dt.date | None, str, int] | None:
    """(place or "", date or None, the date as written, length of the dateline) at the start of plain.

    Shapes: "CHICAGO –", "WASHINGTON, D.C. -", "(WASHINGTON)—", "CHICAGO, IL—June 29, 2018—",
    "SAN SALVADOR (April 14, 2021) –", mixed case with a region ("Houston, Texas- ", "Miami, FL - "),
    a place and a date without a dash ("DENVER, May 9, 2019 The ..."), and a date-led lead with no
    place ("March 3, 2022 — Today, ...")."""
    for shape in (_dashed, _place_and_date, _date_lead, _bracketed, _barred, _colon_after_region):
        # (the first after which a sentence starts)
        found = shape(plain)
        wire = _WIRE_AND_DATE.match(plain, found[3]) if found and found[1] is None else None
        if wire and find_date(wire.group("date")):  # "CALGARY, ALBERTA--(Marketwired - Jan 6, 2015) - The ..."
            date, start, end = find_date(wire.group("date"))
            found = (found[0], date, wire.group("date")[start:end], wire.end())
        if found is not None and _starts_sentence(plain[found[3]:]):
            return found
    return None


# a wire's name and the date in brackets after the place's dash, then a dash of their own
_WIRE_AND_DATE = re.compile(r"\s*\(\s*[A-Z][\w .&'’-]{1,40}?\s*[-–—,]\s*(?P<date>[^()]{6,30})\)\s*"
                            r"(?:" + _DASH + r")\s*")


def _starts_sentence(rest: str) -> bool:
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in QUOTES + "'‘")


# "Springfield, Wednesday, 17 May 2023 –": the date's weekday, printed between the place and the date
_TRAILING_WEEKDAY = re.compile(r"(?i),\s*" + WEEKDAY + r"\W*$")


# a company's legal form: its name is no place ("ACME LIMITED - Results for the Year")
_COMPANY = re.compile(r"(?i)\b(?:limited|ltd\.?|inc\.?|incorporated|corp(?:oration|\.)?|plc|llc|holdings)$")


# "MEDIA ADVISORY FREDERICK, MD –": the genre's label run into a dateline in capitals with its region
_LABEL_BEFORE = re.compile(r"^(?:PRESS|NEWS|MEDIA)\s+(?:RELEASE|ADVISORY|STATEMENT|ALERT)\s+(?=[A-Z])")


def _place(place: str, dash: str = "", dated: bool = False) -> str | None:
    """The place of a dateline as written ("CHICAGO", "Miami, FL"), or None when it is not one.

    A mixed-case place needs its region ("Houston, Texas"), except a short capitalised name
    before a spaced en or em dash ("Chicago – The ..."), the way web pages retype datelines, or
    before the release's date ("Geneva, 4 June 2013 - ")."""
    place = _TRAILING_WEEKDAY.sub("", place.strip().rstrip(",").strip().removeprefix("(").removesuffix(")").strip())
    place = _LABEL_BEFORE.sub("", place) if place.isupper() and "," in place else place
    if place.count(" and ") == 1:  # a joint release's two places ("WINCHESTER, Va. and BOISE, Idaho"), each one
        return place if all(_place(part, dash, dated) for part in place.split(" and ")) else None
    weekday = any(w.lower().strip(".,") in _WEEKDAYS for w in place.split()) or re.fullmatch(
        r"(?i)\W*" + WEEKDAY + r"\W*", place)
    if GENRE_LABEL.match(place) or IMMEDIATE.match(place) or ":" in place or weekday \
            or re.search(r"[A-Za-z]\d|\d[A-Za-z]", place) or _COMPANY.search(place):
        # "PRESS RELEASE - Headline", "FOR IMMEDIATE RELEASE - Oakdale Trust", "News: Friday, May 2, 2025 -",
        # a road's code "L5009 Hightown –"
        return None
    city, _, region = place.partition(",")
    city, region = city.strip(), region.strip()
    letters = [c for c in city if c.isalpha()]
    if len(letters) < 3 or word_count(city) > 4:
        return None
    if region and (word_count(region) > 3 or not all(w[0].isupper() for w in region.split())):
        return None
    if city.upper() != city:
        if word_count(city) > 3 or not all(w[0].isupper() for w in city.split()):
            return None
        if region and region.lower().rstrip(".") in _NOT_REGIONS:
            return None
        if not region and (dash.strip() not in ("–", "—") and not dated or city.lower() in _NOT_PLACES):
            return None  # "Houston, Texas" or "Chicago –", but not "Today –" or "Non-profit"
    return f"{city}, {region}" if region else city


def _dashed(plain: str, dated: bool = False) -> tuple[str, dt.date | None, str, int] | None:
    """PLACE – ..., with the date inside the place, in brackets or after the dash (dated: the
    date stood before the place, "May 3, 2022, Springfield – The ...")."""
    match = _DATELINE.match(plain)
    if not match or (match.group("dash") == ":" and "," in (match.group("pdate") or ",")):
        return None  # a colon after a wire's tag only; "ZOO (Montgomery, AL):" is a place in brackets
    place = match.group("place")
    date, date_text = None, ""
    inside = find_date(place)
    if inside:
        date, start, end = inside
        date_text = place[start:end]
        tail = place[end:].strip(" ,")
        again = find_date(tail)  # the date printed twice, as a wire's copy may
        tail = tail[again[2]:].strip(" ,") if again and again[0] == date and not tail[:again[1]].strip() else tail
        if tail and _wire_tag(tail) != len(tail):
            return None
        place = place[:start]
    else:  # "WASHINGTON, Sept. 30 /U.S. Newswire/ --": a day without its year (the date comes from above)
        yearless = _YEARLESS.search(place)
        if yearless and _wire_tag(place[yearless.end():]) == len(place[yearless.end():]):
            place = place[:yearless.start()]
    if match.group("pdate"):
        parenthesised = find_date(match.group("pdate"))
        if parenthesised is None and _wire_tag(f"({match.group('pdate')})") == 0:
            return None
        if parenthesised is not None:
            date, date_text = parenthesised[0], match.group("pdate").strip()
        else:
            dated = True  # a wire's tag in brackets marks the place as a dateline's as a date does
    place = _place(place, match.group("dash"), dated=dated or date is not None)
    if place is None:
        return None
    rest = match.group("rest")
    consumed = match.start("rest")
    tag = _wire_tag(rest)
    if tag and tag < len(rest):  # "LITTLE ROCK, Ark. – (News Release) The ...", "Calif.--(BUSINESS WIRE)--The"
        dash = _TAIL.match(rest, tag)
        tag = dash.end() if dash else tag
        rest, consumed = rest[tag:], consumed + tag
    after = find_date(rest[:40])
    if after and after[1] == 0:
        tail = _TAIL.match(rest[after[2]:]) or _AFTER_DATE.match(rest[after[2]:])
        if tail and tail.end():
            date, date_text = after[0], rest[: after[2]]
            consumed += after[2] + tail.end()
    return place, date, date_text, consumed


# what parts a dateline's date from the text, a dash aside: a colon, a full stop, an ellipsis
# of dots (". . ." or "…")
_AFTER_DATE = re.compile(r"\s*(?:(?:\.\s?){3}|…|[:.])\s*")
_YEARLESS = re.compile(r",\s*(?P<month>[A-Za-z]{3,9})\.?\s+\d{1,2}\b(?=[^,]*$)")
_WIRE = re.compile(r"\s*(?:/[^/\n]{2,30}/|\((?!\s*[a-z])[^()\n]{2,30}\))\s*")
_BRACKETED = re.compile(r"^(?:[A-Z][\w.&'’ -]{0,40}\s)?(?:\((?P<place>[^()\n]{3,40})\)"
                        r"|\[(?P<squared>[^\[\]\n]{3,40})\])\s*(?:[:–—]|-{1,})?\s*")  # "[Charlotte, N.C.] —" too


# "Abu Dhabi, UAE: In line with ...": a place and its region closed by a colon
_REGION_COLON = re.compile(r"^(?P<place>[^\W\d_][\w.'’ -]{1,40},\s*[^\W\d_][\w.'’ -]{1,30}):\s+(?=[A-Z])")


def _colon_after_region(plain: str) -> tuple[str, dt.date | None, str, int] | None:
    match = _REGION_COLON.match(plain)
    place = _place(match.group("place")) if match and not ROLE_WORDS.search(match.group("place")) else None
    return (place, None, "", match.end()) if place and "," in place else None  # (not "Jo Roe, Director:")


def _wire_tag(text: str) -> int:
    """Length of a wire's tag ("/PRNewswire/", "(GLOBE NEWSWIRE)", "(News Release)") at the start."""
    match = _WIRE.match(text)
    return match.end() if match and word_count(match.group()) <= 4 and not find_date(match.group()) else 0


def _bracketed(plain: str) -> tuple[str, dt.date | None, str, int] | None:
    """"(Carrollton, TX) Carrollton ...", "CITY ZOO (Montgomery, AL): The ...", "[Carrollton, TX] — The
    ...": the place in brackets;
    "(Kingston – May 8, 2025) The ...": the place and the date."""
    match = _BRACKETED.match(plain)
    if not match:
        return None
    inside = match.group("place") or match.group("squared")
    dated = find_date(inside)
    if dated and dated[1] and not inside[dated[2]:].strip() and re.search(r"[–—,-]\s*$", inside[:dated[1]]):
        place = _place(re.sub(r"\s*[–—,-]\s*$", "", inside[:dated[1]]), dated=True)
        return (place, dated[0], inside[dated[1]:dated[2]], match.end()) if place else None
    place = _place(inside) if "," in inside else None
    return (place, None, "", match.end()) if place else None


def _place_and_date(plain: str) -> tuple[str, dt.date, str, int] | None:
    """PLACE, Month D, YYYY followed by the text, with no dash."""
    found = find_date(plain[:80])
    if found is None or found[1] == 0 or not plain[:found[1]].rstrip().endswith(","):
        return None
    date, start, end = found
    place = _place(plain[:start], dated=True)
    if place is None:
        return None
    tail = _TAIL.match(plain[end:]) or _AFTER_DATE.match(plain[end:])  # "ISLAMABAD, 14 June 2022: The"
    tail = tail or re.match(r"\s*", plain[end:])
    return place, date, plain[start:end], end + tail.end()


# "NEW YORK, NY / ACCESSWIRE / March 3, 2021 / ", "CHICAGO | March 3, 2021 | ": the parts between bars
_BARRED = re.compile(r"^(?P<place>[^/|\n]{3,60}?)\s+[/|]\s+(?:(?P<wire>[^/|\n]{2,30}?)\s+[/|]\s+)?"
                     r"(?P<date>[^/|\n]{6,30}?)\s+[/|]\s*")


def _barred(plain: str) -> tuple[str, dt.date, str, int] | None:
    """A place, a wire's name and the date between slashes or bars, then the text."""
    match = _BARRED.match(plain)
    found = find_date(match.group("date")) if match else None
    if found is None or match.group("date")[found[2]:].strip() or match.group("date")[:found[1]].strip(" ,"):
        return None
    place = _place(match.group("place"), dated=True)
    if place is None or not (place.isupper() or "," in place):
        return None  # "Home | News | March 3, 2021 |": a breadcrumb, not a place
    return place, found[0], match.group("date").strip(), match.end()


def place_line(text: str) -> str | None:
    """"Islamabad, 14 June 2022", "TORONTO, Dec. 24, 2012 /Wire/ -", "Oakdale : 08.06.2013" alone on a
    line over the text: the place of the dateline."""
    found = find_date(text)
    if found is None or found[1] == 0 or not re.fullmatch(r"\s*(?:/[^/\n]{2,30}/)?\s*[-–—]*[\s.]*", text[found[2]:]) \
            or not text[:found[1]].rstrip().endswith((",", " :")):
        return None
    return _place(text[:found[1]].rstrip(" :"), dated=True)


_COLON = re.compile(r":\s+")


def _date_lead(plain: str) -> tuple[str, dt.date, str, int] | None:
    """A lead starting with its date and a dash or colon, and no place ("March 3, 2022 — Today, ...",
    "WEDNESDAY 3 March 2022: The ..."), or
    a place after it ("March 3, 2022 – Springfield, IL – The ...", "(March 3, 2022) Springfield,
    IL-The ...")."""
    found = find_date(plain[:50])
    bracketed = plain[:1] == "("  # "(March 21, 2020) Utica, NY-The ..."
    if found is None or not _WEEKDAY.match(plain[bracketed:found[1]]) or bracketed and plain[found[2]:][:1] != ")":
        return None
    date, start, end = found
    written, end = plain[bracketed:end], end + bracketed
    tail = None if bracketed else _TAIL.match(plain, end) or _COLON.match(plain, end)  # (the year before a hyphen seen)
    if tail is None:  # "May 3, 2022 Springfield -- The ...", "3 MAY 2022, SPRINGFIELD —The ...": the place after it
        after = re.match(r"[,.]?\s+", plain[end:])  # "Sept. 11, 2017. Victoria, B.C. –" too
        place = _dashed(plain[end + after.end():], dated=True) if after else None
        if place and place[1] is None and place[0]:
            return place[0], date, written, end + after.end() + place[3]
        return None
    consumed = tail.end()
    place = _dashed(plain[consumed:])  # "May 3, 2022 – Springfield, IL – The ...": the date first
    if place and place[1] is None and place[0]:
        return place[0], date, written, consumed + place[3]
    return "", date, written, consumed


def drop_prefix(markdown: str, plain: str, length: int) -> str:
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
    balanced = markdown_plain(dropped).count("*") == 0 and dropped.count("*") % 2 == 0
    if not balanced or fold(markdown_plain(rest)) != fold(plain[length:]):
        return md_escape(plain[length:])
    return rest


# A place in capitals where a dateline may start within a line: "... Bridge OAKDALE, Ore. – The ..."
_CAPITALS_PLACE = re.compile(r"(?<=\s)[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}\s*(?:,|--|[–—]|\()|\((?=[A-Z])")


def _headline_apart(line: Line) -> list[Line]:
    """"Mayor Opens Mill Creek Bridge OAKDALE, Ore. – The county ...": a headline run into the
    dateline of its text, as a page that lost its line breaks prints it: the headline (title
    case, four words or more, no sentence) on a line of its own, then the text."""
    for match in _CAPITALS_PLACE.finditer(line.plain, 0, 300):
        head, rest = line.plain[:match.start()].strip(), line.plain[match.start():]
        found = dateline_at(rest)
        # a place in capitals, or in brackets with its date: "... Support(Providence, RI – July 17, 2011)"
        if found and found[0] and (found[1] if rest[0] == "(" else found[0].split(",")[0].isupper()) \
                and 4 <= word_count(head) <= 25 and headline_case(head) and not re.search(r"[.!?:]$", head):
            return [Line(head, md_escape(head), line.number), Line(rest, md_escape(rest), line.number)]
    return [line]


def split_at_dateline(block: Block) -> Block | list[Block]:
    """One run of lines holding a header and the first paragraph ("Contact: ..." / "Headline" /
    "CITY (ST): The ..."): split before the dateline; a line starting "," continues the one above;
    a headline run into the dateline on one line is set apart first."""
    lines: list[Line] = []
    for line in (part for line in block.lines[:12] for part in _headline_apart(line)):
        if lines and line.plain.startswith(",") and word_count(lines[-1].plain) <= 5:
            last = lines[-1]
            lines[-1] = Line(last.plain + line.plain, last.markdown + line.markdown, last.number)
        else:
            lines.append(line)
    lines += block.lines[12:]
    split = next((i for i in range(1, min(len(lines), 12)) if dateline_at(lines[i].plain)
                  and not dateline_at(lines[0].plain)), None)
    if split is None:
        return Block(lines, block.kind, block.level, block.ordered, block.hard_breaks, block.emphasised,
                     block.style, block.number)
    return [Block(part, block.kind, block.level, block.ordered, block.hard_breaks, block.emphasised, block.style,
                  block.number) for part in (lines[:split], lines[split:])]
