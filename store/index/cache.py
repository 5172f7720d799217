"""What the index keeps in memory between queries, for one database, behind one lock.

A query's cost is dominated by its most frequent terms (hundreds of thousands of postings at
a million passages). Their decoded form (passage ids and saturation factors) is kept in an LRU
bounded by bytes (twelve bytes a posting), with the corpus statistics and the passage lengths.
Everything is valid for one index generation: any write changes avgdl, hence every factor, so
a new generation empties the cache. One database is cached at a time (a process serves one
store); asking for another replaces the cache.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from store.index.scoring import Floats, Ids, Stats

if TYPE_CHECKING:  # only for annotations: importing it costs start-up time
    import sqlite_utils

CACHE_BYTES = 160 * 2**20


@dataclass(frozen=True)
class Decoded:
    pids: Ids  # uint32, ascending
    factors: Floats  # float64 saturation per posting
    max_factor: float

    @property
    def nbytes(self) -> int:
        return int(self.pids.nbytes + self.factors.nbytes)


EMPTY = Decoded(np.empty(0, dtype=np.uint32), np.empty(0), 0.0)


class IndexCache:
    """Statistics, passage lengths and decoded postings of one database's current generation.
    The Slack bot answers on several threads: every read and change holds the lock; the work
    of filling an entry is done outside it."""

    def __init__(self, path: str, connection: sqlite3.Connection | None) -> None:
        self.path = path  # the database file; "" in memory
        self.connection = connection  # in memory: the database is this connection
        self._lock = threading.Lock()
        self._generation = -2
        self._stats: Stats | None = None
        self._lengths: npt.NDArray[np.uint16] | None = None
        self._decoded: OrderedDict[str, Decoded] = OrderedDict()
        self._decoded_bytes = 0

    def is_for(self, path: str, connection: sqlite3.Connection) -> bool:
        return path == self.path and (bool(path) or connection is self.connection)

    def _at(self, generation: int) -> None:
        """Forget everything of an older generation (called with the lock held)."""
        if generation != self._generation:
            self._generation = generation
            self._stats, self._lengths = None, None
            self._decoded.clear()
            self._decoded_bytes = 0

    def stats(self, generation: int, compute: Callable[[], Stats]) -> Stats:
        with self._lock:
            self._at(generation)
            cached = self._stats
        if cached is not None:
            return cached
        result = compute()
        with self._lock:
            if generation == self._generation:
                self._stats = result
        return result

    def lengths(
        self, generation: int, compute: Callable[[], npt.NDArray[np.uint16]]
    ) -> npt.NDArray[np.uint16]:
        with self._lock:
            self._at(generation)
            cached = self._lengths
        if cached is not None:
            return cached
        result = compute()
        with self._lock:
            if generation == self._generation:
                self._lengths = result
        return result

    def decoded(self, generation: int, term: str, compute: Callable[[], Decoded]) -> Decoded:
        with self._lock:
            self._at(generation)
            hit = self._decoded.get(term)
            if hit is not None:
                self._decoded.move_to_end(term)
                return hit
        entry = compute()
        if entry is EMPTY:
            return entry
        with self._lock:
            if generation == self._generation and entry.nbytes <= CACHE_BYTES:
                if term not in self._decoded:
                    self._decoded[term] = entry
                    self._decoded_bytes += entry.nbytes
                while self._decoded_bytes > CACHE_BYTES:
                    self._decoded_bytes -= self._decoded.popitem(last=False)[1].nbytes
        return entry

    def clear(self) -> None:
        with self._lock:
            self._at(-1)  # no generation is -1: the next question fills the cache anew


_current: IndexCache | None = None
_current_lock = threading.Lock()


def cache_for(db: sqlite_utils.Database) -> IndexCache:
    """The cache of db's database, made (replacing another database's) when first asked."""
    global _current
    path = db.conn.execute("PRAGMA database_list").fetchone()[2] or ""
    with _current_lock:
        if _current is None or not _current.is_for(path, db.conn):
            _current = IndexCache(path, None if path else db.conn)
        return _current


def clear_cache() -> None:
    """Forget everything cached: statistics, passage lengths and decoded postings."""
    with _current_lock:
        if _current is not None:
            _current.clear()
