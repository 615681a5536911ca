"""Apertium, the offline default: one process for the whole run.

The process runs in null-flush mode (`-z`): each block of texts ends with a NUL, which
Apertium answers with a NUL, so blocks can be sent one after another to the same process,
a block per catalog as drafting masks them (start-up costs about 0.3 s; a process per
segment would be 100x slower). `-u` keeps unknown words unmarked (the `*` marks break
placeholders and Markdown); `-f none` takes the stream format as is, so its special
characters are escaped.

Each text ends with an empty superblank `[]` (without it Apertium drops a final period), a
period of ours that ends its sentence whatever its last word ("U.S." is no sentence end),
and the superblank `[i18n]`. The period makes a text's last word read as the end of a
sentence ("abuses": abusos, not the verb), as it is in the release. A catalog's texts go as
one NUL block: the translations are the same as a block per text (transfer rules do not
reach across a sentence end; the 100-release bench catalogs, the golden drafts and
`make eval-mt` unchanged), but each block wakes each of the pipeline's fourteen programs in
turn: with a block per text, `i18n translate` on 100 releases took 0.75 s more CPU
(2026-12-07, a busy machine, medians of 5 runs in turn: 8.2 s against 7.4 s; the wall
times of that machine were too uneven to tell apart). The answers must come back whole,
each ending with `[] .`; the texts of a block in which one does not are translated again
one by one, each its own NUL block without our period, by a process of their own.

The mode's pipeline runs as `apertium -z -u -f none` runs it (`apertium-wblank-mode -z`,
the generator's `$1` as `-n`, the tagger's `$2` empty, a UTF-8 LC_CTYPE), but without the
`apertium` script: the script's two gawk filters and cats copy every byte for nothing, and
it leaves its temporary file in $TMPDIR when killed (each run's `close()` killed it). Nor
with the word-bound blanks' attach and detach stages, which our texts never need. Each
program reads and writes through 64 KB stdio buffers (see _STAGE_START).
"""

from __future__ import annotations

import collections
import fcntl
import functools
import os
import re
import select
import shutil
import signal
import subprocess
from pathlib import Path
from typing import Iterator

from ..languages import base_language
from . import EngineError
from .apertium_mode import installed_mode, mode_directory

PAIRS = {("en", "es"): "eng-spa", ("es", "en"): "spa-eng", ("en", "ca"): "eng-cat", ("en", "gl"): "eng-glg"}
_END = "[] ."  # after each text: the sentence ends here
_SEPARATOR = "[i18n]"  # then this superblank (texts are escaped: no "[" of theirs is left)
_SPECIAL = re.compile(r"([\\\[\]{}^$@/<>])")
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_UNKNOWN_UNMARKED = "-n"  # the mode's $1, as `apertium -u` sets it
END_SECONDS = 10  # the `apertium` script, if it has not ended this long after its pipes closed, is killed


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text.replace("\0", " "))


def block(texts: list[str]) -> bytes:
    """What Apertium is sent for these texts: one NUL block, each text closed by our sentence end."""
    return ("".join(escape(text) + _END + _SEPARATOR for text in texts) + "\0").encode("utf-8")


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
                self.command(), env=_environment(),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                start_new_session=True,  # its own process group: ended as a whole
            )

    def command(self) -> list[str]:
        """Null-flush mode, unknown words unmarked, the stream as is; our lexical choices
        (i18n.mt.apertium_mode) when they can be compiled. The mode's pipeline run by bash;
        the `apertium` script where the pipeline cannot be read, or where the `apertium`
        first on PATH is not the one beside apertium-wblank-mode (a wrapper of the user's)."""
        directory = mode_directory(self.detail)
        mode = directory / "modes" / f"{self.detail}.mode" if directory else installed_mode(self.detail)
        script = _pipeline(str(mode)) if mode else None
        if script is None:
            return ["apertium", *(["-d", str(directory)] if directory else []), "-z", "-u", "-f", "none",
                    self.detail]
        return ["bash", "-c", script, "apertium", _UNKNOWN_UNMARKED, ""]

    def close(self) -> None:
        """End the process, its pipes closed. The mode's pipeline has nothing to clean up: its
        process group is killed at once. The `apertium` script removes its temporary file
        only when it exits by itself: it is given END_SECONDS to finish (a stage writing
        meets the closed pipe), then killed."""
        if self.stream is not None:
            self.stream.stop()
        elif self.process is not None:
            for pipe in (self.process.stdin, self.process.stdout):
                pipe.close()
        if self.process is not None:
            try:
                self.process.wait(END_SECONDS if self.process.args[0] == "apertium" else 0)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(self.process.pid, signal.SIGKILL)
                except OSError:
                    pass
                self.process.wait()
        self.process = self.stream = None

    def translate(self, texts: list[str]) -> Iterator[str]:
        """Translations in order, yielded as Apertium produces them, from ONE process."""
        if not texts:
            return iter(())
        stream = self.open_stream()
        stream.send(texts)
        stream.end()
        return stream.answers()

    def translate_one_by_one(self, texts: list[str]) -> list[str]:
        """Each text its own NUL block, through a process of its own (and no period of ours)."""
        run = subprocess.run(self.command(), capture_output=True, env=_environment(),
                             input="".join(escape(text) + "[]\0" for text in texts).encode("utf-8"))
        # Stages of the pipeline add empty flushes; a real answer always holds "[]".
        answers = [_clean(part.decode("utf-8")) for part in run.stdout.split(b"\0") if part]
        if len(answers) != len(texts):
            raise EngineError(f"apertium {self.detail}: answered {len(answers)} of {len(texts)} segments "
                              f"(check: apertium -u {self.detail} < some.txt)")
        return answers

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
        self._batches: collections.deque[list[str]] = collections.deque()  # sent, not yet answered
        self._ended = False  # no more texts: close the input once _pending is written
        self._partial = b""  # the start of an answer not yet complete
        self._ready: collections.deque[str] = collections.deque()
        self._finished = False  # Apertium closed its output

    def send(self, texts: list[str]) -> None:
        """A batch of texts (drafting sends one per catalog), one NUL block."""
        if texts:
            self.sent += len(texts)
            self._batches.append(texts)
            self._pending += block(texts)
        self._write_available()
        self._read_available()

    def end(self) -> None:
        """No more texts: Apertium finishes what it has and stops."""
        self._ended = True
        self._write_available()

    def stop(self) -> None:
        """Close the pipes: the process then ends."""
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
        for block in complete:
            # Stages of the pipeline add empty flushes; a real block always holds a separator.
            if _SEPARATOR.encode() in block and self._batches:
                self._ready.extend(self._answers(block.decode("utf-8"), self._batches.popleft()))

    def _answers(self, block: str, texts: list[str]) -> list[str]:
        """The translations of one block's texts, or, if the block did not come back whole,
        of each text again on its own."""
        *answers, rest = block.split(_SEPARATOR)
        answers = [answer.rstrip() for answer in answers]
        if len(answers) == len(texts) and not rest.strip() and all(a.endswith(_END) for a in answers):
            return [_clean(answer[:-len(_END)]) for answer in answers]
        return self.engine.translate_one_by_one(texts)

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


def _pipeline(mode: str) -> str | None:
    """The mode's pipeline in null-flush mode, as the `apertium` script runs it; None when
    that script is not the `apertium` on PATH, or apertium-wblank-mode is missing or refuses
    the mode."""
    script, program = shutil.which("apertium"), shutil.which("apertium-wblank-mode")
    if script is None or program is None or Path(script).parent != Path(program).parent:
        return None
    return _wblank_pipeline(program, mode)


@functools.lru_cache(maxsize=None)
def _wblank_pipeline(program: str, mode: str) -> str | None:
    try:
        run = subprocess.run([program, "-z", mode], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    pipeline = _WORD_BOUND_BLANK_STAGES.sub("", run.stdout.strip())
    if shutil.which("stdbuf") is not None:
        pipeline = _STAGE_START.sub("stdbuf -i64K -o64K ", pipeline)
    return pipeline or None


# apertium-wblank-mode's two stages for word-bound blanks ("[[...]]"), which copy every byte
# of the stream: the texts sent have none (escape() escapes every "[" of theirs; our
# superblanks are plain ones), so they are left out. The translations are the same.
_WORD_BOUND_BLANK_STAGES = re.compile(r" \| apertium-wblank-(?:attach|detach)(?= \|)")
# Each program reads and writes through 64 KB stdio buffers (stdbuf) instead of the 4 KB a
# pipe gets: a catalog's block (about 20 KB between two programs, at most 30 KB on the
# bench) then goes in one write and one read, not in 4 KB pieces that each wake the next
# program; null-flush mode still writes each block out at its NUL, and a read returns what
# the pipe holds. The same bytes, with 0.5 s less CPU on the bench's 100 releases (medians of
# 15 runs in turn: 6.0 s -> 5.4 s). Only a stage that starts with a program's name gets it; our
# sed stages (`env ... stdbuf -o0 sed`) are left as they are.
_STAGE_START = re.compile(r"(?:^|(?<=\| ))(?!env )(?=[\w./+-]+(?: |$))")


def _environment() -> dict[str, str]:
    """Apertium's programs read UTF-8 (the `apertium` script sets a UTF-8 LC_CTYPE too)."""
    return {**os.environ, "LC_CTYPE": "C.UTF-8"}


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
