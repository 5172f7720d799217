"""The first sentence of a credited caption of two sentences, left at the end of the text's first
paragraph: a Guardian page prints a picture's caption in two sentences, the picture first and
then what the story adds ("Workers in Orsk tackle oil on the quay. The firm will try again to cap
the well this week. Photograph: Kel Varga/Reuters"), and a flattened copy puts each sentence on
a line of its own, the first run on from the headline and standfirst (which end on no stop of
their own) or standing alone after the page stamp. The credit line takes the paragraph before
it as its caption (text.clutter `_credited_caption`); that paragraph being whole, nothing run
into it, the caption may have opened on the line before.

What must hold, the trace needing no name:

- the credited caption is the whole paragraph before the credit, and that paragraph is the
  text's second: the piece read is the end of the first, the page's head, where a headline and
  standfirst run on with no stop (further down a credit's paragraph before is the story's);
- the first paragraph ends on a full stop, its only sentence end: a standfirst asking a
  question ("... wean itself off oil?") ends on none, and the credited paragraph is then the
  whole caption; a headline, a standfirst and a page stamp end on no stop of their own, and a
  paragraph of two sentences above a credit is the story's ("... within a week. Engineers
  arrived on Monday.");
- the piece opens after the paragraph's last page stamp or lower-case word run into a capital
  (text.clutter `_caption_boundary`), or is the whole paragraph where there is none; not after
  a preposition (CREDITOPENINGNOTAFTER: "... a controlled burn above | Orsk's well ..." is one
  phrase) or the end of a word ("Orsk's"). A caption's own words run a lower-case word into a
  name too ("April 21: This file photo shows | Orsk's rig burning ...", a caption alone on its
  line, as AP pages print them): such a place opens the caption only with another before it,
  where a headline and a standfirst ran in, or where a sentence opens plainly after it ("The",
  "A", "An", or a capitalised word before a lower-case one: "... takes hold | Oil reaches
  ...");
- it is a picture's description: CREDITED_OPENING_WORDS words at most (a place it opens at
  leaves three or more after it; the whole paragraph is not counted so), no quotation mark
  (a standfirst's "'failed to respond to alarms'"), no first or second person
  (CREDITOPENINGPERSON), and the two sentences together are as short as a credited caption.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_shapes import macros

CREDITED_OPENING_WORDS = 30  # a picture's description; a standfirst run into it is longer
_QUOTED = re.compile(r"[\"“”‘]|(?:^|\s)'|'(?=[\s.,;:]|$)")
_RUN_IN = re.compile(r"[a-z]")  # a boundary after a lower-case word, not a page stamp
# "The", "A", "An", or a capitalised word of letters before a lower-case one ("Workers in ...",
# "Oil reaches ..."), not a name ("Orsk's rig", "Kel Varga", "Varn Horizon, off ...")
_PLAIN_OPENING = re.compile(r"(?:The|A|An) |[A-Z][a-z]+ [a-z]")
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’)]? [A-Z]")


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    return {
        "not_after": re.compile(defined["CREDITOPENINGNOTAFTER"]),
        "person": re.compile(rf"\b{defined['CREDITOPENINGPERSON']}\b"),
    }


def credited_opening(
    first: str, boundaries: re.Pattern[str], caption_words: int, max_words: int
) -> int | None:
    """Where the credited caption's first sentence opens at the end of the text's first
    paragraph `first`, or None. boundaries: where a caption may open in a paragraph (sentence
    ends, page stamps, a lower-case word run into a capital), searched only once the paragraph
    ends as the caption's first sentence does; caption_words: the credited paragraph's words;
    max_words: the most a credited caption holds."""
    if not first.endswith(".") or _SENTENCE_INSIDE.search(first):
        return None  # a headline, a standfirst and a page stamp end on no stop of their own
    places = [
        boundary
        for boundary in boundaries.finditer(first)
        if _opens_there(first, boundary) and len(first[boundary.end() :].split()) >= 3
    ]
    start = places[-1].end() if places else 0
    piece = first[start:]
    # a caption's own words may run a lower-case word into a name ("This file photo shows |
    # Orsk's rig ..."): alone, that place opens the caption only where a sentence opens plainly
    alone = len(places) == 1 and _RUN_IN.match(places[0].group()) is not None
    if alone and not _PLAIN_OPENING.match(piece):
        return None
    words = len(piece.split())
    if words > CREDITED_OPENING_WORDS or words + caption_words > max_words:
        return None
    if _QUOTED.search(piece) or _defined()["person"].search(piece):
        return None
    return start


def _opens_there(first: str, boundary: re.Match[str]) -> bool:
    """Whether a caption may open at the boundary: not after a preposition or the end of a word
    ("Orsk's | Varn well")."""
    word = boundary.group().strip()
    if not _RUN_IN.match(word):
        return True  # a page stamp
    return not (
        _defined()["not_after"].fullmatch(word)
        or (boundary.start() and not first[boundary.start() - 1].isspace())
    )
