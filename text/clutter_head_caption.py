"""A photo caption opening the text, or following its headline: flattened BBC pages print
the picture's caption run into the story's first sentence with nothing to close it, with or
without the headline before it ("Kel Varga was a keen sailor and climber A Vornland man has
been confirmed dead after the Orsk storm.", "Orsk ferry rates cut by Varnholt Orsk Shipping
has seen its share price fall since the storm began Varnholt Ratings has cut ...").

text.clutter_lead_caption reads a caption between a headline and the lead, and
text.clutter_glued_caption one run into a sentence opening with "The", "A", "An" or a title.
Here the lead may also open with a word that opens a subject and a lower-case word ("Dozens
of people have been killed ...", "Four children ...") or with a bare name and its verb
("Orsk Council has opened ..."), and the caption may end on a name after a preposition ("...
at the Orsk School | Four children ..."). With nothing before the caption, what tells it from
a lead's sentence that goes on is the shape of both:

- only the first paragraph is read, and only when it is one sentence (a flattened page prints
  each sentence as a paragraph), once, after all other clutter is gone and when no caption was
  found in it already;
- the caption opens on its subject and its verb: an auxiliary (CAPTIONAUX) stands among its
  first seven words ("Kel Varga was ...", "The photos have now been ..."), or a past tense
  that is no participle (CAPTIONPASTONLY: "The unrest began in ..."), or a past tense, in
  "-ed" or irregular, before its object's determiner (CAPTIONPAST, CAPTIONIRREGULAR,
  CAPTIONOBJECT: "Kel Varga previously used his fame ...", "Thousands lost their homes
  ..."), or a present in "-s" before it after a subject holding no function word
  (CAPTIONPRESENT: "Kel Varga assesses the damage ..."). A headline run into a caption puts
  its own words before it ("Orsk lifts storm curbs Businesses in Orsk have been hit ..."),
  and a BBC headline holds no auxiliary, writes the present for what happened and drops its
  articles ("Rebels seize Velm airport"), and a participle it holds is passive, before no
  object ("Orsk pilgrims held near shrine");
- it is the caption of text.clutter_lead_caption (five to forty-five words, no sentence
  punctuation, quotation marks, first or second person or reporting verb) and one plain clause
  (plain_clause: no word that joins a clause, nothing that ends open), with no sentence opening
  inside it; an "and" or "or" before its last word is a pair of nouns where the lead opens with
  "The", "A" or "An" ("a keen sailor and climber A Vornland man ..."), which never continue a
  phrase in capitals;
- the lead opens with a subject: HEADSUBJECT (text/clutter.txt: "The", "A", "Some", "Dozens",
  "Four", ...) before a lower-case word, "The", "A", "An" or a title with its subject and verb,
  or, after a caption ending on a lower-case word, a bare name and its verb ("... since the
  storm Orsk Council has ..."). A bare name is the subject of a clause without "that" after a
  noun that heads one: a caption ending on an "-ing" word ("after meeting | Kel Varga ...") or
  with a word of CLAUSEHEAD among its last three ("the first film | Kel Varga has agreed to
  make ...") takes none;
- the caption may end on a name only after a function word ("... at the Orsk School") and
  before a lead that opens plainly: "in New | York Police have ..." is not told apart, and
  "A" after a name may end the name ("in Vornland's Serie A soccer league");
- the lead runs on for six words or more to the sentence's stop, and no sentence opens inside
  it either: a headline and its standfirst run into the lead ("Orsk media are hiding the
  storm's toll The reporting of the toll is dishonest We were told ...") are no caption and
  lead;
- where the first sentence opens with no such caption, one may follow a headline: the
  headline of text.clutter_lead_caption (three to fourteen words, no verb of a clause, not
  opening as a sentence does, ending on a word of letters or on its quotation's closing
  mark: "Orsk fund claims to be 'paid quickly'"), ending on a word that is no function word
  and does not end open ("Orsk adviser tells | ..."; a speech verb after a comma closes it:
  "..., Vornland says"), and the caption opens on its subject: plainly, with "The", "A",
  "An" or a title and its verb, or with a bare name and its verb after a lower-case word, or
  after a name that follows a function word and that does not stand with the caption's first
  word elsewhere in the text ("Guards at the crossing in Port | Varn are ..." where the text
  writes "Port Varn" again). The headline stays; only the caption is set apart.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_glued_caption import sentence_inside
from text.clutter_lead_caption import (
    MAX_HEADLINE_WORDS,
    MIN_CAPTION_WORDS,
    MIN_HEADLINE_WORDS,
    MIN_LEAD_WORDS,
    Words,
    end_of,
    ends_on_name,
    ends_open,
    is_caption,
    is_headline,
    may_end_caption,
    name_before,
    plain_clause,
    sentence_words,
    subject_and_verb,
)
from text.clutter_shapes import macros

VERB_WITHIN = 7  # the caption's verb stands among its first seven words
_LOWER_FIRST = re.compile(r"[a-z0-9]")
_ARTICLES = frozenset(("The", "A", "An"))


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    return {
        "aux": re.compile(defined["CAPTIONAUX"]),
        "past": re.compile(defined["CAPTIONPAST"]),
        "pastonly": re.compile(defined["CAPTIONPASTONLY"]),
        "present": re.compile(defined["CAPTIONPRESENT"]),
        "object": re.compile(defined["CAPTIONOBJECT"]),
        "subject": re.compile(defined["HEADSUBJECT"]),
        "clausehead": re.compile(defined["CLAUSEHEAD"]),
        "function": re.compile(f"(?i:{defined['FUNCTION']})"),
        "inner": re.compile(f"(?:{defined['LEADOPENER']}|We|I|You)"),
    }


def head_caption(paragraph: str, text: str) -> tuple[int, int] | None:
    """Where the caption opening the article's first paragraph, or following the headline
    there, stands (start, end offsets), or None. text: the whole article."""
    words = sentence_words(paragraph, alone=True)
    if words is None:
        return None
    end = _caption_end(paragraph)
    if end is not None:
        return 0, end
    for first in range(MIN_HEADLINE_WORDS, min(MAX_HEADLINE_WORDS, len(words)) + 1):
        if after_headline(paragraph, words, first, text):
            end = _caption_end(paragraph[words[first][0] :])
            if end is not None:
                return words[first][0], words[first][0] + end
    return None


def after_headline(paragraph: str, words: Words, first: int, text: str) -> bool:
    """Whether a caption may open at word `first` after a headline: a capitalised word after
    the headline of text.clutter_lead_caption (three to fourteen words, no verb of a clause,
    no sentence opener first) ending on a word that is no function word ("Orsk rates
    downgraded by Vornland | Orsk has seen ...", not "... downgraded by | Vornland Orsk
    ...") and does not end open (text.clutter_lead_caption.ends_open)."""
    if first + MIN_CAPTION_WORDS + MIN_LEAD_WORDS > len(words):
        return False  # no room for a caption and a lead after it
    if not words[first][1][:1].isupper():
        return False
    last = words[first - 1][1]
    if _defined()["function"].fullmatch(last):
        return False
    # the caption opens on its subject: plainly, or a bare name and its verb after a
    # lower-case word or a name after a function word ("Orsk adviser tells Vornland | TV all
    # new drilling is on hold" opens no caption); the name and the word after it must not
    # stand together elsewhere in the text, where they are one name ("Ferries in New | Orsk
    # have been ...", "New Orsk has lifted ...")
    bare = subject_and_verb(words, first, bare=True) and (
        last[:1].islower()
        or (ends_on_name(words, first) and text.count(f"{last} {words[first][1]}") < 2)
    )
    if not bare and not _opens_plainly(words, first) and not subject_and_verb(words, first):
        return False
    headline = [word for _, word in words[:first]]
    # a headline ending on a verb that takes what follows ("Orsk adviser tells | Vornland TV
    # all drilling is on hold") goes on into it, unless a comma sets the speaker apart
    # ("Orsk must give answers, Vornland says")
    said = last in ("says", "say") and any(word.endswith(",") for word in headline[-4:-1])
    return is_headline(paragraph, words, first) and (said or not ends_open(headline, paragraph))


def _caption_end(paragraph: str) -> int | None:
    """Where the caption opening `paragraph` (one sentence) ends, or None."""
    words = sentence_words(paragraph)
    if words is None:
        return None
    found = _defined()
    plain = not any(found["aux"].fullmatch(word) for _, word in words[1:VERB_WITHIN])
    if plain and finite_verb_index(words) is None:
        return None
    # the first word a lead may open at is the only one read: a sentence opening before it
    # would open inside the caption ("... in Varnholt The reporting of the toll is dishonest
    # We were told ...")
    boundary = next(
        (i for i in range(1, len(words) - MIN_LEAD_WORDS + 1) if _lead_opens(words, i)), None
    )
    if boundary is None or not _is_caption_before(paragraph, words, boundary, plain):
        return None
    end = end_of(words, boundary)
    # the lead must not read as a caption and a lead itself: the stored text cleans to
    # itself, and a headline's standfirst before the lead is no caption
    return None if _caption_end(paragraph[end:].lstrip()) is not None else end


def finite_verb_index(words: Words) -> int | None:
    """Where a finite verb with no auxiliary stands among the first seven words, after the
    first, or None: a past tense that is no participle (CAPTIONPASTONLY: "Kel Varga spoke
    to ..."), or a past tense (CAPTIONPAST) or a present in "-s" (CAPTIONPRESENT) before its
    object's determiner (CAPTIONOBJECT: "Kel Varga held a vigil ...", "The slick now covers an
    area ..."), which a headline's participle and its present, dropping the article, stand before
    none of; a present only after a subject of names or of an article and its noun."""
    found = _defined()
    for i in range(1, min(VERB_WITHIN, len(words) - 1)):
        word = words[i][1]
        if found["pastonly"].fullmatch(word):
            return i
        if not found["object"].fullmatch(words[i + 1][1]):
            continue
        if found["past"].fullmatch(word):
            return i
        # a headline's present holds its article where its subject is a phrase ("Support
        # for Orsk brings a boom"): before a present, the subject holds no function word
        if found["present"].fullmatch(word) and not any(
            found["function"].fullmatch(before) for _, before in words[1:i]
        ):
            return i
    return None


def _lead_opens(words: Words, boundary: int) -> bool:
    """Whether a caption may end before word `boundary` and the lead open there."""
    if not words[boundary][1][:1].isupper():
        return False
    lower_end = may_end_caption(words, boundary)
    if not lower_end and not ends_on_name(words, boundary):
        return False
    # after a name, "A" and a lower-case word may end the name ("Serie A soccer")
    plain = _opens_plainly(words, boundary) and (lower_end or words[boundary][1] != "A")
    return (
        plain or subject_and_verb(words, boundary) or (lower_end and _bare_subject(words, boundary))
    )


def _is_caption_before(paragraph: str, words: Words, boundary: int, plain: bool) -> bool:
    """Whether the words before `boundary` are a caption and those after it one lead. plain:
    its verb is one with no auxiliary (finite_verb_index), which no verb of CAPTIONVERB need
    join."""
    if not is_caption(paragraph, words, 0, boundary, verb_read=plain):
        return False
    caption = [word for _, word in words[:boundary]]
    if words[boundary][1] in _ARTICLES and len(caption) > 2 and caption[-2] in ("and", "or"):
        caption = caption[:-2] + caption[-1:]  # "a keen sailor and climber | A Vornland man"
    return (
        plain_clause(caption, paragraph, before_noun=_opens_plainly(words, boundary))
        and not sentence_inside(words, boundary)
        and not _sentence_in_lead(words, boundary)
    )


def _opens_plainly(words: Words, boundary: int) -> bool:
    """Whether the lead opens at word `boundary` with a word of HEADSUBJECT before a lower-case
    word ("Dozens of ...", "The headboard from ...")."""
    return (
        _defined()["subject"].fullmatch(words[boundary][1]) is not None
        and _LOWER_FIRST.match(words[boundary + 1][1]) is not None
    )


def _bare_subject(words: Words, boundary: int) -> bool:
    """Whether a bare name and its verb open the lead at word `boundary`, after a caption
    whose end heads no clause without "that"."""
    if not subject_and_verb(words, boundary, bare=True) or name_before(words, boundary):
        return False
    if words[boundary - 1][1].endswith("ing"):
        return False  # "... after meeting | Kel Varga ..."
    clausehead = _defined()["clausehead"]
    return not any(clausehead.fullmatch(word) for _, word in words[max(0, boundary - 3) : boundary])


def _sentence_in_lead(words: Words, boundary: int) -> bool:
    """Whether a sentence opens inside the lead too, after a lower-case word: a name and its
    verb, or a lead's opener or a pronoun before a lower-case word ("... is dishonest We were
    told ...")."""
    inner = _defined()["inner"]
    for k in range(boundary + 2, len(words) - 1):
        if not words[k][1][:1].isupper() or not may_end_caption(words, k):
            continue
        if subject_and_verb(words, k, bare=True) and not name_before(words, k):
            return True
        if inner.fullmatch(words[k][1]) and _LOWER_FIRST.match(words[k + 1][1]):
            return True
    return False
