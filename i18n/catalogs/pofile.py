"""Read and write .po/.pot files. Reading is strict, as GNU `msgfmt --check` judges it.

A catalog is read line by line on "\\n" only (U+2028 inside a string is text, not a line
break), decoded with the charset its header declares, and refused with `path:line: message`
(SourceError) for anything msgfmt rejects: a syntax error, an unterminated string, an invalid
escape, a duplicate message (obsolete ones included), a plural count that disagrees with the
header's nplurals, msgid and msgstr that do not both begin and end with "\\n", an unknown
charset, bytes invalid in it, or a byte-order mark. The result is a polib.POFile that keeps
what polib would lose: the header's fields in their order, repeated ones included
(`catalog.header_fields`), and the previous msgid of obsolete entries (`#~|`).
"""

from __future__ import annotations

import codecs
import re
import subprocess
from pathlib import Path

import polib

from i18n.errors import FormatStringError, SourceError, ToolError
from i18n.runtime.filesafe import read_limited, write_if_changed
from i18n.catalogs.formats import entry_format_mismatch

WRAP_WIDTH = 79

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr\[(\d+)\]|msgstr)\s*(.*)$")
_PREVIOUS = ("msgctxt", "msgid", "msgid_plural")  # the #| fields, in the order msgfmt requires
_FIELDS = ("msgctxt", "msgid", "msgid_plural", "msgstr")  # in the order msgfmt requires
_LATER_FIELDS = {keyword: _FIELDS[index + 1:] for index, keyword in enumerate(_FIELDS)}
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f",
                   "v": "\v", "\\": "\\", '"': '"', "'": "'", "?": "?"}
_CHARSET = re.compile(rb'^"Content-Type:[^"\\]*charset=([A-Za-z0-9._:+-]+)', re.MULTILINE)


class _Entry:
    """The fields of one message as read, with the line each started on."""

    def __init__(self):
        self.line = 0  # where msgctxt or msgid starts
        self.first = 0  # where the entry starts, comments included
        self.obsolete = False
        self.tcomment: list[str] = []
        self.comment: list[str] = []
        self.occurrences: list[tuple[str, str]] = []
        self.flags: list[str] = []
        self.previous: dict[str, str] = {}
        self.fields: dict[str, str] = {}
        self.plurals: dict[int, str] = {}

    @property
    def empty(self) -> bool:
        return not self.fields and not self.plurals


def read_catalog(path: Path) -> polib.POFile:
    """The catalog at path, validated; SourceError(path, line, message) when msgfmt would refuse it."""
    path = Path(path)
    try:
        data = read_limited(path)
    except OSError as error:
        raise SourceError(path, 1, f"cannot read catalog: {error.strerror or error}") from None
    return parse_catalog(data, path)


def parse_catalog(data: bytes, path: Path | str = "-") -> polib.POFile:
    if data.startswith(codecs.BOM_UTF8):
        raise SourceError(path, 1, "the file starts with a byte-order mark, which msgfmt refuses: "
                                   "remove it (the header's charset says the encoding)")
    charset = _declared_charset(data, path)
    entries = _Parser(path).parse(_decoded_lines(data, charset, path))
    return _build(entries, path, charset)


def _decoded_lines(data: bytes, charset: str, path) -> list[str]:
    """The catalog's lines, split on "\\n" only. UTF-8 is decoded at once (no "\\n" byte can
    be part of another character); other charsets, and invalid UTF-8, line by line."""
    if charset == "utf-8":
        try:
            lines = data.decode("utf-8").split("\n")
            if lines[-1] == "":
                lines.pop()
            return lines
        except UnicodeDecodeError:
            pass  # found again below, with its line
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    text_lines = []
    for number, raw in enumerate(lines, 1):
        try:
            text_lines.append(raw.decode(charset))
        except UnicodeDecodeError:
            raise SourceError(path, number, f"invalid byte sequence for the header's charset {charset}; "
                                            "if the file is in another encoding, say so in the header "
                                            "or convert it (msgconv -t UTF-8)") from None
    return text_lines


def _declared_charset(data: bytes, path) -> str:
    match = _CHARSET.search(data[:4096]) or _CHARSET.search(data)  # a long comment may come first
    if match is None:
        return "utf-8"  # msgfmt assumes ASCII-compatible text; UTF-8 is its superset
    name = match.group(1).decode("ascii")
    if name.upper() == "CHARSET":  # a template's placeholder
        return "utf-8"
    try:
        return codecs.lookup(name).name
    except LookupError:
        line = data[:match.start()].count(b"\n") + 1
        raise SourceError(path, line, f"unknown charset {name!r} in the Content-Type header; "
                                      "write charset=UTF-8 (convert the file with msgconv -t UTF-8)") from None


class _Parser:
    def __init__(self, path):
        self.path = path

    def fail(self, line: int, message: str):
        raise SourceError(self.path, line, message)

    def parse(self, lines: list[str]) -> list[_Entry]:
        entries: list[_Entry] = []
        entry = _Entry()
        field = None  # (kind, key) of the string that continuation lines extend
        for number, line in enumerate(lines, 1):
            # Most lines of a catalog continue a string: '"text"', nothing to unescape.
            if line[:1] == '"' and field is not None and field[0] == "field" and line.find('"', 1) == len(line) - 1 \
                    and "\\" not in line:
                entry.fields[field[1]] += line[1:-1]
                continue
            stripped = line.strip()
            obsolete = False
            if stripped.startswith("#~"):
                obsolete = True
                stripped = stripped[2:].strip()
                if stripped.startswith("|"):
                    stripped = "#" + stripped
                elif not stripped:
                    continue
            if not stripped:
                continue
            if stripped[0] == '"':  # a continuation line with escapes, or spaces around it
                if field is None or field[0] == "previous":
                    self.fail(number, "syntax error: a string outside any message field")
                value = self.string(stripped, number)
                if field[0] == "plural":
                    entry.plurals[field[1]] += value
                else:
                    entry.fields[field[1]] += value
                continue
            if stripped.startswith("#") and not entry.empty:
                entries.append(self._finish(entry, number))
                entry = _Entry()
            entry.first = entry.first or number
            if stripped.startswith("#|"):
                field = self._previous_line(entry, field, stripped[2:].strip(), number)
                entry.obsolete = entry.obsolete or obsolete
                continue
            if stripped.startswith("#"):
                if entry.previous:
                    self.fail(number, "syntax error: a comment after the previous-message (#|) lines; "
                                      "comments go above them")
                field = None
                self.comment(entry, line.lstrip().rstrip("\r") if not obsolete else "#" + stripped[1:])
                continue
            match = _KEYWORD.match(stripped)
            if not match:
                self.fail(number, f"syntax error: keyword {stripped.split()[0]!r} unknown")
            keyword, value = match.group(1), self.string(match.group(3), number)
            if keyword in ("msgctxt", "msgid") and ("msgid" in entry.fields
                                                    or keyword == "msgctxt" and "msgctxt" in entry.fields):
                entries.append(self._finish(entry, number))  # this keyword starts the next message
                entry = _Entry()
                entry.first = number
            field = self._keyword_line(entry, match, value, number, obsolete)
        if not entry.empty:
            entries.append(self._finish(entry, len(lines)))
        return entries

    def _previous_line(self, entry: _Entry, field, body: str, number: int):
        """A `#|` line (body: after the marker): a previous msgctxt/msgid/msgid_plural or its
        continuation. Returns the field that later continuation lines extend."""
        match = _KEYWORD.match(body)
        if match and match.group(1) in _PREVIOUS:
            later = _PREVIOUS[_PREVIOUS.index(match.group(1)):]
            if any(keyword in entry.previous for keyword in later):
                self.fail(number, f"syntax error: unexpected #| {match.group(1)}")
            entry.previous[match.group(1)] = self.string(match.group(3), number)
            return ("previous", match.group(1))
        if body.startswith('"') and field and field[0] == "previous":
            entry.previous[field[1]] += self.string(body, number)
            return field
        self.fail(number, "syntax error in a previous-message (#|) line")

    def _keyword_line(self, entry: _Entry, match: re.Match, value: str, number: int, obsolete: bool):
        """A msgctxt, msgid, msgid_plural, msgstr or msgstr[N] line of entry (value: its string).
        Returns the field that later continuation lines extend."""
        keyword, index, _ = match.groups()
        if not entry.fields and not entry.plurals:
            entry.line = number
            entry.obsolete = obsolete
        elif entry.obsolete != obsolete:
            self.fail(number, "inconsistent use of #~")
        if index is not None:
            if "msgid_plural" not in entry.fields:
                self.fail(number, "msgstr[] without msgid_plural")
            if int(index) != len(entry.plurals):
                self.fail(number, "plural form has wrong index")
            entry.plurals[int(index)] = value
            return ("plural", int(index))
        if keyword in entry.fields or not entry.fields.keys().isdisjoint(_LATER_FIELDS[keyword]) \
                or entry.plurals or (keyword != "msgctxt" and "msgid" not in entry.fields and keyword != "msgid"):
            self.fail(number, f"syntax error: unexpected {keyword}")
        if keyword == "msgstr" and "msgid_plural" in entry.fields:
            self.fail(number, "missing plural forms: msgstr[0] expected after msgid_plural")
        entry.fields[keyword] = value
        return ("field", keyword)

    def _finish(self, entry: _Entry, number: int) -> _Entry:
        """The entry, complete: its next line (number) starts something else."""
        if "msgid" not in entry.fields:
            self.fail(entry.line or number, "syntax error: a message without msgid")
        if "msgid_plural" in entry.fields and not entry.plurals:
            self.fail(number, "missing 'msgstr[]' section")
        if "msgstr" not in entry.fields and not entry.plurals:
            self.fail(number, "missing 'msgstr' section")
        return entry

    def comment(self, entry: _Entry, line: str) -> None:
        kind, body = line[1:2], line[2:]
        if kind == ".":
            entry.comment.append(body[1:] if body.startswith(" ") else body)
        elif kind == ":":
            for reference in body.split():
                file, _, number = reference.rpartition(":")
                entry.occurrences.append((file, number) if file and number.isdigit() else (reference, ""))
        elif kind == ",":
            entry.flags += [flag.strip() for flag in body.split(",") if flag.strip()]
        else:
            text = line[1:]
            entry.tcomment.append(text[1:] if text.startswith(" ") else text)

    def string(self, text: str, number: int) -> str:
        """The value of one quoted string token (and nothing else) on a line."""
        text = text.strip()
        if text.startswith('"') and "\\" not in text:  # most strings: no escape to decode
            end = text.find('"', 1)
            if end != -1 and not text[end + 1:].strip():
                return text[1:end]
        if not text.startswith('"'):
            self.fail(number, "syntax error: a quoted string was expected")
        out, index = [], 1
        while True:
            if index >= len(text):
                self.fail(number, "end-of-line within string")
            char = text[index]
            if char == '"':
                break
            if char == "\\":
                index += 1
                escape = text[index:index + 1]
                if escape in _SIMPLE_ESCAPES:
                    out.append(_SIMPLE_ESCAPES[escape])
                    index += 1
                elif escape and escape in "01234567":
                    digits = re.match(r"[0-7]{1,3}", text[index:]).group(0)
                    out.append(chr(int(digits, 8)))
                    index += len(digits)
                elif escape == "x" and re.match(r"[0-9A-Fa-f]", text[index + 1:index + 2]):
                    digits = re.match(r"[0-9A-Fa-f]+", text[index + 1:]).group(0)
                    out.append(chr(int(digits, 16) & 0xFF))
                    index += 1 + len(digits)
                else:
                    self.fail(number, f"invalid control sequence \\{escape} in a string "
                                      "(escapes are \\n, \\t, \\\" and \\\\)")
            else:
                out.append(char)
                index += 1
        if text[index + 1:].strip():
            self.fail(number, f"syntax error: unexpected text after the string: {text[index + 1:].strip()[:20]!r}")
        return "".join(out)


def _build(entries: list[_Entry], path, charset: str) -> polib.POFile:
    catalog = polib.POFile(wrapwidth=0, encoding="utf-8")
    catalog.header_fields = []
    catalog.encoding = charset
    seen: dict[tuple, int] = {}
    nplurals, nplurals_line = None, 0
    for entry in entries:
        msgid, msgstr = entry.fields["msgid"], entry.fields.get("msgstr", "")
        key = (entry.fields.get("msgctxt"), msgid)
        if key in seen:
            raise SourceError(path, entry.line, "duplicate message definition (first defined on line "
                                                f"{seen[key]}): merge the two entries into one")
        seen[key] = entry.line
        if msgid == "" and "msgctxt" not in entry.fields and not entry.obsolete:
            catalog.header = "\n".join(entry.tcomment) if entry.tcomment else None
            catalog.metadata_is_fuzzy = ["fuzzy"] if "fuzzy" in entry.flags else False
            catalog.header_text = msgstr
            for raw in msgstr.split("\n"):
                name, separator, value = raw.partition(":")
                if separator and name.strip():
                    catalog.header_fields.append((name.strip(), value.strip()))
                    catalog.metadata.setdefault(name.strip(), value.strip())
            match = re.search(r"nplurals\s*=\s*(\d+)", catalog.metadata.get("Plural-Forms", ""))
            if match:
                nplurals, nplurals_line = int(match.group(1)), entry.line
            continue
        if nplurals is not None and entry.plurals and "fuzzy" not in entry.flags and not entry.obsolete \
                and len(entry.plurals) != nplurals:
            raise SourceError(path, entry.line, f"{len(entry.plurals)} plural forms, but the header "
                                                f"(line {nplurals_line}) says nplurals={nplurals}")
        for value in [msgstr, *entry.plurals.values()]:  # msgfmt leaves fuzzy ones to the translator
            if value and not entry.obsolete and "fuzzy" not in entry.flags and (
                    msgid.startswith("\n") != value.startswith("\n") or msgid.endswith("\n") != value.endswith("\n")):
                raise SourceError(path, entry.line, "'msgid' and 'msgstr' entries do not both begin "
                                                    "and end with '\\n'")
        if "python-format" in entry.flags and "fuzzy" not in entry.flags and not entry.obsolete:
            problem = entry_format_mismatch(msgid, entry.fields.get("msgid_plural", ""), msgstr, entry.plurals)
            if problem:
                raise FormatStringError(path, entry.first, problem)  # where the entry starts, as checks report it
        catalog.append(polib.POEntry(
            msgid=msgid, msgstr=msgstr if not entry.plurals else "",
            msgid_plural=entry.fields.get("msgid_plural", ""),
            msgstr_plural=dict(entry.plurals),
            msgctxt=entry.fields.get("msgctxt"),
            obsolete=entry.obsolete,
            tcomment="\n".join(entry.tcomment),
            comment="\n".join(entry.comment),
            occurrences=entry.occurrences,
            flags=entry.flags,
            previous_msgctxt=entry.previous.get("msgctxt"),
            previous_msgid=entry.previous.get("msgid"),
            previous_msgid_plural=entry.previous.get("msgid_plural"),
        ))
        catalog[-1].linenum = entry.first
    if not hasattr(catalog, "header_text"):
        raise SourceError(path, 1, 'no header entry (msgid "" with Content-Type and Plural-Forms), '
                                   "which msgfmt --check requires")
    catalog.read_metadata = dict(catalog.metadata)
    return catalog


def unwrapped(catalog: polib.POFile) -> str:
    """polib's serialization without line wrapping: a canonical form to compare content.
    The catalog's own wrap width is left as it was."""
    width, catalog.wrapwidth = catalog.wrapwidth, 0
    try:
        return catalog.__unicode__()
    finally:
        catalog.wrapwidth = width


def msgcat_format(text: str, name: str = "-", encoding: str = "utf-8") -> bytes:
    """Format catalog text exactly as GNU msgcat writes it (wrap width 79)."""
    try:
        result = subprocess.run(
            ["msgcat", f"--width={WRAP_WIDTH}", "-o", "-", "-"],
            input=text.encode(encoding), capture_output=True, check=False,
        )
    except FileNotFoundError:
        raise ToolError("msgcat not found: install GNU gettext (apt-get install gettext)") from None
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().replace("<stdin>", name)
        raise ToolError(f"{name}: msgcat could not format the catalog: {detail}")
    return result.stdout


def gnu_format(catalog: polib.POFile, name: str = "-") -> bytes:
    """The catalog's bytes as GNU msgcat writes them, in the charset its header declares;
    msgcat itself runs only for characters whose line breaking po_format has not measured."""
    from i18n.catalogs.po_format import Unsupported, format_catalog

    encoding = _encoding(catalog)
    try:
        return format_catalog(catalog).encode(encoding)
    except Unsupported:
        return msgcat_format(format_catalog(catalog, wrap=False), name, encoding)


def _encoding(catalog: polib.POFile) -> str:
    match = re.search(r"charset=([A-Za-z0-9._:+-]+)", catalog.metadata.get("Content-Type", ""))
    try:
        return codecs.lookup(match.group(1)).name if match else "utf-8"
    except LookupError:
        return "utf-8"


def save_catalog(catalog: polib.POFile, path: Path, existing: polib.POFile | None) -> bool:
    """Write catalog to path (GNU-formatted, atomically) if its content differs."""
    if existing is not None and unwrapped(existing) == unwrapped(catalog):
        return False
    return write_if_changed(path, gnu_format(catalog, str(path)))
