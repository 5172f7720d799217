"""A call for readers' comments, stories or pictures, with the questions put to them before it.

News pages ask the readers who were there to write in: "Are you in Orsk? Do you have friends or
family there? Send us your comments and experiences using the form below." (BBC), "Are you in
Orsk? Share your story with CNN iReport." The call (READERCALL in text/clutter.txt) is a
paragraph asking the reader to send, share, tell or show something to a form, a picture address
or a reporting service, or the safety note that goes with one; it is clutter wherever it
stands. The questions right before it, each a short paragraph of one question, belong to it
back to the first of them that is put to the reader ("you", "your"): "So what's next?" before
"Are you in Orsk?" is the story's own question. A question without a call after it stays: a
columnist's "What are your thoughts?" says something, and a question blog's question is its
article (bench/CLEAN_MARKS.md).
"""

from __future__ import annotations

import re

from text.clutter_shapes import macro_pattern

MAX_CALL_CHARS = 600  # a call with the form's notes run into it
MAX_QUESTION_CHARS = 200
MAX_QUESTIONS = 6  # questions walked back over from a call
_TO_READER = re.compile(r"\b(?:[Yy]ou|[Yy]our)\b")
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’']? [A-Z]")  # a second sentence after the first
_QUOTATION = re.compile(r"[\"“”]|``|''")


def _question(paragraph: str) -> bool:
    """A short paragraph of one question, no quotation in it."""
    return (
        len(paragraph) <= MAX_QUESTION_CHARS
        and paragraph.endswith("?")
        and paragraph[:1].isupper()
        and not _SENTENCE_INSIDE.search(paragraph)
        and not _QUOTATION.search(paragraph)
    )


def is_call(paragraph: str) -> bool:
    """Whether a paragraph is a call for readers' comments, stories or pictures."""
    return (
        len(paragraph) <= MAX_CALL_CHARS
        and macro_pattern("READERCALL").fullmatch(paragraph) is not None
    )


def reader_calls(paragraphs: list[str], closing_call: bool = False) -> list[int]:
    """The indices of the paragraphs that are readers' calls or the questions before one.
    closing_call: whether a call follows the last paragraph (the end matter cut after it opens
    with one), so that the questions closing the paragraphs are its."""
    calls = [index for index, paragraph in enumerate(paragraphs) if is_call(paragraph)]
    taken = set(calls)
    for index in calls + ([len(paragraphs)] if closing_call else []):
        first = None
        before = index - 1
        while (
            before >= 0
            and before not in taken
            and index - before <= MAX_QUESTIONS
            and _question(paragraphs[before])
        ):
            if _TO_READER.search(paragraphs[before]):
                first = before
            before -= 1
        if first is not None:
            taken.update(range(first, index))
    return sorted(taken)
