"""What a web page adds around a release: share widgets, navigation, credits, archive banners,
comment threads, footers, horizontal rules, rows of links between bars (tags, categories),
lines in another script than the page's, page chrome.

`residue(text)` names the kind of a line a page added (or None): one row of _RESIDUE per
shape; `page_lines(texts)` the lines known by their place (a menu, another script).
`find_chrome(documents)` finds the blocks repeated verbatim in every file of a batch.
"""

from __future__ import annotations

import re

from ..documents import Incoming
from ..errors import excerpt
from .common import SENTENCE_END, Note, fold, sentences
from .contacts import is_contact_line
from .dates import date_line

_SHARE = r"""
    spread\ the\ love | (?:social\ )?share(?:\ this)?(?:\ (?:post|article|page|story))?(?:\ (?:on|via)\ \w+)?
  | share\ via
  | tweet(?:\ this)? | pin\ it | like\ this | like\ loading\W* | loading\W*
  | print(?:\ this(?:\ (?:page|article|story|post|(?:press\ |news\ |media\ )?release))?)? | print\ friendly.*
  | email\ this | (?:(?:go\ )?back\ )?(?:save|e-?mail|share|send|cite)\ this\ (?:article|page|story|post|item|link)
    (?:\ to\ a\ friend)?
  | copy\ link | .{0,80}?<?\s*\d{1,2}\s+mins?\ read | total\ pages?\s*:\s*\d+
  | file\ type\s*:\s*\w{2,5}\b.{0,40}
  | read\ more | continue\ reading.* | (?:show|see|view|read)\ (?:the\ )?full\ (?:article|story|text|release)
  | click\ to\ (?:share|print|email).* | click\ here\b.{0,80}
  | (?:posted\ in|filed\ under)\ .* | (?:in\ )?(?:categories|category|tags?)\s*:.* | follow\ us\ on\ .*
  | this\ entry\ was\ posted\ in\b.{0,120} | bookmark\ the\ permalink | related\ [\w ]{1,20}:.{0,120}
  | sign\ up\b.{0,80}\b(?:newsletter|e-?mail|alerts?|updates)\b.* | subscribe(?:\ to\ our\ newsletter)?
  | .{0,40}\b(?:log\ ?in|sign\ in|register)\b.{0,30}\bcomments?\b.* | .{0,60}\bconsider\ sharing\b.*
  | advertisements?(?:\ [-–—]\ scroll\ to\ continue(?:\ reading)?)? | sponsored(?:\ content)?
  | jump\ to:?\ navigation,?\ search
  | [^.!]{0,40}\bour\ (?:free\ )?(?:\w+\ )?newsletter\b[^.!]{0,40}\? | subscribe\ to\b.{0,60}\bnewsletter\b.{0,120}
  | email\ (?:this\ page|to\ a\ friend) | printer[-\ ]friendly(?:\ (?:version|page))? | bookmark(?:\ this)? | embed
  | rss(?:\ feeds?)? | (?:like|follow)\ us(?:\ on\ \w+)? | (?:watch|play|view)\ (?:the\ )?video
  | download\ (?:the\ )?(?:pdf|file|document|report)
  | .{0,80}[(\[](?:pdf|docx?|xlsx?|pptx?|mp3|mp4|zip)\b[^)\]]{0,30}[)\]]
  | views?\s*:\s*\d[\d,]* | \d[\d,]*\ views
  | (?:posted|published)\ by\ [^\d]{1,40} | stay\ connected | connect\ with\ us | (?:join\ us|find\ us)\ online
  | (?:follow|find|like|connect\ with|join)\ (?:us|[\w.@-]+)\ on\ (?:facebook|twitter|x|instagram|youtube|linkedin
      |tiktok|flickr|threads|bluesky|mastodon)\b[^.!?]{0,80}
  | (?:(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email|e-mail|telegram|print|messenger|tumblr
      |pocket|mastodon|bluesky|threads)[\s|•·,/]*)+"""
_FEEDBACK = r"""
    was\ this\ (?:page|article|information)\ (?:helpful|useful)\?? | yes\ no | rate\ this\ (?:page|article)
  | report\ a\ problem(?:\ with\ this\ page)? | (?:this\ (?:web)?site|we)\ uses?\ cookies\b.{0,160}
  | accept(?:\ all)?(?:\ cookies)? | (?:manage|reject)\ (?:all\ )?cookies | cookie\ (?:settings|preferences)
  | please,?\ (?:enter|type|provide)\ (?:your|a\ valid)\ [\w\ -]{2,30}
  | \*?\ ?required\ fields?(?:\ are\ marked.{0,20})?"""
_ACCESS = r"""
    text\ size | font\ size | (?:high\ )?contrast | (?:a[+-]?\ ){1,3}a[+-]? | listen(?:\ to\ this\ page)?
  | translate(?:\ this\ page)? | select\ (?:a\ )?language | powered\ by\ google(?:\ translate)?"""
_NAVIGATION = r"""
    (?:\d{1,2}[.)]\s*)?(?:skip|jump|go)\ to\ (?:the\ )?(?:main\ |primary\ )?
    (?:content|navigation|menu|sidebar|footer|search)
  | back\ to\ (?:top|news(?:room)?|press(?:\ room|\ releases)?|blog|all\ \w+(?:\ \w+)?) | (?:main\ )?menu
  | toggle\ (?:navigation|menu) | search\ for:? | you\ are\ here\b.{0,120} | breadcrumbs? | main\ navigation
  | in\ this\ section | on\ this\ page | table\ of\ contents | jump\ to | page\ \d+\ of\ \d+
  | (?:previous|next|older|newer)(?:\ (?:post|article|story|item|entry|page|release|news))?
  | (?:previous|prev)\W+next | return\ to\ (?:top|news(?:room)?|press\ releases|the\ \w+\ page)
  | (?:see|view)\ all\ (?:news|press\ releases|releases|stories|posts|articles) | (?:all|more|latest)\ news
  | news\ (?:&|and)\ events | back | home | top | go | submit | close(?:\ search(?:\ window)?)? | open\ (?:menu|search)
  | search(?:\ (?:this\ site|the\ site|form))? | enter\ (?:your\ )?(?:keywords?|search\ terms?)"""
# The headings of a blog's or a site's side panels: lists of other posts, never the release's
_WIDGET = r"""
    (?:blog\ )?archives? | the\ latest | latest\ (?:news|posts|stories|updates|releases)
  | (?:recent|popular|top|featured|trending)\ (?:news|posts|stories|articles|comments|releases|topics|headlines)
  | (?:view|see)\ (?:all|more)(?:\ (?:news|posts|stories|articles|releases))? | (?:next|previous)\ in\ [\w\ ]{1,40}
  | most\ (?:read|popular|viewed|shared) | other\ news(?:\ in\ .{1,60})? | more\ (?:news|stories)(?:\ from\ .{1,60})?
  | quick\ links | useful\ links | search\ results | labels | followers | subscribe\ to(?:\ posts)?
  | recently\ viewed(?:\ (?:topics|pages|items))? | you\ (?:may|might)\ also\ (?:like|be\ interested\ in)
  | news\ flash(?:\ home)? | in\ the\ news | what'?s\ new | about\ me | (?:check|see|read)\ also
  | more\ from\ this\ (?:category|section|author|site)
  | related(?:\ (?:news|posts|stories|articles|releases|content|links|items|documents|resources))?
  | tags(?:\ associated\ with\ (?:the|this)\ (?:news\ )?(?:item|article|post|story|release))?"""
# "Your browser is out of date!", "Please enable JavaScript": what a site says of the reader's browser
_BROWSER = r"""
    (?:your|this)\ (?:web\ )?browser\ (?:is|may\ be)\ (?:out\ of\ date|outdated|not\ supported|unsupported).{0,120}
  | update\ your\ browser\b.{0,120} | (?:please\ )?enable\ javascript\b.{0,120}
  | javascript\ (?:is|must\ be)\ (?:disabled|required|enabled).{0,120}
  | an\ unhandled\ error\ has\ occurred\b.{0,60} | (?:rejoining|reconnecting\ to)\ the\ server\b.{0,40}
  | rejoin\ failed\b.{0,60} | (?:please\ )?(?:retry\ or\ )?reload\ the\ page\b.{0,20}
  | (?:start\ typing|type)\b.{0,30}\b(?:press|hit)\ enter\b.{0,30}
  | .{0,160}\b(?:visit|see|check)\ our\ [\w'’ -]{1,40}\ page(?![.])  # a site's alert: "… visit our Visitors page"
  | .{0,160}\b(?:check|click)\ here\ for\ more\ information
  | .{0,60}\b(?:pdf|printable|print\ version)\b.{0,60}\bclick\ here\b.{0,120}  # "For the PDF of it, click here."
  | read\ the\ (?:original|full)\ (?:article|story|release|statement)\ (?:on|at)\ .{1,60}
  | (?:view|read|see|download|watch|find|access)\ (?:the\ |a\ |our\ )?(?:full\ |complete\ |original\ )?
    (?:notice|release|statement|report|document|order|letter|video|photos?|pdf|details)\ here"""
# "Photo: Jo Roe", "Images courtesy of ...", "RNLI/Jo Roe", "(Logo: https://...)": a picture's credit or a
# wire's link to it
_CREDIT = r"""
    (?:cover\ |header\ |featured\ )?(?:art(?:work)?|illustration|photo(?:graph)?|image|graphic)(?:\ credit)?
    \s*(?:by\b|:|©)\s*\S.{0,60} | (?:photo|image)s?\ courtesy\ (?:of\ )?\S.{0,60}
  | [A-Z]{2,10}/[A-Z][a-z]+(?:\ [A-Z][\w'’-]+){1,2}
  | ©\ ?[\w&.-]{2,30}(?:\ [\w&.-]+){0,3}\ \d{4}\ ?/\ ?[\w.'’-]+(?:\ [\w.'’-]+)?  # "© UNICEF 2013/JRoe": a photo's
  | (?:logo|photo|image|video|multimedia|graphic)s?\s*:\s*(?:https?://|www\.)\S+"""
# "This page has been archived", "Archived content", "This release may be out of date":
# what a page says about itself, not what the release says.
_ARCHIVE = r"""
    (?:this\ )?(?:page|content|information|release|news\ release|article|item)\ (?:is|has\ been|was)\ archived\b.*
  | archived\ (?:content|page|information|release|news)\b.* | archived
  | the\ original\ item\ was\ published\b.{0,80}
  | .{0,80}\b(?:may|might)\ (?:be|contain)\ (?:out\ ?of\ ?date|outdated|no\ longer\ (?:current|accurate)).*
  | .{0,80}\bno\ longer\ (?:updated|maintained|current)\b.*"""
# "12 Comments", "3 thoughts on “...”", "Comments are closed.", "Leave a comment": a comment thread's
# heading (the body's extent ends the release there, with the thread and its form under it)
_COMMENTS = r"""
    \d+\ (?:comments?|responses?|replies|thoughts)\b.{0,80} | comments?(?:\ are\ closed|\ \(\d+\))?
  | no\ comments(?:\ yet)? | (?:leave|post|add|write)\ a\ (?:reply|comment).{0,40}"""
# "© 2025 Harbor Town. All rights reserved.", "Copyright 2019 ...": the page's footer
_FOOTER = r"""
    (?:©|\(c\)|copyright\b).{0,120} | .{0,80}\ball\ rights\ reserved\b.{0,40}
  | (?:privacy\ policy|terms\ (?:of\ (?:use|service)|and\ conditions)|accessibility|site\ ?map
    |cookies?(?:\ policy|\ settings)?)
    (?:\s*[|•·,/]\s*(?:privacy\ policy|terms\ (?:of\ (?:use|service)|and\ conditions)|accessibility|site\ ?map
    |contact\ us
    |cookies?(?:\ policy|\ settings)?))*"""
# "----------", "__________", "* * * * *" a page prints as a horizontal rule
_RULE = r"""[-_=*~•·]{4,}|(?:[-_=*~•·]\ ){2,}[-_=*~•·]|[*~•·]{1,3}"""
_RESIDUE = tuple((kind, re.compile(r"(?ix)^\W*(?:" + pattern + r")\W*$")) for kind, pattern in (
    ("share widget", _SHARE), ("navigation", _NAVIGATION), ("a side panel's heading", _WIDGET),
    ("a notice about the browser or a link", _BROWSER), ("credit", _CREDIT), ("archive banner", _ARCHIVE),
    ("comments", _COMMENTS), ("footer", _FOOTER), ("feedback or cookie notice", _FEEDBACK),
    ("accessibility widget", _ACCESS)))
_RESIDUE += (("horizontal rule", re.compile(r"(?x)^\s*(?:" + _RULE + r")\s*$")),
             ("an image's file name", re.compile(r"(?i)^\s*[\w.-]+\.(?:jpe?g|png|gif|webp|tiff?|bmp)\s*$")),
             # "Image", "Image title", "Photo gallery": what a page prints where its picture was
             ("an image's placeholder", re.compile(r"(?i)^\W*(?:image|photo(?:graph)?|picture)s?"
                                                   r"(?:\s+(?:title|caption|gallery))?\W*$")),
             ("an e-mail's signature line", re.compile(r"^--\s*$")))  # "-- ": a mailing list's footer follows


# "Filed in | Parks | Trails | Events": three or more short runs of words between bars, no digits,
# no sentence: a row of links (tags, categories, a menu, however long), never a line of a release.
# An abbreviation's dot ("Local Govt.") ends no sentence.
_LINK_ROW = re.compile(r"^\W*[^\W\d](?:[^|\d.!?]|\.(?=\s*(?:\||$))){0,40}"
                       r"(?:\|\s*[^\W\d](?:[^|\d.!?]|\.(?=\s*(?:\||$))){0,30}){2,}\W*$")


# "« Back to News & Notices", "Read the next story ›": a link's arrow, a few words and no sentence
_ARROW_LINK = re.compile(r"^\s*(?:[«‹←]\s*[^\W\d][^.!?«»‹›]{0,50}|[^\W\d][^.!?«»‹›]{0,50}[»›→])\s*$")


def residue(text: str) -> str | None:
    """The kind of web residue a line is ("share widget", "navigation", "credit", "archive banner",
    "comments", "footer", "horizontal rule", "a row of links", ...), or None."""
    kind = next((kind for kind, pattern in _RESIDUE if pattern.match(text)), None) if len(text) <= 160 else None
    if kind == "share widget" and date_line(text):  # "04.10.24, 15:00 4 Min Read": the page's date and reading time
        return None
    if kind is None and _LINK_ROW.match(text) and all(len(part.split()) <= 4 for part in text.split("|")) \
            and not SENTENCE_END.search(text.rstrip(" |").removesuffix(".")):
        kind = "a row of links"
    if kind is None and len(text) <= 160 and _widget_row(text):
        kind = "share widget"
    if kind is None and _ARROW_LINK.match(text):
        kind = "navigation"
    if kind is None and len(text) <= 160 and _menu_on_one_line(text):
        kind = "a menu on one line"
    if kind is None and 160 < len(text) <= 600 and _archive_note(text):
        kind = "archive banner"
    if kind is None and len(text) <= 400 and _NOT_OURS.match(text) and all(map(_NOT_OURS.match, sentences(text))):
        kind = "an aggregator's note"
    if kind is None and len(text) <= 300 and _social_promotion(text):
        kind = "share widget"
    return kind


_THIS_ITEM = re.compile(r"(?i)\b(?:save|e-?mail|print|share|send|cite|bookmark)\s+this\s+"
                        r"(?:article|page|story|post|item)\b")


def _widget_row(text: str) -> bool:
    """"ARTICLE ENQUIRY SAVE THIS ARTICLE EMAIL THIS ARTICLE": a row of a page's buttons, two or more
    of them acting on "this article", and little else."""
    return len(_THIS_ITEM.findall(text)) >= 2 and len(text.split()) <= 14


_NETWORK = re.compile(r"(?i)\b(?:facebook|twitter|instagram|youtube|linkedin|tiktok|flickr|threads|bluesky|mastodon)\b")
_OURS = re.compile(r"(?i)\b(?:our|us|like\s+button|your\s+(?:\w+\s+)?feed)\b")


def _social_promotion(text: str) -> bool:
    """"Want our news in your Facebook feed? Go to our Facebook page and click Like.": every
    sentence names a social network, and the site speaks of its own page there or of the reader's feed."""
    return all(_NETWORK.search(s) for s in sentences(text)) and bool(_OURS.search(text))


# "This article was published on 9 July 2015.": a sentence about the page itself
_PAGE_NOTE = re.compile(r"(?i)^\W*(?:this|the)\s+(?:page|article|release|news\s+release|item|story|post|information"
                        r"|content)\s+(?:was|has\s+been|is)\s+(?:first\s+)?(?:published|posted|archived|issued"
                        r"|released|last\s+(?:updated|reviewed))\b")
# "/ MEDIA STATEMENT / The content on this page is not written by Wire Site, but is supplied by third
# parties. This content does not constitute news reporting by Wire Site.": an aggregator's note on whose it is
_NOT_OURS = re.compile(r"(?i)^\W*(?:/[^/]{2,30}/\s*)?(?:this|the)\s+(?:content|article|information|material)"
                       r"(?:\s+on\s+this\s+(?:page|site|website))?\s+(?:is|was|has\s+been)\s+not\s+"
                       r"(?:written|produced|edited)\s+by\b"
                       r"|^\W*(?:this|the)\s+content\s+does\s+not\s+constitute\b")
_ARCHIVE_WORDS = re.compile(r"(?i)\barchiv|\bout\s+of\s+date\b|\boutdated\b")


def _archive_note(text: str) -> bool:
    """A paragraph of notes about the page ("This article was published on 9 July 2015. The
    information may be out of date. Releases older than 60 days are archived."): an archive banner."""
    parts = sentences(text)
    return len(parts) >= 2 and any(_ARCHIVE_WORDS.search(s) for s in parts) and all(
        _PAGE_NOTE.match(s) or _ARCHIVE_WORDS.search(s) for s in parts)


def _menu_on_one_line(text: str) -> bool:
    """"Oakdale County Home About Us News Contact Us": three or more of a site's menu entries run
    into one line, and they make up most of it."""
    words = text.split()
    entries = covered = position = 0
    while position < len(words):
        size = next((n for n in (3, 2, 1) if position + n <= len(words)
                     and _MENU.match(" ".join(words[position:position + n]))), 0)
        if size:
            entries, covered, position = entries + 1, covered + size, position + size
        else:
            position += 1
    return entries >= 3 and covered * 5 >= len(words) * 3 and not SENTENCE_END.search(text)


# A site's menu, copied as one word or two a line: "Home", "About", "News", "Contact" ...
_MENU = re.compile(r"""(?ix)^\W*(?:home|about(?:\ us)?|news(?:room)?|press(?:\ room|\ releases)?|blog|events?
    |contact(?:\ us)?|donate|give|join(?:\ us)?|get\ involved|take\ action|volunteer|resources|our\ work
    |who\ we\ are|what\ we\ do|issues|campaigns|media|careers|jobs|shop|search|menu|english|espa[ñn]ol
    |en\ espa[ñn]ol|login|log\ in|sign\ in)\W*$""")


def menu_lines(texts: list[str]) -> set[int]:
    """Positions of the lines that are a site's menu: three or more menu words in a row."""
    found: set[int] = set()
    run: list[int] = []
    for position, text in enumerate(texts + [""]):
        if _MENU.match(text) and text:
            run.append(position)
            continue
        if len(run) >= 3:
            found.update(run)
        run = []
    return found


def _latin(letter: str) -> bool:
    return ord(letter) < 0x250 or 0x1E00 <= ord(letter) < 0x1F00


# The commonest words of a language's grammar, none shared between two of these languages: how
# many a line holds tells which language it is written in.
_FUNCTION_WORDS = {language: frozenset(words.split()) for language, words in {
    "en": "the of and to is are was were for with that this from by will has have be on at an it which their its",
    "fr": "le les des du et est sont dans sur qui ce cette aux au ne pas vous nous avec été être",
    "es": "el los las y son para por esta como más sus fue han ha se",
    "de": "der die das und ist sind ein eine mit für von zu den dem nicht auf im wird auch",
    "pt": "os do da dos e é são um uma não em no na ao",
    "it": "il gli della è sono per che nel alla",
}.items()}


def _language_counts(text: str) -> dict[str, int]:
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return {language: sum(word in vocabulary for word in words) for language, vocabulary in _FUNCTION_WORDS.items()}


def _other_language(counts: dict[str, int], page: str) -> bool:
    """A line of prose in another language than the page's: three or more of that language's
    grammar words and at most one of the page's."""
    language = max(counts, key=counts.get)
    return language != page and counts[language] >= 3 and counts[page] <= 1


_LANGUAGE_NAME = (r"(?:english|french|spanish|chinese|vietnamese|korean|arabic|russian|portuguese|german"
                  r"|italian|tagalog|haitian\ creole|other\ languages|(?:both|the)\ official\ languages)")
# "This page is also available in Spanish", "services to the public in English only", "Translate
# this page": what a site says of the languages it offers, never a line of the release
_LANGUAGE_NOTICE = re.compile(r"""(?ix)^.{0,200}\b(?:
    (?:available|offered|provided|published|services?)\b.{0,60}\bin\ """ + _LANGUAGE_NAME + r"""
  | in\ """ + _LANGUAGE_NAME + r"""\ only | translate\ this\ (?:page|site))\b.{0,240}$""")


def share_menus(blocks: list) -> dict[int, str]:
    """The lines of a share menu printed one entry a line ("Twitter" / "Facebook" / "Print" / "Cancel"),
    by id: a run of one- or two-word lines of one block or list, three or more of them share widgets and at
    least half; the entries no widget name covers (another network, the menu's buttons) go with them."""
    found: dict[int, str] = {}
    groups: list[list] = []  # a block's lines, or the lines of a list's items one after another
    for index, block in enumerate(blocks):
        if block.kind == "item" and index and blocks[index - 1].kind == "item":
            groups[-1].extend(block.lines)
        else:
            groups.append(list(block.lines))
    for lines in groups:
        run: list = []
        for line in lines + [None]:
            if line is not None and 0 < len(line.plain.split()) <= 2 and not SENTENCE_END.search(line.plain):
                run.append(line)
                continue
            widgets = sum(residue(item.plain) == "share widget" for item in run)
            if widgets >= 3 and widgets * 2 >= len(run):
                found.update((id(item), "share widget") for item in run)
            run = []
    return found


def site_menus(blocks: list) -> dict[int, str]:
    """The lines of a site's menu printed as a list ("Home" / "Post a press release" / "Event
    Calendar" / "Contact"), by id: four items or more in a row, each of four words or fewer and no
    sentence, one of them a link of the site's navigation ("Home"). A release's own short list
    ("Free parking" / "Live music") has no such link."""
    found: dict[int, str] = {}
    run: list = []
    for block in blocks + [None]:
        if block is not None and block.kind == "item":
            run.append(block)
            continue
        if len(run) >= 4 and any(residue(item.plain) == "navigation" for item in run) and all(
                0 < len(item.plain.split()) <= 4 and not SENTENCE_END.search(item.plain) for item in run):
            found.update((id(line), "navigation") for item in run for line in item.lines)
        run = []
    return found


# "... old molecules. Source: Jo Roe/Oakdale Lab", "Photo credit: Jo Roe": a photo's caption ends with
# its credit; "... Logo (Wire Group/Oakdale Trust)": a wire's credit in brackets, or a copyright's
_CAPTION_CREDIT = re.compile(r"(?:^|[.!?”\"’)]\s+)(?i:(?:photo(?:graph)?|image|picture)(?:\s+credit)?|source|credit)"
                             r"\s*:\s*[A-Z][^.!?:]{1,60}$|\s\([A-Z][^()/]{1,30}/[A-Z][^()]{1,60}\)$"
                             # "Refugees at the border (© Wire Images)", "(Photo: Jo Roe)"
                             r"|\s\((?:©|\(c\)|(?i:photo(?:\s+by|:)))\s*[^()]{1,60}\)$")


# How a caption places the people in its photo: "(left)", "(Centre)", "(From L to R)", "pictured"
_IN_THE_PHOTO = re.compile(r"(?i)\((?:(?:far|second|third)\s+)?(?:left|right|cent(?:re|er)|front|back)\)"
                           r"|\((?:from\s+)?l\.?\s*(?:-|to)\s*r\.?\)|\bpictured\b|\bphotograph(?:ed)?\b"
                           r"|\bfrom\s+left\b")
# "Photograph: Jo Roe ...": a caption's label
_CAPTION_LABEL = re.compile(r"(?i)^\W*(?:(?:photo(?:graph)?|picture[ds]?|image)(?:\s+caption)?|caption)\s*:\s*\S")
# a caption speaks of the photo, not for the organisation: no "we", no quotation
_FIRST_PERSON = re.compile(r"(?i)\b(?:we|our|us|i|my)\b|[“”\"]")


def _caption(block) -> bool:
    """A photo's caption by how it is written: labelled as one ("PHOTO CAPTION: ..."), or, in a
    block of eighty words or fewer that quotes no one and says no "we", two of its words place
    people in the photo (or say it is one)."""
    text = block.plain
    return block.kind == "paragraph" and (bool(_CAPTION_LABEL.match(text)) or (
        len(text.split()) <= 80 and not _FIRST_PERSON.search(text) and len(_IN_THE_PHOTO.findall(text)) >= 2))


# "Cllr Jo Roe helps to refuel the truck", "Deputy Mayor Jo Roe with Ann Lee", "Consultant surgeon Jo Roe":
# a caption names the people in its photo and what they do, in the present, or only who they are
_PERSON = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\b")
_PICTURED_DOING = re.compile(r"\b(?:[a-z]{3,}s|[a-z]{3,}ing|with)\b")
_DOING = re.compile(_PERSON.pattern + r"\s+(?:[a-z]{3,}(?:s|ing)|with)\b")  # the person, then what they do


def _in_sentence_case(text: str) -> bool:
    """A word of five letters or more in lower case: not a headline's title case."""
    return any(word[:1].islower() for word in text.split() if len(word) > 4)


def _caption_between(block, above, below) -> bool:
    """A photo's caption set between two paragraphs of the text: one line of four to sixteen words
    that names a person (two capitalised words), not in title case (a headline's), says what
    they do in the present or ends with their name; a full stop only after "Jo Roe opens ..."."""
    text = block.plain.strip()
    words = text.split()
    prose = [b is not None and b.kind == "paragraph" and len(b.plain.split()) >= 15 and SENTENCE_END.search(b.plain)
             for b in (above, below)]
    return (all(prose) and len(block.lines) == 1 and 4 <= len(words) <= 16 and bool(_PERSON.search(text))
            and _in_sentence_case(text) and not _FIRST_PERSON.search(text) and text[-1:] not in "?!:"
            and (bool(_DOING.search(text)) or not text.endswith(".") and bool(
                _PICTURED_DOING.search(text) or _PERSON.search(text).end() == len(text))))


def _under_credit(block, above) -> bool:
    """"RNLI/Jo Roe" over "Amelia Roe with her brother Oli": a line naming a person under the photo's
    credit, not in title case."""
    text = block.plain.strip()
    return (len(block.lines) == 1 and len(above.lines) == 1 and residue(above.plain) == "credit"
            and (len(text.split()) <= 16 and not SENTENCE_END.search(text) or len(text.split()) <= 40)
            and bool(_PERSON.search(text)) and _in_sentence_case(text))


def _under_placeholder(block, above) -> bool:
    """"Image title" over "The consulate in Admiralty": a short line with no sentence's end under
    the place a picture was."""
    return (len(block.lines) == 1 and len(above.lines) == 1 and residue(above.plain) == "an image's placeholder"
            and len(block.plain.split()) <= 12 and not SENTENCE_END.search(block.plain))


def captions(blocks: list) -> dict[int, str]:
    """The lines of a photo's caption, by how it is written, by its place between two paragraphs or
    under the photo's credit, or a short block that ends with the photo's credit; and of its alt
    text, a line with no sentence's end right above a caption labelled or ending with its credit."""
    found = {}
    for index, block in enumerate(blocks):
        above = blocks[index - 1] if index else None
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        alt = above is not None and len(above.lines) == 1 and above.lines[0].number == block.lines[0].number - 1 \
            and not SENTENCE_END.search(above.plain)
        last = block.lines[-1].plain
        credit = _CAPTION_CREDIT.search(last) if block.kind == "paragraph" and len(last.split()) > 1 else None
        if _caption(block) or block.kind == "paragraph" and above is not None and below is not None and (
                _caption_between(block, above, below) or _under_credit(block, above)
                or _under_placeholder(block, above)):
            found.update((id(line), "a photo's caption") for line in block.lines)
            if alt and _CAPTION_LABEL.match(block.plain):  # "Jo Roe at the Gala" / "PHOTO CAPTION: Jo Roe ..."
                found[id(above.lines[0])] = "a photo's caption"
        labelled = next((i for i, line in enumerate(block.lines) if i and _CAPTION_LABEL.match(line.plain)
                         and residue(line.plain) != "credit"), None)
        if labelled is not None:  # a labelled caption in a block of the header's lines, its alt text above it
            start = labelled - 1 if not SENTENCE_END.search(block.lines[labelled - 1].plain) else labelled
            found.update((id(line), "a photo's caption") for line in block.lines[start:])
        if credit is None or len(credit.group().split()) > 9 or len(block.lines) > 3 or len(block.plain.split()) > 80:
            continue
        lines = [above.lines[0]] + list(block.lines) if alt else list(block.lines)
        found.update((id(line), "a photo's caption and its credit") for line in lines)
    return found


def page_lines(texts: list[str]) -> dict[int, str]:
    """Positions of the lines the page added by their place among the others, with their kind:
    a site's menu, and a line in another script or language than the page's own (a translation
    or language notice a portal sets beside the release)."""
    found = {position: "menu" for position in menu_lines(texts)}
    letters = [[c for c in text if c.isalpha()] for text in texts]
    every = [c for line in letters for c in line]
    latin_page = sum(map(_latin, every)) * 2 > len(every)
    counts = [_language_counts(text) for text in texts]
    totals = {language: sum(line[language] for line in counts) for language in _FUNCTION_WORDS}
    page = max(totals, key=totals.get)
    for position, line in enumerate(letters):
        if len(line) >= 2 and (sum(map(_latin, line)) * 2 > len(line)) != latin_page:
            found.setdefault(position, "text in another script than the page's")
        elif len(texts[position].split()) >= 8 and _other_language(counts[position], page):
            found.setdefault(position, "text in another language than the page's")
        elif len(texts[position]) <= 440 and _LANGUAGE_NOTICE.match(texts[position]):
            found.setdefault(position, "a notice of the languages the site offers")
    return found


def chrome_key(text: str) -> str:
    return fold(text).casefold()


def find_chrome(documents: list[Incoming]) -> set[str]:
    """Blocks (as chrome_key) found verbatim in every one of several documents: the site's chrome."""
    if len(documents) < 2:
        return set()
    keys = [{chrome_key(block.plain) for block in incoming.blocks} for incoming in documents]
    return set.intersection(*keys)


def repeated(paragraphs: list, title: str, subtitle: str) -> list[tuple[object, str]]:
    """A listing page's teaser (the start of a paragraph printed again in full below it) and the
    headline or subhead printed again in the body: (paragraph, what it is) for each."""
    found = []
    for item in paragraphs:
        text = chrome_key(item.plain).rstrip(" .…")
        full = next((other for other in paragraphs if other is not item and other.line > item.line
                     and len(text.split()) >= 8 and chrome_key(other.plain).startswith(text)
                     and len(other.plain) > len(item.plain)), None)
        what = (f"a teaser of the paragraph on line {full.line}" if full is not None else
                "the headline repeated" if title and fold(item.plain) == fold(title) else
                "the subhead repeated" if subtitle and fold(item.plain) == fold(subtitle) else "")
        if what:
            found.append((item, what))
    return found


def next_post(blocks: list, index: int, release_date) -> Note | None:
    """A date alone, earlier than the release's, over a headline, below the release's text: the
    page's previous post begins (a blog lists the newest first), left out; the warning naming it, or None."""
    dated = date_line(blocks[index].plain)
    after = blocks[index + 1].plain if index + 1 < len(blocks) else ""
    if not (dated and release_date and dated[0] < release_date and after and len(after.split()) <= 14
            and not SENTENCE_END.search(after) and not is_contact_line(after)):
        return None
    return Note(blocks[index].line, f"another post follows on the page (dated {dated[1]!r}, {excerpt(after, 40)!r}): "
                                    f"lines {blocks[index].line}–{blocks[-1].lines[-1].number} left out")
