"""Machine translation engines behind one small interface.

An engine turns a batch of plain texts (already masked) into translations, in order.
`offline` engines never send text off the machine, which embargoed releases require.
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


ENGINE_NAMES = ("apertium", "argos", "google", "deepl", "microsoft", "mymemory", "libre")


def create_engine(name: str, source: str, target: str, **options) -> Engine:
    if name == "apertium":
        from .apertium import ApertiumEngine

        return ApertiumEngine(source, target)
    if name == "argos":
        from .argos import ArgosEngine

        return ArgosEngine(source, target)
    if name in ("google", "deepl", "microsoft", "mymemory", "libre"):
        from .cloud import CloudEngine

        return CloudEngine(name, source, target, **options)
    raise EngineError(f"unknown engine {name!r}: choose one of {', '.join(ENGINE_NAMES)}")
