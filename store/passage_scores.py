"""BM25 scores of a few given passages, without reading any postings list.

A search of the whole index needs every posting of the query's terms; the most frequent
actor's names have the longest lists in the store (hundreds of thousands of postings at 100,000
articles). When the passages worth scoring are already known (the passages naming an actor),
their scores come from their own terms: each passage's term counts (given by the caller, who
tokenizes the passage as ingest did), its length as the index stored it, and each query term's
document frequency. The formula is store/plain_bm25.py's (itself equal to store/index/'s), so
a passage scores here what a search of the whole index gives it, up to the rounding of a sum
taken in another order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from store.plain_bm25 import EPSILON, K1, LENGTHS_CHUNK, B, _idf, _lengths, _mean_idf

if TYPE_CHECKING:
    import sqlite_utils


def scores(
    db: sqlite_utils.Database,
    query_terms: Iterable[str],
    passage_terms: Mapping[int, Counter[str]],
) -> dict[int, float]:
    """passage id -> BM25 score of the query, for those of the given passages holding at least
    one of its terms (a search finds no other). passage_terms: each passage's index terms and
    their counts. In a tiny store a term in most passages weighs less than nothing, as in a
    search: the scores are then negative, and still ranked."""
    conn = db.conn
    counts = Counter(query_terms)
    row = conn.execute("SELECT n_passages, total_terms FROM index_stats WHERE id = 1").fetchone()
    n, total = row if row else (0, 0)
    out: dict[int, float] = {}
    if not n or not counts or not passage_terms:
        return out
    terms = list(counts)
    found = dict(
        conn.execute(
            f"SELECT term, df FROM terms WHERE term IN ({','.join('?' * len(terms))})", terms
        )
    )
    # the lengths BM25 is computed with: the index's own table (store/plain_bm25.py)
    chunks = {c: _lengths(conn, c) for c in {pid // LENGTHS_CHUNK for pid in passage_terms}}
    avgdl = total / n
    weights: dict[str, float] = {}
    mean_idf: float | None = None
    for term in terms:
        if not found.get(term):
            continue
        value = _idf(n, found[term])
        if value < 0:
            if mean_idf is None:
                mean_idf = _mean_idf(conn, n)
            value = EPSILON * mean_idf
        weights[term] = counts[term] * value
    for pid, have in passage_terms.items():
        size = chunks[pid // LENGTHS_CHUNK][pid % LENGTHS_CHUNK]
        norm = K1 * (1 - B + B * float(size) / avgdl)
        score, matched = 0.0, False
        for term, weight in weights.items():
            tf = float(have.get(term, 0))
            if tf:
                score += weight * (tf * (K1 + 1) / (tf + norm))
                matched = True
        if matched:
            out[pid] = score
    return out
