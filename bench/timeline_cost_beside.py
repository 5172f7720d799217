"""`timeline SUBJECT --limit 10` CPU time on the conflict store, the code of PREVIOUS beside this
tree's, taking turns in one run.

Usage: .venv/bin/python bench/timeline_cost_beside.py [--previous REV] [--rounds 6] [--repeat 10]

Why: an entry rule that refuses reports makes a timeline read further down its dates, and each
test it adds is asked of many reports; bench/timeline_speed.py ingests a store per tree, which
this comparison of query time does not need. Each round runs bench/conflict_run.py once per
tree (the previous code in its checkout, bench/baseline.py), the order of the trees swapped
every round, on the one store of bench/timeline_audit_unseen.py (bench/out/conflict-new.db,
ingested there); each call's CPU time of the process is kept (the steadier figure on a shared
host), the first call of each subject and round left out as cold. Prints each subject's p50 and
p99 for both codes, the p50 summed over the subjects and the worst p99.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import ROOT, percentile  # noqa: E402
from bench.timeline_speed import SUBJECTS  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
RECORDS = ROOT / "bench" / "out" / "conflict.jsonl"
PREVIOUS = "5bf399b"  # main before the eighth set's entry rules
# the subjects of bench/timeline_speed.py, the eighth set's dev subjects and two of the persons
# with the most dated reports
EXTRA = (
    "Tobruk",
    "Quneitra",
    "Kurdistan Workers' Party",
    "Recep Tayyip Erdoğan",
    "Muammar Gaddafi",
    "Barack Obama",
)


def cpu_of(tree: Path, subjects: list[str], repeat: int) -> dict[str, list[float]]:
    script = str(ROOT / "bench" / "conflict_run.py")
    args = [str(RECORDS), str(STORE), *subjects, "--repeat", str(repeat)]
    done = json.loads(baseline.run(tree, script, *args))
    return {s: v["cpu_seconds"] for s, v in done["subjects"].items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previous", default=PREVIOUS)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    if not STORE.exists():
        raise SystemExit("no conflict store: run bench/timeline_audit_unseen.py first")
    subjects = [*SUBJECTS, *EXTRA]
    trees = {args.previous: baseline.checkout(args.previous), "new": ROOT}
    cpu: dict[str, dict[str, list[float]]] = {name: {s: [] for s in subjects} for name in trees}
    for number in range(args.rounds):
        order = list(trees) if number % 2 == 0 else list(reversed(trees))
        for name in order:
            for subject, seconds in cpu_of(trees[name], subjects, args.repeat).items():
                cpu[name][subject] += seconds
    for subject in subjects:
        cells = [
            f"{name} {statistics.median(cpu[name][subject]) * 1000:5.1f} / "
            f"{percentile(cpu[name][subject], 99) * 1000:5.1f}"
            for name in trees
        ]
        print(f"{subject:26} " + "   ".join(cells))
    for name in trees:
        summed = sum(statistics.median(cpu[name][s]) for s in subjects) * 1000
        worst = max(percentile(cpu[name][s], 99) for s in subjects) * 1000
        print(
            f"{name}: p50 summed over {len(subjects)} subjects {summed:.1f} ms, "
            f"worst p99 {worst:.1f} ms"
        )


if __name__ == "__main__":
    main()
