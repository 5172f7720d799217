"""Sentence boundaries as character offsets, so every sentence can be quoted verbatim.

A rule-based splitter: good enough for news prose, fast, and free of model downloads.
A boundary is a line break, or terminal punctuation (plus closing quotes/brackets)
followed by whitespace and a capital, digit or opening quote, unless the word before the
stop is a known abbreviation or a single initial. A stop glued to a capitalised word
("Daghestan.There") also ends a sentence, a frequent artefact of copy-pasted pages.
"""

from __future__ import annotations

import re
from functools import cache

from text.data import text_lines

# Every candidate starts at a stop or a line break: the guard lets the scan skip all other
# characters at once (2.4 times faster than trying both branches at every position). Spaces
# before a line break are not part of the match; the sentence before it is trimmed anyway.
_CANDIDATE = re.compile(
    r"""(?=[.!?…\n])(?:"""
    r"""(?P<stop>[.!?…]+)(?P<close>[\"'”’)\]]*)(?P<space>\s+|(?=[A-Z][a-z]))(?=[\"'“‘(\[]?[A-Z0-9•\-–—])"""
    r"""|(?P<newline>\n\s*))"""
)


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in text_lines("text", "abbreviations.txt"))


def _word_before(text: str, stop_at: int) -> str | None:
    """The run of word characters and dots ending at stop_at, at most 30 characters back: what
    searching text[stop_at - 30:stop_at] for "([\\w.]+)$" finds ("$" also matches before a
    last newline), read backwards from the stop; the search tried the pattern at each of the 30
    positions."""
    lo = max(0, stop_at - 30)
    if stop_at > lo and text[stop_at - 1] == "\n":
        stop_at -= 1
    start = stop_at
    while start > lo:
        ch = text[start - 1]
        if not (ch.isalnum() or ch == "." or ch == "_"):
            break
        start -= 1
    return text[start:stop_at] if start < stop_at else None


def _is_abbreviation(text: str, stop_at: int) -> bool:
    before = _word_before(text, stop_at)
    if before is None:
        return False
    word = before.rstrip(".").lower()
    if len(word) == 1 and word.isalpha():  # an initial: "Andrey G. Karlov"
        return True
    return word in abbreviations()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _CANDIDATE.finditer(text, start, end):
        if match.group("newline") is not None:
            cut, resume = match.start(), match.end()
        else:
            if match.group("stop") == "." and _is_abbreviation(text, match.start()):
                continue
            cut, resume = match.end("close"), match.end()
        _append_trimmed(text, cursor, cut, spans)
        cursor = resume
    _append_trimmed(text, cursor, end, spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
