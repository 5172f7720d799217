"""A caption and the lead run into one sentence opening the text, told apart by the sentence's
grammar rather than by the caption's words: flattened BBC pages print the picture's caption,
without a stop, right before the story's first sentence ("Parts of Orsk were flooded for weeks
The Orsk Red Cross has been unable to reach the town ...").

The caption steps before this one (text.clutter_lead_caption, text.clutter_glued_caption,
text.clutter_head_caption) read the caption's words: each word that may continue a clause
into a name holds one off ("as", "There", a determiner). Here the sentence as a whole tells
it: it holds two clauses, each with its own subject and finite verb, and nothing joins them. A
story's sentence joins a second clause with a conjunction or punctuation; it runs one on bare
only as a content clause after a verb or a noun that takes one ("... has admitted | Orsk
Council has failed ...", "There is a good chance | Orsk ferries will ...") or as a relative
clause without its pronoun ("... the first film | Kel Varga has agreed to make"). So:

- only the text's first paragraph is read, when it is one sentence (a flattened page prints
  each sentence as a paragraph), once, after all other clutter is gone and when no other
  caption step found a caption in it;
- the caption opens on its subject and its finite verb among its first seven words: an
  auxiliary or a modal (CLAUSECAPTIONAUX: "Parts of Orsk were ...", "Volunteers could help
  ...", "There have been ...", "The school has been ..."), or a past or present tense as
  text.clutter_head_caption reads one without an auxiliary ("Kel Varga previously used his
  fame ...", "Kel Varga describes the scene ...");
- it ends at the first word in capitals after a lower-case word that is no function word (a
  caption's last noun: "... for weeks | The ...", "... out there | Orsk ..."), at least two
  words after its verb: a verb that ends it takes the clause after it ("... has admitted |
  Orsk Council has ...");
- it is five to forty-five words with no punctuation and no word of CLAUSEJOINER (a
  conjunction, a complementiser or relative, a reporting verb, a pronoun: a second clause
  joined or opening inside it) nor of CLAUSEINNER after its first ("Out for the Orsk crews |
  There were ..."); with no verb of GLUEDJOINING in it, which takes a clause ("Kel Varga
  believed the young | Orsk singer was ..."), nor a noun of CLAUSENOUN before a determiner,
  which opens one inside it ("There were reports the harbour master | Kel Varga had ...");
  and it does not end where its phrase or clause goes on into the name: on a noun that heads
  a clause without "that" (GLUEDLAST, CLAUSENOUN, or CLAUSEHEAD among its last three words:
  "the first film | ..."), a word that takes one (GLUEDJOINING, a function word too: "...
  the harbour master insisted | Varga has ..."), an adjective by its form (CLAUSEADJECTIVE:
  "the new | Orsk ferry ..."), a determiner, a possessive, an "-ing" form ("a poll showing |
  ...") or an infinitive ("... is still to come | ...");
- the lead opens there with its subject, one to six words that are no function words but
  "of" and "and" (not last: "... Lebanon and has been ...", the caption's phrase going on),
  then a finite verb (CLAUSEAUX: "The Orsk Red Cross has ...", "Two new cases of flu have
  ...", "Orsk Shipping's chief executive Kel Varga has ..."), a perfect's participle not
  right before a preposition (CLAUSEPREPOSITION: a verb missing its object, a relative
  clause's: "the plan | Kel Varga has backed since January"), and runs on for six words or
  more to the stop.

Further down a story, the same shape is mostly a story's sentence with a relative or a
content clause run on bare ("... the sort of fix | Orsk's backers have got used to"), so only
the text's first paragraph is read here; text.clutter_below_caption reads the shape further down
where the page itself gives a second signal. The lead left opening the text is read again when the
stored text is cleaned again: a lead of one clause, or one whose clauses a comma or a
conjunction joins, is no caption and a lead, so the text cleans to itself.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from text.clutter_head_caption import VERB_WITHIN, finite_verb_index
from text.clutter_lead_caption import (
    MAX_CAPTION_WORDS,
    MIN_CAPTION_WORDS,
    MIN_LEAD_WORDS,
    Words,
    end_of,
    sentence_words,
)
from text.clutter_shapes import macros

MIN_COMPLEMENT_WORDS = 2  # words after the caption's verb: "has been with the company"
MAX_LEAD_SUBJECT_WORDS = 6  # "Orsk Shipping's chief executive Kel Varga has ..."
CAPITAL_WORD = re.compile(r"[A-Z][\w'’-]*")
_LOWER_WORD = re.compile(r"[a-z][\w'’-]*[a-z0-9]|[a-z]")
_SUBJECT_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_PUNCTUATION = re.compile(r"[,;:|()\[\]\"“”.!?–—]|``|''|^-+$|--")
_SUBJECT_JOINERS = frozenset(("of", "and"))
_OPEN_ENDS = ("ing", "'s", "’s", "s'")  # a last word a phrase goes on from


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    return {
        "aux": re.compile(defined["CLAUSECAPTIONAUX"]),
        "leadaux": re.compile(defined["CLAUSEAUX"]),
        "joiner": re.compile(defined["CLAUSEJOINER"]),
        "noun": re.compile(defined["CLAUSENOUN"]),
        "preposition": re.compile(defined["CLAUSEPREPOSITION"]),
        "inner": re.compile(defined["CLAUSEINNER"]),
        "adjective": re.compile(defined["CLAUSEADJECTIVE"]),
        "head": re.compile(defined["CLAUSEHEAD"]),
        "last": re.compile(defined["GLUEDLAST"]),
        "takes": re.compile(f"(?i:{defined['GLUEDJOINING']})"),
        "determiner": re.compile(defined["GLUEDDETERMINER"]),
        "function": re.compile(
            f"(?i:{defined['FUNCTION']}|{defined['WEEKDAY']}|{defined['MONTH']})"
        ),
    }


def clause_caption(paragraph: str) -> int | None:
    """Where the caption opening the text's first paragraph ends, or None."""
    found = clause_boundary(paragraph)
    return None if found is None else end_of(*found)


def clause_boundary(
    paragraph: str, lead_verb: re.Pattern[str] | None = None
) -> tuple[Words, int] | None:
    """The words (offset, word) of a paragraph of one sentence that is a caption's clause and
    a lead's run into one, and the index of the lead's first word; None when it is not.
    lead_verb: the lead's finite verbs, CLAUSEAUX when None."""
    words = sentence_words(paragraph, alone=True)
    if not words or not CAPITAL_WORD.match(words[0][1]):
        return None
    verb = caption_verb(words)
    if verb is None:
        return None
    boundary = first_boundary(words)
    if boundary is None or boundary - 1 < verb + MIN_COMPLEMENT_WORDS:
        return None
    caption = [word for _, word in words[:boundary]]
    if not is_plain_caption(caption) or not lead_opens(words, boundary, lead_verb):
        return None
    return words, boundary


def caption_verb(words: Words) -> int | None:
    """Where the caption's finite verb stands among its first seven words, after the first:
    an auxiliary or a modal (CLAUSECAPTIONAUX), or a past or present tense as
    text.clutter_head_caption reads one; None when there is none."""
    aux = _defined()["aux"]
    verb = next(
        (i for i in range(1, min(VERB_WITHIN, len(words))) if aux.fullmatch(words[i][1])), None
    )
    return verb if verb is not None else finite_verb_index(words)  # "Kel Varga used his ..."


def first_boundary(words: Words, start: int = 1) -> int | None:
    """The first word in capitals after a lower-case word that is no function word, from word
    `start` on: the only place a lead is looked for (a sentence opening before it would open
    inside the caption)."""
    function = _defined()["function"]
    for i in range(max(1, start), len(words)):
        last, word = words[i - 1][1], words[i][1]
        if (
            CAPITAL_WORD.fullmatch(word)
            and word != "I"
            and _LOWER_WORD.fullmatch(last)
            and not function.fullmatch(last)
        ):
            return i
    return None


def is_plain_caption(
    caption: list[str], nouns_joined: Collection[int] = (), before_quote: bool = False
) -> bool:
    """Whether the words before the boundary read as one clause that ends there: five to
    forty-five words, no punctuation, nothing that joins or opens a second clause, and no
    last noun that heads one. nouns_joined: the indices of words that join nouns there, no
    clauses, read as no joiner. before_quote: a quotation's sentence opens after them
    (text.clutter_quote_caption), which no adjective, "to" or ordinal of theirs goes on
    into: their last words are not read for one."""
    found = _defined()
    if not MIN_CAPTION_WORDS <= len(caption) <= MAX_CAPTION_WORDS:
        return False
    if any(_PUNCTUATION.search(word) for word in caption):
        return False
    if any(
        found["joiner"].fullmatch(word) and i not in nouns_joined for i, word in enumerate(caption)
    ):
        return False
    last = caption[-1]
    # a verb that takes a clause, anywhere ("Kel Varga believed the young | Orsk singer was
    # ...") or last, a function word too ("... the harbour master insisted | Varga has ...")
    if found["takes"].fullmatch(last) or any(
        found["takes"].fullmatch(w) and not found["function"].fullmatch(w) for w in caption
    ):
        return False
    if any(found["inner"].fullmatch(word) for word in caption[1:]):
        return False  # "Out for the Orsk crews | There were reports ...": a headline before
    if found["last"].fullmatch(last) or found["noun"].fullmatch(last):
        return False
    if any(
        found["noun"].fullmatch(word) and found["determiner"].fullmatch(after)
        for word, after in zip(caption, caption[1:], strict=False)
    ):
        return False  # "There were reports | the harbour master Kel Varga had ...": a clause
    if before_quote:
        return not (found["determiner"].fullmatch(last.lower()) or last.endswith(_OPEN_ENDS))
    if found["adjective"].fullmatch(last) or caption[-2] == "to":
        return False  # "the new | Orsk ferry ...", "... is still to come | ...": it goes on
    if found["determiner"].fullmatch(last.lower()):
        return False  # "... the way some | ..."
    if last.endswith(_OPEN_ENDS):
        return False  # "... a poll showing | Varga's rating has ...", "... the mayor's | ..."
    return not any(found["head"].fullmatch(word) for word in caption[-3:])


def lead_opens(words: Words, boundary: int, lead_verb: re.Pattern[str] | None) -> bool:
    """Whether a lead opens at word `boundary` with its subject and finite verb (lead_verb,
    CLAUSEAUX when None) and runs on for MIN_LEAD_WORDS words or more."""
    if len(words) - boundary < MIN_LEAD_WORDS:
        return False
    found = _defined()
    first = words[boundary][1]
    if found["joiner"].fullmatch(first) or found["inner"].fullmatch(first):
        return False  # a clause's opener or a pronoun: "... | If you ...", "... | It has ..."
    end = min(boundary + 1 + MAX_LEAD_SUBJECT_WORDS, len(words))
    for k in range(boundary + 1, end):
        word = words[k][1]
        if (lead_verb or found["leadaux"]).fullmatch(word):
            # "... Lebanon and has been ...": one phrase
            return words[k - 1][1] != "and" and not _object_missing(words, k)
        if (
            not _SUBJECT_WORD.fullmatch(word)
            or (found["function"].fullmatch(word) and word not in _SUBJECT_JOINERS)
            or found["joiner"].fullmatch(word)
            and word != "and"
        ):
            return False
    return False


def _object_missing(words: Words, k: int) -> bool:
    """Whether the lead's perfect at word k (has, have, had) stands with no object: its
    participle right before a preposition (CLAUSEPREPOSITION), as a relative clause's verb
    without its pronoun does ("The council has rejected the plan | Kel Varga has backed since
    January ..."); a passive's "been" has none to miss."""
    if words[k][1] not in ("has", "have", "had") or k + 2 >= len(words):
        return False
    participle, after = words[k + 1][1], words[k + 2][1]
    return participle != "been" and _defined()["preposition"].fullmatch(after) is not None
