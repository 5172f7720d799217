"""A caption run into a sentence further down whose lead opens on a fronted adverbial: flattened
BBC pages print each picture's caption, without a stop, right before the sentence of the
paragraph after the picture, and when that sentence opens on an adverbial rather than on its
subject ("... the quay of Port Varn Overnight a rumour went round ...", "... the crews To speed
up the process, the council has ..."), the steps that ask the lead for its subject and verb
(text.clutter_glued_caption, text.clutter_below_caption) do not see it: the glued-caption step
reads a comma-closed adverbial only after a caption holding an auxiliary or a caption verb and
before a subject and its verb, within twelve words.

English prints a sentence adverb ("Overnight", "Meanwhile") or a preposition opening an
adverbial ("In Orsk, ...", "To counter ..., ...") in capitals only where a sentence opens, or
inside a name or a title: after a lower-case word with no stop between, such a word shows two
sentences run into one by itself, so no other caption on the page is asked for (the below
step's page signal). In a paragraph of one sentence after the first, where no other caption
step found a caption:

- the caption opens on its subject and its finite verb among its first seven words, as
  text.clutter_clause_caption reads one (an auxiliary or a modal, or a past or present tense),
  with two words or more after the verb, and is the plain clause that step asks for (five to
  forty-five words, no punctuation, nothing that joins or opens a second clause, no last word
  where its phrase goes on), its first word no joiner or pronoun in whatever case ("THat is
  ..."), not ending on a past tense in the active voice (a verb that names what follows: "... a
  song titled | In Orsk Tonight, ...");
- the lead opens on a word of FRONTEDADVERB after a word that may close the caption (a
  lower-case word that is no function word, or a name: "... of Port Varn | Overnight ..."), or
  on a word of FRONTEDPREPOSITION after a lower-case word that is no function word, whose
  adverbial a comma closes within MAX_ADVERBIAL_WORDS words with no subject pronoun before it
  (FRONTEDPRONOUN: "At dawn we heard ..., wherein" closes a clause) and a clause of
  MIN_AFTER_COMMA words or more after it, not opening on a participle ("... In Orsk, waiting
  for ..." goes on the sentence before); a title or a name opening on a preposition ("... a
  film about the crossing On Stormy Seas for ...") has no such comma, and none opens after a
  word that names a work (GLUEDTITLE: "... its song | Under Orsk, ...");
- the lead runs on for six words or more to the stop.

At the text's first paragraph the same shape is mostly a headline or a standfirst run into a
lead that opens on an adverbial ("... over the leaked memo | In 1997, the new government
..."), so it is not read there. Counted over main ee6ed7b's cleaned corpus (20,154 texts):
11 paragraphs after the first, 9 BBC captions, a reader's comment ("THat is ...") and a
listicle's subheading ("... is a smokescreen | At 6.30am we heard ..."), which the guards above
hold off (bench/fronted_caption_census.jsonl).
"""

from __future__ import annotations

import re
from functools import cache

from ahocorasick_rs import AhoCorasick

from text.clutter_below_caption import ends_on_active_past
from text.clutter_clause_caption import MIN_COMPLEMENT_WORDS, caption_verb, is_plain_caption
from text.clutter_defines import clutter_shape
from text.clutter_lead_caption import MIN_LEAD_WORDS, Words, end_of, paragraphs_at, sentence_words
from text.clutter_shapes import macros

MAX_ADVERBIAL_WORDS = 16  # "To counter the sanctions imposed by <two names> and <a third>,"
MIN_AFTER_COMMA = 3  # "these are tense times"
_LOWER_WORD = re.compile(r"[a-z][\w'’-]*[a-z0-9]|[a-z]")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*[A-Za-z0-9]")
_PLAIN_WORDS = re.compile(r"\(\?:([A-Za-z]+(?:\|[A-Za-z]+)*)\)")
_BEFORE_WORD = "'’-_"  # with letters and digits, what may end the word before an opener


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    adverb, preposition = defined["FRONTEDADVERB"], defined["FRONTEDPREPOSITION"]
    return {
        "adverb": re.compile(adverb),
        "preposition": re.compile(preposition),
        "function": re.compile(f"(?i:{defined['FUNCTION']})"),
        "pronoun": re.compile(defined["FRONTEDPRONOUN"]),
        "title": re.compile(defined["GLUEDTITLE"]),
        # a joiner or a pronoun opening the caption in whatever case ("THat is ...")
        "joiner": re.compile(f"(?i:{defined['CLAUSEJOINER']})"),
        # an opener in capitals right after a word, then a space or its comma and a space (the
        # automaton of candidate_paragraphs reads no space after the comma); the capital looked
        # for first lets the scan skip the lower-case letters
        "candidate": re.compile(rf"(?=[A-Z])(?<=[\w'’-] )(?:{adverb}|{preposition}),? "),
    }


@cache
def _openers() -> AhoCorasick:
    """Every opener after a space, before a space or its comma, in one automaton."""
    # as written, not as macros() gives them (its word lists grouped by their letters)
    words = [
        word
        for name in ("FRONTEDADVERB", "FRONTEDPREPOSITION")
        for word in _plain_words(clutter_shape(name), name)
    ]
    return AhoCorasick([f" {word}{after}" for word in words for after in (" ", ",")])


def _plain_words(pattern: str, name: str) -> list[str]:
    listed = _PLAIN_WORDS.fullmatch(pattern)
    if listed is None:
        raise ValueError(f"clutter.txt: {name} must list plain words")
    return listed.group(1).split("|")


def candidate_paragraphs(text: str) -> set[int]:
    """The indices of the text's paragraphs (blank-line apart) holding an opener in capitals
    right after a word: the only ones fronted_caption need read. One scan of the whole text
    finds every opener after a space, most of them opening a sentence after a stop; a
    regular expression run over every paragraph cost 3.5 to 6% of setting clutter apart."""
    try:
        found = _openers().find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:  # a lone surrogate, which the automaton cannot read
        return set(range(text.count("\n\n") + 1))
    return paragraphs_at(text, (start for _, start, _ in found if _after_a_word(text, start)))


def _after_a_word(text: str, start: int) -> bool:
    before = text[start - 1 : start]
    return bool(before) and (before.isalnum() or before in _BEFORE_WORD)


def fronted_caption(paragraph: str) -> int | None:
    """Where the caption opening a paragraph of one sentence further down ends, its lead
    opening on a fronted adverbial, or None. Asked of the paragraphs after the first that
    candidate_paragraphs chose, on any page."""
    found = _defined()
    if found["candidate"].search(paragraph) is None:
        return None
    words = sentence_words(paragraph, alone=True)
    if not words or not _NAME_WORD.match(words[0][1]):
        return None
    verb = caption_verb(words)
    if verb is None:
        return None
    boundary = _fronted_boundary(words, verb + MIN_COMPLEMENT_WORDS + 1)
    if boundary is None:
        return None
    caption = [word for _, word in words[:boundary]]
    if found["joiner"].fullmatch(caption[0]):
        return None
    if not is_plain_caption(caption) or ends_on_active_past(caption):
        return None
    return end_of(words, boundary)


def _fronted_boundary(words: Words, first: int) -> int | None:
    """The first word from `first` on where a lead opens on a fronted adverbial, or None."""
    found = _defined()
    for i in range(first, len(words) - MIN_LEAD_WORDS + 1):
        word, last = words[i][1].rstrip(","), words[i - 1][1]
        if found["function"].fullmatch(last) or found["title"].fullmatch(last):
            continue  # a work's title opens after a word that names it: "... its song | Under"
        if found["adverb"].fullmatch(word):
            if _LOWER_WORD.fullmatch(last) or _NAME_WORD.fullmatch(last):
                return i
        elif (
            found["preposition"].fullmatch(word)
            and _LOWER_WORD.fullmatch(last)
            and _comma_closes(words, i)
        ):
            return i
    return None


def _comma_closes(words: Words, i: int) -> bool:
    """Whether a comma closes the adverbial opening at word i within MAX_ADVERBIAL_WORDS
    words, a clause of MIN_AFTER_COMMA words or more after it."""
    pronoun = _defined()["pronoun"]
    for k in range(i, min(i + MAX_ADVERBIAL_WORDS, len(words))):
        if pronoun.fullmatch(words[k][1].rstrip(",")):
            return False  # a clause's subject: its comma closes no adverbial
        if words[k][1].endswith(","):
            # a participle after the comma goes on the sentence before it: "... for a week In
            # Orsk, waiting for the river to fall"
            after = words[k + 1][1] if k + 1 < len(words) else ""
            return len(words) - (k + 1) >= MIN_AFTER_COMMA and not after.endswith("ing")
    return False
