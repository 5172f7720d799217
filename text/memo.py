"""A bounded dictionary that computes what it lacks: the word caches of the hot loops of ingest.

Looking words up through `map(memo.__getitem__, words)` stays in C for every word seen before,
which is nearly all of them in news prose (word frequencies are Zipfian); a new word costs one
call of `compute`. Emptied when it reaches `limit` entries, so memory stays bounded on corpora
with unbounded vocabularies.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class Memo(dict[str, T]):
    def __init__(self, compute: Callable[[str], T], limit: int):
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, key: str) -> T:
        value = self._compute(key)
        if len(self) >= self._limit:
            self.clear()
        self[key] = value
        return value
