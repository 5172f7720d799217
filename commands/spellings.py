"""Other spellings of the names a query types, as the store holds them (text/spelling.py).

Only capitalised words are taken for names, and not everyday English words ("Russian" is not
a spelling of "reason", nor "Shugur" of "secure"). The store's terms that share a word's skeleton
and are written alike (text/spelling.spelled_alike: an invented "Zorbakh" is neither "drawback"
nor "Derbek") are its other spellings; the most frequent few are kept. Skeletons of the
vocabulary are worked out once per first-letter class and index generation, on the first query
that needs them (a few thousand terms a class).
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

from store import vocabulary
from text import spelling, tokens

if TYPE_CHECKING:
    import sqlite_utils

MAX_SPELLINGS = 3  # per word: the most frequent other spellings

_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]{4,}\b")
_skeletons: dict[tuple[str, int, str], dict[str, list[tuple[str, int]]]] = {}
_lock = threading.Lock()


def _by_skeleton(db: sqlite_utils.Database, letters: str) -> dict[str, list[tuple[str, int]]]:
    _, generation = vocabulary.passages_and_generation(db)
    key = (
        db.conn.execute("PRAGMA database_list").fetchone()[2] or str(id(db.conn)),
        generation,
        letters,
    )
    with _lock:
        found = _skeletons.get(key)
    if found is not None:
        return found
    found = {}
    for term, df in vocabulary.terms_starting_with(db, letters):
        shape = spelling.skeleton(term)
        if shape:
            found.setdefault(shape, []).append((term, df))
    with _lock:
        for stale in [k for k in _skeletons if k[:2] != key[:2]]:
            del _skeletons[stale]
        _skeletons[key] = found
    return found


def other_spellings(
    db: sqlite_utils.Database, query: str, known: frozenset[str] | set[str] = frozenset()
) -> list[tuple[str, str]]:
    """(the word as typed, another spelling's search term) for the capitalised words of a
    query. known: words of names the catalogue or gazetteer resolved; their known names
    serve instead of guesses."""
    pairs: list[tuple[str, str]] = []
    for match in _CAPITALISED.finditer(query):
        word = match.group()
        if word in known:
            continue
        term = tokens.term(word)
        shape = spelling.skeleton(term) if term else None
        if not shape or term is None or spelling.is_everyday_word(term):
            continue
        same = _by_skeleton(db, spelling.first_letter_class(term[0])).get(shape, [])
        others = sorted(
            (
                x
                for x in same
                if x[0] != term
                and not spelling.is_everyday_word(x[0])
                and spelling.spelled_alike(term, x[0])
            ),
            key=lambda x: (-x[1], x[0]),
        )
        pairs.extend((word, other) for other, _ in others[:MAX_SPELLINGS])
    return pairs
