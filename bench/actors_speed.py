"""Speed of the actor work, earlier code beside this tree in one run: extraction throughput
(find_actors + find_relations over the same conflict articles, one core) and `actor` latency on
each tree's conflict store (bench/actors.py builds them), for the most mentioned actors.

Usage: .venv/bin/python bench/actors_speed.py [--articles 600] [--rounds 3] [--repeat 5]

Three trees: the code before the quality work (bench/baseline.py's default), the code before
the changes measured (bench.actors.START_REV) and this tree. Rounds alternate them, so all
see the same load; the faster round of each counts. The
machine is shared: read the ratios, not the absolute numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import NEWS, ROOT, publish, require  # noqa: E402

OUT = ROOT / "bench" / "out"

# Runs inside a tree (PYTHONPATH): prints {"extract_s": ..., "articles": ..., "actor_ms": {...}}
_PROBE = r"""
import json, random, sys, time
from pathlib import Path
news, n_articles, db_path, repeat = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
topics = ("SyrianCrisis_", "IraqWar_", "LibyaWar_", "EgyptianProtest_")
records = []
with open(news, encoding="utf-8") as handle:
    for line in handle:
        r = json.loads(line)
        if (r["source"] == "fa-kes" or (r["source"] == "t17" and (r.get("topic") or "").startswith(
                topics))) and r["text"].strip():
            records.append(r["text"])
random.Random(1).shuffle(records)
from extract.actors import find_actors, load_catalogue
from extract.relations import find_relations
catalogue = load_catalogue()
for text in records[n_articles:n_articles + 50]:  # warm-up on other articles
    find_relations(text, find_actors(text, catalogue))
start = time.process_time()
for text in records[:n_articles]:
    find_relations(text, find_actors(text, catalogue))
extract_s = time.process_time() - start
from commands import actor
from store.db import connect
db = connect(db_path, create=False)
names = [row[0] for row in db.conn.execute(
    "SELECT a.name FROM actor_mentions m JOIN actors a ON a.id = m.actor_id "
    "WHERE a.from_catalogue = 1 GROUP BY m.actor_id ORDER BY count(*) DESC LIMIT 5")]
latency = {}
for name in names:
    actor.run(db, name)
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        actor.run(db, name)
        runs.append(time.perf_counter() - t)
    runs.sort()
    latency[name] = [runs[len(runs) // 2] * 1000, runs[-1] * 1000]
print(json.dumps({"extract_s": extract_s, "articles": n_articles, "actor_ms": latency}))
"""


def probe(tree: Path, db: Path, articles: int, repeat: int) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(NEWS), str(articles), str(db), str(repeat)],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument(
        "--previous",
        help="compare with this commit instead of the quality work's baseline; both trees then "
        "ask `actor` of this tree's store (a refactoring keeps the store as it was)",
    )
    args = parser.parse_args()
    require(NEWS)
    from bench import baseline
    from bench.actors import START_REV

    trees = {
        "previous": (
            baseline.checkout(args.previous) if args.previous else baseline.checkout(),
            OUT / ("actors-new.db" if args.previous else "actors-old.db"),
        ),
        "start": (baseline.checkout(START_REV), OUT / "actors-start.db"),
        "new": (ROOT, OUT / "actors-new.db"),
    }
    if args.previous:
        del trees["start"]
    for _, db in trees.values():
        if not db.exists():
            raise SystemExit(f"{db} is missing: run bench/actors.py first")
    best: dict[str, dict] = {}
    for _ in range(args.rounds):
        for label, (tree, db) in trees.items():
            result = probe(tree, db, args.articles, args.repeat)
            if label not in best or result["extract_s"] < best[label]["extract_s"]:
                best[label] = {
                    **result,
                    "actor_ms": {
                        k: min(v, best.get(label, {}).get("actor_ms", {}).get(k, v))
                        for k, v in result["actor_ms"].items()
                    },
                }
    labels = list(trees)
    heads = {
        "previous": args.previous or baseline.DEFAULT_REV,
        "start": START_REV,
        "new": "new",
    }
    against = "start" if "start" in trees else "previous"
    rate = {k: v["articles"] / v["extract_s"] for k, v in best.items()}
    lines = [
        "## Actor extraction and `actor` latency, earlier code beside this tree",
        "",
        f"Produced by `.venv/bin/python bench/actors_speed.py --articles {args.articles} "
        f"--rounds {args.rounds}`: find_actors + find_relations over the same {args.articles} "
        "conflict articles (one core, process time, the faster of the alternating rounds), and "
        "`actor` on each tree's conflict store (about 2,850 articles; warm median and slowest "
        f"of {args.repeat}). Columns: the code before the quality work, the code before the "
        f"changes measured ({START_REV}), this tree. The host was shared and loaded; compare "
        "the ratios.",
        "",
        "| | " + " | ".join(heads[k] for k in labels) + f" | new / {heads[against]} |",
        "|---|" + "---:|" * (len(labels) + 1),
        "| extraction, articles/s | "
        + " | ".join(f"{rate[k]:,.0f}" for k in labels)
        + f" | {rate['new'] / rate[against]:.2f} |",
    ]
    for name in best["previous"]["actor_ms"]:
        cells = []
        for k in labels:
            ms = best[k]["actor_ms"].get(name) or next(iter(best[k]["actor_ms"].values()))
            cells.append(ms)
        base = cells[labels.index(against)]
        lines.append(
            f"| `actor {name}` p50 / max ms | "
            + " | ".join(f"{c[0]:,.0f} / {c[1]:,.0f}" for c in cells)
            + f" | {cells[-1][1] / base[1]:.2f} |"
        )
    publish("\n".join(lines), "actors-speed", write=not args.no_write, doc="QUALITY.md")


if __name__ == "__main__":
    main()
