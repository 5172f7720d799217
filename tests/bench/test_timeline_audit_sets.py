"""The entry audit's data (bench/timeline_audit.json, bench/timeline_dev_failures_census.jsonl)
holds together: a subject is chosen for one unseen set only, dev and held out apart, every
verdict says all four things with a reason, and every census row is a judged dev failure that
agrees with its verdict. A set's figure is prospective only while these hold."""

import json
from pathlib import Path

from bench.timeline_audit_unseen import sets_of

BENCH = Path(__file__).resolve().parents[2] / "bench"
AUDIT = json.loads((BENCH / "timeline_audit.json").read_text(encoding="utf-8"))
CENSUS = [
    json.loads(line)
    for line in (BENCH / "timeline_dev_failures_census.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]
FIELDS = ("event", "date", "readable", "clutter")


def test_each_subject_is_in_one_unseen_set_and_one_half():
    seen: dict[str, str] = {}
    for name, (dev, held_out) in sets_of(AUDIT).items():
        assert dev and len(dev) == len(held_out), name
        assert not set(dev) & set(held_out), name
        for subject in dev + held_out:
            assert subject not in seen, f"{subject} in {seen.get(subject)} and {name}"
            seen[subject] = name


def test_each_unseen_set_says_how_it_was_chosen():
    for name in sets_of(AUDIT):
        assert AUDIT[name]["about"].strip(), name


def test_every_verdict_says_all_four_things_with_a_reason():
    for key, verdict in AUDIT["verdicts"].items():
        assert all(isinstance(verdict[f], bool) for f in FIELDS), key
        assert verdict["reason"].strip(), key


def test_census_rows_are_judged_dev_failures_agreeing_with_their_verdicts():
    dev = {s for d, _ in sets_of(AUDIT).values() for s in d}
    for row in CENSUS:
        verdict = AUDIT["verdicts"][row["key"]]
        assert row["key"].split("|", 1)[0] in dev, row["key"]
        assert all(row[f] == verdict[f] for f in FIELDS), row["key"]
        passed = verdict["event"] and verdict["date"] and verdict["readable"]
        assert not passed or verdict["clutter"], row["key"]
        assert row["class"] and row["shape"], row["key"]
