"""A local cache of what the last run computed, so that work on unchanged files is skipped.

It lives in `.i18n-cache/` at the project root (git-ignored) and is only ever a shortcut:
every entry is keyed by digests of the files it was computed from and of the pipeline's own
code, a missing or unreadable cache means "compute everything", and deleting it is safe.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from . import catalogs
from .layout import CACHE_DIR


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def file_digest(path: Path) -> str | None:
    try:
        return digest(Path(path).read_bytes())
    except FileNotFoundError:
        return None


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """The pipeline's code and templates: a new version invalidates everything cached."""
    package = Path(__file__).parent
    hasher = hashlib.blake2b(digest_size=16)
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".html", ".txt", ".xml", ".md"):
            hasher.update(path.relative_to(package).as_posix().encode())
            hasher.update(path.read_bytes())
    return hasher.hexdigest()


class Cache:
    """One JSON document per purpose ("extract", "build"), for one project root."""

    def __init__(self, root: Path, name: str):
        self.path = Path(root) / CACHE_DIR / f"{name}.json"
        self.data: dict = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if loaded.get("code") == code_digest():
                self.data = loaded
        except (OSError, ValueError, AttributeError):
            pass
        self.data["code"] = code_digest()

    def section(self, name: str) -> dict:
        return self.data.setdefault(name, {})

    def save(self) -> None:
        catalogs.atomic_write(self.path, json.dumps(self.data, ensure_ascii=False).encode("utf-8"))
