"""Add articles to the store: files, standard input, pasted text, or a JSON-lines bulk file.

Each input is read, cleaned and split into articles; each article is stored in its own
transaction together with its passages and their index entries, so a failure leaves the store
exactly as it was before that article. The same content twice is stored once; a near duplicate
is recorded and linked to the original but not indexed again.

The work is in layers: this module routes inputs to articles; commands/ingest_article.py
prepares and writes one article (analysis in extract/article.py, rows in store/writer.py);
commands/ingest_bulk.py batches a JSON-lines file over worker processes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from commands.arguments import iso_date
from commands.ingest_article import (
    DEFAULT_OPTIONS,
    IngestedArticle,
    IngestError,
    IngestResult,
    Options,
    Origin,
    store_article,
)
from commands.ingest_bulk import ingest_jsonl
from text.read import Document, InputError, read_bytes, read_path
from text.split import split_articles

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "IngestError",
    "IngestResult",
    "IngestedArticle",
    "Options",
    "Origin",
    "ingest_bytes",
    "ingest_document",
    "ingest_jsonl",
    "ingest_paths",
    "validate_date",
]

validate_date = iso_date  # the check of --published and of bulk records' dates


def ingest_paths(
    db: sqlite_utils.Database,
    paths: Iterable[str],
    options: Options = DEFAULT_OPTIONS,
    on_article: Callable[[IngestedArticle], None] | None = None,
    team: str = "",
) -> IngestResult:
    """Files (or '-'); team names the Slack workspace they are for ('' = the store's own)."""
    result = IngestResult()
    for path in paths:
        try:
            document = read_path(path)
        except InputError as exc:
            result.errors.append(str(exc))
            continue
        _ingest_into(db, document, Origin(document.origin, team), options, result, on_article)
    return result


def ingest_bytes(
    db: sqlite_utils.Database,
    data: bytes,
    name: str,
    origin: Origin,
    options: Options = DEFAULT_OPTIONS,
    mimetype: str | None = None,
) -> IngestResult:
    result = IngestResult()
    try:
        document = replace(read_bytes(data, name, mimetype), origin=origin.label)
    except InputError as exc:
        result.errors.append(str(exc))
        return result
    _ingest_into(db, document, origin, options, result, None)
    return result


def ingest_document(
    db: sqlite_utils.Database,
    document: Document,
    origin: Origin,
    options: Options = DEFAULT_OPTIONS,
) -> IngestResult:
    result = IngestResult()
    _ingest_into(db, document, origin, options, result, None)
    return result


def _ingest_into(
    db: sqlite_utils.Database,
    document: Document,
    origin: Origin,
    options: Options,
    result: IngestResult,
    on_article: Callable[[IngestedArticle], None] | None,
) -> None:
    try:
        drafts = split_articles(document)
    except InputError as exc:
        result.errors.append(str(exc))
        return
    if not drafts:
        result.errors.append(f"{origin.label}: no article text found")
        return
    for draft in drafts:
        try:
            stored = store_article(db, draft, document.kind, origin, options)
        except IngestError as exc:
            result.errors.append(f"{origin.label}: {exc}")
            continue
        result.articles.append(stored)
        if on_article:
            on_article(stored)
