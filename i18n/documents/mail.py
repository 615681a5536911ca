"""A release that arrived by e-mail, saved as the message (.eml, or a .txt holding it): its
HTML part, else its text part, decoded (quoted-printable, base64, the part's charset) and read
as an HTML page or as plain text. Python's `email` package reads the message."""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

from ..errors import SourceError
from .model import Incoming
from .text import read_text, refuse_binary
from .web import read_html

# The message's header: "Name: value" lines (a long one folded onto indented lines) up to a blank
# line, one of them declaring MIME content, as every mail program writes it
_HEADER_LINE = re.compile(rb"[!-9;-~]+:[ \t]?[^\r\n]*\r?\n|[ \t]+\S[^\r\n]*\r?\n")
_MIME_HEADER = re.compile(rb"(?im)^(?:mime-version|content-type|content-transfer-encoding)\s*:")


def is_mail(data: bytes) -> bool:
    """An e-mail message: a header of "Name: value" lines that declares MIME content, then a blank
    line (a text release that opens with "Date: May 8, 2025" declares none)."""
    position = 0
    while match := _HEADER_LINE.match(data, position):
        position = match.end()
    return position > 0 and data[position:position + 2].lstrip(b"\r")[:1] == b"\n" and bool(
        _MIME_HEADER.search(data, 0, position))


def read_mail(path: Path, data: bytes) -> Incoming:
    """The message's HTML part read as a page, else its text part read as plain text; the lines
    the report names are those of the part, decoded."""
    refuse_binary(path, data)
    message = email.message_from_bytes(data, policy=email.policy.default)
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        raise SourceError(path, 0, "an e-mail with no text or HTML part: copy the release's text into a .txt file")
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError) as error:
        raise SourceError(path, 0, f"an e-mail whose {part.get_content_type()} part cannot be decoded: {error}") \
            from None
    charset = (part.get_content_charset() or "utf-8").upper()
    html = part.get_content_subtype() == "html"
    incoming = (read_html if html else read_text)(path, content.replace("\r\n", "\n"), charset)
    incoming.notes.insert(0, (0, f"an e-mail: its {'HTML' if html else 'text'} part read (the lines named "
                                 "are the part's, decoded)"))
    return incoming
