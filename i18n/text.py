"""Small helpers for text shown in messages."""

from __future__ import annotations


def excerpt(text: str, width: int = 60) -> str:
    """The text on one line, cut to width characters with "…" when longer: a message's
    reminder of which paragraph it means."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
