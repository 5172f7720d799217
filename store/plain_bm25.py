"""BM25 top k in plain Python, for a process that asks one question about few postings.

store/index/ scores with numpy, whose import alone costs a command line about 0.1 s, two to
three times Python's own start. A query whose terms have few postings in all (the seed store,
or rare words in a large one) is scored here instead, reading the same tables and doing the
same floating-point operations in the same order, so scores and ranks are identical to
`index.top` (tests/store/test_plain_bm25.py compares them). A process that has already loaded
store/index/ (the Slack bot, a benchmark) keeps using it and its caches.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import sqlite3
import struct
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

# store/index/'s parameters and layout (checked equal by the tests).
K1 = 1.5
B = 0.75
EPSILON = 0.25
LENGTHS_CHUNK = 4096
MAX_PASSAGE_TERMS = 0xFFFF  # the most terms indexed for one passage (lengths are 16 bits)
# Beyond this many postings in all, numpy's start-up pays for itself: here a posting costs
# about 0.7 us (16-23 ms for the 23,000-24,600 postings of the most frequent actor's names on
# the 2,852 conflict articles), importing numpy and store/index/ 70-90 ms (same host, same run).
MAX_POSTINGS = 80_000


def _index_loaded() -> bool:
    return "store.index" in sys.modules


def _idf(n_passages: int, df: int) -> float:
    return math.log(n_passages - df + 0.5) - math.log(df + 0.5)


# Three kinds of n up to store/index/codec.py's BLOCK_SIZE (320), and a few to spare.
@functools.lru_cache(maxsize=3 * 320 + 3)
def block_records(kind: str, n: int) -> struct.Struct:
    """n records of a posting block: "HB" narrow, "IH" wide, "Hx" a narrow block's gaps alone.
    Made once: building the format for each block costs a fifth of decoding it."""
    return struct.Struct("<" + kind * n)


def block_postings(data: bytes) -> tuple[list[int], list[int]]:
    """One block as Python lists (store/index/codec.py decodes a term's blocks with numpy):
    narrow (first id, then u16 gaps and u8 frequencies) or wide (u32, u16)."""
    if data[0] == 1:
        values = block_records("HB", (len(data) - 5) // 3).unpack_from(data, 5)
        first = int.from_bytes(data[1:5], "little")
        return [first + g for g in itertools.accumulate(values[0::2])], list(values[1::2])
    values = block_records("IH", (len(data) - 1) // 6).unpack_from(data, 1)
    return list(values[0::2]), list(values[1::2])


def posting_blocks(conn: sqlite3.Connection, term: str) -> Iterator[bytes]:
    """A term's posting blocks, in order, as stored (store/index/codec.py's format): the one
    reading of them, decoded block by block here (block_postings) and in store/term_postings.py,
    all at once with numpy in store/index/reader.py."""
    for (data,) in conn.execute(
        "SELECT data FROM postings WHERE term_id = (SELECT id FROM terms WHERE term = ?) "
        "ORDER BY block",
        (term,),
    ):
        yield data


def _words(item: str | tuple[str, ...]) -> tuple[str, ...]:
    """The terms of one query item: a term, or a group of terms scored as one."""
    return (item,) if isinstance(item, str) else tuple(dict.fromkeys(item))


def _postings(conn: sqlite3.Connection, terms: list[str]) -> tuple[list[int], list[int]]:
    """The postings of one term, or of a group of terms merged (frequencies summed), by id."""
    pids: list[int] = []
    tfs: list[int] = []
    for term in terms:
        for data in posting_blocks(conn, term):
            more_pids, more_tfs = block_postings(data)
            pids += more_pids
            tfs += more_tfs
    if len(terms) > 1:
        merged: dict[int, int] = {}
        for pid, tf in zip(pids, tfs, strict=True):
            merged[pid] = merged.get(pid, 0) + tf
        pids = sorted(merged)
        tfs = [merged[pid] for pid in pids]
    return pids, tfs


def top(
    db: sqlite_utils.Database, query_terms: Iterable[str | tuple[str, ...]], k: int
) -> list[tuple[int, float]] | None:
    """index.top(db, query_terms, k), or None when it should be asked instead (store/index/
    already loaded, or too many postings to score without numpy). A tuple is a group of terms
    scored as one, as store/index/reader.decoded scores it: a passage's frequency the sum of
    theirs, its idf that of the passages holding any of them."""
    if _index_loaded():
        return None
    conn = db.conn
    counts = Counter(query_terms)
    row = conn.execute("SELECT n_passages, total_terms FROM index_stats WHERE id = 1").fetchone()
    n, total = row if row else (0, 0)
    if not n or k <= 0:
        return []
    words = list(dict.fromkeys(w for item in counts for w in _words(item)))
    marks = ",".join("?" * len(words))
    found = dict(conn.execute(f"SELECT term, df FROM terms WHERE term IN ({marks})", words))
    if sum(found.values()) > MAX_POSTINGS:
        return None
    if not found:
        return []
    avgdl = total / n
    mean_idf: float | None = None
    lengths: dict[int, array[int]] = {}  # chunk -> passage lengths, padded to LENGTHS_CHUNK
    norms: dict[int, float] = {}  # passage length -> its term of the saturation's denominator

    lists = []  # (weight, pids, factors), in the order of the query's distinct terms
    for item in counts:
        pids, tfs = _postings(conn, [w for w in _words(item) if w in found])
        if not pids:
            continue
        value = _idf(n, len(pids))
        if value < 0:
            if mean_idf is None:
                mean_idf = _mean_idf(conn, n)
            value = EPSILON * mean_idf
        for chunk in {pid // LENGTHS_CHUNK for pid in pids} - lengths.keys():
            lengths[chunk] = _lengths(conn, chunk)
        sizes = [lengths[pid // LENGTHS_CHUNK][pid % LENGTHS_CHUNK] for pid in pids]
        for size in set(sizes) - norms.keys():
            # index.saturation's formula, operation for operation, so that floats match: the
            # part that depends on the length alone is worked out once per distinct length.
            norms[size] = K1 * (1 - B + B * float(size) / avgdl)
        factors = [
            tf * (K1 + 1) / (tf + norms[size])
            for size, tf in zip(sizes, map(float, tfs), strict=True)
        ]
        lists.append((counts[item] * value, pids, factors))
    if not lists:
        return []
    if all(weight > 0 for weight, _, _ in lists):
        # index.top's MaxScore adds the terms in decreasing order of their score bound.
        lists.sort(key=lambda w: -(w[0] * max(w[2]) * (1 + 1e-9) + 1e-12))
    scores: dict[int, float] = {}
    get = scores.get
    for weight, pids, factors in lists:
        for pid, factor in zip(pids, factors, strict=True):
            scores[pid] = get(pid, 0.0) + weight * factor
    # the first k of sorted(...): the same passages in the same order, without sorting all
    return heapq.nsmallest(k, scores.items(), key=lambda item: (-item[1], item[0]))


def _lengths(conn: sqlite3.Connection, chunk: int) -> array[int]:
    """One chunk of passage lengths (u16), padded with zeros: a passage past the stored
    lengths counts as empty, as in store/index/."""
    data = conn.execute("SELECT data FROM passage_lengths WHERE chunk = ?", (chunk,)).fetchone()
    values = array("H", data[0] if data else b"")
    if sys.byteorder != "little":
        values.byteswap()
    if len(values) < LENGTHS_CHUNK:
        values.extend([0] * (LENGTHS_CHUNK - len(values)))
    return values


def _mean_idf(conn: sqlite3.Connection, n: int) -> float:
    idf_sum, vocabulary = 0.0, 0
    for df, n_terms in conn.execute("SELECT df, n_terms FROM df_histogram"):
        idf_sum += n_terms * _idf(n, df)
        vocabulary += n_terms
    return idf_sum / vocabulary if vocabulary else 0.0
