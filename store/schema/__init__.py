"""The one owner of the database schema: every change is a new migration, applied ones are never
edited (sqlite-utils Migrations records what ran in `_sqlite_migrations`).

Migrations are history, kept in modules of a few each, named for the first they hold and
imported here in order (the order they are registered in is the order they run). A new one is
appended to the last module, or to a new module imported after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.schema.m001_base import (
    m001_articles_passages_index,
    m002_slack_events_and_pages,
    m003_actors_places_events,
)
from store.schema.m004_counts import (
    m004_subject_events_and_aggregates,
    m005_compact_postings,
    m006_event_subject_indexes,
    m007_subject_totals,
    m008_passage_ranges,
)
from store.schema.m009_audiences import (
    m009_date_salience,
    m010_relation_claims,
    m011_workspace_and_audiences,
)
from store.schema.m012_slack import m012_corrections_and_feedback, m013_outbox, m014_curations
from store.schema.m016_watches import m016_watches
from store.schema.m017_copies import m017_near_copies_index
from store.schema.m018_pipeline import m018_pipeline_version
from store.schema.m019_surfaces import m019_actor_surfaces
from store.schema.m020_actor_names import m020_actor_names_by_actor
from store.schema.m021_rewrites import m021_rewrites
from store.schema.m022_live_blog import m022_live_blog
from store.schema.m023_associations import m023_term_associations
from store.schema.registry import migrations

if TYPE_CHECKING:
    from store.db import Database

__all__ = [
    "m001_articles_passages_index",
    "m002_slack_events_and_pages",
    "m003_actors_places_events",
    "m004_subject_events_and_aggregates",
    "m005_compact_postings",
    "m006_event_subject_indexes",
    "m007_subject_totals",
    "m008_passage_ranges",
    "m009_date_salience",
    "m010_relation_claims",
    "m011_workspace_and_audiences",
    "m012_corrections_and_feedback",
    "m013_outbox",
    "m014_curations",
    "m016_watches",
    "m017_near_copies_index",
    "m018_pipeline_version",
    "m019_actor_surfaces",
    "m020_actor_names_by_actor",
    "m021_rewrites",
    "m022_live_blog",
    "m023_term_associations",
    "migrate",
    "migrations",
]


def migrate(db: Database) -> None:
    """Apply pending migrations under the write lock, so concurrent first opens do not race."""
    if not migrations.pending(db):
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        migrations.apply(db)  # nested: each migration runs in a savepoint
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
