"""Apertium, the offline default: one process for the whole run.

The process runs in null-flush mode (`-z`): each segment is followed by an empty superblank
`[]` (without it Apertium drops a final period) and a NUL, and Apertium answers each with a
NUL, so catalogs can be sent one after another to the same process (start-up costs about
0.3 s; a process per segment would be 100x slower). `-u` keeps unknown words unmarked
(the `*` marks break placeholders and Markdown); `-f none` takes the stream format as is,
so its special characters are escaped.
"""

from __future__ import annotations

import collections
import fcntl
import os
import re
import select
import shutil
import subprocess
from typing import Iterator

from ..languages import base_language
from . import EngineError

PAIRS = {("en", "es"): "eng-spa", ("es", "en"): "spa-eng", ("en", "ca"): "eng-cat", ("en", "gl"): "eng-glg"}
_SPECIAL = re.compile(r"([\\\[\]{}^$@/<>])")
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text.replace("\0", " "))


def unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


def language_pair(source: str, target: str) -> str:
    key = (base_language(source), base_language(target))
    if key not in PAIRS:
        raise EngineError(f"apertium: no language pair for {source}->{target}")
    return PAIRS[key]


class ApertiumEngine:
    name = "apertium"
    offline = True
    streaming = True  # open_stream(): texts may be sent in batches while answers are read

    def __init__(self, source: str, target: str):
        self.detail = language_pair(source, target)
        self.process: subprocess.Popen | None = None
        self.stream: ApertiumStream | None = None

    def prepare(self) -> None:
        """Start the process now, so that its start-up overlaps reading the catalogs."""
        if self.process is None:
            if shutil.which("apertium") is None:
                raise EngineError("apertium: not installed (Debian: apt-get install apertium apertium-eng-spa)")
            self.process = subprocess.Popen(
                ["apertium", "-z", "-u", "-f", "none", self.detail],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            )

    def close(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
        if self.stream is not None:
            self.stream.stop()
        self.process = self.stream = None

    def translate(self, texts: list[str]) -> Iterator[str]:
        """Translations in order, yielded as Apertium produces them, from ONE process."""
        if not texts:
            return iter(())
        stream = self.open_stream()
        stream.send(texts)
        stream.end()
        return stream.answers()

    def open_stream(self) -> "ApertiumStream":
        """The process, fed batch by batch (send) while its answers are read: drafting sends
        each catalog's segments as soon as they are masked, and the engine never waits."""
        self.prepare()
        self.stream = ApertiumStream(self)
        return self.stream


class ApertiumStream:
    """One Apertium process, fed and read by the caller's thread alone. Its input pipe is
    widened to hold a whole run's texts (1 MB: about 250 releases), and written without
    waiting: what does not fit waits in `_pending` and goes out as Apertium reads, while the
    answers are read. (A writer thread cost more: on two cores kept busy by Apertium, each
    batch handed to it waited for the thread to be scheduled.)"""

    def __init__(self, engine: ApertiumEngine):
        self.engine = engine
        self.process = engine.process
        self.sent = 0
        self._input = self.process.stdin.fileno()
        self._output = self.process.stdout.fileno()
        _widen_pipe(self._input)
        os.set_blocking(self._input, False)
        os.set_blocking(self._output, False)
        self._pending = bytearray()  # texts sent that the pipe could not take yet
        self._ended = False  # no more texts: close the input once _pending is written
        self._partial = b""  # the start of an answer not yet complete
        self._ready: collections.deque[str] = collections.deque()
        self._finished = False  # Apertium closed its output

    def send(self, texts: list[str]) -> None:
        if texts:
            self.sent += len(texts)
            self._pending += "".join(escape(text) + "[]\0" for text in texts).encode("utf-8")
        self._write_available()
        self._read_available()

    def end(self) -> None:
        """No more texts: Apertium finishes what it has and stops."""
        self._ended = True
        self._write_available()

    def stop(self) -> None:
        """After the process is gone: close the pipes."""
        self._pending.clear()
        for pipe in (self.process.stdin, self.process.stdout):
            try:
                pipe.close()
            except OSError:
                pass

    def _write_available(self) -> None:
        while self._pending and not self.process.stdin.closed:
            try:
                written = os.write(self._input, self._pending)
            except BlockingIOError:
                return
            except OSError:  # the process went away: answers() reports what is missing
                self._pending.clear()
                break
            del self._pending[:written]
        if self._ended and not self.process.stdin.closed:
            self.process.stdin.close()

    def _wait(self) -> None:
        """Until Apertium has answers to read, or room for the texts still pending."""
        poller = select.poll()
        poller.register(self._output, select.POLLIN)
        if self._pending:
            poller.register(self._input, select.POLLOUT)
        poller.poll()

    def _read_available(self) -> None:
        while not self._finished:
            try:
                self._take(os.read(self._output, 65536))
            except BlockingIOError:
                return
            except OSError:
                self._finished = True

    def _take(self, data: bytes) -> None:
        if not data:
            self._finished = True
            return
        *complete, self._partial = (self._partial + data).split(b"\0")
        # Stages of the pipeline add empty flushes; a real answer always holds "[]".
        self._ready.extend(_clean(part.decode("utf-8")) for part in complete if part)

    def answers(self) -> Iterator[str]:
        """The translations of every text sent, in order (end() must be called first)."""
        answered = 0
        try:
            while answered < self.sent:
                if self._ready:
                    answered += 1
                    yield self._ready.popleft()
                elif self._finished:
                    break
                else:
                    self._wait()
                    self._write_available()
                    self._read_available()
        finally:
            self.engine.close()
        if answered < self.sent:
            raise EngineError(f"apertium {self.engine.detail}: stopped after {answered} of {self.sent} segments "
                              f"(check: apertium -u {self.engine.detail} < some.txt; "
                              f"apt-get install apertium-{self.engine.detail})")


def _widen_pipe(fd: int) -> None:
    """Let the pipe hold 1 MB (Linux; elsewhere, or past the system's limit, it stays as is)."""
    try:
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)
    except (AttributeError, OSError):
        pass


def _clean(answer: str) -> str:
    answer = answer.rstrip()
    if answer.endswith("[]"):
        answer = answer[:-2]
    # Remaining superblanks are ours only; drop them, then undo the stream escaping.
    return unescape(answer.replace("[]", "")).strip()
