"""The reports of a store a_plan (commands/timeline_reports.py) reads as a plan whose day lies after
its page's, by how many days after, outside live blogs (whose stamps tell their days): the reports
plan_told_before_its_day (below) reads, which were measured as no entry even as their date's
only one (not kept: docs/QUALITY.md, Timeline entries). A seeded sample of a_plan's, and every
one a word of PLAN_TOLD_AHEAD finds alone, is listed to read, each matched to its verdict in
bench/plan_ahead_reads.jsonl (article, offset, page, date, the date's words, "right" when the
report tells a plan not yet done on its page, "wrong" when it tells the day's event, with a short
reason). The reads were made on the conflict store of pipeline version 121 (338 reports); a
store cleaned by a later version holds a few reports more or fewer, so its seeded sample differs
and lists the reports not read.

Usage: .venv/bin/python bench/plan_ahead_census.py [--store PATH] [--sample 30] [--list]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
from collections import Counter
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from commands.timeline_reports import (  # noqa: E402
    _in_a_cued_clause,
    _not_a_things_date,
    _said_at,
    a_plan,
    days_between,
)
from store.events import EventRow  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
READS = ROOT / "bench" / "plan_ahead_reads.jsonl"
SEED = 78
# A plan whose day lies this many days or more after its page's is told before its day
# (plan_told_before_its_day).
PLAN_DAYS_AHEAD = 1
# Before "to" and a verb, a plan said in the present with no modal (entry audit, unseen sets:
# Nabil Al-Araby, "Mr Arabi is to address the Security Council on Tuesday" on a Sunday page,
# Timeline17 Syria, BBC; Ahmet Davutoglu, "Davutoglu prepared to visit Damascus on Tuesday" on a
# Monday page, Timeline17 Syria, Reuters): read only with a day after the page's.
PLAN_TOLD_AHEAD = ("is to", "are to", "prepared to")

QUERY = """
SELECT e.id, e.article_id, e.passage_id, e.start, e.end, e.date, e.precision, e.date_how,
       e.sort_key, e.date_text, a.origin, a.published, a.text
FROM events e JOIN articles a ON a.id = e.article_id
WHERE a.live_blog = 0 AND e.date IS NOT NULL AND e.date_how = 'relative'
ORDER BY e.id
"""


def plan_told_before_its_day(event: EventRow, published: str | None) -> bool:
    """A plan (a_plan: "will meet Friday and Saturday"; or, before "to" and a verb, a word of
    PLAN_TOLD_AHEAD: "Mr Dannet is to address the council on Tuesday") whose day lies
    PLAN_DAYS_AHEAD or more after its page's: told before its day, the report says what was to
    be done, not that it was, and whether it went ahead other reports tell. a_plan's reports
    are told last (representative), and never for a place. Measured as no entry of any subject
    even as its date's only report and not kept (docs/QUALITY.md, Timeline entries: the unseen
    audit's dev share rose, Timeline17's mean Date-F1 fell, plans that came about on their day
    being gold dates there), so it lives here, where its reports are counted. A plan on its
    page's day ("will convene a summit Saturday" on the Saturday's page, written the night
    before) is often the day's event, and is not read; nor is a date labelling the noun after
    it, the thing's, nor one written with its year ("will march on 11 February 2011"), which
    the text fixes and a timeline may tell as what is to come (after_its_page)."""
    if event.date_how == "explicit":
        return False
    gap = days_between(published, event.sort_key or event.date)
    if gap is None or gap < PLAN_DAYS_AHEAD:
        return False
    # a date labelling the noun after it ("will invite him to August 12 talks") is the thing's
    thing = _not_a_things_date()
    end = len(event.date_text)
    if not all(thing.match(event.text, at + end) for at in _said_at(event)):
        return False
    return a_plan(event, published) or _in_a_cued_clause(event, _NEVER, _plan_told_ahead())


# matches nothing: no words right after the date make it a plan's (plan_told_before_its_day)
_NEVER = re.compile(r"(?!)")


@cache
def _plan_told_ahead() -> re.Pattern[str]:
    """A plan said in the present with no modal (PLAN_TOLD_AHEAD) before "to" and a verb:
    "is to address", "prepared to visit", not "is to whom" nor "prepared to the last"."""
    return re.compile(
        rf"\b(?:{'|'.join(PLAN_TOLD_AHEAD)})\s+"
        r"(?!(?:the|an?|its|his|her|their|this|that|these|those|who|whom|what|which)\b)[a-z]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=STORE)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{args.store}?mode=ro", uri=True)
    plans: list[tuple[str, int, str, str, str, str]] = []
    told_ahead: list[tuple[str, int, str, str, str, str]] = []
    gaps: Counter[str] = Counter()
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
            # a_plan's, sampled; those only a word of PLAN_TOLD_AHEAD finds, every one
            (plans if a_plan(report, page) else told_ahead).append(
                (origin, start, date, said, page, text[start:end])
            )
    print(f"plans told before their day (not in live blogs): {len(plans) + len(told_ahead)}")
    print("  days after the page: " + ", ".join(f"{k}: {n}" for k, n in sorted(gaps.items())))
    reads = {}
    if READS.exists():
        for line in READS.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            reads[(r["article"], r["offset"])] = r
    sample = random.Random(SEED).sample(plans, min(args.sample, len(plans)))
    parts = (
        (f"a_plan's {len(plans)}, random.Random({SEED}) sample of", sample),
        ("PLAN_TOLD_AHEAD's, all", told_ahead),
    )
    for label, listed in parts:
        verdicts = Counter(
            reads[(o, s)]["verdict"] if (o, s) in reads else "unread" for o, s, *_ in listed
        )
        print(f"{label} {len(listed)}: " + ", ".join(
            f"{k} {n}" for k, n in sorted(verdicts.items())
        ))  # fmt: skip
    if args.list:
        for origin, start, date, said, page, sentence in sample + told_ahead:
            if (origin, start) not in reads:
                read = {"article": origin, "offset": start, "page": page, "date": date}
                print(json.dumps(read), "|", said, "|", " ".join(sentence.split()))


if __name__ == "__main__":
    main()
