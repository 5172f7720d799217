import json
import sqlite3

import pytest

from commands import ingest, ingest_bulk
from store import index, writer
from tests.conftest import ARTICLE_ALEPPO, ARTICLE_MANBIJ


def test_jsonl_bulk_ingest_reports_bad_lines(db):
    lines = [
        json.dumps(
            {
                "title": "Convoy",
                "text": ARTICLE_ALEPPO,
                "published": "2016-09-22",
                "source": "Wire",
                "url": "https://example.org/a",
            }
        ),
        "not json",
        json.dumps({"title": "No text"}),
        json.dumps({"text": ARTICLE_MANBIJ, "published": "yesterday"}),
        "",
    ]
    result = ingest.ingest_jsonl(db, lines, "bulk.jsonl")
    assert [a.title for a in result.articles] == ["Convoy"]
    assert result.articles[0].published_how == "given"
    assert [e.split(":")[1] for e in result.errors] == ["2", "3", "4"]


def _bulk_lines(n: int) -> list[str]:
    # Distinct articles, not near duplicates either: a different set of the two samples'
    # paragraphs for each.
    from itertools import combinations

    paragraphs = [p for text in (ARTICLE_MANBIJ, ARTICLE_ALEPPO) for p in text.split("\n\n")[1:]]
    sets = [*combinations(range(len(paragraphs)), 3), *combinations(range(len(paragraphs)), 2)]
    lines = []
    for i in range(n):
        body = "\n\n".join(paragraphs[j] for j in sets[i])
        lines.append(
            json.dumps(
                {
                    "title": f"Report {i}",
                    "text": body,
                    "published": "2016-08-20",
                    "url": f"https://example.org/{i}",
                }
            )
        )
    return lines


def _store_contents(db):
    return {
        "articles": db.conn.execute("SELECT id, title, text FROM articles ORDER BY id").fetchall(),
        "passages": db.conn.execute("SELECT * FROM passages ORDER BY id").fetchall(),
        "postings": db.conn.execute(
            "SELECT t.term, p.block, p.data FROM postings p JOIN terms t "
            "ON t.id = p.term_id ORDER BY t.term, p.block"
        ).fetchall(),
        "events": db.conn.execute(
            "SELECT article_id, start, end, date FROM events ORDER BY id"
        ).fetchall(),
        "stats": index.stats(db),
    }


def test_bulk_ingest_in_worker_processes_stores_the_same(tmp_path):
    from store.db import connect

    lines = _bulk_lines(12)
    one, two = connect(tmp_path / "one.db"), connect(tmp_path / "two.db")
    first = ingest.ingest_jsonl(one, lines, "bulk.jsonl")
    second = ingest.ingest_jsonl(two, lines, "bulk.jsonl", workers=2)
    assert first.errors == second.errors == []
    assert [a.to_json() for a in first.articles] == [a.to_json() for a in second.articles]
    assert _store_contents(one) == _store_contents(two)


def test_bulk_ingest_commits_in_batches_and_keeps_articles_whole(db, monkeypatch):
    monkeypatch.setattr(ingest_bulk, "BATCH_ARTICLES", 4)
    real = writer.write_entities

    def fails_for_report_5(db, article_id, found, passage_ids, *sink):
        real(db, article_id, found, passage_ids, *sink)  # half written, then the failure
        title = db.conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()
        if title[0] == "Report 5":
            raise sqlite3.OperationalError("database or disk is full")
        return 0, 0

    monkeypatch.setattr(writer, "write_entities", fails_for_report_5)
    result = ingest.ingest_jsonl(db, _bulk_lines(10), "bulk.jsonl")
    assert [e.split(":")[1] for e in result.errors] == ["6"]
    assert "store is unchanged" in result.errors[0]
    titles = [a.title for a in result.articles]
    assert titles == [f"Report {i}" for i in range(10) if i != 5]
    stored = [r[0] for r in db.conn.execute("SELECT title FROM articles ORDER BY id")]
    assert stored == titles
    # Nothing of the failed article remains, and the index counts exactly the stored passages.
    assert index.stats(db).n_passages == sum(a.passages for a in result.articles)
    assert (
        db.conn.execute(
            "SELECT count(*) FROM events e LEFT JOIN articles a "
            "ON a.id = e.article_id WHERE a.id IS NULL"
        ).fetchone()[0]
        == 0
    )


def test_bulk_batch_that_cannot_commit_is_stored_article_by_article(db, monkeypatch):
    monkeypatch.setattr(ingest_bulk, "BATCH_ARTICLES", 5)
    real = index.add_passages
    calls = {"n": 0}

    def first_batch_fails(db, passages):
        calls["n"] += 1
        if calls["n"] == 1:
            raise sqlite3.OperationalError("database is locked")
        return real(db, passages)

    monkeypatch.setattr(index, "add_passages", first_batch_fails)
    result = ingest.ingest_jsonl(db, _bulk_lines(7), "bulk.jsonl")
    assert result.errors == []
    assert [a.title for a in result.articles] == [f"Report {i}" for i in range(7)]
    assert index.stats(db).n_passages == sum(a.passages for a in result.articles)


def test_a_batch_lets_go_of_its_rows_before_the_collector_walks_what_is_left(db, monkeypatch):
    import gc

    from store import rows

    monkeypatch.setattr(ingest_bulk, "BATCH_ARTICLES", 3)
    alive_at_collection = []

    def collect(*args):
        alive_at_collection.append(
            sum(isinstance(o, rows.PendingRows) for o in gc.get_objects(generation=0))
        )
        return 0

    monkeypatch.setattr(gc, "collect", collect)
    result = ingest.ingest_jsonl(db, _bulk_lines(7), "bulk.jsonl")
    assert len(result.articles) == 7
    assert alive_at_collection == [0, 0, 0]  # each batch's pending rows already freed


def test_bulk_ingest_pauses_the_cyclic_collector_and_restores_it(db, monkeypatch):
    import gc

    monkeypatch.setattr(ingest_bulk, "BATCH_ARTICLES", 3)
    during = []
    collections = []
    monkeypatch.setattr(gc, "collect", lambda *a: collections.append(1) or 0)
    result = ingest.ingest_jsonl(
        db, _bulk_lines(7), "bulk.jsonl", progress=lambda n: during.append(gc.isenabled())
    )
    assert len(result.articles) == 7 and not result.errors
    assert during and not any(during)  # off while batches fill
    assert len(collections) == 3  # once after each batch (3 + 3 + 1)
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        ingest.ingest_jsonl(
            db,
            _bulk_lines(2),
            "bulk.jsonl",
            progress=lambda n: (_ for _ in ()).throw(RuntimeError("stop")),
        )
    assert gc.isenabled()  # restored after a failure too


def test_bulk_ingest_reports_the_bounds_an_article_met(db, monkeypatch):
    from extract import article

    monkeypatch.setattr(article, "MAX_EVENTS", 1)
    text = "On 1 March 2017 the SDF entered Raqqa. On 2 March 2017 the SDF left Raqqa again."
    lines = [json.dumps({"title": "Two dates", "text": text, "published": "2017-03-03"})]
    result = ingest.ingest_jsonl(db, [*lines, *_bulk_lines(1)], "bulk.jsonl")
    assert result.errors == [] and len(result.articles) == 2
    assert result.warnings == [
        "bulk.jsonl:1: only the first 1 of 2 events were kept",
        "https://example.org/0: only the first 1 of 3 events were kept",  # its url names it
    ]
    assert result.articles[0].events == 1


def _contents_with_counts(db):
    counts = {
        table: db.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall()
        for table in ("actor_facts", "date_support", "subject_totals", "date_salience")
    }
    stats = index.stats(db)  # its generation counts batches
    return {**_store_contents(db), **counts, "stats": (stats.n_passages, stats.total_terms)}


def test_a_copy_visible_where_posted_leaves_the_batch_its_rows(tmp_path, monkeypatch):
    """An exact copy and a near copy in a batch, each of an article visible where it is
    posted: the batch's rows are written once, at its end, and the store and the reports are
    what ingesting each line in a batch of its own gives."""
    from store import rows
    from store.db import connect

    lines = _bulk_lines(3)
    record = json.loads(lines[0])
    near = {**record, "text": record["text"] + "\n\nUpdated with a photograph.", "url": "n"}
    lines += [lines[0], json.dumps(near), *_bulk_lines(5)[3:]]
    one_by_one, batched = connect(tmp_path / "one.db"), connect(tmp_path / "batch.db")
    monkeypatch.setattr(ingest_bulk, "BATCH_ARTICLES", 1)
    alone = ingest.ingest_jsonl(one_by_one, lines, "bulk.jsonl")
    monkeypatch.setattr(ingest_bulk, "BATCH_ARTICLES", 100)
    writes = []
    real = rows.PendingRows.write
    monkeypatch.setattr(rows.PendingRows, "write", lambda self, db: writes.append(real(self, db)))
    together = ingest.ingest_jsonl(batched, lines, "bulk.jsonl")
    assert [a.duplicate_of for a in together.articles] == [None, None, None, 1, 1, None, None]
    assert len(writes) == 1
    assert [a.to_json() for a in together.articles] == [a.to_json() for a in alone.articles]
    assert _contents_with_counts(batched) == _contents_with_counts(one_by_one)


def test_a_copy_that_widens_a_private_article_writes_the_batch_rows_first(tmp_path, monkeypatch):
    """A public copy of an article posted privately shifts its counts: the rows the batch
    holds are written first, and the counts are those of ingesting one line at a time."""
    from commands.ingest_article import Options, Origin, prepare, write_alone
    from store.db import connect
    from text.split import ArticleDraft

    lines = _bulk_lines(4)
    stores = connect(tmp_path / "one.db"), connect(tmp_path / "batch.db")
    record = json.loads(lines[2])
    for db in stores:
        draft = ArticleDraft(record["title"], record["text"], None, None, "2016-08-20", "given")
        write_alone(db, prepare(draft, "text", Origin("slack", scope="C1"), Options()))
    monkeypatch.setattr(ingest_bulk, "BATCH_ARTICLES", 1)
    alone = ingest.ingest_jsonl(stores[0], lines, "bulk.jsonl")
    monkeypatch.setattr(ingest_bulk, "BATCH_ARTICLES", 100)
    together = ingest.ingest_jsonl(stores[1], lines, "bulk.jsonl")
    assert [a.to_json() for a in together.articles] == [a.to_json() for a in alone.articles]
    assert _contents_with_counts(stores[1]) == _contents_with_counts(stores[0])
    assert stores[1].conn.execute("SELECT scope FROM articles WHERE id = 1").fetchone() == ("",)
