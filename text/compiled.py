"""Compiled knowledge: data files (catalogue, gazetteer, alias tables) turned once into the
objects the code uses, kept in one SQLite file that later processes read in milliseconds.

    catalogue = compiled("catalogue", [builtin_json, users_json], build)

An entry is found again only while its stamp matches: the Python version and, for each source
file, its path, size, modification time and (for files under a megabyte, such as a user's
$SITREP_ACTORS) checksums of its content. The sources include the module that builds the entry, so
changed code rebuilds too. Editing a data file therefore rebuilds its entry on the next use;
nothing else is ever rebuilt on start. Writing an entry deletes those whose sources have since
changed or gone, so the file does not grow with every installation and actors file it has seen.

The file lives in $SITREP_CACHE_DIR, else $XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep. It is
a cache, never a source of truth: if it cannot be read or written (read-only home, full disk,
a damaged file), the build's result is used as it is and the command goes on.
"""

from __future__ import annotations

import contextlib
import copyreg
import marshal
import os
import pickle
import re
import sqlite3
import sys
import threading
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

T = TypeVar("T")

FILE_NAME = "knowledge.sqlite"
HASHED_BELOW = 1 << 20  # checksum the content of files smaller than this (not package data)
_VERSION = "1"  # of this file's layout


def _read_only(mapping: dict) -> MappingProxyType:
    return MappingProxyType(mapping)


# Compiled objects hold read-only views of dicts, which pickle cannot store by themselves: it
# stores the dict behind the view and makes the view again on load.
copyreg.pickle(MappingProxyType, lambda view: (_read_only, (dict(view),)))


def cache_dir() -> Path:
    base = os.environ.get("SITREP_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "sitrep"


def stamp(sources: Iterable[str | os.PathLike[str]]) -> str:
    """What an entry was built from, spelt out; a different stamp means rebuild. Checksums, not
    a cryptographic hash: they only tell an edited file from the one compiled (and importing
    hashlib would cost a command line more than the check itself)."""
    parts = [f"{_VERSION}|py{sys.version_info[0]}.{sys.version_info[1]}"]
    for source in sources:
        path = Path(source)
        try:
            info = path.stat()
        except OSError:
            parts.append(f"{path}:absent")
            continue
        part = f"{path}:{info.st_size}:{info.st_mtime_ns}"
        if info.st_size < HASHED_BELOW:
            data = path.read_bytes()
            part += f":{zlib.crc32(data):08x}{zlib.adler32(data):08x}"
        parts.append(part)
    return "|".join(parts)


def _entry(name: str, sources: list[str | os.PathLike[str]]) -> str:
    """The cache entry for `name` built from these files. Two installations under one user
    (a release and a checkout, say) read different files: each keeps its own entry instead
    of rebuilding over the other's at every start. Absolute paths, not resolved ones: resolving
    asks the file system about every folder of every source (a hundred lstat calls a command,
    milliseconds on a busy disk), and a second path to the same files only costs an entry."""
    where = "|".join(os.path.abspath(source) for source in sources)
    return f"{name}@{zlib.crc32(where.encode('utf-8', 'surrogateescape')):08x}"


def _open() -> sqlite3.Connection:
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    # Shared across threads (the bot answers on several); Keyed.get serialises its reads.
    conn = sqlite3.connect(
        folder / FILE_NAME, timeout=5, isolation_level=None, check_same_thread=False
    )
    # WAL: a process filling a table (seconds for the gazetteer, longer on a loaded machine)
    # holds its write lock that long; in the default journal mode readers then wait for it
    # and fail with "database is locked" after the timeout, failing the ingest or question
    # that was reading. In WAL mode readers never wait for the writer. Set once per file; a
    # busy file keeps its mode until a later open.
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS compiled "
        "(name TEXT PRIMARY KEY, stamp TEXT NOT NULL, data BLOB NOT NULL)"
    )
    return conn


# One source in a stamp: "path:size:mtime", a checksum after it for small files, or "path:absent".
_SOURCE = re.compile(r"(.*):(?:absent|\d+:\d+(?::[0-9a-f]{16})?)", re.DOTALL)


def _sources_of(entry_stamp: str) -> list[str] | None:
    """The source paths spelt out in a stamp, or None when it cannot be read back."""
    paths = []
    for part in entry_stamp.split("|")[2:]:
        found = _SOURCE.fullmatch(part)
        if found is None:
            return None
        paths.append(found.group(1))
    return paths


def _prune(conn: sqlite3.Connection, keep: str) -> None:
    """Delete the entries that can never be read again: one of their sources has changed or is
    gone (a removed installation, a user's actors file deleted or edited under another name,
    a test's temporary files). Each installation and each actors file has its own entry, so
    without this the file only grows: hundreds of megabytes on a machine that runs the tests
    often. Run when an entry is written, which is rare, never on the read path. An entry of
    another Python version is judged by its sources alone."""
    stale = []
    for name, entry_stamp in conn.execute("SELECT name, stamp FROM compiled").fetchall():
        paths = _sources_of(entry_stamp)
        if name == keep or paths is None:
            continue
        tail = entry_stamp.split("|")[2:]
        if stamp(paths).split("|")[2:] != tail:
            stale.append(name)
    if not stale:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name in stale:
            conn.execute("DELETE FROM compiled WHERE name = ?", (name,))
            conn.execute(f"DROP TABLE IF EXISTS {_keyed_table(name)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    free, pages = (
        conn.execute(f"PRAGMA {what}").fetchone()[0] for what in ("freelist_count", "page_count")
    )
    if free * 2 > pages:  # most of the file is free pages: give them back to the disk
        conn.execute("VACUUM")


def _read(name: str, want: str) -> bytes | None:
    try:
        conn = _open()
        try:
            row = conn.execute(
                "SELECT stamp, data FROM compiled WHERE name = ?", (name,)
            ).fetchone()
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return None
    return row[1] if row and row[0] == want else None


def _write(name: str, key: str, data: bytes) -> None:
    try:
        conn = _open()
        try:
            conn.execute(
                "INSERT OR REPLACE INTO compiled (name, stamp, data) VALUES (?, ?, ?)",
                (name, key, data),
            )
            _prune(conn, keep=name)
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        pass  # a cache that cannot be written only costs the next start its build time


def compiled(name: str, sources: Iterable[str | os.PathLike[str]], build: Callable[[], T]) -> T:
    """build()'s result, from the cache while the sources (data files and the building module)
    are unchanged, else built and kept."""
    sources = list(sources)
    name, key = _entry(name, sources), stamp(sources)
    data = _read(name, key)
    if data is not None:
        try:
            value: T = pickle.loads(data)
            return value
        except Exception:  # noqa: BLE001 - a stale or damaged entry is rebuilt, never fatal
            pass
    value = build()
    try:
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return value
    _write(name, key, blob)
    return value


# ---------------------------------------------------------------- keyed tables


class Keyed:
    """A compiled table read one key at a time: `get(key)` is one indexed SQLite read, so a
    process that asks about three names never loads the other hundred thousand. Values are
    stored with marshal (tuples, strings and numbers; fast, and the stamp pins the Python
    version whose format it is)."""

    def __init__(
        self, conn: sqlite3.Connection | None, table: str, fallback: dict[str, object] | None
    ) -> None:
        self._conn, self._table, self._fallback = conn, table, fallback
        self._lock = threading.Lock()

    def get(self, key: str, default: object = None) -> object:
        if self._fallback is not None:
            return self._fallback.get(key, default)
        assert self._conn is not None
        with self._lock:
            row = self._conn.execute(
                f"SELECT value FROM {self._table} WHERE key = ?", (key,)
            ).fetchone()
        return marshal.loads(row[0]) if row else default


def _keyed_table(name: str) -> str:
    return "keyed_" + "".join(c if c.isalnum() else "_" for c in name)


def open_keyed(name: str, sources: Iterable[str | os.PathLike[str]]) -> Keyed | None:
    """The Keyed table `name` if it was filled from these very sources, else None (then the
    caller works from memory, and `write_keyed` can fill the table for the next process)."""
    sources = list(sources)
    name = _entry(name, sources)
    try:
        conn = _open()
        found = conn.execute("SELECT stamp FROM compiled WHERE name = ?", (name,)).fetchone()
        if found and found[0] == stamp(sources):
            return Keyed(conn, _keyed_table(name), None)
        conn.close()
    except (OSError, sqlite3.Error):
        pass
    return None


def write_keyed(
    name: str, sources: Iterable[str | os.PathLike[str]], rows: Iterable[tuple[str, Any]]
) -> None:
    """Fill the Keyed table `name` (a few seconds for the gazetteer: done once per change of
    its sources); failing to write it is not an error."""
    sources = list(sources)
    name = _entry(name, sources)
    key, table = stamp(sources), _keyed_table(name)
    try:
        conn = _open()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Another process may have filled it from the same sources while this one was
                # loading them: rewriting it would drop a table that process is reading.
                done = conn.execute("SELECT stamp FROM compiled WHERE name = ?", (name,)).fetchone()
                if done and done[0] == key:
                    conn.execute("ROLLBACK")
                    return
                conn.execute(f"DROP TABLE IF EXISTS {table}")
                conn.execute(
                    f"CREATE TABLE {table} (key TEXT PRIMARY KEY, value BLOB NOT NULL) "
                    "WITHOUT ROWID"
                )
                conn.executemany(
                    f"INSERT OR REPLACE INTO {table} (key, value) VALUES (?, ?)",
                    ((k, marshal.dumps(v)) for k, v in rows),
                )
                conn.execute(
                    "INSERT OR REPLACE INTO compiled (name, stamp, data) VALUES (?, ?, ?)",
                    (name, key, b""),
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            _prune(conn, keep=name)
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        pass
