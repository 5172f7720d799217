"""A pull-quote box closed by its speaker's name, with no "End Quote": flattened BBC pages of
2009 and 2010 print the box's quotation without its stop, the speaker's name, a comma and the
speaker's body or place, then the story's next sentence, all on one line ('... how to do that
Kel Varga, University of Orsk And he warned ...'; '... in urgent need of help Ilsa Marrow, Save
the Ferries It is also ...').

A sentence may run into a name and a comma too ('... the work of Kel Varga, Orsk Ferries' chief
...'). What tells the box (NAMEDBOX* in text/clutter.txt):

- the quotation opens the paragraph or follows a sentence's end: five words or more, no stop,
  quotation mark, colon, semicolon or bracket (a listing's fields), at most one word in four
  capitalised (a list of names or titles is no one's words), its last word in lower case or a
  digit, and no function word or preposition but "that" (a quotation may end "... how to do
  that"; a sentence goes on "... the work of", "... ranks alongside");
- then the speaker: a title or none (BOXTITLE: "Dr", "Professor"), a name of two or three
  capitalised words, a comma, and a body or place of capitalised words, with "of", "the", "for"
  and lower-case words of a role between them (PULLNAME, PULLJOIN, PULLROLE);
- right after it, the story's next sentence opens where a box's speaker is read to end
  ([inline caption], PULLSPEAKER): on a quotation, on a sentence opener and a lower-case word
  or a comma, or on a determiner and a capitalised word or two before a lower-case one; or the
  paragraph ends;
- the speaker's name, without the title, stands elsewhere in the text: the story quotes the
  speaker it boxed ("Kel Varga, director of the Orsk Centre, said ...").

Where one fails, the words stay.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_shapes import macros

MIN_QUOTE_WORDS = 5  # fewer words are a clause's head ("Her words echoed those of ...")
MAX_CAPITALISED_SHARE = 4  # at most one word in four capitalised: a quotation is prose
_NOT_IN_QUOTATION = re.compile(r"[\"“”;:()]")  # quotation marks; a listing's fields
_LOWER_FIRST = re.compile(r"[a-z0-9]")


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    speaker = (
        rf"(?<=[a-z0-9] )(?:{defined['NAMEDBOXTITLE']} )?"
        rf"(?P<name>{defined['NAMEDBOXNAME']}), {defined['NAMEDBOXROLE']}"
        rf"(?={defined['NAMEDBOXNEXT']}|$)"
    )
    return {
        "speaker": re.compile(speaker),
        "last": re.compile(defined["NAMEDBOXNOTLAST"]),
        "sentence": re.compile(r"(?:[.!?][\"”’]?|[\"”]) "),
    }


# the comma before the speaker's body or place: most paragraphs hold none, and this test, at C
# speed, spares them the speaker's pattern; its particles are PULLNAME's (a test checks each)
_COMMA_CAPITAL = re.compile(r", (?:[a-z]{2,3}-)?[A-Z]")  # "Kel Varga, al-Orsk Centre"


def named_box(paragraph: str, text: str) -> tuple[int, int] | None:
    """Where a pull-quote box closed by its speaker's name stands in this paragraph of text
    (start, end offsets), or None."""
    if _COMMA_CAPITAL.search(paragraph) is None:
        return None
    defined = _defined()
    for found in defined["speaker"].finditer(paragraph):
        head = paragraph[: found.start()]
        sentence_ends = list(defined["sentence"].finditer(head))
        start = sentence_ends[-1].end() if sentence_ends else 0
        quotation = head[start:].rstrip()
        if _NOT_IN_QUOTATION.search(quotation) or not quotation[:1].isupper():
            continue
        words = quotation.split()
        if len(words) < MIN_QUOTE_WORDS or not _LOWER_FIRST.match(words[-1]):
            continue
        if defined["last"].fullmatch(words[-1]):
            continue
        if sum(word[:1].isupper() for word in words) * MAX_CAPITALISED_SHARE > len(words):
            continue  # a list of names or titles, no one's words
        if not _named_elsewhere(found.group("name"), text, paragraph):
            continue
        return start, found.end()
    return None


def _named_elsewhere(name: str, text: str, paragraph: str) -> bool:
    """Whether the text prints the name, whole, outside this paragraph."""
    rest = text.replace(paragraph, "\n")
    return re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", rest) is not None
