"""A pull-quote box's speaker run into a story sentence that opens on a capitalised subject:
flattened BBC pages print the box's quotation, "End Quote", the speaker's name and role, and
then the story's next sentence with no stop ('... End Quote Kel Varga Analyst, Orsk Asset
Management Orsk Ferries said it had paid ...').

The [inline caption] shapes of text/clutter.txt end a speaker where the sentence after it
opens on a quotation, a sentence opener or a determiner. A sentence that opens on a name
cannot be told from a role by its words: "Orsk Asset Management Orsk Ferries" may end the
role anywhere. Here the story tells it: a name that opens a sentence is one the story uses
elsewhere, standing alone ("... the fare Orsk Ferries is to raise", "Orsk Ferries said ..."),
where the words of a role before it are never printed with it. What must hold:

- "End Quote" opens the paragraph or follows the box's quotation (BOXQUOTECLOSE), then a
  speaker of two to fourteen words (PULLNAME, PULLROLE and PULLJOIN, as the shapes read it);
- right after it, the sentence's subject: one to four capitalised words, and then its verb
  (LEADVERB: "Orsk Ferries said ...", "Kel Varga has ...") or a possessive and one to three
  lower-case words before the verb ("Orsk's economy has ...");
- the subject stands elsewhere in the story whole: after no capitalised word (or at a
  sentence's start) and before no capitalised word, and the speaker's last word and the
  subject are printed together nowhere else (where they are, the subject is the end of a
  longer name: "Defence Minister Kel Varga");
- the first such place after the speaker's second word ends it.

Where none holds, the box stays (a role that may open the sentence is kept).
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_defines import box_quote_words
from text.clutter_shapes import macros

MIN_SPEAKER_WORDS, MAX_SPEAKER_WORDS = 2, 14  # "Kel Varga" ... a role of a dozen words
_SENTENCE_END = ('"', "”", ".", "!", "?", ":")


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    opening = f"{defined['BOXQUOTECLOSE']} (?!{defined['PULLOPENER']}\\b)(?:{defined['PULLNAME']})"
    word = f",? (?:{defined['PULLJOIN']} ){{0,2}}(?:{defined['PULLNAME']}|{defined['PULLROLE']})"
    subject = (
        r" (?P<subject>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})"
        rf"(?:(?:'s|’s)(?: [a-z][\w'’-]*){{1,3}})? (?:{defined['LEADVERB']})\b"
    )
    return {
        "opening": re.compile(opening),
        "word": re.compile(word),
        "subject": re.compile(subject),
    }


def box_speaker(paragraph: str, text: str) -> tuple[int, int] | None:
    """Where a pull-quote box and its speaker stand in this paragraph of text (start, end
    offsets), when the story's next sentence opens on a subject the story names elsewhere;
    or None."""
    if box_quote_words() not in paragraph:
        return None
    defined = _defined()
    for opened in defined["opening"].finditer(paragraph):
        end, words = opened.end(), 1
        while words < MAX_SPEAKER_WORDS:
            found = defined["word"].match(paragraph, end)
            if found is None:
                break
            end, words = found.end(), words + 1
            if words < MIN_SPEAKER_WORDS:
                continue
            subject = defined["subject"].match(paragraph, end)
            if subject is None:
                continue
            last = paragraph[:end].rsplit(" ", 1)[-1].rstrip(",")
            if _named_elsewhere(subject.group("subject"), last, text, paragraph):
                return opened.start(), end
    return None


def _named_elsewhere(subject: str, before: str, text: str, paragraph: str) -> bool:
    """Whether the story names the subject alone outside this paragraph, and never with the
    word before it here."""
    rest = text.replace(paragraph, "\n")
    if f"{before} {subject}" in rest:
        return False
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(subject)}(?![\w-])", rest):
        after = rest[found.end() : found.end() + 2]
        if len(after) == 2 and after[0] == " " and after[1].isupper():
            continue  # a longer name goes on
        head = rest[: found.start()].rstrip(" ")
        previous = head.rsplit(None, 1)[-1] if head.strip() else ""
        if not previous or head.endswith("\n") or previous.endswith(_SENTENCE_END):
            return True
        if not previous[0].isupper():
            return True
    return False
