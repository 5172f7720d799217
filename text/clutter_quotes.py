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
from functools import cache

from text.clutter_shapes import macros

MIN_QUOTE_WORDS = 8  # a shorter run may repeat by chance ("the government said on Monday")
_QUOTE_CLOSED_BEFORE_A_SENTENCE = re.compile(r"[a-z][\"”] [A-Z]")
_OPENING_RUN = re.compile(r"[\"“]?([A-Z][^.!?;:\"“”\n]{30,300}?[a-z])[\"”] (?=[A-Z])")
_WORD = re.compile(r"[^\W_]+")


def word_key(text: str) -> str:
    """The words of text, lower-cased, one space between and around them: a key found inside
    another is made of whole words."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def strip_pull_quotes(paragraphs: list[str]) -> list[str]:
    """The pull quotes opening paragraphs, taken off them (paragraphs is changed in place)."""
    if _QUOTE_CLOSED_BEFORE_A_SENTENCE.search("\n".join(paragraphs)) is None:
        return []  # nearly every text: no quotation closes without its stop before a sentence
    text_key = word_key("\n".join(paragraphs))
    taken = []
    for index, paragraph in enumerate(paragraphs):
        run = _OPENING_RUN.match(paragraph)
        if run is None:
            continue
        key = word_key(run.group(1))
        if key.count(" ") - 1 < MIN_QUOTE_WORDS or text_key.count(key) < 2:
            continue
        end = run.end()
        if (attribution := _attribution().match(paragraph, end)) is not None:
            end = attribution.end()
        taken.append(paragraph[:end].strip())
        paragraphs[index] = paragraph[end:].lstrip()
    return taken


@cache
def _attribution() -> re.Pattern[str]:
    """Two to ten capitalised words, not opening a sentence, up to where one starts."""
    opener = macros()["OPENER"]
    return re.compile(rf"(?!{opener}\b)(?:[A-Z][\w'’.-]* ){{2,10}}?(?={opener} [a-z])")
