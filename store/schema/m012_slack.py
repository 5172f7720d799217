"""Migrations 12-15: corrections and feedback from Slack (who posted each article, the log of
removals and edits, feedback on answers), the outbox of messages for Slack, identity
curations, and the questions remembered per Slack thread with per-channel auto-ingest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.schema.registry import migrations

if TYPE_CHECKING:
    import sqlite_utils


@migrations()
def m012_corrections_and_feedback(db: sqlite_utils.Database) -> None:
    """Corrections and feedback from Slack (store/corrections.py, store/feedback.py): who added
    each article from Slack (only they and workspace admins may remove or edit it), the log of
    every removal and edit, and feedback on answers' entries and quotes. None of them points
    at articles by a foreign key: the log outlives the article it tells of."""
    db.executescript(
        """
        CREATE TABLE article_posters (
            article_id INTEGER PRIMARY KEY,
            team TEXT NOT NULL,
            user TEXT NOT NULL,                   -- Slack user id of the first poster
            conversation TEXT NOT NULL,
            posted_at TEXT NOT NULL
        );
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            team TEXT NOT NULL,
            article_id INTEGER NOT NULL,
            action TEXT NOT NULL,                 -- remove | edit
            user TEXT NOT NULL,                   -- Slack user id, or 'terminal'
            at TEXT NOT NULL,
            title TEXT NOT NULL,
            before TEXT NOT NULL,                 -- JSON: the fields as they were
            after TEXT NOT NULL,                  -- JSON: as they became ({} when removed)
            new_article_id INTEGER                -- an edited article's id once stored again
        );
        CREATE INDEX corrections_team ON corrections(team, id);
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            team TEXT NOT NULL,
            command TEXT NOT NULL,                -- timeline | actor | quote
            item TEXT NOT NULL,                   -- entry:<date>:<key> | passage:<id>
            about TEXT NOT NULL,                  -- the subject or query, lower case
            verdict TEXT NOT NULL,                -- wrong_date | wrong_subject | not_relevant
            text TEXT NOT NULL,
            user TEXT NOT NULL,
            at TEXT NOT NULL,
            restored_by TEXT,
            restored_at TEXT
        );
        CREATE INDEX feedback_team_item ON feedback(team, item);
        """
    )


@migrations()
def m013_outbox(db: sqlite_utils.Database) -> None:
    """Messages for Slack that it has not yet taken: kept until they are posted, dropped for
    good or expired, so neither an outage nor a restart loses a reply (store/outbox.py)."""
    db.executescript(
        """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,       -- idempotency key, posted in the message metadata
            team TEXT NOT NULL,
            response_url TEXT,              -- where a reply goes; NULL once done or for a post
            channel TEXT NOT NULL,          -- a post's channel; a reply's, for the fallback
            thread_ts TEXT,                 -- a post's thread
            user TEXT NOT NULL,             -- who asked (a private reply's fallback goes there)
            target TEXT NOT NULL,           -- messages to one target are posted in order
            message TEXT NOT NULL,          -- JSON of what is posted
            state TEXT NOT NULL,            -- pending | sent | dropped | expired
            created_at REAL NOT NULL,       -- Unix seconds
            expires_at REAL NOT NULL,
            next_at REAL NOT NULL,          -- not tried again before this
            attempts INTEGER NOT NULL DEFAULT 0,
            uncertain INTEGER NOT NULL DEFAULT 0,  -- an attempt may have reached Slack
            last_error TEXT,
            done_at REAL,
            slack_ts TEXT                   -- the posted message's ts, when Slack said
        );
        CREATE INDEX outbox_pending ON outbox (state, next_at);
        CREATE INDEX outbox_target ON outbox (target, state);
        """
    )


@migrations()
def m014_curations(db: sqlite_utils.Database) -> None:
    """Identity curations made by people (store/curations.py): one row per decision, kept when
    undone, so the profile applies the live ones at query time and undo is exact."""
    db.executescript(
        """
        CREATE TABLE curations (
            id INTEGER PRIMARY KEY,
            team TEXT NOT NULL,                   -- the workspace it applies to ('' terminal)
            verb TEXT NOT NULL,                   -- same_as | not_same_as | rename
            subject TEXT NOT NULL,                -- the name as typed ("Daesh")
            subject_id INTEGER REFERENCES actors(id),
            object TEXT NOT NULL,                 -- the other name, or the new name
            object_id INTEGER REFERENCES actors(id),
            why TEXT,
            sentence TEXT,                        -- the sentence that prompted it, if given
            made_by TEXT NOT NULL,                -- a Slack user id, or the terminal's user
            made_at TEXT NOT NULL,
            undone_by TEXT,
            undone_at TEXT
        );
        CREATE INDEX curations_live ON curations(team, undone_at);
        """
    )


@migrations()
def m015_conversation_threads(db: sqlite_utils.Database) -> None:
    """slack_threads remembers the question asked in a Slack thread, so a follow-up in it
    ("only 2017", "more") refines that question, across restarts. Auto-ingest of articles
    posted in a channel becomes a channel setting, off by default; channels where articles
    were already taken from posted messages keep it on, so an upgrade changes nothing there."""
    db.executescript(
        """
        CREATE TABLE slack_threads (
            team TEXT NOT NULL,
            channel TEXT NOT NULL,
            thread_ts TEXT NOT NULL,
            state TEXT NOT NULL,                  -- JSON: the question as last refined
            updated_at TEXT NOT NULL,
            PRIMARY KEY (team, channel, thread_ts)
        ) WITHOUT ROWID;
        -- A posted message's article has origin_key 'CHANNEL/TS' (bot.intake.ingest_message).
        INSERT OR IGNORE INTO channel_settings (team, channel, key, value, changed_by, changed_at)
        SELECT DISTINCT team, substr(origin_key, 1, instr(origin_key, '/') - 1), 'autoingest',
               'on', 'upgrade', strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
        FROM articles
        WHERE team != '' AND origin_key GLOB '[CG]*/[0-9]*.[0-9]*';
        """
    )
