"""Bulk ingest throughput with the cleaner of an earlier commit beside this tree's, in one run.

Usage: .venv/bin/python bench/clean_ingest.py [--articles 1000] [--runs 2] [--rev a59d2c8]

Each tree (bench/baseline.py checks the earlier one out) ingests the same corpus articles with
`ingest_jsonl` into a new SQLite store in a child process, after an untimed warm-up of 200 other
articles into another store (data loaded, caches holding the common vocabulary). The trees
alternate --runs times; each run reports articles per CPU-second of its process
(time.process_time: on a shared host, wall time measures the neighbours). Prints only: the
ratio goes into the cleaning decisions of docs/QUALITY.md by hand, with the host's load.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WARM_UP = 200


def probe(count: int) -> None:
    """Ingest the lines on stdin (the first WARM_UP untimed); print articles per CPU-second."""
    from commands.ingest_bulk import ingest_jsonl
    from store.db import connect

    lines = sys.stdin.read().splitlines()
    with tempfile.TemporaryDirectory() as scratch:
        ingest_jsonl(connect(Path(scratch) / "warm.db"), lines[:WARM_UP], "warm-up")
        db = connect(Path(scratch) / "store.db")
        start = time.process_time()
        result = ingest_jsonl(db, lines[WARM_UP : WARM_UP + count], "bench")
        seconds = time.process_time() - start
    print(json.dumps({"articles": len(result.articles), "seconds": seconds}))


if __name__ == "__main__" and "--probe" in sys.argv:
    probe(int(sys.argv[sys.argv.index("--probe") + 1]))
    sys.exit(0)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import NEWS, ROOT, news_records, require  # noqa: E402


def run(tree: Path, lines: list[str], count: int) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--probe", str(count)],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--rev", default="a59d2c8")
    args = parser.parse_args()
    require(NEWS)
    lines = [json.dumps(r) for r in news_records(WARM_UP + args.articles)]
    trees = [(args.rev, baseline.checkout(args.rev)), ("new", ROOT)]
    rates: dict[str, list[float]] = {name: [] for name, _ in trees}
    for _ in range(args.runs):
        for name, tree in trees:
            row = run(tree, lines, args.articles)
            rates[name].append(row["articles"] / row["seconds"])
            print(f"{name}: {row['articles']} articles, {rates[name][-1]:.1f} per CPU-second")
    old, new = (max(rates[name]) for name, _ in trees)
    print(
        f"best of {args.runs}: {args.rev} {old:.1f}, new {new:.1f}, new/{args.rev} {new / old:.2f}"
    )


if __name__ == "__main__":
    main()
