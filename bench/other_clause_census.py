"""The entries the other-clause rule moves (commands/timeline_entries.py
`named_only_in_another_clause`: a report cut from a sentence of two dates, naming its subject
nowhere, the subject named only in the sentence's other clause): `timeline NAME --limit 10` of
every actor and every place but a country with a dated report on the conflict store
(bench/out/conflict-new.db), by the code of PREVIOUS (its checkout, bench/baseline.py) and by
this tree's, each entry gone or come listed and matched to the reads of
bench/other_clause_census.jsonl.

Usage: .venv/bin/python bench/other_clause_census.py [--previous REV] [--list]

Why: a rule is a shape that recurs; this counts how often it moves an entry over the whole
store, not only on the audited subjects, and each move is read (a verdict and a short reason
in the reads file, keyed by subject, date, article and the entry's first 60 characters).
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

STORE = ROOT / "bench" / "out" / "conflict-new.db"
READS = ROOT / "bench" / "other_clause_census.jsonl"
PREVIOUS = "1c3c49fe"  # measure before the rule was merged
LIMIT = 10

SUBJECTS = """
SELECT DISTINCT name FROM (
  SELECT a.name FROM actors a JOIN event_actors ea ON ea.actor_id = a.id
  JOIN events e ON e.id = ea.event_id WHERE e.date IS NOT NULL
  UNION
  SELECT p.name FROM places p JOIN event_places ep ON ep.place_id = p.id
  JOIN events e ON e.id = ep.event_id WHERE e.date IS NOT NULL AND p.kind != 'country'
) ORDER BY name
"""

# run in each tree (its own `commands` first on the path): each subject's entries, shortly
CHILD = """
import json, sqlite3, sys
from sqlite_utils import Database
from commands import timeline
path, limit, subjects = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
db = Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
out = {}
for s in subjects:
    answer = timeline.run(db, s, limit=limit)
    doc = answer.to_json() if answer else {}
    out[s] = [
        {"date": e["date"], "text": e["text"], "context": e.get("context"),
         "article": e["sources"][0]["article"]["origin"]}
        for e in doc.get("entries", [])
    ]
print(json.dumps(out, ensure_ascii=False))
"""


def key(subject: str, entry: dict) -> str:
    return f"{subject}|{entry['date']}|{entry['article']}|{entry['text'][:60]}"


def entries(tree: Path, subjects: list[str]) -> dict[str, list[dict]]:
    done = baseline.run_code(tree, CHILD, str(STORE), str(LIMIT), json.dumps(subjects))
    return json.loads(done)


def read_verdicts(path: Path) -> dict[str, dict]:
    """The reads file's rows by their key."""
    if not path.exists():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {row["key"]: row for row in rows}


def moves(
    subjects: list[str], before: dict[str, list[dict]], after: dict[str, list[dict]]
) -> dict[str, list[tuple[str, dict]]]:
    """Each entry gone from a subject's timeline and each come into it, by its key."""
    moved: dict[str, list[tuple[str, dict]]] = {"gone": [], "come": []}
    for s in subjects:
        old = {key(s, e): e for e in before[s]}
        new = {key(s, e): e for e in after[s]}
        moved["gone"] += [(k, old[k]) for k in old if k not in new]
        moved["come"] += [(k, new[k]) for k in new if k not in old]
    return moved


def print_moves(
    moved: dict[str, list[tuple[str, dict]]], reads: dict[str, dict], listed: bool
) -> None:
    """Each way's entries counted by their read; listed, each printed with it."""
    for way, rows in moved.items():
        verdicts: dict[str, int] = {}
        for k, _ in rows:
            v = reads.get(k, {}).get("verdict", "unread")
            verdicts[v] = verdicts.get(v, 0) + 1
        counted = ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items()))
        print(f"{way}: {len(rows)} entries ({counted})")
        if listed:
            for k, e in rows:
                read = reads.get(k)
                said = f"{read['verdict']}: {read['reason']}" if read else "UNREAD"
                print(json.dumps({"key": k, "way": way, **e, "read": said}, ensure_ascii=False))


def census(doc: str, subjects_sql: str, reads_path: Path, previous: str, kind: str) -> None:
    """The census both rules' scripts run (this one's and bench/anothers_aside_census.py's):
    the subjects of subjects_sql on the store, their entries by the code of --previous (default
    previous) and by this tree's, each entry gone or come counted by its read in reads_path
    (--list prints each); kind names the subjects in the first line ("actors")."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--previous", default=previous)
    parser.add_argument("--list", action="store_true", help="print every move with its read")
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{STORE}?mode=ro", uri=True)
    subjects = [name for (name,) in db.execute(subjects_sql)]
    before = entries(baseline.checkout(args.previous), subjects)
    after = entries(ROOT, subjects)
    reads = read_verdicts(reads_path)
    moved = moves(subjects, before, after)
    changed = sum(before[s] != after[s] for s in subjects)
    print(f"{len(subjects)} {kind}, {changed} timelines changed")
    print_moves(moved, reads, args.list)


def main() -> None:
    census(__doc__ or "", SUBJECTS, READS, PREVIOUS, "subjects")


if __name__ == "__main__":
    main()
