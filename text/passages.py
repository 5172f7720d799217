"""Quotable passages: one to three whole sentences within one paragraph.

Short enough to quote in a chat reply, long enough to carry a claim with its context. Sentences
are never cut, except a pathological "sentence" longer than MAX_WORDS or MAX_CHARS (a table, a
run-on extraction), which is cut at clause boundaries, else at word boundaries, else (text with
no spaces) at MAX_CHARS, so one passage never swallows a document. Offsets stay exact.
"""

from __future__ import annotations

import re

from text.sentences import split_sentences

TARGET_WORDS = 45  # add sentences until a passage reaches this
MAX_SENTENCES = 3
MAX_WORDS = 400
MAX_CHARS = 1500  # a readable quote; longer sentences are cut
MAX_TITLE_CHARS = 300  # a headline, however long the input's first line
_PARAGRAPH = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\S+")
_CLAUSE_END = re.compile(r"[,;:)\]–—](?=\s)|\s[–—-](?=\s)")
_SPACE = re.compile(r"\s")
_NOT_SPACE = re.compile(r"\S")


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    # those holding more than white space (as text[s:e].strip() would tell, without a copy)
    return [(s, e) for s, e in spans if _NOT_SPACE.search(text, s, e)]


def break_between(text: str, low: int, high: int) -> bool:
    """Whether a paragraph break (as paragraphs() cuts at) lies within text[low:high]."""
    return _PARAGRAPH.search(text, low, high) is not None


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, words) of a sentence, cut into pieces if it is longer than MAX_WORDS words
    or MAX_CHARS characters.

    str.split() splits on exactly the whitespace that \\S+ stops at, and counting the words of
    a sentence that needs no cut (nearly all) takes no match objects.
    """
    count = len(text[start:end].split())
    if count <= MAX_WORDS and end - start <= MAX_CHARS:
        return [(start, end, count)]
    pieces = []
    while start < end:
        cut = _cut(text, start, end)
        pieces.append((start, cut, len(text[start:cut].split())))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    return pieces


def _cut(text: str, start: int, end: int) -> int:
    """Where the piece starting at start ends: the whole rest if it fits, else after the last
    clause end that fits (in the second half of the window), else at the last space, else at
    the window's end."""
    words = list(_WORD.finditer(text, start, min(end, start + MAX_CHARS)))
    limit = min(end, start + MAX_CHARS)
    if len(words) > MAX_WORDS:
        limit = words[MAX_WORDS - 1].end()
    if limit >= end:
        return end
    clause = [m.end() for m in _CLAUSE_END.finditer(text, start + (limit - start) // 2, limit)]
    if clause:
        return clause[-1]
    spaces = [m.start() for m in _SPACE.finditer(text, start + 1, limit + 1)]
    return spaces[-1] if spaces else limit


def cut_title(title: str) -> str:
    """A title of at most MAX_TITLE_CHARS, cut at a word boundary (an ellipsis says so)."""
    if len(title) <= MAX_TITLE_CHARS:
        return title
    head = title[: MAX_TITLE_CHARS - 1]
    space = head.rfind(" ")
    return (head[:space] if space > 0 else head).rstrip() + "…"


def split_passages(
    text: str,
    sentences_of_text: list[tuple[int, int]] | None = None,
    paragraphs_of_text: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """(start, end) offsets of the passages of a cleaned article text. sentences_of_text: the
    text's sentences as split_sentences(text) gives them, if known (see _by_paragraph).
    paragraphs_of_text: the text's paragraphs as paragraphs(text) gives them, if known (the
    extraction cut them already: a pure function of the text, not cut again)."""
    passages: list[tuple[int, int]] = []
    spans = paragraphs(text) if paragraphs_of_text is None else paragraphs_of_text
    for (p_start, p_end), known in zip(spans, _by_paragraph(spans, sentences_of_text), strict=True):
        group_start = group_end = -1  # the first and last offsets of the group being filled
        sentences = 0
        words = 0
        for s_start, s_end in known or split_sentences(text, p_start, p_end):
            for start, end, n in _pieces(text, s_start, s_end):
                if sentences and (
                    words + n > TARGET_WORDS * 1.6
                    or sentences == MAX_SENTENCES
                    or end - group_start > MAX_CHARS
                ):
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


def _by_paragraph(
    spans: list[tuple[int, int]], sentences: list[tuple[int, int]] | None
) -> list[list[tuple[int, int]] | None]:
    """The sentences of each paragraph, from the sentences of the whole text: the same as
    splitting each paragraph on its own, since a sentence ends at a paragraph break, except
    after an abbreviation ("Gen.") where the split of the whole text runs on into the next
    paragraph. Where a sentence crosses a paragraph break (or none are known), every
    paragraph is split on its own (None)."""
    if sentences is None:
        return [None] * len(spans)
    out: list[list[tuple[int, int]] | None] = []
    index = 0
    for start, end in spans:
        inside = []
        while index < len(sentences) and sentences[index][0] < end:
            if sentences[index][0] < start or sentences[index][1] > end:
                return [None] * len(spans)  # one crosses a paragraph break
            inside.append(sentences[index])
            index += 1
        out.append(inside)
    if index < len(sentences):  # a sentence outside every paragraph: not this text's
        return [None] * len(spans)
    return out
