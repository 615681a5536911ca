"""Press contacts: names, roles, phones and e-mails, in lines or blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .common import word_count

CONTACT_HEADING = re.compile(
    r"(?i)^\W*(?:(?:(?:media|press|news)\s+)?contacts?(?:\s+(?:info(?:rmation)?|persons?|details))?"
    r"|for\s+(?:more|further|additional)\s+information[^:]{0,20}?,?\s*(?:please\s+)?contact"
    r"|for\s+(?:media|press)\s+inquiries[^:]{0,20}?,?\s*(?:please\s+)?contact)"
    r"\s*(?:(?P<colon>[:|–—-])\s*(?P<rest>.*))?$")
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
HIDDEN_EMAIL = re.compile(r"\[\s*email\s*protected\s*\]", re.I)
PHONE = re.compile(
    r"(?<![\w/])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?![\w/])"
    r"|(?<![\w/+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\w/])")
_LABELS = re.compile(r"(?i)\b(?:phone|tel(?:ephone)?|cell(?:phone)?|mobile|office|direct|fax|e-?mail|ph)\b\.?\s*:?"
                     r"|(?<!\w)[ocmte]\s*:")
_GAP_EDGES = re.compile(r"^[\s|,;:/•·()<>\[\]–—-]+|[\s|,;:/•·()<>\[\]–—-]+$")
ROLE_WORDS = re.compile(
    r"(?i)\b(?:director|manager|coordinator|officer|president|spokes(?:person|woman|man)|press|communications?|"
    r"media|secretary|chair|head|lead|organi[sz]er|specialist|associate|executive|strategist|advisor|adviser|"
    r"counsel|founder|ceo|relations|campaigner|staff|assistant|deputy)\b")


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


def name_like(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60 or re.search(r"[\d@]", text):
        return False
    if not text[0].isupper():
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised * 2 >= len(words) and not ROLE_WORDS.search(text)


def role_like(text: str) -> bool:
    return 0 < word_count(text) <= 14 and len(text) <= 120 and not text.rstrip().endswith((".", ":"))


def contact_tokens(text: str, line: int) -> list[tuple[str, str, int]]:
    spans: list[tuple[int, int, str, str]] = []
    for kind, pattern in (("hidden", HIDDEN_EMAIL), ("email", EMAIL), ("phone", PHONE)):
        for match in pattern.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _, _ in spans):
                spans.append((match.start(), match.end(), kind, " ".join(match.group().split())))
    spans.sort()
    tokens: list[tuple[str, str, int]] = []
    position = 0

    def gap(piece: str):
        piece = _LABELS.sub(" ", piece)
        piece = _GAP_EDGES.sub("", " ".join(piece.split()))
        piece = re.sub(r"(?i)^(?:and|or)\s+|\s+(?:and|or)$", "", piece).strip()
        if piece:
            tokens.append(("text", piece, line))

    for start, end, kind, value in spans:
        gap(text[position:start])
        tokens.append((kind, value, line))
        position = end
    gap(text[position:])
    return tokens


def split_name_role(text: str) -> tuple[str, str]:
    match = re.match(r"^(?P<name>[^,–—]+?)\s*(?:,|\s[–—-]\s|[–—])\s*(?P<role>.+)$", text)
    if match:
        return match.group("name").strip(), match.group("role").strip()
    return text.strip(), ""


def contact_heading(text: str):
    """A CONTACT / PRESS CONTACTS / Media contact: heading (maybe with a contact after the colon)."""
    match = CONTACT_HEADING.match(text)
    return match if match and (match.group("colon") or not match.group("rest")) else None


def is_contact_line(text: str) -> bool:
    if len(text) > 250:
        return False
    tokens = contact_tokens(text, 0)
    if not any(kind != "text" for kind, _, _ in tokens):
        return False
    for kind, value, _ in tokens:
        if kind == "text":
            name, role = split_name_role(value)
            if not (name_like(name) or role_like(value)) or (role and not role_like(role)):
                return False
    return True

