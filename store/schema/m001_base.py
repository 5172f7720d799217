"""Migrations 1-3: articles, passages and the index; Slack events and answer pages; actors,
places, relations and dated events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.schema.registry import migrations

if TYPE_CHECKING:
    import sqlite_utils


@migrations()
def m001_articles_passages_index(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            team TEXT NOT NULL DEFAULT '',        -- Slack workspace; '' for terminal ingests
            scope TEXT NOT NULL DEFAULT '',       -- '' visible workspace-wide; else the private conversation id
            origin TEXT NOT NULL,                 -- path, URL or Slack permalink it came from
            origin_key TEXT,                      -- idempotency key (e.g. team/channel/ts or file id)
            kind TEXT NOT NULL,                   -- text | html | pdf
            title TEXT NOT NULL,
            title_how TEXT NOT NULL,              -- found | derived
            source TEXT,
            author TEXT,
            published TEXT,                       -- ISO prefix at the precision known, or NULL
            published_how TEXT,                   -- given | metadata | header | inferred
            content_hash TEXT NOT NULL,
            signature BLOB,                       -- MinHash of word shingles (near duplicates)
            duplicate_of INTEGER REFERENCES articles(id),
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL             -- bookkeeping only: never a publication date
        );
        CREATE INDEX articles_hash ON articles(team, content_hash);
        CREATE UNIQUE INDEX articles_origin_key ON articles(team, origin_key, content_hash)
            WHERE origin_key IS NOT NULL;

        -- Near-duplicate detection: MinHash signature bands (locality-sensitive hashing).
        CREATE TABLE article_bands (
            team TEXT NOT NULL,
            band INTEGER NOT NULL,                -- band hash
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (team, band, article_id)
        ) WITHOUT ROWID;

        CREATE TABLE passages (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            start INTEGER NOT NULL,               -- character offsets into articles.text
            end INTEGER NOT NULL,
            n_terms INTEGER NOT NULL              -- BM25 document length
        );
        CREATE INDEX passages_article ON passages(article_id, seq);

        -- BM25 postings: per term, blocks of packed (passage id, tf, passage length) records.
        CREATE TABLE terms (
            id INTEGER PRIMARY KEY,
            term TEXT NOT NULL UNIQUE,
            df INTEGER NOT NULL,
            last_block INTEGER NOT NULL,
            last_block_len INTEGER NOT NULL
        );
        CREATE TABLE postings (
            term_id INTEGER NOT NULL,
            block INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (term_id, block)
        ) WITHOUT ROWID;
        -- How many terms have each document frequency: BM25Okapi's average idf in O(distinct dfs).
        CREATE TABLE df_histogram (
            df INTEGER PRIMARY KEY,
            n_terms INTEGER NOT NULL
        );
        CREATE TABLE index_stats (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            n_passages INTEGER NOT NULL,
            total_terms INTEGER NOT NULL,
            generation INTEGER NOT NULL           -- bumped by every write: invalidates caches
        );
        INSERT INTO index_stats VALUES (1, 0, 0, 0);
        """
    )


@migrations()
def m002_slack_events_and_pages(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- Slack retries events; the first delivery of an event id wins.
        CREATE TABLE slack_events (
            team TEXT NOT NULL,
            event_id TEXT NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (team, event_id)
        ) WITHOUT ROWID;
        -- "More" buttons page through answers kept here, not in the 2,000-character button value.
        CREATE TABLE answer_pages (
            id TEXT PRIMARY KEY,
            team TEXT NOT NULL,
            conversation TEXT NOT NULL,
            payload TEXT NOT NULL,                -- JSON of the full answer
            created_at TEXT NOT NULL
        );
        """
    )


@migrations()
def m003_actors_places_events(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,             -- catalogue key, or a slug of a discovered name
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            from_catalogue INTEGER NOT NULL
        );
        CREATE TABLE actor_names (                -- every surface form seen, for lookup and aliases
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            folded TEXT NOT NULL,                 -- case- and diacritic-folded form
            surface TEXT NOT NULL,
            PRIMARY KEY (folded, actor_id)
        ) WITHOUT ROWID;
        CREATE TABLE actor_mentions (
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            role TEXT                             -- "Iraqi Prime Minister", when the text gives one
        );
        CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id, article_id);
        CREATE INDEX actor_mentions_article ON actor_mentions(article_id);
        CREATE TABLE relations (
            subject_id INTEGER NOT NULL REFERENCES actors(id),
            predicate TEXT NOT NULL,
            object_id INTEGER NOT NULL REFERENCES actors(id),
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,               -- the evidence sentence
            end INTEGER NOT NULL
        );
        CREATE INDEX relations_subject ON relations(subject_id);
        CREATE INDEX relations_object ON relations(object_id);
        CREATE TABLE places (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            country TEXT,
            lat REAL,
            lon REAL
        );
        CREATE TABLE place_mentions (
            place_id INTEGER NOT NULL REFERENCES places(id),
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL
        );
        CREATE INDEX place_mentions_place ON place_mentions(place_id, article_id);
        CREATE INDEX place_mentions_article ON place_mentions(article_id);
        -- An event: a sentence (or clause) tied to a date; two clocks: when it happened (date)
        -- and when it was reported (the article's publication date).
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            passage_id INTEGER REFERENCES passages(id),
            start INTEGER NOT NULL,               -- the verbatim sentence or clause
            end INTEGER NOT NULL,
            date TEXT,                            -- ISO prefix (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www) or NULL
            precision TEXT,                       -- year | month | week | day (NULL when undated)
            date_how TEXT NOT NULL,               -- explicit | relative | inferred | unresolved
            date_text TEXT NOT NULL,              -- the temporal expression as written
            sort_key TEXT                         -- first day the date covers, for ordering
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_passage ON events(passage_id);
        CREATE TABLE event_actors (
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            PRIMARY KEY (actor_id, event_id)
        ) WITHOUT ROWID;
        CREATE TABLE event_places (
            place_id INTEGER NOT NULL REFERENCES places(id),
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            PRIMARY KEY (place_id, event_id)
        ) WITHOUT ROWID;
        """
    )
