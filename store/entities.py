"""Actors, places and relations read back: lookups by key and name, the counts behind an actor
profile, relations with their evidence, the sentences naming an actor, and what a viewer may
learn of names. Writing them is store/writer.py; events are store/events.py."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from store.articles import EVERYONE, Viewer
from store.batches import in_batches

if TYPE_CHECKING:
    import sqlite_utils


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


_MENTIONS = {"actor": ("actor_mentions", "actor_id"), "place": ("place_mentions", "place_id")}


def _named(subject: str, kind: str = "actor") -> str:
    """The condition that an article still names the actor (or place, kind "place") whose id
    is the SQL expression `subject`: a reindex or a forget takes mentions away, not the actor
    and place rows they made ("Ras Lanuf" found as a person by an earlier version is a place
    now; a forgotten article's spokesman, or the village only it named), and a subject no
    article names is no answer. One probe of the mentions' index per subject; on the bench's
    100,000-article store the count tables answer it no faster (a probe of actor_facts costs
    more, a scan of it far more)."""
    table, column = _MENTIONS[kind]
    return f"EXISTS (SELECT 1 FROM {table} m WHERE m.{column} = {subject})"


def mentioned_in(
    subject_ids: tuple[Sequence[int], Sequence[int]], alias: str
) -> tuple[str, list[int]]:
    """The SQL condition (and its parameters) that a mention stored at ingest of one of the
    actors or places (ids: actor ids, place ids) starts inside the span (start, end) of the row
    `alias` of the same article: mentions_between for every row of a statement at once. "0" when
    there are no ids."""
    probes: list[str] = []
    params: list[int] = []
    for kind, ids in zip(("actor", "place"), subject_ids, strict=True):
        if ids:
            table, column = _MENTIONS[kind]
            probes.append(
                f"EXISTS (SELECT 1 FROM {table} m WHERE m.{column} IN ({', '.join('?' * len(ids))})"
                f" AND m.article_id = {alias}.article_id AND m.start >= {alias}.start"
                f" AND m.start < {alias}.end)"
            )
            params.extend(ids)
    return " OR ".join(probes) or "0", params


def mentions_between(
    db: sqlite_utils.Database,
    article_id: int,
    low: int,
    high: int,
    subject_ids: tuple[Sequence[int], Sequence[int]],
) -> bool:
    """Whether the article names one of the actors or places (ids: actor ids, place ids) between
    offsets low and high, by the mentions stored at ingest ("Hezballah", "Deir Ezzur":
    spellings the subject's names lack)."""
    for kind, ids in zip(("actor", "place"), subject_ids, strict=True):
        if ids:
            table, column = _MENTIONS[kind]
            marks = ", ".join("?" * len(ids))
            row = db.conn.execute(
                f"SELECT 1 FROM {table} WHERE article_id = ? AND {column} IN ({marks}) "
                "AND start >= ? AND start < ? LIMIT 1",
                [article_id, *ids, low, high],
            ).fetchone()
            if row is not None:
                return True
    return False


def actors_named(db: sqlite_utils.Database, folded: str) -> list[StoredActor]:
    """Stored actors with that spelling that an article still names (_named)."""
    rows = db.conn.execute(
        "SELECT a.id, a.key, a.name, a.kind, a.from_catalogue FROM actor_names n "
        f"JOIN actors a ON a.id = n.actor_id WHERE n.folded = ? AND {_named('a.id')} "
        "ORDER BY a.id",
        (folded,),
    ).fetchall()
    return [StoredActor(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def all_actor_names(db: sqlite_utils.Database) -> list[str]:
    """Every spelling of an actor an article still names (_named), read back as one row (a
    JSON array): stepping a statement once per spelling costs more than the probes of _named
    (bench/names_speed.py: on the 100,000-article store 33,534 spellings, 148 million
    instructions beside 229 row by row)."""
    row = db.conn.execute(
        f"SELECT json_group_array(surface) FROM actor_names n WHERE {_named('n.actor_id')}"
    ).fetchone()
    names: list[str] = json.loads(row[0])
    return names


def all_place_names(db: sqlite_utils.Database) -> list[str]:
    """The name of every place an article still names (_named), as all_actor_names reads."""
    row = db.conn.execute(
        f"SELECT json_group_array(name) FROM places p WHERE {_named('p.id', 'place')}"
    ).fetchone()
    names: list[str] = json.loads(row[0])
    return names


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
    return relations_evidence(db, [(subject, predicate, obj)], viewer, limit)[0]


def relations_evidence(
    db: sqlite_utils.Database,
    claims: Sequence[tuple[int, str, int]],
    viewer: Viewer = EVERYONE,
    limit: int = 3,
) -> list[list[tuple[int, str]]]:
    """relation_evidence of each (subject, predicate, object) claim, in order."""
    where, params = viewer.where()
    chosen: list[list[tuple[int, int]]] = []  # (relation rowid, article id) of each claim
    for subject, predicate, obj in claims:
        # Which statements first, their sentences after: a sentence is cut from its
        # article's text, and only the first of each independent source is kept.
        rows = db.conn.execute(
            f"SELECT r.rowid, r.article_id, coalesce(a.duplicate_of, a.id) FROM relations r "
            f"JOIN articles a ON a.id = r.article_id WHERE r.subject_id = ? "
            f"AND r.predicate = ? AND r.object_id = ? AND {where} ORDER BY r.rowid LIMIT 200",
            [subject, predicate, obj, *params],
        )
        kept: list[tuple[int, int]] = []
        sources: set[int] = set()
        for rowid, article_id, source in rows:
            if source not in sources:
                sources.add(source)
                kept.append((rowid, article_id))
                if len(kept) == limit:
                    break
        chosen.append(kept)
    rowids = [rowid for kept in chosen for rowid, _ in kept]
    sentences: dict[int, str] = {}
    for chunk, marks in in_batches(rowids):
        sentences.update(
            db.conn.execute(
                f"SELECT r.rowid, substr(a.text, r.start + 1, r.end - r.start) FROM relations r "
                f"JOIN articles a ON a.id = r.article_id "
                f"WHERE r.rowid IN ({marks})",
                chunk,
            ).fetchall()
        )
    return [[(article, sentences[rowid]) for rowid, article in kept] for kept in chosen]


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
    row: tuple[int, str, str, str | None] | None = db.conn.execute(
        "SELECT id, name, kind, country FROM places WHERE key = ?", (key,)
    ).fetchone()
    return row


def places_in_country(db: sqlite_utils.Database, country: str) -> list[int]:
    return [r[0] for r in db.conn.execute("SELECT id FROM places WHERE country = ?", (country,))]


def places_named(db: sqlite_utils.Database, name: str) -> list[tuple[int, str, str, str | None]]:
    return db.conn.execute(
        "SELECT id, name, kind, country FROM places WHERE name = ? COLLATE NOCASE", (name,)
    ).fetchall()


def mention_sentences(
    db: sqlite_utils.Database, actor: int, viewer: Viewer = EVERYONE, limit: int = 2000
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


def passages_mentioning(
    db: sqlite_utils.Database, actor: int, passage_ids: Sequence[int]
) -> set[int]:
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


def latest_mention_passages(
    db: sqlite_utils.Database, actor: int, viewer: Viewer, mentions: int
) -> list[int]:
    """Ids of the indexed passages holding the actor's last `mentions` mentions (by article
    id, the order articles were stored in) that viewer may see: one walk back along the
    mentions' index."""
    where, params = viewer.where()
    return [
        r[0]
        for r in db.conn.execute(
            f"SELECT DISTINCT p.id FROM (SELECT m.article_id, m.start, m.end "
            f"FROM actor_mentions m JOIN articles a ON a.id = m.article_id "
            f"WHERE m.actor_id = ? AND a.duplicate_of IS NULL AND {where} "
            f"ORDER BY m.article_id DESC LIMIT ?) m "
            f"JOIN passage_ranges r ON r.article_id = m.article_id "
            f"JOIN passages p ON p.id BETWEEN r.first AND r.first + r.passages - 1 "
            f"AND m.start >= p.start AND m.end <= p.end",
            [actor, *params, mentions],
        )
    ]


def relation_passages(
    db: sqlite_utils.Database, actor_ids: Sequence[int], article_ids: Iterable[int]
) -> list[int]:
    """Ids of the passages of these articles holding a sentence that states a relation of one
    of the actors (as subject or object)."""
    articles = sorted(set(article_ids))
    if not articles or not actor_ids:
        return []
    actors = ",".join("?" * len(actor_ids))
    marks = ",".join("?" * len(articles))
    return [
        r[0]
        for r in db.conn.execute(
            f"SELECT DISTINCT p.id FROM relations r "
            f"JOIN passage_ranges g ON g.article_id = r.article_id "
            f"JOIN passages p ON p.id BETWEEN g.first AND g.first + g.passages - 1 "
            f"AND r.start >= p.start AND r.start < p.end "
            f"WHERE (r.subject_id IN ({actors}) OR r.object_id IN ({actors})) "
            f"AND r.article_id IN ({marks})",
            [*actor_ids, *actor_ids, *articles],
        )
    ]


# --- what a viewer may learn of names (private conversations, other workspaces) -------------


def visible(db: sqlite_utils.Database, kind: str, ids: Iterable[int], viewer: Viewer) -> set[int]:
    """Those of the actor or place ids that a mention in an article the viewer may see names
    (an actor or place all of whose articles are forgotten is none: _named)."""
    ids = list(ids)
    if viewer.team is None:
        named = f"SELECT 1 WHERE {_named('?', kind)}"
        return {i for i in ids if db.conn.execute(named, (i,)).fetchone()}
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
        return {*all_actor_names(db), *all_place_names(db)}
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
