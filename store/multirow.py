"""Inserting many rows through statements of many rows each: INSERT ... VALUES (...), (...).

SQLite inserts the rows of one such statement one at a time, in order, each with its own
conflict handling (OR IGNORE, OR REPLACE, ON CONFLICT DO UPDATE), exactly as it runs one
statement per row: the stored rows and their rowids are the same. What changes is the cost
around each row: executemany() steps its statement once per row, and every step takes and
releases SQLite's mutex and Python's GIL and resets the statement, about a fifth of what a row
of ingest's tables costs. Here a statement is stepped once for many rows.

The statements come in a few sizes (ROWS_PER_STATEMENT), so that sqlite3's statement cache
keeps them compiled: a batch of rows is cut into the largest sizes first.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Sequence
from functools import cache

# Rows per statement, largest first; the last is 1, so every number of rows can be cut up. At
# 32 rows and at most 11 columns a statement binds 352 values, under SQLite's limit of 999.
ROWS_PER_STATEMENT = (32, 8, 1)


class Insert:
    """An INSERT statement over rows of `width` values: `head` up to VALUES, the marks of one
    row (which may hold constants besides the width "?"), and what follows the rows."""

    def __init__(self, head: str, row_marks: str, tail: str = "") -> None:
        self.head, self.row_marks, self.tail = head, row_marks, tail

    def sql(self, rows: int) -> str:
        """The statement for that many rows."""
        return _sql(self.head, self.row_marks, self.tail, rows)

    def run(self, conn: sqlite3.Connection, rows: Sequence[tuple[object, ...]]) -> None:
        """Insert rows (plain tuples of the row's width), in order."""
        at, total = 0, len(rows)
        for size in ROWS_PER_STATEMENT:
            whole = (total - at) // size
            if not whole:
                continue
            end = at + whole * size
            if size == 1:
                conn.executemany(self.sql(1), rows[at:end])
            else:
                flat = list(itertools.chain.from_iterable(rows[at:end]))
                width = len(flat) // (whole * size)
                step = width * size
                conn.executemany(
                    self.sql(size), [flat[i : i + step] for i in range(0, len(flat), step)]
                )
            at = end


@cache
def _sql(head: str, row_marks: str, tail: str, rows: int) -> str:
    return f"{head} VALUES {', '.join([row_marks] * rows)} {tail}".strip()
