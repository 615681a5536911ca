"""The headline chosen as an editor chooses it: which lines above the body (see lead.py) could
be a headline, and which one is, from evidence across the header.

What a line is when it is no headline is not_headline.py's. `choose` picks the headline (and
subhead) among the candidate lines, the document's own title first, and says how sure it is;
headline_model.py weighs its choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .common import line_at, word_count
from ..documents import Block, Line, md_escape
from .contacts import PHONE
from .dates import find_date
from .not_headline import LABEL_VALUE, ORGANISATION_END, organisation_name, strip_labels


def headline_case(text: str) -> bool:
    """Title Case or CAPITALS, as headlines are set (a subhead is often in sentence case)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 > len(words)


# "D.C.", "U.S.", "Inc.": a line ending in an abbreviation ends with its dot, not a full stop
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Ltd|Corp|Co|Jr|Sr|St)\.)$")


def full_stop(text: str) -> bool:
    text = text.rstrip()
    return text.endswith(".") and not _ABBREVIATION_END.search(text)


# "... in English only. You will find ...": a full stop, then the next sentence's capital
_TWO_SENTENCES = re.compile(r"[a-z][.!?][”\"’]?\s+[A-Z][a-z]")


def is_sentence(text: str) -> bool:
    """A summary sentence, or prose of two: it may be a subhead, not the headline."""
    text = text.rstrip()
    if word_count(text) >= 12 and _TWO_SENTENCES.search(text):
        return True
    return text.endswith(".") and word_count(text) >= 8 and not _ABBREVIATION_END.search(text)


@dataclass
class Candidate:
    text: str  # as the headline would be written (labels removed)
    line: int
    segment: int  # how many header markers (dates, FOR IMMEDIATE RELEASE, contacts) stand above it
    position: int  # order in the header
    written: str = ""  # the line as the page printed it
    marked: bool = False  # the document marks it as its title (<h1>, Word's Title style)
    last_line: int = 0  # the last input line of a headline printed over several lines


# "of", "by", "and": a word that links the phrases of a headline set one phrase a line
CONNECTOR = re.compile(r"(?i)^\s*(?:of|by|for|and|with|to|from|in|on|at|into|over|&|versus|vs\.?)\s*$")
_OPENS_WITH_CONNECTOR = re.compile(r"(?i)^(?:of|by|for|and|with|to|from|in|on|at|into|over|&|the|a|an|as)\s")
_ENDS_WITH_CONNECTOR = re.compile(r"(?i)(?:\s(?:of|by|for|and|with|to|from|in|on|at|into|over|&|the|a|an|as)|,)$")


def _style(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    return "caps" if letters and all(c.isupper() for c in letters) else "title" if headline_case(text) else ""


# "REPORTS", "Announces", "Names": a headline's verb, the third person's -s
_OPENS_WITH_VERB = re.compile(r"^(?:[A-Z][a-z]+|[A-Z]+)(?<![Ss]{2})[Ss]\s+\S+\s+\S+")


def _continues(upper: Candidate, lower: Candidate, width: int | None) -> bool:
    """The line under upper goes on with its phrase: no blank line between them, in one part of
    the header, and a linking word alone on a line, or one ending the upper line or opening the
    lower in the same typography ("MAYOR OPENS" / "OF THE NEW BRIDGE"); or a quotation left open,
    closed in the next line, a blank line between them or not ("PARK IS “GETTING" / "BETTER,” SAY ...")."""
    if upper.text.count("“") > upper.text.count("”") and "”" in lower.text and lower.segment == upper.segment \
            and lower.line <= (upper.last_line or upper.line) + 3:
        return True
    if lower.line != (upper.last_line or upper.line) + 1 or lower.segment != upper.segment:
        return False
    if CONNECTOR.match(upper.text) or CONNECTOR.match(lower.text) or upper.text.endswith(";"):
        return True  # (a semicolon joins two clauses of one deck)
    if ORGANISATION_END.search(upper.text) and _OPENS_WITH_VERB.match(lower.text) and word_count(upper.text) <= 6:
        return True  # "ARGOSY GAMING COMPANY" / "REPORTS THIRD QUARTER EARNINGS": its subject, then its verb
    if _style(upper.text) == _style(lower.text) == "caps" and not re.search(r"[.!?:]$", upper.text):
        return True  # a headline set in capitals wraps where the line is full, whatever the word
    if (width and _style(upper.text) == _style(lower.text) == "title" and len(upper.text) >= 0.85 * width
            and word_count(lower.text) <= 4 and not re.search(r"[.!?:]$", upper.text)):
        return True  # in text wrapped at a width, one in Title Case too: its last words under a full line
    return bool(_style(upper.text) and _style(upper.text) == _style(lower.text)
                and (_ENDS_WITH_CONNECTOR.search(upper.text) or _OPENS_WITH_CONNECTOR.match(lower.text)))


def _printed_whole(upper: Candidate, lower: Candidate, candidates: list[Candidate]) -> bool:
    """The two lines, joined, are a line the page prints elsewhere whole: a headline printed again, wrapped."""
    return lower.line == (upper.last_line or upper.line) + 1 and any(
        same_headline(f"{upper.text} {lower.text}", other.text) for other in candidates if other.line < upper.line)


def wrap_width(blocks: list[Block]) -> int | None:
    """The width a document's text was wrapped at (a PDF's, an e-mail's: most lines of its
    paragraphs but their last as long), or None: a paragraph a line."""
    inner = sorted(len(line.plain) for block in blocks if len(block.lines) >= 3 for line in block.lines[:-1])
    width = inner[len(inner) * 4 // 5] if len(inner) >= 6 else 0
    return width if 50 <= width <= 100 else None


def wraps_headline(candidates: list[Candidate], text: str, line: int, segment: int) -> bool:
    """A line that only goes on the headline-case line above it, no blank between: in lower case,
    opening with a linking word ("Utility Reminds Customers" / "to Be Prepared for Outages"), or
    the last word or two of a headline set in capitals ("NAMED TO THE STATE HONOR" / "ROLL").
    Joined to it (join_wrapped), or set aside if it is not."""
    above = candidates[-1] if candidates else None
    if not (above and (above.last_line or above.line) == line - 1 and above.segment == segment):
        return False
    if _style(above.text) == _style(text) == "caps":
        return word_count(text) <= 2 and not re.search(r"[.!?:]$", above.text) and ":" not in text
    return bool(text[:1].islower() and _OPENS_WITH_CONNECTOR.match(text) and not text.startswith("by ")
                and headline_case(above.text) and headline_case(text))  # ("by Jo Roe": a byline)


def join_wrapped(candidates: list[Candidate], width: int | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """A headline printed over several lines, one phrase a line or wrapped where a phrase goes
    on, as one candidate: (the candidates, the lines left alone that only go on another: a
    linking word, or a line in lower case, which are none)."""
    joined: list[Candidate] = []
    for candidate in candidates:
        if joined and (_continues(joined[-1], candidate, width) or _printed_whole(joined[-1], candidate, candidates)):
            upper = joined[-1]
            joined[-1] = Candidate(f"{upper.text} {candidate.text}", upper.line, upper.segment, upper.position,
                                   f"{upper.written} {candidate.written}", upper.marked or candidate.marked,
                                   candidate.last_line or candidate.line)
        else:
            joined.append(candidate)
    alone = [c for c in joined if CONNECTOR.match(c.text) or c.text[:1].islower()]
    return [c for c in joined if c not in alone], alone


@dataclass
class Choice:
    headline: Candidate | None
    subtitle: Candidate | None
    others: list[Candidate]  # candidates that are page text above the release
    doubt: str = ""  # why the choice is uncertain, naming the rival
    weak: str = ""  # why the choice is uncertain when no rival stands


def choose(candidates: list[Candidate], lead: str = "") -> Choice:
    """The headline among the lines above the body: the last run of lines that could be one,
    nearest the body; of two, a short page or section title (four words or fewer) gives way
    to the longer line under it, and so does a line that says nothing the lead (the body's
    first paragraph) says when the line under it does, or, both set as headlines with a blank
    line between them, half as much as it says of the line under; a line of three words or
    fewer under a headline is a caption. When the lead repeats none of the chosen line's words but those of
    another title of four words or more, that title is the headline, with the doubt named. A
    summary sentence is a subhead only. A line that repeats the headline goes."""
    if not candidates:
        return Choice(None, None, [])
    marked = next((c for c in candidates if c.marked), None)
    if marked is not None:
        return _marked(candidates, marked)
    # a line ending in a comma goes on in the next ("Arts Council of Wales," over its date): no headline
    titles = [c for c in candidates if not is_sentence(c.text) and not c.text.rstrip().endswith(",")
              and not organisation_name(c.text)]  # (its subject when a headline wraps: "ACME CORP" / "REPORTS ...")
    if not titles:
        return Choice(None, None, list(candidates))
    segment = titles[-1].segment
    group: list[Candidate] = []
    set_apart = ""  # a line that could be the headline, parted from the text by a paragraph of prose
    for candidate in candidates:  # a line the page repeats counts once
        if candidate.segment != segment:
            continue
        if is_sentence(candidate.text) and any(t.position > candidate.position for t in titles):
            set_apart = next((c.text for c in reversed(group) if word_count(c.text) >= 4), set_apart)
            group = []  # a section's introduction: a headline and its subhead stand together
        elif candidate in titles and not any(same_headline(candidate.text, c.text) for c in group):
            group.append(candidate)
    doubt = set_apart
    while len(group) >= 2 and full_stop(group[-1].text) and any(
            not full_stop(c.text) and headline_case(c.text) for c in group[:-1]):
        group = group[:-1]  # photo captions under the headline: a headline has no full stop
    while len(group) >= 3 and word_count(group[-1].text) <= 4 < word_count(group[-2].text):
        group = group[:-1]  # a section's or category's name under the headline and its deck
    headline = group[-1]
    subtitle = None
    earlier = [c for c in titles if c.segment < segment and headline_case(c.text)]
    if len(group) == 1 and not headline_case(headline.text) and earlier and not (
            lead and echo(headline.text, lead) >= max(0.5, 3 * echo(earlier[-1].text, lead))):
        headline = earlier[-1]  # a sentence-case subhead under the date and contacts
        subtitle = None if restates(group[0].text, headline.text) else group[0]
    elif len(group) >= 2:
        first, second = group[-2], group[-1]
        if word_count(second.text) <= 3:
            headline = first
        elif word_count(first.text) <= 4 and word_count(second.text) > word_count(first.text):
            headline = second
        elif full_stop(first.text) and not full_stop(second.text):
            headline = second  # a page's or section's tagline over the headline: a headline has no full stop
        elif lead and not content_words(first.text) & content_words(lead) and \
                content_words(second.text) & content_words(lead):
            headline = second  # a site's name or menu over the headline: the lead repeats the headline's words
        elif lead and _style(first.text) and _style(second.text) and second.line > (first.last_line or first.line) \
                + 1 and echo(second.text, lead) >= 0.5 and echo(first.text, lead) * 2 <= echo(second.text, lead):
            headline = second  # two lines set apart as headlines: the lead repeats the headline, not a category
        else:
            headline, subtitle = first, second
        rival = second if headline is first and subtitle is None else first
        if rival is not headline and word_count(rival.text) >= 4 and rival.text.casefold() != headline.text.casefold():
            doubt = rival.text
    mine = echo(headline.text, lead) if lead else 1.0
    echoed = [c for c in titles if c is not headline and c is not subtitle and headline_case(c.text) and (
        (word_count(c.text) >= 4 and content_words(c.text) & content_words(lead) and not mine)
        or (word_count(c.text) >= 2 and echo(c.text, lead) >= max(0.5, 3 * mine)))]
    if echoed:  # the lead repeats none or few of the chosen line's words and more of another title's: that one
        doubt, headline, subtitle = headline.text, max(reversed(echoed), key=lambda c: (
            min(3, len(content_words(c.text) & content_words(lead))), echo(c.text, lead))), None
    twice = [c for index, c in enumerate(candidates) if any(same_headline(c.text, d.text) for d in candidates[:index])]
    if twice and twice[-1].segment >= headline.segment and not same_headline(twice[-1].text, headline.text) \
            and word_count(twice[-1].text) >= 5 and not is_sentence(twice[-1].text) and echo(twice[-1].text, lead):
        # printed twice, as a page's title and its heading, too long for a site's name, and the lead repeats it
        doubt, headline = headline.text, twice[-1]
        under = _marked(candidates, headline).subtitle
        subtitle = under if under is not None else subtitle if subtitle and subtitle.position > headline.position \
            else None
    if not doubt:  # another line that could be the headline, in another part of the header
        rivals = [c for c in titles if c is not headline and c is not subtitle and word_count(c.text) >= 3
                  and c.segment != headline.segment and not same_headline(c.text, headline.text)]
        if rivals:
            doubt = min(rivals, key=lambda c: abs(c.position - headline.position)).text
    plain = [c for c in candidates if same_headline(c.text, headline.text) and not LABEL_VALUE.match(c.text)]
    if plain and LABEL_VALUE.match(headline.text):  # "Event/Date: Revised hours ..." repeats the headline
        headline = plain[-1]
    if subtitle is None:
        subtitle = summary_under(candidates, headline)
    others = [c for c in candidates if c is not headline and c is not subtitle]
    weak = "(the lead repeats none of its words)" if lead and not doubt and echo(headline.text, lead) == 0 else ""
    return Choice(headline, subtitle, others, doubt, weak)


def summary_under(candidates: list[Candidate], headline: Candidate) -> Candidate | None:
    """The sentence summing up the release under its headline (a standfirst): the header's last
    line, under its date; or the line right under the headline, saying two of its words, over the
    date or over the body (a lead that opens with its dateline)."""
    after = [c for c in candidates if c.position > headline.position and not same_headline(c.text, headline.text)]
    if not after or not is_sentence(after[0].text):
        return None
    under = after[0]
    if under is candidates[-1] and under.segment > headline.segment:
        return under
    right_under = under.segment == headline.segment and under.position == headline.position + 1
    over_date_or_body = under is candidates[-1] or any(c.segment > headline.segment for c in after)
    says_its_words = len(content_words(under.text) & content_words(headline.text)) >= 2
    return under if right_under and over_date_or_body and says_its_words else None


def sentence_over_marker(candidates: list[Candidate], segments: int, lead: str = "") -> Choice | None:
    """When no line above the body could be a headline: the last of them, if it is one sentence
    of thirty words or fewer set over the header's date or contacts (segments: how many markers
    the header has; a headline some sites write as a sentence, "Residents are asked to keep
    pavements clear."), printed twice (the page's title and its heading), over a lead that
    repeats half its words, or the only line between the header's markers and the text, with the
    doubt named; else None."""
    last = candidates[-1] if candidates else None
    if last is None or word_count(last.text) > 30 or not last.text[:1].isupper() \
            or _TWO_SENTENCES.search(last.text.rstrip()):
        return None
    if last.segment < segments:
        return Choice(last, None, candidates[:-1], weak="(a sentence over the date: no line is set as a headline)")
    if any(same_headline(last.text, c.text) for c in candidates[:-1]):  # the page's title and its heading
        return Choice(last, None, candidates[:-1], weak="(a sentence printed twice over the text: no line is set "
                                                        "as a headline)")
    if echo(last.text, lead) >= 0.5:
        return Choice(last, None, candidates[:-1], weak="(a sentence whose words the text repeats: no line is set as "
                                                        "a headline)")
    if len(candidates) == 1 and segments:  # under the date: "May 3, 2021" / "Residents were asked ... today."
        return Choice(last, None, [], weak="(the only line over the text, a sentence: no line is set as a headline)")
    return None


# What a line over the text may be read as and still be its headline when no other line could be
_READ_ANYWAY = ("a label", "a label and its value", "a date line", "a quotation, a banner's epigraph")


def read_anyway(not_headlines: list[tuple[Candidate, str]], candidates: list[Candidate]) -> Choice | None:
    """With no line that could be the headline: of the lines over the body that are none (each with
    why), the nearest read as a label, a date line or a quotation, of three words or more ("Fiji
    Police News Update", "Day of Mourning: Sept 19, 2022"), as a page that titles its notices so
    prints it; named uncertain. Else None."""
    found = [(line, why) for line, why in not_headlines if why in _READ_ANYWAY and word_count(line.text) >= 3]
    if not found:
        return None
    return Choice(found[-1][0], None, candidates, weak=f"(the only line over the text, read as {found[-1][1]}: "
                                                       "no line is set as a headline)")


def deck_under_given(candidates: list[Candidate], title: str, segments: int) -> Candidate | None:
    """With the headline given: the subhead (deck) the text prints. The line under the line that
    repeats the headline, in the same part of the header; when none repeats it, the last line
    over the text, after the header's markers (segments: how many), or the only line over it
    in a header with none, if it is written as a deck (a phrase of six words or more in
    sentence case: a headline is set in title case or capitals)."""
    repeats = [c for c in candidates if same_headline(c.text, title)]
    if repeats:
        under = [c for c in candidates if c.position > repeats[-1].position and not same_headline(c.text, title)]
        return under[0] if under and under[0].segment == repeats[-1].segment and word_count(under[0].text) >= 4 \
            else None
    last = candidates[-1] if candidates else None
    if last is None or (last.segment == 0 and (len(candidates) > 1 or segments)) or word_count(last.text) < 6 \
            or headline_case(last.text):
        return None
    return last if not (last.text.rstrip().endswith(".") and word_count(last.text) > 40) else None


def _marked(candidates: list[Candidate], headline: Candidate) -> Choice:
    """The document's own title is the headline; the line under it, in the same part of the
    header, its subhead."""
    under = [c for c in candidates if c.position > headline.position and not same_headline(c.text, headline.text)]
    subtitle = under[0] if under and under[0].segment == headline.segment else None
    others = [c for c in candidates if c is not headline and c is not subtitle]
    return Choice(headline, subtitle, others)


LEAD_WORDS = 60  # the lead's words a headline's are compared with: a text run into one paragraph repeats any line


# English words of four letters or more that say nothing of a text's subject
_FUNCTION_WORDS = {"from", "with", "that", "this", "have", "will", "were", "their", "there", "about", "into",
                   "after", "over", "they", "been", "also", "more", "than", "which", "when", "would", "what",
                   "your", "them", "other", "only", "some", "such", "these", "those", "while", "under"}


def content_words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text)} - _FUNCTION_WORDS


def echo(line: str, lead: str) -> float:
    """The share of a line's words that the lead repeats."""
    words = content_words(line)
    return len(words & content_words(lead)) / len(words) if words else 0.0


def restates(line: str, headline: str) -> bool:
    """A line shorter than the headline, half of whose words the headline has: a link to the
    release or a caption naming it, not a subhead (which says more)."""
    words = content_words(line)
    return (word_count(line) < word_count(headline) and bool(words)
            and len(words & content_words(headline)) * 2 >= len(words))


def headline_words(text: str) -> list[str]:
    """A headline's words without its labels, in one case, punctuation aside."""
    return re.sub(r"[\W_]+", " ", strip_labels(text).casefold()).split()


def same_headline(a: str, b: str) -> bool:
    """The same headline, however labelled ("Event/Date: Revised hours start May 4" repeats
    "Revised hours start May 4")."""
    def keys(text: str) -> set[str]:
        labelled = LABEL_VALUE.match(text)
        texts = [text, labelled.group("value")] if labelled else [text]
        return {" ".join(headline_words(t)) for t in texts}
    return bool(keys(a) & keys(b))


def run_in_header(block, title: str):
    """The header run into the first paragraph, the headline repeated after it ("(cell) May 21,
    2009 Jo Roe 555-0100 (cell) Headline Words The text ..." where the lines of a header were
    wrapped into one another): (the header's text, its date (date, as written) if any, its
    contact text, the paragraph after the headline), or None.
    Only when what stands before the headline holds a phone number or a date, and the text after
    it starts as text does, not in lower case."""
    words = title.split()
    match = re.search(r"\s+".join(re.escape(w) for w in words), block.plain[:400], re.I) if len(words) >= 3 else None
    prefix = block.plain[:match.start()] if match else ""
    rest = block.plain[match.end():].strip() if match else ""
    if not (prefix.strip() and rest and (PHONE.search(prefix) or find_date(prefix))) or rest[:1].islower():
        return None  # (the headline's words inside a sentence of the text: "... a fire classified as Fire In Open in")
    number = line_at(block.lines, match.end())
    dated = find_date(prefix)
    contacts = prefix[:dated[1]] + " " + prefix[dated[2]:] if dated else prefix
    contacts = re.sub(r"(?i)^\W*(?:(?:media|press)\s+)?contacts?\s*:|\bfor\s+immediate\s+release\b", " ", contacts)
    return (prefix.strip(), [(dated[0], prefix[dated[1]:dated[2]])] if dated else [], " ".join(contacts.split()),
            Block([Line(rest, md_escape(rest), number)], block.kind))
