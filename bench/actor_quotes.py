"""The quotes of `actor` profiles, earlier code beside this tree's, on 30 subjects: what
changed and whether the quotes are still informative sentences about the actor.

Usage: .venv/bin/python bench/actor_quotes.py [STORE.db] [--previous bd11280]
       [--own-store 1093753] [--rebuild] [--no-write]

STORE.db is this tree's store, by default bench/out/quotes-conflict.db, built by this tree from
the conflict articles of the corpus (bench/common.py conflict_records(), ingested by `sitrep
ingest --jsonl` as bench/startup.py builds its conflict store) when absent or with --rebuild.
--previous names code run on a copy of that store (what its choice of quotes does on the same
passages); --own-store names code run on a store it built itself from the same records
(bench/out/quotes-conflict-REV.db: what it and its cleaning do together).

Subjects: bench/actor_quotes_subjects.jsonl, drawn once from the store of the time (its actors,
catalogued or of a known kind, at ranks 1-10 by mentions, then every 10th from 20 to 210; every
third held out) and kept, so that the held-out set and the verdicts do not move when the store
changes; when the file is absent they are drawn from STORE.db and written to it. A held-out
subject's quotes are counted in the totals only and never judged. Each code runs `actor.run`
for every subject in a process of its own (bench/baseline.py checks the earlier ones out).

What is counted per code: the quotes; those that name the actor (its name or an alias in the
text); those that state one of the profile's relations or dated events (hold an evidence
sentence of the profile); and, for the judged subjects, the verdicts read by a person and kept
in bench/actor_quotes_verdicts.jsonl (subject, passage id, the first 60 characters, verdict:
informative | weak | off, and why). A verdict is found by its subject and the letters and
digits of its first 60 characters, not by the passage id, so that it applies in a store built
by other code. Quotes no verdict covers are listed as unjudged. STORE.db is copied first (the
original is never changed).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ROOT / "bench" / "actor_quotes_verdicts.jsonl"
SUBJECTS = ROOT / "bench" / "actor_quotes_subjects.jsonl"
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


def _chosen(db_path: Path) -> tuple[list[str], set[str]]:
    """The subjects and the held-out ones among them: those of SUBJECTS, else drawn from the
    store by rank (every third held out) and written there."""
    if not SUBJECTS.exists():
        names = _subjects(db_path)
        SUBJECTS.write_text(
            "".join(
                json.dumps({"subject": n, "held_out": i % 3 == 2}) + "\n"
                for i, n in enumerate(names)
            ),
            encoding="utf-8",
        )
    rows = [json.loads(line) for line in SUBJECTS.read_text().splitlines() if line.strip()]
    return [r["subject"] for r in rows], {r["subject"] for r in rows if r["held_out"]}


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


def _articles(db_path: Path) -> int:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


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


def _key(subject: str, snippet: str) -> tuple[str, str]:
    """A quote as a verdict names it: its subject and its opening's letters and digits."""
    return subject, re.sub(r"[^0-9a-z]", "", snippet[:SNIPPET].lower())


def _verdicts() -> dict[tuple[str, str], dict]:
    if not VERDICTS.exists():
        return {}
    rows = [json.loads(line) for line in VERDICTS.read_text().splitlines() if line.strip()]
    return {_key(r["subject"], r["snippet"]): r for r in rows}


def _build(tree: Path, db: Path) -> None:
    """The conflict articles ingested into a new store at db by the code of tree."""
    from bench.common import conflict_records

    lines = db.parent / "quotes-conflict.jsonl"
    if not lines.exists():
        lines.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in conflict_records()),
            encoding="utf-8",
        )
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    # Not checked: a few corpus records have no text and are reported as errors.
    subprocess.run(
        [sys.executable, "-m", "cli.main", "--db", str(db), "ingest", "--jsonl", str(lines)],
        env={**os.environ, "PYTHONPATH": str(tree)},
        cwd=tree,
        check=False,
        capture_output=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", nargs="?", help="this tree's store (default: built by it)")
    parser.add_argument("--previous", default="bd11280", help="code run on this tree's store")
    parser.add_argument("--own-store", default="1093753", help="code run on a store it built")
    parser.add_argument("--rebuild", action="store_true", help="build the stores again")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from bench import baseline
    from bench.common import publish

    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    store = Path(args.store) if args.store else out / "quotes-conflict.db"
    if not args.store and (args.rebuild or not store.exists()):
        _build(ROOT, store)
    own_tree = baseline.checkout(args.own_store)
    own_store = out / f"quotes-conflict-{args.own_store}.db"
    if args.rebuild or not own_store.exists():
        _build(own_tree, own_store)
    copy = out / "actor-quotes.db"
    shutil.copyfile(store, copy)
    own_copy = out / f"actor-quotes-{args.own_store}.db"
    shutil.copyfile(own_store, own_copy)
    names, held_out = _chosen(copy)
    own_label = f"{args.own_store}, on a store it built"
    runs = {
        f"{args.previous}, on this tree's store": _run(
            baseline.checkout(args.previous), copy, names
        ),
        own_label: _run(own_tree, own_copy, names),
        "new": _run(ROOT, copy, names),
    }
    verdicts = _verdicts()
    command = "bench/actor_quotes.py" + (f" {Path(args.store).name}" if args.store else "")
    lines = [
        f"Produced by `.venv/bin/python {command} --previous {args.previous} --own-store "
        f"{args.own_store}`: the quotes of `actor` for {len(names)} subjects "
        f"(bench/actor_quotes_subjects.jsonl: actors at ranks {RANKS[0]}-10 and every 10th to "
        f"{RANKS[-1]} by mentions, drawn once and kept) in this tree's store of the conflict "
        f"articles ({_articles(copy):,} articles; {args.own_store}'s own store "
        f"{_articles(own_copy):,}), "
        f"{len(held_out)} of them held out (counted, never judged). Verdicts: "
        "bench/actor_quotes_verdicts.jsonl, found by subject and the quote's opening.",
        "",
        "| code | quotes | name the actor | state a relation or dated event of the profile "
        "| judged: informative / weak / off | unjudged (judged subjects) |",
        "|---|---|---|---|---|---|",
    ]
    unjudged: list[str] = []
    for label, found in runs.items():
        quotes = [(n, q) for n, qs in found.items() for q in qs]
        judged = [(n, q) for n, q in quotes if n not in held_out]
        marks = [verdicts.get(_key(n, q["snippet"]), {}).get("verdict") for n, q in judged]
        for (n, q), mark in zip(judged, marks, strict=True):
            if mark is None:
                unjudged.append(f"{label}: {n} #{q['passage_id']} {q['snippet']!r}")
        lines.append(
            f"| {label} | {len(quotes)} | {sum(q['names'] for _, q in quotes)} "
            f"| {sum(q['states'] for _, q in quotes)} "
            f"| {marks.count('informative')} / {marks.count('weak')} / {marks.count('off')} "
            f"| {marks.count(None)} |"
        )
    total = sum(len(q) for q in runs["new"].values())
    kept = []
    for label, found in runs.items():
        if label == "new":
            continue
        theirs = {_key(n, q["snippet"]) for n, qs in found.items() for q in qs}
        same = sum(_key(n, q["snippet"]) in theirs for n, qs in runs["new"].items() for q in qs)
        kept.append(f"{same} of {total} with {label.split(',')[0]}")
    lines += [
        "",
        "Quotes of the new code also given by the other (same opening): "
        + "; ".join(kept)
        + ". Held out: "
        + ", ".join(sorted(held_out))
        + ".",
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
