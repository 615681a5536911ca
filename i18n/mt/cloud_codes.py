"""Language codes as each cloud service spells them ("pt_BR" is "PT-BR" for DeepL, "pt" for
Google), from deep-translator's tables; a language a service lacks is an EngineError."""

from __future__ import annotations

import re

from deep_translator.constants import GOOGLE_LANGUAGES_TO_CODES, MY_MEMORY_LANGUAGES_TO_CODES

from . import EngineError

_GOOGLE_ALIASES = {"he": "iw", "jv": "jw", "fil": "tl", "nb": "no", "nn": "no", "zh": "zh-CN"}
_TRADITIONAL = {"TW", "HK", "MO", "HANT"}


def _split_code(code: str) -> tuple[str, str]:
    """("pt", "BR") for "pt_BR", "pt-br"; ("zh", "HANT") for "zh-Hant"; ("es", "") for "es"."""
    parts = code.strip().replace("_", "-").split("-")
    language = parts[0].lower()
    region = parts[-1].upper() if len(parts) > 1 else ""
    if not re.fullmatch(r"[a-z]{2,3}", language):
        raise EngineError(f"not a language code: {code!r}")
    return language, region


def service_codes(engine: str, source: str, target: str) -> tuple[str, str]:
    return _code(engine, source, is_source=True), _code(engine, target, is_source=False)


def _code(engine: str, code: str, is_source: bool) -> str:
    language, region = _split_code(code)
    if engine == "google":
        if language == "zh":
            mapped = "zh-TW" if region in _TRADITIONAL else "zh-CN"
        else:
            mapped = _GOOGLE_ALIASES.get(language, language)
        if mapped not in GOOGLE_LANGUAGES_TO_CODES.values():
            raise EngineError(f"google: no support for language {code!r} (choose another --engine)")
        return mapped
    if engine == "mymemory":
        known = MY_MEMORY_LANGUAGES_TO_CODES.values()
        if region and f"{language}-{region}" in known:
            return f"{language}-{region}"
        if not any(value.split("-")[0] == language for value in known):
            raise EngineError(f"mymemory: no support for language {code!r} (choose another --engine)")
        return language
    if engine == "deepl":
        # Sources have no variants; targets EN-GB/EN-US, PT-BR/PT-PT, ZH-HANS/ZH-HANT, ES-419.
        if not is_source:
            if language in ("en", "pt") and region in {"GB", "US", "BR", "PT"}:
                return f"{language}-{region}".upper()
            if language == "zh" and region:
                return "ZH-HANT" if region in _TRADITIONAL else "ZH-HANS"
            if language == "es" and region == "419":
                return "ES-419"
        return language.upper()
    if engine == "microsoft":
        if language == "zh":
            return "zh-Hant" if region in _TRADITIONAL else "zh-Hans"
        if language == "pt" and region == "PT":
            return "pt-pt"
        if language == "fr" and region == "CA":
            return "fr-ca"
        return language
    # LibreTranslate (Argos models): plain codes, "zt" for traditional Chinese.
    if language == "zh" and region in _TRADITIONAL:
        return "zt"
    return language
