"""The entry judge in the timeline: `timeline SUBJECT --limit 10` on the conflict store by the
entry rules alone and by the rules with the judge, in one process, scored against the verdicts
of bench/timeline_audit.json.

Usage: .venv/bin/python bench/timeline_judge_trial.py SET [--weights FILE] [--list] [--held-out]

Rules and judge (commands/timeline_entries.dated_entries given a judge): each date's entry is
the first report in the rules' order that passes the rules and that the judge does not refuse;
a date whose reports it all refuses gives way to the next date; once every candidate date is
read, the dates passed over fill the timeline back, with the rules' entries, to as many as the
rules alone give. The judge is commands/entry_judge.json, or the weights and threshold of FILE
(bench/timeline_judge_prospective.json: fitted on the first six sets' dev subjects only, fixed
before the seventh set was read). The rules alone: the same code with no judge.

SET is an unseen set of the verdicts (as "unseen_7"): its dev subjects are run (--held-out:
its held-out ones, totals only). --list prints the entries with no verdict yet, whole.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from bench.conflict_run import audit_entries  # noqa: E402
from bench.timeline_audit import VERDICTS, key, tally  # noqa: E402
from commands import entry_judge  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
LIMIT = 10


def entries_of(db, subject: str) -> list[dict]:  # noqa: ANN001
    from commands import timeline

    answer = timeline.run(db, subject, limit=LIMIT)
    return audit_entries(answer.to_json() if answer else {})


def main() -> None:
    from store.db import connect

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set")
    parser.add_argument("--weights", type=Path, help="the judge's weights (a JSON file)")
    parser.add_argument("--list", action="store_true", help="print entries with no verdict")
    parser.add_argument("--held-out", action="store_true", help="the set's held-out subjects")
    args = parser.parse_args()
    audit = json.loads(VERDICTS.read_text(encoding="utf-8"))
    verdicts = audit["verdicts"]
    subjects = audit[args.set]["held_out" if args.held_out else "dev"]
    judge = (
        entry_judge.Judge.from_json(json.loads(args.weights.read_text(encoding="utf-8")))
        if args.weights
        else entry_judge.shipped()
    )
    db = connect(STORE)
    shipped = entry_judge.shipped
    found = {}
    for name, given in (("rules", None), ("rules and judge", judge)):
        entry_judge.shipped = lambda given=given: given  # type: ignore[misc]
        found[name] = {s: entries_of(db, s) for s in subjects}
    entry_judge.shipped = shipped
    listed: set[str] = set()
    for by_subject in found.values():
        for subject, entries in by_subject.items():
            for e in entries:
                k = key(subject, e)
                if args.list and k not in verdicts and k not in listed:
                    listed.add(k)
                    print(json.dumps({"key": k, **e}, ensure_ascii=False))
    print(
        "| answer | subject | entries | judged | event | date | reads alone | all three | clutter |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, by_subject in found.items():
        rows = subjects if not args.held_out else []
        for subject in [*rows, None]:
            chosen = [subject] if subject else subjects
            shown = [(s, e) for s in chosen for e in by_subject[s]]
            judged_ = [verdicts[key(s, e)] for s, e in shown if key(s, e) in verdicts]
            c = tally(len(shown), judged_)
            label = subject or f"all {len(subjects)}"
            print(f"| {name} | {label} | " + " | ".join(str(v) for v in c) + " |")


if __name__ == "__main__":
    main()
