"""Taking passages out of the index (an article removed or corrected), inside the caller's
transaction: their postings, lengths, document frequencies and the corpus statistics, so that
scores afterwards equal those of an index that never held them."""

from __future__ import annotations

import bisect
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from store.index.codec import block_lists, encode_block
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
    """Rewrite the blocks of each term that hold one of the passages; returns the term
    occurrences taken out and the changes to the document-frequency histogram.

    Only those blocks: a term's blocks hold increasing passage ids, so each block's first id
    (read without decoding it) says which blocks a passage can be in. Rewriting a common
    word's whole list instead cost each batch of a reindex seconds at 100,000 articles. A
    block left with fewer postings stays where it is (readers decode blocks of any length, in
    block order); an emptied one is deleted; the last block remains the one appends go to."""
    removed = 0
    df_changes: Counter[int] = Counter()
    wanted = sorted(gone)
    for i in range(0, len(terms), 500):
        chunk = terms[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT id, df FROM terms WHERE term IN ({marks}) AND df > 0", chunk
        ).fetchall()
        for term_id, df in rows:
            taken, occurrences = _remove_from_term(conn, term_id, gone, wanted)
            if not taken:
                continue
            removed += occurrences
            df_changes[df] -= 1
            df_changes[df - taken] += 1
    return removed, df_changes


def _remove_from_term(
    conn: sqlite3.Connection, term_id: int, gone: set[int], wanted: list[int]
) -> tuple[int, int]:
    """Take the passages out of one term's blocks: (postings taken out, their occurrences)."""
    # (block, first passage id, postings) of each block; both formats store the first id in
    # bytes 2-5 (a u32), and their record sizes give the count.
    blocks = [
        (
            block,
            int.from_bytes(head[1:5], "little"),
            (size - 5) // 3 if head[0] == 1 else (size - 1) // 6,
        )
        for block, head, size in conn.execute(
            "SELECT block, substr(data, 1, 5), length(data) FROM postings WHERE term_id = ? "
            "ORDER BY block",
            (term_id,),
        )
    ]
    taken = occurrences = 0
    sizes = {block: n for block, _, n in blocks}
    for at, (block, first, _) in enumerate(blocks):
        below = blocks[at + 1][1] if at + 1 < len(blocks) else None  # the next block's first id
        k = bisect.bisect_left(wanted, first)
        if k == len(wanted) or (below is not None and wanted[k] >= below):
            continue  # no passage to take out falls in this block's range
        (data,) = conn.execute(
            "SELECT data FROM postings WHERE term_id = ? AND block = ?", (term_id, block)
        ).fetchone()
        pids, tfs = block_lists(data)
        kept = [(p, t) for p, t in zip(pids, tfs, strict=True) if p not in gone]
        if len(kept) == len(pids):
            continue
        taken += len(pids) - len(kept)
        occurrences += sum(t for p, t in zip(pids, tfs, strict=True) if p in gone)
        if kept:
            conn.execute(
                "UPDATE postings SET data = ? WHERE term_id = ? AND block = ?",
                (encode_block([p for p, _ in kept], [t for _, t in kept]), term_id, block),
            )
            sizes[block] = len(kept)
        else:
            conn.execute("DELETE FROM postings WHERE term_id = ? AND block = ?", (term_id, block))
            del sizes[block]
    if taken:
        last = max(sizes, default=0)
        conn.execute(
            "UPDATE terms SET df = df - ?, last_block = ?, last_block_len = ? WHERE id = ?",
            (taken, last, sizes.get(last, 0), term_id),
        )
    return taken, occurrences


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
