"""Bulk ingest of a JSON-lines file: articles prepared in worker processes, written by one writer
in input order in batched transactions, with a savepoint per article."""

from __future__ import annotations

import gc
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from commands.arguments import iso_date
from commands.ingest_article import (
    IngestedArticle,
    IngestError,
    IngestResult,
    Options,
    Origin,
    Prepared,
    not_stored,
    prepare,
    write_alone,
    write_prepared,
)
from store import articles as article_store
from store import index, rows
from store.db import transaction
from text.clean import clean
from text.split import ArticleDraft, without_clutter

if TYPE_CHECKING:
    import sqlite_utils

# Bulk ingest commits this many articles at once, or what was prepared in BATCH_SECONDS (the
# write lock is held only while a batch is written, not while it is prepared). In a large store
# a batch's rows land on scattered B-tree pages, written once per commit whatever the number of
# rows on them: at 100,000 articles a batch of 1,000 dirtied 39 pages an article, one of 3,000
# 18, which halves the commit. Memory bounds it: a prepared article holds about 55 KB.
BATCH_ARTICLES = 3000
BATCH_SECONDS = 30.0


def ingest_jsonl(
    db: sqlite_utils.Database,
    lines: Iterable[str],
    label: str,
    progress: Callable[[int], None] | None = None,
    workers: int = 1,
    team: str = "",
) -> IngestResult:
    """Bulk ingest: one {"title", "text", "published", "source", "url"} object per line.

    Each line is one article (no splitting). A bad line is reported and skipped. Articles are
    written in batches: one transaction per batch with a savepoint per article, so an article is
    still stored whole or not at all, while the index and the commit are paid once per batch.
    With workers > 1, reading, cleaning, splitting, tokenizing and extraction run in that many
    processes; one writer stores the results in input order, so the store is the same.
    """
    result = IngestResult()
    errors: list[tuple[int, str]] = []
    article_store.use_bulk_cache(db)
    writer = _BatchWriter(db, result, errors, label)
    numbered = ((n, line) for n, line in enumerate(lines, start=1) if line.strip())
    pool = None
    outcomes: Iterable[tuple[int, Prepared | str]]
    if workers > 1:
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(workers)
        outcomes = pool.imap(_prepare_line, numbered, chunksize=4)
    else:
        outcomes = map(_prepare_line, numbered)
    # A batch of prepared articles is millions of small objects without reference cycles; the
    # cyclic collector rescanned them all several times per batch (a tenth of bulk ingest's
    # time). It is off while the batch fills and runs once after each batch is written.
    # (After the pool is forked: workers keep their own collector.)
    collecting = gc.isenabled()
    gc.disable()
    # What exists before the batches (imported code, loaded knowledge, word caches) lives as
    # long as the ingest: frozen, so that each batch's collection walks only what the batches
    # made since, not the whole heap again (2-3% of a bulk ingest's time). Unfrozen at the end,
    # unless the caller had frozen objects of its own.
    thawing = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        for number, outcome in outcomes:
            if isinstance(outcome, str):
                errors.append((number, f"{label}:{number}: {outcome}"))
            else:
                if outcome.origin.label == _LINE_ORIGIN:
                    outcome = replace(outcome, origin=Origin(f"{label}:{number}"))
                if team:
                    outcome = replace(outcome, origin=replace(outcome.origin, team=team))
                writer.add(number, outcome)
            if progress:
                progress(number)
        writer.flush()
    finally:
        if pool is not None:
            pool.terminate()
        if thawing:
            gc.unfreeze()
        if collecting:
            gc.enable()
    errors.sort(key=lambda e: e[0])
    result.errors.extend(message for _, message in errors)
    return result


_LINE_ORIGIN = "\0line"  # stands for "label:line number" until the writer knows the label


def _prepare_line(item: tuple[int, str]) -> tuple[int, Prepared | str]:
    number, line = item
    try:
        record = json.loads(line)
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise ValueError('expected an object with a "text" string')
        published = iso_date(record.get("published") or None)
        text = clean(record["text"])
        if not text.strip():
            raise ValueError("empty text")
        draft = without_clutter(
            ArticleDraft(
                title=_clean_field(record.get("title")),
                text=text,
                source=_clean_field(record.get("source")),
                author=None,
                published=published,
                published_how="given" if published else None,
            )
        )
        url = record.get("url")
        origin = Origin(url if isinstance(url, str) and url else _LINE_ORIGIN)
        return number, prepare(draft, "text", origin, Options())
    except (ValueError, TypeError, IngestError) as exc:
        return number, str(exc)


def _clean_field(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


class _BatchWriter:
    """Stores prepared articles in batched transactions (see ingest_jsonl)."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        result: IngestResult,
        errors: list[tuple[int, str]],
        label: str,
    ) -> None:
        self.db, self.result, self.errors, self.label = db, result, errors, label
        self.pending: list[tuple[int, Prepared]] = []
        self.started = 0.0

    def add(self, number: int, prepared: Prepared) -> None:
        if not self.pending:
            self.started = time.monotonic()
        self.pending.append((number, prepared))
        if len(self.pending) >= BATCH_ARTICLES or time.monotonic() - self.started >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        pending, self.pending = self.pending, []
        if not pending:
            return
        stored, failed = self._write(pending)
        self.result.articles.extend(stored)
        self.errors.extend(failed)
        # What the batch needed is gone before the collector walks what is left: the prepared
        # articles, and (with _write's return) the batch's pending rows and index buffer.
        del pending
        gc.collect()  # once per batch (see ingest_jsonl)
        gc.freeze()  # what outlives the batch is not walked again by the next one

    def _write(
        self, pending: list[tuple[int, Prepared]]
    ) -> tuple[list[IngestedArticle], list[tuple[int, str]]]:
        """Store a batch: (the articles stored, (line number, error) of those that were not)."""
        stored: list[IngestedArticle] = []
        failed: list[tuple[int, str]] = []
        try:
            with transaction(self.db):
                buffer: list[tuple[int, Sequence[str]]] = []
                entity_rows = rows.PendingRows()
                for number, prepared in pending:
                    self.db.conn.execute("SAVEPOINT article")
                    mark = entity_rows.mark()
                    try:
                        stored.append(write_prepared(self.db, prepared, buffer, entity_rows))
                    except sqlite3.OperationalError as exc:
                        if not self.db.conn.in_transaction:
                            raise  # SQLite gave up the whole transaction: retry one by one
                        self.db.conn.execute("ROLLBACK TO article")
                        entity_rows.rollback(mark)
                        failed.append((number, f"{self.label}:{number}: {not_stored(exc)}"))
                    self.db.conn.execute("RELEASE article")
                entity_rows.write(self.db)
                index.add_passages(self.db, buffer)
        except sqlite3.OperationalError:
            # The batch is gone as a whole; store its articles one at a time, so that each
            # error names the article it belongs to.
            stored, failed = [], []
            for number, prepared in pending:
                try:
                    stored.append(write_alone(self.db, prepared))
                except IngestError as exc:
                    failed.append((number, f"{self.label}:{number}: {exc}"))
        return stored, failed
