"""`sitrep reindex` and `sitrep check` from a terminal: what they say, and a process killed in
the middle of a reindex, whose store the next run finishes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli.main import main
from commands import reindex
from store.check import check
from store.db import connect
from tests.commands.reindex_stores import contents, ingest_as_older_version

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def older_store_file(tmp_path: Path) -> Path:
    path = tmp_path / "older.db"
    db = connect(path)
    ingest_as_older_version(db)
    db.conn.close()
    return path


def test_check_says_what_is_out_of_date_and_reindex_refreshes_it(older_store_file, capsys):
    db = str(older_store_file)
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 0
    assert out.splitlines()[-1] == (
        "note: 5 articles were cleaned and extracted by an older version; "
        "`sitrep reindex` refreshes them"
    )
    code, out, err = run(capsys, "--db", db, "reindex", "--dry-run")
    assert code == 0 and err == ""
    assert (
        out
        == "5 of 5 out-of-date articles would be re-cleaned and re-extracted (nothing changed)\n"
    )
    code, out, err = run(capsys, "--db", db, "reindex", "--batch", "2")
    assert code == 0
    assert err.splitlines()[-1].startswith("5 / 5 articles, ")  # the progress line
    assert out.startswith("reindexed 5 of 5 out-of-date articles in ")
    assert out.rstrip().endswith("; 0 out of date now")
    code, out, _ = run(capsys, "--db", db, "check")
    assert (code, out) == (0, "the store is sound\n")
    code, out, err = run(capsys, "--db", db, "reindex", "--quiet", "--json")
    assert code == 0 and err == ""
    summary = json.loads(out)
    assert (summary["to_do"], summary["reindexed"], summary["out_of_date"]) == (0, 0, 0)


def test_bad_input_is_one_line_and_changes_nothing(tmp_path: Path, older_store_file, capsys):
    missing = tmp_path / "missing.db"
    code, out, err = run(capsys, "--db", str(missing), "reindex")
    assert code == 1 and out == ""
    assert err == f"sitrep: error: no database at {missing}: ingest some articles first\n"
    assert not missing.exists()
    with pytest.raises(SystemExit) as usage:
        run(capsys, "--db", str(older_store_file), "reindex", "--batch", "0")
    assert usage.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith("--batch must be at least 1")
    db = connect(older_store_file, create=False)
    assert reindex.out_of_date(db) == 5


# Each article made slow to redo, so the process can be killed between two of its batches.
_SLOW_REINDEX = """
import sys, time
from commands import reindex
renewed = reindex._renewed
reindex._renewed = lambda db, article: time.sleep(0.4) or renewed(db, article)
from cli.main import main
sys.exit(main(["--db", sys.argv[1], "reindex", "--batch", "1", "--quiet"]))
"""


@pytest.mark.slow
def test_a_killed_reindex_leaves_a_store_the_next_run_finishes(tmp_path: Path) -> None:
    whole = connect(tmp_path / "whole.db")
    ingest_as_older_version(whole)
    reindex.run(whole)
    path = tmp_path / "killed.db"
    db = connect(path)
    ingest_as_older_version(db)
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_REINDEX, str(path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    watcher = sqlite3.connect(path, isolation_level=None)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and child.poll() is None:
            done = watcher.execute("SELECT count(*) FROM articles WHERE pipeline > 0").fetchone()
            if done[0] >= 2:
                break
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)  # in its third batch, or between batches
        child.wait()
    finally:
        watcher.close()
    left = reindex.out_of_date(db)
    assert 1 <= left <= 3
    assert check(db) == []
    result = reindex.run(db)
    assert result.reindexed == left and reindex.out_of_date(db) == 0
    assert contents(db) == contents(whole)
