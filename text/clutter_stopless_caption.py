"""A caption with no stop run into the sentence opening a paragraph further down, told by the
word that opens that sentence: flattened BBC pages print each picture's or video's caption,
without a stop, right before the sentence of the paragraph after it ("Kel Varga says there is
tension on the streets of the capital It would take the council weeks ...", "Traces of oil
from the ferry still remain on the coastline A 2031 report by the council ...").

The steps before this one read the caption's clause and the lead's subject and verb
(text.clutter_glued_caption, text.clutter_below_caption, text.clutter_fronted_caption): a lead
opening on a pronoun or a quantity ("It would ...", "Some were ...", "At least 19 ..."), or a
caption whose verb they do not read as a caption's ("... allegedly still remain ...", "...
said the council and the crews both back the plan"), passes them. Here the sign is the lead's
first word: a word of STOPLESSOPENER ("The", "A", "It", "There", "But", "Some", ...) in
capitals before a lower-case word stands where a sentence opens, or inside a name or a title,
and right after a plain run of words that ends on a lower-case word no sentence goes on from,
it stands in neither. What must hold:

- the paragraph is one sentence after the text's first (a headline or a standfirst may be
  run into the first), read once after all other clutter is gone, where no other caption
  step found a caption, on any page;
- the caption opens the paragraph on a word in capitals, and is MIN_CAPTION_WORDS to
  MAX_CAPTION_WORDS words with no punctuation at all (a story's sentence that runs on a
  quotation or a clause after a comma or a colon is no caption) and no first or second person
  (STOPLESSPERSON: a reader's, a speaker's or a song's words: "In my opinion ... | He has
  ..."); fewer words are a subheading's or a brief's headline ("The irony of the closed
  harbour | The quay ...");
- its last word is lower-case and neither a function word (FUNCTION: "... said | The ...",
  "... to | The Hague"), a weekday nor a month, nor a word that names a work (GLUEDTITLE: "...
  the film | The ..."), and before "A" or "An" no noun a letter names a kind after
  (STOPLESSLETTERNOUN: "type | A influenza ...");
- the sentence after it runs MIN_LEAD_WORDS words or more to the paragraph's stop.

Counted over main 36fca28's cleaned corpus (bench/stopless_caption_census.py): 14 paragraphs,
all BBC captions; the guards above held off 13 more (5 BBC pull quotes in the first person, a
lyric, a report's finding, subheadings and headlines, a reader's question), read in
bench/stopless_caption_census.jsonl. A quotation's opening mark is no opener here: a story runs
a quotation on after its verb or its noun as often ("... gathered to chant | "The people
...").
"""

from __future__ import annotations

import re
from functools import cache

from ahocorasick_rs import AhoCorasick

from text.clutter_lead_caption import MIN_LEAD_WORDS, Words, end_of, paragraphs_at, sentence_words
from text.clutter_shapes import macro_words, macros

MIN_CAPTION_WORDS = 7  # "Kel Varga visits the harbour at Port Varn"; fewer, a subheading
MAX_CAPTION_WORDS = 30  # a caption of two lines; a longer run is a story's sentence
# what a caption run into the lead holds none of: sentence punctuation, a comma, a colon,
# brackets, a quotation's marks, a dash
_PUNCTUATION = re.compile(r"[,;:|()\[\]\"“”‘.!?–—…]|``|''|^-+$|--|^'|'$")
_CAPITAL = re.compile(r"[A-Z]")
_LOWER_WORD = re.compile(r"[a-z][\w'’-]*[a-z0-9]|[a-z]")
_LETTERS = frozenset(("A", "An"))
_OPENER_LISTS = ("STOPLESSPRONOUN", "STOPLESSDETERMINER", "STOPLESSQUANTITY")


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    return {
        "opener": re.compile(defined["STOPLESSOPENER"]),
        "letter": re.compile(defined["STOPLESSLETTERNOUN"]),
        "person": re.compile(defined["STOPLESSPERSON"]),
        "function": re.compile(
            f"(?i:{defined['FUNCTION']}|{defined['WEEKDAY']}|{defined['MONTH']})"
        ),
        "title": re.compile(defined["GLUEDTITLE"]),
    }


@cache
def _openers() -> AhoCorasick:
    """Every opener between two spaces, in one automaton."""
    # as written (macro_words), not as macros() gives them (its word lists grouped by their
    # letters)
    return AhoCorasick([f" {word} " for name in _OPENER_LISTS for word in macro_words(name)])


def candidate_paragraphs(text: str) -> set[int]:
    """The indices of the text's paragraphs (blank-line apart) holding an opener right after
    a lower-case letter and a space: the only ones stopless_caption need read. One scan of
    the whole text finds every opener after a space, most of them after a stop; a regular
    expression run over each paragraph cost 7% of setting clutter apart."""
    try:
        found = _openers().find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:  # a lone surrogate, which the automaton cannot read
        return set(range(text.count("\n\n") + 1))
    return paragraphs_at(
        text, (start for _, start, _ in found if "a" <= text[start - 1 : start] <= "z")
    )


def stopless_caption(paragraph: str) -> int | None:
    """Where the caption opening a paragraph of one sentence further down ends, the lead
    after it opening on a word of STOPLESSOPENER, or None."""
    if not _CAPITAL.match(paragraph):
        return None
    words = sentence_words(paragraph, alone=True)
    if not words:
        return None
    person = _defined()["person"]
    last_caption = min(MAX_CAPTION_WORDS, len(words) - MIN_LEAD_WORDS)
    if last_caption < MIN_CAPTION_WORDS:
        return None  # too few words for a caption and a lead (and no negative slice below)
    for i, (_, word) in enumerate(words[: last_caption + 1]):
        if i >= MIN_CAPTION_WORDS and _lead_opens(paragraph, words, i):
            return end_of(words, i)
        if _PUNCTUATION.search(word) or person.fullmatch(word):
            return None  # punctuation or a first or second person before any opener
    return None


def _lead_opens(paragraph: str, words: Words, i: int) -> bool:
    """Whether the lead opens at word i on a word of STOPLESSOPENER after a last caption word
    that no sentence goes on from."""
    found = _defined()
    start, word = words[i]
    if found["opener"].match(paragraph, start) is None:
        return False
    last = words[i - 1][1]
    if not _LOWER_WORD.fullmatch(last):
        return False
    if found["function"].fullmatch(last) or found["title"].fullmatch(last):
        return False  # "... reported | The ...", "... the film | The ..."
    return not (word in _LETTERS and found["letter"].fullmatch(last))  # "type | A influenza"
