"""A language's spelling dictionary: Hunspell (Debian `hunspell`, `hunspell-es`).

One `hunspell -a` process per dictionary answers word by word for the whole run; answers are
cached. The dictionary's own capitalized entries (countries, cities, first names) are read
from its `.dic` file: they tell a proper name from a common word.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from pathlib import Path
from i18n.languages import base_language

DICTIONARY_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))
# Preferred regional dictionary per language (US Spanish-language media first).
PREFERRED = {"es": "es_US", "en": "en_US", "pt": "pt_BR", "fr": "fr_FR"}
# Debian's package of a language's dictionaries, where it is not hunspell-<language>.
DEBIAN_PACKAGE = {"en": "hunspell-en-us"}


def dictionary_path(language: str) -> Path | None:
    """The `.dic` file for a language (`es`, `es_MX`, `es-US`), or None if none is installed."""
    base = base_language(language)
    names = [language.replace("-", "_"), PREFERRED.get(base, base), base]
    for directory in DICTIONARY_DIRS:
        for name in names:
            if (directory / f"{name}.dic").exists():
                return directory / f"{name}.dic"
        found = sorted(directory.glob(f"{base}_*.dic"))
        if found:
            return found[0]
    return None


_MAYBE_CAPITALIZED = re.compile(r"^[^\S\n]*([^\W\d_a-zß-ÿ][^/\n]*)", re.MULTILINE)


MAX_WORD = 100  # letters (hunspell's own limit on a word, in bytes, is 100 too)


class Speller:
    def __init__(self, dic: Path):
        self.dic = dic
        self.process: subprocess.Popen | None = None

    def _start(self) -> subprocess.Popen:
        if self.process is None:
            self.process = subprocess.Popen(
                ["hunspell", "-a", "-i", "utf-8", "-d", str(self.dic.with_suffix(""))],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                text=True, encoding="utf-8", bufsize=1)
            self.process.stdout.readline()  # the version banner
        return self.process

    @functools.lru_cache(maxsize=65536)
    def known(self, word: str) -> bool:
        """True when the dictionary accepts the word (as written: case matters). A word longer
        than MAX_WORD is no word of any dictionary, and is not sent: hunspell spends seconds
        on one of thousands of letters, and cuts a long line into answers out of step."""
        if len(word) > MAX_WORD:
            return False
        process = self._start()
        try:
            process.stdin.write("^" + word + "\n")
            process.stdin.flush()
        except OSError:  # hunspell went away: report nothing rather than everything
            return True
        answers = []
        while (line := process.stdout.readline().rstrip("\n")):
            answers.append(line)
        return bool(answers) and all(a[:1] in ("*", "+", "-") for a in answers)

    def known_derived(self, word: str) -> bool:
        """Known, or built by Spanish-style derivation from a known word: a productive prefix
        ("preinstalado", "reutilizable", "ultrarreciclado") or -idad on an adjective
        ("cardinalidad", "interoperabilidad")."""
        if self.known(word):
            return True
        lower = word.lower()
        for prefix in PREFIXES:
            base = lower[len(prefix):]
            if lower.startswith(prefix) and len(base) >= 4:
                if self.known(base) or (base[0] == base[1] == "r" and self.known(base[1:])):
                    return True
        for suffix, replacements in SUFFIXES:
            if lower.endswith(suffix):
                stem = lower[:-len(suffix)]
                if len(stem) >= 3 and any(self.known(stem + end) for end in replacements):
                    return True
        return False

    @functools.cached_property
    def proper_names(self) -> frozenset[str]:
        """The dictionary's entries that start with a capital: names of places and people."""
        text = self.dic.read_text(encoding="utf-8", errors="replace")
        entries = text[text.find("\n") + 1:]  # the first line is the count
        names = set()
        # Lines whose first letter is neither an ASCII nor a Latin-1 lowercase one, then the
        # exact tests (the regex alone: half the time of testing all 70,000 entries).
        for word in _MAYBE_CAPITALIZED.findall(entries):
            word = word.strip()
            if word[:1].isupper() and not word.isupper() and len(word) > 2:
                names.add(word)
        return frozenset(names)


# Productive prefixes of Spanish (RAE, Ortografía 2010: written joined to the word), longest first.
PREFIXES = sorted(("re", "pre", "pos", "post", "sub", "super", "ultra", "anti", "auto", "co", "contra", "des",
                   "inter", "intra", "multi", "semi", "micro", "macro", "mini", "sobre", "extra", "hiper",
                   "bi", "tri", "neo", "ex", "infra", "mega", "pro", "seudo", "tele"), key=len, reverse=True)
# Suffixes that make nouns of adjectives: -idad of -al/-ar ("cardinal"), -abilidad of -able.
SUFFIXES = (("abilidad", ("able",)), ("ibilidad", ("ible",)), ("idad", ("", "o", "e")), ("idades", ("", "o", "e")))


@functools.lru_cache(maxsize=None)
def speller(language: str) -> Speller | None:
    """The language's speller, or None when hunspell or its dictionary is not installed."""
    dic = dictionary_path(language)
    if dic is None or shutil.which("hunspell") is None:
        return None
    return Speller(dic)


WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
