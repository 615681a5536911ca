"""Contacts printed without a heading: a name or an office over its role, address, phone and
e-mail, in a block of its own, in one-line blocks in a row, or among the header's other lines
(a letterhead). The contact block under a heading is contacts.py's."""

from __future__ import annotations

import re

from ..documents import Block, Line
from .common import word_count
from .dates import date_line
from .contacts import (ROLE_WORDS, address_like, cell, channel, contact_detail, contact_heading, contact_tokens,
                       is_contact_line, name_like, role_like, split_name_role)


def contact_group(lines: list[Line]) -> list[tuple[str, str, int]]:
    """"Jane Roe" / "Office of Media Relations" / "555-0100", or an office and its address over
    its phone and e-mail ("Media Relations" / "12 Main St." / "Phone: 555-0100" / "E: press@..."):
    a contact without a heading (its tokens, or none). The group ends on a phone or an e-mail."""
    if not 2 <= len(lines) <= 6 or not channel(lines[-1].plain) or any(
            word_count(line.plain) > 8 or contact_heading(line.plain) for line in lines):
        return []
    if not all(date_line(line.plain) or address_like(line.plain) or contact_detail(line.plain) for line in lines[1:]):
        return []
    name, role = split_name_role(lines[0].plain)
    if (name_like(lines[0].plain) or (role and name_like(name) and role_like(role))) and len(lines) <= 5:
        tokens = [("text", lines[0].plain, lines[0].number)]
    elif office_like(lines[0].plain) and is_contact_line(lines[-1].plain):
        tokens = [("label", cell(lines[0].plain), lines[0].number)]
    else:
        return []
    for line in lines[1:]:
        if date_line(line.plain):  # the release's date among the office's lines
            tokens.append(("date", line.plain, line.number))
        elif address_like(line.plain):
            tokens.append(("address", line.plain, line.number))
        elif channel(line.plain):
            tokens += contact_tokens(line.plain, line.number)
        else:
            tokens.append(("text", line.plain, line.number))
    return tokens


def groups_apart(blocks: list[Block]) -> list[Block]:
    """Lines that hold a contact without a heading among other lines, in one block or in one-line
    blocks in a row (a letterhead's "Communications Department" over its phone and address; a
    name and phone under a forwarder's note): the contact's lines made one block of their own."""
    apart: list[Block] = []
    for run in _runs(blocks):
        lines, start, end = [line for block in run for line in block.lines], 0, 0
        headed = any(contact_heading(line.plain) for line in lines)  # a contact block: read under its heading
        while len(lines) >= 3 and run[0].kind == "paragraph" and not headed and end < len(lines):
            starts = [s for s in range(max(start, end - 5), end) if contact_group(lines[s:end + 1])]
            first = next((s for s in starts if name_like(lines[s].plain)), starts[0] if starts else None)  # a person
            while first is not None and end + 1 < len(lines) and contact_group(lines[first:end + 2]):
                end += 1  # the contact's other phone or e-mail
            if first is not None and not (len(run) == 1 and (first, end) == (0, len(lines) - 1)):
                apart += _regroup(run, lines[start:first]) + [Block(lines[first:end + 1])]
                start = end + 1
            end += 1
        apart += _regroup(run, lines[start:]) if start else run
    return apart


def _runs(blocks: list[Block]) -> list[list[Block]]:
    """Each block alone, except one-line paragraphs on consecutive lines: a run of them."""
    runs: list[list[Block]] = []
    for block in blocks:
        alone = block.kind == "paragraph" and len(block.lines) == 1
        if alone and runs and len(runs[-1][-1].lines) == 1 and runs[-1][-1].kind == "paragraph" \
                and block.lines[0].number == runs[-1][-1].lines[0].number + 1:
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


def _regroup(run: list[Block], lines: list[Line]) -> list[Block]:
    """These lines of the run as they were set: their own blocks, or one block of the block they come from."""
    if len(run) > 1:
        return [block for block in run if any(block.lines[0] is line for line in lines)]
    return [Block(lines)] if lines else []


def contact_group_under(blocks: list, index: int) -> tuple[list[tuple[str, str, int]], int]:
    """A contact without a heading in the block at index, or in it and the one-line blocks
    under it (a page that sets each line apart): (its tokens, how many blocks it took)."""
    group = contact_group(blocks[index].lines)
    if group or len(blocks[index].lines) != 1:
        return group, 1
    lines, found = blocks[index].lines, ([], 1)
    for taken, block in enumerate(blocks[index + 1:index + 6], 2):
        if block.kind != "paragraph" or len(block.lines) != 1:
            break
        lines = lines + block.lines
        if group := contact_group(lines):
            found = group, taken  # the longest: its phone, then its e-mail
    return found


def office_like(text: str) -> bool:
    """"Public Affairs", "Vice President, Development Programs": an office that speaks for the
    release, named by what it does, in capitalised words."""
    text = cell(text)
    words = text.split()
    return (0 < len(words) <= 8 and bool(ROLE_WORDS.search(text)) and not re.search(r"[\d@:.]", text)
            and text[:1].isupper() and sum(w[:1].isupper() for w in words) * 2 > len(words))
