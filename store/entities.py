"""Actors, places, relations and dated events: the SQL for storing extraction results and for
the queries behind `actor` and `timeline`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlite_utils

from store.articles import EVERYONE, Viewer

# --- writing (inside the article's transaction) ----------------------------------------------


def actor_id(db: sqlite_utils.Database, key: str, name: str, kind: str, from_catalogue: bool) -> int:
    row = db.conn.execute(
        "INSERT INTO actors (key, name, kind, from_catalogue) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET key = key RETURNING id",
        (key, name, kind, int(from_catalogue))).fetchone()
    return int(row[0])


def add_actor_names(db: sqlite_utils.Database, names: Iterable[tuple[int, str, str]]) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO actor_names (actor_id, folded, surface) VALUES (?, ?, ?)", names)


def add_actor_mentions(db: sqlite_utils.Database, rows: Iterable[tuple]) -> None:
    """rows: (actor_id, article_id, start, end, sentence_start, sentence_end, role)."""
    db.conn.executemany(
        "INSERT INTO actor_mentions (actor_id, article_id, start, end, sentence_start, "
        "sentence_end, role) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def add_relations(db: sqlite_utils.Database, rows: Iterable[tuple]) -> None:
    """rows: (subject_id, predicate, object_id, article_id, start, end)."""
    db.conn.executemany(
        "INSERT INTO relations (subject_id, predicate, object_id, article_id, start, end) "
        "VALUES (?, ?, ?, ?, ?, ?)", rows)


def place_id(db: sqlite_utils.Database, key: str, name: str, kind: str, country: str | None,
             lat: float | None, lon: float | None) -> int:
    row = db.conn.execute(
        "INSERT INTO places (key, name, kind, country, lat, lon) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET key = key RETURNING id",
        (key, name, kind, country, lat, lon)).fetchone()
    return int(row[0])


def add_place_mentions(db: sqlite_utils.Database, rows: Iterable[tuple]) -> None:
    """rows: (place_id, article_id, start, end, sentence_start, sentence_end)."""
    db.conn.executemany(
        "INSERT INTO place_mentions (place_id, article_id, start, end, sentence_start, "
        "sentence_end) VALUES (?, ?, ?, ?, ?, ?)", rows)


def add_event(db: sqlite_utils.Database, article_id: int, passage_id: int | None, start: int,
              end: int, date: str | None, precision: str | None, date_how: str, date_text: str,
              sort_key: str | None, actor_ids: Iterable[int], place_ids: Iterable[int]) -> int:
    cursor = db.conn.execute(
        "INSERT INTO events (article_id, passage_id, start, end, date, precision, date_how, "
        "date_text, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, passage_id, start, end, date, precision, date_how, date_text, sort_key))
    event_id = int(cursor.lastrowid)
    db.conn.executemany("INSERT OR IGNORE INTO event_actors (actor_id, event_id) VALUES (?, ?)",
                        [(a, event_id) for a in set(actor_ids)])
    db.conn.executemany("INSERT OR IGNORE INTO event_places (place_id, event_id) VALUES (?, ?)",
                        [(p, event_id) for p in set(place_ids)])
    return event_id


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredActor:
    id: int
    key: str
    name: str
    kind: str
    from_catalogue: bool


def actor_by_key(db: sqlite_utils.Database, key: str) -> StoredActor | None:
    row = db.conn.execute("SELECT id, key, name, kind, from_catalogue FROM actors WHERE key = ?",
                          (key,)).fetchone()
    return StoredActor(*row[:4], bool(row[4])) if row else None


def actors_named(db: sqlite_utils.Database, folded: str) -> list[StoredActor]:
    rows = db.conn.execute(
        "SELECT a.id, a.key, a.name, a.kind, a.from_catalogue FROM actor_names n "
        "JOIN actors a ON a.id = n.actor_id WHERE n.folded = ? ORDER BY a.id", (folded,)).fetchall()
    return [StoredActor(*r[:4], bool(r[4])) for r in rows]


def all_actor_names(db: sqlite_utils.Database) -> list[tuple[str, int]]:
    return db.conn.execute("SELECT surface, actor_id FROM actor_names").fetchall()


def surfaces(db: sqlite_utils.Database, actor: int) -> list[str]:
    return [r[0] for r in db.conn.execute(
        "SELECT surface FROM actor_names WHERE actor_id = ? ORDER BY surface", (actor,))]


def actor_reach(db: sqlite_utils.Database, actor: int, viewer: Viewer = EVERYONE) -> dict[str, object]:
    """Mentions, articles, and first/last publication dates of the articles mentioning it."""
    where, params = viewer.where()
    mentions, articles, first, last = db.conn.execute(
        f"SELECT count(*), count(DISTINCT m.article_id), min(a.published), max(a.published) "
        f"FROM actor_mentions m JOIN articles a ON a.id = m.article_id "
        f"WHERE m.actor_id = ? AND {where}", [actor, *params]).fetchone()
    return {"mentions": mentions, "articles": articles, "first_reported": first,
            "last_reported": last}


def roles(db: sqlite_utils.Database, actor: int, viewer: Viewer = EVERYONE) -> list[tuple[str, int]]:
    where, params = viewer.where()
    return db.conn.execute(
        f"SELECT m.role, count(*) FROM actor_mentions m JOIN articles a ON a.id = m.article_id "
        f"WHERE m.actor_id = ? AND m.role IS NOT NULL AND {where} GROUP BY m.role "
        f"ORDER BY count(*) DESC", [actor, *params]).fetchall()


@dataclass(frozen=True)
class RelationRow:
    subject_id: int
    subject: str
    predicate: str
    object_id: int
    object: str
    article_id: int
    start: int
    end: int
    evidence: str


def relations_of(db: sqlite_utils.Database, actor: int, viewer: Viewer = EVERYONE,
                 limit: int = 200) -> list[RelationRow]:
    where, params = viewer.where()
    rows = db.conn.execute(
        f"SELECT r.subject_id, s.name, r.predicate, r.object_id, o.name, r.article_id, r.start, "
        f"r.end, substr(a.text, r.start + 1, r.end - r.start) "
        f"FROM relations r JOIN actors s ON s.id = r.subject_id JOIN actors o ON o.id = r.object_id "
        f"JOIN articles a ON a.id = r.article_id "
        f"WHERE (r.subject_id = ? OR r.object_id = ?) AND {where} ORDER BY r.article_id LIMIT ?",
        [actor, actor, *params, limit]).fetchall()
    return [RelationRow(*r) for r in rows]


def places_with_actor(db: sqlite_utils.Database, actor: int, viewer: Viewer = EVERYONE,
                      limit: int = 10) -> list[tuple[int, str, str | None, int]]:
    """Places named in the same sentences as the actor: (place id, name, country, sentences)."""
    where, params = viewer.where()
    return db.conn.execute(
        f"SELECT p.id, p.name, p.country, count(DISTINCT pm.article_id || ':' || pm.sentence_start) AS n "
        f"FROM actor_mentions m JOIN place_mentions pm ON pm.article_id = m.article_id "
        f"AND pm.sentence_start = m.sentence_start JOIN places p ON p.id = pm.place_id "
        f"JOIN articles a ON a.id = m.article_id "
        f"WHERE m.actor_id = ? AND {where} GROUP BY p.id ORDER BY n DESC, p.name LIMIT ?",
        [actor, *params, limit]).fetchall()


def place_by_key(db: sqlite_utils.Database, key: str) -> tuple[int, str, str, str | None] | None:
    return db.conn.execute("SELECT id, name, kind, country FROM places WHERE key = ?",
                           (key,)).fetchone()


def places_in_country(db: sqlite_utils.Database, country: str) -> list[int]:
    return [r[0] for r in db.conn.execute("SELECT id FROM places WHERE country = ?", (country,))]


def places_named(db: sqlite_utils.Database, name: str) -> list[tuple[int, str, str, str | None]]:
    return db.conn.execute("SELECT id, name, kind, country FROM places WHERE name = ? COLLATE NOCASE",
                           (name,)).fetchall()


@dataclass(frozen=True)
class EventRow:
    id: int
    article_id: int
    passage_id: int | None
    start: int
    end: int
    date: str | None
    precision: str | None
    date_how: str
    sort_key: str | None
    text: str
    date_text: str = ""


_EVENT_SELECT = ("SELECT e.id, e.article_id, e.passage_id, e.start, e.end, e.date, e.precision, "
                 "e.date_how, e.sort_key, substr(a.text, e.start + 1, e.end - e.start), e.date_text "
                 "FROM events e JOIN articles a ON a.id = e.article_id ")


def _events(db, join: str, where: str, params: Sequence[object], viewer: Viewer,
            limit: int) -> list[EventRow]:
    vwhere, vparams = viewer.where()
    rows = db.conn.execute(
        f"{_EVENT_SELECT} {join} WHERE {where} AND {vwhere} ORDER BY e.sort_key IS NULL, e.sort_key, "
        f"e.id LIMIT ?", [*params, *vparams, limit]).fetchall()
    return [EventRow(*r) for r in rows]


def events_of_actor(db, actor: int, viewer: Viewer = EVERYONE, limit: int = 5000) -> list[EventRow]:
    return _events(db, "JOIN event_actors x ON x.event_id = e.id", "x.actor_id = ?", [actor],
                   viewer, limit)


def events_of_place(db, place: int, viewer: Viewer = EVERYONE, limit: int = 5000) -> list[EventRow]:
    return _events(db, "JOIN event_places x ON x.event_id = e.id", "x.place_id = ?", [place],
                   viewer, limit)


def events_in_passages(db, passage_ids: Sequence[int], viewer: Viewer = EVERYONE,
                       limit: int = 5000) -> list[EventRow]:
    if not passage_ids:
        return []
    marks = ",".join("?" * len(passage_ids))
    return _events(db, "", f"e.passage_id IN ({marks})", list(passage_ids), viewer, limit)


def event_labels(db, event_ids: Sequence[int]) -> dict[int, tuple[list[str], list[str]]]:
    """Actor and place names of events: {event id: (actors, places)}."""
    out: dict[int, tuple[list[str], list[str]]] = {e: ([], []) for e in event_ids}
    for i in range(0, len(event_ids), 500):
        chunk = list(event_ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        for event, name in db.conn.execute(
                f"SELECT x.event_id, a.name FROM event_actors x JOIN actors a ON a.id = x.actor_id "
                f"WHERE x.event_id IN ({marks}) ORDER BY a.name", chunk):
            out[event][0].append(name)
        for event, name in db.conn.execute(
                f"SELECT x.event_id, p.name FROM event_places x JOIN places p ON p.id = x.place_id "
                f"WHERE x.event_id IN ({marks}) ORDER BY p.name", chunk):
            out[event][1].append(name)
    return out


def mention_sentences(db, actor: int, viewer: Viewer = EVERYONE,
                      limit: int = 2000) -> list[tuple[int, int, int]]:
    """(article id, sentence start, sentence end) of sentences naming the actor."""
    where, params = viewer.where()
    return db.conn.execute(
        f"SELECT DISTINCT m.article_id, m.sentence_start, m.sentence_end FROM actor_mentions m "
        f"JOIN articles a ON a.id = m.article_id WHERE m.actor_id = ? AND {where} "
        f"ORDER BY m.article_id, m.sentence_start LIMIT ?", [actor, *params, limit]).fetchall()


def passages_mentioning(db, actor: int, passage_ids: Sequence[int]) -> set[int]:
    """Those of passage_ids whose own text names the actor (not just their article's title)."""
    if not passage_ids:
        return set()
    marks = ",".join("?" * len(passage_ids))
    return {r[0] for r in db.conn.execute(
        f"SELECT DISTINCT p.id FROM passages p JOIN actor_mentions m ON m.article_id = p.article_id "
        f"AND m.start >= p.start AND m.end <= p.end WHERE m.actor_id = ? AND p.id IN ({marks})",
        [actor, *passage_ids])}
