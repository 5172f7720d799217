"""The reports of a store a_plan (commands/timeline_reports.py) reads as a plan whose day lies after
its page's, by how many days after, outside live blogs (whose stamps tell their days): the reports
plan_told_before_its_day (commands/timeline_entries.py) reads, which were measured as no entry even
as their date's only one (not kept: docs/QUALITY.md, Timeline entries). A seeded sample of
a_plan's, and every one a word of [a plan told ahead] (commands/timeline_entries.txt) finds alone,
is listed to read, each matched to its verdict in bench/plan_ahead_reads.jsonl (article, offset,
page, date, the date's words, "right" when the report tells a plan not yet done on its page,
"wrong" when it tells the day's event, with a short reason).

Usage: .venv/bin/python bench/plan_ahead_census.py [--store PATH] [--sample 30] [--list]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from commands.timeline_entries import plan_told_before_its_day  # noqa: E402
from commands.timeline_reports import a_plan, days_between  # noqa: E402
from store.events import EventRow  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
READS = ROOT / "bench" / "plan_ahead_reads.jsonl"
SEED = 78

QUERY = """
SELECT e.id, e.article_id, e.passage_id, e.start, e.end, e.date, e.precision, e.date_how,
       e.sort_key, e.date_text, a.origin, a.published, a.text
FROM events e JOIN articles a ON a.id = e.article_id
WHERE a.live_blog = 0 AND e.date IS NOT NULL AND e.date_how = 'relative'
ORDER BY e.id
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=STORE)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{args.store}?mode=ro", uri=True)
    kept, told_ahead, gaps = [], [], Counter()
    for (
        eid,
        aid,
        pid,
        start,
        end,
        date,
        precision,
        how,
        sort_key,
        said,
        origin,
        page,
        text,
    ) in db.execute(QUERY):
        report = EventRow(eid, aid, pid, start, end, date, precision, how, sort_key,
                          text[start:end], said)  # fmt: skip
        if plan_told_before_its_day(report, page):
            gaps[f"+{days_between(page, sort_key or date)}"] += 1
            # a_plan's, sampled; those only a word of [a plan told ahead] finds, every one
            (kept if a_plan(report, page) else told_ahead).append(
                (origin, start, date, said, page, text[start:end])
            )
    print(f"plans told before their day (not in live blogs): {len(kept) + len(told_ahead)}")
    print("  days after the page: " + ", ".join(f"{k}: {n}" for k, n in sorted(gaps.items())))
    reads = {}
    if READS.exists():
        for line in READS.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            reads[(r["article"], r["offset"])] = r
    sample = random.Random(SEED).sample(kept, min(args.sample, len(kept)))
    parts = ((f"a_plan's {len(kept)}, sample of", sample), ("[a plan told ahead]'s", told_ahead))
    for label, listed in parts:
        verdicts = Counter(
            reads[(o, s)]["verdict"] if (o, s) in reads else "unread" for o, s, *_ in listed
        )
        print(f"{label} {len(listed)} (random.Random({SEED})): " + ", ".join(
            f"{k} {n}" for k, n in sorted(verdicts.items())
        ))  # fmt: skip
    if args.list:
        for origin, start, date, said, page, sentence in sample + told_ahead:
            if (origin, start) not in reads:
                read = {"article": origin, "offset": start, "page": page, "date": date}
                print(json.dumps(read), "|", said, "|", " ".join(sentence.split()))


if __name__ == "__main__":
    main()
