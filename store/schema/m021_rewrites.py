"""Migration 21: a count of the changes to the store that are not additions, so that an
answer kept for a state of the store can tell an ingest (mentions added, nothing else
touched: the answer is brought up to date from the new mentions alone) from anything else
(store/generation_cache.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.schema.registry import migrations

if TYPE_CHECKING:
    import sqlite_utils

_BUMP = "UPDATE rewrites SET n = n + 1 WHERE id = 1;"


@migrations()
def m021_rewrites(db: sqlite_utils.Database) -> None:
    """rewrites.n grows with every actor mention removed or changed (a removal, a reindex, a
    correction: however it is done, cascades included) and every change of who may see an
    article (its team or scope, the conversations it was posted in). Triggers keep it, so no
    writer can forget to; an ingest, which only adds mentions, leaves it alone. A restored
    store's count is raised past the replaced one's (store/maintenance.py)."""
    db.executescript(
        f"""
        CREATE TABLE IF NOT EXISTS rewrites (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            n INTEGER NOT NULL
        );
        INSERT OR IGNORE INTO rewrites (id, n) VALUES (1, 0);
        CREATE TRIGGER IF NOT EXISTS actor_mention_removed AFTER DELETE ON actor_mentions
        BEGIN {_BUMP} END;
        CREATE TRIGGER IF NOT EXISTS actor_mention_changed
        AFTER UPDATE OF actor_id, article_id ON actor_mentions
        BEGIN {_BUMP} END;
        CREATE TRIGGER IF NOT EXISTS article_audience_changed
        AFTER UPDATE OF team, scope ON articles
        WHEN old.team IS NOT new.team OR old.scope IS NOT new.scope
        BEGIN {_BUMP} END;
        CREATE TRIGGER IF NOT EXISTS article_conversation_added
        AFTER INSERT ON article_conversations
        BEGIN {_BUMP} END;
        CREATE TRIGGER IF NOT EXISTS article_conversation_removed
        AFTER DELETE ON article_conversations
        BEGIN {_BUMP} END;
        CREATE TRIGGER IF NOT EXISTS article_conversation_changed
        AFTER UPDATE ON article_conversations
        BEGIN {_BUMP} END;
        """
    )
