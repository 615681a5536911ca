"""Incoming documents -> blocks of text: plain text (UTF-8 or Windows-1252), HTML, Word .docx, an e-mail.

A block is one paragraph, heading or list item as the document shows it. Each of its lines
is kept twice: as plain text (to recognise dates, contacts, datelines...) and as inline
Markdown (bold, italics and links kept, Markdown characters escaped), with the 1-based line
of the input it comes from. A .docx has no lines: its paragraphs are numbered instead.

Reading never guesses content: what a reader leaves out (web residue of a saved page, the
page around its article) is reported in `Incoming.removed`.

May import: sources (Markdown helpers) and the base modules.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import SourceError
from i18n.runtime.filesafe import read_limited
from .mail import is_mail, read_mail
from .model import DOCX, HTML, TEXT, Block, Incoming, Line, md_escape
from .text import decode, is_html_source, looks_like_html, read_text
from .web import read_html
from .word import read_docx

__all__ = ["DOCX", "HTML", "TEXT", "Block", "Incoming", "Line", "md_escape", "read_document"]


def read_document(path: Path) -> Incoming:
    """Read a plain-text, HTML or .docx file into blocks; SourceError when it cannot."""
    path = Path(path)
    try:
        if path.is_dir():
            raise IsADirectoryError
        data = read_limited(path)
    except IsADirectoryError:
        raise SourceError(path, 0, "is a directory, not a file") from None
    except OSError as error:
        raise SourceError(path, 0, f"cannot read: {error.strerror}") from None
    suffix = path.suffix.lower()
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        return read_docx(path, data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SourceError(path, 0, "a Word 97-2003 .doc file: save it as .docx (Word, LibreOffice) and import that")
    if data.startswith(b"%PDF"):
        raise SourceError(path, 0, "a PDF file: copy its text into a .txt file or save it as .docx, and import that")
    if suffix == ".eml" or (suffix in (".txt", ".text") and is_mail(data)):
        return read_mail(path, data)
    text, encoding = decode(path, data)
    if (suffix in (".html", ".htm", ".xhtml") or (suffix not in (".txt", ".text", ".md") and looks_like_html(text))
            or (suffix in (".txt", ".text") and is_html_source(text))):
        return read_html(path, text, encoding)
    return read_text(path, text, encoding)
