"""A photo caption whose subject the sentence after it names again: flattened BBC pages print
the caption of a person's picture run into the story's sentence that introduces that person,
with nothing to close the caption ("Kel Varga was the youngest of the Varga brothers Kel
Varga, a ferry pilot from Orsk, has been admitted to hospital.").

The caption steps (text.clutter_head_caption, text.clutter_glued_caption) tell a caption's end
by how the sentence after it opens: "The", a title, a subject and its verb. A lead that opens
with a bare name, a comma after it ("Kel Varga, a ferry pilot ..."), or after a caption ending
on a name, is left, since a clause may go on into a name there. Here the boundary is told by the
name itself: prose names someone once and then says "he" or a surname, while a caption and the
lead it stands over each open on the person's full name. What must hold:

- the paragraph is one sentence (a flattened page prints each sentence as a paragraph), read
  once after all other clutter is gone and when no other caption step found one in it;
- the caption opens the paragraph, or, in the first paragraph, follows a headline (that of
  text.clutter_lead_caption: three to fourteen words, no verb of a clause, not ending on a
  function word nor open: "Orsk lifts curbs Crews in | Port Varn have been ..." is no headline
  and caption; the headline stays);
- it opens on a name of two to four capitalised words, no sentence opener, function word or
  courtesy title first (REPEATNOTNAME in text/clutter.txt: "The Orsk ...", "In Varnholt ...";
  a title and a surname are how prose names someone again), with a lower-case word after it;
- it is the caption of text.clutter_lead_caption (five to forty-five words, no sentence
  punctuation, quotation marks, first or second person or reporting verb) with no comma or
  dash, and holds an auxiliary (CAPTIONAUX: "is", "was", "has been") among the seven words
  after its name: a BBC headline holds none, and the headline that a lead naming the same
  person follows ("Kel Varga admitted to hospital Kel Varga, a ferry pilot ...") is no
  caption;
- right after it, after a lower-case word that may close a caption (not a function word nor a
  participle cut from its auxiliary), the same name opens the lead, followed by a comma, a
  possessive or a lower-case word ("Kel Varga, ...", "Kel Varga's ...", "Kel Varga has ...");
  not after a role printed before a name (GLUEDLAST), where the lead may open earlier ("...
  killed in Port Varn Orsk Gazette reporter | Kel Varga, ...": the caption's end is not told);
- the lead runs on for six words or more to the sentence's stop.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_lead_caption import (
    MAX_HEADLINE_WORDS,
    MIN_CAPTION_WORDS,
    MIN_HEADLINE_WORDS,
    MIN_LEAD_WORDS,
    Words,
    end_of,
    ends_open,
    is_caption,
    is_headline,
    may_end_caption,
    sentence_words,
)
from text.clutter_shapes import macros

MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4  # "Kel Varga", "Kel de Varga Marrow"
AUX_WITHIN = 7  # the caption's auxiliary stands among the seven words after its name
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
_POSSESSIVE = ("'s", "’s")


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    return {
        "aux": re.compile(defined["CAPTIONAUX"]),
        "notname": re.compile(defined["REPEATNOTNAME"]),
        "function": re.compile(f"(?i:{defined['FUNCTION']})"),
        "role": re.compile(defined["GLUEDLAST"]),
        "joining": re.compile(defined["REPEATJOINING"]),
        "leadverb": re.compile(defined["LEADVERB"]),
    }


def repeat_caption(
    paragraph: str, first: bool = False, headed: bool = False
) -> tuple[int, int] | None:
    """Where the caption whose name the lead after it repeats stands in this paragraph (start,
    end offsets), or None. first: the paragraph opens the article, where a headline may stand
    before the caption. headed: a caption after a headline was already found there, so none
    is looked for after one."""
    # a string test first: a paragraph whose first two words it holds nowhere else holds no
    # caption opening it and lead that name one person (not made where a headline may stand
    # before the caption, whose name is then not the paragraph's first words)
    head = paragraph.split(" ", 2)[:2]
    looked_after = first and not headed
    if len(head) < 2 or (paragraph.count(" ".join(head)) < 2 and not looked_after):
        return None
    words = sentence_words(paragraph, alone=True)
    if words is None or len(words) < MIN_NAME_WORDS + MIN_CAPTION_WORDS + MIN_LEAD_WORDS:
        return None
    starts = [0]
    if looked_after:
        last = min(MAX_HEADLINE_WORDS, len(words) - MIN_CAPTION_WORDS - MIN_LEAD_WORDS)
        starts += [
            i for i in range(MIN_HEADLINE_WORDS, last + 1) if _after_headline(paragraph, words, i)
        ]
    for start in starts:
        end = _caption_end(paragraph, words, start)
        if end is not None:
            return words[start][0], end
    return None


def _after_headline(paragraph: str, words: Words, i: int) -> bool:
    """Whether a headline (text.clutter_lead_caption) stands before word i, ending on no
    function word and not where a phrase goes on into a name ("Orsk council to meet | Kel
    Varga ...", not "Crews in | Port Varn are ..." nor "... talks with | Kel Varga ...")."""
    if not _NAME_WORD.fullmatch(words[i][1]) or _defined()["function"].fullmatch(words[i - 1][1]):
        return False
    headline = [word for _, word in words[:i]]
    return is_headline(paragraph, words, i) and not ends_open(headline, paragraph)


def _name(words: Words, start: int) -> list[str] | None:
    """The name opening at word `start`: two to four capitalised words, not a sentence opener
    or a function word first, with a lower-case word after them; or None."""
    if _defined()["notname"].fullmatch(words[start][1]):
        return None
    end = start
    while end < len(words) and _NAME_WORD.fullmatch(words[end][1]):
        end += 1
    count = end - start
    if not MIN_NAME_WORDS <= count <= MAX_NAME_WORDS or end >= len(words):
        return None
    if not words[end][1][:1].islower():
        return None
    return [word for _, word in words[start:end]]


def _caption_end(paragraph: str, words: Words, start: int) -> int | None:
    """Where the caption opening at word `start` ends, before the lead that repeats its name,
    or None."""
    name = _name(words, start)
    if name is None:
        return None
    size = len(name)
    defined = _defined()
    after_name = words[start + size : start + size + AUX_WITHIN]
    if not any(defined["aux"].fullmatch(word) for _, word in after_name):
        return None
    first_boundary = start + max(MIN_CAPTION_WORDS, size + 1)
    for boundary in range(first_boundary, len(words) - MIN_LEAD_WORDS + 1):
        if not _repeats(words, boundary, name):
            continue
        if not may_end_caption(words, boundary):
            return None  # the name stands inside a phrase: "... met with | Kel Varga"
        if defined["role"].fullmatch(words[boundary - 1][1]):
            return None  # the lead may open before it: "... in Orsk | Orsk Gazette reporter Kel"
        run = [word for _, word in words[start:boundary]]
        if any(word in {"-", "–", "—"} or word.endswith(",") for word in run):
            return None
        if any(defined["joining"].fullmatch(word) for word in run):
            return None  # "Kel Varga was the pilot who trained | Kel Varga's crew"
        if not is_caption(paragraph, words, start, boundary):
            return None
        return end_of(words, boundary)
    return None


def _repeats(words: Words, i: int, name: list[str]) -> bool:
    """Whether the name opens a clause at word i: the same words, the last of them followed
    by a comma or a possessive, or by a verb (LEADVERB, or a lower-case word that is no
    function word: "Kel Varga died ...", not "... beat Kel Varga at the regatta")."""
    size = len(name)
    if i + size >= len(words):
        return False
    found = [word for _, word in words[i : i + size]]
    if found[:-1] != name[:-1]:
        return False
    last = found[-1]
    if last != name[-1]:
        return last in (name[-1] + ",", *(name[-1] + mark for mark in _POSSESSIVE))
    after = words[i + size][1]
    defined = _defined()
    return defined["leadverb"].fullmatch(after) is not None or (
        after[:1].islower() and defined["function"].fullmatch(after) is None
    )
