"""Correct an article's title, outlet or publication date: it is stored again from its own
text with the corrected fields, so its dated events, index entries and counts follow, and the
corrections log records who changed what.

The article is named as for `forget`. In Slack, the Edit button under an ingest confirmation
opens the same correction as a form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from commands.article_changes import Changed, edit, find
from store.articles import EVERYONE, Viewer

if TYPE_CHECKING:
    import sqlite_utils


def run(
    db: sqlite_utils.Database,
    article: str,
    user: str = "terminal",
    title: str | None = None,
    source: str | None = None,
    published: str | None = None,
    viewer: Viewer = EVERYONE,
) -> Changed:
    """Raises article_changes.ChangeError for no such article, a bad date or no change."""
    return edit(db, find(db, article, viewer).id, user, title, source, published)
