"""A photo caption run into a paragraph further down the story: flattened BBC pages print a
picture's caption, with nothing to close it, right before the sentence of the paragraph that
follows the picture ("Kel Varga was rescued from the rubble after two days Mr Marrow said
... .").

text.clutter_lead_caption reads the first paragraph, where a headline stands before the
caption; the shapes of text/clutter.txt need a sentence opener and a lower-case word after the
caption. Here the sentence after it may open with a name ("... hold signs outside the court
Mr Marrow told the court ..."), and the boundary is told by both sides being clauses of their
own, with no word between them to join them:

- only paragraphs after the first are read (the first may be a headline run into its lead),
  only those of one sentence (a flattened page prints each sentence as a paragraph), and
  only once, after all other clutter is gone;
- the caption opens the paragraph and is the caption of text.clutter_lead_caption: a clause of
  five to forty-five words without sentence punctuation, quotation marks, a first or second
  person or a reporting verb, holding a finite verb, ending on a lower-case word that is
  neither a function word nor the participle of a verb group, on a date ("... in court in
  Orsk 25 January 2011"), or, after the first paragraph, on a name after a function word
  ("... in the streets of Port Varn The Orsk Red Cross has ..."; "... in Group | A of the
  cup" ends a name: after a name "A" must open a subject and its verb);
- it is one plain clause: no comma or dash, and none of the words of GLUEDNOTFIRST,
  GLUEDJOINING, GLUEDNOTLAST, GLUEDDETERMINER or GLUEDLAST (text/clutter.txt) where
  they show a clause that goes on into the name after it ("... has learned Orsk's chief
  executive will ...", "... the new Orsk administration is ...");
- the sentence after it opens with its subject and its verb: "The", "A", "An" or a courtesy
  title, at most CAPTIONSUBJECT words of a noun phrase that are no function words, then a
  finite verb (LEADVERB: "The Orsk Red Cross has been delivering ...", "Mr Marrow said ...");
  after a bare name the boundary does not tell a caption from a clause that goes on ("... to
  show Varga was in good health ..."). After the first paragraph it may also open with "The",
  "A" or "An" and a lower-case word ("... 25 January 2011 The doctor officially enters ..."),
  which no phrase of the caption goes on into;
- that sentence runs on for six words or more to its stop.

After the first paragraph, the sentence may also open with an adverbial put before its
subject (GLUEDFRONTED: a preposition of place or time, an infinitive's "To", "Speaking") that
its comma closes within twelve words, the subject and its verb after the comma ("... have
flown aid to Orsk | In Varnholt, the rescuers have pulled ...", "... has been closed for a
week | To counter the sanctions imposed by Vornland, the council has ..."): a capitalised
preposition after a lower-case word or a name, then a comma and a clause's subject, stands
inside no sentence. The caption is read as above (its auxiliary or caption verb, a plain
clause, no sentence inside it), and not after a word that names a work (GLUEDTITLE: "...
played its song | Under Orsk, the crowd ..."), whose title goes on.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_lead_caption import (
    MIN_LEAD_WORDS,
    Words,
    end_of,
    ends_on_name,
    is_caption,
    may_end_caption,
    plain_clause,
    sentence_words,
    subject_and_verb,
)
from text.clutter_shapes import macros

# a sentence after a caption further down opens with one of these (subject_and_verb)
_MARKED = frozenset(("The", "A", "An", "Mr", "Mrs", "Ms", "Dr"))
_OPENERS = tuple(f" {word} " for word in _MARKED)
_ARTICLES = frozenset(("The", "A", "An"))
MAX_FRONTED_WORDS = 12  # "To counter the sanctions imposed by the Orsk Union and Vornland,"
_NOT_IN_FRONTED = re.compile(r"[.;:!?()\"“”]")


@cache
def _auxiliary() -> re.Pattern[str]:
    return re.compile(rf"\b{macros()['CAPTIONAUX']}\b")


@cache
def _fronted() -> tuple[re.Pattern[str], re.Pattern[str]]:
    defined = macros()
    return re.compile(defined["GLUEDFRONTED"]), re.compile(defined["GLUEDTITLE"])


@cache
def _fronted_inside() -> re.Pattern[str]:
    """A word of GLUEDFRONTED standing alone between two spaces: the test a paragraph passes
    before its words are read for a caption before an adverbial (_before_fronted). That step
    only looks at a word after the first and before the last (sentence_words splits at
    whitespace), which this finds whenever it is there: the search tries every way the
    alternation matches where such a word stands."""
    return re.compile(rf"\s(?:{macros()['GLUEDFRONTED']})\s")


def glued_caption(paragraph: str, text: str, first: bool = False) -> int | None:
    """Where the caption opening this paragraph ends, or None. text: the whole article.
    first: the paragraph opens the article, where a headline run into its lead ("Orsk
    bosses hold crisis talks The White House meeting was ...") has a caption's shape but
    for its verb: there the caption must hold an auxiliary (CAPTIONAUX: "Vessels are ready
    to ...", "The Orsk army is now waging ...")."""
    # string tests first: most paragraphs hold no such opener after a lower-case word, no
    # comma to close an adverbial and word of GLUEDFRONTED to open it (looked for only after
    # the first paragraph), or more than one sentence; the words are read once for both kinds
    # of sentence. Most paragraphs hold a comma, few a word of GLUEDFRONTED inside them, which
    # _before_fronted needs at its boundary (_fronted_inside).
    has_opener = any(opener in paragraph for opener in _OPENERS)
    has_fronted = (
        not first and ", " in paragraph and _fronted_inside().search(paragraph) is not None
    )
    if not (has_opener or has_fronted):
        return None
    words = sentence_words(paragraph, alone=True)
    if words is None:
        return None
    end = _before_subject(paragraph, words, text, first) if has_opener else None
    if end is None and has_fronted:
        end = _before_fronted(paragraph, words, text)
    return end


def _before_subject(paragraph: str, words: Words, text: str, first: bool) -> int | None:
    """Where a caption ends before a sentence opening with its subject, or None. words: the
    paragraph's, as sentence_words reads them."""
    for boundary in range(1, len(words) - MIN_LEAD_WORDS + 1):
        word, last = words[boundary][1], words[boundary - 1][1]
        if word not in _MARKED:
            continue
        # further down, the sentence may also open with an article and a lower-case noun
        # ("... 25 June 2011 The doctor officially ..."), and the caption end on a date or on
        # a name after a function word ("... in the streets of Orsk The Red Cross has ...")
        named = not first and last[:1].isupper() and ends_on_name(words, boundary)
        # after a name, "A" and a lower-case word may end the name ("Serie A soccer", "Group
        # A of the event"): there the sentence must open with its subject and verb
        plain = (
            not first
            and word in _ARTICLES
            and not (named and word == "A")
            and words[boundary + 1][1][:1].islower()
        )
        if not (last[:1].islower() or (not first and last[:1].isdigit()) or named):
            continue
        caption = [word for _, word in words[:boundary]]
        if (
            (plain or subject_and_verb(words, boundary))
            and plain_clause(caption, text, before_noun=plain)
            and not sentence_inside(words, boundary)
            # a caption's last word, unless a name closes it, is one that may end a caption
            and (named or may_end_caption(words, boundary))
            and is_caption(paragraph, words, 0, boundary)
        ):
            end = end_of(words, boundary)
            if not first or _auxiliary().search(paragraph, 0, end):
                return end
    return None


def _before_fronted(paragraph: str, words: Words, text: str) -> int | None:
    """Where a caption ends before a sentence opening with an adverbial and its comma
    (GLUEDFRONTED), or None; only after the first paragraph. words: the paragraph's, as
    sentence_words reads them."""
    fronted, title = _fronted()
    for boundary in range(1, len(words) - MIN_LEAD_WORDS + 1):
        if not fronted.fullmatch(words[boundary][1]):
            continue
        if title.fullmatch(words[boundary - 1][1]):
            continue  # a work's title opens there: "... its song | Under Orsk, ..."
        named = words[boundary - 1][1][:1].isupper() and ends_on_name(words, boundary)
        if not (named or may_end_caption(words, boundary)):
            continue
        comma = _comma_closing(words, boundary)
        if comma is None or not _subject_after(words, comma + 1):
            continue
        caption = [word for _, word in words[:boundary]]
        if (
            plain_clause(caption, text, before_adverbial=True)
            and not sentence_inside(words, boundary)
            and is_caption(paragraph, words, 0, boundary)
        ):
            return end_of(words, boundary)
    return None


def _comma_closing(words: Words, boundary: int) -> int | None:
    """The word whose comma closes the adverbial opening at word `boundary`, within
    MAX_FRONTED_WORDS words and with no other punctuation before it, or None."""
    for k in range(boundary, min(boundary + MAX_FRONTED_WORDS, len(words) - 1)):
        word = words[k][1]
        if _NOT_IN_FRONTED.search(word):
            return None
        if word.endswith(","):
            return k
    return None


def _subject_after(words: Words, i: int) -> bool:
    """Whether a clause's subject and verb open at word i, after the adverbial's comma: an
    article in lower case ("..., the rescuers have ..."), or as subject_and_verb reads it with
    a bare name ("..., Orsk's governor will ...")."""
    if i >= len(words):
        return False
    word = words[i][1]
    if word in ("the", "a", "an"):
        capitalised = list(words)
        capitalised[i] = (words[i][0], word.capitalize())
        return subject_and_verb(capitalised, i)
    return subject_and_verb(words, i, bare=True)


def sentence_inside(words: Words, boundary: int) -> bool:
    """Whether a sentence may open inside the caption too, at a name and its verb after a
    lower-case word: a headline run into what follows ("Orsk woman's husband missing in
    quake Kel Varga is missing in the Orsk earthquake A Vornland woman is ..."), which is no
    caption of its own."""
    for k in range(1, boundary):
        if (
            words[k][1][:1].isupper()
            and may_end_caption(words, k)
            and subject_and_verb(words, k, bare=True)
        ):
            return True
    return False
