"""Faults in the store: an ingest killed with SIGKILL at random points, and a full disk.

After each kill, SQLite's integrity check passes, every article is either all there (text,
passages, index entries, mentions, relations, events, exactly as an undisturbed ingest stores
them) or not there at all, and running the same ingest again completes the store.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from commands.ingest import ingest_jsonl
from store.db import connect
from tests.robust.articles import articles, as_text
from tests.robust.common import soak
from tests.robust.storecheck import check_store, contents, counts

ROOT = Path(__file__).resolve().parents[2]
TRIALS = soak(120, 1000)
MODES = ("documents", "jsonl")  # one transaction per article; batches with savepoints
ARTICLES = 8  # per trial: a small store, so a trial costs a tenth of a second


class Hub:
    """Client of tests/robust/hub.py."""

    def __init__(self, workdir: Path) -> None:
        self.log = open(workdir / "hub.log", "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.robust.hub"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            env={"PATH": "", "OPENBLAS_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)},
        )

    def ask(self, **request: object) -> dict:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, "the hub died; see hub.log"
        return json.loads(line)

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    started = Hub(tmp_path_factory.mktemp("hub"))
    yield started
    started.stop()


def test_sigkill_at_random_points_leaves_whole_articles_or_none(hub: Hub, tmp_path: Path) -> None:
    rng = random.Random(20170817)
    records_path = tmp_path / "records.json"
    records_path.write_text(json.dumps(articles(seed=7, count=ARTICLES)), encoding="utf-8")
    base = tmp_path / "base.db"
    db = connect(base)
    ingest_jsonl(db, [json.dumps(r) for r in articles(seed=8, count=2, first=900)], "base")
    base_hashes = set(contents(db))
    db.conn.close()

    # What an undisturbed ingest stores, and how long it takes, in each mode.
    reference, duration = {}, {}
    for mode in MODES:
        path = tmp_path / f"reference-{mode}.db"
        shutil.copy(base, path)
        outcome = hub.ask(op="ingest", db=str(path), records=str(records_path), mode=mode)
        assert outcome["exit"] == 0, outcome
        duration[mode] = outcome["elapsed"]
        db = connect(path)
        reference[mode] = contents(db)
        assert check_store(db) == [] and len(reference[mode]) == len(base_hashes) + ARTICLES
        db.conn.close()

    killed_with = Counter()
    for trial in range(TRIALS):
        mode = rng.choice(MODES)
        fresh = rng.random() < 0.1  # a store not even created yet
        path = tmp_path / f"trial-{trial}.db"
        if not fresh:
            shutil.copy(base, path)
        expected = {h: c for h, c in reference[mode].items() if not (fresh and h in base_hashes)}
        request = {
            "op": "ingest",
            "db": str(path),
            "records": str(records_path),
            "mode": mode,
            "checkpoint": rng.choice([None, 1, 8]),
        }
        outcome = hub.ask(**request, kill_after=rng.uniform(0, duration[mode] * 1.2))
        assert outcome["exit"] in (0, -9), outcome

        db = connect(path)
        found = contents(db)
        assert check_store(db) == [], f"trial {trial}"
        assert {h: c for h, c in found.items() if c != expected.get(h)} == {}, f"trial {trial}"
        stored = len(set(found) - base_hashes) if outcome["killed"] else "not killed"
        killed_with[f"{mode}: {stored}"] += 1
        db.conn.close()

        assert hub.ask(**request)["exit"] == 0
        db = connect(path)
        assert check_store(db) == [] and contents(db) == expected, f"trial {trial}"
        db.conn.close()
        path.unlink()
        for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
    print(
        f"\n{TRIALS} kill trials, articles stored when killed: "
        f"{sorted(killed_with.items())}, undisturbed ingest took "
        f"{ {mode: round(seconds, 3) for mode, seconds in duration.items()} } s"
    )
    # The kills landed all over the ingest: before the first article, between articles and
    # after the last, not only at one end.
    assert len([k for k in killed_with if not k.endswith("not killed")]) >= 6


# --- disk full -------------------------------------------------------------------------------

BIG = "\n\n".join(as_text(r) for r in articles(seed=11, count=40))


def _cli(args: list[str], cwd: Path, file_limit: int | None = None) -> subprocess.CompletedProcess:
    """Run `sitrep`, optionally on a filesystem that is full past file_limit bytes per file
    (RLIMIT_FSIZE: writes past it fail with EFBIG, as on a full disk)."""
    prelude = "import resource, runpy, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
    if file_limit is not None:
        prelude += f"resource.setrlimit(resource.RLIMIT_FSIZE, ({file_limit}, {file_limit})); "
    prelude += (
        f"sys.argv = {['sitrep', *args]!r}; runpy.run_module('cli.main', run_name='__main__')"
    )
    return subprocess.run(
        [sys.executable, "-c", prelude],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "", "PYTHONPATH": str(ROOT)},
    )


def test_full_disk_fails_with_a_clear_message_and_changes_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "store.db"
    first = tmp_path / "first.txt"
    first.write_text(as_text(articles(seed=12, count=1)[0]), encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text(BIG, encoding="utf-8")
    assert _cli(["--db", str(db_path), "ingest", str(first)], tmp_path).returncode == 0
    db = connect(db_path)
    before = (counts(db), contents(db))
    db.conn.close()

    done = _cli(
        ["--db", str(db_path), "ingest", str(big), "--json"],
        tmp_path,
        file_limit=db_path.stat().st_size + 16 * 1024,
    )
    assert done.returncode != 0
    errors = json.loads(done.stdout)["errors"]
    # A write past the size limit fails with EFBIG, which SQLite reports as an I/O error.
    assert errors == [
        f"{big}: not stored, the store is unchanged: disk I/O error (is the disk full or failing?)"
    ]
    db = connect(db_path)
    assert check_store(db) == [] and (counts(db), contents(db)) == before
    db.conn.close()

    # Room again: the same store takes the article and answers questions.
    assert _cli(["--db", str(db_path), "ingest", str(big)], tmp_path).returncode == 0
    answer = _cli(["--db", str(db_path), "quote", "civilians", "trapped", "--json"], tmp_path)
    assert answer.returncode == 0 and json.loads(answer.stdout)["results"]
    db = connect(db_path)
    assert check_store(db) == [] and counts(db)["articles"] > before[0]["articles"]
    db.conn.close()


def test_bulk_ingest_into_a_full_store_keeps_what_fit(tmp_path: Path) -> None:
    db = connect(tmp_path / "bulk.db")
    records = articles(seed=13, count=30)
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 12}")
    result = ingest_jsonl(db, [json.dumps(r) for r in records], "bulk.jsonl")
    assert result.articles and result.errors
    assert len(result.articles) + len(result.errors) == 30
    assert all(
        e.endswith("not stored, the store is unchanged: database or disk is full")
        for e in result.errors
    )
    assert check_store(db) == [] and counts(db)["articles"] == len(result.articles)
    db.conn.execute("PRAGMA max_page_count = 1073741823")
    again = ingest_jsonl(db, [json.dumps(r) for r in records], "bulk.jsonl")
    assert again.errors == [] and counts(db)["articles"] == 30
    assert check_store(db) == []
