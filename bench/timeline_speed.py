"""`timeline` latency and ingest throughput on the conflict store, the previous code beside the
new in the same run.

Usage: .venv/bin/python bench/timeline_speed.py [--repeat 20]

bench/common.py's conflict_records() (FA-KES and Timeline17 Syria, Iraq, Libya, Egypt) are
ingested into a fresh store by the code before the quality work (commit 38a60cf), by the
code before these changes (START_REV), by the code before the earlier changes
(BEFORE_REV, timed only: all via bench/baseline.py) and by this tree, each
through bench/conflict_run.py in its own process, one after the other; then
each times `timeline SUBJECT --limit 10` --repeat times per subject, warm, in --timing-rounds
rounds in which the trees take turns (wall and CPU time; on a shared host the CPU time of the
process is the steadier figure). Ingest throughput
is measured apart, on the first --articles records, --rounds times per tree, taking turns,
the best kept. The entries of all three
are saved in bench/out/conflict-timelines.json for the entry audit (bench/timeline_audit.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import ROOT, conflict_records, percentile, publish  # noqa: E402
from bench.timeline17 import START_REV  # noqa: E402

OUT = ROOT / "bench" / "out"
SUBJECTS = ("Syria", "Iraq", "Islamic State", "Aleppo", "Raqqa", "Mosul", "Benghazi", "Hezbollah")


def run(
    tree: Path,
    records: Path,
    db: Path,
    repeat: int,
    subjects: tuple[str, ...] = SUBJECTS,
    reuse: bool = False,
) -> dict:
    if db.exists() and not reuse:
        db.unlink()
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "conflict_run.py"),
            str(records),
            str(db),
            *subjects,
            "--repeat",
            str(repeat),
        ],
        cwd=tree,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


def ingest_rounds(records: Path, rounds: int, articles: int) -> dict[str, float]:
    """Articles per second of each tree on the first articles of records, the trees taking
    turns, the fastest of rounds kept: other work on the host slows some runs, never speeds
    one up."""
    part = OUT / f"conflict-{articles}.jsonl"
    part.write_text(
        "".join(records.read_text(encoding="utf-8").splitlines(True)[:articles]), encoding="utf-8"
    )
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, tree in trees().items():
            done = run(tree, part, OUT / f"ingest-{name}.db", 0, ("Raqqa",))
            best[name] = max(best.get(name, 0.0), articles / done["ingest_seconds"])
    return best


# The code before the changes that led to START_REV: `timeline` was measured to take about a
# tenth more CPU a query at START_REV than here, so both are timed beside the new.
BEFORE_REV = "ff4b828"


def trees(with_before: bool = False) -> dict[str, Path]:
    return {
        "previous": baseline.checkout(),
        **({"before": baseline.checkout(BEFORE_REV)} if with_before else {}),
        "start": baseline.checkout(START_REV),
        "new": ROOT,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3, help="ingest rounds per tree")
    parser.add_argument("--articles", type=int, default=600, help="articles per ingest round")
    parser.add_argument(
        "--timing-rounds", type=int, default=4, help="rounds of timing, the trees taking turns"
    )
    parser.add_argument("--reuse", action="store_true", help="keep the conflict stores")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    records = OUT / "conflict.jsonl"
    if not records.exists():
        records.write_text(
            "".join(json.dumps(r) + "\n" for r in conflict_records()), encoding="utf-8"
        )
    stores = {
        "previous": "conflict-old.db",
        "before": f"conflict-{BEFORE_REV}.db",
        "start": "conflict-start.db",
        "new": "conflict-new.db",
    }
    results = {
        name: run(tree, records, OUT / stores[name], 1, reuse=args.reuse)
        for name, tree in trees(True).items()
    }
    for subject in SUBJECTS:  # the first run's timings are of a store just written
        for name in results:
            results[name]["subjects"][subject]["seconds"] = []
            results[name]["subjects"][subject]["cpu_seconds"] = []
    each = max(1, args.repeat // args.timing_rounds)
    for _ in range(args.timing_rounds):  # the trees take turns, so a busy spell hits all
        for name, tree in trees(True).items():
            timed = run(tree, records, OUT / stores[name], each, reuse=True)
            for subject, t in timed["subjects"].items():
                mine = results[name]["subjects"][subject]
                mine["seconds"] += t["seconds"]
                mine["cpu_seconds"] += t["cpu_seconds"]
    (OUT / "conflict-timelines.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    n = results["new"]["articles"]
    rate = ingest_rounds(records, args.rounds, args.articles)
    lines = [
        f"Produced by `.venv/bin/python bench/timeline_speed.py` on {n:,} conflict "
        "articles (a 2-core host shared with other work: compare the columns of one run, "
        "not runs).",
        "",
        f"Ingest ({args.articles} articles, best of {args.rounds} rounds, the three "
        f"trees taking turns): 38a60cf {rate['previous']:.1f} articles/s, {START_REV} "
        f"{rate['start']:.1f} articles/s, new {rate['new']:.1f} articles/s "
        f"(new/{START_REV} {rate['new'] / rate['start']:.2f}).",
        "",
        f"Timing: {args.timing_rounds} rounds of {each} warm runs per subject, the trees "
        "taking turns; wall and CPU time of the process, p50 / p99 in ms.",
        "",
        f"| subject | 38a60cf wall | {BEFORE_REV} wall | {START_REV} wall | new wall | "
        f"38a60cf CPU | {BEFORE_REV} CPU | {START_REV} CPU | new CPU | "
        f"CPU p50 new/{BEFORE_REV} | CPU p50 new/{START_REV} | "
        f"CPU p99 new/{START_REV} | new entries |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    cpu_sums: dict[str, float] = {}
    for subject in SUBJECTS:
        old, before, start, new = (
            results[k]["subjects"][subject] for k in ("previous", "before", "start", "new")
        )
        cells = [
            f"{percentile(t[k], 50) * 1000:.1f} / {percentile(t[k], 99) * 1000:.1f}"
            for k in ("seconds", "cpu_seconds")
            for t in (old, before, start, new)
        ]
        for name in ("before", "start", "new"):
            cpu_sums[name] = cpu_sums.get(name, 0.0) + percentile(
                results[name]["subjects"][subject]["cpu_seconds"], 50
            )
        ratios = [
            percentile(new["cpu_seconds"], 50) / percentile(before["cpu_seconds"], 50),
            *(
                percentile(new["cpu_seconds"], p) / percentile(start["cpu_seconds"], p)
                for p in (50, 99)
            ),
        ]
        lines.append(
            f"| {subject} | "
            + " | ".join(cells)
            + "".join(f" | {r:.2f}" for r in ratios)
            + f" | {len(new['entries'])} |"
        )
    lines += [
        "",
        f"CPU p50 summed over the {len(SUBJECTS)} subjects: {BEFORE_REV} "
        f"{cpu_sums['before'] * 1000:.0f} ms, {START_REV} {cpu_sums['start'] * 1000:.0f} ms, "
        f"new {cpu_sums['new'] * 1000:.0f} ms.",
    ]
    publish("\n".join(lines), "timeline_speed", write=not args.no_write)


if __name__ == "__main__":
    main()
