"""Ask the questions of bench/trust_queries.jsonl again and show their answers, for reading.

Usage: .venv/bin/python bench/trust_queries.py [--db DB] [--lines N] [--match TEXT] [--changed]
       .venv/bin/python bench/trust_queries.py --counts

Each row of bench/trust_queries.jsonl is a question an analyst would type (`actor`,
`timeline` or `quote` and its words), the first line of its answer before and after the fixes
it records, and the verdict from reading the answer before them (docs/QUALITY.md, "Answers at
a glance"): "before_at" names the code that gave "before" when it is not ea15336; for an answer
not read as right, "what" was wrong, its "cause" and the commit that fixed it ("fixed_by"), or,
left, "verdict_after" and why it was "left". --counts prints the verdicts before and after.
This script asks each question of a store (the conflict store by default, as bench/actors.py
builds it) through the command line in one process and prints the first N lines of the
answer, marking a first line that differs from the recorded "after". It judges nothing:
verdicts come from reading.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402

QUERIES = ROOT / "bench" / "trust_queries.jsonl"
STORE = ROOT / "bench" / "out" / "actors-new.db"


def answer(db: Path, command: str, query: str) -> list[str]:
    """The answer's lines as the terminal shows them (no colour)."""
    from cli.main import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        main(["--db", str(db), command, query])
    return [line for line in out.getvalue().splitlines() if line.strip()]


def verdict_after(row: dict) -> str:
    """The verdict of the answer after the fixes: read again when left, right when fixed."""
    if "verdict_after" in row:
        return str(row["verdict_after"])
    return "ok" if row["verdict"] == "ok" or row.get("fixed_by") else str(row["verdict"])


def counts(rows: list[dict]) -> str:
    lines = ["| questions | verdict | before | after |", "|---|---|---:|---:|"]
    for label, part in (
        ("all", rows),
        ("asked before at ea15336", [r for r in rows if "before_at" not in r]),
        ("asked before at 0c706ff", [r for r in rows if "before_at" in r]),
    ):
        for verdict in ("absurd", "doubtful", "ok"):
            before = sum(r["verdict"] == verdict for r in part)
            after = sum(verdict_after(r) == verdict for r in part)
            lines.append(f"| {label} ({len(part)}) | {verdict} | {before} | {after} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=STORE)
    parser.add_argument("--lines", type=int, default=3, help="lines of each answer shown")
    parser.add_argument("--match", default="", help="only questions holding this text")
    parser.add_argument(
        "--changed", action="store_true", help="only answers whose first line is not 'after'"
    )
    parser.add_argument("--counts", action="store_true", help="verdicts before and after")
    args = parser.parse_args()
    rows = [json.loads(line) for line in QUERIES.read_text(encoding="utf-8").splitlines() if line]
    if args.counts:
        print(counts(rows))
        return
    changed = 0
    for row in rows:
        if args.match.lower() not in row["query"].lower():
            continue
        lines = answer(args.db, row["command"], row["query"]) or ["(no output)"]
        same = lines[0].startswith(row["after"][:50])
        changed += not same
        if args.changed and same:
            continue
        mark = " " if same else "*"
        print(f"{mark} {row['command']} {row['query']}  [{row['verdict']}]")
        for line in lines[: args.lines]:
            print(f"      {line[:160]}")
    print(f"{changed} first lines differ from the recorded 'after'")


if __name__ == "__main__":
    main()
