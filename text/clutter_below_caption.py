"""A caption and a story's sentence run into one further down a page that runs its captions
into its text: flattened BBC pages print each picture's caption, without a stop, right before
the sentence of the paragraph after the picture ("... the harbour Whole streets of Orsk have
been flooded The Orsk Red Cross is sending ...").

text.clutter_clause_caption tells such a caption by the sentence's grammar alone: two clauses,
each with its own subject and finite verb, and nothing to join them. Further down a story that
shape is mostly a story's sentence with a relative or a content clause run on bare ("The
answer is the sort of fix | Orsk's backers have got used to"), so there it is read only at the
text's start. Here a second signal, independent of the sentence's words, is asked for: the
page itself. A page that ran one caption into its text ran its others the same way, so the
shape is read further down only where another caption step (text.clutter_lead_caption,
text.clutter_glued_caption, text.clutter_head_caption, text.clutter_clause_caption,
text.clutter_repeat_caption) found a caption run into this text. A page that prints its
captions apart (a caption paragraph with its credit) gives no such signal. What must hold
besides:

- the paragraph is one sentence, not the text's first (read by text.clutter_clause_caption),
  read once after all other clutter is gone, when no other caption step found one in it;
- it holds the shape of text.clutter_clause_caption: the caption's clause, then the lead's;
- the caption does not end on a past tense in its active voice (BELOWPAST, not after an
  auxiliary or an adverb in "-ly": "... as reports circulated | Kel Varga had sent ..."): a
  verb of saying or knowing ends there, and the clause after it is its content clause; a
  passive's participle ("... have been flooded | The ...") ends a caption;
- the lead's verb is whole: "have" as its verb (BELOWHAVE) takes an object, so a preposition
  right after it ("the conversation | Kel Varga had with his captain") or a comma or a colon
  after the lead's first verb ("the relief wells | Orsk is drilling, and ...") shows the
  object missing, a relative clause's verb without its pronoun;
- the lead's first word is no name run on from the caption's: two capitalised words opening
  it, the first no function word ("... with the quarantined Varnish | Sailors ..."), may end
  the caption at either.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_clause_caption import clause_boundary
from text.clutter_lead_caption import Words, end_of
from text.clutter_shapes import macros

_ADVERB = re.compile(r"[a-z]+ly")
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
_OBJECT_GONE = re.compile(r".*[,:;]")


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    return {
        "past": re.compile(defined["BELOWPAST"]),
        "aux": re.compile(defined["BELOWAUX"]),
        "have": re.compile(defined["BELOWHAVE"]),
        "leadaux": re.compile(defined["CLAUSEAUX"]),
        "leadverb": re.compile(defined["BELOWLEADVERB"]),
        "gap": re.compile(defined["BELOWHAVEGAP"]),
        "function": re.compile(f"(?i:{defined['FUNCTION']})"),
    }


def below_caption(paragraph: str) -> int | None:
    """Where the caption opening a paragraph of one sentence further down ends, or None. Only
    asked of a page that ran another caption into its text."""
    found = clause_boundary(paragraph, _defined()["leadverb"])
    if found is None:
        return None
    words, boundary = found
    if ends_on_active_past([word for _, word in words[:boundary]]):
        return None
    if _lead_ambiguous(words, boundary) or _object_missing(words, boundary):
        return None
    return end_of(words, boundary)


def ends_on_active_past(caption: list[str]) -> bool:
    """Whether the caption's last word is a past tense in its active voice: a past form
    (BELOWPAST) after no auxiliary (BELOWAUX) and no adverb in "-ly"."""
    found = _defined()
    if not found["past"].fullmatch(caption[-1]):
        return False
    before = caption[-2]
    return not (found["aux"].fullmatch(before) or _ADVERB.fullmatch(before))


def _lead_ambiguous(words: Words, boundary: int) -> bool:
    """Whether the lead opens on two capitalised words, the first no function word: the
    caption may end after the first as well as before it."""
    if boundary + 1 >= len(words):
        return True
    first, second = words[boundary][1], words[boundary + 1][1]
    return _CAPITALISED.fullmatch(second) is not None and not _defined()["function"].fullmatch(
        first
    )


def _object_missing(words: Words, boundary: int) -> bool:
    """Whether the lead's first verb stands without its object: "have" as the verb with a
    preposition right after it, or a comma or colon right after the verb or its participle."""
    found = _defined()
    verb = next(
        (k for k in range(boundary + 1, len(words)) if found["leadverb"].fullmatch(words[k][1])),
        None,
    )
    if verb is None or verb + 1 >= len(words):
        return False
    after = words[verb + 1][1]
    if found["have"].fullmatch(words[verb][1]) and found["gap"].fullmatch(after):
        return True  # "the conversation | Kel Varga had with his captain ..."
    for _, word in words[verb : verb + 4]:  # the verb group: "is currently drilling,"
        if _OBJECT_GONE.fullmatch(word):
            return True  # "the relief wells | Orsk is drilling, and ..."
        if not (
            found["leadaux"].fullmatch(word)
            or found["aux"].fullmatch(word)
            or _ADVERB.fullmatch(word)
            or word.endswith(("ing", "ed"))
        ):
            break
    return False
