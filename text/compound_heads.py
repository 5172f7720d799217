"""A typed word's closed compounds that end in it: "strikes" typed finds "Airstrikes", "planes"
finds "warplanes" (an airstrike is a strike, a warplane a plane).

The index holds a closed compound as one term ("airstrik"), so a question typing its head
alone misses it. text/compound_heads.txt lists English compounds by the search term of their
head (bench/quote_compound_heads.py writes it from wordfreq's word list, with the rules it
keeps and leaves out: a compound that is an everyday word itself, such as "network" or
"headquarters", is a word of its own and is not listed). Only a lower-case word typed is looked
up (a capitalised one is a name), and not one typed inside a noun compound ("civil war"); the
store's vocabulary decides which of its compounds are searched (commands/quote_plan._useful).
The file is searched by bisection, never parsed whole, as text/word_relations.py does.
"""

from __future__ import annotations

from text import tokens
from text.expand import Alternative
from text.word_relations import _find, _sorted_lines, in_compounds

FILE = "compound_heads.txt"
MAX_COMPOUNDS = 6  # of a head, the most frequent: "fire" has 23, wildfire and bonfire first
_text: str | None = None


def _line(term: str) -> list[str]:
    global _text
    if _text is None:
        _text = _sorted_lines(FILE)
    found = _find(_text, term)
    if found is None:
        return []
    start, end = found
    return _text[start + len(term) + 1 : end].split(" ")[:MAX_COMPOUNDS]


def compound_heads(query: str) -> list[Alternative]:
    """Alternatives for the lower-case words of a query: the compounds that end in them."""
    found: list[Alternative] = []
    seen: set[str] = set()
    compounded: set[str] | None = None
    spans = tokens.term_spans(query)
    for start, end, term in spans:
        typed = query[start:end]
        opening = start == spans[0][0] and not query[:start].strip()
        word = typed[0].lower() + typed[1:] if opening else typed
        if not (word.isalpha() and word.islower()) or term in seen:
            continue
        seen.add(term)
        if compounded is None:
            compounded = in_compounds(query)
        if word in compounded:  # "fire" of "mortar fire" is the compound's
            continue
        for compound in _line(term):
            own = tokens.term(compound)
            if own and own != term:
                found.append(Alternative(typed, compound, (own,), "form"))
    return found
