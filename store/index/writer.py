"""Writing the index: a batch of passages' postings, passage lengths, document frequencies and
corpus statistics, inside the caller's transaction."""

from __future__ import annotations

import itertools
import operator
import sqlite3
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from store.batches import in_batches
from store.index.codec import BLOCK_SIZE, append_block, encode_block, last_pids
from store.multirow import Insert

if TYPE_CHECKING:  # only for annotations: importing it costs start-up time
    import sqlite_utils

# Many rows a statement (store/multirow.py): a batch writes a block and a term row for most
# of its distinct terms.
_WRITE_BLOCKS = Insert("INSERT OR REPLACE INTO postings (term_id, block, data)", "(?, ?, ?)")
_NEW_TERMS = Insert(
    "INSERT INTO terms (df, last_block, last_block_len, id, term)", "(?, ?, ?, ?, ?)"
)
_BLOCK_KEY = operator.itemgetter(0, 1)  # a block write's (term_id, block)
_TERM_ID = operator.itemgetter(3)  # a term update's id
LENGTHS_CHUNK = 4096  # passage lengths (u16) per row of passage_lengths
MAX_PASSAGE_TERMS = int(np.iinfo(np.uint16).max)


def add_passages(db: sqlite_utils.Database, passages: Sequence[tuple[int, Sequence[str]]]) -> None:
    """Index passages given as (passage id, terms). Ids must be new and increasing."""
    if not passages:
        return
    conn = db.conn
    lengths: list[tuple[int, int]] = []
    for pid, doc_terms in passages:
        length = len(doc_terms)
        if length > MAX_PASSAGE_TERMS:
            raise ValueError(f"passage {pid} has {length} terms; the limit is {MAX_PASSAGE_TERMS}")
        lengths.append((pid, length))
    added_terms = sum(length for _, length in lengths)
    by_term = _postings_by_term(passages, added_terms)

    existing = _term_rows(conn, list(by_term))
    df_changes: Counter[int] = Counter()
    # A new term's row is written once, whole, after its postings are known (not inserted
    # empty, read back for its id and updated). Its id is the one SQLite would give it: one
    # past the largest, in order of first occurrence.
    first_new = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM terms").fetchone()[0]
    new_terms = [t for t in by_term if t not in existing]
    for term_id, t in enumerate(new_terms, start=first_new):
        existing[t] = (term_id, 0, 0, 0)

    tails = _tail_blocks(
        conn, [(row[0], row[2]) for t, row in existing.items() if 0 < row[3] < BLOCK_SIZE]
    )
    lasts = last_pids(tails)  # each narrow tail's last passage id, all at once
    block_writes: list[tuple[int, int, bytes]] = []
    term_updates: list[tuple[int, int, int, int]] = []
    for t, (pids, tfs) in by_term.items():
        term_id, df, last_block, last_len = existing[t]
        added = len(pids)
        if df > 0:
            df_changes[df] -= 1
        df_changes[df + added] += 1
        block, at = last_block, 0
        if df > 0 and last_len < BLOCK_SIZE:  # the open tail block takes what fits
            room = BLOCK_SIZE - last_len
            block_writes.append(
                (
                    term_id,
                    block,
                    append_block(tails[term_id], pids[:room], tfs[:room], lasts.get(term_id)),
                )
            )
            last_len += min(room, added)
            at = room
        while at < added:
            if df > 0 or at > 0:
                block += 1
            block_writes.append(
                (
                    term_id,
                    block,
                    encode_block(pids[at : at + BLOCK_SIZE], tfs[at : at + BLOCK_SIZE]),
                )
            )
            last_len = min(BLOCK_SIZE, added - at)
            at += BLOCK_SIZE
        term_updates.append((df + added, block, last_len, term_id))

    # In key order (term id, block), not in the order of the batch's first occurrences: one
    # statement's rows then lie on neighbouring pages, which SQLite journals once a statement
    # and finds warm (see store/rows.py, _KEY_ORDER). postings has no rowid, and no two writes
    # share a key, so the stored rows are the same.
    block_writes.sort(key=_BLOCK_KEY)
    _WRITE_BLOCKS.run(conn, block_writes)
    _NEW_TERMS.run(
        conn,
        [
            (*update, t)
            for t, update in zip(by_term, term_updates, strict=True)
            if update[3] >= first_new
        ],
    )
    conn.executemany(  # by id, for the same reason: each updates its own row
        "UPDATE terms SET df = ?, last_block = ?, last_block_len = ? WHERE id = ?",
        sorted((update for update in term_updates if update[3] < first_new), key=_TERM_ID),
    )
    conn.executemany(
        "INSERT INTO df_histogram (df, n_terms) VALUES (?, ?) "
        "ON CONFLICT(df) DO UPDATE SET n_terms = n_terms + excluded.n_terms",
        [(df, n) for df, n in df_changes.items() if n],
    )
    conn.execute("DELETE FROM df_histogram WHERE n_terms = 0")
    _add_lengths(conn, lengths)
    conn.execute(
        "UPDATE index_stats SET n_passages = n_passages + ?, total_terms = total_terms + ?, "
        "generation = generation + 1 WHERE id = 1",
        (len(passages), added_terms),
    )


class _FirstSeen(dict[str, int]):
    """term -> its number, in order of first occurrence."""

    def __missing__(self, term: str) -> int:
        value = self[term] = len(self)
        return value


def _postings_by_term(
    passages: Sequence[tuple[int, Sequence[str]]], occurrences: int
) -> dict[str, tuple[list[int], list[int]]]:
    """term -> (passage ids, term frequencies), terms in order of first occurrence.

    Counted in numpy over the whole batch: each occurrence becomes the key term * passages +
    passage, and the distinct keys with their counts, sorted, are the postings. A Python loop
    per passage and distinct term was most of the index's write time."""
    numbers = _FirstSeen()
    term_of = np.fromiter(
        map(
            numbers.__getitem__,
            itertools.chain.from_iterable(doc_terms for _, doc_terms in passages),
        ),
        dtype=np.int64,
        count=occurrences,
    )
    if not occurrences:
        return {}
    passage_of = np.repeat(
        np.arange(len(passages), dtype=np.int64), [len(doc_terms) for _, doc_terms in passages]
    )
    keys, tfs = np.unique(term_of * len(passages) + passage_of, return_counts=True)
    terms, at = np.divmod(keys, len(passages))
    pids = np.array([pid for pid, _ in passages], dtype=np.int64)[at].tolist()
    tf_list = tfs.tolist()
    starts = np.flatnonzero(np.concatenate(([True], terms[1:] != terms[:-1])))
    bounds = [*starts.tolist(), len(keys)]
    vocabulary = list(numbers)
    return {
        vocabulary[t]: (pids[a:b], tf_list[a:b])
        for t, a, b in zip(terms[starts].tolist(), bounds, bounds[1:], strict=False)
    }


def _add_lengths(conn: sqlite3.Connection, lengths: list[tuple[int, int]]) -> None:
    """Write passage lengths into their chunks of the dense length array (in numpy: setting
    tens of thousands of array items one by one from Python was a fifth of the index's time)."""
    pids = np.array([pid for pid, _ in lengths], dtype=np.int64)
    sizes = np.array([length for _, length in lengths], dtype="<u2")
    chunks = pids // LENGTHS_CHUNK
    writes = []
    for chunk in np.unique(chunks).tolist():
        chosen = chunks == chunk
        at = pids[chosen] % LENGTHS_CHUNK
        row = conn.execute("SELECT data FROM passage_lengths WHERE chunk = ?", (chunk,)).fetchone()
        values = np.zeros(int(at.max()) + 1, dtype="<u2")
        if row:
            old = np.frombuffer(row[0], dtype="<u2")
            if len(old) > len(values):
                values = old.copy()
            else:
                values[: len(old)] = old
        values[at] = sizes[chosen]
        writes.append((chunk, values.tobytes()))
    conn.executemany("INSERT OR REPLACE INTO passage_lengths (chunk, data) VALUES (?, ?)", writes)


def _term_rows(conn: sqlite3.Connection, names: list[str]) -> dict[str, tuple[int, int, int, int]]:
    rows: dict[str, tuple[int, int, int, int]] = {}
    for chunk, marks in in_batches(names):
        for term_id, name, df, last_block, last_len in conn.execute(
            f"SELECT id, term, df, last_block, last_block_len FROM terms WHERE term IN ({marks})",
            chunk,
        ):
            rows[name] = (term_id, df, last_block, last_len)
    return rows


def _tail_blocks(conn: sqlite3.Connection, keys: list[tuple[int, int]]) -> dict[int, bytes]:
    """The open block of each (term id, block). A join, not `(term_id, block) IN (VALUES ...)`:
    SQLite scans the whole postings table for the latter, so writes slowed as the index grew."""
    tails: dict[int, bytes] = {}
    for chunk, _ in in_batches(keys, 400):
        marks = ",".join("(?, ?)" for _ in chunk)
        flat = [v for key in chunk for v in key]
        for term_id, data in conn.execute(
            f"WITH wanted(term_id, block) AS (VALUES {marks}) SELECT p.term_id, p.data "
            f"FROM wanted CROSS JOIN postings p ON p.term_id = wanted.term_id "
            f"AND p.block = wanted.block",
            flat,
        ):
            tails[term_id] = data
    return tails
