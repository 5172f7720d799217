"""Add articles to the store: files, standard input, pasted text, or a JSON-lines bulk file.

Each input is read, cleaned and split into articles; each article is stored in its own
transaction together with its passages and their index entries, so a failure leaves the store
exactly as it was before that article. The same content twice is stored once; a near duplicate
is recorded and linked to the original but not indexed again.
"""

from __future__ import annotations

import bisect
import gc
import json
import math
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from commands.arguments import iso_date
from commands.date_counts import store_date_counts
from extract.pipeline import Extraction, extract
from store import articles as article_store
from store import audience, entities, index, workspace
from store.db import BUSY_TIMEOUT_MS, transaction
from text import fingerprint, passages, prose, tokens
from text.clean import clean
from text.read import Document, InputError, read_bytes, read_path
from text.split import ArticleDraft, split_articles, without_clutter
from text.surrogates import replace_lone_surrogates

if TYPE_CHECKING:
    import sqlite_utils

TITLE_WORDS = 14


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
        }


@dataclass
class IngestResult:
    articles: list[IngestedArticle] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"articles": [a.to_json() for a in self.articles], "errors": self.errors}


DEFAULT_OPTIONS = Options()  # frozen, so one shared default is safe


class IngestError(RuntimeError):
    """An article could not be stored (the store is unchanged); the message is one line."""


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
    db,
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
    if workers > 1:
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(workers)
        outcomes: Iterable[tuple[int, Prepared | str]] = pool.imap(
            _prepare_line, numbered, chunksize=4
        )
    else:
        outcomes = map(_prepare_line, numbered)
    # A batch of prepared articles is millions of small objects without reference cycles; the
    # cyclic collector rescanned them all several times per batch (a tenth of bulk ingest's
    # time). It is off while the batch fills and runs once after each batch is written.
    # (After the pool is forked: workers keep their own collector.)
    collecting = gc.isenabled()
    gc.disable()
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
        published = validate_date(record.get("published") or None)
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
        stored: list[IngestedArticle] = []
        failed: list[tuple[int, str]] = []
        try:
            with transaction(self.db):
                buffer: list[tuple[int, Sequence[str]]] = []
                for number, prepared in pending:
                    self.db.conn.execute("SAVEPOINT article")
                    try:
                        stored.append(write_prepared(self.db, prepared, buffer))
                    except sqlite3.OperationalError as exc:
                        if not self.db.conn.in_transaction:
                            raise  # SQLite gave up the whole transaction: retry one by one
                        self.db.conn.execute("ROLLBACK TO article")
                        failed.append((number, f"{self.label}:{number}: {not_stored(exc)}"))
                    self.db.conn.execute("RELEASE article")
                index.add_passages(self.db, buffer)
        except sqlite3.OperationalError:
            # The batch is gone as a whole; store its articles one at a time, so that each
            # error names the article it belongs to.
            stored, failed = [], []
            for number, prepared in pending:
                try:
                    stored.append(_write_alone(self.db, prepared))
                except IngestError as exc:
                    failed.append((number, f"{self.label}:{number}: {exc}"))
        self.result.articles.extend(stored)
        self.errors.extend(failed)
        del pending
        gc.collect()  # once per batch (see ingest_jsonl)


def _clean_field(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def derive_title(text: str, sentences: list[tuple[int, int]]) -> str:
    """An untitled article is named by the start of its first sentence (sentences: the text's
    sentence spans, as the extraction found them)."""
    first = text[sentences[0][0] : sentences[0][1]] if sentences else text
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
    signature: object  # numpy MinHash signature, or None for a short text
    bands: list[int]
    spans: list[tuple[int, int]]
    passage_terms: list[list[str]]
    found: Extraction


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
    published, published_how = resolve_published(draft, options)
    found = extract(text, published, published_how)
    title, title_how = (
        (draft.title, "found") if draft.title else (derive_title(text, found.sentences), "derived")
    )
    title = passages.cut_title(title)
    spans = passages.split_passages(text)
    title_terms = tokens.terms(title)
    signature = fingerprint.minhash(text)
    return Prepared(
        draft=draft,
        kind=kind,
        origin=origin,
        title=title,
        title_how=title_how,
        source=_storable(options.source) or draft.source,
        published=published,
        published_how=published_how,
        digest=digest or fingerprint.content_hash(text),
        signature=signature,
        bands=fingerprint.bands(signature) if signature is not None else [],
        spans=spans,
        passage_terms=[_passage_terms(tokens.terms(text[s:e]), title_terms) for s, e in spans],
        found=found,
    )


def _storable(value: str | None) -> str | None:
    """SQLite text is UTF-8, which has no lone surrogates; they come from file names that are
    not UTF-8 (Python keeps their bytes as surrogates) and from broken JSON escapes."""
    return replace_lone_surrogates(value) if value else value


def _passage_terms(body: list[str], title: list[str]) -> list[str]:
    """A passage's index terms, its own then its title's, at most index.MAX_PASSAGE_TERMS: the
    index keeps passage lengths in 16 bits, and text in a script written without spaces can
    make one passage of a whole article."""
    return (body + title)[: index.MAX_PASSAGE_TERMS]


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
    return _write_alone(db, prepare(draft, kind, origin, options, digest))


def _with_team(db: sqlite_utils.Database, origin: Origin) -> Origin:
    """An input from outside Slack belongs to the store's workspace (see store.workspace)."""
    if origin.team:
        return origin
    try:
        return replace(origin, team=workspace.team_for_ingest(db, None))
    except workspace.WorkspaceError as exc:
        raise IngestError(str(exc)) from exc


def _repost(
    db: sqlite_utils.Database, row: article_store.ArticleRow, scope: str
) -> IngestedArticle:
    """An article posted again: visible now wherever it was posted. Where it was not visible
    before, the poster is told it was added, as for a new article: the reply must not reveal
    that another (private) conversation holds it."""
    if audience.widen(db, row.id, scope):
        return _report_added(db, row)
    return _report_existing(db, row)


def _write_alone(db: sqlite_utils.Database, prepared: Prepared) -> IngestedArticle:
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
    actors, events = entities.extraction_counts(db, row.id)
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
) -> IngestedArticle:
    """Write one prepared article; call inside a transaction (or savepoint).

    With index_buffer, its passages are appended there for the caller to index in one go
    (index.add_passages) before the transaction ends; otherwise they are indexed here.
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
        )

    if not p.origin.team:  # under the write lock: the store may have been claimed meanwhile
        p = replace(p, origin=_with_team(db, p.origin))
    # Checked under the write lock: another process may have stored it meanwhile.
    existing = article_store.find_by_hash(db, p.origin.team, p.digest)
    if existing:
        return _repost(db, existing, p.origin.scope)
    near = _near_duplicate(db, p.origin.team, p.signature, p.bands)
    if near is not None and audience.widen(db, near, p.origin.scope):
        # A near copy posted where its original was not visible: the original becomes
        # visible here, and the poster hears of it as added (see _repost).
        original = article_store.get_article(db, near)
        assert original is not None
        _record_near_copy(db, p, near)
        return _report_added(db, original)
    article_id = _record_near_copy(db, p, near)
    if near is not None:
        return report(article_id, 0, near)
    passage_ids = article_store.insert_passages(
        db, article_id, [(s, e, len(t)) for (s, e), t in zip(p.spans, p.passage_terms, strict=True)]
    )
    indexed = list(zip(passage_ids, p.passage_terms, strict=True))
    if index_buffer is None:
        index.add_passages(db, indexed)
    article_store.insert_bands(db, p.origin.team, article_id, p.bands)
    n_actors, n_events = store_extraction(db, article_id, p.found, p.spans, passage_ids)
    if index_buffer is not None:  # last: an article that failed above must not be indexed
        index_buffer.extend(indexed)
    return report(article_id, len(passage_ids), None, n_actors, n_events)


def _record_near_copy(db: sqlite_utils.Database, p: Prepared, near: int | None) -> int:
    """The article's row (with duplicate_of = near for a near copy, which is not indexed)."""
    return article_store.insert_article(
        db,
        team=p.origin.team,
        scope=p.origin.scope,
        origin=p.origin.label,
        origin_key=p.origin.key,
        kind=p.kind,
        title=p.title,
        title_how=p.title_how,
        source=p.source,
        author=p.draft.author,
        published=p.published,
        published_how=p.published_how,
        content_hash=p.digest,
        signature=_stored_signature(p.signature),
        duplicate_of=near,
        text=p.draft.text,
    )


def _stored_signature(signature) -> bytes | None:
    """The low 32 bits of each MinHash value: half the bytes, and two values of 64 bits that
    differ share their low 32 bits with probability 2**-32, so similarities are unchanged."""
    return None if signature is None else signature.astype("<u4").tobytes()


def _near_duplicate(db, team: str, signature, bands: list[int]) -> int | None:
    if signature is None or not bands:
        return None
    import numpy as np

    mine = signature.astype(np.uint32)
    best, best_similarity = None, fingerprint.NEAR_DUPLICATE
    for article_id, blob in article_store.band_candidates(db, team, bands):
        if blob is None:
            continue
        # Signatures stored before were whole 64-bit values.
        stored = np.frombuffer(blob, dtype="<u4" if len(blob) == 4 * len(mine) else "<u8")
        similarity = fingerprint.similarity(mine, stored.astype(np.uint32))
        if similarity >= best_similarity:
            best, best_similarity = article_id, similarity
    return best


def _sentence_of(sentences: list[tuple[int, int]], start: int) -> tuple[int, int]:
    """The sentence holding offset start (sentences are sorted and disjoint), else (start,
    start)."""
    i = bisect.bisect_right(sentences, (start, math.inf)) - 1  # the last one starting <= start
    if i >= 0 and start < sentences[i][1]:
        return sentences[i]
    return start, start


def store_extraction(
    db: sqlite_utils.Database,
    article_id: int,
    found: Extraction,
    spans: list[tuple[int, int]],
    passage_ids: list[int],
) -> tuple[int, int]:
    """Write actors, places, relations and events of one article; returns (actors, events)."""
    first_seen: dict[str, tuple[str, str, bool]] = {}
    for m in found.actors:
        first_seen.setdefault(m.actor.key, (m.actor.name, m.actor.kind, not m.discovered))
    actor_ids = entities.actor_ids(db, first_seen)
    # In order (a dict, not a set): where two spellings fold alike, the first one written is
    # kept, the same in every process (set order follows per-process string hashing).
    names = dict.fromkeys(
        (actor_ids[key], tokens.fold(name).lower(), name)
        for key, (name, _, _) in first_seen.items()
    )
    mentions = []
    for m in found.actors:
        a = m.actor
        names[(actor_ids[a.key], tokens.fold(m.text).lower(), m.text)] = None
        s, e = _sentence_of(found.sentences, m.start)
        mentions.append((actor_ids[a.key], article_id, m.start, m.end, s, e, a.role))
    entities.add_actor_names(db, names)
    entities.add_actor_mentions(db, mentions)

    relations = []
    for r in found.relations:
        if r.subject in actor_ids and r.object in actor_ids:
            relations.append(
                (actor_ids[r.subject], r.predicate, actor_ids[r.object], article_id, r.start, r.end)
            )
    entities.add_relations(db, relations)

    place_details: dict[str, tuple] = {}
    for m in found.places:
        p = m.place
        place_details.setdefault(p.key, (p.name, p.kind, p.country, p.lat, p.lon))
    place_ids = entities.place_ids(db, place_details)
    place_rows = []
    for m in found.places:
        p = m.place
        s, e = _sentence_of(found.sentences, m.start)
        place_rows.append((place_ids[p.key], article_id, m.start, m.end, s, e))
    entities.add_place_mentions(db, place_rows)

    starts = [s for s, _ in spans]
    subject_rows: list[tuple] = []
    dated: dict[tuple[str, int, str], str] = {}  # (kind, subject, date) -> earliest sort key
    event_rows, event_subjects = [], []
    for ev in found.events:
        i = bisect.bisect_right(starts, ev.start) - 1
        passage = passage_ids[i] if 0 <= i < len(passage_ids) and ev.start < spans[i][1] else None
        event_rows.append(
            (
                article_id,
                passage,
                ev.start,
                ev.end,
                ev.date,
                ev.precision,
                ev.date_how,
                ev.date_text,
                ev.sort_key,
            )
        )
        event_subjects.append(
            (
                {actor_ids[k] for k in ev.actor_keys if k in actor_ids},
                {place_ids[k] for k in ev.place_keys if k in place_ids},
            )
        )
    event_ids = entities.add_events(db, event_rows, event_subjects)
    for ev, event_id, (event_actors, event_places) in zip(
        found.events, event_ids, event_subjects, strict=True
    ):
        for kind, ids in (("a", event_actors), ("p", event_places)):
            for subject in ids:
                subject_rows.append((kind, subject, ev.date or "", event_id, article_id))
                if ev.date:
                    key = (kind, subject, ev.date)
                    dated[key] = min(dated.get(key, ev.sort_key or ""), ev.sort_key or "")
    entities.add_subject_events(db, subject_rows)

    # The counts behind timelines and actor profiles, kept here so that reading them costs
    # the same for the most frequent subject as for a rare one.
    team, scope, published = entities.audience(db, article_id)
    entities.add_date_support(
        db,
        [
            (kind, subject, date, team, scope, sort_key)
            for (kind, subject, date), sort_key in dated.items()
        ],
    )
    entities.add_subject_totals(
        db, [(kind, subject, team, scope) for kind, subject in {key[:2] for key in dated}]
    )
    store_date_counts(
        db, article_id, found, event_ids, actor_ids, place_ids, team, scope, published
    )
    facts: Counter[tuple[int, str, str]] = Counter()
    actor_sentences: dict[int, set[int]] = {}
    for actor, _, _, _, sentence, _, role in mentions:
        facts[(actor, "mentions", "")] += 1
        if role is not None:
            facts[(actor, "role", role)] += 1
        actor_sentences.setdefault(actor, set()).add(sentence)
    places_in: dict[int, set[int]] = {}  # sentence start -> the places it names
    for place, _, _, _, sentence, _ in place_rows:
        places_in.setdefault(sentence, set()).add(place)
    for actor, sentences in actor_sentences.items():
        facts[(actor, "articles", "")] += 1
        if published:
            facts[(actor, "published", published)] += 1
        for sentence in sentences:  # each sentence naming both the actor and a place
            for place in places_in.get(sentence, ()):
                facts[(actor, "place", str(place))] += 1
    entities.add_actor_facts(
        db, [(actor, fact, value, team, scope, n) for (actor, fact, value), n in facts.items()]
    )
    return len(actor_ids), sum(1 for ev in found.events if ev.date)
