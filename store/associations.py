"""The store's word associations (`term_associations`, migration 23): for each search term, its
few best associates as commands/quote_associations.py learns them from the passages' texts, read
here and written here, whole."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from store.batches import in_batches
from store.db import as_database, transaction

if TYPE_CHECKING:
    import sqlite_utils

READ_ROWS = 2_000  # passages read at a time


def passage_texts(db: sqlite_utils.Database) -> Iterator[str]:
    """Every passage's text, in id order, a few thousand rows read at a time."""
    conn = db.conn
    last = 0
    while True:
        rows = conn.execute(
            "SELECT p.id, substr(a.text, p.start + 1, p.end - p.start) FROM passages p"
            " JOIN articles a ON a.id = p.article_id WHERE p.id > ? ORDER BY p.id LIMIT ?",
            (last, READ_ROWS),
        ).fetchall()
        if not rows:
            return
        for _, text in rows:
            yield text
        last = rows[-1][0]


def replace(db: sqlite_utils.Database, rows: list[tuple[str, str, int, float]]) -> int:
    """The table's rows replaced by rows ((term, associate, passages together, score)), in one
    transaction; how many were written."""
    with transaction(as_database(db)):
        db.conn.execute("DELETE FROM term_associations")
        db.conn.executemany("INSERT INTO term_associations VALUES (?, ?, ?, ?)", rows)
    return len(rows)


def associates(db: sqlite_utils.Database, terms: Iterable[str]) -> dict[str, list[str]]:
    """{term: its associates, best first} for the terms that have some; none while the table
    was never learned."""
    wanted = list(dict.fromkeys(terms))
    out: dict[str, list[tuple[float, str]]] = {}
    for chunk, marks in in_batches(wanted):
        for term, associate, score in db.conn.execute(
            f"SELECT term, associate, score FROM term_associations WHERE term IN ({marks})",
            chunk,
        ):
            out.setdefault(term, []).append((-score, associate))
    return {t: [a for _, a in sorted(found)] for t, found in out.items()}
