"""Add articles to the store: files, standard input, pasted text, or a JSON-lines bulk file.

Each input is read, cleaned and split into articles; each article is stored in its own
transaction together with its passages and their index entries, so a failure leaves the store
exactly as it was before that article. The same content twice is stored once; a near duplicate
is recorded and linked to the original but not indexed again.
"""

from __future__ import annotations

import bisect
import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

import sqlite_utils

from store import articles as article_store
from store import index
from store.db import transaction
from extract.pipeline import Extraction, extract
from store import entities
from text import fingerprint, passages, tokens
from text.clean import clean
from text.read import Document, InputError, read_bytes, read_path
from text.sentences import split_sentences
from text.split import ArticleDraft, split_articles

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TITLE_WORDS = 14


@dataclass(frozen=True)
class Origin:
    """Where an input came from and who may see it."""

    label: str                     # path, URL or permalink shown in citations
    team: str = ""
    scope: str = ""                # '' = visible workspace-wide; else a private conversation id
    key: str | None = None         # idempotency key (a Slack message ts or file id)


@dataclass(frozen=True)
class Options:
    published: str | None = None   # the user's word for the publication date
    source: str | None = None


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

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "source": self.source,
                "published": self.published, "published_how": self.published_how,
                "passages": self.passages, "actors": self.actors, "events": self.events,
                "duplicate_of": self.duplicate_of}


@dataclass
class IngestResult:
    articles: list[IngestedArticle] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"articles": [a.to_json() for a in self.articles], "errors": self.errors}


class IngestError(RuntimeError):
    """An article could not be stored (the store is unchanged); the message is one line."""


def validate_date(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not ISO_DATE.match(value):
        raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


def ingest_paths(db: sqlite_utils.Database, paths: Iterable[str], options: Options = Options(),
                 on_article: Callable[[IngestedArticle], None] | None = None) -> IngestResult:
    result = IngestResult()
    for path in paths:
        try:
            document = read_path(path)
        except InputError as exc:
            result.errors.append(str(exc))
            continue
        _ingest_into(db, document, Origin(document.origin), options, result, on_article)
    return result


def ingest_bytes(db: sqlite_utils.Database, data: bytes, name: str, origin: Origin,
                 options: Options = Options(), mimetype: str | None = None) -> IngestResult:
    result = IngestResult()
    try:
        document = replace(read_bytes(data, name, mimetype), origin=origin.label)
    except InputError as exc:
        result.errors.append(str(exc))
        return result
    _ingest_into(db, document, origin, options, result, None)
    return result


def ingest_document(db: sqlite_utils.Database, document: Document, origin: Origin,
                    options: Options = Options()) -> IngestResult:
    result = IngestResult()
    _ingest_into(db, document, origin, options, result, None)
    return result


def _ingest_into(db, document: Document, origin: Origin, options: Options, result: IngestResult,
                 on_article: Callable[[IngestedArticle], None] | None) -> None:
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


def ingest_jsonl(db: sqlite_utils.Database, lines: Iterable[str], label: str,
                 progress: Callable[[int], None] | None = None) -> IngestResult:
    """Bulk ingest: one {"title", "text", "published", "source", "url"} object per line.

    Each line is one article (no splitting). A bad line is reported and skipped.
    """
    result = IngestResult()
    for number, line in enumerate(lines, start=1):
        if progress:
            progress(number)
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError('expected an object with a "text" string')
            published = validate_date(record.get("published") or None)
            text = clean(record["text"])
            if not text.strip():
                raise ValueError("empty text")
        except (ValueError, TypeError) as exc:
            result.errors.append(f"{where}: {exc}")
            continue
        draft = ArticleDraft(title=_clean_field(record.get("title")), text=text,
                             source=_clean_field(record.get("source")), author=None,
                             published=published, published_how="given" if published else None)
        try:
            result.articles.append(
                store_article(db, draft, "text", Origin(record.get("url") or where), Options()))
        except IngestError as exc:
            result.errors.append(f"{where}: {exc}")
    return result


def _clean_field(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def derive_title(text: str) -> str:
    """An untitled article is named by the start of its first sentence."""
    spans = split_sentences(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    words = first.split()
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")


def resolve_published(draft: ArticleDraft, options: Options) -> tuple[str | None, str | None]:
    """Publication date and how it is known. The user's word beats what was found in the
    document; otherwise the article's own dates may bound it (inferred). Never the clock."""
    if options.published:
        return options.published, "given"
    if draft.published:
        return draft.published, draft.published_how
    from text.dates import infer_publication_date

    inferred = infer_publication_date(draft.text)
    # Only a date pinned to a day (a weekday that fixes the year) is taken. A year that merely
    # bounds the article from below is not its publication date, and resolving "last year"
    # against it would put a year on an event that the text does not support.
    if inferred and len(inferred[0]) == 10:
        return inferred[0], "inferred"
    return None, None


def store_article(db: sqlite_utils.Database, draft: ArticleDraft, kind: str, origin: Origin,
                  options: Options) -> IngestedArticle:
    """Store one article atomically (or find it already stored)."""
    text = draft.text
    if not text.strip():
        raise IngestError("empty article")
    title, title_how = (draft.title, "found") if draft.title else (derive_title(text), "derived")
    source = options.source or draft.source
    published, published_how = resolve_published(draft, options)
    digest = fingerprint.content_hash(text)

    def report(article_id: int, n_passages: int, duplicate_of: int | None,
               n_actors: int = 0, n_events: int = 0, row=None) -> IngestedArticle:
        if row is not None:
            return IngestedArticle(row.id, row.title, row.source, row.published, row.published_how,
                                   n_passages, n_actors, n_events, duplicate_of, row.origin)
        return IngestedArticle(article_id, title, source, published, published_how, n_passages,
                               n_actors, n_events, duplicate_of, origin.label)

    existing = article_store.find_by_hash(db, origin.team, digest)
    if existing:
        return report(existing.id, article_store.passage_count(db, existing.id), existing.id,
                      row=existing)

    spans = passages.split_passages(text)
    title_terms = tokens.terms(title)
    passage_terms = [tokens.terms(text[s:e]) + title_terms for s, e in spans]
    signature = fingerprint.minhash(text)
    bands = fingerprint.bands(signature) if signature is not None else []
    found = extract(text, published, published_how)

    try:
        with transaction(db):
            # Checked again under the write lock: another process may have stored it meanwhile.
            existing = article_store.find_by_hash(db, origin.team, digest)
            if existing:
                return report(existing.id, article_store.passage_count(db, existing.id),
                              existing.id, row=existing)
            near = _near_duplicate(db, origin.team, signature, bands)
            article_id = article_store.insert_article(
                db, team=origin.team, scope=origin.scope, origin=origin.label,
                origin_key=origin.key, kind=kind, title=title, title_how=title_how,
                source=source, author=draft.author, published=published,
                published_how=published_how, content_hash=digest,
                signature=signature.tobytes() if signature is not None else None,
                duplicate_of=near, text=text)
            if near is not None:
                return report(article_id, 0, near)
            passage_ids = article_store.insert_passages(
                db, article_id, [(s, e, len(t)) for (s, e), t in zip(spans, passage_terms,
                                                                    strict=True)])
            index.add_passages(db, list(zip(passage_ids, passage_terms, strict=True)))
            article_store.insert_bands(db, origin.team, article_id, bands)
            n_actors, n_events = store_extraction(db, article_id, found, spans, passage_ids)
            return report(article_id, len(passage_ids), None, n_actors, n_events)
    except sqlite3.OperationalError as exc:
        raise IngestError(f"not stored, the store is unchanged: {exc}") from exc


def _near_duplicate(db, team: str, signature, bands: list[int]) -> int | None:
    if signature is None or not bands:
        return None
    import numpy as np

    best, best_similarity = None, fingerprint.NEAR_DUPLICATE
    for article_id, blob in article_store.band_candidates(db, team, bands):
        if blob is None:
            continue
        similarity = fingerprint.similarity(signature, np.frombuffer(blob, dtype=signature.dtype))
        if similarity >= best_similarity:
            best, best_similarity = article_id, similarity
    return best


def _sentence_of(sentences: list[tuple[int, int]], start: int) -> tuple[int, int]:
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:  # binary search: sentences are sorted and disjoint
        mid = (lo + hi) // 2
        s, e = sentences[mid]
        if start < s:
            hi = mid - 1
        elif start >= e:
            lo = mid + 1
        else:
            return s, e
    return start, start


def store_extraction(db: sqlite_utils.Database, article_id: int, found: Extraction,
                     spans: list[tuple[int, int]], passage_ids: list[int]) -> tuple[int, int]:
    """Write actors, places, relations and events of one article; returns (actors, events)."""
    actor_ids: dict[str, int] = {}
    names: set[tuple[int, str, str]] = set()
    mentions = []
    for m in found.actors:
        a = m.actor
        if a.key not in actor_ids:
            actor_ids[a.key] = entities.actor_id(db, a.key, a.name, a.kind, not m.discovered)
            names.add((actor_ids[a.key], tokens.fold(a.name).lower(), a.name))
        names.add((actor_ids[a.key], tokens.fold(m.text).lower(), m.text))
        s, e = _sentence_of(found.sentences, m.start)
        mentions.append((actor_ids[a.key], article_id, m.start, m.end, s, e, a.role))
    entities.add_actor_names(db, names)
    entities.add_actor_mentions(db, mentions)

    relations = []
    for r in found.relations:
        if r.subject in actor_ids and r.object in actor_ids:
            relations.append((actor_ids[r.subject], r.predicate, actor_ids[r.object], article_id,
                              r.start, r.end))
    entities.add_relations(db, relations)

    place_ids: dict[str, int] = {}
    place_rows = []
    for m in found.places:
        p = m.place
        if p.key not in place_ids:
            place_ids[p.key] = entities.place_id(db, p.key, p.name, p.kind, p.country, p.lat, p.lon)
        s, e = _sentence_of(found.sentences, m.start)
        place_rows.append((place_ids[p.key], article_id, m.start, m.end, s, e))
    entities.add_place_mentions(db, place_rows)

    starts = [s for s, _ in spans]

    for ev in found.events:
        i = bisect.bisect_right(starts, ev.start) - 1
        passage = passage_ids[i] if 0 <= i < len(passage_ids) and ev.start < spans[i][1] else None
        entities.add_event(db, article_id, passage, ev.start, ev.end, ev.date, ev.precision,
                           ev.date_how, ev.date_text, ev.sort_key,
                           [actor_ids[k] for k in ev.actor_keys if k in actor_ids],
                           [place_ids[k] for k in ev.place_keys if k in place_ids])
    return len(actor_ids), sum(1 for ev in found.events if ev.date)
