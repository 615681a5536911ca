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

from i18n.runtime import filesafe
from i18n.errors import WriteError
from i18n.layout import CACHE_DIR


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def file_digest(path: Path) -> str | None:
    try:
        return digest(filesafe.read_limited(path))  # InputRefused: a device, or beyond the limit
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """The pipeline's code and templates: a new version invalidates everything cached."""
    package = Path(__file__).parent.parent
    hasher = hashlib.blake2b(digest_size=16)
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".html", ".txt", ".xml", ".md"):
            hasher.update(path.relative_to(package).as_posix().encode())
            hasher.update(path.read_bytes())
    return hasher.hexdigest()


def matches(value, shape) -> bool:
    """Does a JSON value have this shape? A shape is a type (None for null), a tuple of
    alternatives, [item] for a list of items, [a, b, ...] for a list of exactly those,
    {"*": value} for an object of any keys, or {key: value} for an object with these keys
    (a key ending in "?" is optional; other keys are allowed)."""
    if shape is None:
        return value is None
    if isinstance(shape, type):
        return isinstance(value, shape) and not (shape is int and isinstance(value, bool))
    if isinstance(shape, tuple):
        return any(matches(value, alternative) for alternative in shape)
    if isinstance(shape, list):
        if not isinstance(value, list):
            return False
        if len(shape) == 1:
            return all(matches(item, shape[0]) for item in value)
        return len(value) == len(shape) and all(matches(v, s) for v, s in zip(value, shape))
    if not isinstance(value, dict):
        return False
    if "*" in shape:
        return all(matches(item, shape["*"]) for item in value.values())
    return all((key.rstrip("?") in value and matches(value[key.rstrip("?")], item)) or
               (key.endswith("?") and key[:-1] not in value) for key, item in shape.items())


class Cache:
    """One JSON document per purpose ("extract", "build"), for one project root.

    A document of another shape than `shape` (hand-edited, from another version) is
    ignored like a missing one."""

    def __init__(self, root: Path, name: str, shape: dict | None = None):
        self.path = Path(root) / CACHE_DIR / f"{name}.json"
        self.data: dict = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict) and loaded.get("code") == code_digest() and matches(loaded, shape or {}):
                self.data = loaded
        except (OSError, ValueError):
            pass
        self.data["code"] = code_digest()

    def section(self, name: str) -> dict:
        return self.data.setdefault(name, {})

    def save(self) -> None:
        """Write the cache; a cache that cannot be written is only a lost shortcut."""
        try:
            # ASCII (non-ASCII characters as \u escapes): a text with one character beyond
            # Latin-1 is held at two bytes a character, then read back, and the drafting cache of
            # a 10,000-release memory is 80 MB.
            filesafe.atomic_write(self.path, json.dumps(self.data).encode("ascii"))
        except WriteError:
            pass
