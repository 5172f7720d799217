"""Build the store the actor-profile judgements are made on: the conflict articles of the news
corpus (bench.common.conflict_records) plus seeds/, through the ordinary bulk ingest.

Usage: python bench/actors_store.py OUT.db [--limit N] [--tree DIR]

--tree names the code that ingests (this tree, or a baseline checkout from bench/baseline.py), so
the previous extraction and the new one build their stores from the same records.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, conflict_records  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--tree", default=str(ROOT), help="the code to build with (a bench/baseline.py checkout)"
    )
    args = parser.parse_args()
    records = [r for r in conflict_records() if r["text"].strip()][: args.limit]
    out = Path(args.db).resolve()
    if out.exists():
        out.unlink()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")
        jsonl = handle.name
    cli = [sys.executable, "-m", "cli.main", "--db", str(out), "ingest"]
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    env = {**os.environ, "PYTHONPATH": args.tree}
    for extra in (seeds, ["--jsonl", jsonl]):
        subprocess.run(
            [*cli, *extra], check=True, cwd=args.tree, env=env, stdout=subprocess.DEVNULL
        )
    Path(jsonl).unlink()
    print(f"built {out} from {len(records)} conflict articles and {len(seeds)} seeds")


if __name__ == "__main__":
    main()
