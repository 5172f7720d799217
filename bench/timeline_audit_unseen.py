"""Entry audit on subjects never audited before: the code of PREVIOUS beside this tree's, on
the same store, scored against verdicts given by reading each entry (bench/timeline_audit.json).

Usage: .venv/bin/python bench/timeline_audit_unseen.py [--list] [--list-held-out] [--no-write]
    [--previous REV --previous-store PATH]

Why: the entry rules were written from the failures of the subjects audited so far (the five
of bench/timeline_audit.py and the cities of bench/timeline_audit_models.py), so their figures
are in-sample. The subjects here (the "unseen", "unseen_2" to "unseen_29" parts of
bench/timeline_audit.json, twenty-nine sets chosen at different commits) were chosen and split
into dev and held out before any of their entries was read. Rules may be written from the dev
subjects' failures; the held-out subjects' entries are judged after the rules
are written and shown only as totals.

`timeline SUBJECT --limit 10` runs through bench/conflict_run.py by the code of PREVIOUS in
its checkout (bench/baseline.py) and by this tree, in the same run, each on a conflict store
its own code ingested when it is missing (bench/out/conflict-previous.db and the store of
bench/timeline_audit_models.py, bench/out/conflict-new.db): a change to what ingest extracts
(a date's resolution) shows beside the previous code's, as one to the entry rules does. Entries
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
from bench.timeline_audit import VERDICTS, tally, verdict_key  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
PREVIOUS_STORE = ROOT / "bench" / "out" / "conflict-previous.db"
RECORDS = ROOT / "bench" / "out" / "conflict.jsonl"
ENTRIES = ROOT / "bench" / "out" / "conflict-unseen.json"
PREVIOUS = "5a7551e"  # main before this round's cleaning and entry-rule changes
LIMIT = 10


def entries_of(tree: Path, store: Path, subjects: list[str]) -> dict[str, list[dict]]:
    script = str(ROOT / "bench" / "conflict_run.py")
    args = [str(RECORDS), str(store), *subjects, "--repeat", "0", "--limit", str(LIMIT)]
    done = json.loads(baseline.run(tree, script, *args))
    return {s: v["entries"] for s, v in done["subjects"].items()}


def row(label: str, subject: str, c: list[int], bold: bool = False) -> str:
    # one decimal: a share just under the criterion (89.5%) is not shown as meeting it (90%)
    share = f" ({c[5] / c[1]:.1%})" if c[1] else ""
    good = f"**{c[5]}{share}**" if bold else f"{c[5]}{share}"
    return f"| {label} | {subject} | {c[0]} | {c[1]} | {c[2]} | {c[3]} | {c[4]} | {good} | {c[6]} |"


def sets_of(audit: dict) -> dict[str, tuple[list[str], list[str]]]:
    """The sets of unseen subjects, each chosen and split at its own commit: the "unseen" part
    of the verdicts first, then "unseen_2" and any later one, as (dev, held out)."""
    return {
        name: (list(part["dev"]), list(part["held_out"]))
        for name, part in audit.items()
        if name.startswith("unseen")
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print unjudged dev entries whole")
    parser.add_argument(
        "--list-held-out", action="store_true", help="print unjudged held-out entries whole"
    )
    parser.add_argument("--no-write", action="store_true")
    # a change read at query time only is measured beside the code it changes, on one store
    parser.add_argument("--previous", default=PREVIOUS, help="the commit to compare with")
    parser.add_argument(
        "--previous-store",
        type=lambda p: Path(p).resolve(),
        default=PREVIOUS_STORE,
        help="the store it reads",
    )
    args = parser.parse_args()
    audit = json.loads(VERDICTS.read_text(encoding="utf-8"))
    verdicts, sets = audit["verdicts"], sets_of(audit)
    dev = [s for d, _ in sets.values() for s in d]
    held_out = [s for _, h in sets.values() for s in h]
    if not RECORDS.exists():
        RECORDS.write_text(
            "".join(json.dumps(r) + "\n" for r in conflict_records()), encoding="utf-8"
        )
    # this tree first: it ingests the store when there is none
    found = {"new": entries_of(ROOT, STORE, dev + held_out)}
    previous = entries_of(baseline.checkout(args.previous), args.previous_store, dev + held_out)
    found = {args.previous: previous} | found
    ENTRIES.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    listed: set[str] = set()
    for subjects, wanted in ((dev, args.list), (held_out, args.list_held_out)):
        for name in found:
            for subject in subjects:
                for e in found[name][subject]:
                    k = verdict_key(verdicts, subject, e)
                    if wanted and k not in verdicts and k not in listed:
                        listed.add(k)
                        print(json.dumps({"key": k, **e}, ensure_ascii=False))
    lines = [
        "| code | subject | entries | judged | real event about the subject | right date "
        "| reads alone | all three | clutter |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def tally_of(name: str, subjects: list[str]) -> list[int]:
        keys = [verdict_key(verdicts, s, e) for s in subjects for e in found[name][s]]
        judged = [verdicts[k] for k in keys if k in verdicts]
        return tally(sum(len(found[name][s]) for s in subjects), judged)

    for number, (set_dev, set_held_out) in enumerate(sets.values(), start=1):
        for name in found:
            for subject in set_dev:
                lines.append(row(name, f"{subject} (dev {number})", tally_of(name, [subject])))
        for name in found:
            lines.append(
                row(
                    f"**{name}**",
                    f"dev {number}, all {len(set_dev)}",
                    tally_of(name, set_dev),
                    True,
                )
            )
        for name in found:
            held = f"held out {number} ({', '.join(set_held_out)})"
            lines.append(row(f"**{name}**", held, tally_of(name, set_held_out), bold=True))
    for name in found:
        lines.append(row(f"**{name}**", "all dev", tally_of(name, dev), bold=True))
    for name in found:
        lines.append(row(f"**{name}**", "all held out", tally_of(name, held_out), bold=True))
    publish(
        "Produced by `.venv/bin/python bench/timeline_audit_unseen.py`: `timeline SUBJECT "
        f"--limit {LIMIT}` on the conflict store, by the code of commit {args.previous} and by "
        "this tree's, in the same run, each on a store its own code ingested, for subjects chosen "
        "and split before any of their entries "
        f"was read ({len(sets)} sets, each chosen at its own commit); each entry judged by "
        "reading it (`bench/timeline_audit.json`). Held-out subjects as totals only.\n\n"
        + "\n".join(lines),
        "timeline_audit_unseen",
        write=not args.no_write,
        doc="QUALITY.md",
    )


if __name__ == "__main__":
    main()
