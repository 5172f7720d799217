"""`sitrep reindex` beside a fresh bulk ingest of the same conflict articles, in one run.

Usage: .venv/bin/python bench/reindex.py [--articles N] [--batch 200] [--no-write]

The conflict articles (bench/common.py conflict_records()) are ingested into an empty store
(`ingest_jsonl`, one process, as `sitrep ingest --jsonl` does); a copy of that store is marked
as made by an older version (articles.pipeline = 0, as migration m018 marks a store from
before the mark) and reindexed, and the fresh store is reindexed with --all. Both are
checked afterwards (`sitrep check`). Reported: articles/s and CPU ms an article of each, how
long each batch held the write lock (what a Slack ingest may wait; answers read through WAL
and never wait), and how many texts cleaning again changed (cleaning is meant to be
idempotent: any such text is a cleaner step that needs two passes).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import NEWS, conflict_records, percentile, publish, require  # noqa: E402


def _timed(fn, *args, **kwargs):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args, **kwargs)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="default: all of them")
    parser.add_argument("--batch", type=int, default=200, help="the most a batch holds")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    require(NEWS)
    from commands import reindex
    from commands.ingest_bulk import ingest_jsonl
    from store.check import check
    from store.db import connect

    records = [r for r in conflict_records() if (r["text"] or "").strip()][: args.articles]
    holds: list[float] = []
    real_write = reindex._write_batch

    def write_timed(*a, **k):  # the time a batch holds the write lock, and a little more
        start = time.perf_counter()
        try:
            return real_write(*a, **k)
        finally:
            holds.append(time.perf_counter() - start)

    reindex._write_batch = write_timed  # type: ignore[assignment]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.db"
        warm = connect(Path(tmp) / "warm.db")  # knowledge compiled, imports done: not timed
        ingest_jsonl(warm, [json.dumps(r) for r in records[:20]], "warm.jsonl")
        db = connect(fresh)
        wall, cpu, _ = _timed(ingest_jsonl, db, [json.dumps(r) for r in records], "conflict.jsonl")
        n = db.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        rows.append(("fresh bulk ingest (`ingest --jsonl`)", n, wall, cpu, None, "—"))
        print(rows[-1], flush=True)
        db.conn.close()
        older = Path(tmp) / "older.db"
        shutil.copyfile(fresh, older)
        db = connect(older)
        db.conn.execute("UPDATE articles SET pipeline = 0")
        for label, path, every in (
            ("`reindex` of a store an older version made", older, False),
            ("`reindex --all` of the fresh store", fresh, True),
        ):
            db = connect(path)
            holds.clear()
            wall, cpu, done = _timed(reindex.run, db, every=every, batch=args.batch)
            problems = check(db)
            hold = f"{percentile(holds, 50):.2f} / {max(holds):.2f}" if holds else "—"
            rows.append((label, done.reindexed, wall, cpu, done, hold))
            print(rows[-1][:4], hold, done.text_changed, len(holds), problems, flush=True)
            if problems:
                print(f"{label}: check found {problems}")
            db.conn.close()
    lines = [
        "Produced by `.venv/bin/python bench/reindex.py"
        + (f" --articles {args.articles}" if args.articles else "")
        + f" --batch {args.batch}` on the first {len(records):,} conflict articles of the "
        "corpus (the articles column counts those stored; near copies are stored but not "
        "indexed), one process, in one run on a "
        "shared host that was loaded (other work on both cores): wall times move with the "
        "load, CPU time is what the code costs. "
        "Lock: seconds a batch's transaction held the write lock, median / longest (batches are "
        "sized to about a second of writing, commands/reindex.py LOCK_SECONDS, and hold at least "
        "MIN_BATCH articles).",
        "",
        "| run | articles | wall s | articles/s | CPU ms an article | texts cleaned differently "
        "| lock s (batch) |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, n, wall, cpu, done, hold in rows:
        changed = f"{done.text_changed:,}" if done is not None else "—"
        lines.append(
            f"| {label} | {n:,} | {wall:,.0f} | {n / wall:,.1f} | {1000 * cpu / max(n, 1):,.1f} "
            f"| {changed} | {hold} |"
        )
    publish("\n".join(lines), "reindex", write=not args.no_write)


if __name__ == "__main__":
    main()
