"""Answers about some actors kept for one state of the store: what a profile works out anew
from the stored mentions and counts on every question (the articles of a curated group, the
dates most reported about an actor or a group), reused until the store changes.

The state an answer is kept for: the database file (a database in memory keeps nothing: its
connection's id may be reused by another); the index generation, bumped by every ingest,
removal and reindex; the last mention's rowid, raised by any mention stored; and the actors'
articles as counted per audience, which an article posted into another conversation or made
public moves (without a new generation). Any change to what the answer is computed from makes
a new key, so nothing stale is returned. One lock: the Slack bot answers on several threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    import sqlite_utils

    from store.db import Database

T = TypeVar("T")


def state(
    db: Database | sqlite_utils.Database, actor_ids: Sequence[int]
) -> tuple[object, ...] | None:
    """The state of the store as far as answers about these actors go (a few index reads);
    None for a database in memory."""
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    if not path:
        return None
    generation = db.conn.execute("SELECT generation FROM index_stats WHERE id = 1").fetchone()
    (last,) = db.conn.execute("SELECT max(rowid) FROM actor_mentions").fetchone()
    audiences = db.conn.execute(
        f"SELECT actor_id, team, scope, n FROM actor_facts WHERE actor_id IN "
        f"({','.join('?' * len(actor_ids))}) AND fact = 'articles' AND value = '' "
        f"ORDER BY actor_id, team, scope",
        list(actor_ids),
    ).fetchall()
    return path, generation[0] if generation else 0, last or 0, tuple(audiences)


class GenerationCache(Generic[T]):
    """Up to `kept` answers, each under its key and the state of the store it was computed
    in; full, it starts afresh (older states' answers and current ones alike are computed
    again when asked)."""

    def __init__(self, kept: int) -> None:
        self.kept = kept
        self._answers: dict[tuple[object, ...], T] = {}
        self._lock = threading.Lock()

    def get(
        self,
        db: Database | sqlite_utils.Database,
        actor_ids: Sequence[int],
        key: Hashable,
        compute: Callable[[], T],
    ) -> T:
        """The answer about actor_ids under key, computed when this state has none."""
        now = state(db, actor_ids)
        if now is None:
            return compute()
        full = (*now, tuple(actor_ids), key)
        with self._lock:
            if full in self._answers:
                return self._answers[full]
        answer = compute()  # outside the lock: another thread may compute it too, harmlessly
        with self._lock:
            if len(self._answers) >= self.kept:
                self._answers.clear()
            self._answers[full] = answer
        return answer

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
