"""Cleaned text as a list of paragraphs and back. Paragraph steps of cleaning (text.furniture)
work on (separator before, paragraph) pairs, parsed once for the whole chain; a dropped paragraph
becomes "" so that the separator before it (maybe a section break) survives."""

from __future__ import annotations

import re

SECTION_BREAK = "\n\n\n\n"  # three blank lines: the gap between the articles of a collection
# Written "\n\n+" rather than "\n{2,}": the engine then scans for the literal "\n\n" at C
# speed; a pattern opening with a counted repeat has no prefix and is tried at every position
# (60 -> 8 us an article).
_PARAGRAPH_SPLIT = re.compile(r"(\n\n+)")

Paragraphs = list[tuple[str, str]]


def split_paragraphs(text: str) -> Paragraphs:
    """(separator before, paragraph) pairs; the separator is "", "\n\n" or SECTION_BREAK."""
    items: Paragraphs = []
    separator = ""
    for index, part in enumerate(_PARAGRAPH_SPLIT.split(text)):
        if index % 2:
            if len(part) >= len(SECTION_BREAK):
                separator = SECTION_BREAK
            continue
        part = part.strip("\n")
        if part.strip():
            items.append(("" if not items else separator or "\n\n", part))
            separator = ""
    return items


def render_paragraphs(items: Paragraphs) -> str:
    """Join paragraphs; a dropped (empty) paragraph passes a section break on to the next one."""
    out: list[str] = []
    pending = ""
    for separator, paragraph in items:
        if separator == SECTION_BREAK:
            pending = SECTION_BREAK
        if not paragraph.strip():
            continue
        if out:
            out.append(pending or "\n\n")
        out.append(paragraph)
        pending = ""
    return "".join(out)
