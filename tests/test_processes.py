"""Processes and the repository lock: a killed command leaves nothing that blocks the next one.

Real processes: `i18n` run as a user runs it, its main process killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from test_build_parallel import many_releases

I18N = str(Path(sys.executable).parent / "i18n")
LOCK_TIMEOUT = 5  # seconds a command waits for the lock: a test that fails does not hang


def _short_lock_timeout(root: Path) -> None:
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(text.replace("[tool.i18n]\n", f"[tool.i18n]\nlock_timeout = {LOCK_TIMEOUT}\n"),
                                         encoding="utf-8")


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie holds no file


def _wait_for(condition, what: str, limit: float = 120) -> None:
    """Poll until condition() holds: a bound so that a broken test fails instead of hanging."""
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, f"never saw {what}"
        time.sleep(0.02)


def test_a_killed_builds_workers_die_with_it_and_the_next_build_runs(project):
    many_releases(project, copies=200)
    _short_lock_timeout(project)
    env = {**os.environ, "I18N_BUILD_WORKERS": "2"}
    build = subprocess.Popen([I18N, "--root", str(project), "build"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(lambda: len(_children(build.pid)) >= 2 or build.poll() is not None, "the build's workers")
        workers = _children(build.pid)
        assert build.poll() is None and len(workers) >= 2
        assert list(project.glob(".dist.*.i18n-tmp"))  # the first build's staging folder
    finally:
        build.kill()
        build.wait()
    try:
        again = subprocess.run([I18N, "--root", str(project), "build"], env=env, capture_output=True, text=True,
                               timeout=600)
        assert again.returncode == 0, again.stderr
        assert "Traceback" not in again.stderr
        assert not [pid for pid in workers if _alive(pid)]
        assert not list(project.glob(".dist.*.i18n-tmp")) and (project / "dist" / "en" / "index.html").is_file()
    finally:
        for pid in workers:  # today's orphans, so that a failing test leaves no process behind
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


HOLDER = """
import fcntl, os, sys, time
lock = open(sys.argv[1], "a+")
fcntl.flock(lock, fcntl.LOCK_EX)
child = os.fork()
if child == 0:  # keeps the locked file open after its parent is gone
    os.close(1), os.close(2)
    time.sleep(300)
    os._exit(0)
print(child, flush=True)
os._exit(0)  # dies holding the lock
"""


def test_a_lock_left_by_a_dead_process_is_taken_over_with_a_message(project):
    _short_lock_timeout(project)
    holder = subprocess.run([sys.executable, "-c", HOLDER, str(project / ".i18n.lock")], capture_output=True,
                            text=True, check=True)
    orphan = int(holder.stdout)
    try:
        result = subprocess.run([I18N, "--root", str(project), "build"], capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
        assert "took over .i18n.lock" in result.stderr and "no longer running" in result.stderr
        # The next command takes the new lock at once, with no message.
        again = subprocess.run([I18N, "--root", str(project), "check"], capture_output=True, text=True, timeout=600)
        assert again.returncode == 0 and "lock" not in again.stderr, again.stderr
    finally:
        os.kill(orphan, signal.SIGKILL)
