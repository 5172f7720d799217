"""A persistent, incremental BM25 index whose scores equal rank-bm25's BM25Okapi.

Why this design (measured in docs/PERFORMANCE.md): rank-bm25 rescans every passage per query
and cannot add one without a rebuild; SQLite FTS5's bm25() has fixed parameters and poor tail
latency on frequent terms. Here each term's postings (passage id, term frequency) are stored in
blocks of BLOCK_SIZE inside SQLite, written in the same transaction as the article, read on
demand per query term and scored with numpy; passage lengths are kept apart, one dense array
for the whole index. A block stores gaps between passage ids in two bytes and frequencies in
one (three bytes a posting) unless a gap or a frequency does not fit, then ids and frequencies
whole (six bytes): frequent terms, which hold most postings, have small gaps.

BM25Okapi (Robertson et al.; rank-bm25 0.2.2, k1=1.5, b=0.75, epsilon=0.25):
    idf(t)   = ln(N - df + 0.5) - ln(df + 0.5), and where negative, epsilon * mean idf over
               the whole vocabulary
    score(d) = sum over query terms t (repeats count) of
               idf(t) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * |d| / avgdl))
The mean idf needs every term's df; a histogram of dfs makes it a sum over distinct dfs.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import struct
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import sqlite_utils

K1 = 1.5
B = 0.75
EPSILON = 0.25
BLOCK_SIZE = 320  # postings per block: a narrow block (under 1,002 bytes) stays inside its B-tree
                 # page, and rewriting the open tail block stays cheap
POSTING = np.dtype([("pid", "<u4"), ("tf", "<u2"), ("dl", "<u2")])   # decoded, with length
NARROW = np.dtype([("gap", "<u2"), ("tf", "u1")])   # format 1: after a u32 first passage id
WIDE = np.dtype([("pid", "<u4"), ("tf", "<u2")])     # format 2
LENGTHS_CHUNK = 4096   # passage lengths (u16) per row of passage_lengths
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
# Block format: b"\x01" + first passage id (u32) + n (gap u16, frequency u8) records, the first
# gap 0; or b"\x02" + n (passage id u32, frequency u16) records. Little-endian throughout.


@functools.lru_cache(maxsize=2 * BLOCK_SIZE + 2)
def _records(kind: str, n: int) -> struct.Struct:
    return struct.Struct("<" + kind * n)


def _ints(values: Sequence[int]) -> list[int]:
    """Python ints (the writer passes lists; tests and migrations may pass numpy arrays)."""
    return values if isinstance(values, list) else [int(v) for v in values]


def encode_block(pids: Sequence[int], tfs: Sequence[int]) -> bytes:
    """One block of postings: narrow (3 bytes each) when every gap and frequency fits."""
    pids, tfs = _ints(pids), _ints(tfs)
    gaps = [0, *map(operator.sub, pids[1:], pids)]
    if max(gaps) <= 0xFFFF and max(tfs) <= 0xFF:
        pairs = itertools.chain.from_iterable(zip(gaps, tfs, strict=True))
        return b"\x01" + struct.pack("<I", pids[0]) + _records("HB", len(pids)).pack(*pairs)
    pairs = itertools.chain.from_iterable(zip(pids, tfs, strict=True))
    return b"\x02" + _records("IH", len(pids)).pack(*pairs)


def _append_block(block: bytes, pids: list[int], tfs: list[int]) -> bytes:
    """block with postings appended: new records only, unless the block must become wide."""
    if block[0] == 2:
        pairs = itertools.chain.from_iterable(zip(pids, tfs, strict=True))
        return block + _records("IH", len(pids)).pack(*pairs)
    n = (len(block) - 5) // 3
    last = int.from_bytes(block[1:5], "little") + sum(_records("HB", n).unpack_from(block, 5)[0::2])
    gaps = [pids[0] - last, *map(operator.sub, pids[1:], pids)]
    if max(gaps) <= 0xFFFF and max(tfs) <= 0xFF:
        pairs = itertools.chain.from_iterable(zip(gaps, tfs, strict=True))
        return block + _records("HB", len(pids)).pack(*pairs)
    old_pids, old_tfs = _block_lists(block)
    return encode_block(old_pids + pids, old_tfs + tfs)


def _block_lists(data: bytes) -> tuple[list[int], list[int]]:
    """A block as Python lists: cheaper than numpy for the small tail blocks of writing."""
    if data[0] == 1:
        n = (len(data) - 5) // 3
        values = _records("HB", n).unpack_from(data, 5)
        first = int.from_bytes(data[1:5], "little")
        return [first + g for g in itertools.accumulate(values[0::2])], list(values[1::2])
    n = (len(data) - 1) // 6
    values = _records("IH", n).unpack_from(data, 1)
    return list(values[0::2]), list(values[1::2])


def decode_block(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(passage ids as uint32, term frequencies as uint16) of one block."""
    return _decode_blocks([data])


def _decode_blocks(blobs: Sequence[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """Consecutive blocks of one term, decoded with one running sum over all of them."""
    if len(blobs) > 1 and all(data[0] == 1 for data in blobs):
        return _decode_narrow(blobs)
    gap_parts, tf_parts = [], []
    for data in blobs:
        if data[0] == 1:
            body = np.frombuffer(data, dtype=NARROW, offset=5)
            gaps = body["gap"].astype(np.int64)
            gaps[0] = int.from_bytes(data[1:5], "little")
        else:
            body = np.frombuffer(data, dtype=WIDE, offset=1)
            gaps = np.diff(body["pid"].astype(np.int64), prepend=0)
        gap_parts.append(gaps)   # each block's sum restarts from 0: its first value is absolute
        tf_parts.append(body["tf"])
    if not gap_parts:
        return np.empty(0, dtype=np.uint32), np.empty(0, dtype=np.uint16)
    if len(gap_parts) == 1:
        return np.cumsum(gap_parts[0]).astype(np.uint32), tf_parts[0].astype(np.uint16)
    sizes = np.array([len(g) for g in gap_parts])
    total = np.cumsum(np.concatenate(gap_parts))
    before = np.concatenate([[0], total[np.cumsum(sizes)[:-1] - 1]])
    pids = total - np.repeat(before, sizes)
    return pids.astype(np.uint32), np.concatenate(tf_parts).astype(np.uint16)


def _decode_narrow(blobs: Sequence[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """Narrow blocks only (nearly every block): their records joined and decoded by numpy in
    one pass, instead of a few numpy calls per block (a frequent term has a thousand blocks)."""
    body = np.frombuffer(b"".join([data[5:] for data in blobs]), dtype=NARROW)
    sizes = np.fromiter(((len(data) - 5) // 3 for data in blobs), dtype=np.int64,
                        count=len(blobs))
    starts = np.cumsum(sizes) - sizes
    gaps = body["gap"].astype(np.int64)
    firsts = np.frombuffer(b"".join([data[1:5] for data in blobs]), dtype="<u4")
    # Each block restarts from its absolute first id: the running sum is corrected by what the
    # previous blocks added up to.
    gaps[starts] = firsts
    total = np.cumsum(gaps)
    before = np.concatenate([[0], total[starts[1:] - 1]])
    pids = total - np.repeat(before, sizes)
    return pids.astype(np.uint32), body["tf"].astype(np.uint16)


# ---------------------------------------------------------------------------------------------
# Writing (call inside the caller's transaction)


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
    new_terms = [t for t in by_term if t not in existing]
    if new_terms:
        conn.executemany(
            "INSERT INTO terms (term, df, last_block, last_block_len) VALUES (?, 0, 0, 0)",
            [(t,) for t in new_terms],
        )
        existing.update(_term_rows(conn, new_terms))

    tails = _tail_blocks(conn, [(row[0], row[2]) for t, row in existing.items()
                                if 0 < row[3] < BLOCK_SIZE])
    block_writes: list[tuple[int, int, bytes]] = []
    term_updates: list[tuple[int, int, int, int]] = []
    for t, (pids, tfs) in by_term.items():
        term_id, df, last_block, last_len = existing[t]
        added = len(pids)
        if df > 0:
            df_changes[df] -= 1
        df_changes[df + added] += 1
        block, at = last_block, 0
        if df > 0 and last_len < BLOCK_SIZE:   # the open tail block takes what fits
            room = BLOCK_SIZE - last_len
            block_writes.append((term_id, block, _append_block(tails[term_id], pids[:room],
                                                               tfs[:room])))
            last_len += min(room, added)
            at = room
        while at < added:
            if df > 0 or at > 0:
                block += 1
            block_writes.append((term_id, block, encode_block(pids[at:at + BLOCK_SIZE],
                                                              tfs[at:at + BLOCK_SIZE])))
            last_len = min(BLOCK_SIZE, added - at)
            at += BLOCK_SIZE
        term_updates.append((df + added, block, last_len, term_id))

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
    _add_lengths(conn, lengths)
    conn.execute(
        "UPDATE index_stats SET n_passages = n_passages + ?, total_terms = total_terms + ?, "
        "generation = generation + 1 WHERE id = 1",
        (len(passages), added_terms),
    )


class _FirstSeen(dict):
    """term -> its number, in order of first occurrence."""

    def __missing__(self, term: str) -> int:
        value = self[term] = len(self)
        return value


def _postings_by_term(passages: Sequence[tuple[int, Sequence[str]]],
                      occurrences: int) -> dict[str, tuple[list[int], list[int]]]:
    """term -> (passage ids, term frequencies), terms in order of first occurrence.

    Counted in numpy over the whole batch: each occurrence becomes the key term * passages +
    passage, and the distinct keys with their counts, sorted, are the postings. A Python loop
    per passage and distinct term was most of the index's write time."""
    numbers = _FirstSeen()
    term_of = np.fromiter(map(numbers.__getitem__, itertools.chain.from_iterable(
        doc_terms for _, doc_terms in passages)), dtype=np.int64, count=occurrences)
    if not occurrences:
        return {}
    passage_of = np.repeat(np.arange(len(passages), dtype=np.int64),
                           [len(doc_terms) for _, doc_terms in passages])
    keys, tfs = np.unique(term_of * len(passages) + passage_of, return_counts=True)
    terms, at = np.divmod(keys, len(passages))
    pids = np.array([pid for pid, _ in passages], dtype=np.int64)[at].tolist()
    tf_list = tfs.tolist()
    starts = np.flatnonzero(np.concatenate(([True], terms[1:] != terms[:-1])))
    bounds = [*starts.tolist(), len(keys)]
    vocabulary = list(numbers)
    return {vocabulary[t]: (pids[a:b], tf_list[a:b])
            for t, a, b in zip(terms[starts].tolist(), bounds, bounds[1:], strict=False)}


def _add_lengths(conn, lengths: list[tuple[int, int]]) -> None:
    """Write passage lengths into their chunks of the dense length array."""
    by_chunk: dict[int, list[tuple[int, int]]] = {}
    for pid, length in lengths:
        by_chunk.setdefault(pid // LENGTHS_CHUNK, []).append((pid % LENGTHS_CHUNK, length))
    writes = []
    for chunk, items in by_chunk.items():
        row = conn.execute("SELECT data FROM passage_lengths WHERE chunk = ?", (chunk,)).fetchone()
        values = np.zeros(max(at for at, _ in items) + 1, dtype="<u2")
        if row:
            old = np.frombuffer(row[0], dtype="<u2")
            if len(old) > len(values):
                values = old.copy()
            else:
                values[: len(old)] = old
        for at, length in items:
            values[at] = length
        writes.append((chunk, values.tobytes()))
    conn.executemany("INSERT OR REPLACE INTO passage_lengths (chunk, data) VALUES (?, ?)", writes)


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
    """The open block of each (term id, block). A join, not `(term_id, block) IN (VALUES ...)`:
    SQLite scans the whole postings table for the latter, so writes slowed as the index grew."""
    tails: dict[int, bytes] = {}
    for i in range(0, len(keys), 400):
        chunk = keys[i : i + 400]
        marks = ",".join("(?, ?)" for _ in chunk)
        flat = [v for key in chunk for v in key]
        for term_id, data in conn.execute(
            f"WITH wanted(term_id, block) AS (VALUES {marks}) SELECT p.term_id, p.data "
            f"FROM wanted CROSS JOIN postings p ON p.term_id = wanted.term_id "
            f"AND p.block = wanted.block", flat
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


def _blocks(db: sqlite_utils.Database, term: str) -> tuple[np.ndarray, np.ndarray]:
    return _decode_blocks([data for (data,) in db.conn.execute(
        "SELECT data FROM postings WHERE term_id = (SELECT id FROM terms WHERE term = ?) "
        "ORDER BY block", (term,))])


_lengths_cache: dict[tuple[str, int], np.ndarray] = {}


def passage_lengths(db: sqlite_utils.Database, s: Stats | None = None) -> np.ndarray:
    """Dense array: terms in each passage, by passage id (cached per generation)."""
    s = s or stats(db)
    key = (_db_identity(db), s.generation)
    with _decoded_lock:
        cached = _lengths_cache.get(key)
    if cached is not None:
        return cached
    chunks = db.conn.execute("SELECT chunk, data FROM passage_lengths ORDER BY chunk").fetchall()
    size = (chunks[-1][0] + 1) * LENGTHS_CHUNK if chunks else 0
    lengths = np.zeros(size, dtype=np.uint16)
    for chunk, data in chunks:
        values = np.frombuffer(data, dtype="<u2")
        lengths[chunk * LENGTHS_CHUNK : chunk * LENGTHS_CHUNK + len(values)] = values
    with _decoded_lock:
        _lengths_cache.clear()
        _lengths_cache[key] = lengths
    return lengths


def postings(db: sqlite_utils.Database, term: str) -> np.ndarray:
    """All (pid, tf, dl) records of a term, in passage id order."""
    pids, tfs = _blocks(db, term)
    records = np.empty(len(pids), dtype=POSTING)
    records["pid"], records["tf"] = pids, tfs
    records["dl"] = passage_lengths(db)[pids] if len(pids) else 0
    return records


def document_frequency(db: sqlite_utils.Database, term: str) -> int:
    row = db.conn.execute("SELECT df FROM terms WHERE term = ?", (term,)).fetchone()
    return row[0] if row else 0


def term_idf(s: Stats, df: int) -> float:
    value = idf(s.n_passages, df)
    return EPSILON * s.mean_idf if value < 0 else value


def saturation(tf: np.ndarray, dl: np.ndarray, avgdl: float) -> np.ndarray:
    """The per-passage factor of BM25Okapi: tf * (k1 + 1) / (tf + k1 * (1 - b + b * |d| / avgdl)),
    written as rank-bm25 writes it so that floats match."""
    tf = tf.astype(np.float64)
    return tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl.astype(np.float64) / avgdl))


# ---------------------------------------------------------------------------------------------
# Decoded postings, cached
#
# A query's cost is dominated by its most frequent terms (hundreds of thousands of postings at
# a million passages). Their decoded form (passage ids and saturation factors) is kept in an LRU
# bounded by bytes, valid for one database generation (any write changes avgdl, hence every
# factor). Twelve bytes per posting.

CACHE_BYTES = 160 * 2**20


@dataclass(frozen=True)
class Decoded:
    pids: np.ndarray          # uint32, ascending
    factors: np.ndarray       # float64 saturation per posting
    max_factor: float

    @property
    def nbytes(self) -> int:
        return self.pids.nbytes + self.factors.nbytes


_EMPTY = Decoded(np.empty(0, dtype=np.uint32), np.empty(0), 0.0)
_decoded: OrderedDict[tuple[str, int, str], Decoded] = OrderedDict()
_decoded_bytes = 0
_decoded_lock = threading.Lock()   # the Slack bot answers on several threads


def decoded(db: sqlite_utils.Database, term: str, s: Stats | None = None) -> Decoded:
    """A term's passage ids and saturation factors for the current generation (cached)."""
    global _decoded_bytes
    s = s or stats(db)
    key = (_db_identity(db), s.generation, term)
    with _decoded_lock:
        hit = _decoded.get(key)
        if hit is not None:
            _decoded.move_to_end(key)
            return hit
    pids, tfs = _blocks(db, term)
    if not len(pids):
        return _EMPTY
    factors = saturation(tfs, passage_lengths(db, s)[pids], s.avgdl)
    entry = Decoded(pids, factors, float(factors.max()))
    with _decoded_lock:
        if entry.nbytes <= CACHE_BYTES:
            stale = [k for k in _decoded if k[:2] != key[:2]]
            for k in stale:   # another generation: never valid again
                _decoded_bytes -= _decoded.pop(k).nbytes
            if key not in _decoded:
                _decoded[key] = entry
                _decoded_bytes += entry.nbytes
            while _decoded_bytes > CACHE_BYTES:
                _decoded_bytes -= _decoded.popitem(last=False)[1].nbytes
    return entry


def clear_cache() -> None:
    global _decoded_bytes
    with _decoded_lock:
        _decoded.clear()
        _lengths_cache.clear()
        _decoded_bytes = 0


# ---------------------------------------------------------------------------------------------
# Scoring


@dataclass(frozen=True)
class _Weighted:
    weight: float             # query multiplicity * idf
    postings: Decoded

    @property
    def bound(self) -> float:
        """No passage gets more than this from the term. The factor of safety covers rounding:
        a bound must never fall below a score that floats actually produce."""
        return self.weight * self.postings.max_factor * (1 + 1e-9) + 1e-12


def _weighted(db: sqlite_utils.Database, query_terms: Iterable[str], s: Stats) -> list[_Weighted]:
    counts = Counter(query_terms)
    out = []
    for t, multiplicity in counts.items():
        d = decoded(db, t, s)
        if len(d.pids):
            out.append(_Weighted(multiplicity * term_idf(s, len(d.pids)), d))
    return out


def score(db: sqlite_utils.Database, query_terms: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    """BM25Okapi scores of every passage containing at least one query term.

    Returns (passage ids, scores), unsorted. Repeated query terms count again, as in rank-bm25.
    """
    s = stats(db)
    if not s.n_passages:
        return np.empty(0, dtype=np.uint32), np.empty(0)
    lists = _weighted(db, query_terms, s)
    if not lists:
        return np.empty(0, dtype=np.uint32), np.empty(0)
    ids = np.unique(np.concatenate([w.postings.pids for w in lists]))
    scores = np.zeros(len(ids))
    for w in lists:
        scores[np.searchsorted(ids, w.postings.pids)] += w.weight * w.postings.factors
    return ids, scores


def top(db: sqlite_utils.Database, query_terms: Iterable[str], k: int) -> list[tuple[int, float]]:
    """The k best (passage id, score), best first; ties broken by passage id.

    Exactly the k best of score(), found with MaxScore pruning (Turtle & Flood 1995) when every
    term weight is positive: terms are taken in decreasing order of their score bound; once the
    bounds of the terms left sum to less than the k-th best score so far, no passage outside
    the candidates can enter the top k, and the remaining terms are only looked up (binary
    search) for candidates that can still make it.
    """
    s = stats(db)
    if not s.n_passages or k <= 0:
        return []
    lists = _weighted(db, query_terms, s)
    if not lists:
        return []
    if any(w.weight <= 0 for w in lists):   # tiny corpora: epsilon * a negative mean idf
        return _top_of(*score(db, query_terms), k)
    ids, scores, _ = _maxscore(lists, k)
    return _top_of(ids, scores, k)


def _top_of(ids: np.ndarray, scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    if not len(ids):
        return []
    if len(ids) > k:
        keep = np.argpartition(-scores, k - 1)[:k]
        # Ties at the k-th score are broken by passage id: take every tied passage, then cut.
        kth = scores[keep].min()
        keep = np.flatnonzero(scores >= kth)
        ids, scores = ids[keep], scores[keep]
    order = np.lexsort((ids, -scores))[:k]
    return [(int(ids[i]), float(scores[i])) for i in order]


def _kth_largest(values: np.ndarray, k: int) -> float:
    if len(values) < k:
        return 0.0
    return float(np.partition(values, len(values) - k)[len(values) - k])


def _maxscore(lists: list[_Weighted], k: int) -> tuple[np.ndarray, np.ndarray, int]:
    """(ids, scores) of a candidate set that holds every passage of the true top k, with
    exact scores, and how many terms were merged whole (the rest were only looked up)."""
    lists = sorted(lists, key=lambda w: -w.bound)
    rest = [0.0] * (len(lists) + 1)   # rest[i]: sum of the bounds of lists[i:]
    for i in range(len(lists) - 1, -1, -1):
        rest[i] = rest[i + 1] + lists[i].bound
    size = max(int(w.postings.pids[-1]) for w in lists) + 1
    acc = np.zeros(size)
    theta = 0.0   # a lower bound of the k-th best final score
    i = 0
    # Union phase: every passage of these terms is a candidate.
    while i < len(lists) and (theta == 0.0 or rest[i] >= theta):
        w = lists[i]
        acc[w.postings.pids] += w.weight * w.postings.factors   # ids are unique within a term
        # Partial scores only grow, so the k-th best over this term's passages bounds theta.
        theta = max(theta, _kth_largest(acc[w.postings.pids], k))
        i += 1
    # Lookup phase: only passages that can still reach theta, and only by binary search.
    floor = theta - rest[i]
    ids = np.flatnonzero(acc > max(floor, 0.0)) if floor <= 0 else np.flatnonzero(acc >= floor)
    scores = acc[ids]
    ids = ids.astype(np.uint32)
    for j in range(i, len(lists)):
        w = lists[j]
        at = np.searchsorted(w.postings.pids, ids)
        inside = at < len(w.postings.pids)
        hit = np.zeros(len(ids), dtype=bool)
        hit[inside] = w.postings.pids[at[inside]] == ids[inside]
        scores[hit] += w.weight * w.postings.factors[at[hit]]
        theta = max(theta, _kth_largest(scores, k))
        keep = scores + rest[j + 1] >= theta
        ids, scores = ids[keep], scores[keep]
    return ids, scores, i
