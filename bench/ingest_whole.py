"""Whole-command bulk ingest, previous code beside this tree in one run: `sitrep ingest --jsonl`
of the same conflict articles into an empty store, start-up included.

Usage: .venv/bin/python bench/ingest_whole.py [--articles 300] [--runs 3] [--previous REV ...]

Each tree runs with a compiled-knowledge cache of its own, filled by an untimed warm-up run.
The runs alternate between the trees. Wall time on a shared host moves with the other load, so
the CPU time of the command (user + system, from the child's resource usage) is reported beside
it: it is what the code costs, however busy the host. Each figure is the best of the runs.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import NEWS, ROOT, conflict_records, require  # noqa: E402
from bench.startup import sitrep  # noqa: E402


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, cwd=env["PYTHONPATH"], check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--previous", nargs="+", default=["e8f2a32"])
    args = parser.parse_args()
    require(NEWS)
    trees = {rev: baseline.checkout(rev) for rev in args.previous}
    trees["this tree"] = ROOT
    records = [r for r in conflict_records() if (r["text"] or "").strip()][: args.articles]
    best: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp) / "articles.jsonl"
        lines.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        warm = Path(tmp) / "warm.jsonl"
        warm.write_text("".join(json.dumps(r) + "\n" for r in records[:5]), encoding="utf-8")
        caches = {version: Path(tmp) / f"cache-{n}" for n, version in enumerate(trees)}
        for version, tree in trees.items():  # fills each tree's compiled knowledge
            db = Path(tmp) / f"warm-{caches[version].name}.db"
            timed(*sitrep(tree, caches[version], "--db", str(db), "ingest", "--jsonl", str(warm)))
        for n in range(args.runs):
            for version, tree in trees.items():
                db = Path(tmp) / f"{caches[version].name}-{n}.db"
                wall, cpu = timed(
                    *sitrep(tree, caches[version], "--db", str(db), "ingest", "--jsonl", str(lines))
                )
                old = best.get(version, (float("inf"), float("inf")))
                best[version] = (min(old[0], wall), min(old[1], cpu))
    ours = best["this tree"]
    print(f"`sitrep ingest --jsonl` of {len(records)} conflict articles into an empty store, ")
    print(f"best of {args.runs} alternating runs, start-up included:\n")
    print("| code | articles/s (wall) | CPU ms per article | CPU time / this tree's |")
    print("|---|---:|---:|---:|")
    for version, (wall, cpu) in best.items():
        print(
            f"| {version} | {len(records) / wall:.1f} | {1000 * cpu / len(records):.1f} | "
            f"{cpu / ours[1]:.2f} |"
        )


if __name__ == "__main__":
    main()
