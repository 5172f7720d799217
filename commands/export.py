"""Export every article with its cleaned text and passages, as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from store.articles import EVERYONE, Viewer, article_passages, iter_articles

if TYPE_CHECKING:
    import sqlite_utils


def run(db: sqlite_utils.Database, viewer: Viewer = EVERYONE) -> Iterator[dict[str, object]]:
    """One JSON-ready dict per article, streamed so a large store is never held in memory."""
    for article in iter_articles(db, viewer):
        yield {
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "published": article.published,
            "origin": article.origin,
            "text": article.text,
            "passages": [
                {"id": p.id, "start": p.start, "end": p.end, "text": p.text}
                for p in article_passages(db, article)
            ],
            "duplicate_of": article.duplicate_of,
        }


JSON_HEAD, JSON_TAIL = '{"articles": [', "\n]}\n"


def json_piece(n: int, article: dict[str, object]) -> str:
    """Article n (from 0) of the document, one a line."""
    return ("," if n else "") + "\n" + json.dumps(article, ensure_ascii=False)


def json_document(articles: Iterable[dict[str, object]]) -> Iterator[str]:
    """`{"articles": [...]}` in pieces: the terminal's `export --json` and Slack's `/sitrep
    export` write the same document without holding it whole."""
    yield JSON_HEAD
    for n, article in enumerate(articles):
        yield json_piece(n, article)
    yield JSON_TAIL
