"""`sitrep reindex`: a store an older cleaner and extractor made comes out as a fresh ingest of
the same texts would, article ids, audiences, Slack provenance and people's corrections kept;
batch by batch, so a run stopped half-way leaves a consistent store that the next run
finishes, and other connections read and write between batches."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from commands import article_changes, reindex
from commands.ingest import Options, Origin, ingest_document
from extract.pipeline_version import PIPELINE_VERSION
from store import audience, corrections, feedback, reindexing
from store.articles import Viewer
from store.check import check
from store.db import connect
from tests.commands.reindex_stores import (
    INVENTED,
    INVENTED_TOO,
    answers,
    contents,
    ingest,
    ingest_as_older_version,
    records,
)
from text.clean import clean
from text.read import Document
from text.split import ArticleDraft, without_clutter


@pytest.fixture(autouse=True)
def batches_as_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of the size asked for, however long this host takes to write them (the
    sizing by writing time has its own test)."""
    monkeypatch.setattr(reindex, "LOCK_SECONDS", 3600.0)


@pytest.fixture
def fresh_store(tmp_path: Path):
    db = connect(tmp_path / "fresh.db")
    ingest(db)
    yield db
    db.conn.close()


@pytest.fixture
def older_store(tmp_path: Path):
    db = connect(tmp_path / "older.db")
    ingest_as_older_version(db)
    yield db
    db.conn.close()


def test_articles_stored_at_ingest_carry_this_version(fresh_store) -> None:
    versions = fresh_store.conn.execute("SELECT DISTINCT pipeline FROM articles").fetchall()
    assert versions == [(PIPELINE_VERSION,)]
    assert reindex.out_of_date(fresh_store) == 0


@pytest.mark.slow
def test_an_older_store_comes_out_as_a_fresh_ingest_of_the_same_texts(
    older_store, fresh_store
) -> None:
    assert reindex.out_of_date(older_store) == 5
    assert contents(older_store) != contents(fresh_store)  # the clutter is in it
    result = reindex.run(older_store, batch=2)
    assert (result.to_do, result.reindexed, result.out_of_date) == (5, 5, 0)
    assert result.text_changed >= 2 and not result.kept
    assert contents(older_store) == contents(fresh_store)
    assert answers(older_store) == answers(fresh_store)
    assert check(older_store) == []
    gorvala = older_store.conn.execute("SELECT source, text FROM articles WHERE id = 1").fetchone()
    assert gorvala[0] == "Reuters"  # the dateline's outlet, now known
    assert "-LRB-" not in gorvala[1] and "Tags" not in gorvala[1]


@pytest.fixture
def settled_store(tmp_path: Path):
    """Stored by this version: cleaning the stored texts again leaves them as they are."""
    db = connect(tmp_path / "settled.db")
    ingest(db, records())
    yield db
    db.conn.close()


def test_reindexing_a_current_store_changes_nothing_but_passage_ids(settled_store) -> None:
    db = settled_store
    before, told = contents(db), answers(db)
    result = reindex.run(db)
    assert (result.to_do, result.reindexed) == (0, 0)  # nothing out of date
    result = reindex.run(db, every=True, batch=3)
    assert (result.to_do, result.reindexed, result.text_changed) == (5, 5, 0)
    assert contents(db) == before and answers(db) == told
    assert reindexing.all_cursor(db) is None
    assert check(db) == []


def test_cleaning_a_stored_text_again_changes_nothing() -> None:
    """A stamp taken off leaves "by Lera Kost" as a whole paragraph: a byline, taken in the
    same cleaning, not left for a second one."""
    draft = without_clutter(ArticleDraft(None, clean(INVENTED_TOO), None, None, None, None))
    again = without_clutter(ArticleDraft(None, clean(draft.text), None, None, None, None))
    assert again.text == draft.text


def test_a_dry_run_counts_and_changes_nothing(older_store) -> None:
    before = contents(older_store)
    result = reindex.run(older_store, dry_run=True)
    assert (result.to_do, result.reindexed, result.out_of_date) == (5, 0, 5)
    assert contents(older_store) == before


def _post(db, text: str, label: str, team: str, scope: str, key: str) -> int:
    result = ingest_document(
        db,
        Document(text=text, origin=label, kind="text"),
        Origin(label, team, scope, key),
        Options("2031-03-05", "Gorvala Post"),
    )
    assert not result.errors, result.errors
    return int(result.articles[0].id)


def test_ids_audiences_slack_provenance_and_corrections_are_kept(tmp_path: Path) -> None:
    db = connect(tmp_path / "slack.db")
    permalink = "https://t1.slack.com/archives/G1/p1"
    first = _post(db, INVENTED, permalink, "T1", "G1", "T1/G1/1.1")
    corrections.record_poster(db, first, "T1", "U1", "G1")
    with db.conn:  # posted again in another private conversation
        audience.widen(db, first, "G2")
    # Its poster cleared the outlet and corrected the date: reindex must not undo that.
    edited = article_changes.edit(db, first, "U1", source="", published="2031-03-04").new_id
    assert edited is not None
    text = db.conn.execute("SELECT text FROM articles WHERE id = ?", (edited,)).fetchone()[0]
    passage = db.conn.execute(
        "SELECT id, start, end FROM passages WHERE article_id = ? ORDER BY seq DESC", (edited,)
    ).fetchone()
    feedback.give(db, "T1", "quote", f"passage:{passage[0]}", "bridge", "not_relevant", "…", "U2")
    columns = "id, team, scope, origin, origin_key, ingested_at, source, published, published_how"
    kept = db.conn.execute(f"SELECT {columns} FROM articles").fetchall()
    db.conn.execute("UPDATE articles SET pipeline = 0")

    result = reindex.run(db)

    assert result.reindexed == 1
    assert db.conn.execute(f"SELECT {columns} FROM articles").fetchall() == kept
    assert kept[0][6] is None and kept[0][7] == "2031-03-04"  # not the dateline's again
    assert corrections.poster(db, edited) == "U1"
    assert audience.conversations(db, edited) == ["G1", "G2"]
    assert corrections.current_id(db, first) == edited
    moved = db.conn.execute("SELECT item FROM feedback").fetchone()[0]
    new_id = int(moved.split(":")[1])
    start, end = db.conn.execute(
        "SELECT start, end FROM passages WHERE id = ?", (new_id,)
    ).fetchone()
    quoted = text[passage[1] : passage[2]]
    new_text = db.conn.execute("SELECT text FROM articles WHERE id = ?", (edited,)).fetchone()[0]
    assert quoted.strip()[:40] in new_text[start:end]  # the same words, their new passage
    for conversation in ("G1", "G2"):
        seen = reindex_answers_in(db, Viewer("T1", conversation))
        assert seen, conversation
    assert reindex_answers_in(db, Viewer("T1", "G3")) == []
    assert check(db) == []


def reindex_answers_in(db, viewer: Viewer) -> list[object]:
    from commands import quote

    return quote.run(db, "Vemmer bridge", viewer=viewer).to_json()["results"]  # type: ignore[return-value]


class _Stop(Exception):
    pass


@pytest.mark.slow
def test_a_run_stopped_in_a_batch_resumes_to_the_same_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = connect(tmp_path / "whole.db")
    ingest_as_older_version(whole)
    reindex.run(whole, batch=2)
    db = connect(tmp_path / "stopped.db")
    ingest_as_older_version(db)
    written = []
    real = reindex._write_article

    def failing(*args, **kwargs):  # the third article: in the second batch of two
        if len(written) == 2:
            raise _Stop
        written.append(args[1].id)
        return real(*args, **kwargs)

    monkeypatch.setattr(reindex, "_write_article", failing)
    with pytest.raises(_Stop):
        reindex.run(db, batch=2)
    assert reindex.out_of_date(db) == 3  # the first batch stayed, the second is as it was
    assert check(db) == []
    monkeypatch.setattr(reindex, "_write_article", real)
    done_twice = []
    renewed = reindex._renewed
    monkeypatch.setattr(reindex, "_renewed", lambda d, a: done_twice.append(a.id) or renewed(d, a))
    result = reindex.run(db, batch=2)
    assert (result.to_do, result.reindexed) == (3, 3)
    assert sorted(done_twice) == [3, 4, 5]  # none done twice, none skipped
    assert contents(db) == contents(whole)
    assert check(db) == []


def test_an_all_run_stopped_half_way_resumes_after_the_last_batch(
    settled_store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh_store = settled_store
    before = contents(fresh_store)
    real = reindex._write_batch
    batches = []

    def stop_at_second(*args, **kwargs):
        if batches:
            raise _Stop
        batches.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(reindex, "_write_batch", stop_at_second)
    with pytest.raises(_Stop):
        reindex.run(fresh_store, every=True, batch=2)
    assert reindexing.all_cursor(fresh_store) == 2
    monkeypatch.setattr(reindex, "_write_batch", real)
    result = reindex.run(fresh_store, every=True, batch=2)
    assert (result.to_do, result.reindexed) == (3, 3)  # articles 3, 4 and 5
    assert reindexing.all_cursor(fresh_store) is None
    assert contents(fresh_store) == before


def test_other_connections_read_and_write_between_batches(older_store, tmp_path: Path) -> None:
    path = tmp_path / "older.db"
    seen = []

    def between(done: int, to_do: int) -> None:
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        other.execute("PRAGMA busy_timeout = 0")
        other.execute("BEGIN IMMEDIATE")  # the write lock is free between batches
        other.execute("ROLLBACK")
        reader = connect(path, create=False)
        seen.append((done, len(reindex_answers_in(reader, Viewer()))))
        reader.conn.close()
        other.close()

    reindex.run(older_store, batch=2, progress=between)
    assert [done for done, _ in seen] == [2, 4, 5]
    assert all(found for _, found in seen)  # answered at every point


def test_a_locked_store_stops_the_run_in_one_line_and_changes_nothing(
    older_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = contents(older_store)
    older_store.conn.execute("PRAGMA busy_timeout = 100")
    holder = sqlite3.connect(tmp_path / "older.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(reindex.ReindexError) as stopped:
            reindex.run(older_store, batch=2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = str(stopped.value)
    assert "\n" not in message and "locked" in message and "sitrep reindex" in message
    assert contents(older_store) == before


def test_batches_are_sized_to_the_time_they_hold_the_write_lock(
    older_store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reindex, "FIRST_BATCH", 2)
    monkeypatch.setattr(reindex, "MIN_BATCH", 1)
    monkeypatch.setattr(reindex, "LOCK_SECONDS", 0.0)  # any write is too long: one at a time
    seen: list[int] = []
    reindex.run(older_store, batch=50, progress=lambda done, _: seen.append(done))
    assert seen == [2, 3, 4, 5]


def test_a_batch_holds_at_least_the_floor_however_long_it_writes(
    older_store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reindex, "FIRST_BATCH", 1)
    monkeypatch.setattr(reindex, "MIN_BATCH", 2)
    monkeypatch.setattr(reindex, "LOCK_SECONDS", 0.0)
    seen: list[int] = []
    result = reindex.run(older_store, batch=50, progress=lambda done, _: seen.append(done))
    assert seen == [1, 3, 5] and result.out_of_date == 0
    seen.clear()  # a smaller most (--batch) still wins over the floor
    reindex.run(older_store, every=True, batch=1, progress=lambda done, _: seen.append(done))
    assert seen == [1, 2, 3, 4, 5]


def test_an_article_whose_cleaned_text_is_another_ones_is_kept_and_listed(
    tmp_path: Path,
) -> None:
    """Two articles an older cleaner told apart by clutter become one text: the first is
    redone, the second left as it was and named, for a person to forget if it is a copy."""
    db = connect(tmp_path / "twins.db")
    body = INVENTED.rsplit("\n\n", 1)[0].split(" - ", 1)[1]  # no dateline, no tags
    ingest_as_older_version(
        db,
        [
            {"title": "With tags", "text": body + "\n\nTags Gorvala Tarsk bridge shelling"},
            {"title": "Without", "text": body},
        ],
    )
    # every column but the version that made it, which the run marks as done
    columns = [r[1] for r in db.conn.execute("PRAGMA table_info(articles)") if r[1] != "pipeline"]
    as_it_is = f"SELECT {', '.join(columns)} FROM articles WHERE id = 2"
    second = db.conn.execute(as_it_is).fetchone()
    result = reindex.run(db)
    assert result.reindexed == 1 and result.out_of_date == 0
    assert result.kept == (
        "#2: cleaned again, its text is #1's; left as it was (`sitrep forget` it if it is a copy)",
    )
    assert db.conn.execute(as_it_is).fetchone() == second
    assert check(db) == []
