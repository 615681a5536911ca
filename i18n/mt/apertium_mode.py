"""The engine's own choices: dictionaries and rules of ours, compiled into the Apertium pair.

Files in `i18n/data/apertium/`, each optional:

- `<pair>.dix`: a small bilingual dictionary of ours (lttoolbox), compiled with `lt-comp` and
  appended (`lt-append`) to the pair's installed one, so a word gets a translation the pair
  lacks ("research": investigación) or its gender right; as the words are the engine's,
  articles, agreement and plurals around them come from its transfer rules;
- `<pair>.analysis.dix`: source-language words the pair's analyser lacks ("upgrade",
  "stakeholders", "securely"), with their inflections, appended (`lt-append`) to its analyser:
  where the pair writes them unknown, as they are, they get an analysis, so the tagger, our
  dictionary and the transfer treat them as words;
- `<pair>.generation.dix`: the target-language words ours use that the pair's generator lacks
  ("privacidad"), appended to its generator the same way;
- `<pair>.lrx`: lexical-selection rules (`lrx-comp`, Debian apertium-lex-tools-dev), run just
  before the pair's own: where the dictionary holds several translations of a word ("device":
  aparato, artefacto, dispositivo), the one current public-information Spanish uses. The
  pair's rules still decide every word ours leave open;
- `<pair>.analysis.sed`: rewrites of the source's analyses before the pair's tagger chooses
  among them (GNU sed -E): readings the tagger would wrongly prefer are removed where the
  sentence's shape rules them out (a sentence-initial verb before a determiner is an
  instruction, no noun); run in the C locale, as ASCII classes on bytes;
- `<pair>.generation.sed`: rewrites of the target's forms just before generation (GNU sed -E),
  e.g. the English passive as the Spanish one with "se"; the generator then writes the verb.

They are compiled into a mode directory of ours under the user's cache, named by a digest of
the files, of this builder and of the installed mode, so it is built once per change (directories of
other versions no run used for a week are removed then); `apertium -d DIR` runs it. Without these files, the
installed mode or the compilers, Apertium runs its installed mode unchanged.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent.parent / "data" / "apertium"
MODE_DIRS = (Path("/usr/share/apertium/modes"), Path("/usr/local/share/apertium/modes"))
_LEXICAL_SELECTION = re.compile(r"lrx-proc (-m )?'[^']+'")
_ANALYSER = re.compile(r"^lt-proc '(?P<path>[^']+\.automorf\.bin)'")
_BILINGUAL = re.compile(r"lt-proc -b '(?P<path>[^']+\.autobil\.bin)'")
_TAGGER = re.compile(r"apertium-tagger ")
_GENERATION = re.compile(r"lt-proc \$1 '(?P<path>[^']+\.autogen\.bin)'")
# Our files, by kind, and the programs that compile or run them.
_TOOLS = {"dix": ("lt-comp", "lt-append"), "analysis.dix": ("lt-comp", "lt-append"),
          "generation.dix": ("lt-comp", "lt-append"), "lrx": ("lrx-comp",),
          "analysis.sed": ("sed", "stdbuf", "env"), "generation.sed": ("sed", "stdbuf", "env")}


def _cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "i18n" / "apertium"


def installed_mode(pair: str) -> Path | None:
    return next((d / f"{pair}.mode" for d in MODE_DIRS if (d / f"{pair}.mode").is_file()), None)


def mode_directory(pair: str) -> Path | None:
    """A directory for `apertium -d` whose mode runs our dictionary and rules, or None: the
    installed mode."""
    ours = {kind: RULES_DIR / f"{pair}.{kind}" for kind in _TOOLS if (RULES_DIR / f"{pair}.{kind}").is_file()}
    installed = installed_mode(pair)
    if not ours or installed is None or any(shutil.which(tool) is None for kind in ours for tool in _TOOLS[kind]):
        return None
    mode = installed.read_text(encoding="utf-8")
    if (("lrx" in ours and not _LEXICAL_SELECTION.search(mode)) or ("dix" in ours and not _BILINGUAL.search(mode))
            or ("analysis.dix" in ours and not _ANALYSER.search(mode))
            or ("analysis.sed" in ours and not _TAGGER.search(mode))
            or (("generation.sed" in ours or "generation.dix" in ours) and not _GENERATION.search(mode))):
        return None
    # The installed mode, our files and this builder: a change to any of them builds anew.
    digest = hashlib.sha256(b"\0".join([mode.encode(), Path(__file__).read_bytes()] + [
        kind.encode() + path.read_bytes() for kind, path in ours.items()])).hexdigest()[:16]
    directory = _cache_root() / f"{pair}-{digest}"
    if (directory / "modes" / f"{pair}.mode").is_file():
        try:
            os.utime(directory)  # in use: another version's cleaning leaves it alone
        except OSError:
            pass
        return directory
    try:
        built = _build(directory, pair, ours, mode)
    except (OSError, subprocess.CalledProcessError):
        return None  # a cache we cannot write, or files a compiler refuses: the installed mode
    _remove_others(directory, pair)
    return built


def _build(directory: Path, pair: str, ours: dict[str, Path], mode: str) -> Path:
    directory.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{pair}-", dir=directory.parent))
    try:
        for kind, stage, direction, option in (("dix", _BILINGUAL, "lr", "-b "), ("analysis.dix", _ANALYSER, "lr", ""),
                                               ("generation.dix", _GENERATION, "rl", "$1 ")):
            if kind in ours:  # ours appended to the installed dictionary, in its place
                installed = Path(stage.search(mode).group("path"))
                subprocess.run(["lt-comp", direction, str(ours[kind]), str(building / "ours.bin")], check=True,
                               capture_output=True)
                subprocess.run(["lt-append", str(installed), str(building / "ours.bin"),
                                str(building / installed.name)], check=True, capture_output=True)
                (building / "ours.bin").unlink()
                mode = stage.sub(lambda _: f"lt-proc {option}'{directory / installed.name}'", mode, count=1)
        if "lrx" in ours:  # our lexical selection, just before the pair's
            compiled = directory / f"{pair}.i18n.lrx.bin"  # where it will be once renamed
            subprocess.run(["lrx-comp", str(ours["lrx"]), str(building / compiled.name)], check=True,
                           capture_output=True)
            selection = _LEXICAL_SELECTION.search(mode)
            mode = f"{mode[:selection.start()]}lrx-proc -m '{compiled}' | {mode[selection.start():]}"
        for kind, stage in (("analysis.sed", _TAGGER), ("generation.sed", _GENERATION)):
            if kind in ours:  # our rewrites, just before the tagger or the generator
                script = directory / f"{pair}.{kind}"
                shutil.copyfile(ours[kind], building / script.name)
                at = stage.search(mode).start()
                # -z: one record per NUL-flushed block, each written at once (null-flush mode)
                # by an unbuffered output; `sed -u` would also read byte by byte (3x the CPU).
                # LC_ALL=C: the rules' classes are ASCII ([A-Z], [a-z]) and `[^$]` spans any
                # bytes alike, so the output is the same; in a UTF-8 locale sed decodes every
                # character first (4x the CPU).
                mode = f"{mode[:at]}env LC_ALL=C stdbuf -o0 sed -z -E -f '{script}' | {mode[at:]}"
        (building / "modes").mkdir()
        (building / "modes" / f"{pair}.mode").write_text(mode, encoding="utf-8")
        try:
            building.rename(directory)
        except OSError:  # another run built it first
            if not (directory / "modes" / f"{pair}.mode").is_file():
                raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return directory


STALE_MODE_SECONDS = 7 * 24 * 3600  # a mode no run used for a week is another version's leftover


def _remove_others(current: Path, pair: str) -> None:
    """The modes built for other versions of our files and unused for a week: removed. One in
    use (another checkout, a run under way) is never pulled from under its process."""
    now = time.time()
    for directory in current.parent.glob(f"{pair}-*"):
        try:
            stale = directory != current and directory.is_dir() and now - directory.stat().st_mtime > STALE_MODE_SECONDS
        except OSError:
            continue
        if stale:
            shutil.rmtree(directory, ignore_errors=True)
