"""Migration 17: the near copies of an article found at once, for counting a report's
syndicated copies ("3 reports, 1 independent source")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.schema.registry import migrations

if TYPE_CHECKING:
    import sqlite_utils


@migrations()
def m017_near_copies_index(db: sqlite_utils.Database) -> None:
    """Near copies are few: a partial index holds only them, so counting the copies of the
    articles behind a disagreement reads a handful of index entries, never the articles."""
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS articles_copies ON articles(duplicate_of)
            WHERE duplicate_of IS NOT NULL;
        """
    )
