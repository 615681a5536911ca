"""Languages: codes and plural forms (here), and spelling through Hunspell (spelling).

May import: errors only: every layer asks it."""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=None)  # drafting asks it per segment; Babel parses the code each time
def base_language(code: str) -> str:
    """The language of a code without its region or script: es-MX, es_MX, es -> es;
    zh-Hant-TW -> zh. Babel's Locale.parse reads the code; one it does not know is cut at
    its first separator."""
    from babel import Locale, UnknownLocaleError  # here: commands that never ask start faster

    normalized = code.strip().replace("-", "_")
    try:
        return Locale.parse(normalized).language
    except (ValueError, TypeError, UnknownLocaleError):
        return normalized.split("_")[0].lower()


def nplurals(plural_forms: str, default: int = 2) -> int:
    """The number of plural forms a Plural-Forms header (nplurals=N; plural=...) declares."""
    match = re.search(r"nplurals\s*=\s*(\d+)", plural_forms or "")
    return int(match.group(1)) if match else default


# Written right to left, whatever Babel's data says (and what Babel says of any other code).
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "syr"})


@functools.lru_cache(maxsize=None)
def is_rtl(code: str) -> bool:
    """The language is written right to left (pages get dir="rtl"): ar, he, fa, ur, ..., or
    what Babel's Locale.character_order says."""
    from babel import Locale, UnknownLocaleError

    if base_language(code) in RIGHT_TO_LEFT:
        return True
    try:
        return Locale.parse(code.strip().replace("-", "_")).character_order == "right-to-left"
    except (ValueError, TypeError, UnknownLocaleError):
        return False
