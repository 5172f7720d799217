"""Migration 16: watchlists. A channel watches a place or an actor and gets a cited briefing
each day at the time it chose, and at once when a burst of articles about it arrives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.schema.registry import migrations

if TYPE_CHECKING:
    import sqlite_utils


@migrations()
def m016_watches(db: sqlite_utils.Database) -> None:
    """One row per watched subject per channel (store/watches.py). The cut of the last
    briefing (the newest event and article it had seen, and its local day) is what the next
    briefing counts from; it is written in the same transaction as the briefing's outbox row,
    so a restart neither loses a briefing nor sends it twice."""
    db.executescript(
        """
        CREATE TABLE watches (
            id INTEGER PRIMARY KEY,
            team TEXT NOT NULL,
            channel TEXT NOT NULL,
            subject TEXT NOT NULL,                -- the name as typed ("Raqqa")
            subject_key TEXT NOT NULL,            -- folded, one watch per subject and channel
            at_minute INTEGER NOT NULL,           -- minutes after local midnight (08:00 = 480)
            tz TEXT NOT NULL,                     -- an IANA time zone name ("UTC", "Asia/Beirut")
            made_by TEXT NOT NULL,
            made_at REAL NOT NULL,                -- Unix seconds
            next_at REAL NOT NULL,                -- when the next daily briefing is due
            briefed_at REAL NOT NULL,             -- the cut of the last briefing (Unix seconds)
            briefed_event INTEGER NOT NULL,       -- the newest event id it had seen
            briefed_article INTEGER NOT NULL,     -- the newest article id it had seen
            briefed_day TEXT NOT NULL,            -- its local day, YYYY-MM-DD
            briefings INTEGER NOT NULL DEFAULT 0,
            last_reason TEXT,                     -- daily | burst
            UNIQUE (team, channel, subject_key)
        );
        CREATE INDEX watches_due ON watches(next_at);
        """
    )
