"""A caption run into a quotation opening the sentence of a paragraph further down: flattened
BBC pages print each picture's caption, without a stop, right before the paragraph after the
picture, and where that paragraph opens on a speaker's words the caption runs into the
quotation's opening mark ('Crews have waited at the quay for a week "We have never seen the
harbour so full," says Kel Varga.', 'Kel Varga spent two days on the ferry "It was the
longest crossing of my life.').

The steps before this one (text.clutter_glued_caption, text.clutter_fronted_caption,
text.clutter_stopless_caption) ask the lead for its subject, an adverbial or an opening word;
a quotation's mark is none of these, since a story runs a quotation on after its verb or its
noun as often ('... gathered to chant "Down with the council"', '... unfurled a flag with the
words "Orsk Polluters"'). Here two signs are asked for, one on each side of the mark: the
words before it read as a caption's clause, the words after it as a speaker's sentence. In a
paragraph after the text's first, where no other caption step found a caption:

- the caption opens the paragraph on a word in capitals and runs to the opening mark (" or
  “) with no punctuation at all, ending on a lower-case word or a name after a function word
  ("... in the streets of Port Varn"; not a weekday or a month: "... said on Monday");
- its finite verb is read as text.clutter_fronted_caption reads a caption's (an auxiliary, a
  tense before its object, a past tense by its form, or on a page that ran another caption
  into its text a present in "-s"), with no adverb of time before it (QUOTECAPTIONTIME: a
  story's sentence opening on its time, "Two days later the harbour master sent a request");
- it is the plain clause text.clutter_clause_caption asks for (five to forty-five words,
  nothing that joins or opens a second clause, no verb of saying, no first or second person),
  no verb of saying to someone either (QUOTECAPTIONSAYING: "Ms Varga has warned the council
  for years"), with no negation and no modal of what may be (QUOTECAPTIONMODAL: a verdict's
  heading above a reader's idea, "A second cap might have held the flow"), not ending on a
  past tense in the active voice ('... the crowd chanted') nor on a word that names or
  announces what is quoted (GLUEDTITLE, QUOTECAPTIONNOTLAST: '... a banner reading', '... a
  song called');
- the quotation opens on a capital right after the caption's last word and is a sentence:
  MIN_QUOTE_WORDS words or more, its closing mark right after a comma or a sentence's stop
  ('... so full," says Kel Varga.', '... of my life."'), or no closing mark in the paragraph
  (a speaker's words going on into the next one), not more than half of its words after the
  first (of its first QUOTE_READ_WORDS) in capitals. A name or a title in quotation marks
  closes on a word ('the words "Orsk Polluters".', 'the film "Stormy Seas" ...') or holds
  mostly capitalised words ('the group "We Are All Orsk Sailors," ...').
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_below_caption import ends_on_active_past
from text.clutter_clause_caption import MIN_COMPLEMENT_WORDS, caption_verb, is_plain_caption
from text.clutter_fronted_caption import nouns_joined, verb_by_form
from text.clutter_lead_caption import Words, end_of, ends_on_name, paragraphs_at
from text.clutter_shapes import macros

MIN_QUOTE_WORDS = 5  # "We are doing quite well."
QUOTE_READ_WORDS = 9  # the quotation's first words read for a title's capitals
# a quotation's opening mark right after a word of letters or digits and a space, before a
# capital: where a speaker's sentence may open run into the words before it
_OPENING = re.compile(r"(?<=[A-Za-z0-9] )[\"“](?=[A-Z])")
_CLOSING = re.compile(r"[\"”]")
_WORD = re.compile(r"\S+")
_CAPITALISED = re.compile(r"[A-Z](?:[\w'’-]*[A-Za-z0-9])?(?![\w'’-])")
_LOWER_LAST = re.compile(r"[a-z0-9][\w'’-]*")
_QUOTE_END = (",", ".", "?", "!", "...", "…")


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    return {
        "function": re.compile(f"(?i:{defined['FUNCTION']})"),
        "day": re.compile(f"(?:{defined['WEEKDAY']}|{defined['MONTH']})"),
        "title": re.compile(defined["GLUEDTITLE"]),
        "notlast": re.compile(defined["QUOTECAPTIONNOTLAST"]),
        "negation": re.compile(defined["FRONTEDNEGATION"]),
        "modal": re.compile(defined["QUOTECAPTIONMODAL"]),
        "saying": re.compile(f"(?i:{defined['QUOTECAPTIONSAYING']})"),
        "time": re.compile(defined["QUOTECAPTIONTIME"]),
        "joiner": re.compile(f"(?i:{defined['CLAUSEJOINER']})"),
    }


def quote_candidates(text: str) -> set[int]:
    """The indices of the text's paragraphs (blank-line apart) holding a quotation's opening
    mark before a capital right after a word: the only ones quote_caption need read."""
    return paragraphs_at(text, (m.start() for m in _OPENING.finditer(text)))


def quote_caption(paragraph: str, run_in: bool = False) -> int | None:
    """Where the caption opening a paragraph further down ends, its lead opening on a
    quotation, or None. run_in: the page ran another caption into its text, where a present in
    "-s" read by its form alone may be the caption's verb."""
    opening = _OPENING.search(paragraph)
    if opening is None or not _is_sentence(paragraph, opening.end()):
        return None
    words: Words = tuple(
        (m.start(), m.group()) for m in _WORD.finditer(paragraph, 0, opening.start())
    )
    if not words or not _CAPITALISED.match(words[0][1]):
        return None
    caption = [word for _, word in words]
    found = _defined()
    last = caption[-1]
    named = ends_on_name(words, len(words)) and not found["day"].fullmatch(last)
    if (
        not (_LOWER_LAST.fullmatch(last) or named)
        or found["function"].fullmatch(last)
        or found["title"].fullmatch(last)
        or found["notlast"].fullmatch(last)
    ):
        return None
    verb = caption_verb(words)
    if verb is None:
        verb = verb_by_form(words, run_in)
    if verb is None or len(caption) - 1 < verb + MIN_COMPLEMENT_WORDS:
        return None
    if any(found["time"].fullmatch(word) for word in caption[:verb]):
        return None  # a story's sentence opening on its time: "Two days later the crews ..."
    # a first word that joins on to the sentence before ("And the crews ...", "So ..."), which
    # is_plain_caption's CLAUSEJOINER, read in lower case but for a few, lets pass
    if found["joiner"].fullmatch(caption[0]):
        return None
    if any(found["negation"].fullmatch(word) or found["modal"].fullmatch(word) for word in caption):
        return None  # a claim's or a verdict's words, not what a picture shows
    if any(found["saying"].fullmatch(word) for word in caption):
        return None  # "Ms Varga has warned the council for years": what she said follows
    joined = nouns_joined(caption, verb)
    if not is_plain_caption(caption, joined, before_quote=True) or ends_on_active_past(caption):
        return None
    return end_of(words, len(words))


def _is_sentence(paragraph: str, start: int) -> bool:
    """Whether the quotation opening at `start` (after its mark) reads as a speaker's sentence:
    MIN_QUOTE_WORDS words or more, no more than half of those after the first (of its first
    QUOTE_READ_WORDS) capitalised, closed right after a comma or a stop, or not closed in the
    paragraph."""
    closing = _CLOSING.search(paragraph, start)
    quoted = paragraph[start : closing.start() if closing else len(paragraph)].rstrip()
    words = quoted.split()
    if len(words) < MIN_QUOTE_WORDS:
        return False
    later = words[1:QUOTE_READ_WORDS]
    if 2 * sum(word[:1].isupper() for word in later) > len(later):
        return False  # a name's or a title's words: "the group "We Are All Orsk Sailors,""
    return closing is None or quoted.endswith(_QUOTE_END)
