"""Migrations 4-8: the counts kept at ingest (subject events, date support, subject totals,
actor facts), compact index postings, and the indexes timelines read by."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.schema.registry import migrations

if TYPE_CHECKING:
    import sqlite_utils


@migrations()
def m004_subject_events_and_aggregates(db: sqlite_utils.Database) -> None:
    """What `timeline` and `actor` need for their most frequent subjects without reading every
    event or mention: events keyed by subject and date, and counts kept up to date at ingest.
    Filled here from the rows already stored."""
    db.executescript(
        """
        -- Each event under each actor ('a') and place ('p') it names, by date ('' if undated).
        CREATE TABLE subject_events (
            kind TEXT NOT NULL,
            subject_id INTEGER NOT NULL,
            date TEXT NOT NULL,
            event_id INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (kind, subject_id, date, event_id)
        ) WITHOUT ROWID;
        INSERT INTO subject_events
            SELECT 'a', x.actor_id, coalesce(e.date, ''), e.id, e.article_id
            FROM event_actors x JOIN events e ON e.id = x.event_id;
        INSERT INTO subject_events
            SELECT 'p', x.place_id, coalesce(e.date, ''), e.id, e.article_id
            FROM event_places x JOIN events e ON e.id = x.event_id;

        -- How many articles report something dated on each date about a subject, per audience
        -- (team and scope, as in articles): the salience of a date.
        CREATE TABLE date_support (
            kind TEXT NOT NULL,
            subject_id INTEGER NOT NULL,
            date TEXT NOT NULL,
            team TEXT NOT NULL,
            scope TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (kind, subject_id, date, team, scope)
        ) WITHOUT ROWID;
        INSERT INTO date_support
            SELECT s.kind, s.subject_id, s.date, a.team, a.scope, min(e.sort_key),
                   count(DISTINCT s.article_id)
            FROM subject_events s JOIN events e ON e.id = s.event_id
            JOIN articles a ON a.id = s.article_id
            WHERE s.date != '' GROUP BY s.kind, s.subject_id, s.date, a.team, a.scope;

        -- Counts behind an actor profile, per audience: fact 'mentions' and 'articles' (value
        -- ''), 'published' (value: a publication date of an article naming it), 'role' (value:
        -- the role), 'place' (value: a place id; n: sentences naming both).
        CREATE TABLE actor_facts (
            actor_id INTEGER NOT NULL,
            fact TEXT NOT NULL,
            value TEXT NOT NULL,
            team TEXT NOT NULL,
            scope TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (actor_id, fact, value, team, scope)
        ) WITHOUT ROWID;
        INSERT INTO actor_facts
            SELECT m.actor_id, 'mentions', '', a.team, a.scope, count(*)
            FROM actor_mentions m JOIN articles a ON a.id = m.article_id
            GROUP BY m.actor_id, a.team, a.scope;
        INSERT INTO actor_facts
            SELECT m.actor_id, 'articles', '', a.team, a.scope, count(DISTINCT m.article_id)
            FROM actor_mentions m JOIN articles a ON a.id = m.article_id
            GROUP BY m.actor_id, a.team, a.scope;
        INSERT INTO actor_facts
            SELECT actor_id, 'published', published, team, scope, count(*) FROM (
                SELECT DISTINCT m.actor_id, a.id, a.published, a.team, a.scope
                FROM actor_mentions m JOIN articles a ON a.id = m.article_id
                WHERE a.published IS NOT NULL)
            GROUP BY actor_id, published, team, scope;
        INSERT INTO actor_facts
            SELECT m.actor_id, 'role', m.role, a.team, a.scope, count(*)
            FROM actor_mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.role IS NOT NULL GROUP BY m.actor_id, m.role, a.team, a.scope;
        INSERT INTO actor_facts
            SELECT actor_id, 'place', place_id, team, scope, count(*) FROM (
                SELECT DISTINCT m.actor_id, pm.place_id, a.id, pm.sentence_start, a.team, a.scope
                FROM actor_mentions m JOIN place_mentions pm ON pm.article_id = m.article_id
                AND pm.sentence_start = m.sentence_start JOIN articles a ON a.id = m.article_id)
            GROUP BY actor_id, place_id, team, scope;
        """
    )


@migrations()
def m005_compact_postings(db: sqlite_utils.Database) -> None:
    """Postings lose their passage length (now one dense array, passage_lengths) and store
    gaps between passage ids in 2 bytes and frequencies in 1 where they fit: 3 bytes a posting
    instead of 8 (store/index.py describes the format). Existing blocks are converted here."""
    import numpy as np

    db.executescript(
        """
        -- Terms in each passage (BM25 document length): u16 per passage id, LENGTHS_CHUNK
        -- passage ids per row (chunk = id // 4096).
        CREATE TABLE passage_lengths (
            chunk INTEGER PRIMARY KEY,
            data BLOB NOT NULL
        );
        """
    )
    chunk_size = 4096
    lengths: dict[int, np.ndarray] = {}
    for pid, n_terms in db.conn.execute(
        "SELECT p.id, p.n_terms FROM passages p JOIN articles a ON a.id = p.article_id "
        "WHERE a.duplicate_of IS NULL ORDER BY p.id"
    ):
        chunk = lengths.setdefault(pid // chunk_size, np.zeros(chunk_size, dtype="<u2"))
        chunk[pid % chunk_size] = n_terms
    for chunk_id, values in lengths.items():
        used = int(np.flatnonzero(values).max()) + 1 if values.any() else 1
        db.conn.execute(
            "INSERT INTO passage_lengths (chunk, data) VALUES (?, ?)",
            (chunk_id, values[:used].tobytes()),
        )

    old = np.dtype([("pid", "<u4"), ("tf", "<u2"), ("dl", "<u2")])
    narrow = np.dtype([("gap", "<u2"), ("tf", "u1")])
    wide = np.dtype([("pid", "<u4"), ("tf", "<u2")])
    rows = db.conn.execute("SELECT term_id, block, data FROM postings").fetchall()
    converted = []
    for term_id, block, data in rows:
        records = np.frombuffer(data, dtype=old)
        pids, tfs = records["pid"], records["tf"]
        gaps = np.diff(pids.astype(np.int64), prepend=int(pids[0]))
        if gaps.max(initial=0) <= 0xFFFF and tfs.max(initial=0) <= 0xFF:
            body = np.empty(len(pids), dtype=narrow)
            body["gap"], body["tf"] = gaps, tfs
            blob = b"\x01" + int(pids[0]).to_bytes(4, "little") + body.tobytes()
        else:
            body = np.empty(len(pids), dtype=wide)
            body["pid"], body["tf"] = pids, tfs
            blob = b"\x02" + body.tobytes()
        converted.append((blob, term_id, block))
    db.conn.executemany("UPDATE postings SET data = ? WHERE term_id = ? AND block = ?", converted)


@migrations()
def m006_event_subject_indexes(db: sqlite_utils.Database) -> None:
    """Names of the actors and places of given events (timeline entries) without scanning
    every event's subjects."""
    db.executescript(
        """
        CREATE INDEX event_actors_event ON event_actors(event_id);
        CREATE INDEX event_places_event ON event_places(event_id);
        """
    )


@migrations()
def m007_subject_totals(db: sqlite_utils.Database) -> None:
    """Articles with dated events about each subject, per audience: which places of a country
    matter most for its timeline, without adding up every date of every place."""
    db.executescript(
        """
        CREATE TABLE subject_totals (
            kind TEXT NOT NULL,
            subject_id INTEGER NOT NULL,
            team TEXT NOT NULL,
            scope TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (kind, subject_id, team, scope)
        ) WITHOUT ROWID;
        INSERT INTO subject_totals
            SELECT s.kind, s.subject_id, a.team, a.scope, count(DISTINCT s.article_id)
            FROM subject_events s JOIN articles a ON a.id = s.article_id
            WHERE s.date != '' GROUP BY s.kind, s.subject_id, a.team, a.scope;
        """
    )


@migrations()
def m008_passage_ranges(db: sqlite_utils.Database) -> None:
    """An article's passages have consecutive ids (they are inserted together), so one row per
    article locates them, instead of an index entry per passage. The per-article indexes of the
    mention and event tables go too: every query reaches those rows by actor, place, event or
    passage, and articles are never deleted. Together the four indexes were 7% of the file."""
    db.executescript(
        """
        CREATE TABLE passage_ranges (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            first INTEGER NOT NULL,               -- id of the article's first passage
            passages INTEGER NOT NULL             -- its passages are first .. first + passages - 1
        );
        INSERT INTO passage_ranges
            SELECT article_id, min(id), count(*) FROM passages GROUP BY article_id;
        DROP INDEX passages_article;
        DROP INDEX actor_mentions_article;
        DROP INDEX place_mentions_article;
        DROP INDEX events_article;
        """
    )
