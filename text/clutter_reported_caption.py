"""A caption telling what someone says, run into the lead opening the text: flattened BBC pages
print the picture's caption, a speaker's words with no stop, right before the story's first
sentence, with or without the headline before it ("Kel Varga said the harbour was running out
of room Orsk is slipping closer to a shutdown ...", "Orsk says it is fully equipped to deal with
the storm The Orsk council is urging ...").

text.clutter_clause_caption reads a caption of one clause and a lead's run into one sentence,
and refuses a caption holding a reporting verb or a pronoun: "said" takes the clause after it,
so "Kel Varga said | the harbour ..." is no boundary. Here the reporting verb is the caption's
own, right after its speaker, and the boundary is read after the clause it reports: the
caption holds two clauses (the speaker's, the words reported) and the lead a third, with
nothing to join it to them. What must hold:

- only the text's first paragraph is read, when it is one sentence (a flattened page prints
  each sentence as a paragraph), once, after all other clutter is gone and when no other
  caption step found a caption in it;
- the caption opens the paragraph, or follows the headline of text.clutter_head_caption
  (three to fourteen words, no verb of a clause, not opening as a sentence does; the headline
  stays);
- it opens on its speaker, one to MAX_SPEAKER_WORDS words in capitals or joined by a word of
  REPORTEDSPEAKERJOIN (text/clutter.txt: "Kel Varga", "The Orsk Museum", "Ilsa Marrow from the
  Orsk Trust"), no pronoun first, then a verb of saying or thinking of REPORTEDVERB ("says",
  "said", "hopes", "fears", ...; not "told", whose object stands before the clause) and an
  optional "that";
- the words reported are one clause: a finite verb (CLAUSEAUX) within VERB_WITHIN words, after
  a subject that may be a pronoun ("... says it is ..."), and otherwise the plain caption of
  text.clutter_clause_caption (five to forty-five words, no punctuation, no word that joins or
  opens another clause, no verb that takes one, no last word a phrase goes on from);
- it ends at the first word in capitals after a lower-case word that is no function word, at
  least MIN_COMPLEMENT_WORDS words after that verb, with no word in capitals among its last
  three (a role before a name, where the lead may open earlier: "... involved in the US | UK
  energy giant Orsk Shipping has ...");
- the lead opens there as text.clutter_clause_caption's does (its subject, one to six words,
  and a finite verb), runs on for six words or more to the stop, and does not read as such a
  caption and a lead again, so that the stored text cleans to itself.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_clause_caption import (
    CAPITAL_WORD,
    MIN_COMPLEMENT_WORDS,
    first_boundary,
    is_plain_caption,
    lead_opens,
)
from text.clutter_head_caption import VERB_WITHIN, after_headline
from text.clutter_lead_caption import (
    MAX_HEADLINE_WORDS,
    MIN_HEADLINE_WORDS,
    Words,
    end_of,
    sentence_words,
)
from text.clutter_shapes import macros

MAX_SPEAKER_WORDS = 6  # "Ilsa Marrow from the Orsk Trust"
_SPEAKER_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    return {
        "verb": re.compile(defined["REPORTEDVERB"]),
        "join": re.compile(defined["REPORTEDSPEAKERJOIN"]),
        "pronoun": re.compile(defined["REPORTEDPRONOUN"]),
        "aux": re.compile(defined["CLAUSEAUX"]),
        "joiner": re.compile(defined["CLAUSEJOINER"]),
    }


def reported_caption(paragraph: str, text: str) -> tuple[int, int] | None:
    """Where the caption reporting a speaker's words that opens the article's first paragraph,
    or follows the headline there, stands (start, end offsets), or None. text: the whole
    article."""
    words = sentence_words(paragraph, alone=True)
    if not words:
        return None
    end = _caption_end(words, 0)
    if end is not None:
        return 0, end
    for first in range(MIN_HEADLINE_WORDS, min(MAX_HEADLINE_WORDS, len(words)) + 1):
        if after_headline(paragraph, words, first, text):
            end = _caption_end(words, first)
            if end is not None:
                return words[first][0], end
    return None


def _caption_end(words: Words, first: int) -> int | None:
    """Where the caption opening at word `first` ends (an offset in the paragraph), or None."""
    verb = _speaker_verb(words, first)
    if verb is None:
        return None
    found = _defined()
    opens = verb + 1
    if opens < len(words) and words[opens][1] == "that":
        opens += 1
    last = min(opens + VERB_WITHIN, len(words))
    clause_verb = next(
        (k for k in range(opens + 1, last) if found["aux"].fullmatch(words[k][1])), None
    )
    if clause_verb is None:
        return None
    boundary = first_boundary(words, first + 1)
    if boundary is None or boundary - 1 < clause_verb + MIN_COMPLEMENT_WORDS:
        return None
    if any(CAPITAL_WORD.fullmatch(word) for _, word in words[boundary - 3 : boundary]):
        return None  # "... in the US | UK energy giant BP has ...": the lead may open earlier
    reported = [word for _, word in words[opens:boundary]]
    if found["pronoun"].fullmatch(reported[0]):
        reported = reported[1:]  # "... says | it is fully equipped ..."
    if not is_plain_caption(reported) or not lead_opens(words, boundary, None):
        return None
    # the lead must not read as such a caption and a lead itself: the text cleans to itself
    if _caption_end(words[boundary:], 0) is not None:
        return None
    return end_of(words, boundary)


def _speaker_verb(words: Words, first: int) -> int | None:
    """Where the verb of REPORTEDVERB after the speaker opening at word `first` stands, or
    None: one to MAX_SPEAKER_WORDS words before it, the first in capitals and no pronoun or
    word that joins a clause, each in capitals or a word of REPORTEDSPEAKERJOIN."""
    found = _defined()
    opening = words[first][1] if first < len(words) else ""
    if not CAPITAL_WORD.fullmatch(opening) or found["joiner"].fullmatch(opening):
        return None
    for k in range(first + 1, min(first + 1 + MAX_SPEAKER_WORDS, len(words))):
        word = words[k][1]
        if found["verb"].fullmatch(word):
            return k
        if not _SPEAKER_WORD.fullmatch(word):
            return None
        if not (CAPITAL_WORD.fullmatch(word) or found["join"].fullmatch(word)):
            return None
    return None
