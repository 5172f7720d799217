"""The record of schema migrations, readable without sqlite-utils.

sqlite-utils' Migrations keeps the list of what ran in `_sqlite_migrations`; importing
sqlite-utils also imports numpy (about 0.2 s), which a query that finds the schema up to date
never needs. This registry takes the same decorator, answers `pending()` with one plain SQL
read, and hands the list to sqlite-utils only when a migration must run, so the table it writes
is the one sqlite-utils always wrote.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

TABLE = "_sqlite_migrations"


MigrationFn = Callable[[Any], None]


@dataclass
class Migration:
    """One registered migration: the fields sqlite-utils' Migrations reads from its entries."""

    name: str
    fn: MigrationFn
    transactional: bool = True


class Migrations:
    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[MigrationFn], MigrationFn]:
        def register(fn: MigrationFn) -> MigrationFn:
            migration_name = name or fn.__name__
            if any(m.name == migration_name for m in self._migrations):
                raise ValueError(f"migration {migration_name!r} is registered twice")
            self._migrations.append(Migration(migration_name, fn, transactional))
            return fn

        return register

    def applied(self, conn: sqlite3.Connection) -> set[str]:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
        ).fetchone()
        if not exists:
            return set()
        rows = conn.execute(f"SELECT name FROM {TABLE} WHERE migration_set = ?", (self.name,))
        return {row[0] for row in rows}

    def pending(self, db: Any) -> list[Migration]:
        done = self.applied(db.conn)
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: Any) -> None:
        """Run the pending migrations through sqlite-utils, each with its record in one
        savepoint (migrations receive a sqlite-utils Database over the same connection)."""
        import sqlite_utils

        runner = sqlite_utils.Migrations(self.name)
        runner._migrations = self._migrations  # type: ignore[assignment]  # same three fields
        runner.apply(sqlite_utils.Database(db.conn))
