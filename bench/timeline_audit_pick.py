"""The candidates for a new set of unseen subjects (bench/timeline_audit.json's "unseen" parts),
by the fourth set's rule on the conflict store: the places of Syria, Libya, Iraq and Egypt (no
country) and the actors of kind armed_group and person, with the most distinct articles having
a dated report linked to them (event_places, event_actors), ties broken by name as stored,
skipping the names audited before.

Usage: .venv/bin/python bench/timeline_audit_pick.py [--top N]

Why: a set is chosen before any of its entries is read, by a rule anyone can run again. Which
of the names left name the same thing as an audited one ("Misratah" is Misrata, "Jabhat
al-Nusra" the Nusra Front) is judged by hand and said in the set's "about"; the store is the
one bench/timeline_audit_unseen.py ingests (bench/out/conflict-new.db).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from bench.timeline_audit import SUBJECTS, VERDICTS  # noqa: E402
from bench.timeline_audit_models import CITIES, HELD_OUT  # noqa: E402
from bench.timeline_audit_unseen import sets_of  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
COUNTRIES = ("SY", "LY", "IQ", "EG")

PLACES = f"""
SELECT p.name, p.kind, COUNT(DISTINCT e.article_id) AS n
FROM places p JOIN event_places ep ON ep.place_id = p.id JOIN events e ON e.id = ep.event_id
WHERE e.date IS NOT NULL AND p.kind != 'country'
  AND p.country IN ({", ".join("?" for _ in COUNTRIES)})
GROUP BY p.id ORDER BY n DESC, p.name
"""
ACTORS = """
SELECT a.name, a.kind, COUNT(DISTINCT e.article_id) AS n
FROM actors a JOIN event_actors ea ON ea.actor_id = a.id JOIN events e ON e.id = ea.event_id
WHERE e.date IS NOT NULL AND a.kind IN ('armed_group', 'person')
GROUP BY a.id ORDER BY n DESC, a.name
"""


def audited() -> set[str]:
    """Every subject audited so far: the verdicts' subjects and every set's."""
    audit = json.loads(VERDICTS.read_text(encoding="utf-8"))
    names = {k.split("|", 1)[0] for k in audit["verdicts"]}
    for dev, held_out in sets_of(audit).values():
        names.update(dev, held_out)
    return names | set(SUBJECTS) | set(CITIES) | set(HELD_OUT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    skip = audited()
    db = sqlite3.connect(f"file:{STORE}?mode=ro", uri=True)
    places = db.execute(PLACES, COUNTRIES).fetchall()
    actors = db.execute(ACTORS).fetchall()
    groups = {
        "city": [r for r in places if r[1] == "city"],
        "region, province or district": [r for r in places if r[1] != "city"],
        "armed_group": [r for r in actors if r[1] == "armed_group"],
        "person": [r for r in actors if r[1] == "person"],
    }
    for label, rows in groups.items():
        left = [f"{name} ({kind}, {n})" for name, kind, n in rows if name not in skip]
        print(f"{label}: " + "; ".join(left[: args.top]))


if __name__ == "__main__":
    main()
