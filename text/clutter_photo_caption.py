"""A photo's description opening the article: pages that set the picture above the story print
its caption as the text's first sentence, closed by a stop, in the present tense of what the
people in the picture do ("Protesters gather in the main square for a vigil on Sunday.", "A
man carries a child after an airstrike on Orsk. Government forces have ..."). A story's first
sentence reports what happened, in a past or perfect tense, or says who said it; a headline
has no stop.

The shape is PHOTOCAPTION of text/clutter.txt: a subject first (no adverbial, pronoun or
clause opener before it, PHOTONOTFIRST; no auxiliary, modal or relative inside it,
PHOTONOTSUBJECT), then a present tense of PHOTOVERB, up to the stop, holding no auxiliary,
quotation, first or second person or reporting verb (PHOTONOTINSIDE). What must also hold:

- its verb is no noun: no determiner or number before it (PHOTONOUNBEFORE: "The stand-off
  ...", "... a family hug ...");
- at most one comma ("... in Port Varn, Orsk's largest harbour."): a story's apposition
  ("Kel Varga, the former minister, died ...") is a headline run into its lead;
- an article ("a", "an", "the") in lower case: a headline with a stop leaves them out ("Leaders
  react to Orsk claim.");
- eight to forty-five words: a caption places its people ("Kel Varga holds the record." is a
  story's);
- it is read at the start of the text's first paragraph, in each pass of the cleaner once
  the stamps and bylines opening it are off (what it stood before, a column's highlights,
  then opens the text on the next pass, as it does when the stored text is cleaned again);
- a story follows it: more text after it, in its paragraph or the next;
- the sentence after it is not of the same shape: a story told in the present tense ("Kel
  Varga walks into the room. He sits down.") is no caption, and a text cleaned once cleans to
  itself (what the first clean leaves opening the text is that next sentence); nor does it
  open with a word pointing back to it (PHOTONOTAFTER: "He sits down ..."), where a story goes
  on: the lead under a caption names its own subject.

The same shape is read in the text's second paragraph, below the page's head (a Guardian page
prints "<headline> <standfirst>" on one line, the photo's caption on the next and then the
story: "Workers clean up the oil washed ashore in Orsk."), when the first paragraph is one
sentence (a head, a lead) and no caption itself (that one opens the text on the next pass).
A story's second paragraph in the present tense says what people do as a rule, a caption what
they do in the picture: a habitual adverb ("usually", "often") keeps it out (PHOTONOTINSIDE).
Further down the present tense is the story's.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_shapes import macros
from text.sentences import split_sentences

MIN_CAPTION_WORDS = 8  # a caption places its people: "Kel Varga holds the record." is a story's
MAX_CAPTION_WORDS = 45
MIN_STORY_WORDS = 6  # what follows the caption is a story, not a credit or a fragment
_ARTICLE = re.compile(r"\b(?:a|an|the)\b")


@cache
def _shapes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    defined = macros()
    return (
        re.compile(defined["PHOTOCAPTION"]),
        re.compile(defined["PHOTONOTINSIDE"]),
        re.compile(defined["PHOTONOTAFTER"]),
        re.compile(f"(?i:{defined['PHOTONOUNBEFORE']})"),
    )


def _caption_at(text: str) -> int | None:
    """Where a photo caption opening text ends, or None."""
    caption, not_inside, _, noun_before = _shapes()
    found = caption.match(text)
    if found is None:
        return None
    run = found.group()
    before = text[: found.start("verb")].split()
    if (
        not MIN_CAPTION_WORDS <= len(run.split()) <= MAX_CAPTION_WORDS
        or not_inside.search(run)
        or noun_before.fullmatch(before[-1])  # "a family hug", "The stand-off": a noun
        or run.count(",") > 1  # an apposition: "..., the former minister, died ..."
        or not _ARTICLE.search(run)  # a headline with a stop: "Leaders react to Orsk claim."
    ):
        return None
    return found.end()


def photo_caption(paragraph: str, text: str) -> tuple[int, int] | None:
    """The span of the photo caption opening paragraph, or None. paragraph: the article's first
    paragraph (or its second, read by second_photo_caption); text: the article from that
    paragraph on, which opens with it."""
    end = _caption_at(paragraph)
    if end is None:
        return None
    after = text[end:].lstrip()
    if len(after.split()) < MIN_STORY_WORDS or _caption_at(after) is not None:
        return None
    _, _, not_after, _ = _shapes()
    if not_after.match(after):
        return None  # "... walks into the room. He sits down ...": the story goes on
    return 0, end


def second_photo_caption(head: str, paragraph: str, text: str) -> tuple[int, int] | None:
    """The span of the photo caption opening the text's second paragraph, below its head, or
    None. head: the first paragraph; paragraph: the second; text: the article from the second
    paragraph on."""
    found = photo_caption(paragraph, text)
    if found is None or len(split_sentences(head)) != 1 or _caption_at(head) is not None:
        return None
    return found


@cache
def _dated() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    defined = macros()
    return (
        re.compile(defined["DATEDBYLINE"]),
        re.compile(defined["DATEDPHOTOCUE"]),
        re.compile(defined["DATEDCAPTION"]),
    )


def _past_after(words: list[str]) -> bool:
    """Whether a past tense in -ed follows the verb (a story's: "Government forces in Orsk
    attacked the town on Monday.", read with "forces" for the verb), not one made an adjective
    by a determiner or an adverb before it ("a destroyed building", "a heavily armed man")."""
    _, _, _, noun_before = _shapes()
    return any(
        word.endswith("ed")
        and len(word) > 4
        and not noun_before.fullmatch(before)
        and not before.endswith("ly")
        for before, word in zip(words, words[1:], strict=False)
    )


def _dated_present(caption: str) -> bool:
    """Whether caption, a paragraph of one sentence, is told in the present tense of what the
    people in a picture do (DATEDCAPTION of text/clutter.txt: a caption's verb, PHOTOVERB or
    DATEDCROWDVERB)."""
    _, not_inside, _, noun_before = _shapes()
    _, _, shape = _dated()
    found = shape.match(caption)
    if found is None or found.end() != len(caption) or not_inside.search(caption):
        return False
    before = caption[: found.start("verb")].split()
    return not (
        noun_before.fullmatch(before[-1]) or _past_after(caption[found.end("verb") :].split())
    )


def dated_byline_caption(opening: str, paragraph: str, text: str) -> tuple[int, int] | None:
    """The span of the photo caption making up paragraph, the text's first, when the page
    printed it under CNN's date-and-writer line ("January 25, 2031 | By Kel Varga, CNN"), or
    None. opening: the first paragraph as it stood before its stamps and bylines were taken,
    which holds the line and then paragraph; text: the article from paragraph on. A lead
    printed there stays: the paragraph must hold a picture's cue ("(pictured)", "in this file
    picture") or be told in a caption's present tense (`_dated_present`), be one sentence of
    eight to forty-five words, and a story must follow, not pointing back to it."""
    line, cue, _ = _dated()
    found = line.search(opening)
    caption = paragraph.strip()
    if found is None or opening[found.end() :].strip(" |-–—:\n") != caption:
        return None
    if len(split_sentences(caption)) != 1:
        return None
    if not MIN_CAPTION_WORDS <= len(caption.split()) <= MAX_CAPTION_WORDS:
        return None
    after = text[len(paragraph) :].lstrip()
    _, _, not_after, _ = _shapes()
    if len(after.split()) < MIN_STORY_WORDS or not_after.match(after):
        return None
    if cue.search(caption) is None and not _dated_present(caption):
        return None
    return 0, len(paragraph.rstrip())
