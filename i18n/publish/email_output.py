"""A release as an e-mail ready to send (dist/<lang>/<slug>.eml): RFC 5322 and MIME.

multipart/alternative: the wire text as text/plain (UTF-8, already wrapped at 72 columns) and
an inline-styled text/html of the article (no script, no image, nothing fetched when opened).
Subject is the headline (RFC 2047 where it is not ASCII), Date the release's publication time,
Message-ID stable per release and language (a draft's differs from the reviewed version's).

From and Reply-To come from the settings email_from and email_reply_to; when email_from is
unset the first contact with an e-mail address (for this language: who speaks it first) sends
it under the publisher's name, and Reply-To lists the other contacts' addresses. A release
with neither gets no e-mail (the build says so). The bytes are the same on every build.
"""

from __future__ import annotations

import binascii
import datetime as dt
import hashlib
import re
from email.header import Header
from email.headerregistry import Address
from email.utils import format_datetime, formataddr

from i18n.config import parse_address
from i18n.errors import I18nError

_IMAGE = re.compile(r"<img\b[^>]*?(?:\balt=\"([^\"]*)\")?[^>]*>", re.IGNORECASE)


class NoSender(I18nError):
    """Neither the email_from setting nor a contact's address says who sends the e-mail."""


def senders(email_from: str, email_reply_to: str, publisher: str, contacts: list[dict]) -> tuple[Address, list[Address]]:
    """From and Reply-To: the settings, else the contacts' addresses in the order shown."""
    contact_addresses = []
    for contact in contacts:
        try:
            contact_addresses.append(parse_address(contact["email"], contact["name"]))
        except ValueError:  # no address, or not one
            continue
    if email_from:
        sender = parse_address(email_from, publisher)
    elif contact_addresses:
        first = contact_addresses[0]
        sender = Address(publisher, first.username, first.domain)
    else:
        raise NoSender("no sender: set email_from in [tool.i18n] or give a contact an e-mail address")
    if email_reply_to:
        reply_to = [parse_address(part) for part in email_reply_to.split(",") if part.strip()]
    else:
        reply_to = [a for a in contact_addresses if a.addr_spec != sender.addr_spec]
    return sender, reply_to


def email_html(html: str) -> str:
    """The article's HTML with every image reduced to its text: nothing remote is fetched."""
    return _IMAGE.sub(lambda match: match.group(1) or "", html)


def release_message(config, view: dict, language: str, published: dt.datetime, plain: str, html: str,
                    draft_notice: str = "") -> bytes:
    """The e-mail of a release's view (build.py) in one language; a draft's subject starts
    with draft_notice. NoSender when nobody can send it."""
    sender, reply_to = senders(config.email_from, config.email_reply_to, config.publisher, view["contacts"])
    subject = f"[{draft_notice}] {view['title_text']}" if draft_notice else view["title_text"]
    return release_email(subject=subject, language=language, published=published, slug=view["slug"],
                         draft=bool(draft_notice), sender=sender, reply_to=reply_to, plain=plain, html=html)


def release_email(*, subject: str, language: str, published: dt.datetime, slug: str, draft: bool,
                  sender: Address, reply_to: list[Address], plain: str, html: str) -> bytes:
    """The .eml file's bytes (CRLF line ends, as RFC 5322 writes them). Written out here, not
    by EmailMessage: its header objects took half of a cold build's time for the e-mails;
    the tests read every file back with the email package and through an SMTP server."""
    html = email_html(html)
    boundary = "=_i18n_" + hashlib.sha256((plain + html).encode("utf-8")).hexdigest()[:32]
    kind = ".draft" if draft else ""
    headers = [("From", _address(sender))]
    if reply_to:
        headers.append(("Reply-To", ", ".join(map(_address, reply_to))))
    subject = " ".join(subject.split())  # untrusted: no line break reaches a header
    headers += [
        ("Subject", Header(subject, "utf-8" if not subject.isascii() else "us-ascii", header_name="Subject").encode()),
        ("Date", format_datetime(published)),
        ("Message-ID", f"<{slug}.{language}{kind}@{sender.domain}>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative;\n boundary="{boundary}"'),
        ("Content-Language", language),
    ]
    lines = [f"{name}: {value}" for name, value in headers] + [""]
    for subtype, text in (("plain", plain), ("html", html)):
        lines += [f"--{boundary}", f'Content-Type: text/{subtype}; charset="utf-8"',
                  "Content-Transfer-Encoding: quoted-printable", "",
                  binascii.b2a_qp(text.encode("utf-8"), istext=True).decode("ascii")]
    lines += [f"--{boundary}--", ""]
    return "\n".join(lines).replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def _address(address: Address) -> str:
    return formataddr((address.display_name, address.addr_spec), charset="utf-8")
