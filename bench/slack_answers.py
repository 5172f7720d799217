"""Slack answers of the previous code and this one, timed in the same run: /quote, /actor and
/timeline as bot/answers.py gives them (the command, feedback filtering, Block Kit rendering,
saving the answer for its buttons), without the network.

Usage: .venv/bin/python bench/slack_answers.py STORE_OLD STORE_NEW [--rev e8f2a32] [--rounds 5]

Each store must have been built by its tree's own code (bench/same_answers_slack.py leaves
bench/out/same-before.db and same-after.db). Trees alternate by round, so a busy moment of the
machine falls on both. Prints one table of medians.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import ROOT  # noqa: E402

# Subjects with answers in the first 600 conflict articles (Cairo: 40 dated events, 4 pages).
ASKED = [
    ("quote", "chemical attack"),
    ("quote", "ceasefire"),
    ("actor", "Russia"),
    ("actor", "Hezbollah"),
    ("timeline", "Cairo"),
    ("timeline", "ceasefire"),
]

PROBE = """
import json, sys, time
from bot import answers
from bot.config import Config
from bot.fetch import FetchPolicy
from bot.runtime import Runtime
from store import workspace
rt = Runtime(Config(db_path=sys.argv[1]), FetchPolicy())
with rt.db() as db:  # as `sitrep serve` does: the store serves the bot's workspace
    workspace.claim(db, "TBENCH")
asked = json.loads(sys.argv[2])
for kind, text in asked:  # warm: imports, caches
    getattr(answers, kind)(rt, "TBENCH", "C1", text)
times = {}
for kind, text in asked:
    started = time.perf_counter()
    reply = getattr(answers, kind)(rt, "TBENCH", "C1", text)
    assert len(reply.message.blocks) > 3, (kind, text, reply.message.text)  # a real answer
    times[f"/{kind} {text}"] = (time.perf_counter() - started) * 1000
print(json.dumps(times))
"""


def one(tree: Path, store: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(store), json.dumps(ASKED)],
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old_store")
    parser.add_argument("new_store")
    parser.add_argument("--rev", default="e8f2a32")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    old_tree = baseline.checkout(args.rev)
    with tempfile.TemporaryDirectory() as scratch:
        stores = {}
        for name, source in (("old", args.old_store), ("new", args.new_store)):
            stores[name] = Path(scratch) / f"{name}.db"
            shutil.copy(source, stores[name])
        runs: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
        for _ in range(args.rounds):
            runs["old"].append(one(old_tree, stores["old"]))
            runs["new"].append(one(ROOT, stores["new"]))
    print(f"| asked | previous ({args.rev}) p50 ms | this tree p50 ms | new / previous |")
    print("|---|---|---|---|")
    for key in runs["old"][0]:
        old = statistics.median(r[key] for r in runs["old"])
        new = statistics.median(r[key] for r in runs["new"])
        print(f"| {key} | {old:,.1f} | {new:,.1f} | {new / old:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
