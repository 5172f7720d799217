"""Other words for a query's words from a general thesaurus: words of the same family
("invitees" for a passage that says "invited", "destruction" for "destroyed") and synonyms in
their most frequent senses ("kids" for "children").

The stemmer (text/tokens.py) merges a word's regular inflections (kill, killed, killing) but
not its derivations (invite / invitee) nor its synonyms. text/word_relations.tsv lists such
pairs from WordNet 3.0 (its source and licence are in it; bench/quote_word_relations.py
writes it). A typed word is looked up as WordNet's own lemmatiser (morphy) does: the word, the
lemmas its regular endings give ("invitees" -> "invitee", "attacks" -> "attack"), and its
irregular forms listed in the file ("fled" -> "flee"), never by stem, so that "reporter" does
not take the synonyms of "report". Each related word becomes an Alternative remembered with
the word as typed, so that an answer found through it says so ("matched invited for
invitees"). One step only: invitee -> invite, not invitee -> invite -> invitation.

A word typed inside a noun compound that WordNet lists ("civil" of "civil war", "death" of
"death toll": text/noun_compounds.txt) means the compound, not itself, and takes no related
words: "civil war" brings no "civilian".

PhraseAlternative is an alternative that stands in a passage only where the passage holds it
as a phrase, its words together: commands/quote_plan.compounds gives "war planes" for
"warplanes". (WordNet's multiword lemmas as phrases for a word typed were measured and not
kept: docs/QUALITY.md, "Tried and not kept".)
"""

from __future__ import annotations

import re
from functools import cache

from text import tokens
from text.data import data_path
from text.expand import Alternative

FILE = "word_relations.tsv"
COMPOUNDS_FILE = "noun_compounds.txt"
_WORD = re.compile(r"[A-Za-z]+")
_COMPOUND_GAP = (" ", "-")  # what stands between a compound's two words as typed
# WordNet's morphy detachment rules (wndb(5WN), morphy(7WN)): an ending and what replaces it.
_ENDINGS = (
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
)  # (not its comparatives' -er / -est: "reporter" is no form of "report")
ENDINGS = frozenset(ending for ending, _ in _ENDINGS)
MIN_LEMMA = 3  # letters: "fled" less "ed" is no word
_COLUMN = {"form": 0, "thesaurus": 1}  # a line's columns after its word: derived, synonyms


class PhraseAlternative(Alternative):
    """An alternative that is a phrase: it stands in a passage only where the passage holds
    phrase (its words folded and stemmed, as tokens.phrase_key gives them) as a phrase. (A plain
    subclass: a dataclass costs every cold `quote` its making, a few million instructions.)"""

    phrase: tuple[str, ...]

    def __init__(
        self, asked: str, said: str, terms: tuple[str, ...], via: str, phrase: tuple[str, ...]
    ) -> None:
        super().__init__(asked, said, terms, via)
        object.__setattr__(self, "phrase", phrase)


class SearchedPhraseAlternative(PhraseAlternative):
    """A phrase alternative whose words are searched for too (quote_plan.words_searched), as
    what finds the passages holding it ("per cent"); it still covers and explains only where
    the phrase stands."""

    searched = True


def sorted_lines(name: str) -> str:
    """A data file's lines after its header (what the file holds, its source, licence), as they
    are: sorted, so that a line is found by bisection (find_line)."""
    with open(data_path("text", name), encoding="utf-8") as handle:
        text = handle.read()
    at = 0
    while text.startswith("#", at):
        at = text.index("\n", at) + 1
    return text[at:]


@cache
def _text() -> str:
    """The file's lines of words, as they are (sorted by word): a word's line is found by
    bisection, which costs a query microseconds, where parsing the file's 12,700 lines would
    cost every cold `quote` tens of milliseconds."""
    return sorted_lines(FILE)


@cache
def _compounds_text() -> str:
    """text/noun_compounds.txt's lines ("first second", sorted), searched by bisection as the
    relations are."""
    return sorted_lines(COMPOUNDS_FILE)


def find_line(text: str, key: str) -> str | None:
    """What follows key and its tab on the line of text (lines sorted by their first field)
    whose first field, up to a tab or the whole line, is key ("" when the line is key alone);
    None if there is none."""
    lo, hi = 0, len(text)  # lo is always a line's start
    while lo < hi:
        start = max(text.rfind("\n", 0, (lo + hi) // 2) + 1, lo)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        tab = text.find("\t", start, end)
        field = text[start : tab if tab >= 0 else end]
        if field == key:
            return text[start + len(key) + 1 : end]
        if field < key:
            lo = end + 1
        else:
            hi = start
    return None


def regular_bases(word: str) -> list[str]:
    """The lemmas a word's regular endings may give, as WordNet's morphy tries them ("attacks"
    -> attack, "invitees" -> invitee), in _ENDINGS' order, each of at least MIN_LEMMA letters:
    candidates, known or not."""
    return [
        word[: -len(ending)] + replacement
        for ending, replacement in _ENDINGS
        if word.endswith(ending) and len(word) - len(ending) + len(replacement) >= MIN_LEMMA
    ]


def _is_compound(first: str, second: str) -> bool:
    """Whether "first second" (lower case; the second word as typed or any base its regular
    endings give: "human rights" -> human right) is a noun compound of the file."""
    text = _compounds_text()
    return any(
        find_line(text, f"{first} {s}") is not None for s in {second, *regular_bases(second)}
    )


def in_compounds(query: str) -> set[str]:
    """The words of query (lower case) typed inside a noun compound of the file, next to the
    other word with a space or a hyphen between."""
    words = list(_WORD.finditer(query))
    inside: set[str] = set()
    for a, b in zip(words, words[1:], strict=False):
        if query[a.end() : b.start()] not in _COMPOUND_GAP:
            continue
        first, second = a.group().lower(), b.group().lower()
        if _is_compound(first, second):
            inside.update((first, second))
    return inside


def _line(word: str) -> list[str] | None:
    """(derived words, synonyms, lemma of an irregular form), each space-separated, or None."""
    found = find_line(_text(), word)
    return None if found is None else found.split("\t")


def _known(word: str) -> bool:
    line = _line(word)
    return line is not None and any(line[:-1])


def lemmas(word: str) -> list[str]:
    """The lemmas a word may be an inflection of, that the file knows, the word itself first."""
    word = word.lower()
    line = _line(word)
    found = [word] if line is not None and any(line[:-1]) else []
    if line and line[-1]:
        found.extend(lemma for lemma in line[-1].split(" ") if lemma not in found)
    for base in regular_bases(word):
        if base not in found and _known(base):
            found.append(base)
    return found


def _name_like(typed: str, opening: bool) -> bool:
    """Capitalised words are names ("Bush" is not a shrub): the catalogue's and the
    gazetteer's business, unless a sentence-like query merely begins with one."""
    return not typed[1:].islower() and len(typed) > 1 or (typed[0].isupper() and not opening)


def related_words(query: str, vias: frozenset[str]) -> list[Alternative]:
    """Alternatives for the words of a query: related words of the kinds asked for ("form",
    "thesaurus"), each typed word looked up once."""
    found: list[Alternative] = []
    seen: set[str] = set()
    first = True
    compounded: set[str] | None = None
    for start, end, term in tokens.term_spans(query):
        typed = query[start:end]
        opening, first = first and not query[:start].strip(), False
        if typed.lower() in seen:
            continue
        seen.add(typed.lower())
        if _name_like(typed, opening):
            continue
        if compounded is None:  # looked for once, when a word of the query may take relations
            compounded = in_compounds(query)
        if typed.lower() in compounded:  # "civil" of "civil war": the compound's, not its own
            continue
        others: dict[str, Alternative] = {}
        for lemma in lemmas(typed):
            line = _line(lemma) or ["", "", ""]
            for via in sorted(vias):
                for word in line[_COLUMN[via]].split():
                    other = tokens.terms(word)
                    if len(other) == 1 and other[0] != term:
                        others.setdefault(other[0], Alternative(typed, word, (other[0],), via))
        found.extend(others.values())
    return found
