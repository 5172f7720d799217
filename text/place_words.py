"""A continent and the adjective of it and its people, one for the other: "Europe" typed finds
"the Europeans", "African" finds "Africa".

The stemmer (text/tokens.py) merges "European" and "Europeans" but not "Europe": a place and
its people's word share no stem, so a question typing one misses a passage writing the other.
text/place_words.tsv lists the pairs WordNet 3.0 relates (an adjective's "pertainym" link to
the place it is of; bench/quote_place_words.py writes it, with its source and licence), for
the places WordNet files as natural objects: continents, mountains and ranges, a river, planets
("Mars" / "Martian"). The conflicts' countries and their people's words are groups of
text/synonyms.json, and more countries were measured and not kept (docs/QUALITY.md).
Only a capitalised word typed is looked up, as a name is: "alpine" in lower case is no place's.
A people's noun typed in the plural ("Africans") is looked up by its singular, which is the
adjective. Each related word becomes an Alternative remembered with the word as typed, so that
an answer found through it says so ("matched Europeans for Europe").
"""

from __future__ import annotations

from functools import cache

from text import tokens
from text.expand import Alternative
from text.word_relations import find_line, sorted_lines

FILE = "place_words.tsv"


@cache
def _text() -> str:
    """The file's lines (sorted by word), read once a process, when a capitalised word is
    typed; a word's line is found by bisection, as text/word_relations.py finds its own."""
    return sorted_lines(FILE)


def _line(word: str) -> list[str]:
    """The words related to word (lower case), as written; none if it has no line."""
    found = find_line(_text(), word)
    return [] if found is None else found.split(" ")


def place_words(query: str) -> list[Alternative]:
    """Alternatives for the capitalised words of a query that name a continent or its people."""
    found: list[Alternative] = []
    seen: set[str] = set()
    for start, end, term in tokens.term_spans(query):
        typed = query[start:end]
        word = typed.lower()
        if not typed[0].isupper() or word in seen:
            continue
        seen.add(word)
        related = _line(word) or (_line(word[:-1]) if word.endswith("s") else [])
        for other in related:
            terms = tuple(tokens.terms(other))
            if len(terms) == 1 and terms[0] != term:
                found.append(Alternative(typed, other, terms, "form"))
    return found
