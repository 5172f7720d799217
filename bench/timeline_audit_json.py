"""Which timelines an entry rule changes: the JSON of `timeline` for a fixed set of subjects,
by the code of PREVIOUS (in its checkout, bench/baseline.py) and by this tree's, on the same
stores opened read-only, listed where the two differ.

Usage: .venv/bin/python bench/timeline_audit_json.py [--previous REV] [--show]

The subjects: the 28 actors and places with the most articles of the 100k-article store
(bench/out/articles-100000.db), the 18 subjects of the conflict store audited before the
unseen sets (bench/timeline_audit.py, bench/timeline_audit_models.py, and Libya), and the 5
of the seed articles' tests (tests/commands/test_timeline_seeds.py, on a store of seeds/
ingested by this tree: bench/out/seeds-json-vN.db, N its pipeline version) and "Benghazi";
each by default, with `--limit 10` and with `--from 2009-06-01 --to 2011-12-31`: 156
timelines. --show prints each changed entry, before and after, each entry whose context
changed, and the fields changed of an entry (its sources, its counts) or of the timeline.
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
from bench.timeline_audit_models import CITIES, HELD_OUT  # noqa: E402
from extract.pipeline_version import PIPELINE_VERSION  # noqa: E402

OUT = ROOT / "bench" / "out"
LARGE = OUT / "articles-100000.db"
CONFLICT = OUT / "conflict-new.db"
# the seeds ingested by this tree's pipeline version: a store of an older one is not reused
SEEDS_DB = OUT / f"seeds-json-v{PIPELINE_VERSION}.db"
PREVIOUS = "5c0c48e"  # the code before the mends of the entry rules review
# the subjects audited on the conflict store: the first five, then the cities of
# bench/timeline_audit_models.py and its held-out one, then Libya
CONFLICT_SUBJECTS = (
    "Syria",
    "Aleppo",
    "Raqqa",
    "Islamic State",
    "Mosul",
    *HELD_OUT,
    *CITIES,
    "Libya",
)
SEED_SUBJECTS = ("Mosul", "Syria", "Islamic State", "Raqqa", "Russia", "Benghazi")
VARIANTS = {
    "default": {},
    "limit 10": {"limit": 10},
    "2009-06..2011": {"date_from": "2009-06-01", "date_to": "2011-12-31"},
}

# run in each tree (its own `commands` first on the path): every timeline's JSON
CHILD = """
import json, sqlite3, sys
from sqlite_utils import Database
from commands import timeline
jobs = json.loads(sys.argv[1])
out = {}
for path, subjects, variants in jobs:
    db = Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    for s in subjects:
        for name, kw in variants.items():
            answer = timeline.run(db, s, **kw)
            out[f"{path.rsplit('/', 1)[-1]}|{s}|{name}"] = answer.to_json() if answer else None
print(json.dumps(out, sort_keys=True, ensure_ascii=False))
"""


def largest_subjects(n: int = 28) -> list[str]:
    db = sqlite3.connect(f"file:{LARGE}?mode=ro", uri=True)
    rows = db.execute(
        "SELECT kind, subject_id, SUM(articles) AS n FROM subject_totals "
        "WHERE kind IN ('a', 'p') GROUP BY kind, subject_id ORDER BY n DESC, kind, subject_id"
    ).fetchall()
    names: list[str] = []
    for kind, sid, _ in rows:
        table = "actors" if kind == "a" else "places"
        (name,) = db.execute(f"SELECT name FROM {table} WHERE id = ?", (sid,)).fetchone()
        if name not in names:
            names.append(name)
        if len(names) == n:
            break
    return names


def seed_store() -> None:
    if SEEDS_DB.exists():
        return
    from commands import ingest
    from store.db import connect

    db = connect(SEEDS_DB)
    ingest.ingest_paths(db, sorted(str(p) for p in (ROOT / "seeds").glob("*.txt")))
    db.conn.close()


def answers(tree: Path, jobs: list) -> dict:
    return json.loads(baseline.run_code(tree, CHILD, json.dumps(jobs)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--previous", default=PREVIOUS)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    seed_store()
    jobs = [
        (str(CONFLICT), list(CONFLICT_SUBJECTS), VARIANTS),
        (str(SEEDS_DB), list(SEED_SUBJECTS), VARIANTS),
    ]
    if LARGE.exists():
        jobs.insert(0, (str(LARGE), largest_subjects(), VARIANTS))
    else:  # it takes long to build (bench/build.py); the rest still compare
        print(f"skipped: {LARGE.name} is absent, so its largest subjects' timelines are not read")
    before = answers(baseline.checkout(args.previous), jobs)
    after = answers(ROOT, jobs)
    changed = [k for k in after if before.get(k) != after[k]]
    print(f"{len(after)} timelines, {len(changed)} changed")
    for k in changed:
        print("CHANGED", k)
        if not args.show:
            continue
        old = {(e["date"], e["text"]) for e in (before[k] or {}).get("entries", [])}
        new = {(e["date"], e["text"]) for e in (after[k] or {}).get("entries", [])}
        for date, text in sorted(old - new):
            print(f"  - {date} {text[:300]}")
        for date, text in sorted(new - old):
            print(f"  + {date} {text[:300]}")
        was = {
            (e["date"], e["text"]): e.get("context") for e in (before[k] or {}).get("entries", [])
        }
        for e in (after[k] or {}).get("entries", []):
            told = (e["date"], e["text"])
            if told in was and was[told] != e.get("context"):
                print(f"  ~ {e['date']} {e['text'][:100]}\n      context: {e.get('context')}")
        # the same entry with other fields changed (its sources, its counts)
        kept = {(e["date"], e["text"]): e for e in (before[k] or {}).get("entries", [])}
        for e in (after[k] or {}).get("entries", []):
            old_e = kept.get((e["date"], e["text"]))
            if old_e is not None and old_e != e:
                fields = sorted(f for f in {*old_e, *e} - {"context"} if old_e.get(f) != e.get(f))
                if fields:
                    print(f"  = {e['date']} {e['text'][:100]}\n      changed: {', '.join(fields)}")
        was_top, now_top = before[k] or {}, after[k] or {}
        top = sorted(
            f for f in {*was_top, *now_top} - {"entries"} if was_top.get(f) != now_top.get(f)
        )
        if top:
            print(f"  timeline fields changed: {', '.join(top)}")


if __name__ == "__main__":
    main()
