"""File safety: atomic writes, the repository lock, and the clean-up of temporary files.

Every file the pipeline writes goes through a temporary file next to it and a rename, so a
reader (or a crash) sees the old file or the new one, never half of one; a build that makes
dist/ anew writes it as a hidden staging folder renamed once complete. A temporary file
left by a killed run is named `.<name>.<random>.i18n-tmp` (git-ignored) and removed by the
next command that takes the lock. A failed write (disk full, read-only folder) is a one-line
WriteError naming the file, and leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import time
from pathlib import Path
from typing import Callable

from .errors import LockBusyError, WriteError

TEMP_SUFFIX = ".i18n-tmp"
LOCK_NAME = ".i18n.lock"


def atomic_write(path: Path, data: bytes) -> None:
    """Write data to path through a temporary file and a rename: readers never see half a file.

    No fsync per file: ext4, XFS and Btrfs flush a file's data before a rename replaces
    another, so a crash leaves the old catalog or the new one; an fsync per catalog cost more
    than the whole rest of `i18n translate`'s own work.
    """
    path = os.fspath(path)  # os functions, not pathlib: a build writes thousands of files
    temporary = None
    try:
        name = _temporary_name(path)
        handle = _open_new(name)
        temporary = name  # ours to remove from here on
        try:
            _write_all(handle, data)
        finally:
            os.close(handle)
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise WriteError(f"cannot write {path}: {error.strerror or error} (nothing else was changed "
                         "in this file)") from None
    except BaseException:
        _remove(temporary)
        raise


def _temporary_name(path: str) -> str:
    directory, name = os.path.split(path)
    # os.urandom as secrets.token_hex does, without importing secrets (and hmac, random, ...)
    return os.path.join(directory, f".{name}.{os.urandom(6).hex()}{TEMP_SUFFIX}")


def _open_new(path: str) -> int:
    """A new file (never an existing one) open for writing, readable by all (0644 under the
    usual umask), its folders made if missing.

    Created with its mode at once: mkstemp's 0600 then a chmod cost a third more per file
    (0.31 s against 0.21 s for 2,000 new catalogs)."""
    try:
        return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)


def _write_all(handle: int, data: bytes) -> None:
    # os.write, not a file object: no buffer set up (and no isatty, no seek) per file
    remaining = memoryview(data)
    while remaining:
        remaining = remaining[os.write(handle, remaining):]


def write_new(path: str, data: bytes) -> os.stat_result:
    """Write a new file in a folder no reader sees yet (a build's staging folder, see
    staging_folder): the folder's rename makes every file in it appear at once. Returns
    the file's stat (a rename of its folder keeps it)."""
    try:
        handle = _open_new(path)
        try:
            _write_all(handle, data)
            return os.fstat(handle)
        finally:
            os.close(handle)
    except OSError as error:
        raise WriteError(f"cannot write {path}: {error.strerror or error}") from None


def staging_folder(final: Path) -> Path:
    """A new, hidden, empty folder next to `final` (which does not exist), to be renamed to it
    by publish_folder once complete. Writing a new folder of thousands of files this way costs
    a rename for the folder instead of one per file; a killed run's is removed like any
    temporary file."""
    final = Path(final)
    staging = final.parent / f".{final.name}.{os.urandom(6).hex()}{TEMP_SUFFIX}"
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()
    except OSError as error:
        raise WriteError(f"cannot create {staging}: {error.strerror or error}") from None
    return staging


def publish_folder(staging: Path, final: Path) -> None:
    """Rename a complete staging folder to its final name (which must still not exist)."""
    try:
        os.rename(staging, final)
    except OSError as error:
        raise WriteError(f"cannot rename {staging} to {final}: {error.strerror or error} "
                         f"(did something else create {final} meanwhile?)") from None


def remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _remove(temporary: str | None) -> None:
    if temporary is not None:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def write_if_changed(path: Path, data: bytes) -> bool:
    """Atomically write data unless path already holds exactly these bytes."""
    try:
        with open(path, "rb") as stream:
            if stream.read() == data:
                return False
    except (FileNotFoundError, NotADirectoryError):
        pass
    except OSError as error:
        raise WriteError(f"cannot read {path}: {error.strerror or error}") from None
    atomic_write(path, data)
    return True


def remove_stale_temporaries(root: Path) -> list[Path]:
    """Delete the temporary files and staging folders a killed run left under root (other
    hidden folders skipped, except the cache). Only safe while holding the repository lock."""
    removed = []
    for folder, names, files in os.walk(root):
        for name in names:
            if name.startswith(".") and name.endswith(TEMP_SUFFIX):
                remove_folder(Path(folder) / name)
                removed.append(Path(folder) / name)
        names[:] = [n for n in names if not n.startswith(".") or n == ".i18n-cache"]
        for name in files:
            if name.startswith(".") and name.endswith(TEMP_SUFFIX):
                path = Path(folder) / name
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


@contextlib.contextmanager
def repository_lock(root: Path, timeout: float, on_wait: Callable[[], None] | None = None):
    """Hold an exclusive lock on the repository so two commands never interleave writes."""
    lock_path = Path(root) / LOCK_NAME
    try:
        handle = open(lock_path, "a+")
    except OSError as error:
        raise WriteError(f"cannot open the lock file {lock_path}: {error.strerror or error} "
                         f"({LOCK_NAME} must be a writable file; remove whatever is there)") from None
    with handle:
        deadline = time.monotonic() + timeout
        waited = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited and on_wait:
                    on_wait()
                waited = True
                if time.monotonic() >= deadline:
                    raise LockBusyError(
                        f"another i18n command has held {lock_path.name} for {timeout:g} s; "
                        "stopped without writing anything (run again when it has finished)"
                    ) from None
                time.sleep(0.05)
        try:
            remove_stale_temporaries(Path(root))
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
