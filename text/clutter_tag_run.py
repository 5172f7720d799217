"""A tag list run into a story whose first sentence restates the sentence before the list.

Flattened FA-KES pages (The New Arab) print the standfirst, the label "Tags", the tags and the
story with nothing between them, and the story's first sentence often says the standfirst
again: "... struck a market in Verlo on Friday. Tags Verlo civil defence UN airstrikes Marrak
Airstrikes in Verlo province struck a market ... on Friday killing ...". The tags may be in
lower case and the last one capitalised, so neither the case of the words nor a sentence
opener tells where the list ends (the [inline tags] shapes of text/clutter.txt); the repeat
does. The words after the label that repeat RUN_WORDS words in a row of the sentence before it
fall in the story's first sentence; the list ends at the first of them when it does not open
in lower case, else at the nearest word before them that does not (the sentence's opener:
"Overnight airstrikes on the Orsk ..." restating "... converge on the Orsk ..."). The list
holds at least one tag and at most MAX_TAGS words; prose that holds the word "Tags" seldom
repeats five words of the sentence before it, and never right after it.
"""

from __future__ import annotations

import re
from itertools import islice

RUN_WORDS = 5  # words in a row the story repeats from the sentence before the list
MAX_TAGS = 15  # words of a tag list
MAX_RUN_START = 25  # words after the label where the repeated run may start
# the label after a sentence's end, or run into a standfirst printed without its stop
_LABEL = re.compile(r"(?:(?<=[.!?\"”] )|(?<=[a-z] ))(?:Tags|TAGS):? (?=\S)")
_SENTENCE_END = re.compile(r"[.!?][\"”’']? ")
_WORD = re.compile(r"\S+")
_EDGES = "\"“”‘’'.,;:!?()[]"


def _key(word: str) -> str:
    return word.strip(_EDGES).lower()


def restated_tag_run(paragraph: str) -> tuple[int, int] | None:
    """The offsets of the first tag list in the paragraph whose end the story's restated
    sentence tells (label to last tag), or None."""
    for label in _LABEL.finditer(paragraph):
        before = paragraph[: label.start()].rstrip()
        ends = [m.end() for m in _SENTENCE_END.finditer(before)]
        sentence = [_key(w) for w in before[ends[-1] if ends else 0 :].split()]
        runs = {tuple(sentence[i : i + RUN_WORDS]) for i in range(len(sentence) - RUN_WORDS + 1)}
        if not runs:
            continue
        words = list(islice(_WORD.finditer(paragraph, label.end()), MAX_RUN_START + RUN_WORDS))
        keys = [_key(m.group()) for m in words]
        for start in range(1, min(MAX_RUN_START, len(words) - RUN_WORDS) + 1):
            if tuple(keys[start : start + RUN_WORDS]) not in runs:
                continue
            opener = start
            while opener > 0 and words[opener].group()[0].islower():
                opener -= 1
            if 1 <= opener <= MAX_TAGS:
                return label.start(), words[opener - 1].end()
            break
    return None
