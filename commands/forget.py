"""Remove an article from the store: it leaves the search index, the timelines, the actor
profiles and their counts in one transaction, with its near copies, and the corrections log
records who removed it and what it was.

The article is named by its #id, its link or Slack permalink, or its title (or a part of the
title that only one article holds). In Slack only the person who added it, or a workspace
admin, may remove it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from commands.article_changes import Changed, find, remove
from store.articles import EVERYONE, Viewer

if TYPE_CHECKING:
    import sqlite_utils


def run(
    db: sqlite_utils.Database, article: str, user: str = "terminal", viewer: Viewer = EVERYONE
) -> Changed:
    """Raises article_changes.ChangeError when no one article matches."""
    return remove(db, find(db, article, viewer).id, user)
