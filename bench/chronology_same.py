"""Whether one subject's date counts and scoped events, read without grouping their rows
(store/chronology.py: one subject, one audience), are those the grouped reading gives, for
every subject of a store.

Usage: .venv/bin/python bench/chronology_same.py [--store bench/out/articles-100000.db]
       [--scoped 300]

The grouped reading is the one several subjects take: each subject is asked alone and beside
a subject no store holds ("x:none", which adds no row), so both readings are the shipped code.
Date counts: every subject of date_salience, with the timeline's limit (600 dates), without
one, and in a window (2009-06-01 to 2011-12-31). Scoped events: the --scoped subjects with
the most dates, on their 47 most reported dates (what `timeline` reads first for 40 entries),
8 a date. The store is opened read-only.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlite_utils import Database  # noqa: E402

from bench.common import ROOT  # noqa: E402
from store import chronology  # noqa: E402
from store.articles import EVERYONE  # noqa: E402

NONE = "x:none"  # a subject key no store holds
WINDOWS = (("0000", "9999-99", 600), ("0000", "9999-99", -1), ("2009-06-01", "2011-12-31-99", 600))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=ROOT / "bench" / "out" / "articles-100000.db")
    parser.add_argument("--scoped", type=int, default=300)
    args = parser.parse_args()
    db = Database(sqlite3.connect(f"file:{args.store.resolve()}?mode=ro", uri=True))
    subjects = [
        s
        for (s,) in db.conn.execute(
            "SELECT subject FROM date_salience GROUP BY subject ORDER BY count(*) DESC, subject"
        )
    ]
    compared = differ = 0
    for subject in subjects:
        for low, high, limit in WINDOWS:
            alone = chronology.salience_rows(db, [subject], EVERYONE, low, high, limit)
            grouped = chronology.salience_rows(db, [subject, NONE], EVERYONE, low, high, limit)
            compared += 1
            if alone != grouped:
                differ += 1
                print(f"date counts differ: {subject} {low}..{high} limit {limit}")
    print(f"date counts: {len(subjects)} subjects, {compared} readings, {differ} differ")
    compared = differ = 0
    for subject in subjects[: args.scoped]:
        dates = [r[0] for r in chronology.salience_rows(db, [subject], EVERYONE, limit=47)]
        alone = chronology.scoped_events(db, [subject], dates, EVERYONE, 8)
        grouped = chronology.scoped_events(db, [subject, NONE], dates, EVERYONE, 8)
        compared += 1
        if list(alone.items()) != list(grouped.items()):
            differ += 1
            print(f"scoped events differ: {subject}")
    print(f"scoped events: {compared} subjects, {differ} differ")


if __name__ == "__main__":
    main()
