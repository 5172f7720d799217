"""A photo or video caption opening a text that has no headline, run into the lead with nothing
to close it, as flattened BBC pages print them ("Kel Varga said the ferries were lost in the
storm | Orsk is counting the cost of ...").

The [every caption] shape of text/clutter.txt takes a caption run into a sentence opener and a
lower-case word, when it holds no reporting verb ("... said the talks | The ..." may be a wire
sentence that lost its stop). Here the caption may report ("Kel Varga said ...", "Orsk says it
is ready ...") and the lead may open on its subject and verb ("Orsk Lines has ...", "The Orsk
council is ..."), where a headline run into the lead would be read the same way ("Orsk ferries
resume after storm | Orsk Lines has ..."). A BBC headline drops its articles and its verbs'
helpers; a caption is a clause that keeps them. What must hold (OPENINGCAPTION* in
text/clutter.txt):

- the text's first paragraph's first sentence is read, once, after all other clutter is gone,
  where no other step found a caption in that paragraph;
- it holds no quotation mark, no colon, semicolon, bracket or bar, no spaced dash (a
  headline's source: "... - Orsk"), and no place where a sentence opens inside it (a word, an
  opener and a lower-case word: "... Orsk Lines says | The ...");
- the caption is its words up to the first lower-case word that is no function word before a
  capitalised one: five to forty-five words, opening as a caption's first word does
  (CAPTIONFIRST: not "By", "Posted", ...), holding a lower-case article (the, a, an) and a
  finite verb of LEADVERB ("is", "has", "said", "will", ...);
- the lead opens there on its subject and verb, or an opener and a lower-case word
  (QUOTEDLEAD), and runs on for six words or more to its stop.

Where one fails, the paragraph stays as it is.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_shapes import macros

MIN_CAPTION_WORDS, MAX_CAPTION_WORDS = 5, 45
MIN_LEAD_WORDS = 6
_STOP = re.compile(r"[.!?][\"”’']?(?=\s|$)")


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    return {
        "not_in": re.compile(defined["OPENINGCAPTIONNOT"]),
        "opens": re.compile(rf"[\w,'’] (?:{defined['LEADOPENER']}) [a-z]"),
        "first": re.compile(defined["CAPTIONFIRST"]),
        "lower": re.compile(r"[a-z0-9][\w'’-]*"),
        "function": re.compile(rf"(?:{defined['FUNCTION']})"),
        "article": re.compile(rf"\b(?:{defined['OPENINGCAPTIONARTICLE']})\b"),
        "verb": re.compile(rf"\b(?:{defined['LEADVERB']})\b"),
        "lead": re.compile(defined["QUOTEDLEAD"]),
    }


def opening_caption(paragraph: str) -> int | None:
    """The end of the caption that opens this paragraph, the text's first, run into the lead;
    or None."""
    defined = _defined()
    stop = _STOP.search(paragraph)
    sentence = paragraph[: stop.start()] if stop else paragraph
    if defined["not_in"].search(sentence) or not defined["first"].match(sentence):
        return None
    words = sentence.split(" ")
    for count in range(1, min(len(words), MAX_CAPTION_WORDS + 1)):
        last, following = words[count - 1], words[count]
        if not following[:1].isupper() or not defined["lower"].fullmatch(last):
            continue
        if defined["function"].fullmatch(last):
            continue
        if count < MIN_CAPTION_WORDS:
            return None
        caption = " ".join(words[:count])
        lead = " " + " ".join(words[count:])
        if not defined["lead"].match(lead) or len(words) - count < MIN_LEAD_WORDS:
            return None
        if defined["opens"].search(caption) or defined["opens"].search(lead, 1):
            return None
        if not defined["article"].search(caption) or not defined["verb"].search(caption):
            return None
        return len(caption)
    return None
