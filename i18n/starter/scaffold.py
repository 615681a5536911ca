"""`i18n init`: the files a new press room starts from. Nothing that exists is ever replaced.

Writes pyproject.toml with a [tool.i18n] table (or adds the table to a pyproject.toml that
has none, through tomlkit, which keeps the rest as it was and the file valid TOML, an inline
`tool = { ... }` table included), releases/ and releases/about/, the
glossary with its header, each language's site.po with the page strings the package
translates (reviewed, marked as the package's), the .gitignore lines for what the pipeline
makes locally, and the GitHub workflow the package ships (the very file this repository runs).
A target that is a symbolic link (or inside one) is refused before anything is written: it
would write outside the project.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from i18n.runtime.filesafe import atomic_write, refuse_links
from i18n.config import Config, load_config
from i18n.layout import language_path
from i18n.memory.package_strings import starting_site_catalog
from i18n.catalogs.pofile import gnu_format

WORKFLOW = ".github/workflows/i18n.yml"
GITIGNORE = ("dist/", ".i18n-cache/", ".i18n.lock", "*.i18n-tmp")
GITIGNORE_COMMENT = "# i18n: outputs, local state, and temporary files of interrupted writes"
# The settings `i18n init` writes, in this order; other keys keep their defaults (README: Settings).
SETTINGS = ("source_language", "languages", "site_name", "publisher", "base_url", "timezone")


@dataclass
class InitResult:
    written: list[Path] = field(default_factory=list)  # new files and folders
    extended: list[tuple[Path, str]] = field(default_factory=list)  # existing files, what was added
    kept: list[Path] = field(default_factory=list)  # already there: left as they were


def default_settings() -> dict:
    defaults = Config(root=Path("."))
    return {key: getattr(defaults, key) for key in SETTINGS}


def settings_table(settings: dict) -> str:
    """[tool.i18n] as TOML text (a JSON string or list of strings is valid TOML)."""
    lines = ["[tool.i18n]"]
    for key in SETTINGS:
        value = settings[key]
        value = list(value) if isinstance(value, tuple) else value
        lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def workflow_text() -> bytes:
    return resources.files("i18n").joinpath("starter/i18n.yml").read_bytes()


def init_project(root: Path, settings: dict | None = None) -> InitResult:
    """Create what is missing of a press room in root; report what was written and kept."""
    root = Path(root)
    settings = {**default_settings(), **(settings or {})}
    targets = ["pyproject.toml", "releases/about", "locales/glossary.csv", ".gitignore", WORKFLOW]
    refuse_links(root, [root / target for target in targets],
                 "i18n init writes only the project's own files and folders; nothing was written")
    result = InitResult()
    _pyproject(root / "pyproject.toml", settings, result)
    for folder in (root / "releases", root / "releases" / "about"):
        if folder.is_dir():
            result.kept.append(folder)
        else:
            folder.mkdir(parents=True)
            result.written.append(folder)
    header = ",".join([settings["source_language"], *settings["languages"], "note"]) + "\n"
    _new_file(root / "locales" / "glossary.csv", header.encode("utf-8"), result)
    _gitignore(root / ".gitignore", result)
    _new_file(root / WORKFLOW, workflow_text(), result)
    _site_catalogs(root, settings, result)
    return result


def _site_catalogs(root: Path, settings: dict, result: InitResult) -> None:
    """Each language's site.po, with the page strings the package translates, reviewed."""
    config = load_config(root) if has_settings(root) else Config(
        root=root.resolve(), languages=tuple(settings["languages"]), site_name=settings["site_name"])
    now = dt.datetime.now(dt.timezone.utc)
    for language in config.languages:
        catalog = starting_site_catalog(config, language, now)
        if catalog is not None:
            _new_file(language_path(config, language, "site"), gnu_format(catalog), result)


def _new_file(path: Path, data: bytes, result: InitResult) -> None:
    if path.exists():
        result.kept.append(path)
    else:
        atomic_write(path, data)
        result.written.append(path)


def has_settings(root: Path) -> bool:
    """root/pyproject.toml already holds a [tool.i18n] table."""
    try:
        data = tomllib.loads((Path(root) / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return False
    return "i18n" in data.get("tool", {})


def _pyproject(path: Path, settings: dict, result: InitResult) -> None:
    table = settings_table(settings)
    if not path.exists():
        atomic_write(path, ("# Settings of this press room's `i18n` pipeline.\n" + table).encode("utf-8"))
        result.written.append(path)
        return
    load_config(path.parent)  # a broken pyproject.toml is `pyproject.toml:line: ...`, nothing written
    if has_settings(path.parent):
        result.kept.append(path)
        return
    atomic_write(path, _with_settings(path.read_text(encoding="utf-8"), settings).encode("utf-8"))
    result.extended.append((path, "[tool.i18n]"))


def _with_settings(text: str, settings: dict) -> str:
    """pyproject.toml's text with [tool.i18n] added by tomlkit: what was there stays as it
    was; an inline `tool = { ... }` table gets an inline `i18n = { ... }` (a [tool.i18n]
    header after it would be invalid TOML)."""
    import tomlkit
    from tomlkit.items import InlineTable

    values = {key: list(settings[key]) if isinstance(settings[key], tuple) else settings[key] for key in SETTINGS}
    document = tomlkit.parse(text)
    tool = document.get("tool")
    table = tomlkit.inline_table() if isinstance(tool, InlineTable) else tomlkit.table()
    table.update(values)
    if tool is None:
        if text and not text.endswith("\n\n"):
            document.add(tomlkit.nl())
        tool = tomlkit.table(is_super_table=True)
        document.add("tool", tool)
    tool["i18n"] = table
    return tomlkit.dumps(document)


def _gitignore(path: Path, result: InitResult) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    present = {line.strip() for line in text.splitlines()}
    missing = [line for line in GITIGNORE if line not in present]
    if not missing:
        result.kept.append(path)
        return
    addition = "\n".join([GITIGNORE_COMMENT, *missing]) + "\n"
    if not text:
        atomic_write(path, addition.encode("utf-8"))
        result.written.append(path)
        return
    separator = "\n" if text.endswith("\n") else "\n\n"
    atomic_write(path, (text + separator + addition).encode("utf-8"))
    result.extended.append((path, ", ".join(missing)))
