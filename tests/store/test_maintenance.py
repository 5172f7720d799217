"""Backups of a live store, restore, and the store check."""

from __future__ import annotations

import gzip
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from commands import ingest
from store import maintenance
from store.check import check
from store.db import StoreError, connect
from text.read import Document

STORES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"
WORDS = [
    "army",
    "convoy",
    "shelled",
    "village",
    "council",
    "ceasefire",
    "talks",
    "border",
    "crossing",
    "refugees",
    "aid",
    "militia",
    "airport",
    "governor",
    "offensive",
    "checkpoint",
    "drone",
    "bridge",
    "harbour",
    "province",
    "mayor",
    "clinic",
    "school",
    "market",
    "river",
    "valley",
    "mountain",
    "pipeline",
    "election",
    "parliament",
    "tribe",
    "envoy",
]


def article(rng: random.Random, n: int) -> str:
    sentences = []
    for _ in range(rng.randint(4, 9)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
        sentences.append(" ".join(words).capitalize() + f" near kilometre {rng.randint(1, 10**6)}.")
    return f"Report number {n}\n\n" + " ".join(sentences) + "\n"


def fill(db, count: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    for n in range(count):
        ingest.ingest_document(
            db,
            Document(text=article(rng, n), origin=f"r{n}.txt", kind="text"),
            ingest.Origin(f"r{n}.txt"),
        )


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


ARTICLES = "SELECT id, title, text, published FROM articles ORDER BY id"
PASSAGES = "SELECT id, article_id, start, end, n_terms FROM passages ORDER BY id"


@pytest.fixture
def store_of_twenty(tmp_path):
    path = tmp_path / "store.db"
    db = connect(path)
    fill(db, 20)
    db.conn.close()
    return path


def test_backup_is_a_sound_copy_and_reports_progress(store_of_twenty, tmp_path):
    seen = []
    copied = maintenance.backup(
        store_of_twenty, tmp_path / "copy.db", lambda d, t: seen.append((d, t))
    )
    assert copied.articles == 20 and copied.pages > 0
    assert seen and seen[-1][0] == seen[-1][1]
    assert rows(copied.path, ARTICLES) == rows(store_of_twenty, ARTICLES)
    assert rows(copied.path, PASSAGES) == rows(store_of_twenty, PASSAGES)
    assert check(connect(copied.path)) == []
    assert not (tmp_path / "copy.db.partial").exists()


def test_backup_refuses_what_it_cannot_copy_and_writes_nothing(store_of_twenty, tmp_path):
    with pytest.raises(StoreError, match="another file"):
        maintenance.backup(store_of_twenty, store_of_twenty)
    with pytest.raises(StoreError, match="directory"):
        maintenance.backup(store_of_twenty, tmp_path)
    with pytest.raises(StoreError, match="no database"):
        maintenance.backup(tmp_path / "missing.db", tmp_path / "out.db")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(StoreError, match="not a Sitrep store"):
        maintenance.backup(other, tmp_path / "out.db")
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all " * 100)
    with pytest.raises(StoreError, match="not a SQLite database"):
        maintenance.backup(text, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()


def test_restore_keeps_the_replaced_store_and_brings_back_the_backup(store_of_twenty, tmp_path):
    saved = maintenance.backup(store_of_twenty, tmp_path / "saved.db").path
    db = connect(store_of_twenty)
    fill(db, 5, seed=2)
    db.conn.close()
    after = rows(store_of_twenty, ARTICLES)
    kept = maintenance.restore(saved, store_of_twenty)
    assert kept is not None and rows(kept, ARTICLES) == after
    assert rows(store_of_twenty, ARTICLES) == rows(saved, ARTICLES)
    assert len(rows(store_of_twenty, ARTICLES)) == 20
    generations = [rows(p, "SELECT generation FROM index_stats")[0][0] for p in (kept, saved)]
    assert rows(store_of_twenty, "SELECT generation FROM index_stats")[0][0] > max(generations)
    # nor can the restored store pass for the replaced one with mentions added (m021)
    rewrites = [rows(p, "SELECT n FROM rewrites")[0][0] for p in (kept, saved)]
    assert rows(store_of_twenty, "SELECT n FROM rewrites")[0][0] > max(rewrites)
    assert check(connect(store_of_twenty)) == []


def test_restore_of_an_older_schema_migrates_it(tmp_path):
    old = tmp_path / "v3.db"
    with gzip.open(STORES / "schema-v3.db.gz") as packed, old.open("wb") as out:
        shutil.copyfileobj(packed, out)
    target = tmp_path / "new.db"
    assert maintenance.restore(old, target) is None
    assert check(connect(target)) == []
    assert len(rows(target, "SELECT name FROM _sqlite_migrations")) > 3


def test_restore_refuses_other_databases_newer_schemas_and_damage(store_of_twenty, tmp_path):
    before = rows(store_of_twenty, ARTICLES)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(StoreError, match="not a Sitrep store"):
        maintenance.restore(other, store_of_twenty)

    newer = maintenance.backup(store_of_twenty, tmp_path / "newer.db").path
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('sitrep', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer Sitrep"):
        maintenance.restore(newer, store_of_twenty)

    damaged = maintenance.backup(store_of_twenty, tmp_path / "damaged.db").path
    data = bytearray(damaged.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 7 * page):
        data[offset + 100 : offset + 400] = bytes(300)
    damaged.write_bytes(bytes(data))
    with pytest.raises(StoreError):
        maintenance.restore(damaged, store_of_twenty)
    assert rows(store_of_twenty, ARTICLES) == before
    assert not list(tmp_path.glob("store.db.before-restore-*"))


def test_check_names_what_is_wrong(store_of_twenty):
    db = connect(store_of_twenty)
    assert check(db) == []
    db.conn.execute("UPDATE index_stats SET n_passages = n_passages + 3")
    db.conn.execute("UPDATE terms SET df = df + 1 WHERE term = 'convoy'")
    db.conn.execute("UPDATE passages SET n_terms = n_terms + 1 WHERE id = 2")
    problems = check(db)
    assert any("index counts" in p and "passages" in p for p in problems)
    assert any("document frequency" in p and "'convoy'" in p for p in problems)
    assert any("stored length" in p or "word counts" in p for p in problems)


WRITER = """
import random, sys
sys.path.insert(0, sys.argv[3])
from test_maintenance import article
from commands import ingest
from store.db import connect
from text.read import Document
db = connect(sys.argv[1])
seed = int(sys.argv[2])
rng = random.Random(seed)
for n in range(25):
    label = f"w{seed}-{n}.txt"
    ingest.ingest_document(db, Document(text=article(rng, n), origin=label, kind="text"),
                           ingest.Origin(label))
"""


@pytest.mark.slow
def test_backup_under_eight_writers_is_one_consistent_moment(
    store_of_twenty, tmp_path, monkeypatch
):
    monkeypatch.setattr(maintenance, "PAGES_PER_STEP", 2)  # many steps, so writers interleave
    here = str(Path(__file__).resolve().parent)
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(store_of_twenty), str(seed), here])
        for seed in range(100, 108)
    ]
    copies = []
    while any(w.poll() is None for w in writers) or not copies:
        copies.append(maintenance.backup(store_of_twenty, tmp_path / f"copy{len(copies)}.db"))
        time.sleep(0.05)
    assert all(w.wait() == 0 for w in writers)

    final_articles = {r[0]: r for r in rows(store_of_twenty, ARTICLES)}
    final_passages = {r[0]: r for r in rows(store_of_twenty, PASSAGES)}
    assert len(final_articles) == 20 + 8 * 25
    for copied in copies:
        assert check(connect(copied.path)) == [], copied.path
        articles = rows(copied.path, ARTICLES)
        assert len(articles) == copied.articles
        assert all(final_articles[r[0]] == r for r in articles)  # whole articles, as they are now
        assert all(final_passages[r[0]] == r for r in rows(copied.path, PASSAGES))
    assert any(c.articles < len(final_articles) for c in copies)  # taken while writers wrote
