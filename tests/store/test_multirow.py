"""Rows inserted many to a statement are stored exactly as one statement per row stores them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.multirow import ROWS_PER_STATEMENT, Insert

SCHEMA = (
    "CREATE TABLE counts (kind TEXT, subject INTEGER, label TEXT, n INTEGER, "
    "first TEXT, UNIQUE (kind, subject))"
)
HEAD = "INSERT INTO counts (kind, subject, label, n, first)"
VARIANTS = {
    "plain": ("INSERT", "(?, ?, ?, ?, ?)", ""),
    "ignore": ("INSERT OR IGNORE", "(?, ?, ?, ?, ?)", ""),
    "replace": ("INSERT OR REPLACE", "(?, ?, ?, ?, ?)", ""),
    "upsert": (
        "INSERT",
        "(?, ?, ?, ?, ?)",
        "ON CONFLICT DO UPDATE SET n = n + excluded.n, first = min(first, excluded.first)",
    ),
}


def invented_rows(count: int, distinct: int) -> list[tuple[object, ...]]:
    """Rows whose keys repeat (conflicts inside one statement and across statements), with
    values of every type SQLite binds."""
    return [
        (
            "ap"[i % 2],
            (i * 7) % distinct,
            None if i % 5 == 0 else f"Qarvel-{i}",
            i,
            f"2031-0{1 + i % 9}",
        )
        for i in range(count)
    ]


def stored(path: Path, variant: str, rows: list[tuple[object, ...]], many: bool) -> list[tuple]:
    verb, marks, tail = VARIANTS[variant]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(SCHEMA)
    conn.execute("INSERT INTO counts VALUES ('a', 0, 'before', 100, '2030-12')")
    conn.execute("BEGIN")
    head = HEAD.replace("INSERT", verb, 1)
    if many:
        Insert(head, marks, tail).run(conn, rows)
    else:
        conn.executemany(f"{head} VALUES {marks} {tail}", rows)
    conn.execute("COMMIT")
    out = conn.execute("SELECT rowid, * FROM counts ORDER BY rowid").fetchall()
    conn.close()
    return out


@pytest.mark.parametrize("variant", ["ignore", "replace", "upsert"])
@pytest.mark.parametrize("count", [0, 1, 7, 8, 9, 31, 32, 33, 75, 300])
def test_conflicting_rows_are_stored_as_one_statement_a_row_stores_them(
    tmp_path: Path, variant: str, count: int
) -> None:
    rows = invented_rows(count, distinct=max(1, count // 3))
    one_by_one = stored(tmp_path / "one.db", variant, rows, many=False)
    assert stored(tmp_path / "many.db", variant, rows, many=True) == one_by_one


def test_distinct_rows_keep_their_order_and_rowids(tmp_path: Path) -> None:
    rows = invented_rows(77, distinct=10_000)[1:]  # the first would repeat the stored row
    many = stored(tmp_path / "many.db", "plain", rows, many=True)
    assert many == stored(tmp_path / "one.db", "plain", rows, many=False)
    assert [row[0] for row in many] == list(range(1, 78))


def test_constant_columns_in_the_row_marks(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "c.db", isolation_level=None)
    conn.execute("CREATE TABLE t (a INTEGER, b TEXT, n INTEGER, UNIQUE (a, b))")
    insert = Insert("INSERT INTO t (a, b, n)", "(?, ?, 1)", "ON CONFLICT DO UPDATE SET n = n + 1")
    insert.run(conn, [(i % 4, "x") for i in range(ROWS_PER_STATEMENT[0] + 3)])
    assert conn.execute("SELECT a, b, n FROM t ORDER BY a").fetchall() == [
        (0, "x", 9),
        (1, "x", 9),
        (2, "x", 9),
        (3, "x", 8),
    ]


def test_a_failing_row_fails_the_insert(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "f.db", isolation_level=None)
    conn.execute("CREATE TABLE t (a INTEGER PRIMARY KEY)")
    with pytest.raises(sqlite3.IntegrityError):
        Insert("INSERT INTO t (a)", "(?)").run(conn, [(i % 20,) for i in range(40)])
