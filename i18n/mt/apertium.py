"""Apertium, the offline default: one process for the whole run.

The process runs in null-flush mode (`-z`): each segment is followed by an empty superblank
`[]` (without it Apertium drops a final period) and a NUL, and Apertium answers each with a
NUL, so catalogs can be sent one after another to the same process (start-up costs about
0.3 s; a process per segment would be 100x slower). `-u` keeps unknown words unmarked
(the `*` marks break placeholders and Markdown); `-f none` takes the stream format as is,
so its special characters are escaped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
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

    def __init__(self, source: str, target: str):
        self.detail = language_pair(source, target)
        self.process: subprocess.Popen | None = None

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
            self.process = None

    def translate(self, texts: list[str]) -> Iterator[str]:
        """Translations in order, yielded as Apertium produces them, from ONE process."""
        if not texts:
            return
        self.prepare()
        process, self.process = self.process, None
        payload = "".join(escape(text) + "[]\0" for text in texts).encode("utf-8")

        # Write from a thread: Apertium answers while it reads, and a full pipe would block us.
        def feed():
            try:
                process.stdin.write(payload)
                process.stdin.close()
            except BrokenPipeError:
                pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        answered = 0
        pending = b""
        try:
            while answered < len(texts):
                data = process.stdout.read1(65536)
                if not data:
                    break
                *complete, pending = (pending + data).split(b"\0")
                # Stages of the pipeline add empty flushes; a real answer always holds "[]".
                for part in complete:
                    if part and answered < len(texts):
                        answered += 1
                        yield _clean(part.decode("utf-8"))
        finally:
            process.stdout.close()
            process.kill()
            process.wait()
            writer.join()
        if answered < len(texts):
            raise EngineError(f"apertium {self.detail}: stopped after {answered} of {len(texts)} segments "
                              f"(check: apertium -u {self.detail} < some.txt; apt-get install apertium-{self.detail})")


def _clean(answer: str) -> str:
    answer = answer.rstrip()
    if answer.endswith("[]"):
        answer = answer[:-2]
    # Remaining superblanks are ours only; drop them, then undo the stream escaping.
    return unescape(answer.replace("[]", "")).strip()
