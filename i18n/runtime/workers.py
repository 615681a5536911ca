"""Worker processes die with the command that forked them.

A build or extract forks workers (they inherit what the parent has read, which spawned or
forkserver workers would read again). Killed with SIGKILL, the parent cannot stop them:
so each worker asks Linux for SIGKILL when its parent ends (prctl PR_SET_PDEATHSIG), and
checks its parent before each task where that call is missing. Workers never hold the
repository lock either (filesafe closes their copy of it at the fork).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal

_PR_SET_PDEATHSIG = 1


_parent: int | None = None  # in a worker: the process that forked it


def start(parent: int) -> None:
    """In a new worker of process `parent`: die with it, and now if it is already gone."""
    global _parent
    _parent = parent
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: check() before each task does it
        pass
    check()  # the parent may have died before the prctl call


def check() -> None:
    """In a worker, before a task: end at once if the parent is gone."""
    if _parent is not None and os.getppid() != _parent:
        os._exit(1)
