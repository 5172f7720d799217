"""A persistent, incremental BM25 index whose scores equal rank-bm25's BM25Okapi.

Why this design (measured in docs/PERFORMANCE.md): rank-bm25 rescans every passage per query
and cannot add one without a rebuild; SQLite FTS5's bm25() has fixed parameters and poor tail
latency on frequent terms. Here each term's postings are packed records (passage id, term
frequency, passage length) in blocks of BLOCK_SIZE inside SQLite, written in the same
transaction as the article, read on demand per query term and scored with numpy. Carrying the
passage length in each record means scoring needs no other lookup.

BM25Okapi (Robertson et al.; rank-bm25 0.2.2, k1=1.5, b=0.75, epsilon=0.25):
    idf(t)   = ln(N - df + 0.5) - ln(df + 0.5), and where negative, epsilon * mean idf over
               the whole vocabulary
    score(d) = sum over query terms t (repeats count) of
               idf(t) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * |d| / avgdl))
The mean idf needs every term's df; a histogram of dfs makes it a sum over distinct dfs.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import sqlite_utils

K1 = 1.5
B = 0.75
EPSILON = 0.25
BLOCK_SIZE = 1024  # records per postings block: small enough to rewrite the tail cheaply
POSTING = np.dtype([("pid", "<u4"), ("tf", "<u2"), ("dl", "<u2")])
MAX_PASSAGE_TERMS = np.iinfo(np.uint16).max


@dataclass(frozen=True)
class Stats:
    n_passages: int
    total_terms: int
    generation: int
    mean_idf: float

    @property
    def avgdl(self) -> float:
        return self.total_terms / self.n_passages if self.n_passages else 0.0


def idf(n_passages: int, df: int) -> float:
    """rank-bm25's formula, kept as a difference of logs so floats match it exactly."""
    return math.log(n_passages - df + 0.5) - math.log(df + 0.5)


# ---------------------------------------------------------------------------------------------
# Writing (call inside the caller's transaction)


def add_passages(db: sqlite_utils.Database, passages: Sequence[tuple[int, Sequence[str]]]) -> None:
    """Index passages given as (passage id, terms). Ids must be new and increasing."""
    if not passages:
        return
    conn = db.conn
    by_term: dict[str, list[tuple[int, int, int]]] = {}
    added_terms = 0
    for pid, doc_terms in passages:
        length = len(doc_terms)
        if length > MAX_PASSAGE_TERMS:
            raise ValueError(f"passage {pid} has {length} terms; the limit is {MAX_PASSAGE_TERMS}")
        added_terms += length
        for t, tf in Counter(doc_terms).items():
            by_term.setdefault(t, []).append((pid, tf, length))

    existing = _term_rows(conn, list(by_term))
    df_changes: Counter[int] = Counter()
    new_terms = [t for t in by_term if t not in existing]
    if new_terms:
        conn.executemany(
            "INSERT INTO terms (term, df, last_block, last_block_len) VALUES (?, 0, 0, 0)",
            [(t,) for t in new_terms],
        )
        existing.update(_term_rows(conn, new_terms))

    tails = _tail_blocks(conn, [(row[0], row[2]) for t, row in existing.items() if row[1] > 0])
    block_writes: list[tuple[int, int, bytes]] = []
    term_updates: list[tuple[int, int, int, int]] = []
    for t, records in by_term.items():
        term_id, df, last_block, last_len = existing[t]
        new = np.array(records, dtype=POSTING)
        if df > 0:
            df_changes[df] -= 1
        df_changes[df + len(records)] += 1
        tail = tails.get(term_id, b"") if df > 0 else b""
        block = last_block
        if df > 0 and last_len >= BLOCK_SIZE:
            block, tail, last_len = block + 1, b"", 0
        room = BLOCK_SIZE - last_len
        chunk, rest = new[:room], new[room:]
        block_writes.append((term_id, block, tail + chunk.tobytes()))
        last_len += len(chunk)
        while len(rest):
            block += 1
            chunk, rest = rest[:BLOCK_SIZE], rest[BLOCK_SIZE:]
            block_writes.append((term_id, block, chunk.tobytes()))
            last_len = len(chunk)
        term_updates.append((df + len(records), block, last_len, term_id))

    conn.executemany("INSERT OR REPLACE INTO postings (term_id, block, data) VALUES (?, ?, ?)",
                     block_writes)
    conn.executemany("UPDATE terms SET df = ?, last_block = ?, last_block_len = ? WHERE id = ?",
                     term_updates)
    conn.executemany(
        "INSERT INTO df_histogram (df, n_terms) VALUES (?, ?) "
        "ON CONFLICT(df) DO UPDATE SET n_terms = n_terms + excluded.n_terms",
        [(df, n) for df, n in df_changes.items() if n],
    )
    conn.execute("DELETE FROM df_histogram WHERE n_terms = 0")
    conn.execute(
        "UPDATE index_stats SET n_passages = n_passages + ?, total_terms = total_terms + ?, "
        "generation = generation + 1 WHERE id = 1",
        (len(passages), added_terms),
    )


def _term_rows(conn, names: list[str]) -> dict[str, tuple[int, int, int, int]]:
    rows: dict[str, tuple[int, int, int, int]] = {}
    for i in range(0, len(names), 500):
        chunk = names[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for term_id, name, df, last_block, last_len in conn.execute(
            f"SELECT id, term, df, last_block, last_block_len FROM terms WHERE term IN ({marks})",
            chunk,
        ):
            rows[name] = (term_id, df, last_block, last_len)
    return rows


def _tail_blocks(conn, keys: list[tuple[int, int]]) -> dict[int, bytes]:
    tails: dict[int, bytes] = {}
    for i in range(0, len(keys), 400):
        chunk = keys[i : i + 400]
        marks = ",".join("(?, ?)" for _ in chunk)
        flat = [v for key in chunk for v in key]
        for term_id, data in conn.execute(
            f"SELECT term_id, data FROM postings WHERE (term_id, block) IN (VALUES {marks})", flat
        ):
            tails[term_id] = data
    return tails


# ---------------------------------------------------------------------------------------------
# Reading

_stats_cache: dict[tuple[str, int], Stats] = {}


def stats(db: sqlite_utils.Database) -> Stats:
    """Corpus statistics; the mean idf is cached per database generation."""
    n, total, generation = db.conn.execute(
        "SELECT n_passages, total_terms, generation FROM index_stats WHERE id = 1"
    ).fetchone()
    key = (_db_identity(db), generation)
    cached = _stats_cache.get(key)
    if cached:
        return cached
    idf_sum, vocabulary = 0.0, 0
    for df, n_terms in db.conn.execute("SELECT df, n_terms FROM df_histogram"):
        idf_sum += n_terms * idf(n, df)
        vocabulary += n_terms
    result = Stats(n, total, generation, idf_sum / vocabulary if vocabulary else 0.0)
    _stats_cache.clear()  # one database per process in practice; keep the cache tiny
    _stats_cache[key] = result
    return result


def _db_identity(db: sqlite_utils.Database) -> str:
    row = db.conn.execute("PRAGMA database_list").fetchone()
    return row[2] or f"memory:{id(db.conn)}"


def postings(db: sqlite_utils.Database, term: str) -> np.ndarray:
    """All (pid, tf, dl) records of a term, in passage id order."""
    blobs = [
        data
        for (data,) in db.conn.execute(
            "SELECT data FROM postings WHERE term_id = (SELECT id FROM terms WHERE term = ?) "
            "ORDER BY block",
            (term,),
        )
    ]
    if not blobs:
        return np.empty(0, dtype=POSTING)
    return np.frombuffer(b"".join(blobs), dtype=POSTING)


def document_frequency(db: sqlite_utils.Database, term: str) -> int:
    row = db.conn.execute("SELECT df FROM terms WHERE term = ?", (term,)).fetchone()
    return row[0] if row else 0


def term_idf(s: Stats, df: int) -> float:
    value = idf(s.n_passages, df)
    return EPSILON * s.mean_idf if value < 0 else value


def score(db: sqlite_utils.Database, query_terms: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    """BM25Okapi scores of every passage containing at least one query term.

    Returns (passage ids, scores), unsorted. Repeated query terms count again, as in rank-bm25.
    """
    s = stats(db)
    if not s.n_passages:
        return np.empty(0, dtype=np.uint32), np.empty(0)
    query_terms = list(query_terms)
    lists = {t: postings(db, t) for t in set(query_terms)}
    all_ids = [lists[t]["pid"] for t in lists if len(lists[t])]
    if not all_ids:
        return np.empty(0, dtype=np.uint32), np.empty(0)
    ids = np.unique(np.concatenate(all_ids))
    scores = np.zeros(len(ids))
    for t in query_terms:
        records = lists[t]
        if not len(records):
            continue
        weight = term_idf(s, len(records))
        tf = records["tf"].astype(np.int64)
        dl = records["dl"].astype(np.int64)
        part = weight * (tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl / s.avgdl)))
        scores[np.searchsorted(ids, records["pid"])] += part
    return ids, scores


def top(db: sqlite_utils.Database, query_terms: Iterable[str], k: int) -> list[tuple[int, float]]:
    """The k best (passage id, score), best first; ties broken by passage id."""
    ids, scores = score(db, query_terms)
    if not len(ids):
        return []
    if len(ids) > k:
        keep = np.argpartition(-scores, k - 1)[:k]
        ids, scores = ids[keep], scores[keep]
    order = np.lexsort((ids, -scores))
    return [(int(ids[i]), float(scores[i])) for i in order]
