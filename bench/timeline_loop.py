"""Warm `timeline` and `actor` calls of one subject in a long-lived process, the code of
PREVIOUS beside this tree's, the two taking turns: CPU time of each call, its p50 and p99.

Usage: .venv/bin/python bench/timeline_loop.py [--previous main] [--subject 'United States']
       [--calls 60] [--rounds 2] [--store bench/out/articles-100000.db] [--unfrozen]

Why: bench/entities.py keeps 20 warm calls a row, whose p99 is their slowest call; a process
that answers for long also meets the garbage collector's full passes, one every few dozen
answers, which 20 calls may or may not hold. Each round starts one process per code (the older
code in its checkout, bench/baseline.py; which goes first alternates), which loads what `sitrep
serve` loads at start (commands/warmup.py), opens the store read-only, answers each command once
cold, then answers the commands in turn --calls times, each call timed with
time.process_time (on a shared host the process's own time, not the wall clock's). The load
average is printed at the start and the end. --unfrozen adds a third code: this tree's, with
what it loaded at start handed back to the collector's full passes (gc.unfreeze() after
warm-up), which tells the gain of the code apart from that of the collector.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import ROOT, percentile  # noqa: E402

STORE = ROOT / "bench" / "out" / "articles-100000.db"
COMMANDS = ("timeline", "timeline --limit 10", "actor")

# Runs inside a tree (PYTHONPATH): prints {command: [CPU seconds of each warm call]}
_PROBE = r"""
import json, sqlite3, sys, time
import gc
from commands import warmup
warmup.warm()
if sys.argv[4] == "unfrozen":
    gc.unfreeze()
from sqlite_utils import Database
from commands import actor, timeline
path, subject, calls = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
runs = {
    "timeline": lambda: timeline.run(db, subject),
    "timeline --limit 10": lambda: timeline.run(db, subject, limit=10),
    "actor": lambda: actor.run(db, subject),
}
for call in runs.values():
    call()  # cold
cpu = {name: [] for name in runs}
for _ in range(calls):
    for name, call in runs.items():
        start = time.process_time()
        call()
        cpu[name].append(time.process_time() - start)
print(json.dumps(cpu))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previous", default="main")
    parser.add_argument("--subject", default="United States")
    parser.add_argument("--calls", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--store", type=Path, default=STORE)
    parser.add_argument("--unfrozen", action="store_true")
    args = parser.parse_args()
    trees = {"previous": baseline.checkout(args.previous), "new": ROOT}
    if args.unfrozen:
        trees["unfrozen"] = ROOT
    print(f"load average at the start: {os.getloadavg()[0]:.2f}")
    cpu: dict[str, dict[str, list[float]]] = {code: {c: [] for c in COMMANDS} for code in trees}
    for round_ in range(args.rounds):
        order = list(trees) if round_ % 2 == 0 else list(reversed(trees))
        for code in order:
            out = baseline.run_code(
                trees[code],
                _PROBE,
                str(args.store.resolve()),
                args.subject,
                str(args.calls),
                "unfrozen" if code == "unfrozen" else "as shipped",
            )
            for command, times in json.loads(out).items():
                cpu[code][command].extend(times)
                p50, p99 = percentile(times, 50) * 1000, percentile(times, 99) * 1000
                print(f"round {round_ + 1} {code:8} {command:20} p50 {p50:6.1f} p99 {p99:6.1f}")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    print(
        f"\n{args.subject!r}, {args.calls} warm calls a command, process, round and code "
        f"({args.rounds} rounds); previous = {args.previous}; CPU ms"
    )
    others = [code for code in trees if code != "previous"]
    print(
        "| command | previous p50 / p99 | "
        + " | ".join(f"{code} p50 / p99 | {code} / previous p50, p99" for code in others)
        + " |"
    )
    print("|---|---|" + "---|---|" * len(others))
    for command in COMMANDS:
        old = cpu["previous"][command]
        o50, o99 = percentile(old, 50) * 1000, percentile(old, 99) * 1000
        cells = []
        for code in others:
            new = cpu[code][command]
            n50, n99 = percentile(new, 50) * 1000, percentile(new, 99) * 1000
            cells.append(f"{n50:.1f} / {n99:.1f} | {n50 / o50:.2f}, {n99 / o99:.2f}")
        print(f"| `{command} {args.subject}` | {o50:.1f} / {o99:.1f} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
