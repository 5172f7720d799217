"""The terminal's answers for fixed questions, to show that a change kept them identical.

Usage: .venv/bin/python bench/same_answers.py OUT_DIR [--articles 600]

Builds a store from the first N conflict articles (bench.common.conflict_records) through
`sitrep ingest --jsonl`, then writes the JSON of `actor`, `timeline` and `quote` for the
fixed subjects and queries below, and of `export`, one file each under OUT_DIR. Run it before
and after a change and compare the two directories with `diff -r`: ordering counts.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the checkout whose code answers
sys.path.insert(0, str(ROOT))

from bench.common import conflict_records  # noqa: E402

ACTORS = ["SDF", "ISIS", "Assad", "Hezbollah", "Free Syrian Army", "Russia", "YPG", "al-Nusra"]
SUBJECTS = ["Raqqa", "Aleppo", "Mosul", "Tripoli", "Cairo", "Homs", "Benghazi", "Idlib", "ISIS"]
QUERIES = [
    "chemical attack",
    "ceasefire",
    "barrel bombs",
    "refugees fled",
    "air strikes killed civilians",
    "peace talks in Geneva",
    "Tabqa dam",
    "Morsi protests",
    "oil fields",
    "siege of Homs",
]


def sitrep(db: Path, *args: str) -> str:
    command = [sys.executable, "-m", "cli.main", "--db", str(db), *args]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    return done.stdout if done.returncode == 0 else f"exit {done.returncode}\n{done.stderr}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=600)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        records = Path(tmp) / "records.jsonl"
        with records.open("w", encoding="utf-8") as handle:
            for record in conflict_records()[: args.articles]:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        db = Path(tmp) / "same.db"
        sitrep(db, "ingest", "--jsonl", str(records))
        jobs = [("actor", name) for name in ACTORS]
        jobs += [("timeline", name) for name in SUBJECTS]
        jobs += [("quote", query) for query in QUERIES]
        for kind, text in jobs:
            slug = re.sub(r"\W+", "-", text.lower()).strip("-")
            (args.out / f"{kind}-{slug}.json").write_text(sitrep(db, kind, text, "--json"))
        (args.out / "export.jsonl").write_text(sitrep(db, "export", "--json"))
    print(f"{len(jobs) + 1} answers in {args.out}")


if __name__ == "__main__":
    main()
