"""Reading the index: statistics, passage lengths and postings from SQLite, through the cache,
and the two questions asked of it: every passage's score, and the top k."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from store.index.cache import EMPTY, Decoded, IndexCache, cache_for
from store.index.codec import decode_blocks
from store.index.scoring import (
    Floats,
    Ids,
    Stats,
    Weighted,
    maxscore,
    mean_idf,
    saturation,
    term_idf,
    top_of,
    union_scores,
)
from store.index.writer import LENGTHS_CHUNK
from store.plain_bm25 import posting_blocks
from store.vocabulary import document_frequencies

if TYPE_CHECKING:  # only for annotations: importing it costs start-up time
    import sqlite_utils

POSTING = np.dtype([("pid", "<u4"), ("tf", "<u2"), ("dl", "<u2")])  # decoded, with length


def stats(db: sqlite_utils.Database, cache: IndexCache | None = None) -> Stats:
    """Corpus statistics; the mean idf is computed once per index generation."""
    n, total, generation = db.conn.execute(
        "SELECT n_passages, total_terms, generation FROM index_stats WHERE id = 1"
    ).fetchone()

    def compute() -> Stats:
        histogram = db.conn.execute("SELECT df, n_terms FROM df_histogram")
        return Stats(n, total, generation, mean_idf(n, histogram))

    return (cache or cache_for(db)).stats(generation, compute)


def passage_lengths(
    db: sqlite_utils.Database, s: Stats | None = None, cache: IndexCache | None = None
) -> npt.NDArray[np.uint16]:
    """Dense array: terms in each passage, by passage id (read once per generation)."""
    cache = cache or cache_for(db)
    s = s or stats(db, cache)

    def compute() -> npt.NDArray[np.uint16]:
        chunks = db.conn.execute(
            "SELECT chunk, data FROM passage_lengths ORDER BY chunk"
        ).fetchall()
        size = (chunks[-1][0] + 1) * LENGTHS_CHUNK if chunks else 0
        lengths = np.zeros(size, dtype=np.uint16)
        for chunk, data in chunks:
            values = np.frombuffer(data, dtype="<u2")
            lengths[chunk * LENGTHS_CHUNK : chunk * LENGTHS_CHUNK + len(values)] = values
        return lengths

    return cache.lengths(s.generation, compute)


def _blocks(db: sqlite_utils.Database, term: str) -> tuple[Ids, npt.NDArray[np.uint16]]:
    return decode_blocks(list(posting_blocks(db.conn, term)))


def postings(db: sqlite_utils.Database, term: str) -> npt.NDArray[np.void]:
    """All (pid, tf, dl) records of a term, in passage id order."""
    pids, tfs = _blocks(db, term)
    records = np.empty(len(pids), dtype=POSTING)
    records["pid"], records["tf"] = pids, tfs
    records["dl"] = passage_lengths(db)[pids] if len(pids) else 0
    return records


def document_frequency(db: sqlite_utils.Database, term: str) -> int:
    return document_frequencies(db, [term])[term]


# A query term: one index term, or several scored as one (the other spellings of one name).
Term = str | tuple[str, ...]
_GROUP_KEY = "\x1f"  # joins a group's terms into its cache key: no index term holds it


def _merged(db: sqlite_utils.Database, terms: tuple[str, ...]) -> tuple[Ids, npt.NDArray[np.int64]]:
    """The passages holding any of terms, ascending, each with the sum of their frequencies."""
    parts = [_blocks(db, t) for t in dict.fromkeys(terms)]
    parts = [(p, f) for p, f in parts if len(p)]
    if not parts:
        return np.empty(0, dtype=np.uint32), np.empty(0, dtype=np.int64)
    if len(parts) == 1:
        return parts[0][0], parts[0][1].astype(np.int64)
    pids, at = np.unique(np.concatenate([p for p, _ in parts]), return_inverse=True)
    tfs = np.bincount(at, weights=np.concatenate([f for _, f in parts]), minlength=len(pids))
    return pids.astype(np.uint32), tfs.astype(np.int64)


def decoded(
    db: sqlite_utils.Database,
    term: Term,
    s: Stats | None = None,
    cache: IndexCache | None = None,
) -> Decoded:
    """A term's passage ids and saturation factors for the current generation (cached). A
    group of terms is scored as one term (Lucene's SynonymQuery): a passage's frequency is
    the sum of theirs, and its passages the union of theirs (so its idf is the union's)."""
    cache = cache or cache_for(db)
    stats_now = s or stats(db, cache)
    key = term if isinstance(term, str) else _GROUP_KEY.join(sorted(set(term)))

    def compute() -> Decoded:
        pids, tfs = _blocks(db, term) if isinstance(term, str) else _merged(db, term)
        lengths = passage_lengths(db, stats_now, cache)
        if len(pids) and pids[-1] >= len(lengths):
            # Passages an ingest committed after stats_now was read (each read is a snapshot
            # of its own): a later generation's, which this one's lengths and counts leave out.
            keep = pids < len(lengths)
            pids, tfs = pids[keep], tfs[keep]
        if not len(pids):
            return EMPTY
        factors = saturation(tfs, lengths[pids], stats_now.avgdl)
        return Decoded(pids, factors, float(factors.max()))

    return cache.decoded(stats_now.generation, key, compute)


def weighted(
    db: sqlite_utils.Database,
    query_terms: Iterable[Term],
    s: Stats,
    cache: IndexCache | None = None,
) -> list[Weighted]:
    """The query's terms found in the index, each with its weight: multiplicity * idf (a
    group's idf is that of the passages holding any of its terms)."""
    cache = cache or cache_for(db)
    out = []
    for t, multiplicity in Counter(query_terms).items():
        d = decoded(db, t, s, cache)
        if len(d.pids):
            out.append(
                Weighted(multiplicity * term_idf(s, len(d.pids)), d.pids, d.factors, d.max_factor)
            )
    return out


def score(db: sqlite_utils.Database, query_terms: Iterable[Term]) -> tuple[Ids, Floats]:
    """BM25Okapi scores of every passage containing at least one query term.

    Returns (passage ids, scores), unsorted. Repeated query terms count again, as in rank-bm25.
    """
    cache = cache_for(db)
    s = stats(db, cache)
    if not s.n_passages:
        return np.empty(0, dtype=np.uint32), np.empty(0)
    lists = weighted(db, query_terms, s, cache)
    if not lists:
        return np.empty(0, dtype=np.uint32), np.empty(0)
    return union_scores(lists)


def top(db: sqlite_utils.Database, query_terms: Iterable[Term], k: int) -> list[tuple[int, float]]:
    """The k best (passage id, score), best first; ties broken by passage id: exactly the k
    best of score(), found with MaxScore pruning when every term weight is positive."""
    cache = cache_for(db)
    s = stats(db, cache)
    if not s.n_passages or k <= 0:
        return []
    query_terms = list(query_terms)
    lists = weighted(db, query_terms, s, cache)
    if not lists:
        return []
    if any(w.weight <= 0 for w in lists):  # tiny corpora: epsilon * a negative mean idf
        return top_of(*score(db, query_terms), k)
    ids, scores, _ = maxscore(lists, k)
    return top_of(ids, scores, k)
