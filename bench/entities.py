"""`actor` and `timeline` latency by how often the subject occurs, up to the most frequent.

Usage: .venv/bin/python bench/entities.py [--dbs bench/out/passages-10000.db,...] [--repeat 5]

Subjects are actor and place names taken by frequency band from each database (mentions): the
most frequent one (the worst case), then ranks 10, 100 and 1,000 and a rare one. Each command
runs --repeat times per subject, warm (the first, cold run is reported apart). Databases come from
bench/build.py. The table goes into docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, median, ms, percentile, publish  # noqa: E402

OUT = ROOT / "bench" / "out"
RANKS = (1, 10, 100, 1000)


def subjects_by_rank(db) -> list[tuple[str, str, int, int]]:
    """(kind, name, rank, mentions) for each band: actors and places by mention count."""
    picked = []
    for kind, sql in (
        (
            "actor",
            "SELECT a.name, count(*) FROM actor_mentions m JOIN actors a "
            "ON a.id = m.actor_id WHERE a.from_catalogue = 1 OR a.kind != 'unknown' "
            "GROUP BY m.actor_id ORDER BY 2 DESC",
        ),
        (
            "place",
            "SELECT p.name, count(*) FROM place_mentions m JOIN places p "
            "ON p.id = m.place_id GROUP BY m.place_id ORDER BY 2 DESC",
        ),
    ):
        rows = db.conn.execute(sql).fetchall()
        seen = set()
        for rank in RANKS:
            if rank <= len(rows) and rows[rank - 1][0] not in seen:
                seen.add(rows[rank - 1][0])
                picked.append((kind, rows[rank - 1][0], rank, rows[rank - 1][1]))
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dbs",
        default=",".join(
            str(p)
            for p in (
                OUT / "passages-10000.db",
                OUT / "passages-100000.db",
                OUT / "passages-1000000.db",
                OUT / "articles-100000.db",
            )
        ),
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()

    from bot import warmup
    from commands import actor, timeline

    warmup.warm()  # what `sitrep serve` loads at start: cold runs measure the store, not imports
    from store import index
    from store.db import connect

    lines = [
        "| database | articles | passages | command | subject (kind, rank by mentions, "
        "mentions) | cold ms | warm p50 / p99 ms | entries |",
        "|---|---|---|---|---|---|---|---|",
    ]
    worst: dict[str, float] = {}
    for path in args.dbs.split(","):
        path = Path(path)
        if not path.exists():
            print(f"skipped {path}: build it with bench/build.py")
            continue
        db = connect(path, create=False)
        index.clear_cache()
        articles = db.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        passages = index.stats(db).n_passages
        for kind, name, rank, mentions in subjects_by_rank(db):
            runs = [("actor", lambda d=db, n=name: actor.run(d, n))] if kind == "actor" else []
            runs += [
                ("timeline", lambda d=db, n=name: timeline.run(d, n)),
                ("timeline --limit 10", lambda d=db, n=name: timeline.run(d, n, limit=10)),
            ]
            for label, call in runs:
                start = time.perf_counter()
                answer = call()
                cold = time.perf_counter() - start
                warm = []
                for _ in range(args.repeat):
                    start = time.perf_counter()
                    answer = call()
                    warm.append(time.perf_counter() - start)
                size = len(answer.entries if hasattr(answer, "entries") else answer.timeline)
                p99 = percentile(warm, 99)
                worst[label] = max(worst.get(label, 0.0), p99)
                lines.append(
                    f"| {path.name} | {articles:,} | {passages:,} | `{label}` | {name} "
                    f"({kind}, {rank}, {mentions:,}) | {ms(cold)} | {ms(median(warm))} / "
                    f"{ms(p99)} | {size} |"
                )
                print(lines[-1], flush=True)
        db.conn.close()
    body = (
        f"Produced by `.venv/bin/python bench/entities.py --repeat {args.repeat}` (one "
        f"process that first loads what `sitrep serve` loads at start; warm runs after one "
        f"cold run per subject, the first on a freshly opened store with empty caches)."
        f"\n\n" + "\n".join(lines)
    )
    publish(body, "entities", write=not args.no_write)


if __name__ == "__main__":
    main()
