"""Opening the SQLite store: one file shared by processes and threads.

WAL lets readers run while one writer writes; the busy timeout makes a second writer wait for
the first instead of failing with "database is locked". Connections are opened per thread (a
sqlite3 connection must not cross threads) and transactions are explicit (autocommit mode plus
BEGIN IMMEDIATE), so one article is one transaction and a failure rolls all of it back.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import cast

from store.schema import migrate

DEFAULT_DB_NAME = "sitrep.db"
BUSY_TIMEOUT_MS = 30_000
# How much of the file SQLite maps into memory for reading (the most its builds allow): a
# store's pages are then read where the OS caches them. Writes still go through the WAL.
MMAP_BYTES = 2**31 - 2**16


class Database:
    """An open store: its sqlite3 connection, and `executescript` for the migrations.

    Every module reads and writes through `.conn`; this stands where a sqlite-utils Database
    stood (the annotations elsewhere still name that type) because importing sqlite-utils
    imports numpy, 0.2 s that a question to the store does not need. Migrations that must run
    get a real sqlite-utils Database over the same connection (store/migrations.py).
    """

    __slots__ = ("conn",)

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def executescript(self, sql: str) -> sqlite3.Cursor:
        """Run several statements; inside a transaction one by one, because sqlite3's own
        executescript() would COMMIT the open transaction first (sqlite-utils does the same)."""
        if not self.conn.in_transaction:
            return self.conn.executescript(sql)
        cursor = self.conn.cursor()
        for statement in _statements(sql):
            cursor.execute(statement)
        return cursor


def _statements(sql: str) -> Iterator[str]:
    """The complete SQL statements of a script, cut at the semicolons that end one."""
    start = 0
    for at, char in enumerate(sql):
        if char == ";" and sqlite3.complete_statement(sql[start : at + 1]):
            if sql[start : at + 1].strip():
                yield sql[start : at + 1].strip()
            start = at + 1
    if sql[start:].strip():
        yield sql[start:].strip()


class StoreError(RuntimeError):
    """A store problem worth a one-line message to the user (unreadable file, disk full...)."""


def default_path() -> str:
    return os.environ.get("SITREP_DB") or DEFAULT_DB_NAME


def connect(path: str | Path | None = None, *, create: bool = True) -> Database:
    """Open (and if needed create and migrate) the store at path."""
    path = str(path or default_path())
    if not create and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"no database at {path}: ingest some articles first")
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=True
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            # Pages read in place from the OS's cache rather than copied by a system call
            # each (a question reads some forty articles' pages: docs/PERFORMANCE.md).
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        # Durable at checkpoints; WAL keeps it consistent.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn)
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from exc
    return db


def as_database(db: object) -> Database:
    """A connection as this module types it: Runtime.db() and older annotations still name
    sqlite-utils' Database for what is this one."""
    return cast(Database, db)


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back whole on any exception.

    IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout rather
    than deadlocking when both try to upgrade a read transaction.
    """
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        # Some errors (SQLITE_FULL, SQLITE_IOERR) have already rolled the transaction back;
        # a second ROLLBACK would replace the real error with "no transaction is active".
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
