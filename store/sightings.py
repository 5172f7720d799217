"""What a briefing asks of the store about one subject (actors and places given by id): its
events dated in a window, the articles about it that arrived after a given one, the first
article that named it, and which other actors were already seen with it.

Every query is for a Viewer: an article of a private conversation never counts elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from store.articles import Viewer
from store.batches import in_batches

if TYPE_CHECKING:
    from sqlite_utils import Database

_MENTIONS = (("a", "actor_mentions", "actor_id"), ("p", "place_mentions", "place_id"))


@dataclass(frozen=True)
class Keys:
    """A subject as the store keys it: its actor ids and its place ids."""

    actors: tuple[int, ...] = ()
    places: tuple[int, ...] = ()
    # A country's places are every place in it: its events are also kept under one key of
    # scope_events ('c:SY'), where one probe tells whether an event is in it.
    country: str | None = None

    def by_kind(self) -> list[tuple[str, tuple[int, ...]]]:
        return [(k, ids) for k, ids in (("a", self.actors), ("p", self.places)) if ids]


@dataclass(frozen=True)
class WindowEvent:
    id: int
    date: str
    article_id: int


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def events_dated(
    db: Database, keys: Keys, first_day: str, last_day: str, values: Sequence[str], viewer: Viewer
) -> list[WindowEvent]:
    """The subject's events dated on a day in [first_day, last_day] (ISO days), or with one of
    `values` (the weeks and months that lie inside it), in articles the viewer may see; near
    copies of an article (duplicate_of) are left out."""
    where, params = viewer.where()
    seen: dict[int, WindowEvent] = {}
    for kind, ids in keys.by_kind():
        # Day values sort between the window's ends; a week (2017-W23) or a month never does.
        dated = "(s.date BETWEEN ? AND ?" + (
            f" OR s.date IN ({_marks(values)}))" if values else ")"
        )
        rows = db.conn.execute(
            f"SELECT s.event_id, s.date, s.article_id FROM subject_events s "
            f"JOIN articles a ON a.id = s.article_id WHERE s.kind = ? "
            f"AND s.subject_id IN ({_marks(ids)}) AND {dated} "
            f"AND a.duplicate_of IS NULL AND {where}",
            [kind, *ids, first_day, last_day + "~", *values, *params],
        )
        for event_id, date, article_id in rows:
            seen.setdefault(event_id, WindowEvent(event_id, date, article_id))
    return sorted(seen.values(), key=lambda e: e.id)


def articles_after(db: Database, keys: Keys, after: int, viewer: Viewer) -> int:
    """How many articles naming the subject arrived after article `after` (near copies not
    counted: a wire story carried by five outlets is one burst article, not five)."""
    where, params = viewer.where()
    parts, args = [], []
    for kind, table, column in _MENTIONS:
        ids = keys.actors if kind == "a" else keys.places
        if ids:
            parts.append(
                f"SELECT m.article_id FROM {table} m WHERE m.{column} IN ({_marks(ids)}) "
                "AND m.article_id > ?"
            )
            args += [*ids, after]
    if not parts:
        return 0
    row = db.conn.execute(
        f"SELECT count(*) FROM articles a WHERE a.id IN ({' UNION '.join(parts)}) "
        f"AND a.duplicate_of IS NULL AND {where}",
        [*args, *params],
    ).fetchone()
    return int(row[0])


def first_article(db: Database, keys: Keys, viewer: Viewer) -> int | None:
    """The first article (by arrival: the lowest id) naming the subject that the viewer may
    see. One indexed probe per id, stopping at the first visible article."""
    where, params = viewer.where()
    best: int | None = None
    for kind, table, column in _MENTIONS:
        for one in keys.actors if kind == "a" else keys.places:
            bound = "" if best is None else f" AND m.article_id < {int(best)}"
            row = db.conn.execute(
                f"SELECT m.article_id FROM {table} m JOIN articles a ON a.id = m.article_id "
                f"WHERE m.{column} = ?{bound} AND {where} ORDER BY m.article_id LIMIT 1",
                [one, *params],
            ).fetchone()
            if row is not None:
                best = int(row[0])
    return best


def actors_of_events(db: Database, event_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    """The actors named by events: {actor id: (the first of the events naming it, how many)}."""
    out: dict[int, tuple[int, int]] = {}
    ids = sorted(event_ids)
    for chunk, marks in in_batches(ids):
        for actor_id, event_id, n in db.conn.execute(
            f"SELECT actor_id, min(event_id), count(*) FROM event_actors "
            f"WHERE event_id IN ({marks}) GROUP BY actor_id",
            chunk,
        ):
            first, before = out.get(actor_id, (event_id, 0))
            out[actor_id] = (min(first, event_id), before + n)
    return out


def seen_with(
    db: Database, keys: Keys, actors: dict[int, int], besides: set[int], viewer: Viewer
) -> set[int]:
    """Those of the actors ({actor id: how many of `besides` name it}) named in an event of
    the subject other than `besides` (in an article the viewer may see; near copies, which
    `events_dated` leaves out, are left out here too). Each actor's events are walked by the
    primary key of subject_events, each checked against the subject's by its primary key;
    one more than the actor's events in `besides` is enough to know."""
    where, params = viewer.where()
    queries: list[tuple[str, list[object]]] = []
    for kind, ids in keys.by_kind():
        if kind == "p" and keys.country:
            inner = (
                "SELECT 1 FROM scope_events t WHERE t.subject = ? AND t.date = s.date "
                "AND t.event_id = s.event_id AND t.level = 0"
            )
            head: list[object] = [f"c:{keys.country}"]
        else:
            inner = (
                f"SELECT 1 FROM subject_events t WHERE t.kind = ? AND t.subject_id IN "
                f"({_marks(ids)}) AND t.date = s.date AND t.event_id = s.event_id"
            )
            head = [kind, *ids]
        queries.append(
            (
                f"SELECT s.event_id FROM subject_events s JOIN articles a ON a.id = s.article_id "
                f"WHERE EXISTS ({inner}) AND s.kind = 'a' AND s.subject_id = ? "
                f"AND a.duplicate_of IS NULL AND {where} LIMIT ?",
                head,
            )
        )
    found: set[int] = set()
    for actor_id, among in actors.items():
        for sql, head in queries:
            rows = db.conn.execute(sql, [*head, actor_id, *params, among + 1]).fetchall()
            if any(row[0] not in besides for row in rows):
                found.add(actor_id)
                break
    return found


def article_arrival(db: Database, article_id: int) -> str | None:
    """When an article was added to the store (ISO time): bookkeeping, never its date."""
    row = db.conn.execute("SELECT ingested_at FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None


def actor_names(db: Database, actor_ids: Sequence[int]) -> dict[int, str]:
    ids = list(actor_ids)
    if not ids:
        return {}
    return dict(db.conn.execute(f"SELECT id, name FROM actors WHERE id IN ({_marks(ids)})", ids))
