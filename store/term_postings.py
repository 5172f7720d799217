"""The passages indexed under every one of some terms, from the posting lists alone.

A passage is indexed under its own terms and its title's (text/tokens.passage_terms), so the
set is a superset of the passages whose own text holds every term: a caller that needs the
text to hold them reads the texts of these passages only, not of every passage a search
ranked. (The one exception, a passage cut at the index's 65,535 terms, is text in a script
written without spaces, not news prose.)
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from store.plain_bm25 import block_postings

if TYPE_CHECKING:
    import sqlite_utils


def _pids(db: sqlite_utils.Database, term: str) -> set[int]:
    if "store.index" in sys.modules:  # a long-lived process: decoded lists are cached there
        from store.index import reader

        return set(reader.decoded(db, term).pids.tolist())
    pids: set[int] = set()
    for (data,) in db.conn.execute(
        "SELECT data FROM postings WHERE term_id = (SELECT id FROM terms WHERE term = ?) "
        "ORDER BY block",
        (term,),
    ):
        pids.update(block_postings(data)[0])
    return pids


def holding_every(db: sqlite_utils.Database, terms: Iterable[str]) -> set[int]:
    """Ids of the passages indexed under every term (the rarest term's list first)."""
    wanted = set(terms)
    if not wanted:
        return set()
    frequency = dict(
        db.conn.execute(
            f"SELECT term, df FROM terms WHERE term IN ({','.join('?' * len(wanted))})",
            list(wanted),
        ).fetchall()
    )
    if len(frequency) < len(wanted):
        return set()  # a term no passage is indexed under
    held: set[int] | None = None
    for term in sorted(wanted, key=lambda t: frequency[t]):
        pids = _pids(db, term)
        held = pids if held is None else held & pids
        if not held:
            return set()
    return held or set()
