"""Stores written by each earlier schema version (tests/fixtures/stores/, made by that version's own
code from seeds/; make_stores.py there says how) migrate to the current schema and answer as a
store of the newest version does; a migration that fails or is killed halfway leaves the store
exactly as it was."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main
from store import schema
from store.db import connect

STORES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"
VERSIONS = sorted(STORES.glob("schema-v*.db.gz"), key=lambda p: int(p.name[8:].split(".")[0]))
OLDEST, NEWEST = VERSIONS[0], VERSIONS[-1]
QUESTIONS = (["quote", "booby-trapped", "buildings"], ["actor", "SDF"], ["timeline", "Raqqa"])


def unpacked(fixture: Path, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    path = into / fixture.name.removesuffix(".gz")
    with gzip.open(fixture) as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return path


def applied(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
    finally:
        conn.close()


def snapshot(path: Path) -> tuple[list[tuple[str, str, str]], dict[str, int]]:
    """The schema and every table's row count, read without migrating."""
    conn = sqlite3.connect(path)
    try:
        objects = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
        counts = {
            name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for kind, name, _ in objects
            if kind == "table"
        }
    finally:
        conn.close()
    return objects, counts


def answers(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    out = []
    for question in QUESTIONS:
        assert main(["--db", str(path), *question, "--json"]) == 0
        out.append(json.loads(capsys.readouterr().out))
    return out


def test_each_earlier_schema_has_a_fixture():
    assert [p.name for p in VERSIONS] == [
        f"schema-v{n}.db.gz" for n in (3, 4, 5, 7, 8)
    ]  # versions 1, 2 and 6 were never released on their own: no code wrote stores with them


# The oldest store runs every migration, so the fast lane keeps it; the rest run in the whole suite.
@pytest.mark.parametrize(
    "fixture",
    [pytest.param(p, marks=[] if p == VERSIONS[0] else [pytest.mark.slow]) for p in VERSIONS],
    ids=lambda p: p.name.split(".")[0],
)
def test_an_old_store_migrates_and_answers_as_the_newest_does(fixture, tmp_path, capsys):
    old = unpacked(fixture, tmp_path / "old")
    reference = unpacked(NEWEST, tmp_path / "reference")
    connect(old).conn.close()
    connect(reference).conn.close()
    everything = [m.name for m in schema.migrations._migrations]
    assert sorted(applied(old)) == sorted(applied(reference)) == sorted(everything)

    got, want = answers(old, capsys), answers(reference, capsys)
    assert got == want
    quote, profile, timeline = got
    assert any("booby-trapped" in r["text"] for r in quote["results"])
    assert profile["actor"]["name"] == "Syrian Democratic Forces"
    assert {"2017-07", "2017-08-07"} <= {e["date"] for e in timeline["entries"]}


def test_a_failing_migration_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    old = unpacked(OLDEST, tmp_path)
    before = snapshot(old)
    last = schema.migrations._migrations[-1]
    original = last.fn

    def fails_after_its_work(db):  # noqa: ANN001
        original(db)
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(last, "fn", fails_after_its_work)
    with pytest.raises(RuntimeError, match="disk pulled out"):
        connect(old)
    assert snapshot(old) == before


KILLED = """
import os, signal, sys
from store import schema
from store.db import connect
step = schema.migrations._migrations[int(sys.argv[2])]
work = step.fn
def killed_after_its_work(db):
    work(db)
    os.kill(os.getpid(), signal.SIGKILL)
step.fn = killed_after_its_work
connect(sys.argv[1])
"""


@pytest.mark.parametrize("where", ["first pending", "last"])
def test_a_migration_killed_halfway_leaves_the_store_as_it_was(tmp_path, where):
    old = unpacked(OLDEST, tmp_path)
    before = snapshot(old)
    pending = len(applied(old)) if where == "first pending" else -1
    done = subprocess.run([sys.executable, "-c", KILLED, str(old), str(pending)], check=False)
    assert done.returncode == -9
    assert snapshot(old) == before
    connect(old).conn.close()  # and the next open finishes the job
    assert len(applied(old)) == len(schema.migrations._migrations)
