"""Actors, places, relations and dated events: the SQL of the queries behind `actor` and
`timeline` (store/writer.py writes them)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from store.articles import EVERYONE, Viewer
from store.rows import SALIENCE_COUNTS

if TYPE_CHECKING:
    import sqlite_utils

# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredActor:
    id: int
    key: str
    name: str
    kind: str
    from_catalogue: bool


def actor_by_key(db: sqlite_utils.Database, key: str) -> StoredActor | None:
    row = db.conn.execute(
        "SELECT id, key, name, kind, from_catalogue FROM actors WHERE key = ?", (key,)
    ).fetchone()
    return StoredActor(row[0], row[1], row[2], row[3], bool(row[4])) if row else None


def actors_named(db: sqlite_utils.Database, folded: str) -> list[StoredActor]:
    rows = db.conn.execute(
        "SELECT a.id, a.key, a.name, a.kind, a.from_catalogue FROM actor_names n "
        "JOIN actors a ON a.id = n.actor_id WHERE n.folded = ? ORDER BY a.id",
        (folded,),
    ).fetchall()
    return [StoredActor(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def all_actor_names(db: sqlite_utils.Database) -> list[tuple[str, int]]:
    return db.conn.execute("SELECT surface, actor_id FROM actor_names").fetchall()


def surfaces(db: sqlite_utils.Database, actor: int) -> list[str]:
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT surface FROM actor_names WHERE actor_id = ? ORDER BY surface", (actor,)
        )
    ]


def _facts(
    db: sqlite_utils.Database,
    actor: int,
    fact: str,
    viewer: Viewer,
    order: str = "n DESC, value",
    limit: int = -1,
) -> list[tuple[str, int]]:
    where, params = viewer.counts_where("f")
    return db.conn.execute(
        f"SELECT value, sum(n) AS n FROM actor_facts f WHERE f.actor_id = ? AND f.fact = ? "
        f"AND {where} GROUP BY value ORDER BY {order} LIMIT ?",
        [actor, fact, *params, limit],
    ).fetchall()


def actor_reach(
    db: sqlite_utils.Database, actor: int, viewer: Viewer = EVERYONE
) -> dict[str, object]:
    """Mentions, articles, and first/last publication dates of the articles mentioning it
    (from the counts kept at ingest: constant time for the most frequent actor too)."""
    mentions = _facts(db, actor, "mentions", viewer)
    articles = _facts(db, actor, "articles", viewer)
    first = _facts(db, actor, "published", viewer, order="value", limit=1)
    last = _facts(db, actor, "published", viewer, order="value DESC", limit=1)
    return {
        "mentions": mentions[0][1] if mentions else 0,
        "articles": articles[0][1] if articles else 0,
        "first_reported": first[0][0] if first else None,
        "last_reported": last[0][0] if last else None,
    }


def roles(
    db: sqlite_utils.Database, actor: int, viewer: Viewer = EVERYONE
) -> list[tuple[str, int]]:
    return _facts(db, actor, "role", viewer)


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


def relations_of(
    db: sqlite_utils.Database, actor: int, viewer: Viewer = EVERYONE, limit: int = 200
) -> list[RelationRow]:
    """Relations with the actor as subject or object, earliest stored first (rows are stored
    in article order), read from each side's index up to limit."""
    where, params = viewer.where()
    select = (
        "SELECT r.rowid, r.subject_id, s.name, r.predicate, r.object_id, o.name, "
        "r.article_id, r.start, r.end, substr(a.text, r.start + 1, r.end - r.start) "
        "FROM relations r JOIN actors s ON s.id = r.subject_id "
        "JOIN actors o ON o.id = r.object_id JOIN articles a ON a.id = r.article_id "
    )
    rows = db.conn.execute(
        f"SELECT * FROM (SELECT * FROM ({select} WHERE r.subject_id = ? AND {where} "
        f"ORDER BY r.rowid LIMIT ?) UNION ALL SELECT * FROM ({select} WHERE r.object_id = ? "
        f"AND r.subject_id != ? AND {where} ORDER BY r.rowid LIMIT ?)) ORDER BY 1 LIMIT ?",
        [actor, *params, limit, actor, actor, *params, limit, limit],
    ).fetchall()
    return [RelationRow(*r[1:]) for r in rows]


@dataclass(frozen=True)
class RelationSupport:
    subject_id: int
    subject: str
    predicate: str
    object_id: int
    object: str
    articles: int  # independent articles stating it: near-duplicate copies count once


def strongest_relations(
    db: sqlite_utils.Database, actor: int, viewer: Viewer = EVERYONE, limit: int = 60
) -> list[RelationSupport]:
    """Relations with the actor as subject or object, the most supported first."""
    where, params = viewer.where()
    side = (
        "SELECT r.subject_id, r.predicate, r.object_id, "
        "coalesce(a.duplicate_of, a.id) AS source FROM relations r "
        f"JOIN articles a ON a.id = r.article_id WHERE r.{{}} = ? AND {where}"
    )
    rows = db.conn.execute(
        f"SELECT g.subject_id, s.name, g.predicate, g.object_id, o.name, "
        f"count(DISTINCT g.source) AS n FROM ({side.format('subject_id')} UNION ALL "
        f"{side.format('object_id')} AND r.subject_id != r.object_id) g "
        f"JOIN actors s ON s.id = g.subject_id JOIN actors o ON o.id = g.object_id "
        f"GROUP BY g.subject_id, g.predicate, g.object_id "
        f"ORDER BY n DESC, s.name, g.predicate, o.name LIMIT ?",
        [actor, *params, actor, *params, limit],
    ).fetchall()
    return [RelationSupport(*row) for row in rows]


def relation_evidence(
    db: sqlite_utils.Database,
    subject: int,
    predicate: str,
    obj: int,
    viewer: Viewer = EVERYONE,
    limit: int = 3,
) -> list[tuple[int, str]]:
    """(article id, sentence) stating one relation, one per independent article, earliest
    stored first."""
    where, params = viewer.where()
    rows = db.conn.execute(
        f"SELECT r.article_id, substr(a.text, r.start + 1, r.end - r.start), "
        f"coalesce(a.duplicate_of, a.id) FROM relations r JOIN articles a ON a.id = r.article_id "
        f"WHERE r.subject_id = ? AND r.predicate = ? AND r.object_id = ? AND {where} "
        f"ORDER BY r.rowid LIMIT 200",
        [subject, predicate, obj, *params],
    ).fetchall()
    out: list[tuple[int, str]] = []
    sources: set[int] = set()
    for article_id, sentence, source in rows:
        if source not in sources:
            sources.add(source)
            out.append((article_id, sentence))
            if len(out) == limit:
                break
    return out


def places_with_actor(
    db: sqlite_utils.Database, actor: int, viewer: Viewer = EVERYONE, limit: int = 10
) -> list[tuple[int, str, str | None, int]]:
    """Places named in the same sentences as the actor: (place id, name, country, sentences)."""
    return [row[:4] for row in places_of_actor(db, actor, viewer, limit)]


def places_of_actor(
    db: sqlite_utils.Database, actor: int, viewer: Viewer = EVERYONE, limit: int = 10
) -> list[tuple[int, str, str | None, int, str]]:
    """places_with_actor with each place's kind (city, province, country, ...) last."""
    where, params = viewer.counts_where("f")
    return db.conn.execute(
        f"SELECT p.id, p.name, p.country, sum(f.n) AS n, p.kind FROM actor_facts f "
        f"JOIN places p ON p.id = CAST(f.value AS INTEGER) "
        f"WHERE f.actor_id = ? AND f.fact = 'place' AND {where} "
        f"GROUP BY p.id ORDER BY n DESC, p.name LIMIT ?",
        [actor, *params, limit],
    ).fetchall()


def place_by_key(db: sqlite_utils.Database, key: str) -> tuple[int, str, str, str | None] | None:
    return db.conn.execute(
        "SELECT id, name, kind, country FROM places WHERE key = ?", (key,)
    ).fetchone()


def places_in_country(db: sqlite_utils.Database, country: str) -> list[int]:
    return [r[0] for r in db.conn.execute("SELECT id FROM places WHERE country = ?", (country,))]


def places_named(db: sqlite_utils.Database, name: str) -> list[tuple[int, str, str, str | None]]:
    return db.conn.execute(
        "SELECT id, name, kind, country FROM places WHERE name = ? COLLATE NOCASE", (name,)
    ).fetchall()


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


_EVENT_SELECT = (
    "SELECT e.id, e.article_id, e.passage_id, e.start, e.end, e.date, e.precision, "
    "e.date_how, e.sort_key, substr(a.text, e.start + 1, e.end - e.start), "
    "e.date_text "
    "FROM events e JOIN articles a ON a.id = e.article_id "
)


def _events(
    db, join: str, where: str, params: Sequence[object], viewer: Viewer, limit: int
) -> list[EventRow]:
    vwhere, vparams = viewer.where()
    rows = db.conn.execute(
        f"{_EVENT_SELECT} {join} WHERE {where} AND {vwhere} "
        f"ORDER BY e.sort_key IS NULL, e.sort_key, "
        f"e.id LIMIT ?",
        [*params, *vparams, limit],
    ).fetchall()
    return [EventRow(*r) for r in rows]


def events_in_passages(
    db, passage_ids: Sequence[int], viewer: Viewer = EVERYONE, limit: int = 5000
) -> list[EventRow]:
    if not passage_ids:
        return []
    marks = ",".join("?" * len(passage_ids))
    return _events(db, "", f"e.passage_id IN ({marks})", list(passage_ids), viewer, limit)


def passage_texts(db, passage_ids: Sequence[int]) -> dict[int, tuple[int, str]]:
    """{passage id: (article id, its text)}."""
    out: dict[int, tuple[int, str]] = {}
    for i in range(0, len(passage_ids), 500):
        chunk = list(passage_ids[i : i + 500])
        for pid, article, text in db.conn.execute(
            f"SELECT p.id, p.article_id, substr(a.text, p.start + 1, p.end - p.start) "
            f"FROM passages p JOIN articles a ON a.id = p.article_id "
            f"WHERE p.id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[pid] = (article, text)
    return out


def passage_ranges(db, article_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    """{article id: (its first passage id, its number of passages)}."""
    out: dict[int, tuple[int, int]] = {}
    for i in range(0, len(article_ids), 500):
        chunk = list(article_ids[i : i + 500])
        for article, first, n in db.conn.execute(
            f"SELECT article_id, first, passages FROM passage_ranges "
            f"WHERE article_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[article] = (first, n)
    return out


def events_of_articles(
    db, ranges: dict[int, tuple[int, int]], viewer: Viewer = EVERYONE
) -> list[EventRow]:
    """Events of the articles whose passage ranges are given (by the passage index)."""
    vwhere, vparams = viewer.where()
    out: list[EventRow] = []
    for first, n in ranges.values():
        out += [
            EventRow(*r)
            for r in db.conn.execute(
                f"{_EVENT_SELECT} WHERE e.passage_id BETWEEN ? AND ? AND {vwhere} ORDER BY e.id",
                [first, first + n - 1, *vparams],
            )
        ]
    return out


def event_labels(db, event_ids: Sequence[int]) -> dict[int, tuple[list[str], list[str]]]:
    """Actor and place names of events: {event id: (actors, places)}."""
    out: dict[int, tuple[list[str], list[str]]] = {e: ([], []) for e in event_ids}
    for i in range(0, len(event_ids), 500):
        chunk = list(event_ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        for event, name in db.conn.execute(
            f"SELECT x.event_id, a.name FROM event_actors x JOIN actors a ON a.id = x.actor_id "
            f"WHERE x.event_id IN ({marks}) ORDER BY a.name",
            chunk,
        ):
            out[event][0].append(name)
        for event, name in db.conn.execute(
            f"SELECT x.event_id, p.name FROM event_places x JOIN places p ON p.id = x.place_id "
            f"WHERE x.event_id IN ({marks}) ORDER BY p.name",
            chunk,
        ):
            out[event][1].append(name)
    return out


def mention_sentences(
    db, actor: int, viewer: Viewer = EVERYONE, limit: int = 2000
) -> list[tuple[int, int, int, str]]:
    """(article id, sentence start, sentence end, sentence) of sentences naming the actor."""
    where, params = viewer.where()
    return db.conn.execute(
        f"SELECT DISTINCT m.article_id, m.sentence_start, m.sentence_end, "
        f"substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) "
        f"FROM actor_mentions m JOIN articles a ON a.id = m.article_id "
        f"WHERE m.actor_id = ? AND {where} ORDER BY m.article_id, m.sentence_start LIMIT ?",
        [actor, *params, limit],
    ).fetchall()


def passages_mentioning(db, actor: int, passage_ids: Sequence[int]) -> set[int]:
    """Those of passage_ids whose own text names the actor (not just their article's title)."""
    if not passage_ids:
        return set()
    marks = ",".join("?" * len(passage_ids))
    return {
        r[0]
        for r in db.conn.execute(
            f"SELECT DISTINCT p.id FROM passages p "
            f"JOIN actor_mentions m ON m.article_id = p.article_id "
            f"AND m.start >= p.start AND m.end <= p.end WHERE m.actor_id = ? AND p.id IN ({marks})",
            [actor, *passage_ids],
        )
    }


# --- timelines of frequent subjects ------------------------------------------------------------


def _subject_where(keys: Sequence[tuple[str, int]], alias: str) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    for kind in ("a", "p"):
        ids = [i for k, i in keys if k == kind]
        if ids:
            clauses.append(
                f"({alias}.kind = ? AND {alias}.subject_id IN ({','.join('?' * len(ids))}))"
            )
            params += [kind, *ids]
    return "(" + " OR ".join(clauses or ["0"]) + ")", params


@dataclass(frozen=True)
class DateSupport:
    sort_key: str
    articles: int  # summed over subjects (an overcount if shared)
    subjects: tuple[tuple[str, int, int], ...]  # (kind, id, articles), most supported first


def date_support(
    db: sqlite_utils.Database,
    keys: Sequence[tuple[str, int]],
    viewer: Viewer = EVERYONE,
    low: str = "0000",
    high: str = "9999-99",
    weights: dict[str, float] | None = None,
    limit: int = -1,
) -> dict[str, DateSupport]:
    """Articles reporting something on each date about subjects given as (kind, id) keys, for
    dates whose sort key lies in [low, high]; with limit, only the dates of highest articles
    times weights[precision] (day, week, month, year). Subjects are filled in by
    support_by_subject."""
    subject, params = _subject_where(keys, "d")
    where, vparams = viewer.counts_where("d")
    w = weights or {}
    return {
        date: DateSupport(key, n, ())
        for date, key, n in db.conn.execute(
            f"SELECT d.date, min(d.sort_key) AS k, sum(d.articles) AS n FROM date_support d "
            f"WHERE {subject} AND {where} AND d.sort_key BETWEEN ? AND ? GROUP BY d.date "
            f"ORDER BY n * CASE WHEN instr(d.date, 'W') THEN ? WHEN length(d.date) = 4 THEN ? "
            f"WHEN length(d.date) = 7 THEN ? ELSE ? END DESC, k LIMIT ?",
            [
                *params,
                *vparams,
                low,
                high,
                w.get("week", 1.0),
                w.get("year", 1.0),
                w.get("month", 1.0),
                w.get("day", 1.0),
                limit,
            ],
        )
    }


def most_reported(
    db: sqlite_utils.Database, keys: Sequence[tuple[str, int]], n: int, viewer: Viewer = EVERYONE
) -> list[tuple[str, int]]:
    """The n of the subjects with the most articles with dated events about them."""
    subject, params = _subject_where(keys, "t")
    where, vparams = viewer.counts_where("t")
    return [
        (kind, subject_id)
        for kind, subject_id, _ in db.conn.execute(
            f"SELECT t.kind, t.subject_id, sum(t.articles) AS n FROM subject_totals t "
            f"WHERE {subject} AND {where} GROUP BY t.kind, t.subject_id "
            f"ORDER BY n DESC, t.kind, t.subject_id LIMIT ?",
            [*params, *vparams, n],
        )
    ]


def support_by_subject(
    db: sqlite_utils.Database,
    keys: Sequence[tuple[str, int]],
    support: dict[str, DateSupport],
    dates: Sequence[str],
    viewer: Viewer = EVERYONE,
) -> dict[str, DateSupport]:
    """support for the given dates, with each date's subjects, most supported first."""
    subject, params = _subject_where(keys, "d")
    where, vparams = viewer.counts_where("d")
    rows: dict[str, list[tuple[str, int, int]]] = {}
    for i in range(0, len(dates), 400):
        chunk = list(dates[i : i + 400])
        for date, kind, subject_id, n in db.conn.execute(
            f"SELECT d.date, d.kind, d.subject_id, sum(d.articles) FROM date_support d "
            f"WHERE {subject} AND {where} AND d.date IN ({','.join('?' * len(chunk))}) "
            f"GROUP BY d.date, d.kind, d.subject_id",
            [*params, *vparams, *chunk],
        ):
            rows.setdefault(date, []).append((kind, subject_id, n))
    return {
        date: DateSupport(
            support[date].sort_key,
            support[date].articles,
            tuple(sorted(rows.get(date, ()), key=lambda r: -r[2])),
        )
        for date in dates
    }


def events_on_dates(
    db: sqlite_utils.Database,
    support: dict[str, DateSupport],
    dates: Sequence[str],
    viewer: Viewer = EVERYONE,
    per_date: int = 1000,
) -> list[EventRow]:
    """Events on the given dates about the subjects of support, at most per_date per date,
    from the most supported subjects first and the earliest stored first."""
    vwhere, vparams = viewer.where()
    ids: dict[int, None] = {}
    for date in dates:
        found: dict[int, None] = {}
        for kind, subject_id, _ in support[date].subjects:
            for (event_id,) in db.conn.execute(
                f"SELECT s.event_id FROM subject_events s JOIN articles a "
                f"ON a.id = s.article_id WHERE s.kind = ? AND s.subject_id = ? "
                f"AND s.date = ? AND {vwhere} ORDER BY s.event_id LIMIT ?",
                [kind, subject_id, date, *vparams, per_date - len(found)],
            ):
                found[event_id] = None
            if len(found) >= per_date:
                break
        ids.update(found)
    return events_by_id(db, list(ids))


def undated_events(
    db: sqlite_utils.Database,
    keys: Sequence[tuple[str, int]],
    viewer: Viewer = EVERYONE,
    limit: int = 50,
) -> list[EventRow]:
    """Events about the subjects whose date could not be resolved, earliest stored first."""
    subject, params = _subject_where(keys, "s")
    vwhere, vparams = viewer.where()
    ids = [
        r[0]
        for r in db.conn.execute(
            "SELECT DISTINCT s.event_id FROM subject_events s "
            "JOIN articles a ON a.id = s.article_id "
            f"WHERE {subject} AND s.date = '' AND {vwhere} ORDER BY s.event_id LIMIT ?",
            [*params, *vparams, limit],
        )
    ]
    return events_by_id(db, ids)


def events_by_id(db: sqlite_utils.Database, event_ids: Sequence[int]) -> list[EventRow]:
    out: list[EventRow] = []
    for i in range(0, len(event_ids), 500):
        chunk = list(event_ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        out += [
            EventRow(*r)
            for r in db.conn.execute(
                f"{_EVENT_SELECT} WHERE e.id IN ({marks}) ORDER BY e.id", chunk
            )
        ]
    return out


# --- timelines: date salience and the events in a subject's scope ---------------------------


def salience_rows(
    db: sqlite_utils.Database,
    subjects: Sequence[str],
    viewer: Viewer = EVERYONE,
    low: str = "0000",
    high: str = "9999-99",
    limit: int = -1,
) -> list[tuple[str, str, int, int, int, int, int, int]]:
    """(date, sort key, *SALIENCE_COUNTS) of the subjects' dates in [low, high], summed over
    subjects and audiences; with limit, those with the most articles and bursts only."""
    if not subjects:
        return []
    where, params = viewer.counts_where("d")
    sums = ", ".join(f"sum(d.{c})" for c in SALIENCE_COUNTS)
    return db.conn.execute(
        f"SELECT d.date, min(d.sort_key), {sums} FROM date_salience d "
        f"WHERE d.subject IN ({','.join('?' * len(subjects))}) AND {where} "
        f"AND d.sort_key BETWEEN ? AND ? GROUP BY d.date "
        f"ORDER BY sum(d.articles) + sum(d.burst) DESC, 2 LIMIT ?",
        [*subjects, *params, low, high, limit],
    ).fetchall()


def scoped_events(
    db: sqlite_utils.Database,
    subjects: Sequence[str],
    dates: Sequence[str],
    viewer: Viewer = EVERYONE,
    per_date: int = 12,
) -> dict[int, int]:
    """{event id: level} of events on the given dates in the subjects' scope, at most per_date
    per date, those naming a subject (level 0) first."""
    vwhere, vparams = viewer.where()
    marks = ",".join("?" * len(subjects))
    out: dict[int, int] = {}
    for date in dates:
        for event_id, level in db.conn.execute(
            f"SELECT s.event_id, min(s.level) FROM scope_events s JOIN articles a "
            f"ON a.id = s.article_id WHERE s.subject IN ({marks}) AND s.date = ? "
            f"AND {vwhere} GROUP BY s.event_id ORDER BY 2, s.event_id LIMIT ?",
            [*subjects, date, *vparams, per_date],
        ):
            out[event_id] = level
    return out


# --- what a viewer may learn of names (private conversations, other workspaces) -------------

_MENTIONS = {"actor": ("actor_mentions", "actor_id"), "place": ("place_mentions", "place_id")}


def visible(db: sqlite_utils.Database, kind: str, ids: Iterable[int], viewer: Viewer) -> set[int]:
    """Those of the actor or place ids that a mention in an article the viewer may see names."""
    ids = list(ids)
    if viewer.team is None:
        return set(ids)
    table, column = _MENTIONS[kind]
    where, params = viewer.where()
    return {
        i
        for i in ids
        if db.conn.execute(
            f"SELECT 1 FROM {table} m JOIN articles a ON a.id = m.article_id "
            f"WHERE m.{column} = ? AND {where} LIMIT 1",
            [i, *params],
        ).fetchone()
    }


def visible_surfaces(
    db: sqlite_utils.Database, actor: int, viewer: Viewer, limit: int = 40
) -> list[str]:
    """Spellings of an actor as written in articles the viewer may see."""
    if viewer.team is None:
        return surfaces(db, actor)[:limit]
    where, params = viewer.where()
    return sorted(
        r[0]
        for r in db.conn.execute(
            f"SELECT DISTINCT substr(a.text, m.start + 1, m.end - m.start) FROM actor_mentions m "
            f"JOIN articles a ON a.id = m.article_id WHERE m.actor_id = ? AND {where} LIMIT ?",
            [actor, *params, limit],
        )
    )


def visible_names(db: sqlite_utils.Database, viewer: Viewer, limit: int = 50_000) -> set[str]:
    """Actor spellings and place names the viewer may see, for "did you mean"."""
    if viewer.team is None:
        names = {surface for surface, _ in all_actor_names(db)}
        names.update(r[0] for r in db.conn.execute("SELECT name FROM places"))
        return names
    where, params = viewer.where()
    names = {
        r[0]
        for r in db.conn.execute(
            f"SELECT DISTINCT substr(a.text, m.start + 1, m.end - m.start) FROM actor_mentions m "
            f"JOIN articles a ON a.id = m.article_id WHERE {where} LIMIT ?",
            [*params, limit],
        )
    }
    names.update(
        r[0]
        for r in db.conn.execute(
            f"SELECT DISTINCT p.name FROM place_mentions m JOIN places p ON p.id = m.place_id "
            f"JOIN articles a ON a.id = m.article_id WHERE {where} LIMIT ?",
            [*params, limit],
        )
    )
    return names
