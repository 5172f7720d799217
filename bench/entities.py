"""`actor` and `timeline` latency by how often the subject occurs, up to the most frequent.

Usage: .venv/bin/python bench/entities.py [--dbs bench/out/passages-10000.db,...] [--repeat 5]
       [--beside REV] [--rounds 2] [--subjects NAME,...] [--no-write]

Subjects are actor and place names taken by frequency band from each database (mentions): the
most frequent one (the worst case), then ranks 10, 100 and 1,000 and a rare one. Each command
runs --repeat times per subject, warm (the first, cold run is reported apart). Databases come from
bench/build.py. The table goes into docs/PERFORMANCE.md.

With --beside REV, the code of commit REV (bench/baseline.py) is measured too, in processes of
its own that take turns with this tree's, --rounds times per database, and the table shows both
side by side with their CPU times (the process's own: on a shared host, wall time also
measures the other processes), the CPU ratio being the figure to read.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

if "--child" not in sys.argv:  # the child measures the code of the tree it was started in
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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


def measure(path: Path, repeat: int, picked: list | None = None) -> dict:
    """Every command of every subject band of one database: a cold run on the freshly opened
    store, then repeat warm ones (wall and CPU seconds). Imports only the measured code."""
    from commands import actor, timeline, warmup

    warmup.warm()  # what `sitrep serve` loads at start: cold runs measure the store, not imports
    from store import index
    from store.db import connect

    db = connect(path, create=False)
    index.clear_cache()
    articles = db.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    passages = index.stats(db).n_passages
    rows = []
    for kind, name, rank, mentions in picked or subjects_by_rank(db):
        runs = [("actor", lambda d=db, n=name: actor.run(d, n))] if kind == "actor" else []
        runs += [
            ("timeline", lambda d=db, n=name: timeline.run(d, n)),
            ("timeline --limit 10", lambda d=db, n=name: timeline.run(d, n, limit=10)),
        ]
        for label, call in runs:
            start = time.perf_counter()
            answer = call()
            cold = time.perf_counter() - start
            wall, cpu = [], []
            for _ in range(repeat):
                start, used = time.perf_counter(), time.process_time()
                answer = call()
                wall.append(time.perf_counter() - start)
                cpu.append(time.process_time() - used)
            size = len(answer.entries if hasattr(answer, "entries") else answer.timeline)
            rows.append(
                {
                    "command": label,
                    "kind": kind,
                    "name": name,
                    "rank": rank,
                    "mentions": mentions,
                    "cold": cold,
                    "wall": wall,
                    "cpu": cpu,
                    "entries": size,
                }
            )
            print(f"{path.name} {label} {name}: {wall}", file=sys.stderr, flush=True)
    db.conn.close()
    return {"articles": articles, "passages": passages, "picked": picked, "rows": rows}


def _child(tree: Path, path: Path, repeat: int, picked: list) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            str(path.resolve()),
            str(repeat),
        ],
        input=json.dumps(picked),
        cwd=tree,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # the last line: the result


def main() -> None:
    from bench.common import ROOT, median, ms, percentile, publish

    out = ROOT / "bench" / "out"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dbs",
        default=",".join(
            str(p)
            for p in (
                out / "passages-10000.db",
                out / "passages-100000.db",
                out / "passages-1000000.db",
                out / "articles-100000.db",
            )
        ),
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--beside", help="also measure the code of this commit")
    parser.add_argument("--rounds", type=int, default=2, help="turns of each code, --beside")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument(
        "--subjects",
        help="with --beside, only the subjects of these names (comma-separated) of the bands "
        "picked, to measure a few with more --rounds",
    )
    parser.add_argument(
        "--section",
        default="entities",
        help="the docs/PERFORMANCE.md section written (a table of some stores beside another's)",
    )
    args = parser.parse_args()
    if not args.beside:
        single(args, out)
        return
    from bench import baseline

    old_tree = baseline.checkout(args.beside)
    lines = [
        f"| database | articles | command | subject (kind, rank by mentions, mentions) "
        f"| {args.beside} warm p50 / p99 ms | new warm p50 / p99 ms | {args.beside} CPU p50 / "
        f"p99 ms | new CPU p50 / p99 ms | CPU p99 new / {args.beside} | entries |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for path in map(Path, args.dbs.split(",")):
        if not path.exists():
            print(f"skipped {path}: build it with bench/build.py")
            continue
        import sqlite3

        from store.db import Database

        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        picked = subjects_by_rank(Database(raw))
        raw.close()
        if args.subjects:
            names = set(args.subjects.split(","))
            picked = [p for p in picked if p[1] in names]
        runs: dict[str, list[dict]] = {"old": [], "new": []}
        for _ in range(args.rounds):
            runs["old"].append(_child(old_tree, path, args.repeat, picked))
            runs["new"].append(_child(ROOT, path, args.repeat, picked))
        articles = runs["new"][0]["articles"]
        for i, row in enumerate(runs["new"][0]["rows"]):
            pooled = {
                code: {
                    key: [v for run in done for v in run["rows"][i][key]] for key in ("wall", "cpu")
                }
                for code, done in runs.items()
            }
            cells = [
                f"{ms(median(pooled[code][key]))} / {ms(percentile(pooled[code][key], 99))}"
                for key in ("wall", "cpu")
                for code in ("old", "new")
            ]
            ratio = percentile(pooled["new"]["cpu"], 99) / percentile(pooled["old"]["cpu"], 99)
            lines.append(
                f"| {path.name} | {articles:,} | `{row['command']}` | {row['name']} "
                f"({row['kind']}, {row['rank']}, {row['mentions']:,}) | {' | '.join(cells)} "
                f"| {ratio:.2f} | {row['entries']} |"
            )
            print(lines[-1], flush=True)
    body = (
        f"Produced by `.venv/bin/python bench/entities.py --dbs "
        f"{','.join(Path(p).name for p in args.dbs.split(','))} --repeat {args.repeat} "
        f"--beside {args.beside} --rounds {args.rounds}"
        + (f" --subjects '{args.subjects}'" if args.subjects else "")
        + (f" --section {args.section}" if args.section != "entities" else "")
        + f"`: the code of commit {args.beside} and "
        f"this tree's, each in processes of its own (which first load what `sitrep serve` loads "
        f"at start, then run each command once cold and {args.repeat} times warm), taking turns "
        f"{args.rounds} times per database; {args.repeat * args.rounds} warm runs per row and "
        f"code. A shared 2-core host (load average {os.getloadavg()[0]:.1f} at the end of the "
        f"run): wall times include the other processes' load, CPU times are each process's own."
        f"\n\n" + "\n".join(lines)
    )
    publish(body, args.section, write=not args.no_write)


def single(args: argparse.Namespace, out: Path) -> None:
    """This tree's code alone, wall time, in this process (the table of earlier runs)."""
    from bench.common import median, ms, percentile, publish

    lines = [
        "| database | articles | passages | command | subject (kind, rank by mentions, "
        "mentions) | cold ms | warm p50 / p99 ms | entries |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for path in map(Path, args.dbs.split(",")):
        if not path.exists():
            print(f"skipped {path}: build it with bench/build.py")
            continue
        done = measure(path, args.repeat)
        for row in done["rows"]:
            lines.append(
                f"| {path.name} | {done['articles']:,} | {done['passages']:,} | "
                f"`{row['command']}` | {row['name']} ({row['kind']}, {row['rank']}, "
                f"{row['mentions']:,}) | {ms(row['cold'])} | {ms(median(row['wall']))} / "
                f"{ms(percentile(row['wall'], 99))} | {row['entries']} |"
            )
            print(lines[-1], flush=True)
    body = (
        f"Produced by `.venv/bin/python bench/entities.py --repeat {args.repeat}` (one "
        f"process that first loads what `sitrep serve` loads at start; warm runs after one "
        f"cold run per subject, the first on a freshly opened store with empty caches)."
        f"\n\n" + "\n".join(lines)
    )
    publish(body, "entities", write=not args.no_write)


if __name__ == "__main__":
    if "--child" in sys.argv:
        at = sys.argv.index("--child")
        picked = json.loads(sys.stdin.read())
        result = measure(Path(sys.argv[at + 1]), int(sys.argv[at + 2]), picked)
        print(json.dumps(result))
    else:
        main()
