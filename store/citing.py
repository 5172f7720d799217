"""What a cited export needs beyond the answers: where a passage sits in its article, and an
article's text to find a sentence in."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.db import Database


def passage_spans(db: Database, passage_ids: Sequence[int]) -> dict[int, tuple[int, int, int]]:
    """passage id -> (article id, start, end): character offsets into the article's text."""
    if not passage_ids:
        return {}
    marks = ",".join("?" * len(passage_ids))
    rows = db.conn.execute(
        f"SELECT id, article_id, start, end FROM passages WHERE id IN ({marks})",
        list(passage_ids),
    )
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def article_texts(db: Database, article_ids: Sequence[int]) -> dict[int, str]:
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.conn.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", ids)
    return {r[0]: r[1] for r in rows}
