"""The Release model: load and validate Markdown sources with YAML front matter."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from i18n.errors import SourceError
from i18n.runtime.filesafe import read_limited

SLUG_PATTERN = re.compile(r"[a-z0-9-]+")
ABOUT_ID_PATTERN = SLUG_PATTERN
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
FRONT_MATTER_FENCE = "---"
# libyaml's parser when PyYAML was built with it: ten times faster on large archives.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NULL_TAG, _STRING_TAG = "tag:yaml.org,2002:null", "tag:yaml.org,2002:str"
_NULL_SPELLINGS = ("", "~", "null", "Null", "NULL")


class _FrontMatterLoader(_YAML_LOADER):
    """Every scalar is kept as its text (see _plain): only a plain null needs telling apart,
    so a plain scalar is resolved by that alone, not by every implicit type's pattern."""

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode and implicit[0]:
            return _NULL_TAG if value in _NULL_SPELLINGS else _STRING_TAG
        return super().resolve(kind, value, implicit)
RELEASE_KEYS = {"title", "subtitle", "date", "dateline", "contacts", "about", "embargo", "slug", "draft"}
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
CONTACT_KEYS = {"name", "phone", "email", "role", "languages"}
# C0 controls but tab and line feed (a carriage return too: Markdown reads it as a line
# break), DEL, C1 and the noncharacters U+FFFE and U+FFFF: invisible, not XML, or terminal
# escapes. Refused in sources (read with universal newlines: CRLF files are fine), removed
# from translations (see render.py).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_NAME_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str = ""
    email: str = ""
    role: str = ""
    languages: tuple[str, ...] = ()  # the languages the contact speaks (codes: en, es)


@dataclass(frozen=True)
class About:
    """One organisation's boilerplate, shared by every release that names it."""

    id: str
    name: str
    body: str
    path: Path
    body_line: int  # 1-based line of the body's first line in the file


@dataclass(frozen=True)
class Release:
    path: Path
    slug: str
    title: str
    date: dt.date
    body: str
    body_line: int
    subtitle: str = ""
    dateline: str = ""
    contacts: tuple[Contact, ...] = ()
    about: tuple[str, ...] = ()
    embargo: dt.datetime | None = None
    draft: bool = False  # `draft: true` (written by `i18n import`): published in no language until removed
    slug_line: int = 1  # where the slug comes from: its front-matter line, or 1 (the file name)


@dataclass(frozen=True)
class _FrontMatter:
    values: dict
    lines: dict  # key -> 1-based line in the file
    body: str
    body_line: int
    start_line: int


def _split_front_matter(path: Path, text: str) -> _FrontMatter:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        raise SourceError(path, 1, "missing YAML front matter: the file must start with '---'")
    for index in range(1, len(lines)):
        if lines[index].strip() == FRONT_MATTER_FENCE:
            break
    else:
        raise SourceError(path, 1, "front matter is not closed by a '---' line")
    yaml_text = "".join(lines[1:index])
    try:
        _refuse_aliases(path, yaml_text)
        loader = _FrontMatterLoader(yaml_text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        context = getattr(error, "context_mark", None)
        # An unclosed quote or bracket is only noticed at the end of the front matter:
        # point at where it was opened instead.
        if context is not None and (mark is None or mark.index >= len(yaml_text.rstrip())):
            mark = context
        line = mark.line + 2 if mark else 2
        problem = getattr(error, "problem", None) or str(error)
        raise SourceError(path, line, f"invalid YAML front matter: {problem}") from None
    values: dict = {}
    key_lines: dict = {}
    if node is not None:
        if not isinstance(node, yaml.MappingNode):
            raise SourceError(path, 2, "front matter must be a mapping of keys to values")
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise SourceError(path, key_node.start_mark.line + 2,
                                  "a front matter key must be a name, not a list or a mapping")
            key = key_node.value
            if key in key_lines:
                raise SourceError(path, key_node.start_mark.line + 2,
                                  f"'{key}' is given twice (first on line {key_lines[key]})")
            key_lines[key] = key_node.start_mark.line + 2
            values[key] = _plain(value_node)
    return _FrontMatter(values, key_lines, "".join(lines[index + 1 :]), index + 2, 1)


def _refuse_aliases(path: Path, yaml_text: str) -> None:
    """Anchors and aliases have no use in front matter, and nested aliases expand without
    bound (a "billion laughs" of a few hundred bytes): refuse them before anything is built."""
    if "&" not in yaml_text and "*" not in yaml_text:
        return  # no anchor or alias can be written without them: skip scanning the YAML twice
    for token in yaml.scan(yaml_text, Loader=_YAML_LOADER):
        if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
            raise SourceError(path, token.start_mark.line + 2,
                              f"YAML anchors and aliases (&{token.value}, *{token.value}) are not allowed "
                              "in front matter: write the value out")


def _plain(node):
    """Node -> plain Python values, every scalar kept as its string (we parse dates ourselves)."""
    if isinstance(node, yaml.MappingNode):
        return {k.value: _plain(v) for k, v in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item) for item in node.value]
    if node.tag == _NULL_TAG and node.value in _NULL_SPELLINGS:
        return None
    return node.value


def _text(path, fm: _FrontMatter, key: str, required: bool = False) -> str:
    value = fm.values.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise SourceError(path, fm.lines.get(key, fm.start_line), f"missing required field '{key}'")
        return ""
    if not isinstance(value, str):
        raise SourceError(path, fm.lines[key], f"'{key}' must be text")
    return " ".join(value.split())


def _date(path, fm: _FrontMatter) -> dt.date:
    value = _text(path, fm, "date", required=True)
    try:
        if not ISO_DATE.fullmatch(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise SourceError(path, fm.lines["date"], f"invalid date {value!r}: expected YYYY-MM-DD") from None


def _draft(path, fm: _FrontMatter) -> bool:
    value = _text(path, fm, "draft").lower()
    if value not in ("", "true", "false"):
        raise SourceError(path, fm.lines["draft"], f"invalid draft {value!r}: expected true or false")
    return value == "true"


def _embargo(path, fm: _FrontMatter) -> dt.datetime | None:
    value = _text(path, fm, "embargo")
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise SourceError(
            path, fm.lines["embargo"],
            f"invalid embargo {value!r}: expected a time with offset, e.g. 2021-04-14T09:00:00-05:00",
        )
    return moment


def _contacts(path, fm: _FrontMatter) -> tuple[Contact, ...]:
    raw = fm.values.get("contacts")
    if raw is None:
        return ()
    line = fm.lines["contacts"]
    if not isinstance(raw, list):
        raise SourceError(path, line, "'contacts' must be a list of {name, phone, email, role}")
    contacts = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise SourceError(path, line, "every contact needs a 'name'")
        unknown = sorted(set(item) - CONTACT_KEYS)
        if unknown:
            raise SourceError(path, line, f"unknown contact field {unknown[0]!r}")
        languages = item.pop("languages", None) or []
        if not isinstance(languages, list) or not all(isinstance(code, str) and _LANGUAGE_CODE.fullmatch(code)
                                                      for code in languages):
            raise SourceError(path, line, f"contact {item['name']!r}: 'languages' must be a list of language "
                                          "codes, e.g. [en, es]")
        if not all(isinstance(v, str) or v is None for v in item.values()):
            raise SourceError(path, line, f"contact {item['name']!r}: every field must be text")
        contacts.append(Contact(**{k: (v or "").strip() for k, v in item.items()}, languages=tuple(languages)))
    return tuple(contacts)


def _about_ids(path, fm: _FrontMatter, known_about: set[str]) -> tuple[str, ...]:
    raw = fm.values.get("about")
    if raw is None:
        return ()
    line = fm.lines["about"]
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise SourceError(path, line, "'about' must be a list of boilerplate ids")
    for about_id in raw:
        if about_id not in known_about:
            known = ", ".join(sorted(known_about)) or "none"
            raise SourceError(
                path, line,
                f"unknown about id {about_id!r}: no releases/about/{about_id}.md (known: {known})",
            )
    return tuple(raw)


def load_release(path: Path, known_about: set[str]) -> Release:
    path = Path(path)
    text = _read(path)
    fm = _split_front_matter(path, text)
    unknown = sorted(set(fm.values) - RELEASE_KEYS)
    if unknown:
        raise SourceError(path, fm.lines[unknown[0]], f"unknown field {unknown[0]!r}")
    slug = _text(path, fm, "slug") or path.stem
    if not SLUG_PATTERN.fullmatch(slug):
        line = fm.lines.get("slug", 1)
        raise SourceError(path, line, f"invalid slug {slug!r}: use only a-z, 0-9 and '-'")
    return Release(
        path=path,
        slug=slug,
        title=_text(path, fm, "title", required=True),
        date=_date(path, fm),
        subtitle=_text(path, fm, "subtitle"),
        dateline=_text(path, fm, "dateline"),
        contacts=_contacts(path, fm),
        about=_about_ids(path, fm, known_about),
        embargo=_embargo(path, fm),
        draft=_draft(path, fm),
        body=fm.body,
        body_line=fm.body_line,
        slug_line=fm.lines.get("slug", 1),
    )


def load_about(path: Path) -> About:
    path = Path(path)
    fm = _split_front_matter(path, _read(path))
    about_id = path.stem
    if not ABOUT_ID_PATTERN.fullmatch(about_id):
        raise SourceError(path, 1, f"invalid about id {about_id!r}: name the file with a-z, 0-9 and '-'")
    return About(id=about_id, name=_text(path, fm, "name", required=True), body=fm.body,
                 path=path, body_line=fm.body_line)


def _read(path: Path) -> str:
    try:
        data = read_limited(path)
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SourceError(path, line, "not valid UTF-8") from None
    except OSError as error:
        raise SourceError(path, 0, f"cannot read: {error.strerror}") from None
    control = CONTROL_CHARACTERS.search(text)
    if control:
        raise SourceError(path, text.count("\n", 0, control.start()) + 1,
                          f"control character U+{ord(control.group()):04X}: remove it")
    return text


def source_paths(directory: Path) -> list[Path]:
    """The Markdown sources in a directory, sorted: regular files (or links to one) named
    *.md, without hidden ones such as an editor's `.#x.md` lock link."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    # By name (a string sort: Path's own compares parts, several times slower).
    paths = sorted((path for path in directory.glob("*.md") if not path.name.startswith(".") and path.is_file()),
                   key=lambda path: path.name)
    for path in paths:
        # A catalog names its sources in `#:` lines, which a line break would cut.
        if _NAME_BREAKS.search(path.name):
            shown = path.name.encode("unicode_escape").decode("ascii")
            raise SourceError(directory / shown, 0, "a line break or control character in the file name: rename it")
    return paths


def load_all(releases_dir: Path) -> tuple[list[Release], dict[str, About]]:
    """Every release (sorted by date, then slug) and every About block, validated together."""
    releases_dir = Path(releases_dir)
    abouts = {}
    for path in source_paths(releases_dir / "about"):
        about = load_about(path)
        abouts[about.id] = about
    releases = []
    seen: dict[str, Path] = {}
    for path in source_paths(releases_dir):
        release = load_release(path, set(abouts))
        if release.slug in seen:
            first = seen[release.slug]
            raise SourceError(path, release.slug_line,
                              f"slug {release.slug!r} is already used by {releases_dir.name}/{first.name}")
        seen[release.slug] = path
        releases.append(release)
    releases.sort(key=lambda r: (r.date, r.slug))
    return releases, abouts
