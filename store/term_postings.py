"""Which of some passages are indexed under every one of some terms, from the posting lists
alone.

A passage is indexed under its own terms and its title's (text/tokens.passage_terms), so the
set is a superset of the passages whose own text holds every term: a caller that needs the
text to hold them reads the texts of these passages only, not of every passage a search
ranked. (The one exception, a passage cut at the index's 65,535 terms, is text in a script
written without spaces, not news prose.)
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from store.plain_bm25 import block_postings, posting_blocks
from store.vocabulary import document_frequencies

if TYPE_CHECKING:
    import sqlite_utils


def _blocks(db: sqlite_utils.Database, term: str) -> Iterator[list[int]]:
    """The ids of the passages indexed under term, one posting block at a time, in order."""
    for data in posting_blocks(db.conn, term):
        yield block_postings(data)[0]


def _pids(db: sqlite_utils.Database, term: str) -> set[int]:
    return {pid for block in _blocks(db, term) for pid in block}


def _frequencies(db: sqlite_utils.Database, terms: set[str]) -> dict[str, int] | None:
    """Each term's document frequency, or None when a term is indexed under no passage."""
    frequency = document_frequencies(db, terms)
    return None if 0 in frequency.values() else frequency


def holding_every(
    db: sqlite_utils.Database, terms: Iterable[str], among: Sequence[int]
) -> set[int]:
    """The ids among `among` of passages indexed under every term."""
    wanted = set(terms)
    if not wanted or not among:
        return set()
    frequency = _frequencies(db, wanted)
    if frequency is None:
        return set()
    return _indexed_among(db, sorted(wanted, key=lambda t: frequency[t]), among)


def _indexed_among(
    db: sqlite_utils.Database, rarest_first: list[str], among: Sequence[int]
) -> set[int]:
    """The ids among `among` of passages indexed under every term of rarest_first, looked up
    in that order (rarest first, so that the candidates left shrink soonest)."""
    if "store.index" in sys.modules:
        # A long-lived process: each term's sorted ids are cached there (the search that
        # ranked `among` decoded them); the candidates are looked up in them in C.
        import numpy as np

        from store.index import reader

        left = np.fromiter(among, dtype=np.int64, count=len(among))
        for term in rarest_first:
            ids = reader.decoded(db, term).pids
            if not len(left) or not len(ids):
                return set()
            at = np.searchsorted(ids, left).clip(max=len(ids) - 1)
            left = left[ids[at] == left]
        return set(left.tolist())
    held = set(among)
    for term in rarest_first:
        held &= _pids(db, term)
        if not held:
            break
    return held


def first_indexed(db: sqlite_utils.Database, term: str, k: int) -> list[int]:
    """The ids of the first k passages (by id) indexed under term, from its first posting
    blocks only."""
    pids: list[int] = []
    for block in _blocks(db, term):
        pids += block
        if len(pids) >= k:
            break
    return sorted(pids)[:k]


def indexed_under_every(db: sqlite_utils.Database, terms: Iterable[str], at_most: int) -> set[int]:
    """The ids of the passages indexed under every term, when the rarest of them is indexed in
    at most at_most passages; none when it is in more (too many to read) or in none. The
    rarest term's postings are read, and the others are looked up as holding_every does (their
    frequencies read once, with the rarest's)."""
    wanted = set(terms)
    frequency = _frequencies(db, wanted) if wanted else None
    if frequency is None:
        return set()
    rarest, *others = sorted(wanted, key=lambda t: (frequency[t], t))
    if not 0 < frequency[rarest] <= at_most:
        return set()
    held = _pids(db, rarest)
    return _indexed_among(db, others, sorted(held)) if others and held else held
