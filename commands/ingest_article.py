"""Storing one article: analysed without the store (prepare), then written in the caller's
transaction (write_prepared) or in its own (store_article).

The same content twice is stored once; a near duplicate is recorded and linked to the original
but not indexed again. Where it comes from and who may see it travels with it (Origin).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from commands.ingest_records import entities_of
from extract.article import analyse
from extract.pipeline_version import PIPELINE_VERSION
from store import articles as article_store
from store import audience, index, rows, workspace, writer
from store.db import BUSY_TIMEOUT_MS, transaction
from store.records import ArticleEntities
from text import fingerprint, prose
from text.split import ArticleDraft
from text.surrogates import replace_lone_surrogates

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class Origin:
    """Where an input came from and who may see it."""

    label: str  # path, URL or permalink shown in citations
    team: str = ""
    scope: str = ""  # '' = visible workspace-wide; else a private conversation id
    key: str | None = None  # idempotency key (a Slack message ts or file id)


@dataclass(frozen=True)
class Options:
    published: str | None = None  # the user's word for the publication date
    source: str | None = None


DEFAULT_OPTIONS = Options()  # frozen, so one shared default is safe


@dataclass(frozen=True)
class IngestedArticle:
    id: int
    title: str
    source: str | None
    published: str | None
    published_how: str | None
    passages: int
    actors: int
    events: int
    duplicate_of: int | None
    origin: str
    warnings: tuple[str, ...] = ()  # bounds the article met (extract/article.py), one line each

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "published_how": self.published_how,
            "passages": self.passages,
            "actors": self.actors,
            "events": self.events,
            "duplicate_of": self.duplicate_of,
            "warnings": list(self.warnings),
        }


@dataclass
class IngestResult:
    articles: list[IngestedArticle] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        """Each article's warnings, one line each, naming where the article came from."""
        return [f"{a.origin}: {w}" for a in self.articles for w in a.warnings]

    def to_json(self) -> dict[str, object]:
        return {
            "articles": [a.to_json() for a in self.articles],
            "errors": self.errors,
            "warnings": self.warnings,
        }


class IngestError(RuntimeError):
    """An article could not be stored (the store is unchanged); the message is one line."""


@dataclass(frozen=True)
class Prepared:
    """One article with everything computed that needs no store: what a worker process hands
    the writer."""

    draft: ArticleDraft
    kind: str
    origin: Origin
    title: str
    title_how: str
    source: str | None
    published: str | None
    published_how: str | None
    digest: str
    signature: Any  # numpy MinHash signature, or None for a short text
    bands: list[int]
    spans: list[tuple[int, int]]
    passage_terms: list[list[str]]
    entities: ArticleEntities
    warnings: tuple[str, ...]  # bounds met (extract/article.py)

    def text_fields(self) -> dict[str, Any]:
        """The article row's columns read from its text: what ingest writes and `reindex`
        rewrites (each with the pipeline version beside them)."""
        return {
            "text": self.draft.text,
            "title": self.title,
            "title_how": self.title_how,
            "source": self.source,
            "author": self.draft.author,
            "published": self.published,
            "published_how": self.published_how,
            "content_hash": self.digest,
            "signature": writer.stored_signature(self.signature),
            "live_blog": int(self.draft.live_blog),
        }


def prepare(
    draft: ArticleDraft, kind: str, origin: Origin, options: Options, digest: str | None = None
) -> Prepared:
    """Clean text in, everything to store out: passages, their terms, fingerprints, extraction."""
    text = draft.text
    if not text.strip():
        raise IngestError("empty article")
    refused = prose.refusal(text)
    if refused:
        raise IngestError(refused)
    draft = replace(
        draft,
        title=_storable(draft.title),
        source=_storable(draft.source),
        author=_storable(draft.author),
    )
    origin = replace(origin, label=_storable(origin.label) or "")
    analysis = analyse(draft, options.published, index.MAX_PASSAGE_TERMS, digest)
    return Prepared(
        draft=draft,
        kind=kind,
        origin=origin,
        title=analysis.title,
        title_how=analysis.title_how,
        source=_storable(options.source) or draft.source,
        published=analysis.published,
        published_how=analysis.published_how,
        digest=analysis.digest,
        signature=analysis.signature,
        bands=analysis.bands,
        spans=analysis.spans,
        passage_terms=analysis.passage_terms,
        entities=entities_of(analysis.found, analysis.spans),
        warnings=analysis.warnings,
    )


def _storable(value: str | None) -> str | None:
    """SQLite text is UTF-8, which has no lone surrogates; they come from file names that are
    not UTF-8 (Python keeps their bytes as surrogates) and from broken JSON escapes."""
    return replace_lone_surrogates(value) if value else value


def store_article(
    db: sqlite_utils.Database, draft: ArticleDraft, kind: str, origin: Origin, options: Options
) -> IngestedArticle:
    """Store one article atomically (or find it already stored)."""
    if not draft.text.strip():
        raise IngestError("empty article")
    digest = fingerprint.content_hash(draft.text)
    origin = _with_team(db, origin)
    existing = article_store.find_by_hash(db, origin.team, digest)
    if existing:  # known already: skip the analysis
        try:
            with transaction(db):
                return _repost(db, existing, origin.scope)
        except sqlite3.OperationalError as exc:
            raise IngestError(not_stored(exc)) from exc
    return write_alone(db, prepare(draft, kind, origin, options, digest))


def _with_team(db: sqlite_utils.Database, origin: Origin) -> Origin:
    """An input from outside Slack belongs to the store's workspace (see store.workspace)."""
    if origin.team:
        return origin
    try:
        return replace(origin, team=workspace.team_for_ingest(db, None))
    except workspace.WorkspaceError as exc:
        raise IngestError(str(exc)) from exc


def _repost(
    db: sqlite_utils.Database,
    row: article_store.ArticleRow,
    scope: str,
    pending: rows.PendingRows | None = None,
) -> IngestedArticle:
    """An article posted again: visible now wherever it was posted. Where it was not visible
    before, the poster is told it was added, as for a new article: the reply must not reveal
    that another (private) conversation holds it."""
    if _widen(db, row.id, scope, pending):
        return _report_added(db, row)
    return _report_existing(db, row)


def write_alone(db: sqlite_utils.Database, prepared: Prepared) -> IngestedArticle:
    """Write one prepared article in a transaction of its own."""
    try:
        with transaction(db):
            return write_prepared(db, prepared)
    except sqlite3.OperationalError as exc:
        raise IngestError(not_stored(exc)) from exc


def not_stored(exc: sqlite3.Error) -> str:
    """Why an article was not stored, in one line. A full disk often surfaces as an I/O error
    (a write past a file size limit fails with EFBIG), and a lock held past the busy timeout
    needs saying that nothing is broken."""
    reason = str(exc)
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_IOERR"):
        reason += " (is the disk full or failing?)"
    elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        reason += (
            f" (another process kept the store busy for {BUSY_TIMEOUT_MS // 1000} s; try again)"
        )
    return f"not stored, the store is unchanged: {reason}"


def _report_existing(db: sqlite_utils.Database, row: article_store.ArticleRow) -> IngestedArticle:
    return IngestedArticle(
        row.id,
        row.title,
        row.source,
        row.published,
        row.published_how,
        article_store.passage_count(db, row.id),
        0,
        0,
        row.id,
        row.origin,
    )


def _report_added(db: sqlite_utils.Database, row: article_store.ArticleRow) -> IngestedArticle:
    actors, events = writer.extraction_counts(db, row.id)
    return IngestedArticle(
        row.id,
        row.title,
        row.source,
        row.published,
        row.published_how,
        article_store.passage_count(db, row.id),
        actors,
        events,
        None,
        row.origin,
    )


def write_prepared(
    db: sqlite_utils.Database,
    p: Prepared,
    index_buffer: list[tuple[int, Sequence[str]]] | None = None,
    pending: rows.PendingRows | None = None,
) -> IngestedArticle:
    """Write one prepared article; call inside a transaction (or savepoint).

    With index_buffer, its passages are appended there for the caller to index in one go
    (index.add_passages) before the transaction ends; otherwise they are indexed here. With
    pending, the rows of its mentions and counts are kept there for the caller to write
    (pending.write) before the transaction ends; otherwise they are written here.
    """

    def report(
        article_id: int,
        n_passages: int,
        duplicate_of: int | None,
        n_actors: int = 0,
        n_events: int = 0,
    ) -> IngestedArticle:
        return IngestedArticle(
            article_id,
            p.title,
            p.source,
            p.published,
            p.published_how,
            n_passages,
            n_actors,
            n_events,
            duplicate_of,
            p.origin.label,
            p.warnings if duplicate_of is None else (),
        )

    if not p.origin.team:  # under the write lock: the store may have been claimed meanwhile
        p = replace(p, origin=_with_team(db, p.origin))
    # Checked under the write lock: another process may have stored it meanwhile.
    existing = article_store.find_by_hash(db, p.origin.team, p.digest)
    if existing:
        return _repost(db, existing, p.origin.scope, pending)
    near = writer.near_duplicate(
        db,
        p.origin.team,
        p.signature,
        p.bands,
        fingerprint.similarity,
        fingerprint.NEAR_DUPLICATE,
    )
    if near is not None and _widen(db, near, p.origin.scope, pending):
        # A near copy posted where its original was not visible: the original becomes
        # visible here, and the poster hears of it as added (see _repost).
        original = article_store.get_article(db, near)
        assert original is not None
        _insert_article(db, p, near)
        return _report_added(db, original)
    article_id = _insert_article(db, p, near)
    if near is not None:
        return report(article_id, 0, near)
    passage_ids = article_store.insert_passages(
        db, article_id, [(s, e, len(t)) for (s, e), t in zip(p.spans, p.passage_terms, strict=True)]
    )
    indexed = list(zip(passage_ids, p.passage_terms, strict=True))
    if index_buffer is None:
        index.add_passages(db, indexed)
    article_store.insert_bands(db, p.origin.team, article_id, p.bands)
    n_actors, n_events = writer.write_entities(db, article_id, p.entities, passage_ids, pending)
    if index_buffer is not None:  # last: an article that failed above must not be indexed
        index_buffer.extend(indexed)
    return report(article_id, len(passage_ids), None, n_actors, n_events)


def _widen(
    db: sqlite_utils.Database, article_id: int, scope: str, pending: rows.PendingRows | None
) -> bool:
    """audience.widen for a copy of article_id posted in scope, a batch's pending rows written
    first where the copy makes the article visible where it was not: that reads and shifts the
    article's counts (audience.widen, _report_added), which the batch may still hold. A copy
    posted where its article is visible already reads neither the counts nor the mentions, so
    the batch keeps its rows; writing them at each copy had cut a batch of 3,000 replicas into
    some 200 writes, each of rows merged over a dozen articles only (docs/PERFORMANCE.md)."""
    if audience.visible_in(db, article_id, scope):
        return False
    if pending is not None:
        pending.write(db)
    return audience.widen(db, article_id, scope)


def _insert_article(db: sqlite_utils.Database, p: Prepared, near: int | None) -> int:
    """The article's row (with duplicate_of = near for a near copy, which is not indexed)."""
    return article_store.insert_article(
        db,
        team=p.origin.team,
        scope=p.origin.scope,
        origin=p.origin.label,
        origin_key=p.origin.key,
        kind=p.kind,
        duplicate_of=near,
        pipeline=PIPELINE_VERSION,
        **p.text_fields(),
    )
