"""Close spellings of the names a `quote` query types, as the store holds them: "Basil" finds
"Bassil", "Tal Minnis" finds "Tel Minis".

The store's other spellings of a name are found by its consonant skeleton (commands/spellings.py),
which leaves alone the names too short to compare ("Minnis": m, n) and the everyday English
words ("Basil"), whose skeletons meet too many other words. For those, the spellings a change
or two away in romanised Arabic's alternations (text/spelling.close_spellings: Tal / Tel,
Minnis / Minis, Basil / Bassel) are looked up in the store's vocabulary instead:

- one that is no everyday English word is another spelling of the name ("Bassil", "Basel");
- one that is ("Tel", "mini", "golf" for "Gulf") counts only in a name typed as two or more
  capitalised words, and only when a passage of the store holds that name so spelled, its
  words together and in order ("Tel Minis" for "Tal Minnis"); it is then a phrase, that counts
  only in the passages holding it so (not in "Tel Varo ... minis full of families"), and it is
  shown as the store writes it.

A capitalised word other than the question's first is taken for a name even when it is an
everyday word; the first is, only when it is not (questions open with a capital) or when it
opens a run of two capitalised words or more ("Tal Minnis farmers").
"""

from __future__ import annotations

import re
from itertools import product
from typing import TYPE_CHECKING

from commands.quote_plan import _common_for
from commands.spellings import MAX_SPELLINGS  # per word: the most frequent other spellings
from store import vocabulary
from text import spelling, tokens
from text.expand import Alternative
from text.word_relations import PhraseAlternative

if TYPE_CHECKING:
    import sqlite_utils

MAX_NAMES = 8  # spellings of a name of several words looked for in the store, most frequent first
MAX_READ = 200  # passages holding its rarest word, at most, to find one of them
CAPITALS_READ = 20  # passages read, at most, to tell whether the store writes a word as a name

# a capitalised word of three letters or more (not an acronym), and what joins it to the next
_NAME_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
_JOINER = re.compile(r"[ -]")
_LETTERS = re.compile(r"[^\W\d_]+")
_OPENERS = ".!?:;\"'“‘([-–—"  # what a capital after it may owe to the sentence, not the name


class SearchedPhrase(PhraseAlternative):
    """A name of several words as the store spells it: a phrase, that counts only in the
    passages holding it so, not wherever its words are; and its words are searched for too
    (quote_plan.words_searched), as what finds those passages, which no other word of the
    question may bring. Its words alone cover and explain nothing."""

    searched = True


def _runs(query: str) -> list[list[tuple[int, int]]]:
    """The spans of the capitalised words of query, grouped into names: words joined by one
    space or hyphen."""
    runs: list[list[tuple[int, int]]] = []
    for match in _NAME_WORD.finditer(query):
        span = (match.start(), match.end())
        if runs and _JOINER.fullmatch(query[runs[-1][-1][1] : span[0]]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def _everyday(written: str, term: str) -> bool:
    return spelling.is_common_word(written) or spelling.is_everyday_word(term)


def _is_name(query: str, start: int, word: str, term: str, several: bool) -> bool:
    """A capitalised word is a name, unless it opens the question, alone (several: it opens a
    run of two capitalised words or more, "Tal Minnis farmers"), and is an everyday word."""
    return several or bool(query[:start].strip()) or not _everyday(word.lower(), term)


# a question's first word, capitalised at its start alone, and not a possessive or a hyphened
# name ("Gaddafi's", "Al-Qaida"), which the capital belongs to; and the next word's first
# character
_OPENING_WORD = re.compile(r"\s*([A-Z][a-z]+)(?![\w'’-])\s*(\S?)")


def opens_in_lower_case(db: sqlite_utils.Database, query: str) -> bool:
    """Whether the question's first word is capitalised only because it opens the question
    ("Killed how many ...", "Bombed ..."): a word capitalised at its start alone, before no
    capitalised word or number (it opens a name then, as for close_names: "Security Council
    ...", "Ban Ki-moon ...", "Division 30 ..."), an everyday word, and one the store writes in
    lower case at least as often as capitalised where no sentence opens on it (in the first
    CAPITALS_READ passages indexed under its term: "killed"; not "Syrian", "Facebook",
    "Washington")."""
    opening = _OPENING_WORD.match(query)
    if opening is None or opening[2][:1].isupper() or opening[2][:1].isdigit():
        return False
    word = opening[1]
    term = tokens.term(word)
    if term is None or not _everyday(word.lower(), term):
        return False
    return not _capitalised(db, tokens.fold_lower(word), term)


def _refused(term: str) -> bool:
    """Whether the skeleton rule (commands/spellings.py) leaves the word alone."""
    return spelling.skeleton(term) is None or spelling.is_everyday_word(term)


def close_names(
    db: sqlite_utils.Database, query: str, known: frozenset[str] | set[str] = frozenset()
) -> list[Alternative]:
    """Other spellings, as the store holds them, of the capitalised words of query that the
    skeleton rule leaves alone. known: words of names the catalogue or gazetteer resolved."""
    known = {w for name in known for w in _LETTERS.findall(name)}  # "al-Assad": al, Assad
    names: list[list[tuple[str, str, list[tuple[str, str]]]]] = []  # (word, term, spellings)
    wanted: set[str] = set()
    for run in _runs(query):
        name: list[tuple[str, str, list[tuple[str, str]]]] = []
        for start, end in run:
            word = query[start:end]
            term = tokens.term(word)
            if term is None or not _is_name(query, start, word, term, len(run) > 1):
                if name:  # the words on either side of it are not side by side
                    names.append(name)
                name = []
                continue
            others: list[tuple[str, str]] = []
            if word not in known and _refused(term):
                for written in spelling.close_spellings(word):
                    other = tokens.term(written)
                    if other and other != term and all(o != other for _, o in others):
                        others.append((written, other))
            name.append((word, term, others))
            wanted.update(o for _, o in others)
        if name:
            names.append(name)
    if not wanted:
        return []
    n, _ = vocabulary.passages_and_generation(db)
    common = _common_for(n)
    df = vocabulary.document_frequencies(db, wanted)
    found: list[Alternative] = []
    for name in names:
        choices: list[list[tuple[str, str]]] = []
        for word, term, others in name:
            held = sorted(
                ((w, t) for w, t in others if 0 < df[t] <= common), key=lambda x: (-df[x[1]], x[0])
            )
            rare = [(w, t) for w, t in held if not _everyday(w, t)]
            found.extend(
                Alternative(word, w, (t,), "spelling")
                for w, t in rare[:MAX_SPELLINGS]
                if _capitalised(db, w, t)
            )
            choices.append([(word, term), *held])
        if len(name) > 1:
            found.extend(_names_held(db, name, choices, df))
    return found


def _names_held(
    db: sqlite_utils.Database,
    name: list[tuple[str, str, list[tuple[str, str]]]],
    choices: list[list[tuple[str, str]]],
    df: dict[str, int],
) -> list[Alternative]:
    """The spellings of a name of several words, one at least of them an everyday word, that a
    passage of the store holds, its words together and in order."""
    typed = " ".join(word for word, _, _ in name)
    spelt = [
        c
        for c in product(*choices)
        if any(w != word and _everyday(w, t) for (w, t), (word, _, _) in zip(c, name, strict=True))
    ]

    def rarest(choice: tuple[tuple[str, str], ...]) -> int:
        return min(df[t] for (w, t), (word, _, _) in zip(choice, name, strict=True) if w != word)

    spelt.sort(key=lambda c: (-rarest(c), c))
    found: list[Alternative] = []
    for choice in spelt[:MAX_NAMES]:
        terms = tuple(dict.fromkeys(t for _, t in choice))
        said = _written(db, [tokens.fold_lower(w) for w, _ in choice], terms)
        if said:
            key = tuple(tokens.phrase_key(said))
            found.append(SearchedPhrase(typed, said, terms, "spelling", key))
    return found


def _texts(db: sqlite_utils.Database, pids: list[int]) -> list[str]:
    from store.articles import passage_texts

    return [text for text, _ in passage_texts(db, pids).values()]


def _capitalised(db: sqlite_utils.Database, written: str, term: str) -> bool:
    """Whether the store writes the spelling as a name: written so (not only some word of the
    same stem: "Abi" is no "Abyed"), and capitalised, where it does not open a sentence, more
    often than not (in the first CAPITALS_READ passages indexed under its term). "Official" is
    no spelling of "Office", nor "tweeter" of "Twitter"."""
    from store.term_postings import first_indexed

    upper = lower = 0
    for text in _texts(db, first_indexed(db, term, CAPITALS_READ)):
        for start, end, t in tokens.term_spans(text):
            if t != term or tokens.fold_lower(text[start:end]) != written:
                continue
            before = text[:start].rstrip()
            if not before or before[-1] in _OPENERS:
                continue
            if text[start].isupper():
                upper += 1
            else:
                lower += 1
    return upper > lower


def _written(db: sqlite_utils.Database, words: list[str], terms: tuple[str, ...]) -> str | None:
    """The name of words (lower-case written forms), as the first passage of the store that
    holds them together and in order, joined by a space or hyphen, writes it; None if none does
    (among the passages indexed under its terms, when the rarest is in MAX_READ at most)."""
    from store.term_postings import indexed_under_every

    n = len(words)
    for text in _texts(db, sorted(indexed_under_every(db, terms, at_most=MAX_READ))):
        spans = tokens.term_spans(text)
        for i in range(len(spans) - n + 1):
            run = spans[i : i + n]
            if all(
                tokens.fold_lower(text[start:end]) == word
                for (start, end, _), word in zip(run, words, strict=True)
            ) and all(
                _JOINER.fullmatch(text[a[1] : b[0]]) for a, b in zip(run, run[1:], strict=False)
            ):
                return text[run[0][0] : run[-1][1]]
    return None
