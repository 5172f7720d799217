"""Answers about some actors kept for one state of the store: what a profile works out anew
from the stored mentions and counts on every question (the articles of a curated group, the
dates most reported about an actor or a group), reused until the store changes, or brought up
to date from the mentions an ingest added.

The state an answer is kept for: the database file (a database in memory keeps nothing: its
connection's id may be reused by another); the index generation, bumped by every ingest,
removal and reindex; the last mention's rowid, raised by any mention stored; the count of
changes that are not additions (migration m021: a mention removed or changed, an article's
audience changed, a store restored); and the actors' articles as counted per audience, which
an article posted into another conversation or made public moves (without a new generation).
Any change to what the answer is computed from makes a new state, so nothing stale is
returned. One lock: the Slack bot answers on several threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    import sqlite_utils

    from store.db import Database

T = TypeVar("T")


@dataclass(frozen=True)
class State:
    path: str
    generation: int
    last_mention: int  # the largest rowid of actor_mentions
    rewrites: int  # changes that are not additions (migration m021)
    audiences: tuple[tuple[object, ...], ...]  # (actor, team, scope, articles) of the actors

    def only_added_since(self, earlier: State) -> bool:
        """Whether the store differs from earlier only by mentions added (an ingest): nothing
        removed, changed or made visible to anyone else. Rowids only grow while nothing is
        removed, so the mentions added are exactly those past earlier.last_mention."""
        return (
            self.path == earlier.path
            and self.rewrites == earlier.rewrites
            and self.last_mention >= earlier.last_mention
        )


def state(db: Database | sqlite_utils.Database, actor_ids: Sequence[int]) -> State | None:
    """The state of the store as far as answers about these actors go (a few index reads);
    None for a database in memory."""
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    if not path:
        return None
    generation = db.conn.execute("SELECT generation FROM index_stats WHERE id = 1").fetchone()
    (last,) = db.conn.execute("SELECT max(rowid) FROM actor_mentions").fetchone()
    rewrites = db.conn.execute("SELECT n FROM rewrites WHERE id = 1").fetchone()
    audiences = db.conn.execute(
        f"SELECT actor_id, team, scope, n FROM actor_facts WHERE actor_id IN "
        f"({','.join('?' * len(actor_ids))}) AND fact = 'articles' AND value = '' "
        f"ORDER BY actor_id, team, scope",
        list(actor_ids),
    ).fetchall()
    return State(
        path,
        generation[0] if generation else 0,
        last or 0,
        rewrites[0] if rewrites else 0,
        tuple(tuple(row) for row in audiences),
    )


class GenerationCache(Generic[T]):
    """Up to `kept` answers, each under its key with the state of the store it was computed
    in; full, it starts afresh (every answer is computed again when next asked)."""

    def __init__(self, kept: int) -> None:
        self.kept = kept
        self._answers: dict[tuple[object, ...], tuple[State, T]] = {}
        self._lock = threading.Lock()

    def get(
        self,
        db: Database | sqlite_utils.Database,
        actor_ids: Sequence[int],
        key: Hashable,
        compute: Callable[[], T],
        since: Callable[[T, int], T] | None = None,
    ) -> T:
        """The answer about actor_ids under key: the one kept when the state is unchanged;
        since(answer, last mention), when given and the store only had mentions added since
        the answer kept, brings that answer up to date from the mentions past that rowid;
        else compute()."""
        now = state(db, actor_ids)
        if now is None:
            return compute()
        where = (now.path, tuple(actor_ids), key)
        with self._lock:
            kept = self._answers.get(where)
        if kept is not None and kept[0] == now:
            return kept[1]
        # outside the lock: another thread may compute it too, harmlessly
        if kept is not None and since is not None and now.only_added_since(kept[0]):
            answer = since(kept[1], kept[0].last_mention)
        else:
            answer = compute()
        if state(db, actor_ids) != now:
            # The store changed while it was computed (another connection wrote): the answer
            # may hold part of that change, so it is not kept as the answer of either state.
            return answer
        with self._lock:
            if where not in self._answers and len(self._answers) >= self.kept:
                self._answers.clear()
            self._answers[where] = (now, answer)
        return answer

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
