"""Machine translation engines behind one small interface.

An engine turns a batch of plain texts (already masked) into translations, in order.
`offline` engines never send text off the machine, which embargoed releases require.

May import: memory (drafting asks it first), catalogs, sources and the base modules.
"""

from __future__ import annotations

from typing import Iterator, Protocol

from ..errors import I18nError


class EngineError(I18nError):
    """An engine could not translate: one clear line naming the engine and what to do."""


class Engine(Protocol):
    name: str  # "apertium", "google", ...
    detail: str  # the pair or model, for the translator comment: "eng-spa"
    offline: bool

    def prepare(self) -> None:
        """Get ready before the texts are known (Apertium starts its process)."""

    def close(self) -> None:
        """Release what prepare() took."""

    def translate(self, texts: list[str]) -> Iterator[str]:
        """Translations of texts, in order, yielded as they are ready. Raises EngineError.

        One call per run: batch engines (Apertium) start one process for all texts.
        """


# Every engine: name -> (offline, what it needs). The CLI's --engine choices and help come
# from here; cloud engines read their settings from these environment variables only.
ENGINES: dict[str, tuple[bool, str]] = {
    "apertium": (True, "the Debian packages apertium and apertium-eng-spa"),
    "argos": (True, "Argos Translate with an installed model for the pair"),
    "google": (False, "no key; optional I18N_GOOGLE_URL"),
    "deepl": (False, "DEEPL_API_KEY; optional I18N_DEEPL_URL"),
    "microsoft": (False, "MICROSOFT_TRANSLATOR_KEY; optional MICROSOFT_TRANSLATOR_REGION, I18N_MICROSOFT_URL"),
    "mymemory": (False, "no key; optional MYMEMORY_EMAIL, I18N_MYMEMORY_URL"),
    "libre": (False, "LIBRETRANSLATE_URL (a self-hosted server); optional LIBRETRANSLATE_API_KEY"),
}
ENGINE_NAMES = tuple(ENGINES)


def create_engine(name: str, source: str, target: str, **options) -> Engine:
    if name == "apertium":
        from .apertium import ApertiumEngine

        return ApertiumEngine(source, target)
    if name == "argos":
        from .argos import ArgosEngine

        return ArgosEngine(source, target)
    if name in ENGINES:  # the others are cloud engines
        from .cloud import CloudEngine

        return CloudEngine(name, source, target, **options)
    raise EngineError(f"unknown engine {name!r}: choose one of {', '.join(ENGINE_NAMES)}")
