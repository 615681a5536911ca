"""Bilingual press-release pipeline: Markdown sources -> gettext catalogs -> paired outputs."""

__version__ = "0.1.0"
