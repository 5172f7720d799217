"""The entries the rule of an actor named only in asides to another's dated act moves
(commands/timeline_entries.py `named_only_in_anothers_aside`: every mention of the actor in a
clause of time, reason or description, the date's words outside them, another named before the
date): `timeline NAME --limit 10` of every actor with a dated report on the conflict store
(bench/out/conflict-new.db), by the code of PREVIOUS (its checkout, bench/baseline.py) and by
this tree's, each entry gone or come listed and matched to the reads of
bench/anothers_aside_census.jsonl.

Usage: .venv/bin/python bench/anothers_aside_census.py [--previous REV] [--list]

Why: a rule is a shape that recurs; this counts how often it moves an entry over the whole
store, not only on the audited subjects, and each move is read (a verdict and a short reason in
the reads file, keyed by subject, date, article and the entry's first 60 characters). Places
are left out: the rule is asked of an actor's reports only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from bench.other_clause_census import census  # noqa: E402

READS = ROOT / "bench" / "anothers_aside_census.jsonl"
PREVIOUS = "238d46a"  # main before the rule

SUBJECTS = """
SELECT DISTINCT a.name FROM actors a JOIN event_actors ea ON ea.actor_id = a.id
JOIN events e ON e.id = ea.event_id WHERE e.date IS NOT NULL ORDER BY a.name
"""


def main() -> None:
    census(__doc__ or "", SUBJECTS, READS, PREVIOUS, "actors")


if __name__ == "__main__":
    main()
