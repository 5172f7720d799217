"""`sitrep reindex` on the 100k-article store: what the first open of an older store costs
(migration 18), and the first articles of a reindex, batch by batch, against a fresh ingest of
other articles into the same store in the same run.

Usage: .venv/bin/python bench/reindex_large.py [--store /work/big/articles-100000.db]
       [--articles 200] [--no-write]

The store is copied into bench/out/ first (opening it migrates it; the original is never
written). A whole reindex of it was not run (hours on this host); the articles/s of its first
articles and the time each batch held the write lock tell what one would cost.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, corpus_records, percentile, publish  # noqa: E402


class _Enough(Exception):
    pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default="/work/big/articles-100000.db")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    source = Path(args.store)
    if not source.exists():
        print(f"skipped: {source} is absent")
        return
    copy = ROOT / "bench" / "out" / "reindex-large.db"
    copy.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(source, copy)
    from commands import reindex
    from commands.ingest_bulk import ingest_jsonl
    from store.db import connect

    start = time.perf_counter()
    db = connect(copy)  # migrations run here, under the write lock
    migrate_s = time.perf_counter() - start
    n_articles = db.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    start = time.perf_counter()
    stale = reindex.out_of_date(db)
    count_s = time.perf_counter() - start

    holds: list[tuple[int, float]] = []
    real_write = reindex._write_batch

    def write_timed(db_, renewed, *rest):
        began = time.perf_counter()
        try:
            return real_write(db_, renewed, *rest)
        finally:
            holds.append((len(renewed), time.perf_counter() - began))

    def stop_after(done: int, _: int) -> None:
        if done >= args.articles:
            raise _Enough

    reindex._write_batch = write_timed  # type: ignore[assignment]
    wall, cpu = time.perf_counter(), time.process_time()
    with contextlib.suppress(_Enough):
        reindex.run(db, progress=stop_after)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    done = sum(n for n, _ in holds)

    # New articles into the same store, the same way a bulk ingest writes them.
    records = [json.dumps(r) for r in corpus_records(args.articles, first=n_articles + 50_000)]
    ingest_wall, ingest_cpu = time.perf_counter(), time.process_time()
    ingest_jsonl(db, records, "new.jsonl")
    ingest_wall = time.perf_counter() - ingest_wall
    ingest_cpu = time.process_time() - ingest_cpu
    db.conn.close()
    copy.unlink()
    for side in (Path(f"{copy}-wal"), Path(f"{copy}-shm")):
        side.unlink(missing_ok=True)

    seconds = [s for _, s in holds]
    per_article = [s / n for n, s in holds if n]
    body = "\n".join(
        [
            f"Produced by `.venv/bin/python bench/reindex_large.py --articles {args.articles}` on "
            f"a copy of the 100k-article store ({n_articles:,} articles, all out of date: made "
            "before the version mark), one process, on a shared host that was loaded (other "
            "work on both cores): read the ratios.",
            "",
            "| what | figure |",
            "|---|---|",
            f"| first open by this version (migration 18: the column and its index) | "
            f"{migrate_s:,.1f} s |",
            f"| counting the out-of-date articles (`sitrep check`, `reindex --dry-run`) | "
            f"{count_s * 1000:,.0f} ms ({stale:,}) |",
            f"| reindex, first {done:,} articles | {done / wall:,.1f} articles/s, "
            f"{1000 * cpu / max(done, 1):,.0f} CPU ms an article |",
            f"| fresh bulk ingest of {args.articles:,} new articles into the same store, "
            "same run | "
            f"{args.articles / ingest_wall:,.1f} articles/s, "
            f"{1000 * ingest_cpu / args.articles:,.0f} CPU ms an article |",
            f"| write lock held per batch (median / longest; {len(holds)} batches, sized to "
            f"{reindex.LOCK_SECONDS:g} s of writing) | {percentile(seconds, 50):,.2f} / "
            f"{max(seconds):,.2f} s |",
            f"| writing time per article (median) | {1000 * percentile(per_article, 50):,.0f} ms |",
        ]
    )
    publish(body, "reindex-large", write=not args.no_write)


if __name__ == "__main__":
    main()
