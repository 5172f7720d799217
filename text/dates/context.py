"""Context of a mention in its text: the words beside it and the tense of its clause."""

from __future__ import annotations

import re

from text.dates.grammar import grammar

_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w.'’-]*|[$£€#])[^\w\n]{0,2}$")
_NEXT_WORDS = re.compile(r"[ \t]+([A-Za-z%][\w/%’']*)(?:[ \t]+([A-Za-z][\w’']*))?")
SENTENCE_BREAK = re.compile(r"[.!?;\n][\"'”’)]*\s")
UPPER_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)")


def previous_word(text: str, start: int) -> str:
    match = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return match.group(1).lower().rstrip(".") if match else ""


def next_words(text: str, end: int) -> tuple[str, str]:
    match = _NEXT_WORDS.match(text, end, min(len(text), end + 40))
    if not match:
        return "", ""
    return match.group(1).lower(), (match.group(2) or "").lower()


def tense_of(text: str, start: int, end: int) -> str | None:
    """ "future", "past" or None for the clause around a mention: the nearest tense marker
    before it in its sentence decides, else the first one after it."""
    begin = max(0, start - 100)
    for sentence_break in SENTENCE_BREAK.finditer(text, begin, start):
        begin = sentence_break.end()
    markers_of = grammar().tense
    markers = list(markers_of.finditer(text, begin, start))
    if not markers:
        stop = min(len(text), end + 60)
        brk = SENTENCE_BREAK.search(text, end, stop)
        markers = list(markers_of.finditer(text, end, brk.start() if brk else stop))[:2]
        markers.reverse()
    if not markers:
        return None
    last = markers[-1]
    if last.group("future"):
        return "future"
    if len(markers) > 1 and markers[-2].group("future") and last.start() - markers[-2].end() < 14:
        return "future"  # "will be held", "will have ended"
    return "past"


def is_future(text: str, start: int, end: int) -> bool:
    return tense_of(text, start, end) == "future"
