"""Pull quotes: words of the story printed again in a box beside it, which a flattened page runs
into the paragraph the box stood beside ('Unlike in Orsk there is no daylight between the
council and the army" The harbour master ...').

Their shape: a paragraph opens with a run of words without sentence punctuation that ends on a
lower-case word and a closing quotation mark, right before a capitalised word (a quotation in
prose closes after its own punctuation: 'army." The'), and the run's words are found again, in
the same order, elsewhere in the text. The repeat tells a pull quote from a quotation that lost
its full stop, and it holds on any site: no outlet's words are needed. The box's attribution
after the quote, a run of capitalised words up to where a sentence starts ('... army" Quote
Ilsa Marrow Orsk Council The harbour master ...'), goes with it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from text.clutter_shapes import macros

MIN_QUOTE_WORDS = 8  # a shorter run may repeat by chance ("the government said on Monday")
MIN_RUN_CHARS, MAX_RUN_CHARS = 30, 300
_OPENING_RUN = re.compile(
    rf"[\"“]?([A-Z][^.!?;:\"“”\n]{{{MIN_RUN_CHARS},{MAX_RUN_CHARS}}}?[a-z])[\"”] (?=[A-Z])"
)
# where the run's closing mark and the space after it can stand (an opening mark before it)
_FIRST_CLOSE, _LAST_CLOSE = MIN_RUN_CHARS + 2, MAX_RUN_CHARS + 5
_WORD = re.compile(r"[^\W_]+")


def word_key(text: str) -> str:
    """The words of text, lower-cased, one space between and around them: a key found inside
    another is made of whole words."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def strip_pull_quotes(paragraphs: list[str]) -> list[str]:
    """The pull quotes opening paragraphs, taken off them (paragraphs is changed in place)."""
    joined = "\n".join(paragraphs)
    taken = []
    text_key = None
    for index in _closing_near_the_start(joined, paragraphs):
        paragraph = paragraphs[index]
        run = _OPENING_RUN.match(paragraph)
        if run is None:
            continue
        key = word_key(run.group(1))
        if text_key is None:
            text_key = word_key(joined)
        if key.count(" ") - 1 < MIN_QUOTE_WORDS or text_key.count(key) < 2:
            continue
        end = run.end()
        if (attribution := _attribution().match(paragraph, end)) is not None:
            end = attribution.end()
        taken.append(paragraph[:end].strip())
        paragraphs[index] = paragraph[end:].lstrip()
    return taken


def _closing_near_the_start(joined: str, paragraphs: list[str]) -> list[int]:
    """The paragraphs with a closing quotation mark and a space where a pull quote's can stand:
    found by a string search of the whole text (a pattern that opens with a class is tried at
    every position; most texts hold no or few such marks)."""
    marks = []
    for mark in ('" ', "” "):
        at = joined.find(mark)
        while at >= 0:
            marks.append(at)
            at = joined.find(mark, at + 1)
    if not marks:
        return []
    starts, position = [], 0
    for paragraph in paragraphs:
        starts.append(position)
        position += len(paragraph) + 1
    found = set()
    for at in marks:
        index = bisect_right(starts, at) - 1
        if _FIRST_CLOSE <= at - starts[index] < _LAST_CLOSE:
            found.add(index)
    return sorted(found)


@cache
def _attribution() -> re.Pattern[str]:
    """Two to ten capitalised words, not opening a sentence, up to where one starts."""
    opener = macros()["OPENER"]
    return re.compile(rf"(?!{opener}\b)(?:[A-Z][\w'’.-]* ){{2,10}}?(?={opener} [a-z])")
