"""The quotes of `actor` profiles, the previous code beside this tree's, on 30 subjects: what
changed and whether the quotes are still informative sentences about the actor.

Usage: .venv/bin/python bench/actor_quotes.py STORE.db [--previous bd11280] [--no-write]

Subjects: the store's actors (catalogued or of a known kind) at ranks 1-10 by mentions, then
every 10th from 20 to 210. Every third subject is held out: its quotes are counted in the totals
only and never judged. Each code runs `actor.run` for every subject in a process of its own
(bench/baseline.py checks the previous one out).

What is counted per code: the quotes; those that name the actor (its name or an alias in the
text); those that state one of the profile's relations or dated events (hold an evidence
sentence of the profile); and, for the judged subjects, the verdicts read by a person and kept
in bench/actor_quotes_verdicts.jsonl (subject, passage id, the first 60 characters, verdict:
informative | weak | off, and why). Quotes no verdict covers are listed as unjudged. STORE.db
is copied first (the original is never changed).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ROOT / "bench" / "actor_quotes_verdicts.jsonl"
RANKS = (*range(1, 11), *range(20, 211, 10))
SNIPPET = 60


def _subjects(db_path: Path) -> list[str]:
    import sqlite3

    rows = (
        sqlite3.connect(db_path)
        .execute(
            "SELECT a.name FROM actor_mentions m JOIN actors a ON a.id = m.actor_id "
            "WHERE a.from_catalogue = 1 OR a.kind != 'unknown' "
            "GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 300"
        )
        .fetchall()
    )
    return [rows[r - 1][0] for r in RANKS if r <= len(rows)]


def _quotes(db_path: str, names: list[str]) -> dict[str, list[dict]]:
    """Runs inside the tree measured: each subject's quotes, with what the profile says."""
    from commands import actor
    from store.db import connect

    db = connect(db_path)
    out: dict[str, list[dict]] = {}
    for name in names:
        answer = actor.run(db, name)
        if answer.actor is None:
            out[name] = []
            continue
        own = [answer.actor.name, *answer.actor.aliases]
        evidence = {e.text for r in answer.relations for e in r.evidence}
        evidence |= {e.text for e in answer.timeline}
        out[name] = [
            {
                "passage_id": q.passage_id,
                "snippet": q.text[:SNIPPET],
                "names": any(n and n.lower() in q.text.lower() for n in own),
                "states": any(s and s in q.text for s in evidence),
            }
            for q in answer.quotes
        ]
    return out


def _run(tree: Path, db: Path, names: list[str]) -> dict[str, list[dict]]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "_quotes", str(db), *names],
        env={**os.environ, "PYTHONPATH": str(tree)},
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _verdicts() -> dict[tuple[str, int], dict]:
    if not VERDICTS.exists():
        return {}
    rows = [json.loads(line) for line in VERDICTS.read_text().splitlines() if line.strip()]
    return {(r["subject"], r["passage_id"]): r for r in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--previous", default="bd11280")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from bench import baseline
    from bench.common import publish

    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    copy = out / "actor-quotes.db"
    shutil.copyfile(args.store, copy)
    names = _subjects(copy)
    held_out = set(names[2::3])
    runs = {
        args.previous: _run(baseline.checkout(args.previous), copy, names),
        "new": _run(ROOT, copy, names),
    }
    verdicts = _verdicts()
    lines = [
        f"Produced by `.venv/bin/python bench/actor_quotes.py {Path(args.store).name} "
        f"--previous {args.previous}`: the quotes of `actor` for {len(names)} subjects "
        f"(actors at ranks {RANKS[0]}-10 and every 10th to {RANKS[-1]} by mentions), "
        f"{len(held_out)} of them held out (counted, never judged). Verdicts: "
        "bench/actor_quotes_verdicts.jsonl.",
        "",
        "| code | quotes | name the actor | state a relation or dated event of the profile "
        "| judged: informative / weak / off | unjudged (judged subjects) |",
        "|---|---|---|---|---|---|",
    ]
    unjudged: list[str] = []
    for label, found in runs.items():
        quotes = [(n, q) for n, qs in found.items() for q in qs]
        judged = [(n, q) for n, q in quotes if n not in held_out]
        marks = [verdicts.get((n, q["passage_id"]), {}).get("verdict") for n, q in judged]
        for (n, q), mark in zip(judged, marks, strict=True):
            if mark is None:
                unjudged.append(f"{label}: {n} #{q['passage_id']} {q['snippet']!r}")
        lines.append(
            f"| {label} | {len(quotes)} | {sum(q['names'] for _, q in quotes)} "
            f"| {sum(q['states'] for _, q in quotes)} "
            f"| {marks.count('informative')} / {marks.count('weak')} / {marks.count('off')} "
            f"| {marks.count(None)} |"
        )
    same = sum(
        len({q["passage_id"] for q in runs[args.previous][n]} & {q["passage_id"] for q in qs})
        for n, qs in runs["new"].items()
    )
    lines += [
        "",
        f"Quotes kept by both codes: {same} of {sum(len(q) for q in runs['new'].values())}. "
        "Held out: " + ", ".join(sorted(held_out)) + ".",
    ]
    publish("\n".join(lines), "actor_quotes", write=not args.no_write, doc="QUALITY.md")
    if unjudged:
        print("\nunjudged:\n" + "\n".join(unjudged), file=sys.stderr)
    (out / "actor-quotes.json").write_text(json.dumps(runs, indent=1))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_quotes":
        print(json.dumps(_quotes(sys.argv[2], sys.argv[3:])))
    else:
        main()
