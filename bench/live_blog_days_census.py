"""The relatively dated reports of the live blogs of a store, by how many days their date lies
from the page's, and those a_blogs_own_day (commands/timeline_entries.py) lets the timeline
tell: a day said by its weekday that lands on the page's day, the next or the day before. A
seeded sample of them is listed to read, each matched to its verdict in
bench/live_blog_days_reads.jsonl (article, offset, date, the date's words, "right" or "wrong"
with a short reason): of those on the page's day or the next, or with --before of those on the
day before (a sample of its own, so that each sample stays what it was when read).

Usage: .venv/bin/python bench/live_blog_days_census.py [--store PATH] [--sample 30] [--list]
    [--before]

--store: the conflict store (default bench/out/conflict-new.db, bench/timeline_audit_unseen.py's);
--list prints the sampled reports no verdict covers, the 250 characters before each, to read.
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

from bench.common import ROOT, reads_by_offset  # noqa: E402
from commands.timeline_entries import a_blogs_own_day  # noqa: E402
from commands.timeline_reports import days_between  # noqa: E402
from store.events import EventRow  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
READS = ROOT / "bench" / "live_blog_days_reads.jsonl"
SEED = 7

QUERY = """
SELECT e.id, e.article_id, e.passage_id, e.start, e.end, e.date, e.precision, e.date_how,
       e.sort_key, e.date_text, a.origin, a.published, a.text
FROM events e JOIN articles a ON a.id = e.article_id
WHERE a.live_blog = 1 AND e.date_how = 'relative' AND e.date IS NOT NULL
ORDER BY e.id
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=STORE)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--before", action="store_true", help="sample those of the day before")
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{args.store}?mode=ro", uri=True)
    rows = db.execute(QUERY).fetchall()
    kept, gaps, blogs = [], Counter(), set()
    for eid, aid, pid, start, end, date, precision, how, sort_key, said, origin, page, text in rows:
        blogs.add(aid)
        gap = days_between(page, date) if len(date) == len("2011-01-01") else None
        gaps["not a day" if gap is None else f"{gap:+d}"] += 1
        report = EventRow(eid, aid, pid, start, end, date, precision, how, sort_key,
                          text[start:end], said)  # fmt: skip
        # those of the day before apart (--before): the first sample was drawn without them
        if a_blogs_own_day(report, page) and (gap is not None and gap < 0) == args.before:
            kept.append((origin, start, date, said, page, text))
    print(f"{len(rows)} relatively dated reports in {len(blogs)} live blogs; days from the page:")
    print("  " + ", ".join(f"{k}: {n}" for k, n in sorted(gaps.items(), key=_order)))
    which = "the day before" if args.before else "the page's day or the next"
    print(f"told by a_blogs_own_day (a weekday on {which}): {len(kept)}")
    reads = reads_by_offset(READS)
    sample = random.Random(SEED).sample(kept, min(args.sample, len(kept)))
    verdicts = Counter(
        reads[(o, s)]["verdict"] if (o, s) in reads else "unread" for o, s, *_ in sample
    )
    print(f"sample of {len(sample)} (random.Random({SEED})): " + ", ".join(
        f"{k} {n}" for k, n in sorted(verdicts.items())
    ))  # fmt: skip
    if args.list:
        for origin, start, date, said, page, text in sample:
            if (origin, start) not in reads:
                before = " ".join(text[max(0, start - 250) : start].split())
                read = {
                    "article": origin,
                    "offset": start,
                    "page": page,
                    "date": date,
                    "said": said,
                }
                print(json.dumps(read), "|", before, "[[", text[start : start + 300], "]]")


def _order(item: tuple[str, int]) -> float:
    key = item[0]
    return float("inf") if key == "not a day" else int(key)


if __name__ == "__main__":
    main()
