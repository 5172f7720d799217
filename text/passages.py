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


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, words) of a sentence, cut into pieces of MAX_WORDS if it is longer.

    str.split() splits on exactly the whitespace that \\S+ stops at, and counting the words of
    a sentence that needs no cut (nearly all) takes no match objects.
    """
    count = len(text[start:end].split())
    if count <= MAX_WORDS:
        return [(start, end, count)]
    words = list(_WORD.finditer(text, start, end))
    return [
        (words[i].start(), words[min(i + MAX_WORDS, len(words)) - 1].end(),
         min(MAX_WORDS, len(words) - i))
        for i in range(0, len(words), MAX_WORDS)
    ]


def split_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the passages of a cleaned article text."""
    passages: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        group_start = group_end = -1  # the first and last offsets of the group being filled
        sentences = 0
        words = 0
        for s_start, s_end in split_sentences(text, p_start, p_end):
            for start, end, n in _pieces(text, s_start, s_end):
                if sentences and (words + n > TARGET_WORDS * 1.6 or sentences == MAX_SENTENCES):
                    passages.append((group_start, group_end))
                    sentences, words = 0, 0
                if not sentences:
                    group_start = start
                group_end = end
                sentences += 1
                words += n
                if words >= TARGET_WORDS:
                    passages.append((group_start, group_end))
                    sentences, words = 0, 0
        if sentences:
            passages.append((group_start, group_end))
    return passages
