"""Settings from [tool.i18n] in the project's pyproject.toml, with defaults."""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import urlsplit

from .errors import SettingsError, SourceError

PAGE_SIZES = ("Letter", "Legal", "A4", "A5", "B5", "Ledger")  # the PDF's (CSS page size names)


@dataclass(frozen=True)
class Config:
    root: Path
    source_language: str = "en"
    languages: tuple[str, ...] = ("es",)
    releases_dir: str = "releases"
    locales_dir: str = "locales"
    dist_dir: str = "dist"
    base_url: str = ""
    site_name: str = "Press releases"
    publisher: str = "Press office"
    timezone: str = "UTC"  # of release dates without an embargo time (schema.org datePublished)
    lock_timeout: float = 60.0
    cloud_timeout: float = 30.0  # seconds for one whole request to a cloud engine (answer included)
    checks_disabled: tuple[str, ...] = ()  # `i18n check` checks turned off project-wide
    checks_as_errors: tuple[str, ...] = ()  # `i18n check` checks whose warnings are errors
    templates_dir: str = "templates"  # the project's own page templates, when the folder exists
    configured: bool = False  # pyproject.toml has a [tool.i18n] table (not a setting)
    mt_clock: str = "12h"  # times in machine drafts: "12h" (3 p. m.) or "24h" (15:00)
    memory_threshold: float = 0.75  # `i18n translate`: least similarity of a memory draft
    country: str = ""  # ISO 3166 code of the releases' phone numbers ("US"): printed and dialled as +1 ...
    pdf: bool = False  # `i18n build` also writes dist/<lang>/<slug>.pdf (WeasyPrint; slower, so opt-in)
    pdf_page_size: str = "Letter"  # the PDF's page size: Letter, Legal, A4, A5, B5 or Ledger
    email_from: str = ""  # the .eml's From ("Press Office <press@example.org>"); unset: the first contact's
    email_reply_to: str = ""  # the .eml's Reply-To, addresses separated by commas; unset: the contacts'

    @property
    def releases_path(self) -> Path:
        return self.root / self.releases_dir

    @property
    def about_path(self) -> Path:
        return self.releases_path / "about"

    @property
    def locales_path(self) -> Path:
        return self.root / self.locales_dir

    @property
    def templates_path(self) -> Path:
        return self.locales_path / "templates"

    @property
    def page_templates_path(self) -> Path | None:
        """The project's jinja2 templates, each overriding the package's one of the same name."""
        path = self.root / self.templates_dir
        return path if path.is_dir() else None

    @property
    def dist_path(self) -> Path:
        return self.root / self.dist_dir

    def relative(self, path: Path) -> str:
        """A path as written in catalogs and messages: relative to the root, with slashes."""
        text = str(path)
        root = str(self.root) + "/"
        if text.startswith(root):  # the common case, without resolving symlinks
            return text[len(root):]
        try:
            return Path(path).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return text


_SETTINGS = {f.name: f for f in fields(Config) if f.name not in ("root", "configured")}


def load_config(root: Path | str = ".", check_names: Callable[[], Iterable[str]] | None = None) -> Config:
    """Read [tool.i18n] from root/pyproject.toml; every key is optional, every value checked.

    Every mistake is reported at once (SettingsError, one `pyproject.toml:line: message` each).
    check_names gives the names of `i18n check`'s checks, to validate checks_disabled (the CLI
    passes them: settings do not import the checks)."""
    root = Path(root).resolve()
    pyproject = root / "pyproject.toml"
    settings, text, configured = _read_table(pyproject)
    errors: list[SourceError] = []
    bad: set[str] = set()  # keys left at their default while the errors are gathered
    for key, value in list(settings.items()):
        if key not in _SETTINGS:
            message = f"unknown setting [tool.i18n] {key!r}"
        else:
            message = _type_problem(settings, key) or _value_problem(settings, key, value, check_names)
        if message:
            errors.append(SourceError(pyproject, setting_line(text, key), message))
            bad.add(key)
    valid = {key: value for key, value in settings.items() if key in _SETTINGS and key not in bad}
    config = Config(root=root, configured=configured, **valid)
    try:
        _check_dist_dir(config, pyproject, setting_line(text, "dist_dir"))
    except SourceError as error:
        errors.append(error)
    if errors:
        raise SettingsError(errors)
    return config


def _read_table(pyproject: Path) -> tuple[dict, str, bool]:
    """[tool.i18n] of pyproject (empty when there is no file), the file's text, and whether
    the table is there at all."""
    if not pyproject.exists():
        return {}, "", False
    text = pyproject.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or _line_from_message(str(error))
        raise SourceError(pyproject, line, f"invalid TOML: {error}") from None
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise SettingsError([SourceError(pyproject, _first_line(text, r"\[\[?\s*tool\s*\]|tool\s*="),
                                         "[tool] must be a table (of [tool.i18n] and other tools' settings)")])
    settings = tool.get("i18n", {})
    if not isinstance(settings, dict):
        raise SettingsError([SourceError(pyproject, _first_line(text, r"(tool\s*\.\s*)?i18n\s*="),
                                         "[tool.i18n] must be a table of settings, e.g. languages = [\"es\"]")])
    return settings, text, "i18n" in tool


def _type_problem(settings: dict, key: str) -> str | None:
    """What is wrong with the type of settings[key], if anything; a list becomes a tuple and a
    number a float in settings, as Config holds them."""
    value, default = settings[key], _SETTINGS[key].default
    if isinstance(default, bool):
        return None if isinstance(value, bool) else f"[tool.i18n] {key} must be true or false"
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            return f"[tool.i18n] {key} must be a list of strings"
        settings[key] = tuple(value)
    elif isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"[tool.i18n] {key} must be a number"
        settings[key] = float(value)
        if not math.isfinite(settings[key]):
            return f"[tool.i18n] {key} must be a finite number"
    elif not isinstance(value, str):
        return f"[tool.i18n] {key} must be text"
    elif re.search("[\x00-\x1f\x7f-\x9f\ufffe\uffff]", value):  # it reaches pages and feeds
        return f"[tool.i18n] {key} has a control character"
    return None


def _value_problem(settings: dict, key: str, value, check_names) -> str | None:
    """What is wrong with a setting of the right type (value: as written), if anything."""
    if key == "timezone":
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            return f"unknown time zone {value!r} (e.g. America/Chicago)"
    elif key == "mt_clock" and value not in ("12h", "24h"):
        return "[tool.i18n] mt_clock must be \"12h\" or \"24h\""
    elif key == "cloud_timeout" and settings[key] <= 0:
        return "[tool.i18n] cloud_timeout must be above 0"
    elif key == "lock_timeout" and settings[key] < 0:
        return "[tool.i18n] lock_timeout must be 0 or more"
    elif key == "memory_threshold" and not 0 < settings[key] <= 1:
        return "[tool.i18n] memory_threshold must be above 0 and at most 1 (a similarity: 0.75 is 75%)"
    elif key in ("source_language", "languages"):
        for language in (settings[key] if key == "languages" else [value]):
            if not _known_language(language):
                return f"[tool.i18n] {key}: unknown language {language!r} (a language code such as es, fr or pt-BR)"
    elif key == "pdf_page_size" and value not in PAGE_SIZES:
        return f"[tool.i18n] pdf_page_size must be one of {', '.join(PAGE_SIZES)}"
    elif key == "country" and value and not _has_phone_data(value):
        import phonenumbers

        if value not in phonenumbers.SUPPORTED_REGIONS:
            return f"[tool.i18n] country {value!r} is not an ISO 3166 country code (e.g. \"US\", \"MX\")"
    elif key in ("email_from", "email_reply_to") and value:
        try:
            for part in value.split(",") if key == "email_reply_to" else [value]:
                if not _PLAIN_ADDRESS.fullmatch(part):
                    parse_address(part)
        except ValueError as error:
            return f"[tool.i18n] {key}: {error}"
    elif key == "base_url" and value:
        return _base_url_problem(value)
    elif key in ("checks_disabled", "checks_as_errors") and check_names is not None:
        known = list(check_names())
        for name in settings[key]:
            if name not in known:
                return f"[tool.i18n] {key}: {name!r} is not a check (checks: {', '.join(known)})"
    return None


# Quick answers for the commonest settings, so a run does not import what checks them (about
# 30 ms of every command's start): a region whose metadata phonenumbers ships is one of its
# SUPPORTED_REGIONS (its data module per region, region_US.py), and an address of plain words
# and a dot-atom ("Press Office <press@example.org>") is one HeaderRegistry reads without
# defect. Anything else is asked of the libraries themselves.
_REGION = re.compile(r"[A-Z]{2}")
_ADDR_SPEC = r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_PLAIN_ADDRESS = re.compile(rf" *(?:{_ADDR_SPEC}|(?:[A-Za-z0-9]+ )+<{_ADDR_SPEC}>) *")


def _has_phone_data(region: str) -> bool:
    """Does phonenumbers ship metadata for this region (found without importing it)?"""
    import importlib.util

    spec = importlib.util.find_spec("phonenumbers")
    if not _REGION.fullmatch(region) or spec is None or spec.origin is None:
        return False
    return (Path(spec.origin).parent / "data" / f"region_{region}.py").is_file()


def _base_url_problem(url: str) -> str | None:
    """base_url starts every link, canonical URL and feed id: an http(s) URL, nothing else."""
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname \
            or re.search(r"[\x00-\x20\x7f<>\"']", url) or parts.query or parts.fragment:
        return (f"[tool.i18n] base_url {url!r} must be an http:// or https:// URL without query or fragment, "
                "e.g. https://press.example.org")
    return None


def _check_dist_dir(config: Config, pyproject: Path, line: int) -> None:
    """`i18n build` removes its old outputs from dist_dir: never let it be the project, nor
    hold or sit inside the sources or catalogs."""
    dist = config.dist_path.resolve()
    root = config.root.resolve()
    if dist == root or dist in root.parents:
        raise SourceError(pyproject, line, f"[tool.i18n] dist_dir {config.dist_dir!r} is the project folder "
                                           "or contains it: use a folder of its own, e.g. \"dist\"")
    for name, path in (("releases_dir", config.releases_path), ("locales_dir", config.locales_path),
                       ("templates", config.templates_path), ("templates_dir", config.root / config.templates_dir)):
        path = path.resolve()
        if dist == path or dist in path.parents or path in dist.parents:
            raise SourceError(pyproject, line, f"[tool.i18n] dist_dir {config.dist_dir!r} overlaps {name} "
                                               f"({config.relative(path)}): use a folder of its own, e.g. \"dist\"")


def setting_line(text: str, key: str) -> int:
    """The 1-based line where key is set in pyproject.toml's [tool.i18n] table (tomllib keeps
    no positions): the table's own line if the key is not found in it, 1 without a table."""
    lines = text.splitlines()
    table = next((i for i, line in enumerate(lines) if re.match(r"\s*\[\s*tool\s*\.\s*i18n\s*\]\s*(#.*)?$", line)),
                 None)
    if table is None:
        return 1
    key_line = re.compile(rf"\s*(?:{re.escape(key)}|\"{re.escape(key)}\")\s*=")
    for number in range(table + 1, len(lines)):
        if re.match(r"\s*\[", lines[number]):  # the next table: [tool.i18n] ends here
            break
        if key_line.match(lines[number]):
            return number + 1
    return table + 1


def _known_language(code: str) -> bool:
    """A language Babel has data for (dates, plural forms, names): es, fr, pt-BR, zh-Hant..."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return bool(re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", code))


def _first_line(text: str, pattern: str) -> int:
    """The 1-based line of the first match of pattern at a line's start (1 if none)."""
    match = re.search(rf"(?m)^[ \t]*(?:{pattern})", text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _line_from_message(message: str) -> int:
    # tomllib reports "(at line N, column M)" in the message text only.
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else 1


def parse_address(text: str, display_name: str = ""):
    """"Name <a@b.org>" or "a@b.org" as an email Address (the e-mail settings are checked with
    it, the .eml files written with it); ValueError when it is not one address."""
    from email.headerregistry import Address, HeaderRegistry  # here: only e-mail settings ask

    header = HeaderRegistry()("To", text)
    addresses = header.addresses
    if len(addresses) != 1 or not addresses[0].domain or header.defects:
        raise ValueError(f"{text!r} is not one e-mail address (e.g. Press Office <press@example.org>)")
    address = addresses[0]
    name = " ".join((address.display_name or display_name).split())  # untrusted: no line break
    return Address(name, address.username, address.domain)
