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

Phrases (text/phrase_relations.tsv, from the same synsets under the same rules): WordNet's
multiword lemmas and the single words they share a frequent sense with ("throw out" / expel).
A phrase typed ("threw out", "breaks with") gets its words; a word typed gets its phrases as
PhraseAlternatives, which stand in a passage only where it holds the phrase as a phrase (its
words together, inflected: "throws out", "throwing out", "threw out"): the index leaves
particles out, so on its own "throw out" would search for the bare verb "throw".
"""

from __future__ import annotations

from functools import cache

from text import tokens
from text.data import data_path
from text.expand import Alternative

FILE = "word_relations.tsv"
PHRASE_FILE = "phrase_relations.tsv"
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


@cache
def _text(name: str = FILE) -> str:
    """The file's lines of words, as they are (sorted by word): a word's line is found by
    bisection, which costs a query microseconds, where parsing the file's 12,700 lines would
    cost every cold `quote` tens of milliseconds."""
    with open(data_path("text", name), encoding="utf-8") as handle:
        text = handle.read()
    at = 0
    while text.startswith("#", at):  # the header: what the file holds, its source, licence
        at = text.index("\n", at) + 1
    return text[at:]


def _line(word: str, name: str = FILE) -> list[str] | None:
    """(derived words, synonyms, lemma of an irregular form), each space-separated, or None;
    in the phrase file (name=PHRASE_FILE): (phrases of a word or words of a phrase, lemma of an
    irregular form), comma-separated."""
    text = _text(name)
    lo, hi = 0, len(text)  # lo is always a line's start
    while lo < hi:
        start = text.rfind("\n", 0, (lo + hi) // 2) + 1
        start = max(start, lo)
        tab = text.find("\t", start)
        key = text[start:tab]
        if key == word:
            end = text.find("\n", tab)
            return text[tab + 1 : end if end >= 0 else len(text)].split("\t")
        if key < word:
            after = text.find("\n", tab)
            lo = after + 1 if after >= 0 else hi
        else:
            hi = start
    return None


def _known(word: str, name: str = FILE) -> bool:
    line = _line(word, name)
    return line is not None and any(line[:-1])


def lemmas(word: str, name: str = FILE) -> list[str]:
    """The lemmas a word may be an inflection of, that the file knows, the word itself first.
    In the phrase file a phrase's first word is the one inflected ("breaks with" -> "break
    with"; "threw out" -> "throw out", from the file's irregular forms)."""
    word = word.lower()
    line = _line(word, name)
    found = [word] if line is not None and any(line[:-1]) else []
    separator = "," if name == PHRASE_FILE else " "
    if line and line[-1]:
        found.extend(lemma for lemma in line[-1].split(separator) if lemma not in found)
    head, space, rest = word.partition(" ")
    for ending, replacement in _ENDINGS:
        base = head[: -len(ending)] + replacement + space + rest
        usable = head.endswith(ending) and len(base) >= MIN_LEMMA and _known(base, name)
        if usable and base not in found:
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
    for start, end, term in tokens.term_spans(query):
        typed = query[start:end]
        opening, first = first and not query[:start].strip(), False
        if typed.lower() in seen:
            continue
        seen.add(typed.lower())
        if _name_like(typed, opening):
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


PHRASE_WORDS = (3, 2)  # the phrase file's phrases: longest first


def related_phrases(query: str) -> list[Alternative]:
    """Alternatives through phrases: the words of a phrase typed ("breaks with" -> renounce?
    as the file says), and the phrases of a word typed, as PhraseAlternatives."""
    found: list[Alternative] = []
    spans = [(m.start(), m.end()) for m in tokens._WORD.finditer(query)]
    seen: set[str] = set()
    i = 0
    while i < len(spans):
        for n in PHRASE_WORDS:
            if i + n > len(spans):
                continue
            start, end = spans[i][0], spans[i + n - 1][1]
            parts = [query[s:e] for s, e in spans[i : i + n]]
            opening = i == 0 and not query[:start].strip()
            if any(_name_like(p, opening and j == 0) for j, p in enumerate(parts)):
                continue
            words: dict[str, str] = {}
            for lemma in lemmas(" ".join(parts), PHRASE_FILE):
                line = _line(lemma, PHRASE_FILE)
                for word in line[0].split(",") if line else ():
                    other = tokens.terms(word)
                    if len(other) == 1:
                        words.setdefault(other[0], word)
            if words:
                typed = query[start:end]
                found.extend(Alternative(typed, w, (t,), "thesaurus") for t, w in words.items())
                i += n
                break
        else:
            typed = query[spans[i][0] : spans[i][1]]
            opening = i == 0 and not query[: spans[i][0]].strip()
            i += 1
            if typed.lower() in seen or _name_like(typed, opening) or tokens.term(typed) is None:
                continue
            seen.add(typed.lower())
            phrases: dict[tuple[str, ...], PhraseAlternative] = {}
            # the word's lemmas by either file's irregular forms ("expelled" -> "expel")
            for lemma in dict.fromkeys([*lemmas(typed), *lemmas(typed, PHRASE_FILE)]):
                line = _line(lemma, PHRASE_FILE)
                for phrase in line[0].split(",") if line and " " not in lemma else ():
                    key = tuple(tokens.phrase_key(phrase))
                    terms = tuple(tokens.terms(phrase))
                    if terms and key not in phrases:
                        phrases[key] = PhraseAlternative(typed, phrase, terms, "thesaurus", key)
            found.extend(phrases.values())
    return found
