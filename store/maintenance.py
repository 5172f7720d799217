"""Keeping a store safe: a consistent backup of a live store, restoring one, and a check that
says in plain words what is wrong.

A backup reads one snapshot: the source connection holds a read transaction for the whole copy,
so in WAL mode writers go on while it runs and the copy is the store as it was at its start.
Restore never destroys data: the store it replaces is first backed up beside itself.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from store.db import StoreError, connect
from store.schema import migrations

Progress = Callable[[int, int], None]  # (done, total), in pages or terms
PAGES_PER_STEP = 1024


@dataclass(frozen=True)
class Copied:
    path: Path
    pages: int
    bytes: int
    articles: int


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _open_readonly(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise StoreError(f"no database at {path}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a SQLite database ({exc})") from exc
    return conn


def _copy(source: sqlite3.Connection, target: Path, progress: Progress | None) -> Copied:
    """Copy source's current snapshot into target, written beside it first and renamed into
    place, so an interrupted copy never leaves a half-written file under target's name."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    out = sqlite3.connect(partial)
    try:
        source.execute("BEGIN")  # one snapshot for every step of the copy
        articles = source.execute("SELECT count(*) FROM articles").fetchone()[0]

        def report(status: int, remaining: int, total: int) -> None:
            if progress:
                progress(total - remaining, total)

        source.backup(out, pages=PAGES_PER_STEP, progress=report)
        source.execute("COMMIT")
        pages = out.execute("PRAGMA page_count").fetchone()[0]
        out.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    except BaseException:
        out.close()
        partial.unlink(missing_ok=True)
        raise
    out.close()
    os.replace(partial, target)
    return Copied(target, pages, target.stat().st_size, articles)


def backup(store: str | Path, target: str | Path, progress: Progress | None = None) -> Copied:
    """A consistent copy of the store at target, while other processes go on reading and
    writing. An existing file at target is replaced only once the new copy is complete."""
    store, target = Path(store), Path(target)
    if _same_file(store, target):
        raise StoreError("the backup must go to another file than the store itself")
    if target.is_dir():
        raise StoreError(f"{target} is a directory: name the backup file")
    source = _open_readonly(store)
    try:
        _schema_of(source, store)
        return _copy(source, target, progress)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot back up {store}: {exc}") from exc
    finally:
        source.close()


def _schema_of(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The migrations applied to a Sitrep store; refuses other databases and newer schemas."""
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    except sqlite3.DatabaseError:
        raise StoreError(f"{path} is not a Sitrep store (no schema record)") from None
    known = {m.name for m in migrations._migrations}
    if "m001_articles_passages_index" not in names:
        raise StoreError(f"{path} is not a Sitrep store (no Sitrep schema record)")
    newer = sorted(set(names) - known)
    if newer:
        raise StoreError(
            f"{path} was written by a newer Sitrep (schema {', '.join(newer)}): "
            "upgrade Sitrep first"
        )
    return names


def restore(
    backup_file: str | Path, store: str | Path, progress: Progress | None = None
) -> Path | None:
    """Put a backup in the store's place and bring it to the current schema. The store it
    replaces is first backed up beside itself; that file's path is returned (None when there
    was no store)."""
    backup_file, store = Path(backup_file), Path(store)
    if _same_file(backup_file, store):
        raise StoreError("the backup and the store are the same file")
    source = _open_readonly(backup_file)
    try:
        _schema_of(source, backup_file)
        verdict = source.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise StoreError(f"{backup_file} is damaged ({verdict}): not restored")
        kept, replaced_generation, replaced_rewrites = None, 0, 0
        if store.exists():
            replaced_generation = _generation(store)
            replaced_rewrites = _rewrites(store)
            stamp = time.strftime("%Y%m%dT%H%M%S")
            kept = store.with_name(f"{store.name}.before-restore-{stamp}")
            backup(store, kept)
        live = sqlite3.connect(store, timeout=30, isolation_level=None)
        try:
            source.backup(
                live,
                pages=PAGES_PER_STEP,
                progress=lambda s, remaining, total: progress
                and progress(total - remaining, total),
            )
        finally:
            live.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot restore {backup_file}: {exc}") from exc
    finally:
        source.close()
    db = connect(store)  # an older backup is migrated now, not on the next query
    try:
        # A running process caches decoded postings by generation: the restored store must
        # not reuse a number that process saw with other contents.
        db.conn.execute(
            "UPDATE index_stats SET generation = max(generation, ?) + 1", (replaced_generation,)
        )
        # Nor may it pass for the replaced store with mentions added: answers kept for that
        # one are brought up to date only while this count is unchanged (migration m021).
        db.conn.execute("UPDATE rewrites SET n = max(n, ?) + 1", (replaced_rewrites,))
    finally:
        db.conn.close()
    return kept


def _rewrites(path: Path) -> int:
    conn = _open_readonly(path)
    try:
        row = conn.execute("SELECT n FROM rewrites WHERE id = 1").fetchone()
        return int(row[0]) if row else 0
    except sqlite3.DatabaseError:  # a store older than migration m021
        return 0
    finally:
        conn.close()


def _generation(path: Path) -> int:
    conn = _open_readonly(path)
    try:
        row = conn.execute("SELECT generation FROM index_stats WHERE id = 1").fetchone()
        return int(row[0]) if row else 0
    except sqlite3.DatabaseError:
        return 0
    finally:
        conn.close()
