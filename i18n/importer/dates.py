"""Dates as releases write them."""

from __future__ import annotations

import collections
import datetime as dt
import re

from .common import Note, sentences
from .endmarks import END_MARK_BEFORE

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # Spanish, as the English pages of sites in Spanish-speaking countries date them ("27 agosto, 2017")
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # the other language of bilingual pages in Canada, Wales and Ireland ("12ú Márta, 2020"), as Babel
    # names the months (a test checks them; the two-word Irish ones aside)
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mehefin": 6, "gorffennaf": 7, "awst": 8, "medi": 9,
    "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
    "eanáir": 1, "feabhra": 2, "márta": 3, "aibreán": 4, "bealtaine": 5, "meitheamh": 6, "iúil": 7, "lúnasa": 8,
    "samhain": 11, "nollaig": 12,
}
DATE_PATTERNS = (
    # "May 23, 2006", "May 23,2006", "May 23 , 2006", and "BackMay 23, 2006": a link's text run into the date
    re.compile(r"(?:\b|(?<=[a-z])(?=[A-Z][a-z]))(?P<month>[A-Za-z][a-z]{2,9}|[A-Z]{3,10})\.?\s+(?P<day>\d{1,2})"
               r"(?:st|nd|rd|th)?(?:\s?,\s*|\s+)(?P<year>\d{4})\b"),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th|er|ú)?\s+(?:of\s+|de\s+)?(?P<month>[^\W\d_]{3,10})\.?(?:,|\s+/)?\s+"
               r"(?:de\s+)?(?P<year>\d{4})\b"),
    re.compile(r"(?<![\d/])(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])"),
    re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?![\d-])"),
    # 12.06.2025: day first, as every locale that writes dates with dots does
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})(?![\d.])"),
    # 2025.06.12, 2025/06/12: year first, then month and day
    re.compile(r"(?<![\d./])(?P<year>\d{4})[./](?P<mnum>\d{1,2})[./](?P<day>\d{1,2})(?![\d./])"),
    # 3-Mar-2021, 03-MAR-21: the day, the month's name and the year between hyphens
    re.compile(r"(?<![\w-])(?P<day>\d{1,2})-(?P<month>[A-Za-z]{3,9})-(?P<year>\d{4}|\d{2})(?![\w-])"),
    # 06-12-2025: read as 06/12/2025 is
    re.compile(r"(?<![\d-])(?P<mnum>\d{1,2})-(?P<day>\d{1,2})-(?P<year>\d{4})(?![\d-])"),
)
# "Monday", "Tues.", "Thu,": a weekday written out or cut short, as dates print it
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
_DATE_PREFIX = re.compile(
    r"(?i)^[\s(]*(?:(?:for\s+)?immediate\s+release|for\s+release|release\s+date|date[d]?(?:\s+(?:issued|released|"
    r"published|posted))?|released|published|"
    r"(?:[\w&.'’-]+\s+){1,4}?(?:published|posted|released|issued)|"  # "Weekly News Published May 3, 2021"
    r"posted|post\s+date|(?:last\s+)?(?:updated|modified|edited)|issued|date\s+of\s+(?:publication|issue)|publication\s+date|"
    r"(?:[\w&.'’-]+\s+){0,4}?(?:(?:press|news|media)\s+)?(?:releases?|advisory|statement)"
    r"(?:\s*(?:no\.?|#)\s*[\d/.-]+)?)?"
    r"(?:\s+on)?[\s:|/–—-]*(?:" + WEEKDAY + r")?[\s(]*$")
_DATE_SUFFIX = re.compile(r"(?i)^[\s)]*(?:[|–—,-]?\s*(?:(?:at\s+)?\d{1,2}(?::\d{2}){0,2}\s*(?:[ap]\.?m\.?|h(?:rs?)?\b)?"
                          # "June 10, 2024." signed under the text
                          r"(?:\s+[A-Z]{2,4})?)?\s*(?:by\s+[\w .'-]{1,40})?)?[\s).·•]*"
                          # "| Category: News", "Code(s): ESR": the page's other fields about the post
                          r"(?:[|•]\s*[A-Z][\w ]{0,20}:\s*[^|•:]{1,60}|\s+[A-Z][\w()]{0,20}:\s*\S+)*$")


def date_label(text: str) -> bool:
    """A date's label alone ("Posted:", "Last modified:"), its date not printed."""
    return bool(_DATE_PREFIX.match(text))


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first date written in text, with its span."""
    found = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            try:
                month = int(groups["mnum"]) if groups.get("mnum") else MONTHS.get(groups["month"].lower().rstrip("."))
                if month is None:
                    continue
                year = int(groups["year"])
                if year < 100:
                    year += 2000
                day = int(groups["day"])
                if groups.get("mnum") and month > 12 >= day:  # 21/05/2009: no month 21, the day comes first
                    month, day = day, month
                found.append((match.start(), dt.date(year, month, day), match.end()))
            except ValueError:
                continue
            break
    if not found:
        return None
    start, date, end = min(found, key=lambda item: item[0])
    return date, start, end


_GLUED_LINK = re.compile(r"\s*[A-Z][a-z]{1,12}")  # "BackMay 23, 2006": a link's text run into the date


# "05 JUN 20", "04.10.24, 15:00 4 Min Read": a news page's stamp with a two-digit year, alone on its line
_SHORT_YEAR_LINE = re.compile(r"(?i)^[\s•·|-]*(?P<date>(?P<day>\d{1,2})(?:\s+(?P<month>[a-z]{3,9})\.?\s+"
                              r"|\.(?P<mnum>\d{1,2})\.)(?P<year>\d{2}))(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?"
                              r"(?:\s+\d{1,2}\s+mins?\s+read)?\s*$")


def _short_year(text: str) -> tuple[dt.date, str] | None:
    match = _SHORT_YEAR_LINE.match(text)
    month = (int(match.group("mnum")) if match.group("mnum") else MONTHS.get(match.group("month").lower())) \
        if match else None
    try:
        return (dt.date(2000 + int(match.group("year")), month, int(match.group("day"))),
                match.group("date")) if month else None
    except ValueError:
        return None


def date_line(text: str) -> tuple[dt.date, str] | None:
    """A line that is only a date (maybe after FOR IMMEDIATE RELEASE, a weekday, 'Posted on')."""
    found = find_date(text)
    if found is None:
        return _short_year(text)
    date, start, end = found
    if (_DATE_PREFIX.match(text[:start]) or _GLUED_LINK.fullmatch(text[:start])) and _DATE_SUFFIX.match(text[end:]):
        return date, text[start:end]
    again = find_date(text[end:])  # "Date 2020-06-12 Friday, 12 June, 2020 - 16:43": the day printed twice
    if again and again[0] == date and _DATE_PREFIX.match(text[:start]) and _DATE_SUFFIX.match(text[end + again[2]:]) \
            and re.fullmatch(r"(?i)[\s,|·–—-]*(?:" + WEEKDAY + r")?[\s,|·–—-]*", text[end:end + again[1]]):
        return date, text[start:end]
    return None


def date_first(text: str) -> tuple[dt.date, str] | None:
    """"| March 23, 2021 Oakdale Zoo": a date opening a header's field, a few words of a name after it."""
    found = find_date(text)
    if found and not text[:found[1]].strip(" |:–—-,") and len(text[found[2]:].split()) <= 6:
        return found[0], text[found[1]:found[2]]
    return None


def body_date(paragraphs: list[tuple[int, str]], headline: tuple[int, str], header: list[tuple[int, str]]):
    """When nothing above the body dates the release, where the text does: a date alone on a
    line among its last paragraphs (signed off under the text), else a date in its lead
    sentence ("said today (Friday 5 March 2021) that"), the text's "today (date)", the
    headline's ("Boil Water Notice Lifted 1/24/19"), or a date written out with its month's name
    in a line of the header that is no headline ("Ref No : 08/08/09 25 Aug 2008 Embargo : ...").
    Each (line, text) as the file has it; returns (line, (date, as written), where) or None."""
    for line, text in paragraphs[len(paragraphs) - 1:max(len(paragraphs) - 4, 0):-1]:  # the last three, not the lead
        if dated := date_line(text):
            return line, dated, "a date under the text"
    lead = sentences(paragraphs[0][1])[0] if paragraphs else ""
    if found := find_date(lead):
        return paragraphs[0][0], (found[0], lead[found[1]:found[2]]), "a date in the lead sentence"
    for line, text in paragraphs:
        for match in _TODAY.finditer(text):
            if dated := date_line(match.group("date")):
                days = 1 if match.group("when").casefold() == "yesterday" else 0
                return line, (dated[0] + dt.timedelta(days=days), match.group(0)), "the text's today or yesterday"
    if found := find_date(headline[1]):
        return headline[0], (found[0], headline[1][found[1]:found[2]]), "in the headline"
    for line, text in header:
        written = min(filter(None, (pattern.search(text) for pattern in DATE_PATTERNS[:2])),
                      key=lambda match: match.start(), default=None)
        if written and (found := find_date(written.group())):
            return line, (found[0], written.group()), "among the header's lines"
    return None


def signed_under_end_mark(text: str) -> tuple[dt.date, str] | None:
    """"Ends/Monday, May 26, 2008 Issued at HKT 19:05": the date after the end mark (and a weekday)."""
    ended = END_MARK_BEFORE.match(text)
    found = find_date(text[ended.end():]) if ended else None
    if found and re.fullmatch(r"(?i)[\s,]*(?:" + WEEKDAY + r")?[\s,]*", text[ended.end():ended.end() + found[1]]):
        return found[0], text[ended.end() + found[1]:ended.end() + found[2]]
    return None


# "appear in court today (Wednesday 17 February 2021)", "arrested yesterday, May 3, 2024,": the
# text dates itself
_TODAY = re.compile(r"(?i)\b(?P<when>today|yesterday)\s*[(,]\s*(?P<date>[^(),]{0,12}\w[^()]{4,30}?)\s*[),]")


_ISSUED = re.compile(r"(?i)\bissued\b.{0,80}?\bon\s+(?P<date>[^:;]{6,30}?)\s*[.:]?\s*$")


def issued_on(text: str) -> tuple[dt.date, str] | None:
    """"The press release issued by the Ministry on 6 April 2023.": an aggregator's line naming
    the release's own date."""
    match = _ISSUED.search(text) if len(text) < 200 else None
    return date_line(match.group("date")) if match else None


_MONTH_DAY = re.compile(r"\b(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?\s*\d{4})")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def month_day(text: str) -> tuple[int, int, str] | None:
    """"Dec. 30" with no year: (month, day, as written), or None."""
    for match in _MONTH_DAY.finditer(text):
        month = MONTHS.get(match.group("month").lower())
        if month and 1 <= int(match.group("day")) <= 31:
            return month, int(match.group("day")), match.group().strip()
    return None


def year_for_dateline(dateline: str, footers: list[tuple[int, str]], texts: list[str]) -> tuple | None:
    """"TALLAHASSEE, Dec. 30 --" and no date anywhere else: the day in the year of the page's last
    copyright line that names one, else in the year the text names most often (the latest of
    those it names as often): (date, as read, why), said in a warning, since a page's copyright
    may be younger than its release and a text may look back. footers: (line, text) of the
    copyright lines; texts: the text's paragraphs."""
    day = month_day(dateline)
    if day is None:
        return None
    for footer_line, footer in reversed(footers):
        years = _YEAR.findall(footer)
        try:
            date = dt.date(int(years[-1]), day[0], day[1]) if years else None
        except ValueError:
            continue
        if date:
            return date, f"{day[2]}, {years[-1]}", (f"the dateline gives the day without its year ({day[2]!r}): the "
                                                     f"year is the copyright line's (line {footer_line}, {years[-1]})")
    named = collections.Counter(_YEAR.findall(" ".join(texts)))
    year = max(named, key=lambda y: (named[y], y)) if named else None
    try:
        date = dt.date(int(year), day[0], day[1]) if year else None
    except ValueError:
        return None
    return (date, f"{day[2]}, {year}", f"the dateline gives the day without its year ({day[2]!r}): the year is the "
                                       f"one the text names most ({year})") if date else None


_UPDATED = re.compile(r"(?i)\b(?:last\s+)?(?:updated|modified|revised|reviewed|edited)\b")


def release_date(dates: list[tuple[dt.date, str, int]], texts: dict[int, str]) -> tuple[tuple, list[Note]]:
    """Of the dates above the body ((date, as written, line) each), the release's: the one nearest
    the body, a page's own date (a blog's post, an archive's) standing further up, except a date
    the page labels as its update ("Last updated 14 March 2021"). texts: the lines' text by number.
    (The date chosen, a warning for each other date that differs.)"""
    first = [d for d in dates if not _UPDATED.search(texts.get(d[2], ""))] or dates
    date, written, line = chosen = first[-1]

    def why(other_line: int) -> str:
        return "that one is the page's update" if _UPDATED.search(texts.get(other_line, "")) else "nearest the body"

    return chosen, [Note(other_line, f"another date, {other_written!r}, differs from the release date "
                                     f"{date.isoformat()}: chose line {line} ({why(other_line)})")
                    for other, other_written, other_line in dates if other != date]


_NUMERIC = re.compile(r"^(?P<first>\d{1,2})[/-](?P<second>\d{1,2})[/-](?P<year>\d{2}|\d{4})$")


def by_locale(date: dt.date, written: str, texts: list[str]) -> dt.date:
    """A numeric date either way round ("03/12/2025": read month first) read day first when the
    page writes its other dates day first ("4 June 2025") and never month first ("June 4, 2025")."""
    match = _NUMERIC.match(written.strip())
    if not match or int(match.group("first")) > 12 or int(match.group("second")) > 12 or date.day == date.month:
        return date
    text = "\n".join(texts)

    def written_so(pattern) -> bool:  # a date with its month's name in this order
        return any(m.group("month").lower().rstrip(".") in MONTHS for m in pattern.finditer(text))

    day_first = written_so(DATE_PATTERNS[1]) and not written_so(DATE_PATTERNS[0])
    return date.replace(month=date.day, day=date.month) if day_first else date


# "Open Heart Surgery Comes to Harrison - 11/1/2003": a page's title with its date after a dash or
# bar, or in brackets; "2022-10-04 Arrest Made", "May 8, 2025 - Headline": with its date before it
_DATED_TITLE = re.compile(r"^(?P<title>.*\w.*?)(?:\s+[-–—|]\s+(?P<date>[^-–—|]{6,30})"
                          r"|\s*[(\[](?P<bracketed>[^()\[\]]{6,30})[)\]]"
                          r"|\s+(?P<labelled>(?i:date|dated)\s*:\s*[^:]{6,30}))$")  # a form's "... DATE: 4/28/2011"
# (a wire's tag between slashes may stand between them: "2012-12-05 — /Travel Wire/ — Headline")
_TITLE_AFTER = re.compile(r"^\s*[-–—|:]?\s*(?:/[^/]{2,40}/\s*[-–—|:]?\s*)?(?P<title>[A-Z][\w'’-]*(?:\s+\S+){2,})$")


def dated_title(text: str):
    """A headline printed with its date after a dash or bar or in brackets, before it, or run into
    its last word where the page lost the space between them ("Fire on Main StreetMonday May 3,
    2010"): (the headline, (date, as written))."""
    match = _DATED_TITLE.match(text)
    dated = date_line(match.group("date") or match.group("bracketed") or match.group("labelled")) if match else None
    if dated:
        return match.group("title"), dated
    found = find_date(text[:40])
    after = _TITLE_AFTER.match(text[found[2]:]) if found else None
    dated = date_line(text[:found[2]]) if after else None
    if dated:
        return after.group("title"), dated
    for joint in re.finditer(r"(?<=[a-z])(?=[A-Z])", text):  # a lower-case letter, then a capital
        dated = date_line(text[joint.start():])
        if dated and len(text[:joint.start()].split()) >= 2:
            return text[:joint.start()], dated
    return None
