"""Entry audit on cities in a war: the code before these changes (START_REV), and this tree's
code with the shipped date-salience model and with an earlier one, scored against verdicts given by
reading each entry (bench/timeline_audit.json, the verdicts of bench/timeline_audit.py).

Usage: .venv/bin/python bench/timeline_audit_models.py [--list] [--no-write]

Why: on Benghazi, a subject held out of the entry audit, the model fitted in commit 776fc46
gave 6 good entries of 10 where the model of commit bd11280 gave 8, with the same entry rules.
Ten entries are too few to tell a real loss from an accident, and Timeline17, where every
article of a collection is about its subject, cannot show what the bd11280 model's extra
counts (articles mentioning the date in the subject's scope, or in a clause naming it) are
worth in a store of many topics. So the two models are compared on more subjects of the kind
that failed, cities reported inside a war (CITIES, none of them held out), `timeline CITY
--limit 10` on the conflict store of bench/timeline_speed.py (bench/out/conflict-new.db). The
code of START_REV runs in its checkout on the store it ingested for that script
(conflict-start.db), which shows what this tree's entry rules changed on the same cities.

The earlier model's weights are read from its commit (`git show EARLIER:commands/salience.json`).
Entries without a verdict are listed as unjudged (--list prints them whole); HELD_OUT subjects
are shown as totals only and never listed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.common import ROOT, publish, require  # noqa: E402
from bench.timeline17 import START_REV  # noqa: E402
from bench.timeline_audit import VERDICTS, key, tally  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
START_STORE = ROOT / "bench" / "out" / "conflict-start.db"  # START_REV's, from timeline_speed
RECORDS = ROOT / "bench" / "out" / "conflict.jsonl"
ENTRIES = ROOT / "bench" / "out" / "conflict-models.json"
EARLIER = "bd11280"  # the model with the scope counts (scoped, named, leads) among its features
# Cities the conflict store reports most (after the countries and Aleppo, audited already),
# each a sub-subject of a war: their own days against the days of the war around them.
CITIES = (
    "Tripoli",
    "Damascus",
    "Homs",
    "Misrata",
    "Cairo",
    "Idlib",
    "Baghdad",
    "Daraa",
    "Hama",
    "Deir ez-Zor",
    "Sirte",
)
HELD_OUT = ("Benghazi",)
LIMIT = 10


def earlier_model():
    from commands import salience

    text = subprocess.run(
        ["git", "show", f"{EARLIER}:commands/salience.json"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return salience.Model.from_json(json.loads(text))


def entries_of(db, subject: str, model) -> list[dict]:
    from commands import timeline

    answer = timeline.run(db, subject, limit=LIMIT, model=model)
    return [
        {
            "date": e.date,
            "text": e.text,
            "context": e.context,
            "article": e.sources[0][0].origin,
            "sources": len(e.sources),
        }
        for e in answer.entries
    ]


def start_entries() -> dict[str, list[dict]]:
    """The entries of the code before these changes (START_REV: its entry rules and its
    model), on the store it ingested itself for bench/timeline_speed.py."""
    tree = baseline.checkout(START_REV)
    script = str(ROOT / "bench" / "conflict_run.py")
    args = [str(RECORDS), str(START_STORE), *CITIES, *HELD_OUT, "--repeat", "0"]
    done = json.loads(baseline.run(tree, script, *args))
    return {s: v["entries"] for s, v in done["subjects"].items()}


def counts(subject: str, entries: list[dict], verdicts: dict) -> list[int]:
    judged = [verdicts[key(subject, e)] for e in entries if key(subject, e) in verdicts]
    return tally(len(entries), judged)


def row(label: str, subject: str, c: list[int], bold: bool = False) -> str:
    share = f" ({c[5] / c[1]:.0%})" if c[1] else ""
    good = f"**{c[5]}{share}**" if bold else f"{c[5]}{share}"
    return f"| {label} | {subject} | {c[0]} | {c[1]} | {c[2]} | {c[3]} | {c[4]} | {good} | {c[6]} |"


def own_entries(found: dict, name: str, verdicts: dict) -> tuple[int, int]:
    """(good, all) of the city entries of name that the others of found do not give."""
    good = total = 0
    for subject in CITIES:
        others = {key(subject, e) for n, f in found.items() if n != name for e in f[subject]}
        for e in found[name][subject]:
            k = key(subject, e)
            if k in others:
                continue
            total += 1
            v = verdicts.get(k)
            good += bool(v and v["event"] and v["date"] and v["readable"])
    return good, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print unjudged entries whole")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    require(STORE)
    require(START_STORE)
    from commands import salience
    from store.db import connect

    db = connect(STORE)
    new = {"new": salience.shipped(), f"new, {EARLIER}'s model": earlier_model()}
    found = {START_REV: start_entries()} | {
        name: {s: entries_of(db, s, m) for s in CITIES + HELD_OUT} for name, m in new.items()
    }
    ENTRIES.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    verdicts = json.loads(VERDICTS.read_text(encoding="utf-8"))["verdicts"]
    lines = [
        "| code and model | subject | entries | judged | real event about the subject | right date "
        "| reads alone | all three | clutter |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    listed: set[str] = set()
    totals: dict[str, list[int]] = {}
    for name in found:
        for subject in CITIES:
            entries = found[name][subject]
            c = counts(subject, entries, verdicts)
            totals[name] = [a + b for a, b in zip(totals.get(name, [0] * 7), c, strict=True)]
            lines.append(row(name, subject, c))
            for e in entries:
                k = key(subject, e)
                if args.list and k not in verdicts and k not in listed:
                    listed.add(k)
                    print(json.dumps({"key": k, **e}, ensure_ascii=False))
    for name, t in totals.items():
        lines.append(row(f"**{name}**", f"all {len(CITIES)}", t, bold=True))
    for name in found:
        held = [(s, e) for s in HELD_OUT for e in found[name][s]]
        c = [0] * 7
        for s, e in held:
            c = [a + b for a, b in zip(c, counts(s, [e], verdicts), strict=True)]
        lines.append(row(f"**{name}**", f"held out ({', '.join(HELD_OUT)})", c, bold=True))
    pair = {name: found[name] for name in new}
    only = {name: own_entries(pair, name, verdicts) for name in new}
    shipped, earlier = new
    publish(
        "Produced by `.venv/bin/python bench/timeline_audit_models.py`: `timeline CITY --limit "
        f"10` on the conflict store, by the code of commit {START_REV} (its rules and model, on "
        f"the store it ingested) and by this tree's code with the shipped model and with the "
        f"model of {EARLIER}, each entry judged by reading it (`bench/timeline_audit.json`). Of "
        f"the entries one model gives and the other does not: shipped {only[shipped][0]} good "
        f"of {only[shipped][1]}, {EARLIER}'s {only[earlier][0]} good of {only[earlier][1]} "
        "(good: a real event about the city, with the right date, read alone).\n\n"
        + "\n".join(lines),
        "timeline_audit_models",
        write=not args.no_write,
        doc="QUALITY.md",
    )


if __name__ == "__main__":
    main()
