"""Migration 22: whether an article is a live blog, decided when it is cleaned."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.schema.registry import migrations

if TYPE_CHECKING:
    import sqlite_utils


@migrations()
def m022_live_blog(db: sqlite_utils.Database) -> None:
    """articles.live_blog is 1 for a live blog of entries stating no day, told by its update
    stamps before the cleaner set them apart (text/live_blog.py), 0 for any other
    article; NULL for every article stored before the mark existed, whose stored text still
    holds its stamps: the timeline reads those from the text, and `sitrep reindex` (the
    pipeline version changed with the mark) decides the mark from it."""
    db.executescript("ALTER TABLE articles ADD COLUMN live_blog INTEGER;")
