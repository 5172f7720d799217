"""The index's vocabulary: its search terms, how many passages hold each, and the counts a
query needs to weigh them, read without the numpy index (a command line's start-up)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from store.batches import in_batches

if TYPE_CHECKING:
    import sqlite_utils


def passages_and_generation(db: sqlite_utils.Database) -> tuple[int, int]:
    row = db.conn.execute("SELECT n_passages, generation FROM index_stats WHERE id = 1").fetchone()
    return (row[0], row[1]) if row else (0, 0)


def document_frequencies(db: sqlite_utils.Database, terms: Iterable[str]) -> dict[str, int]:
    """Passages holding each term (0 for a term no passage holds)."""
    wanted = list(dict.fromkeys(terms))
    out = dict.fromkeys(wanted, 0)
    for chunk, marks in in_batches(wanted):
        out.update(db.conn.execute(f"SELECT term, df FROM terms WHERE term IN ({marks})", chunk))
    return out


def idf(n_passages: int, df: int) -> float:
    """BM25's idf (rank-bm25's form), floored just above zero: a weight of how much a term
    tells passages apart, for a term in most passages too."""
    if n_passages <= 0:
        return 1.0
    return max(math.log(n_passages - df + 0.5) - math.log(df + 0.5), 0.01)


def terms_starting_with(
    db: sqlite_utils.Database, letters: str, min_df: int = 2
) -> list[tuple[str, int]]:
    """(term, document frequency) of the terms beginning with any of letters (lower case),
    held by at least min_df passages."""
    out: list[tuple[str, int]] = []
    for letter in letters:
        out.extend(
            db.conn.execute(
                "SELECT term, df FROM terms WHERE term >= ? AND term < ? AND df >= ?",
                (letter, chr(ord(letter) + 1), min_df),
            ).fetchall()
        )
    return out
