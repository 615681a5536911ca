"""Argos Translate, the optional offline neural engine, when the user has installed a model."""

from __future__ import annotations

from typing import Iterator

from ..languages import base_language
from . import EngineError


class ArgosEngine:
    name = "argos"
    offline = True

    def __init__(self, source: str, target: str):
        self.source = base_language(source)
        self.target = base_language(target)
        try:
            from argostranslate import translate as argos_translate
        except ImportError:
            raise EngineError(
                "argos: argostranslate is not installed (pip install argostranslate, then install "
                f"an {self.source}->{self.target} model with argospm), or use --engine apertium"
            ) from None
        languages = {language.code: language for language in argos_translate.get_installed_languages()}
        source_language, target_language = languages.get(self.source), languages.get(self.target)
        translation = source_language.get_translation(target_language) if source_language and target_language else None
        if translation is None:
            raise EngineError(
                f"argos: no {self.source}->{self.target} model installed "
                f"(argospm install translate-{self.source}_{self.target}), or use --engine apertium"
            )
        self.translation = translation
        self.detail = f"{self.source}-{self.target}"

    def prepare(self) -> None:
        pass

    def close(self) -> None:
        pass

    def translate(self, texts: list[str]) -> Iterator[str]:
        for text in texts:
            yield self.translation.translate(text) if text.strip() else text
