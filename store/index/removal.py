"""Taking passages out of the index (an article removed or corrected), inside the caller's
transaction: their postings, lengths, document frequencies and the corpus statistics, so that
scores afterwards equal those of an index that never held them."""

from __future__ import annotations

import bisect
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from store.batches import in_batches
from store.index.codec import encode_block
from store.index.writer import LENGTHS_CHUNK
from store.plain_bm25 import block_postings

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
    block order); an emptied one is deleted; the last block remains the one appends go to.
    Each step is one statement for up to 500 terms, not one per term."""
    removed = 0
    df_changes: Counter[int] = Counter()
    wanted = sorted(gone)
    for chunk, marks in in_batches(terms):
        dfs = dict(
            conn.execute(f"SELECT id, df FROM terms WHERE term IN ({marks}) AND df > 0", chunk)
        )
        if not dfs:
            continue
        sizes: dict[int, dict[int, int]] = {term_id: {} for term_id in dfs}  # block -> postings
        heads: dict[int, list[tuple[int, int]]] = {term_id: [] for term_id in dfs}
        # Both formats store the first passage id in bytes 2-5 (a u32); their record sizes
        # give the count.
        for term_id, block, head, size in conn.execute(
            "SELECT term_id, block, substr(data, 1, 5), length(data) FROM postings "
            f"WHERE term_id IN ({','.join('?' * len(dfs))}) ORDER BY term_id, block",
            list(dfs),
        ):
            heads[term_id].append((block, int.from_bytes(head[1:5], "little")))
            sizes[term_id][block] = (size - 5) // 3 if head[0] == 1 else (size - 1) // 6
        holding = [
            (term_id, block)
            for term_id, blocks in heads.items()
            for block in _blocks_holding(blocks, wanted)
        ]
        updates: list[tuple[bytes, int, int]] = []
        deletes: list[tuple[int, int]] = []
        taken: Counter[int] = Counter()
        for term_id, block, data in _blocks(conn, holding):
            pids, tfs = block_postings(data)
            kept = [(p, t) for p, t in zip(pids, tfs, strict=True) if p not in gone]
            if len(kept) == len(pids):
                continue
            taken[term_id] += len(pids) - len(kept)
            removed += sum(t for p, t in zip(pids, tfs, strict=True) if p in gone)
            if kept:
                pair = ([p for p, _ in kept], [t for _, t in kept])
                updates.append((encode_block(*pair), term_id, block))
                sizes[term_id][block] = len(kept)
            else:
                deletes.append((term_id, block))
                del sizes[term_id][block]
        conn.executemany("UPDATE postings SET data = ? WHERE term_id = ? AND block = ?", updates)
        conn.executemany("DELETE FROM postings WHERE term_id = ? AND block = ?", deletes)
        term_updates = []
        for term_id, n in taken.items():
            last = max(sizes[term_id], default=0)
            term_updates.append((n, last, sizes[term_id].get(last, 0), term_id))
            df_changes[dfs[term_id]] -= 1
            df_changes[dfs[term_id] - n] += 1
        conn.executemany(
            "UPDATE terms SET df = df - ?, last_block = ?, last_block_len = ? WHERE id = ?",
            term_updates,
        )
    return removed, df_changes


def _blocks_holding(blocks: list[tuple[int, int]], wanted: list[int]) -> list[int]:
    """The blocks, given as (block, first passage id) in order, whose range of passage ids
    holds one of wanted (sorted)."""
    out = []
    for at, (block, first) in enumerate(blocks):
        k = bisect.bisect_left(wanted, first)
        if k < len(wanted) and (at + 1 == len(blocks) or wanted[k] < blocks[at + 1][1]):
            out.append(block)
    return out


def _blocks(conn: sqlite3.Connection, keys: list[tuple[int, int]]) -> list[tuple[int, int, bytes]]:
    """(term id, block, data) of each (term id, block): a join on a VALUES list (see
    store/index/writer.py _tail_blocks)."""
    out: list[tuple[int, int, bytes]] = []
    for chunk, _ in in_batches(keys, 400):
        marks = ",".join("(?, ?)" for _ in chunk)
        out += conn.execute(
            f"WITH wanted(term_id, block) AS (VALUES {marks}) SELECT p.term_id, p.block, "
            "p.data FROM wanted CROSS JOIN postings p ON p.term_id = wanted.term_id "
            "AND p.block = wanted.block",
            [v for key in chunk for v in key],
        ).fetchall()
    return out


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
