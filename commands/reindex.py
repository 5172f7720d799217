"""Re-clean and re-extract the articles an earlier version of Sitrep stored, so that they read
as newly ingested ones: their passages, index entries, actors, places, relations and dated
events come from the cleaner and extractors of this version.

Each article keeps its id, its workspace and the conversations it was posted in, where it came
from, when it was ingested, who posted it from Slack and the corrections people made to its
title, outlet or date. Articles are done in batches, each batch one short transaction: the
bot goes on answering meanwhile, and a run stopped half-way (killed, or the machine down)
leaves a consistent store that the next run finishes, without doing an article twice.
`--all` redoes every article, not only the out-of-date ones; `--dry-run` says how many would
be redone and changes nothing.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from commands.ingest_article import IngestError, Options, Origin, Prepared, not_stored, prepare
from extract.pipeline_version import PIPELINE_VERSION
from store import articles as article_store
from store import index, reindexing, writer
from store.db import as_database, transaction
from store.index.removal import remove_passages
from store.reindexing import StoredArticle
from text import tokens
from text.clean import clean
from text.split import ArticleDraft, without_clutter

if TYPE_CHECKING:
    import sqlite_utils

# A batch is prepared (cleaning, extraction: the long part) with no lock held, then written
# in one transaction. While it is written, anything else that writes waits: a Slack ingest,
# and `serve`'s answers too, which keep their reply in the outbox before sending it. So a
# batch is sized to be written in about LOCK_SECONDS, from how long the last one took an
# article; BATCH_ARTICLES is the most it may hold (memory, and the index's sake: a larger
# batch rewrites a common word's postings fewer times). MIN_BATCH is the fewest: taking an
# article's passages out of the index rewrites a block of each of its words, which the
# articles of one batch (stored one after another) mostly share. Sized by time alone, batches
# on a loaded host shrank to one article and paid that per article: reindex cost 2.7-3 times
# an ingest's CPU an article at one article a batch, 1.5 times at 20 (bench/reindex.py).
BATCH_ARTICLES = 200
MIN_BATCH = 20
FIRST_BATCH = MIN_BATCH
LOCK_SECONDS = 1.0

Progress = Callable[[int, int], None]  # (articles done, articles to do)


class ReindexError(RuntimeError):
    """A run stopped by the store (busy, full, failing), in one line; every batch written
    before it stays written, and the batch it stopped in is as it was."""


@dataclass(frozen=True)
class ReindexResult:
    to_do: int  # articles this run set out to redo
    reindexed: int  # redone and written
    text_changed: int  # of those, whose stored text the cleaner changed
    kept: tuple[str, ...]  # "#id: why", left as they were (marked as done)
    changed_meanwhile: int  # edited or removed while being redone: left for the next run
    out_of_date: int  # made by an older version, after the run
    articles: int  # in the store
    every: bool
    dry_run: bool
    seconds: float
    version: int = PIPELINE_VERSION

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "to_do": self.to_do,
            "reindexed": self.reindexed,
            "text_changed": self.text_changed,
            "kept": list(self.kept),
            "changed_meanwhile": self.changed_meanwhile,
            "out_of_date": self.out_of_date,
            "articles": self.articles,
            "all": self.every,
            "dry_run": self.dry_run,
            "seconds": round(self.seconds, 3),
        }


def out_of_date(db: sqlite_utils.Database) -> int:
    """How many articles an older cleaner or extractor made (`sitrep check` says so)."""
    return reindexing.out_of_date(db, PIPELINE_VERSION)


def run(
    db: sqlite_utils.Database,
    every: bool = False,
    dry_run: bool = False,
    batch: int = BATCH_ARTICLES,
    progress: Progress | None = None,
) -> ReindexResult:
    """Redo the out-of-date articles (every: all articles), batch by batch; batch is the most
    articles one transaction may hold (each is sized to LOCK_SECONDS of writing, but holds at
    least MIN_BATCH articles if batch allows)."""
    if batch < 1:
        raise ValueError("a batch holds at least one article")
    started = time.monotonic()
    after = (reindexing.all_cursor(db) or 0) if every else 0
    if every:
        to_do = int(
            db.conn.execute("SELECT count(*) FROM articles WHERE id > ?", (after,)).fetchone()[0]
        )
    else:
        to_do = out_of_date(db)
    tally = _Tally()
    if not dry_run:
        article_store.use_bulk_cache(db)
        size = min(batch, FIRST_BATCH)
        while True:
            ids = reindexing.next_ids(db, PIPELINE_VERSION, after, size, every)
            if not ids:
                break
            after = ids[-1]
            stored = [a for a in map(lambda i: reindexing.read(db, i), ids) if a is not None]
            renewed = [(a, _renewed(db, a)) for a in stored]
            writing = time.monotonic()
            try:
                _write_batch(db, renewed, tally, after if every else None)
            except sqlite3.OperationalError as exc:
                raise ReindexError(_stopped(exc, tally)) from exc
            each = (time.monotonic() - writing) / max(len(renewed), 1)
            timed = int(LOCK_SECONDS / max(each, 1e-6))
            size = min(batch, max(MIN_BATCH, timed, 1))
            if progress:
                progress(tally.done, to_do)
        if every:
            with transaction(as_database(db)):
                reindexing.set_all_cursor(db, None)
        _learn_associations(db)
    return ReindexResult(
        to_do=to_do,
        reindexed=tally.reindexed,
        text_changed=tally.text_changed,
        kept=tuple(tally.kept),
        changed_meanwhile=tally.changed_meanwhile,
        out_of_date=out_of_date(db),
        articles=reindexing.total(db),
        every=every,
        dry_run=dry_run,
        seconds=time.monotonic() - started,
    )


def _learn_associations(db: sqlite_utils.Database) -> None:
    """The store's word associations learned again from every passage
    (commands/quote_associations.py), when `quote` searches them by default: here rather than
    at ingest, since a term's few best associates change slowly as the store grows, while
    keeping them current at each ingest would mean keeping the count of every pair of words
    seen. Off while `quote` does not use them (docs/QUALITY.md: measured, no gain), so that a
    reindex pays nothing for them."""
    from commands.quote_plan import Methods

    if Methods().associations:
        from commands import quote_associations

        quote_associations.rebuild(db)


def _stopped(exc: sqlite3.OperationalError, tally: _Tally) -> str:
    done = tally.reindexed + len(tally.kept)
    why = not_stored(exc).split(": ", 1)[1]
    return (
        f"reindex stopped after {done:,} articles (the batch in hand is unchanged): {why}; "
        "`sitrep reindex` again does the rest"
    )


@dataclass
class _Tally:
    done: int = 0  # looked at, whatever came of it
    reindexed: int = 0
    text_changed: int = 0
    kept: list[str] = field(default_factory=list)
    changed_meanwhile: int = 0

    def merge(self, other: _Tally) -> None:
        self.done += other.done
        self.reindexed += other.reindexed
        self.text_changed += other.text_changed
        self.kept += other.kept
        self.changed_meanwhile += other.changed_meanwhile


def _renewed(db: sqlite_utils.Database, article: StoredArticle) -> Prepared | str:
    """The article cleaned again and analysed as ingest would analyse it, with no lock held;
    a string says why it cannot be (it is then left as it was)."""
    cleaned = clean(article.text)
    corrected = reindexing.corrected_fields(db, article.id)
    # What ingest found by itself is found again; what a person gave or corrected is kept.
    inferred = article.published_how == "inferred" and "published" not in corrected
    derived = article.title_how == "derived" and "title" not in corrected
    draft = ArticleDraft(
        title=None if derived else article.title,
        text=cleaned if cleaned.strip() else article.text,
        source=article.source,
        author=article.author,
        published=None if inferred else article.published,
        published_how=None if inferred else article.published_how,
    )
    draft = without_clutter(draft)  # a dateline or byline fills what is still unknown
    # A live blog's update stamps left its stored text when it was cleaned: the stored mark
    # keeps telling it (a store made before the mark holds the stamps, and none yet).
    if not draft.live_blog and article_store.live_blog_marks(db, [article.id]).get(article.id):
        draft = replace(draft, live_blog=True)
    if "source" in corrected:  # an outlet cleared on purpose stays cleared
        draft = replace(draft, source=article.source)
    origin = Origin(article.origin, article.team, article.scope, article.origin_key)
    try:
        return prepare(draft, article.kind, origin, Options())
    except IngestError as exc:
        if draft.text == article.text:
            return str(exc)
    try:  # the cleaner left nothing worth storing: the stored text, extracted again
        return prepare(replace(draft, text=article.text), article.kind, origin, Options())
    except IngestError as exc:
        return str(exc)


def _unchanged(now: StoredArticle | None, then: StoredArticle) -> bool:
    """Still as it was read (an edit or a removal may have come in between)."""
    return now is not None and (
        now.content_hash,
        now.title,
        now.source,
        now.published,
        now.scope,
        now.pipeline,
    ) == (then.content_hash, then.title, then.source, then.published, then.scope, then.pipeline)


def _same_text_as(db: sqlite_utils.Database, article: StoredArticle, digest: str) -> int | None:
    """Another article of the workspace whose text is the one this one's becomes."""
    row = db.conn.execute(
        "SELECT id FROM articles WHERE team = ? AND content_hash = ? AND id != ? LIMIT 1",
        (article.team, digest, article.id),
    ).fetchone()
    return row[0] if row else None


def _write_batch(
    db: sqlite_utils.Database,
    renewed: Sequence[tuple[StoredArticle, Prepared | str]],
    tally: _Tally,
    cursor: int | None,
) -> None:
    """One transaction: the batch's old derived rows out, its new ones in. The old passages
    leave the index before the new ones are added (the index takes new ids in increasing
    order), once for the batch: a common word's postings are rewritten once, not once per
    article. The tally counts the batch once it is committed."""
    done = _Tally()
    with transaction(as_database(db)):
        redo: list[tuple[StoredArticle, Prepared, list[tuple[int, int, int, int]]]] = []
        old_passages: list[tuple[int, int]] = []
        old_terms: set[str] = set()
        audiences: set[tuple[str, str]] = set()
        planned: dict[tuple[str, str], int] = {}  # texts this batch will store, and whose
        for then, prepared in renewed:
            done.done += 1
            now = reindexing.read(db, then.id)
            if now is None or not _unchanged(now, then):
                done.changed_meanwhile += 1
                continue
            if isinstance(prepared, str):
                done.kept.append(f"#{now.id}: {prepared}")
                reindexing.rewrite(db, now.id, PIPELINE_VERSION)
                continue
            twin = planned.get((now.team, prepared.digest)) or _same_text_as(
                db, now, prepared.digest
            )
            if twin is not None:
                done.kept.append(
                    f"#{now.id}: cleaned again, its text is #{twin}'s; "
                    "left as it was (`sitrep forget` it if it is a copy)"
                )
                reindexing.rewrite(db, now.id, PIPELINE_VERSION)
                continue
            passages = reindexing.clear_derived(db, now, audiences)
            old_passages += [(pid, n) for pid, n, _, _ in passages]
            old_terms.update(_indexed_terms(now, passages))
            redo.append((now, prepared, passages))
            planned[(now.team, prepared.digest)] = now.id
        remove_passages(db, old_passages, old_terms)
        buffer: list[tuple[int, Sequence[str]]] = []
        for article, prepared, passages in redo:
            _write_article(db, article, prepared, passages, buffer)
            done.reindexed += 1
            done.text_changed += prepared.draft.text != article.text
        index.add_passages(db, buffer)
        reindexing.tidy(db, audiences)
        if cursor is not None:
            reindexing.set_all_cursor(db, cursor)
    tally.merge(done)


def _indexed_terms(
    article: StoredArticle, passages: Sequence[tuple[int, int, int, int]]
) -> set[str]:
    """The words the article's stored passages were indexed under (the index removal looks
    through every term if these miss some)."""
    return tokens.indexed_words(article.title, (article.text[s:e] for _, _, s, e in passages))


def _write_article(
    db: sqlite_utils.Database,
    article: StoredArticle,
    p: Prepared,
    old_passages: Sequence[tuple[int, int, int, int]],
    buffer: list[tuple[int, Sequence[str]]],
) -> None:
    """The article's row updated in place and its derived rows written, as ingest writes
    them (commands/ingest_article.py write_prepared), under its own id."""
    reindexing.rewrite(db, article.id, PIPELINE_VERSION, **p.text_fields())
    if not article.indexed:
        return  # a near copy: stored, never indexed or extracted
    passage_ids = article_store.insert_passages(
        db, article.id, [(s, e, len(t)) for (s, e), t in zip(p.spans, p.passage_terms, strict=True)]
    )
    article_store.insert_bands(db, article.team, article.id, p.bands)
    writer.write_entities(db, article.id, p.entities, passage_ids)
    reindexing.add_to_audiences(db, article)
    _move_feedback(db, article, p, old_passages, passage_ids)
    buffer.extend(zip(passage_ids, p.passage_terms, strict=True))


def _move_feedback(
    db: sqlite_utils.Database,
    article: StoredArticle,
    p: Prepared,
    old_passages: Sequence[tuple[int, int, int, int]],
    new_ids: list[int],
) -> None:
    """Feedback on a quoted passage ("not relevant") follows the passage's text to the new
    passage that holds it; if the cleaner took that text out, it stays on the old id."""
    given = reindexing.passage_feedback(db, [pid for pid, _, _, _ in old_passages])
    for pid, _, start, end in old_passages:
        if pid not in given:
            continue
        words = article.text[start:end].strip()[:200]
        at = p.draft.text.find(words) if words else -1
        target = next(
            (new for new, (s, e) in zip(new_ids, p.spans, strict=True) if s <= at < e), None
        )
        if at >= 0 and target is not None:
            for feedback_id in given[pid]:
                reindexing.move_feedback(db, feedback_id, target)
