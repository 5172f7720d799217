"""Taking passages out of the index (an article removed or corrected), inside the caller's
transaction: their postings, lengths, document frequencies and the corpus statistics, so that
scores afterwards equal those of an index that never held them."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from store.index.codec import BLOCK_SIZE, block_lists, encode_block
from store.index.writer import LENGTHS_CHUNK

if TYPE_CHECKING:
    import sqlite_utils


def remove_passages(
    db: sqlite_utils.Database, passages: Sequence[tuple[int, int]], terms: Iterable[str]
) -> None:
    """Take out passages given as (passage id, length in terms). terms are the words they were
    indexed under; when those do not account for every posting (the tokenizer changed since,
    say), every term is looked through instead, so nothing of theirs is left behind."""
    if not passages:
        return
    conn = db.conn
    gone = {pid for pid, _ in passages}
    expected = sum(length for _, length in passages)
    candidates = sorted(set(terms))
    removed, df_changes = _remove_from_terms(conn, gone, candidates)
    if removed != expected:
        every = [t for (t,) in conn.execute("SELECT term FROM terms WHERE df > 0")]
        more, changes = _remove_from_terms(conn, gone, every)
        removed += more
        df_changes.update(changes)
    conn.executemany(
        "INSERT INTO df_histogram (df, n_terms) VALUES (?, ?) "
        "ON CONFLICT(df) DO UPDATE SET n_terms = n_terms + excluded.n_terms",
        [(df, n) for df, n in df_changes.items() if n and df > 0],
    )
    conn.execute("DELETE FROM df_histogram WHERE n_terms = 0")
    _zero_lengths(conn, gone)
    conn.execute(
        "UPDATE index_stats SET n_passages = n_passages - ?, total_terms = total_terms - ?, "
        "generation = generation + 1 WHERE id = 1",
        (len(gone), removed),
    )


def _remove_from_terms(
    conn: sqlite3.Connection, gone: set[int], terms: list[str]
) -> tuple[int, Counter[int]]:
    """Rewrite the postings of each term that holds one of the passages; returns the term
    occurrences taken out and the changes to the document-frequency histogram."""
    removed = 0
    df_changes: Counter[int] = Counter()
    for i in range(0, len(terms), 500):
        chunk = terms[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT id, df FROM terms WHERE term IN ({marks}) AND df > 0", chunk
        ).fetchall()
        for term_id, df in rows:
            pids: list[int] = []
            tfs: list[int] = []
            for (data,) in conn.execute(
                "SELECT data FROM postings WHERE term_id = ? ORDER BY block", (term_id,)
            ):
                block_pids, block_tfs = block_lists(data)
                pids += block_pids
                tfs += block_tfs
            kept = [(p, t) for p, t in zip(pids, tfs, strict=True) if p not in gone]
            if len(kept) == len(pids):
                continue
            removed += sum(t for p, t in zip(pids, tfs, strict=True) if p in gone)
            conn.execute("DELETE FROM postings WHERE term_id = ?", (term_id,))
            blocks = [kept[at : at + BLOCK_SIZE] for at in range(0, len(kept), BLOCK_SIZE)]
            conn.executemany(
                "INSERT INTO postings (term_id, block, data) VALUES (?, ?, ?)",
                [
                    (term_id, n, encode_block([p for p, _ in b], [t for _, t in b]))
                    for n, b in enumerate(blocks)
                ],
            )
            last_len = len(blocks[-1]) if blocks else 0
            conn.execute(
                "UPDATE terms SET df = ?, last_block = ?, last_block_len = ? WHERE id = ?",
                (len(kept), max(0, len(blocks) - 1), last_len, term_id),
            )
            df_changes[df] -= 1
            df_changes[len(kept)] += 1
    return removed, df_changes


def _zero_lengths(conn: sqlite3.Connection, gone: set[int]) -> None:
    import numpy as np

    by_chunk: dict[int, list[int]] = {}
    for pid in gone:
        by_chunk.setdefault(pid // LENGTHS_CHUNK, []).append(pid % LENGTHS_CHUNK)
    for chunk, offsets in by_chunk.items():
        row = conn.execute("SELECT data FROM passage_lengths WHERE chunk = ?", (chunk,)).fetchone()
        if row is None:
            continue
        values = np.frombuffer(row[0], dtype="<u2").copy()
        values[[at for at in offsets if at < len(values)]] = 0
        conn.execute(
            "UPDATE passage_lengths SET data = ? WHERE chunk = ?", (values.tobytes(), chunk)
        )
