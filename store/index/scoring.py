"""BM25Okapi as rank-bm25 computes it, one formula per function, and exact top-k selection.

Pure functions of numbers and arrays (no database), in the manner of bm25s
(github.com/xhluca/bm25s, bm25s/scoring.py). Sources:

- Robertson, Walker et al., "Okapi at TREC-3" (1994): the BM25 weight.
- rank-bm25 0.2.2 (github.com/dorianbrown/rank_bm25, rank_bm25.py, class BM25Okapi): k1=1.5,
  b=0.75, epsilon=0.25; idf as a difference of logs, a negative idf replaced by epsilon times
  the mean idf of the vocabulary; the document score a sum over query terms, repeats counted.
  The expressions below are written as rank-bm25 writes them, so that floats match exactly.
- Turtle and Flood, "Query evaluation: strategies and optimizations" (1995): MaxScore.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

K1 = 1.5
B = 0.75
EPSILON = 0.25

Ids = npt.NDArray[np.uint32]
Floats = npt.NDArray[np.float64]


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
    """rank-bm25's BM25Okapi._calc_idf: ln(N - df + 0.5) - ln(df + 0.5), a difference of logs
    so that floats match it exactly."""
    return math.log(n_passages - df + 0.5) - math.log(df + 0.5)


def mean_idf(n_passages: int, df_histogram: Iterable[tuple[int, int]]) -> float:
    """The mean idf over the vocabulary, from (df, number of terms with that df) pairs: a sum
    over distinct dfs instead of every term (rank-bm25 sums over every term)."""
    idf_sum, vocabulary = 0.0, 0
    for df, n_terms in df_histogram:
        idf_sum += n_terms * idf(n_passages, df)
        vocabulary += n_terms
    return idf_sum / vocabulary if vocabulary else 0.0


def term_idf(s: Stats, df: int) -> float:
    """rank-bm25's idf with its floor: a negative idf (a term in most passages) becomes
    epsilon * the mean idf."""
    value = idf(s.n_passages, df)
    return EPSILON * s.mean_idf if value < 0 else value


def saturation(tf: npt.NDArray[np.integer], dl: npt.NDArray[np.integer], avgdl: float) -> Floats:
    """The per-passage factor of BM25Okapi.get_scores:
    tf * (k1 + 1) / (tf + k1 * (1 - b + b * |d| / avgdl))."""
    tf_float = tf.astype(np.float64)
    return tf_float * (K1 + 1) / (tf_float + K1 * (1 - B + B * dl.astype(np.float64) / avgdl))


@dataclass(frozen=True)
class Weighted:
    """One query term: its weight (query multiplicity * idf) and its passages' factors."""

    weight: float
    pids: Ids  # ascending
    factors: Floats  # saturation per posting
    max_factor: float

    @property
    def bound(self) -> float:
        """No passage gets more than this from the term. The factor of safety covers rounding:
        a bound must never fall below a score that floats actually produce."""
        return self.weight * self.max_factor * (1 + 1e-9) + 1e-12


def union_scores(lists: list[Weighted]) -> tuple[Ids, Floats]:
    """Every passage of any term, with its full score: the sum of weight * factor."""
    ids = np.unique(np.concatenate([w.pids for w in lists]))
    scores = np.zeros(len(ids))
    for w in lists:
        scores[np.searchsorted(ids, w.pids)] += w.weight * w.factors
    return ids, scores


def top_of(ids: Ids, scores: Floats, k: int) -> list[tuple[int, float]]:
    """The k best (passage id, score), best first; ties broken by passage id."""
    if not len(ids):
        return []
    if len(ids) > k:
        keep = np.argpartition(-scores, k - 1)[:k]
        # Ties at the k-th score are broken by passage id: take every tied passage, then cut.
        kth = scores[keep].min()
        keep = np.flatnonzero(scores >= kth)
        ids, scores = ids[keep], scores[keep]
    order = np.lexsort((ids, -scores))[:k]
    return list(zip(ids[order].tolist(), scores[order].tolist(), strict=True))


# kth_largest partitions a long array only after a cut at a threshold read off a sample of it.
KTH_SAMPLE = 2048


def kth_largest(values: Floats, k: int) -> float:
    """The k-th largest of values (0.0 when there are fewer). A long array is first cut to
    the values at or above the threshold that a strided sample puts a little below its k-th
    largest: when at least k values remain, the k-th largest is among them, and partitioning
    a few hundred values instead of a term's hundreds of thousands of postings is what
    MaxScore's bound costs."""
    n = len(values)
    if n < k:
        return 0.0
    if n > 4 * KTH_SAMPLE:
        sample = values[:: n // KTH_SAMPLE]
        m = len(sample)
        rank = min(m, 2 * k * m // n + 8)  # twice the sample's expected share, and a margin
        cut = values[values >= np.partition(sample, m - rank)[m - rank]]
        if len(cut) >= k:
            values, n = cut, len(cut)
    return float(np.partition(values, n - k)[n - k])


def _add(acc: Floats, w: Weighted) -> npt.NDArray[np.intp]:
    """acc[w.pids] += w.weight * w.factors, as np.add.at with the ids as machine integers
    (a third of the time of a fancy-index addition with uint32 ids; the same floats, each
    passage's value added once). Returns those ids."""
    ids = w.pids.astype(np.intp)
    np.add.at(acc, ids, w.weight * w.factors)
    return ids


# A query whose postings are fewer than this share of the index's passages does not pay for a
# whole accumulator: it adds into a zeroed one its thread keeps, reads its candidates from its
# own postings rather than by a scan of every passage, and zeroes what it wrote.
SPARSE_SHARE = 1 / 8
_scratch = threading.local()


def _scratch_arrays(size: int) -> tuple[Floats, npt.NDArray[np.bool_]]:
    """The thread's zeroed accumulator and marks, at least size long."""
    acc = getattr(_scratch, "acc", None)
    if acc is None or len(acc) < size:
        _scratch.acc, _scratch.mark = np.zeros(size), np.zeros(size, dtype=bool)
    return _scratch.acc, _scratch.mark


def _above(
    acc: Floats, mark: npt.NDArray[np.bool_], written: list[npt.NDArray[np.intp]], floor: float
) -> npt.NDArray[np.intp]:
    """The passages of written (each term's ids) whose partial score reaches floor (is positive
    when floor <= 0), each once, in no particular order."""
    found = []
    for ids in written:
        values = acc[ids]
        ids = ids[values >= floor] if floor > 0 else ids[values > 0.0]
        if len(written) > 1:
            ids = ids[~mark[ids]]
            mark[ids] = True
        found.append(ids)
    out = np.concatenate(found) if len(found) > 1 else found[0]
    mark[out] = False
    return out


def maxscore(lists: list[Weighted], k: int) -> tuple[Ids, Floats, int]:
    """(ids, scores) of a candidate set that holds every passage of the true top k, with
    exact scores, and how many terms were merged whole (the rest were only looked up).

    MaxScore (Turtle and Flood 1995): terms are taken in decreasing order of their score bound;
    once the bounds of the terms left sum to less than the k-th best score so far, no passage
    outside the candidates can enter the top k, and the remaining terms are only looked up
    (binary search) for candidates that can still make it. Needs every weight positive.

    One dense accumulator holds every partial score, each passage's terms added in the same
    order whichever way a term is read, so the sums are the same floats. A term left for the
    lookup phase that has fewer postings than there are candidates is added whole instead of
    searched for (a long query of common words keeps most passages it touches as candidates),
    and the k-th best score is only computed when it could end the merging. The candidates
    come in no particular order (top_of orders them)."""
    lists = sorted(lists, key=lambda w: -w.bound)
    rest = [0.0] * (len(lists) + 1)  # rest[i]: sum of the bounds of lists[i:]
    for i in range(len(lists) - 1, -1, -1):
        rest[i] = rest[i + 1] + lists[i].bound
    size = max(int(w.pids[-1]) for w in lists) + 1
    sparse = sum(len(w.pids) for w in lists) < SPARSE_SHARE * size
    if sparse:
        acc, mark = _scratch_arrays(size)
    else:
        acc, mark = np.zeros(size), np.zeros(0, dtype=bool)
    written: list[npt.NDArray[np.intp]] = []  # the ids of each term added whole
    done = False
    try:
        theta = 0.0  # a lower bound of the k-th best final score
        i = 0
        # Union phase: every passage of these terms is a candidate.
        while i < len(lists) and (theta == 0.0 or rest[i] >= theta):
            w = lists[i]
            written.append(_add(acc, w))  # ids are unique within a term
            i += 1
            # Partial scores only grow, so the k-th best over this term's passages bounds
            # theta; no passage has more than the bounds merged so far, so while the bounds
            # left are at least that sum, theta cannot end the merging and is not worth
            # computing.
            if rest[i] < rest[0] - rest[i]:
                theta = max(theta, kth_largest(acc[written[-1]], k))
        # Lookup phase: only passages that can still reach theta.
        floor = theta - rest[i]
        if sparse:
            ids = _above(acc, mark, written, floor)
        elif floor <= 0:
            ids = np.flatnonzero(acc > max(floor, 0.0))
        else:
            ids = np.flatnonzero(acc >= floor)
        for j in range(i, len(lists)):
            w = lists[j]
            if len(w.pids) <= len(ids):
                written.append(_add(acc, w))
            else:
                at = np.searchsorted(w.pids, ids)
                inside = at < len(w.pids)
                hit = np.zeros(len(ids), dtype=bool)
                hit[inside] = w.pids[at[inside]] == ids[inside]
                acc[ids[hit]] += w.weight * w.factors[at[hit]]  # only where terms were added
            scores = acc[ids]
            theta = max(theta, kth_largest(scores, k))
            ids = ids[scores + rest[j + 1] >= theta]
        result = ids.astype(np.uint32), acc[ids], i
        done = True
        return result
    finally:
        if sparse:  # the thread's arrays go back zeroed
            if done:
                for ids in written:
                    acc[ids] = 0.0
            else:
                acc[:] = 0.0
                mark[:] = False
