"""The engine's own lexical choices: Apertium lexical-selection rules of ours, run inside the pair.

Where the pair's dictionary holds several translations of a word ("device": aparato,
artefacto, dispositivo), its own rules pick one, often an older or literary sense. The rules
in `i18n/data/apertium/<pair>.lrx` choose the one current public-information Spanish uses; as
the choice is made before transfer, articles and agreement around the word come from the
engine ("el dispositivo", not "el aparato" replaced afterwards). They run as a stage of their own
just before the pair's lexical selection, which still decides every word ours leave open.

The rules are compiled (`lrx-comp`, Debian apertium-lex-tools-dev) into a mode directory of
ours under the user's cache, named by a digest of the rules and of the installed mode, so it is
built once per change; `apertium -d DIR` then runs it. Without the rules file, the installed
mode or lrx-comp, Apertium runs its installed mode unchanged.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent.parent / "data" / "apertium"
MODE_DIRS = (Path("/usr/share/apertium/modes"), Path("/usr/local/share/apertium/modes"))
_LEXICAL_SELECTION = re.compile(r"lrx-proc (-m )?'[^']+'")


def _cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "i18n" / "apertium"


def _installed_mode(pair: str) -> Path | None:
    return next((d / f"{pair}.mode" for d in MODE_DIRS if (d / f"{pair}.mode").is_file()), None)


def mode_directory(pair: str) -> Path | None:
    """A directory for `apertium -d` whose mode runs our rules, or None: the installed mode."""
    rules = RULES_DIR / f"{pair}.lrx"
    installed = _installed_mode(pair)
    if not rules.is_file() or installed is None or shutil.which("lrx-comp") is None:
        return None
    mode = installed.read_text(encoding="utf-8")
    selection = _LEXICAL_SELECTION.search(mode)
    if selection is None:
        return None
    rules_bytes = rules.read_bytes()
    digest = hashlib.sha256(rules_bytes + b"\0" + mode.encode()).hexdigest()[:16]
    directory = _cache_root() / f"{pair}-{digest}"
    if (directory / "modes" / f"{pair}.mode").is_file():
        return directory
    try:
        return _build(directory, pair, rules, mode, selection)
    except (OSError, subprocess.CalledProcessError):
        return None  # a cache we cannot write, or rules lrx-comp refuses: the installed mode


def _build(directory: Path, pair: str, rules: Path, mode: str, selection: re.Match) -> Path:
    directory.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{pair}-", dir=directory.parent))
    try:
        compiled = directory / f"{pair}.i18n.lrx.bin"  # where it will be once renamed
        subprocess.run(["lrx-comp", str(rules), str(building / compiled.name)], check=True,
                       capture_output=True)
        ours = f"lrx-proc -m '{compiled}' | "
        (building / "modes").mkdir()
        text = mode[:selection.start()] + ours + mode[selection.start():]
        (building / "modes" / f"{pair}.mode").write_text(text, encoding="utf-8")
        try:
            building.rename(directory)
        except OSError:  # another run built it first
            if not (directory / "modes" / f"{pair}.mode").is_file():
                raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return directory
