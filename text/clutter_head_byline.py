"""A byline of names alone between a page's headline and its lead.

FA-KES copies of Reuters pages open on the date, the headline as a sentence, the writers' names
run together as a sentence of their own, and the story: "August 21 2031 Ferries stranded at
Orsk quay. Kel Varga Ilsa Drevnik. The ferries ...". Once the date is set apart (a start stamp),
the names are the text's second sentence. What tells them from a story's sentence is their
shape and their place, not the names: two to six capitalised words, run together or joined by
"and", with a stop after them (HEADNAMES in text/clutter.txt), right after the first
sentence of the text (the headline, ended by HEADEND within MAX_HEADLINE_CHARS and of
MIN_HEADLINE_WORDS words at least), the story going on after them in the same paragraph. A
phrase in title case ending on an everyday word ("Breaking News.", "Kel Varga Went Home.") is
no one's name: the last word is not an everyday word (text/common_words.txt), and no word is a
function word. A writer whose surname is an everyday word ("Kel Brown.") is left in.
"""

from __future__ import annotations

from text.clutter_shapes import macro_pattern
from text.spelling import is_common_word
from text.tokens import stopwords

MAX_HEADLINE_CHARS = 250  # a headline is shorter; the names are looked for only after one
MIN_HEADLINE_WORDS = 3  # "Syria: Gen." is no headline, an abbreviation's stop is no end


def head_byline(text: str) -> tuple[int, int, str] | None:
    """Where the byline of names after the headline opening text stands (start and end
    offsets, the stop included) and the names, or None."""
    head = text[:MAX_HEADLINE_CHARS]
    if ". " not in head:
        return None  # the cheap test: no sentence ends near the start
    end = macro_pattern("HEADEND").search(head)
    if end is None or "\n" in head[: end.start()]:
        return None  # the headline and the names are one paragraph's first two sentences
    if len(head[: end.start() + 1].split()) < MIN_HEADLINE_WORDS:
        return None
    found = macro_pattern("HEADNAMES").match(text, end.end())
    if found is None:
        return None
    words = [word for word in found["author"].split() if word != "and"]
    if any(word.lower() in stopwords() for word in words):
        return None
    if is_common_word(words[-1].lower()):
        return None  # "Breaking News.", "Kel Varga Went Home.": a surname is rarely everyday
    return found.start(), found.end(), found["author"]
