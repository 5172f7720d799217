"""Migration 23: word associations learned from the store's passages (store/associations.py
keeps them, commands/quote_associations.py learns them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.schema.registry import migrations

if TYPE_CHECKING:
    import sqlite_utils


@migrations()
def m023_term_associations(db: sqlite_utils.Database) -> None:
    """term_associations holds, for each search term, its few best associates (terms found
    with it in one passage far more often than chance), how many passages hold both, and the
    score they are ranked by; derived data, replaced whole when it is learned again. Empty
    until then: `quote` searches no associate while the table is empty."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS term_associations (
            term TEXT NOT NULL,
            associate TEXT NOT NULL,
            together INTEGER NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (term, associate)
        ) WITHOUT ROWID;
        """
    )
