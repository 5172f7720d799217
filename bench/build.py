"""Build the benchmark corpora once, through the full ingest pipeline, and keep them.

Usage: .venv/bin/python bench/build.py [--passages 10000,100000,1000000] [--articles 100000]
       [--workers 2]

Articles come from bench.common.corpus_records (the news corpus, then replicas past its size),
held-out articles excluded. One database grows; a copy is kept as bench/out/passages-N.db when
it first holds N passages, and as bench/out/articles-N.db at N articles. Reading, cleaning,
splitting, tokenizing and extraction run in --workers processes; one writer stores articles in
input order, so the index is the same as a one-process ingest (bench/ingest.py measures one
core). Wall time per window of articles goes to bench/out/build.json, so the throughput curve
over the whole build shows whether later articles cost more than early ones.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    NEWS,
    ROOT,
    corpus_records,
    publish,
    replicated_after,
    require,
)

OUT = ROOT / "bench" / "out"
WINDOW = 3000


def snapshot(db, target: Path) -> None:
    """A consistent copy of the database file (the WAL folded in first)."""
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp = target.with_suffix(".tmp")
    shutil.copyfile(Path(db.conn.execute("PRAGMA database_list").fetchone()[2]), tmp)
    tmp.replace(target)
    print(f"kept {target.relative_to(ROOT)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", default="10000,100000,1000000")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--report",
        action="store_true",
        help="only write the table of the last build into docs/PERFORMANCE.md",
    )
    args = parser.parse_args()
    if args.report:
        report()
        return
    require(NEWS)

    from commands import ingest
    from store.db import connect

    OUT.mkdir(parents=True, exist_ok=True)
    work = OUT / "building.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    db = connect(work)
    thresholds = sorted(int(n) for n in args.passages.split(","))
    windows = []
    started = time.perf_counter()
    done = 0
    records = corpus_records(args.articles)
    passages = raw_bytes = 0
    while done < args.articles:
        size = min(WINDOW, args.articles - done)
        if thresholds:  # approach the next snapshot in steps that do not overshoot far
            per_article = passages / done if done else 30
            size = max(20, min(size, int((thresholds[0] - passages) / per_article / 2)))
        batch = [r for _, r in zip(range(size), records, strict=False)]
        raw_bytes += sum(len(r["text"].encode()) for r in batch)
        chunk = [json.dumps(r) for r in batch]
        if not chunk:
            break
        t0 = time.perf_counter()
        result = ingest.ingest_jsonl(db, chunk, "bench", workers=args.workers)
        seconds = time.perf_counter() - t0
        done += len(chunk)
        passages = db.conn.execute("SELECT n_passages FROM index_stats").fetchone()[0]
        windows.append(
            {
                "articles": done,
                "passages": passages,
                "seconds": seconds,
                "raw_text_bytes": raw_bytes,
                "size": len(chunk),
                "stored": len(result.articles),
                "errors": len(result.errors),
            }
        )
        if len(chunk) >= 500:
            print(
                f"{done:,} articles, {passages:,} passages, {len(chunk) / seconds:.0f} "
                f"articles/s in this window, {time.perf_counter() - started:.0f} s",
                flush=True,
            )
        while thresholds and passages >= thresholds[0]:
            snapshot(db, OUT / f"passages-{thresholds.pop(0)}.db")
    snapshot(db, OUT / f"articles-{args.articles}.db")
    (OUT / "build.json").write_text(
        json.dumps(
            {
                "workers": args.workers,
                "articles": args.articles,
                "corpus": replicated_after(args.articles),
                "seconds": time.perf_counter() - started,
                "windows": windows,
            },
            indent=1,
        )
    )
    db.conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)


def report() -> None:
    """The throughput of the last build along its length: does a later article cost more?"""
    build = json.loads((OUT / "build.json").read_text())
    previous = 0
    for w in build["windows"]:
        w["passages_before"], previous = previous, w["passages"]
    windows = [w for w in build["windows"] if w["size"] >= 1000]
    lines = [
        "| articles stored before | passages stored before | articles in window | "
        "articles/s in window | ms per article (wall, whole pipeline) |",
        "|---|---|---|---|---|",
    ]
    step = max(1, len(windows) // 12)
    for w in windows[::step] + ([windows[-1]] if (len(windows) - 1) % step else []):
        before = w["articles"] - w["size"]
        lines.append(
            f"| {before:,} | {w['passages_before']:,} | {w['size']:,} | "
            f"{w['size'] / w['seconds']:.0f} | {1000 * w['seconds'] / w['size']:.1f} |"
        )
    total = build["windows"][-1]
    sizes = []
    for path in sorted(OUT.glob("*.db")):
        if path.name != "building.db":
            sizes.append(f"{path.name} {path.stat().st_size / 1e6:,.0f} MB")
    body = (
        f"Produced by `.venv/bin/python bench/build.py --workers {build['workers']} "
        f"--articles {build['articles']}`: {build['corpus']}; {total['passages']:,} passages, "
        f"{total['raw_text_bytes'] / 1e6:,.0f} MB of article text, in "
        f"{build['seconds'] / 60:.0f} minutes ({build['articles'] / build['seconds']:.0f} "
        f"articles/s with {build['workers']} preparing processes and one writer, on a "
        f"machine shared with other work). Kept: {', '.join(sizes)}.\n\n" + "\n".join(lines)
    )
    publish(body, "build")


if __name__ == "__main__":
    main()
