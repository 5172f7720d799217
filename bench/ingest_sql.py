"""Where a bulk ingest batch's SQL time goes, by statement, in an empty and a large store.

Usage: .venv/bin/python bench/ingest_sql.py --store COPY [--articles 3000] [--first N]
           [--cache-kib K] [--mmap BYTES] [--no-foreign-keys] [--checkpoint-apart] [--writes]
           [--pages] [--profile FILE]

Articles (replicas new to every store, as bench/ingest.py takes them) are prepared first,
untimed (kept in bench/out/ingest_sql-*.pickle for the next run), then written as one batch of
bulk ingest (`_BatchWriter._write`) into COPY, which this changes: give it a copy of a store
(or a path that does not exist, for an empty store). Every statement is timed by the process's
CPU clock through a wrapper of the connection and grouped by its first words; the COMMIT is
timed apart, and the WAL's size is read just before it: a WAL that grew before the commit means
the page cache spilled dirty pages mid-batch (each written again when changed again, and read
back from the WAL). --cache-kib sets the page cache after bulk ingest has set its own.
--writes counts each statement's write system calls (/proc/self/io): besides the WAL's, those
are SQLite's statement and savepoint journals (a page changed by a statement that may fail, or
inside a savepoint, is copied there first). --pages lists the pages the batch wrote by table
or index. --checkpoint-apart times the checkpoint after the COMMIT, not inside it.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import re
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, corpus_records  # noqa: E402

OUT = ROOT / "bench" / "out"
FIRST_NEW = 600_000  # as bench/ingest.py: past every stored article


def prepared(n: int, first: int) -> list[tuple[int, Any]]:
    path = OUT / f"ingest_sql-{first}-{n}.pickle"
    if path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)
    from commands import ingest_bulk

    out = []
    for number, record in enumerate(corpus_records(n, first=first), start=1):
        outcome = ingest_bulk._prepare_line((number, json.dumps(record)))[1]
        if not isinstance(outcome, str):
            out.append((number, outcome))
    with path.open("wb") as handle:
        pickle.dump(out, handle)
    return out


def _kind(sql: str) -> str:
    """A statement's group: its verb and table (multi-row inserts of any size alike)."""
    words = re.sub(r"\s+", " ", sql.strip())
    m = re.match(r"(INSERT OR \w+ INTO \w+|INSERT INTO \w+|UPDATE \w+|DELETE FROM \w+)", words)
    if m:
        return m.group(1) + (" ... ON CONFLICT" if "ON CONFLICT" in words else "")
    m = re.match(r"(WITH \w+|SELECT .{0,60}? FROM \w+)", words)
    return m.group(1) if m else words[:40]


class TimedConnection:
    """The sqlite3 connection, each execute and executemany timed by statement group."""

    def __init__(self, conn: Any, spent: dict[str, list[float]]) -> None:
        self._conn, self._spent = conn, spent

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def _timed(self, method: str, sql: str, *args: Any) -> Any:
        writes = _write_calls() if COUNT_WRITES else 0
        start = time.process_time()
        result = getattr(self._conn, method)(sql, *args)
        if method == "execute" and sql.lstrip().upper().startswith("SELECT"):
            result = result.fetchall()  # the reading is the statement's work
            result = _Rows(result)
        spent = self._spent[_kind(sql)]
        spent[0] += time.process_time() - start
        spent[1] += 1
        if COUNT_WRITES:
            self._spent["(writes) " + _kind(sql)][0] += _write_calls() - writes
        return result

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.strip().upper() == "COMMIT":
            self._spent["(WAL bytes before COMMIT)"][0] = _wal_bytes(self._path)
        return self._timed("execute", sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        return self._timed("executemany", sql, *args)


COUNT_WRITES = False


def _write_calls() -> int:
    """The process's write system calls so far (Linux)."""
    with open("/proc/self/io") as handle:
        for line in handle:
            if line.startswith("syscw:"):
                return int(line.split()[1])
    return 0


def _wal_bytes(store: str) -> int:
    wal = Path(store + "-wal")
    return wal.stat().st_size if wal.exists() else 0


class _Rows(list):
    def fetchone(self) -> Any:
        return self[0] if self else None

    def fetchall(self) -> list:
        return list(self)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--first", type=int, default=FIRST_NEW + 20_000)
    parser.add_argument("--cache-kib", type=int)
    parser.add_argument(
        "--checkpoint-apart", action="store_true", help="no checkpoint at COMMIT; one timed after"
    )
    parser.add_argument("--mmap", type=int, help="PRAGMA mmap_size for the batch")
    parser.add_argument("--no-foreign-keys", action="store_true", help="for the batch")
    parser.add_argument("--writes", action="store_true", help="count write calls by statement")
    parser.add_argument("--pages", action="store_true", help="the pages written, by table")
    parser.add_argument("--profile", help="write a cProfile of the batch's write here")
    args = parser.parse_args()

    from commands import ingest_bulk
    from commands.ingest_article import IngestResult
    from store import articles as article_store
    from store.db import connect

    global COUNT_WRITES
    COUNT_WRITES = args.writes
    pending = prepared(args.articles, args.first)
    pending = [
        (n, replace(p, origin=replace(p.origin, label=f"bench:{n}")))
        if p.origin.label == ingest_bulk._LINE_ORIGIN
        else (n, p)
        for n, p in pending
    ]
    db = connect(args.store)
    article_store.use_bulk_cache(db)
    if args.cache_kib:
        db.conn.execute(f"PRAGMA cache_size = -{args.cache_kib}")
    if args.checkpoint_apart:
        db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    if args.no_foreign_keys:
        db.conn.execute("PRAGMA foreign_keys = OFF")
    if args.mmap is not None:
        db.conn.execute(f"PRAGMA mmap_size = {args.mmap}")
    stored = db.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    spent: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    timed = TimedConnection(db.conn, spent)
    timed._path = args.store  # type: ignore[attr-defined]
    db.conn = timed  # type: ignore[assignment]
    writer = ingest_bulk._BatchWriter(db, IngestResult(), [], "bench")
    gc.collect()
    gc.disable()
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
    start, wall, before = time.process_time(), time.perf_counter(), os.times()
    written, failed = writer._write(pending)
    seconds, wall, after = time.process_time() - start, time.perf_counter() - wall, os.times()
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    n = len(written)
    sql = sum(v[0] for k, v in spent.items() if not k.startswith("("))
    print(
        f"store of {stored:,} articles, {n} written ({len(failed)} failed), cache "
        f"{timed.execute('PRAGMA cache_size').fetchone()[0]}: write {seconds * 1000 / n:.3f} "
        f"CPU ms an article (wall {wall * 1000 / n:.3f}), of which SQL {sql * 1000 / n:.3f}; "
        f"WAL before COMMIT {spent['(WAL bytes before COMMIT)'][0] / 2**20:.0f} MiB, after "
        f"{_wal_bytes(args.store) / 2**20:.0f} MiB"
    )
    for kind, (cpu, calls) in sorted(spent.items(), key=lambda kv: -kv[1][0]):
        if not kind.startswith("("):
            writes = spent.get("(writes) " + kind, [0])[0]
            rate = cpu * 1000 / n
            print(f"  {rate:7.3f} ms/article  {calls:7d} calls  {writes:8.0f} writes  {kind}")
    print(
        f"  user {(after.user - before.user) * 1000 / n:.3f} ms/article, "
        f"system {(after.system - before.system) * 1000 / n:.3f}"
    )
    if args.checkpoint_apart:
        start = time.process_time()
        timed._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        print(f"  checkpoint apart: {(time.process_time() - start) * 1000 / n:.3f} ms/article")
    if args.pages:
        _dirtied_pages(timed._conn, args.store)


def _dirtied_pages(conn: Any, store: str) -> None:
    """The pages the batch wrote (the WAL's frames, before any checkpoint), by table or index:
    what the commit paid for."""
    import struct

    data = Path(store + "-wal").read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    pages = set()
    for at in range(32, len(data), 24 + page_size):
        pages.add(struct.unpack(">I", data[at : at + 4])[0])
    owner = dict(conn.execute("SELECT pageno, name FROM dbstat"))
    by_name: dict[str, int] = defaultdict(int)
    for page in pages:
        by_name[owner.get(page, "(new or free)")] += 1
    print(f"  {len(pages):,} distinct pages written")
    for name, count in sorted(by_name.items(), key=lambda kv: -kv[1]):
        print(f"  {count:8,d}  {name}")


if __name__ == "__main__":
    main()
