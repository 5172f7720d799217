"""Entry audit on subjects never audited before: the code of PREVIOUS beside this tree's, on
the same store, scored against verdicts given by reading each entry (bench/timeline_audit.json).

Usage: .venv/bin/python bench/timeline_audit_unseen.py [--list] [--list-held-out] [--no-write]

Why: the entry rules were written from the failures of the subjects audited so far (the five
of bench/timeline_audit.py and the cities of bench/timeline_audit_models.py), so their figures
are in-sample. The subjects here (the "unseen" part of bench/timeline_audit.json) were chosen
and split into dev and held out before any of their entries was read. Rules may be written
from the dev subjects' failures; the held-out subjects' entries are judged after the rules
are written and shown only as totals.

`timeline SUBJECT --limit 10` runs through bench/conflict_run.py on the conflict store of
bench/timeline_audit_models.py (bench/out/conflict-new.db, ingested by this tree's code if it
is missing), by the code of PREVIOUS in its checkout (bench/baseline.py) and by this tree, in
the same run; the entry rules are read at query time, so one store serves both. Entries
without a verdict are listed as unjudged (--list prints the dev ones whole, --list-held-out
the held-out ones, for judging them once the rules are written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import ROOT, conflict_records, publish  # noqa: E402
from bench.timeline_audit import VERDICTS, key, tally  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
RECORDS = ROOT / "bench" / "out" / "conflict.jsonl"
ENTRIES = ROOT / "bench" / "out" / "conflict-unseen.json"
PREVIOUS = "0ff711a"  # the code this work on entries started from
LIMIT = 10


def entries_of(tree: Path, subjects: list[str]) -> dict[str, list[dict]]:
    script = str(ROOT / "bench" / "conflict_run.py")
    args = [str(RECORDS), str(STORE), *subjects, "--repeat", "0", "--limit", str(LIMIT)]
    done = json.loads(baseline.run(tree, script, *args))
    return {s: v["entries"] for s, v in done["subjects"].items()}


def row(label: str, subject: str, c: list[int], bold: bool = False) -> str:
    share = f" ({c[5] / c[1]:.0%})" if c[1] else ""
    good = f"**{c[5]}{share}**" if bold else f"{c[5]}{share}"
    return f"| {label} | {subject} | {c[0]} | {c[1]} | {c[2]} | {c[3]} | {c[4]} | {good} | {c[6]} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print unjudged dev entries whole")
    parser.add_argument(
        "--list-held-out", action="store_true", help="print unjudged held-out entries whole"
    )
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    audit = json.loads(VERDICTS.read_text(encoding="utf-8"))
    verdicts, unseen = audit["verdicts"], audit["unseen"]
    dev, held_out = list(unseen["dev"]), list(unseen["held_out"])
    if not RECORDS.exists():
        RECORDS.write_text(
            "".join(json.dumps(r) + "\n" for r in conflict_records()), encoding="utf-8"
        )
    # this tree first: it ingests the store when there is none
    found = {"new": entries_of(ROOT, dev + held_out)}
    found = {PREVIOUS: entries_of(baseline.checkout(PREVIOUS), dev + held_out)} | found
    ENTRIES.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    listed: set[str] = set()
    for subjects, wanted in ((dev, args.list), (held_out, args.list_held_out)):
        for name in found:
            for subject in subjects:
                for e in found[name][subject]:
                    k = key(subject, e)
                    if wanted and k not in verdicts and k not in listed:
                        listed.add(k)
                        print(json.dumps({"key": k, **e}, ensure_ascii=False))
    lines = [
        "| code | subject | entries | judged | real event about the subject | right date "
        "| reads alone | all three | clutter |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    totals: dict[str, list[int]] = {}
    for name in found:
        for subject in dev:
            entries = found[name][subject]
            judged = [verdicts[key(subject, e)] for e in entries if key(subject, e) in verdicts]
            c = tally(len(entries), judged)
            totals[name] = [a + b for a, b in zip(totals.get(name, [0] * 7), c, strict=True)]
            lines.append(row(name, f"{subject} (dev)", c))
    for name, t in totals.items():
        lines.append(row(f"**{name}**", f"dev, all {len(dev)}", t, bold=True))
    for name in found:
        judged = [
            verdicts[key(s, e)] for s in held_out for e in found[name][s] if key(s, e) in verdicts
        ]
        c = tally(sum(len(found[name][s]) for s in held_out), judged)
        lines.append(row(f"**{name}**", f"held out ({', '.join(held_out)})", c, bold=True))
    publish(
        "Produced by `.venv/bin/python bench/timeline_audit_unseen.py`: `timeline SUBJECT "
        f"--limit {LIMIT}` on the conflict store, by the code of commit {PREVIOUS} and by this "
        "tree's, in the same run, for subjects chosen and split before any of their entries "
        "was read; each entry judged by reading it (`bench/timeline_audit.json`). Held-out "
        "subjects as totals only.\n\n" + "\n".join(lines),
        "timeline_audit_unseen",
        write=not args.no_write,
        doc="QUALITY.md",
    )


if __name__ == "__main__":
    main()
