"""Settings from [tool.i18n] in the project's pyproject.toml, with defaults."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from .errors import SourceError


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
    checks_disabled: tuple[str, ...] = ()  # `i18n check` checks turned off project-wide
    memory_threshold: float = 0.75  # `i18n translate`: least similarity of a memory draft

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


_SETTINGS = {f.name: f for f in fields(Config) if f.name != "root"}


def load_config(root: Path | str = ".") -> Config:
    """Read [tool.i18n] from root/pyproject.toml; every key is optional, every value checked."""
    root = Path(root).resolve()
    pyproject = root / "pyproject.toml"
    settings: dict = {}
    text = ""
    if pyproject.exists():
        text = pyproject.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            line = getattr(error, "lineno", None) or _line_from_message(str(error))
            raise SourceError(pyproject, line, f"invalid TOML: {error}") from None
        settings = data.get("tool", {}).get("i18n", {})
    for key, value in settings.items():
        line = setting_line(text, key)
        if key not in _SETTINGS:
            raise SourceError(pyproject, line, f"unknown setting [tool.i18n] {key!r}")
        default = _SETTINGS[key].default
        if isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
                raise SourceError(pyproject, line, f"[tool.i18n] {key} must be a list of strings")
            settings[key] = tuple(value)
        elif isinstance(default, float):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise SourceError(pyproject, line, f"[tool.i18n] {key} must be a number")
            settings[key] = float(value)
        elif not isinstance(value, str):
            raise SourceError(pyproject, line, f"[tool.i18n] {key} must be text")
    if "timezone" in settings:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(settings["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            raise SourceError(pyproject, setting_line(text, "timezone"),
                              f"unknown time zone {settings['timezone']!r} (e.g. America/Chicago)") from None
    return Config(root=root, **settings)


def setting_line(text: str, key: str) -> int:
    """The 1-based line where key is set in pyproject.toml's text (1 if it cannot be told)."""
    match = re.search(rf"^\s*{re.escape(key)}\s*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _line_from_message(message: str) -> int:
    # tomllib reports "(at line N, column M)" in the message text only.
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else 1
