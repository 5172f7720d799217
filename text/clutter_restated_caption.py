"""A photo caption that the story restates: flattened BBC pages print each picture's caption,
without a stop, run into the sentence after it ("Kel Varga said the ferries were running out of
fuel Orsk is preparing for a long winter, the harbour master has warned."), and a BBC caption is
most often a sentence of the story told again ("... warned that the ferries were running out of
fuel." further down).

The other caption steps tell where such a caption ends by the grammar of the sentence after it
(text.clutter_head_caption, text.clutter_clause_caption) or by a name it repeats
(text.clutter_repeat_caption), and each holds off shapes that a story's sentence shares. Here
the boundary is told by the story itself, on names and words never seen: a caption's words that
close one of the story's own sentences, at its stop, and that run on here into a capitalised
word with no stop, end a caption there. Prose runs a phrase into the next words without a stop
only where the sentence goes on, and then the words after the phrase are not those of the
sentence that ended on it elsewhere. What must hold:

- the paragraph is one sentence (a flattened page prints each sentence as a paragraph), read
  once after all other clutter is gone;
- the caption opens the paragraph and is five to forty-five words (text.clutter_lead_caption's
  MIN_CAPTION_WORDS and MAX_CAPTION_WORDS), opening on a capital, with no sentence
  punctuation, colon, bracket or quotation mark and no first or second person (RESTATEDPERSON
  in text/clutter.txt: a pull quote's or a reader's words restated are not a caption);
- its last MIN_RESTATED_WORDS words or more are the last words of a sentence of another
  paragraph, before that sentence's stop, compared in lower case; at most MAX_UNSTATED_WORDS
  of its words come before them ("Kel Varga said | the ferries were ..."), and the words
  restated are more than twice those: a page's headline or a standfirst restating a phrase of
  the story's ("This age of storms | is no time for sailors to make enemies") is article text,
  and mostly tells less of it again;
- its first word is no joiner or pronoun (CLAUSEJOINER, in any case: a standfirst's second
  sentence, "But it is learning to live with the storms", restated by the story as one
  clause);
- it ends on a lower-case word that may close a caption (no function word nor a participle cut
  from its auxiliary) and is no verb of saying (RESTATEDNOTLAST: a wire sentence ending "...,
  Kel Varga said." restates the attribution that opens a story's sentence: "... spokesman Kel
  Varga said | Orsk had missed ...");
- the word after it is a word of letters opening on a capital, no weekday or month (a date
  goes on the sentence: "... running out of fuel | Tuesday and asked for help"; a digest's
  page numbers, "P1,4 Orsk ferries ...", open no sentence), and the lead runs on for six words
  or more to the stop.

Read over main d962eb3's cleaned corpus (20,154 texts, the held-out 50 left out), the step
changes 4 texts, all BBC captions or a pull quote (bench/clean_diff_verdicts.jsonl); without the
last three guards it also took a Guardian headline, a standfirst's second sentence and a
digest's brief headline. Only the paragraphs where a lower-case word closing some sentence runs
into a capitalised one near their start are read (sentence_endings), so a text costs little
more than the look-up of its sentences' last words.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_lead_caption import (
    MAX_CAPTION_WORDS,
    MIN_CAPTION_WORDS,
    MIN_LEAD_WORDS,
    end_of,
    may_end_caption,
    sentence_words,
)
from text.clutter_shapes import macros

MIN_RESTATED_WORDS = 6  # "the ferries were running out of fuel"
MAX_UNSTATED_WORDS = 4  # "Kel Varga said | the ferries were ...", "A huge steel funnel | ..."
# the story's words are most of the caption: more than twice as many restated as not (a headline
# restating a phrase of the story's, "This age of storms | is no time for ...", is not)
RESTATED_PER_UNSTATED = 2
_LEAD_WORD = re.compile(r"[A-Z][A-Za-z'’-]*,?")
# a sentence's stop: a full stop, a question or exclamation mark, a closing quotation mark
_STOP = re.compile(r"[.!?][\"”’']?(?=\s|$)")
_ENDING_CHARS = 160  # enough for a sentence's last six words, most often
_CAPTION_CHARS = 400  # where a caption of MAX_CAPTION_WORDS words ends, most often
# a lower-case word or a figure run into a capitalised word, no stop between
_RUN_ON = re.compile(r"[a-z0-9] (?=[A-Z])")
_NOT_IN_CAPTION = re.compile(r"[.!?;:|()\"“”]|``|''")

# Endings: the last MIN_RESTATED_WORDS words of each sentence in lower case, mapped to where
# the sentence stands: its paragraph's index and the sentence's words before its stop, read only
# when a caption's words are compared with them.
Endings = dict[tuple[str, ...], list[tuple[int, str]]]


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    return {
        "person": re.compile(rf"\b{defined['RESTATEDPERSON']}\b"),
        "notlast": re.compile(defined["RESTATEDNOTLAST"]),
        # a date goes on the sentence ("... running out of fuel | Tuesday and asked ...")
        "date": re.compile(rf"(?:{defined['WEEKDAY']}|{defined['MONTH']})\b"),
        # a joiner or a pronoun opening it: a standfirst's second sentence ("But it is ...")
        "joiner": re.compile(f"(?i:{defined['CLAUSEJOINER']})"),
    }


def sentence_endings(paragraphs: list[str]) -> tuple[Endings, set[int]]:
    """Every sentence's last words in these paragraphs, keyed by its last MIN_RESTATED_WORDS
    words, and the paragraphs where the same words run on into a capitalised word near their
    start (the only ones a restated caption may stand in). Only the places where a lower-case
    word that closes some sentence runs into a capitalised one (a string test first) have their
    words looked up."""
    endings: Endings = {}
    for index, paragraph in enumerate(paragraphs):
        start = 0
        for stop in _STOP.finditer(paragraph):
            sentence = paragraph[start : stop.start()].lstrip()
            start = stop.end()
            last = sentence[-_ENDING_CHARS:].lower().split()
            if len(last) <= MIN_RESTATED_WORDS:  # the slice may cut its first word
                last = sentence.lower().split()
                if len(last) < MIN_RESTATED_WORDS:
                    continue
            endings.setdefault(tuple(last[-MIN_RESTATED_WORDS:]), []).append((index, sentence))
    last_words = {key[-1] for key in endings}
    candidates = set()
    for index, paragraph in enumerate(paragraphs):
        for boundary in _RUN_ON.finditer(paragraph, 0, _CAPTION_CHARS):
            end = boundary.start() + 1
            if paragraph[paragraph.rfind(" ", 0, end) + 1 : end].lower() not in last_words:
                continue
            words = paragraph[max(0, end - _ENDING_CHARS) : end].lower().split()
            if tuple(words[-MIN_RESTATED_WORDS:]) in endings:
                candidates.add(index)
                break
    return endings, candidates


def restated_caption(paragraph: str, index: int, endings: Endings) -> int | None:
    """Where the caption opening this paragraph (its index among the text's paragraphs) ends,
    the words after it being the lead's, when the story restates it (endings: the text's
    sentence endings, from sentence_endings); or None."""
    words = sentence_words(paragraph, alone=True)
    if words is None or len(words) < MIN_CAPTION_WORDS + MIN_LEAD_WORDS:
        return None
    lower = [word.lower() for _, word in words]
    last = min(MAX_CAPTION_WORDS, len(words) - MIN_LEAD_WORDS)
    for boundary in range(max(MIN_CAPTION_WORDS, MIN_RESTATED_WORDS), last + 1):
        # string tests first: a capitalised word after a lower-case one, the words before it
        # closing a sentence elsewhere
        if not words[boundary][1][:1].isupper() or not words[boundary - 1][1][:1].islower():
            continue
        found = endings.get(tuple(lower[boundary - MIN_RESTATED_WORDS : boundary]))
        if not found:
            continue
        restated = max(
            (
                _restated_run(lower, boundary, tuple(sentence.lower().split()))
                for other, sentence in found
                if other != index
            ),
            default=0,
        )
        unstated = boundary - restated
        if (
            restated
            and unstated <= MAX_UNSTATED_WORDS
            and restated > RESTATED_PER_UNSTATED * unstated
            and _reads(paragraph, words, boundary)
        ):
            return end_of(words, boundary)
    return None


def _restated_run(lower: list[str], boundary: int, ending: tuple[str, ...]) -> int:
    """How many words before `boundary` the sentence ending restates, read back from its end."""
    run = 0
    while run < boundary and run < len(ending) and lower[boundary - 1 - run] == ending[-1 - run]:
        run += 1
    return run


def _reads(paragraph: str, words: list[tuple[int, str]], boundary: int) -> bool:
    """Whether words 0 to `boundary` read as a caption, ended where a caption may end."""
    run = paragraph[: end_of(words, boundary)]
    defined = _defined()
    return (
        run[:1].isupper()
        and _NOT_IN_CAPTION.search(run) is None
        and defined["person"].search(run) is None
        and may_end_caption(words, boundary)
        and defined["notlast"].fullmatch(words[boundary - 1][1]) is None
        and defined["date"].match(words[boundary][1]) is None
        and defined["joiner"].fullmatch(words[0][1]) is None
        and _LEAD_WORD.fullmatch(words[boundary][1]) is not None
    )
