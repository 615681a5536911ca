"""What a line above the body is when it is no headline: a genre label, a date line, a label and
its value, a breadcrumb, a release number, a timestamp, a person's name and job title, an
address, an introduction to the text (`not_headline`); and the labels a page adds to a
headline, taken off (`strip_labels`, `split_caps`).
"""

from __future__ import annotations

import re

from .common import SENTENCE_END, word_count
from .contacts import ROLE_WORDS, name_like, split_name_role
from .dates import MONTHS, find_date
from .endmarks import IMMEDIATE

# "Press Release", "NEWS ADVISORY", "*** MEDIA ADVISORY ***", "Statement", "Press Releases":
# what kind of text this is, not what it says.
_GENRE = (r"(?:(?:press|news|media)\s+(?:releases?|advisory|advisories|statements?|alert|availability|center|centre|"
          r"room|conference)|news|release|statement|advisory|announcement|media|newsroom|press)")
GENRE_LABEL = re.compile(r"(?i)^\W*(?:official\s+|joint\s+)?" + _GENRE
                         + r"(?:\W+(?:for\s+immediate\s+release|archives?))?\W*$")
# "PRESS RELEASE - Headline", "RELEASE: 12-428 HEADLINE", "News Release #12-116", "EXHIBIT 99.1 ..."
_LABEL_PREFIX = re.compile(r"(?i)^\W*(?:" + _GENRE + r"|exhibit)\s*(?:no\.?|#)?\s*:?\s*\d[\d./-]*\s+"
                           r"|^\W*(?:" + _GENRE + r"|exhibit)\s*[:–—|/-]+\s*"
                           # "Media Release Bank Board Sets New Rules": the label run into a headline of four
                           # words or more (not "Press release by ...", which says whose)
                           r"|^\W*(?:press|news|media)\s+(?:release|statement|advisory)\s+"
                           r"(?=(?-i:[A-Z])\S*(?:\s+\S+){3})")
_NUMBER_ONLY = re.compile(r"(?i)^\W*(?:(?:" + _GENRE + r"|exhibit|no\.?)\s*(?:no\.?|#)?\s*:?\s*)?\d[\d./-]*\W*$"
                          # "File No. 23-104", "Case #2024-7", "Dossier nº 2023-580": a reference number
                          r"|^\W*(?:[^\W\d_]+\.?\s+){1,3}(?:n[º°o]\.?|no\.|#|number)\s*:?\s*\d[\d./-]*\W*$")
_BRACKETED_DATE = re.compile(r"\s*[\[(](?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2},?\s+)?\d{4}[\])]\s*$")
# "To: National Desk", "Incident Type: Shooting", "ISSUING OFFICER: Jane Roe", "Tag Archives: news"
LABEL_VALUE = re.compile(r"^\W*(?P<label>[^\W\d][\w'’ ./]{0,30}?)\s*:\s*(?P<value>\S.*)$")
# "Home › News", "News/Releases/Title": a path of the site; one slash between two words is none
# ("Public/Private Partnership", "HIV/AIDS")
_BREADCRUMB = re.compile(r"\s[›»>|]\s|[›»]|\w/[A-Z][^/\s]*/|\s/\s.*\s/\s")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_AGO = re.compile(r"(?i)\b(?:\d+|an?)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b")  # "1 week ago"
_DATE_WORDS = set(MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                             "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
_BYLINE = re.compile(r"(?i)^\s*by\s+\S")
# "Posted on", "Written by", "Filed under": a page's field whose value stands elsewhere
_FIELD_NAME = re.compile(r"(?i)^\W*(?:[^\W\d_]+\s+)?[^\W\d_]+(?:ed|en)\s+(?:on|by|in|under|at)\W*$")
# "From: News Desk <news@...>", "To: ...", "Sent: ...": an e-mailed release's header ("Subject:" is its headline)
_MAIL_FIELD = re.compile(r"(?i)^\W*(?:from|to|cc|bcc|sent|reply-to)\s*:\s*(?=.*[@<\[])")
# "123 Main Street, Oakdale, NJ 07999", "40 Orchard Row, Suite 2": a street number, then the street
# (a building's name may come first: "Oakdale Health Centre, 40 Orchard Row, ...")
_ADDRESS = re.compile(r"^\s*(?:[A-Z][^,\d]{2,60},\s*)?\d{1,5}\s+[A-Z][\w.'’ -]*?\b"
                      r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|"
                      r"Lane|Ln|Way|Place|Pl|Square|Sq|Row|Court|Ct|Suite|Floor)\b"
                      r"(?:\.?\s*$|.*(?:,|\b\d{5}(?:-\d{4})?$))")
# "Thunder Bay, ON  P7B 2X9", "Oakdale, OR 97001", "Harbourside, Leeds LS1 4AP": a place ending in its postal code
_POSTCODE_LINE = re.compile(r"^\s*[A-Z][\w.'’ -]{1,40},\s*[A-Z][\w.]{1,20}\s+"
                            r"(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\s*$")
# "Parks Office • 12 Mill Road • Oakdale, OR 97001": a letterhead's fields between bullets, an address among them
_LETTERHEAD_BULLET = re.compile(r"\s+[•·|]\s+")
_CAPS_THEN_TITLE = re.compile(r"^(?P<caps>(?:[A-Z0-9][A-Z0-9'’&.,:-]*\s+){3,}[A-Z0-9][A-Z0-9'’&.,:-]*)\s+"
                              # the deck's first word: "Oakdale's", "NHB’s"
                              r"(?P<rest>(?:[A-Z][a-z]|[A-Z]+[‘’‟'][a-z]\s)[\w'’-]*(?:\s+\S+){2,})$")


def split_caps(text: str) -> tuple[str, str] | None:
    """"CAPITAL HEADLINE Title-Case Subhead" printed on one line: the two parts."""
    match = _CAPS_THEN_TITLE.match(text)
    return (match.group("caps"), match.group("rest")) if match else None


_SUBJECT = re.compile(r"(?i)^\W*(?:subject|title|headline)\s*:\s*(?=\S)|\s+\|\s*$")


# "... on Alarm Call - Community Advisory", "... | News Release": the genre after the headline
_LABEL_SUFFIX = re.compile(r"(?i)\s+[-–—|:]\s*(?:(?:community|press|news|media|public)\s+)?"
                           r"(?:advisory|release|statement|notice|alert|announcement)\s*$")
# "[ARCHIVED] Water Interruption Notice": the page's note on the item's status
_STATUS_PREFIX = re.compile(r"(?i)^\s*\[(?:archived|updated?|new|closed|expired|corrected|correction)\]\s*")
# A site's language switch names each language in itself ("Français", "Español", "中文"): glued
# to the end of an English headline, it is the link, not the headline's last word. The names are
# Babel's (a test checks them), written out: loading 14 locales cost every `i18n import` 68 ms.
ENDONYMS = {"fr": "français", "es": "español", "de": "Deutsch", "it": "italiano", "pt": "português", "zh": "中文",
            "ko": "한국어", "vi": "Tiếng Việt", "ar": "العربية", "ru": "русский", "ja": "日本語", "ht": "Kreyòl Ayisyen",
            "pl": "polski", "nl": "Nederlands"}
_LANGUAGE_SWITCH = re.compile(r"(?i)\s+[\[(|]?\s*(?:" + "|".join(map(re.escape, ENDONYMS.values()))
                              + r")\s*[\])|]?\s*$")


ORGANISATION_END = re.compile(r"(?i)\b(?:company|co\.|inc\.?|incorporated|corp(?:oration|\.)?|group|ltd\.?|limited"
                               r"|llc|plc|holdings|bank|university|college|department|council|agency|authority"
                               r"|commission|association|foundation|society|institute|ministry|office|airport"
                               r"|hospital|museum|library|zoo|trust|club|school|district|league|union|alliance"
                               r"|coalition|network|federation|party|church|centre|center|service|police|board)$")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|of|for|the|and|&)$")
_VERB_FORM = re.compile(r"^[A-Za-z]{3,}(?:s|ed|ing)$")  # "Buys", "Named", "Opening": a headline's verb


def organisation_name(text: str, named: bool = False) -> bool:
    """"Research Corporation", "Bank of Oakdale": capitalised words ending in an organisation's
    kind, none before "of" or "for" a verb's form ("Acme Buys Widget Company" is a headline)
    unless named (where only a name stands: "... – National Consumers League")."""
    words = text.split()
    before_of = words[:next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))]
    return (2 <= len(words) <= 6 and bool(ORGANISATION_END.search(text)) and all(map(_NAME_WORD.match, words))
            and (named or not any(_VERB_FORM.match(word) for word in before_of[:-1])))


_SITE_SUFFIX = re.compile(r"\s+(?:[–—|]|-{1,2})\s+(?P<site>[^–—|]+?)\s*$")


def strip_labels(text: str) -> str:
    """A headline without the genre label, release number or bracketed date a page adds to it,
    the label of an e-mail's subject ("Subject: ..."), or a language switch glued to its end."""
    stripped = _LABEL_PREFIX.sub("", _SUBJECT.sub("", text), count=1)
    stripped = _LABEL_SUFFIX.sub("", _STATUS_PREFIX.sub("", stripped))
    stripped = _LANGUAGE_SWITCH.sub("", _BRACKETED_DATE.sub("", stripped))
    site = _SITE_SUFFIX.search(stripped)
    if site and organisation_name(site.group("site"), named=True):
        stripped = stripped[:site.start()]  # "Headline – Oakdale Consumers League": the page's <title>
    return stripped.strip() if word_count(stripped) >= 2 else text.strip()


# "NOT FOR PUBLICATION", "For planning purposes only", "EMBARGOED UNTIL ...": how to handle the text
_HANDLING = re.compile(r"(?i)\b(?:not\s+for\s+(?:publication|broadcast|distribution|release)|for\s+planning\s+purposes"
                       r"|embargoed\b|embargo\s+(?:until|till|to)\b|under\s+embargo|hold\s+for\s+release)")
# "The following statement is issued on behalf of ...", "Below is the text of ...": what follows, introduced
_INTRODUCES = re.compile(r"(?i)^\W*(?:the\s+following|below\s+(?:is|are)|what\s+follows)\b")
# "National Parks Service (Denver)": an aggregator's line naming who issued the text, and where
_ISSUER = re.compile(r"^(?P<name>[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){1,7})\s+\([A-Z][A-Za-z .'-]{1,30}\)$")
# "Riverside Rowing Club News story", "Harbour Unions Joint Media Statement": a site's, a section's or
# an issuer's name over the genre of what follows
_NAME_AND_GENRE = re.compile(r"^(?:[A-Z][\w'’&.-]*\s+){2,6}(?i:(?:joint\s+)?(?:news|press|media)\s+"
                             r"(?:story|stories|item|article|post|releases?|statements?|advisory|alert|update))$"
                             # "Press Release from Harbour Unions": the genre, then who issued it
                             r"|^(?i:(?:joint\s+)?(?:news|press|media)\s+(?:releases?|statements?|advisory)\s+from\s+)"
                             r"(?:the\s+)?(?:[A-Z][\w'’&.-]*\s*){1,8}$")
_WEB_ADDRESS_AFTER = re.compile(r"\s*[-–—|:]+\s*(?:https?://|www\.)\S+\s*$")  # "... News Release -- www.oakdale.org"
_ISSUER_WORD = re.compile(r"\b(?:Service|Department|Ministry|Office|Agency|Council|Police|Government|Authority"
                          r"|Commission|University|Bureau|Embassy|Corporation|Inc|Ltd|Court|Board)\b")


def not_headline(text: str) -> str | None:
    """What a short line above the body is, when it cannot be the headline (or None)."""
    words = re.findall(r"[^\W\d_][\w'’]*", text)
    if GENRE_LABEL.match(text) or _NAME_AND_GENRE.match(_WEB_ADDRESS_AFTER.sub("", text).strip()) or (
            IMMEDIATE.match(text) and not text[IMMEDIATE.match(text).end():].strip()):
        return "a label"
    if _HANDLING.search(text):
        return "a notice of how to handle the text"
    if len(words) > 30 and not SENTENCE_END.search(text) and sum(w[:1].islower() for w in words) * 2 < len(words):
        return "a run of words too long for a headline (a site's menu or tags)"  # (not prose: a deck)
    if _INTRODUCES.match(text):
        return "an introduction to the text"
    issuer = _ISSUER.match(text.strip())
    if issuer and _ISSUER_WORD.search(issuer.group("name")):
        return "the name of who issued it"
    if date_note(text):
        return "a date line"
    if text.strip()[:1] in "“\"«" and text.strip()[-1:] in "”\"»":
        return "a quotation, a banner's epigraph"
    if _NUMBER_ONLY.match(text):
        return "a release number"
    if len([w for w in words if w.lower().rstrip(".") not in _DATE_WORDS]) < 2:
        return "no words of a headline"
    if _BYLINE.match(text):
        return "a byline"
    if _TIME.search(text) and re.search(r"\d{4}", text) or _AGO.search(text):
        return "a timestamp"
    if _MAIL_FIELD.match(text):
        return "a field of an e-mail's header"
    if person_and_title(text):
        return "a person's name and job title"
    if any(_ADDRESS.search(part) or _POSTCODE_LINE.match(part) for part in _LETTERHEAD_BULLET.split(text)):
        return "a postal address"
    label = LABEL_VALUE.match(text)
    if label and not text.rstrip().endswith((".", "!", "?")):
        name, value = label.group("label"), label.group("value")
        if (name.isupper() and word_count(name) <= 3 and not (value.isupper() and word_count(value) >= 5)) or \
                value[:1].islower() or (
                word_count(name) <= 2 and word_count(value) <= 3):
            return "a label and its value"
        if person_and_title(value):  # "From: Jo Roe, City Manager"
            return "a person's name and job title"
    if _BREADCRUMB.search(text) and (word_count(text) <= 12 or len(re.findall(r"\s[›»>]\s", text)) >= 2) \
            and not SENTENCE_END.search(text):
        return "navigation (a breadcrumb)"
    if text.rstrip().endswith(":") or _FIELD_NAME.match(text):
        return "a label"
    if text[:1].islower():
        return "not a headline's case"
    return None


def date_note(text: str) -> bool:
    """"May 8, 2025 | Press release", "Page captured January 3, 2026": a full date and three
    words or fewer besides, a genre label aside."""
    found = find_date(text)
    if found is None:
        return False
    rest = (text[:found[1]] + " " + text[found[2]:]).strip(" |-–—,:()")
    return not rest or bool(GENRE_LABEL.match(rest)) or word_count(rest) <= 3


# a public office: "Minister for Education", "Mayor", "Attorney General"
_OFFICE = re.compile(r"(?i)(?:minister|commissioner|mayor|governor|senator|councillor|councilor|premier|treasurer|"
                     r"attorney|sheriff|chief|superintendent|principal|ambassador|consul|chancellor|dean|"
                     r"representative|mp|mla|general)")


# "The Honourable Jo Roe MP", "Minister for Parks The Hon. Jo Roe": a name after its honorific, its
# office before it
_HONOURED = re.compile(r"^(?P<office>(?!(?:The|Rt|Right)\s)(?:[A-Z][\w'’-]*\s+)"
                       r"(?:(?:of|for|the|and)\s+|[A-Z][\w'’-]*\s+){0,5})?"
                       r"(?:The\s+)?(?:Rt\.?\s+|Right\s+)?(?:Hon\.|Hon|Honourable|Honorable)\s+"
                       r"(?:[A-Z][\w'’.-]*\s*){1,3}(?:\s*,?\s*(?:MP|MLA|MPP|MHA|MSP|TD|AM|QC|KC|SC))?$")


def person_and_title(text: str) -> bool:
    """"Dana Whitfield, Director of Communications", "Jo Roe, Minister for Education", "Minister for
    Education The Honourable Jo Roe": who speaks for the release, not what it says ("Parks Board –
    New Rules for Visitors" names a body: it does)."""
    honoured = _HONOURED.match(text.strip())
    if honoured:
        office = honoured.group("office")
        return not office or bool(_OFFICE.search(office) or ROLE_WORDS.search(office))
    name, role = split_name_role(text)
    words = [word.split("-")[-1] for word in role.split()]  # "Vice-Chancellor", "Co-Founder": the office's word
    return bool(role) and word_count(name) <= 4 and name_like(name) and not ORGANISATION_END.search(
        name) and 0 < len(words) <= 6 and bool(
        ROLE_WORDS.fullmatch(words[-1]) or _OFFICE.fullmatch(words[-1])
        or ((ROLE_WORDS.fullmatch(words[0]) or _OFFICE.fullmatch(words[0])) and words[1:2] in (["of"], ["for"])))
