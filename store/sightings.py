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

if TYPE_CHECKING:
    from sqlite_utils import Database

_MENTIONS = (("a", "actor_mentions", "actor_id"), ("p", "place_mentions", "place_id"))


@dataclass(frozen=True)
class Keys:
    """A subject as the store keys it: its actor ids and its place ids."""

    actors: tuple[int, ...] = ()
    places: tuple[int, ...] = ()

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


def actors_of_events(db: Database, event_ids: Sequence[int]) -> dict[int, int]:
    """The actors named by events: {actor id: the first of the events naming it}."""
    out: dict[int, int] = {}
    ids = sorted(event_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for actor_id, event_id in db.conn.execute(
            f"SELECT actor_id, min(event_id) FROM event_actors WHERE event_id IN ({_marks(chunk)}) "
            "GROUP BY actor_id",
            chunk,
        ):
            out[actor_id] = min(event_id, out.get(actor_id, event_id))
    return out


def seen_with(
    db: Database, keys: Keys, actor_ids: Sequence[int], besides: Sequence[int], viewer: Viewer
) -> set[int]:
    """Those of actor_ids named in an event of the subject other than `besides` (in an
    article the viewer may see). Each actor's events are walked by the primary key of
    subject_events, each checked against the subject's by its primary key, up to the first."""
    where, params = viewer.where()
    skip = sorted(set(besides))
    found: set[int] = set()
    for actor_id in actor_ids:
        for kind, ids in keys.by_kind():
            row = db.conn.execute(
                f"SELECT 1 FROM subject_events s JOIN subject_events t ON t.kind = ? "
                f"AND t.subject_id IN ({_marks(ids)}) AND t.date = s.date "
                f"AND t.event_id = s.event_id JOIN articles a ON a.id = s.article_id "
                f"WHERE s.kind = 'a' AND s.subject_id = ? "
                f"AND s.event_id NOT IN ({_marks(skip)}) AND {where} LIMIT 1",
                [kind, *ids, actor_id, *skip, *params],
            ).fetchone()
            if row is not None:
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
