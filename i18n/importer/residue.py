"""What a web page adds around a release: share widgets, navigation, credits, page chrome.

`residue(text)` names the kind of a line a page added (or None): one row of _RESIDUE per
shape. `find_chrome(documents)` finds the blocks repeated verbatim in every file of a batch.
"""

from __future__ import annotations

import re

from ..documents import Incoming
from .common import fold

_SHARE = r"""
    spread\ the\ love | share(?:\ this)?(?:\ (?:post|article|page|story))?(?:\ (?:on|via)\ \w+)? | share\ via
  | tweet(?:\ this)? | pin\ it | like\ this | like\ loading\W* | loading\W* | related(?:\ (?:posts|articles|stories))?
  | print(?:\ this(?:\ page)?)? | print\ friendly.* | email\ this | copy\ link
  | read\ more | continue\ reading.* | leave\ a\ (?:comment|reply) | click\ to\ (?:share|print|email).*
  | (?:posted\ in|filed\ under)\ .* | (?:categories|category|tags?)\s*:.* | follow\ us\ on\ .*
  | sign\ up\b.{0,80}\b(?:newsletter|e-?mail|alerts?|updates)\b.* | subscribe(?:\ to\ our\ newsletter)?
  | .{0,40}\b(?:log\ ?in|sign\ in|register)\b.{0,30}\bcomments?\b.* | .{0,60}\bconsider\ sharing\b.*
  | attachments? | advertisements? | sponsored(?:\ content)? | jump\ to:?\ navigation,?\ search
  | (?:(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email|e-mail|telegram|print|messenger|tumblr
      |pocket|mastodon|bluesky|threads)[\s|•·,/]*)+"""
_NAVIGATION = r"""
    (?:\d{1,2}[.)]\s*)?skip\ to\ (?:the\ )?(?:main\ |primary\ )?(?:content|navigation|menu|sidebar|footer|search)
  | back\ to\ (?:top|news(?:room)?|press(?:\ room|\ releases)?|blog|all\ \w+(?:\ \w+)?) | (?:main\ )?menu | toggle\ (?:navigation|menu) | search\ for:?"""
_CREDIT = r"""
    (?:cover\ |header\ |featured\ )?(?:art(?:work)?|illustration|photo(?:graph)?|image|graphic)(?:\ credit)?
    \s*(?:by\b|:|©)\s*\S.{0,60}"""
_RESIDUE = tuple((kind, re.compile(r"(?ix)^\W*(?:" + pattern + r")\W*$")) for kind, pattern in (
    ("share widget", _SHARE), ("navigation", _NAVIGATION), ("credit", _CREDIT)))


def residue(text: str) -> str | None:
    """The kind of web residue a line is ("share widget", "navigation", "credit"), or None."""
    if len(text) > 120:
        return None
    return next((kind for kind, pattern in _RESIDUE if pattern.match(text)), None)


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


def chrome_key(text: str) -> str:
    return fold(text).casefold()


def find_chrome(documents: list[Incoming]) -> set[str]:
    """Blocks (as chrome_key) found verbatim in every one of several documents: the site's chrome."""
    if len(documents) < 2:
        return set()
    keys = [{chrome_key(block.plain) for block in incoming.blocks} for incoming in documents]
    return set.intersection(*keys)
