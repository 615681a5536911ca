"""A release forwarded by e-mail: what the forwarder wrote above the forwarded message ("Hi
everyone, …", a signature) is not the release. The release is what follows the marker a mail
program writes ("-------- Forwarded Message --------", "Begin forwarded message:", "-----Original
Message-----"), the forwarded header's fields (Subject, Date, From) read with it."""

from __future__ import annotations

import dataclasses
import re

from ..documents import Incoming
from ..errors import excerpt

_MARKER = re.compile(r"(?i)^\W*(?:-{2,}\s*(?:forwarded|original)\s+message\s*-{2,}|begin\s+forwarded\s+message\s*:?)"
                     r"\s*$")


def forwarded_message(incoming: Incoming) -> Incoming:
    """The document from the forwarded message on, the forwarder's lines above it listed as
    removed; the document as it is when it holds no forwarded message (or nothing after the marker)."""
    for index, block in enumerate(incoming.blocks):
        position = next((i for i, line in enumerate(block.lines) if _MARKER.match(line.plain)), None)
        if position is None:
            continue
        rest = block.lines[position + 1:]
        blocks = ([dataclasses.replace(block, lines=rest)] if rest else []) + incoming.blocks[index + 1:]
        if not any(b.plain.strip() for b in blocks):
            return incoming
        above = incoming.blocks[:index]
        if position:
            above.append(dataclasses.replace(block, lines=block.lines[:position]))
        removed = [(b.line, f"the forwarder's note above the forwarded message: {excerpt(b.plain)!r}") for b in above]
        return dataclasses.replace(incoming, blocks=blocks, removed=incoming.removed + removed)
    return incoming
