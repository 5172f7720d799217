"""`sitrep backup`, `restore` and `check` as a person runs them: one line each, exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def seeded(tmp_path: Path, capsys) -> Path:
    db = tmp_path / "store.db"
    seeds = sorted(str(p) for p in (ROOT / "seeds").iterdir())
    assert run(capsys, "--db", str(db), "ingest", *seeds)[0] == 0
    return db


def test_backup_check_and_restore_from_the_terminal(tmp_path, capsys):
    db = seeded(tmp_path, capsys)
    copy = tmp_path / "copy.db"
    code, out, err = run(capsys, "--db", str(db), "backup", str(copy))
    assert code == 0 and out.startswith("backed up 7 articles") and "backup: 100%" in err
    assert run(capsys, "--db", str(copy), "check")[1].strip() == "the store is sound"

    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM articles WHERE id = (SELECT max(id) FROM articles)")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--db", str(db), "restore", str(copy))
    assert code == 0 and "the store it replaced is kept as" in out
    code, out, _ = run(capsys, "--db", str(db), "quote", '"no picnic"', "--json")
    assert code == 0 and "no picnic" in json.loads(out)["results"][0]["text"]


def test_check_names_the_problem_and_fails(tmp_path, capsys):
    db = seeded(tmp_path, capsys)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE index_stats SET n_passages = n_passages + 1")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--db", str(db), "check")
    assert code == 1
    assert "problem: the index counts" in out and "1 problem found" in out


def test_a_bad_backup_or_restore_is_one_line_and_changes_nothing(tmp_path, capsys):
    db = seeded(tmp_path, capsys)
    before = db.read_bytes()
    notes = tmp_path / "notes.txt"
    notes.write_text("not a store")
    code, out, err = run(capsys, "--db", str(db), "restore", str(notes))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "not a SQLite database" in err or "not a Sitrep store" in err
    code, _, err = run(capsys, "--db", str(db), "backup", str(db))
    assert code == 1 and "another file" in err
    assert db.read_bytes() == before
