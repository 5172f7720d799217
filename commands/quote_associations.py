"""Word associations learned from the store's own passages: for each search term, the terms
found with it in one passage far more often than chance, kept as a small table
(`term_associations`, store/associations.py) that `quote` may read to search a typed word's
associates too (commands/quote_plan.py, `Methods.associations`).

Two terms are associated when they stand in at least MIN_TOGETHER passages together and
their pointwise mutual information, log(N * together / (df_a * df_b)), is positive; a term's
associates are ranked by Dunning's log-likelihood ratio (G², Dunning 1993), which weighs
how sure the association is, not only how strong (PMI alone ranks pairs of rare words first).
Only terms held by MIN_DF passages or more and by at most MAX_SHARE of them are counted: a
rarer word's pairs are chance, a commoner one goes with everything. Function words give no
search term (text/tokens.py), so they are out already.

The table is rebuilt whole, from every passage's text (the index keeps postings by term, not
a passage's terms), by `sitrep reindex`, not at ingest: keeping pair counts current at ingest
would mean a table of every pair seen (millions of rows for a hundred thousand passages),
while a term's few best associates change slowly as the store grows. Its cost and what it
gained are in docs/QUALITY.md ("Term associations learned from the store").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from store.associations import associates, passage_texts, replace
from text import tokens
from text.expand import Alternative

if TYPE_CHECKING:
    import sqlite_utils

MIN_DF = 5  # passages a term must be in to have associates or be one
MIN_TOGETHER = 5  # passages two terms must share: fewer is chance, not association
MAX_SHARE = 0.05  # ... and no term in more than this share of passages ...
COMMON_AT_LEAST = 50  # ... but in a small store no term held by this few is common
TOP = 3  # associates kept for each term
ASSOCIATES = 2  # ... and the best of them searched for, for a typed word
MERGE_PAIRS = 4_000_000  # pairs counted before they are merged into the distinct ones' counts


def _passage_term_sets(db: sqlite_utils.Database) -> Iterator[set[str]]:
    """Each passage's distinct search terms, from its own text (not its article's title,
    which the index adds to every passage of the article: counted so, a title's words would
    go with every word of the article)."""
    return map(tokens.term_set, passage_texts(db))


def _g2(together: int, df_a: int, df_b: int, n: int) -> float:
    """Dunning's log-likelihood ratio for a 2x2 table of passages holding a, b, both."""
    cells = (
        (together, df_a, df_b),
        (df_a - together, df_a, n - df_b),
        (df_b - together, n - df_a, df_b),
        (n - df_a - df_b + together, n - df_a, n - df_b),
    )
    total = 0.0
    for observed, row, column in cells:
        if observed > 0:
            total += observed * math.log(observed * n / (row * column))
    return 2.0 * total


def pmi(together: int, df_a: int, df_b: int, n: int) -> float:
    """Pointwise mutual information of two terms' passages (measured as a ranking, not kept:
    docs/QUALITY.md)."""
    return math.log(together * n / (df_a * df_b))


Rank = Callable[[int, int, int, int], float]  # (together, df_a, df_b, n) -> score


def learn(
    read: Callable[[], Iterable[set[str]]], rank: Rank = _g2
) -> dict[str, list[tuple[str, int, float]]]:
    """{term: [(associate, passages together, score), ...]}, best first by rank, at most TOP each.
    read gives each passage's distinct terms, and is called twice (their frequencies first,
    then their pairs), so that no passage's terms are held in memory for the second pass."""
    import numpy as np

    n = 0
    df: dict[str, int] = {}
    for terms in read():
        n += 1
        for t in terms:
            df[t] = df.get(t, 0) + 1
    most = max(MAX_SHARE * n, COMMON_AT_LEAST)
    vocabulary = sorted(t for t, c in df.items() if MIN_DF <= c <= most)
    ids = {t: i for i, t in enumerate(vocabulary)}
    size = len(vocabulary)
    pairs = np.zeros(0, dtype=np.int64)
    together = np.zeros(0, dtype=np.int64)
    chunks: list[np.ndarray] = []
    waiting = 0

    def merge() -> None:
        nonlocal pairs, together, waiting
        keys = np.concatenate([pairs, *chunks])
        counts = np.concatenate([together, *(np.ones(len(c), dtype=np.int64) for c in chunks)])
        pairs, first = np.unique(keys, return_inverse=True)
        together = np.bincount(first, weights=counts).astype(np.int64)
        chunks.clear()
        waiting = 0

    for terms in read():
        held = sorted(ids[t] for t in terms if t in ids)
        if len(held) < 2:
            continue
        row = np.array(held, dtype=np.int64)
        first, second = np.triu_indices(len(held), 1)
        chunks.append(row[first] * size + row[second])
        waiting += len(first)
        if waiting >= MERGE_PAIRS:
            merge()
    merge()
    keep = together >= MIN_TOGETHER
    found: dict[str, list[tuple[str, int, float]]] = {}
    for key, count in zip(pairs[keep].tolist(), together[keep].tolist(), strict=True):
        a, b = vocabulary[key // size], vocabulary[key % size]
        if count * n <= df[a] * df[b]:  # no more often than chance: PMI not positive
            continue
        score = rank(count, df[a], df[b], n)
        found.setdefault(a, []).append((b, count, score))
        found.setdefault(b, []).append((a, count, score))
    return {t: sorted(found[t], key=lambda item: (-item[2], item[0]))[:TOP] for t in sorted(found)}


def rebuild(db: sqlite_utils.Database, rank: Rank = _g2) -> int:
    """Learn the associations from every passage and replace the table's rows with them, in
    one transaction; the number of rows written."""
    learned = learn(lambda: _passage_term_sets(db), rank)
    return replace(db, [(t, a, c, s) for t, found in learned.items() for a, c, s in found])


def associated(
    db: sqlite_utils.Database, unquoted: str, asked: list[str], found: list[Alternative]
) -> list[Alternative]:
    """The best ASSOCIATES associates (learned by rebuild) of each typed search term of
    unquoted (quoted words get none: a phrase stays exact) that none of found stands for: a
    word the lexicon and the store's names already bridge is not given words merely found
    near it."""
    bridged = {t for alt in found for t in tokens.terms(alt.asked)}
    wanted = set(asked) - bridged
    typed: dict[str, str] = {}
    for start, end, term in tokens.term_spans(unquoted):
        if term in wanted:
            typed.setdefault(term, unquoted[start:end])
    learned = associates(db, typed)
    return [
        Alternative(typed[term], associate, (associate,), "association")
        for term in typed
        for associate in learned.get(term, [])[:ASSOCIATES]
        if associate not in wanted
    ]
