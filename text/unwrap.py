"""Hard-wrapped lines (a PDF column, an e-mail) joined into paragraphs, and paragraphs separated
by one blank line; a run of three or more blank lines, which separates the articles of a pasted
collection, becomes SECTION_BREAK."""

from __future__ import annotations

import re

from text.endings import ends_mid_sentence, ends_sentence
from text.paragraphs import SECTION_BREAK

MAX_WRAP_WIDTH = 100  # lines of a wrapped layout (PDF column, e-mail) are shorter than this
MIN_WRAPPED_PAIRS = 4  # fewer consecutive lines say nothing about a layout
SHORT_LINE = 0.7  # ... and a line ending a paragraph stops short of the others
_LIST_ITEM = re.compile(r"[ \t]*(?:[•·▪◦●■\-–*]|\d{1,2}[.)])[ \t]+\S")
_STARTS_LOWER = re.compile(r"\s*[a-z]")


def unwrap_lines(text: str) -> str:
    """Join hard-wrapped lines into paragraphs; paragraphs end up separated by one blank line.

    A text is hard-wrapped (a PDF column, an e-mail) when most lines stop mid-sentence; then lines
    are joined unless the next is indented or a list item. Otherwise each line is a paragraph,
    unless it stops mid-sentence and the next line goes on in lower case. Across blank lines,
    text is joined only where a sentence visibly continues (a column or page break). Runs of three
    or more blank lines become SECTION_BREAK.
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    wrapped = width > 0
    paragraphs: list[list[str]] = []
    breaks: list[str] = []
    blank_run = 0
    previous = ""
    for line in lines:
        if not line.strip():
            blank_run += 1
            continue
        if not paragraphs:
            paragraphs.append([line.strip()])
            breaks.append("")
        elif blank_run >= 3:
            paragraphs.append([line.strip()])
            breaks.append(SECTION_BREAK)
        elif _continues(previous, line, blank_run, wrapped) and not (
            wrapped and _ends_paragraph(previous, width)
        ):
            paragraphs[-1].append(line.strip())
        else:
            paragraphs.append([line.strip()])
            breaks.append("\n\n")
        previous = line
        blank_run = 0
    out: list[str] = []
    for separator, parts in zip(breaks, paragraphs, strict=True):
        out.append(separator)
        out.append(_join_lines(parts))
    return "".join(out)


def _continues(previous: str, line: str, blank_run: int, wrapped: bool) -> bool:
    if _LIST_ITEM.match(line):
        return False
    mid_sentence = ends_mid_sentence(previous)
    if blank_run:
        return mid_sentence and bool(_STARTS_LOWER.match(line)) and not line[:1].isspace()
    if line[:1].isspace():
        return False  # an indented line opens a paragraph (or a block in a PDF layout)
    if wrapped:
        return True
    return mid_sentence and bool(_STARTS_LOWER.match(line))


def _wrap_width(lines: list[str]) -> int:
    """The typical line length if the text is hard-wrapped, else 0.

    Wrapped prose: most lines stop mid-sentence, many of the next lines go on in lower case, and
    lines are short. A menu or a list of headlines stops without punctuation too, but its lines
    start with capitals.
    """
    pairs = broken = lower = 0
    lengths: list[int] = []
    for line, following in zip(lines, lines[1:], strict=False):
        if not line.strip():
            continue
        lengths.append(len(line.strip()))
        if following.strip():
            pairs += 1
            broken += not ends_sentence(line)
            lower += bool(_STARTS_LOWER.match(following))
    if pairs < MIN_WRAPPED_PAIRS:
        return 0
    lengths.sort()
    median = lengths[len(lengths) // 2]
    wrapped = broken >= pairs / 2 and lower >= pairs / 3 and median <= MAX_WRAP_WIDTH
    return median if wrapped else 0


def _ends_paragraph(line: str, width: int) -> bool:
    """In a wrapped layout, a sentence that stops well short of the margin ends its paragraph."""
    return ends_sentence(line) and len(line.strip()) < SHORT_LINE * width


def _join_lines(parts: list[str]) -> str:
    joined = parts[0]
    for part in parts[1:]:
        # "Syria/" + "Lebanon" is one token; everything else was separated by the line break.
        joined += part if joined.endswith("/") else " " + part
    return joined
