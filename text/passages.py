"""Quotable passages: one to three whole sentences within one paragraph.

Short enough to quote in a chat reply, long enough to carry a claim with its context. Sentences
are never cut, except a pathological "sentence" longer than MAX_WORDS (a table, a run-on
extraction), which is cut at word boundaries so one passage never swallows a document.
"""

from __future__ import annotations

import re

from text.sentences import split_sentences

TARGET_WORDS = 45  # add sentences until a passage reaches this
MAX_SENTENCES = 3
MAX_WORDS = 400
_PARAGRAPH = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\S+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _words(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    words = list(_WORD.finditer(text, start, end))
    if len(words) <= MAX_WORDS:
        return [(start, end)]
    return [
        (words[i].start(), words[min(i + MAX_WORDS, len(words)) - 1].end())
        for i in range(0, len(words), MAX_WORDS)
    ]


def split_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the passages of a cleaned article text."""
    passages: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        group: list[tuple[int, int]] = []
        words = 0
        for s_start, s_end in split_sentences(text, p_start, p_end):
            for piece in _cut_long(text, s_start, s_end):
                n = _words(text, *piece)
                if group and (words + n > TARGET_WORDS * 1.6 or len(group) == MAX_SENTENCES):
                    passages.append((group[0][0], group[-1][1]))
                    group, words = [], 0
                group.append(piece)
                words += n
                if words >= TARGET_WORDS:
                    passages.append((group[0][0], group[-1][1]))
                    group, words = [], 0
        if group:
            passages.append((group[0][0], group[-1][1]))
    return passages
