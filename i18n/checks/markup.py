"""Markdown markup kept: links and images, emphasis, inline code, hard line breaks."""

from __future__ import annotations

from collections import Counter

from i18n.checks.registry import ERROR, WARNING, entry_check, inline_tokens


def _link_targets(text: str) -> list[str]:
    targets = []
    for token in inline_tokens(text):
        if token.type == "link_open":
            targets.append(token.attrGet("href") or "")
        elif token.type == "image":
            targets.append(token.attrGet("src") or "")
    return targets


@entry_check("links", "error: Markdown links and images differ in number; warning: a link target changed")
def check_links(msgid, msgstr, entry, context):
    source, target = _link_targets(msgid), _link_targets(msgstr)
    if len(source) != len(target):
        return [context.finding(entry, "links", ERROR,
                                f"{len(source)} link(s) in the source, {len(target)} in the translation")]
    missing = list((Counter(source) - Counter(target)).elements())
    added = list((Counter(target) - Counter(source)).elements())
    return [context.finding(entry, "links", WARNING, f"link target changed: {old} -> {new}")
            for old, new in zip(missing, added)]


_EMPHASIS = {"em_open": "emphasis (*…*)", "strong_open": "strong emphasis (**…**)", "s_open": "strikethrough (~~…~~)"}


@entry_check("emphasis", "error: emphasis, strong emphasis or strikethrough pairs differ in number")
def check_emphasis(msgid, msgstr, entry, context):
    source = Counter(t.type for t in inline_tokens(msgid) if t.type in _EMPHASIS)
    target = Counter(t.type for t in inline_tokens(msgstr) if t.type in _EMPHASIS)
    return [context.finding(entry, "emphasis", ERROR,
                            f"{_EMPHASIS[kind]}: {source[kind]} in the source, {target[kind]} in the translation")
            for kind in _EMPHASIS if source[kind] != target[kind]]


@entry_check("code", "error: inline code is not identical")
def check_code(msgid, msgstr, entry, context):
    source = Counter(t.content for t in inline_tokens(msgid) if t.type == "code_inline")
    target = Counter(t.content for t in inline_tokens(msgstr) if t.type == "code_inline")
    findings = [context.finding(entry, "code", ERROR, f"inline code `{code}` is missing or changed")
                for code in (source - target)]
    findings += [context.finding(entry, "code", ERROR, f"inline code `{code}` is not in the source")
                 for code in (target - source)]
    return findings


@entry_check("line-breaks", "error: hard line breaks (backslash at the end of a line) differ in number")
def check_line_breaks(msgid, msgstr, entry, context):
    source = sum(t.type == "hardbreak" for t in inline_tokens(msgid))
    target = sum(t.type == "hardbreak" for t in inline_tokens(msgstr))
    if source == target:
        return []
    return [context.finding(entry, "line-breaks", ERROR,
                            f"{source} hard line break(s) in the source, {target} in the translation")]
