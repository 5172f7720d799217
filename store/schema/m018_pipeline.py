"""Migration 18: which version of the cleaner and extractors made each article, so that
`sitrep reindex` knows what an upgrade left out of date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.schema.registry import migrations

if TYPE_CHECKING:
    import sqlite_utils


@migrations()
def m018_pipeline_version(db: sqlite_utils.Database) -> None:
    """articles.pipeline is extract/pipeline_version.py's PIPELINE_VERSION of the code that
    cleaned and extracted the article; 0 for every article stored before the mark existed,
    whose version is unknown and so taken as older than any code that counts. The index keeps
    counting and finding the out-of-date ones from reading the articles' rows, which hold
    their text. store_settings 'reindex_all_after' is the last article id a `reindex --all`
    has done, while one is under way (store/reindexing.py)."""
    db.executescript(
        """
        ALTER TABLE articles ADD COLUMN pipeline INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX articles_pipeline ON articles(pipeline);
        """
    )
