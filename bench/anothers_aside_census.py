"""The entries the rule of an actor named only in asides to another's dated act moves
(commands/timeline_entries.py `named_only_in_anothers_aside`: every mention of the actor in a
clause of time, reason or description, or an apposition to another's name, the date's words
outside them, another named before the date): `timeline NAME --limit 10` of every actor with a
dated report on the conflict store (bench/out/conflict-new.db), by the code of PREVIOUS (its
checkout, bench/baseline.py) and by this tree's, each entry gone or come listed and matched to
the reads of bench/anothers_aside_census.jsonl.

Usage: .venv/bin/python bench/anothers_aside_census.py [--previous REV] [--list]

Why: a rule is a shape that recurs; this counts how often it moves an entry over the whole
store, not only on the audited subjects, and each move is read (a verdict and a short reason in
the reads file, keyed by subject, date, article and the entry's first 60 characters). Places
are left out: the rule is asked of an actor's reports only.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import ROOT  # noqa: E402
from bench.other_clause_census import STORE, entries, key  # noqa: E402

READS = ROOT / "bench" / "anothers_aside_census.jsonl"
PREVIOUS = "238d46a"  # main before the rule

SUBJECTS = """
SELECT DISTINCT a.name FROM actors a JOIN event_actors ea ON ea.actor_id = a.id
JOIN events e ON e.id = ea.event_id WHERE e.date IS NOT NULL ORDER BY a.name
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previous", default=PREVIOUS)
    parser.add_argument("--list", action="store_true", help="print every move with its read")
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{STORE}?mode=ro", uri=True)
    subjects = [name for (name,) in db.execute(SUBJECTS)]
    before = entries(baseline.checkout(args.previous), subjects)
    after = entries(ROOT, subjects)
    reads: dict[str, dict] = {}
    if READS.exists():
        for line in READS.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            reads[row["key"]] = row
    moved: dict[str, list[tuple[str, dict]]] = {"gone": [], "come": []}
    for s in subjects:
        old = {key(s, e): e for e in before[s]}
        new = {key(s, e): e for e in after[s]}
        moved["gone"] += [(k, old[k]) for k in old if k not in new]
        moved["come"] += [(k, new[k]) for k in new if k not in old]
    changed = sum(before[s] != after[s] for s in subjects)
    print(f"{len(subjects)} actors, {changed} timelines changed")
    for way, rows in moved.items():
        verdicts: dict[str, int] = {}
        for k, _ in rows:
            v = reads.get(k, {}).get("verdict", "unread")
            verdicts[v] = verdicts.get(v, 0) + 1
        counted = ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items()))
        print(f"{way}: {len(rows)} entries ({counted})")
        if args.list:
            for k, e in rows:
                read = reads.get(k)
                said = f"{read['verdict']}: {read['reason']}" if read else "UNREAD"
                print(json.dumps({"key": k, "way": way, **e, "read": said}, ensure_ascii=False))


if __name__ == "__main__":
    main()
