"""A caption with no stop between a BBC page's opening byline and its lead.

A flattened BBC feature or analysis page opens on the writer's byline, then the caption of the
picture or video at its head, then the story, with neither a headline nor a stop between
caption and lead: "By Kel Varga BBC News, Orsk The ferries have stood idle at the quay for a
week After ten days of talks, the crews ...". Once the byline is set apart, the caption opens
the text run into the lead's sentence. What tells where it ends is the place (right after a
BBC byline that opened the text, where the page puts a caption as a rule: of the 60 corpus
pages opening on one, 51 print a caption there, bench/bbc_byline_census.py) and the lead's
first word:

- a word that opens sentences (BYLINELEADOPENER in text/clutter.txt: an article, a pronoun,
  a preposition or adverb in capitals opening a fronted phrase, a question word) inside the
  text's first sentence, after a word that is no function word (FUNCTION: "... told | The
  Times", "... in | The Hague") and at least MIN_CAPTION_WORDS words in, with MIN_LEAD_WORDS
  words or more after it to the stop;
- or, when the caption opens on the byline's own name (a video of the writer: "Kel Varga
  looks at the flood defences Day one of the hearings ..."), the first word in capitals after
  a lower-case word that is no function word.

A lead that opens on a name or a noun in capitals after a caption ending on one ("... on the
streets of Orsk Ferry crews say ...") is left: no word tells it from a name run on.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_clause_caption import CAPITAL_WORD
from text.clutter_lead_caption import MIN_LEAD_WORDS, end_of, sentence_words
from text.clutter_shapes import macros

MIN_CAPTION_WORDS = 4  # "Crews stand idle | The ..."; fewer, a name run on into its sentence
# an opening byline is one of the BBC's when it holds the outlet's name
BYLINE_OUTLET = "BBC"
_LOWER_WORD = re.compile(r"[a-z][\w'’-]*")


@cache
def _defined() -> tuple[re.Pattern[str], re.Pattern[str]]:
    defined = macros()
    return (
        re.compile(rf"(?:{defined['BYLINELEADOPENER']})(?![\w-])"),
        re.compile(f"(?i:{defined['FUNCTION']})"),
    )


def opening_byline(text: str, bylines: list[str]) -> str | None:
    """The BBC byline, among those set apart, that opened text (as given to the cleaner), or
    None."""
    start = text.lstrip()
    for byline in bylines:
        if BYLINE_OUTLET in byline and start.startswith(byline):
            return byline
    return None


def byline_caption(paragraph: str, author: str | None) -> int | None:
    """Where the caption opening the paragraph, the text's first after a BBC byline, ends, or
    None. author: the byline's name, which a video caption of the writer opens on."""
    words = sentence_words(paragraph)
    if not words or len(words) < MIN_CAPTION_WORDS + MIN_LEAD_WORDS:
        return None
    opener, function = _defined()
    last = len(words) - MIN_LEAD_WORDS
    for i in range(MIN_CAPTION_WORDS, last + 1):
        start, _ = words[i]
        if opener.match(paragraph, start) and not function.fullmatch(words[i - 1][1]):
            return end_of(words, i)
    if not author or not paragraph.startswith(author + " "):
        return None
    for i in range(MIN_CAPTION_WORDS, last + 1):
        before, word = words[i - 1][1], words[i][1]
        if (
            _LOWER_WORD.fullmatch(before)
            and not function.fullmatch(before)
            and CAPITAL_WORD.fullmatch(word)
        ):
            return end_of(words, i)
    return None
