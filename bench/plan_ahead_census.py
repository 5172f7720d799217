"""The reports of a store a_plan (commands/timeline_reports.py) reads as a plan whose day lies after
its page's, by how many days after, outside live blogs (whose stamps tell their days): the reports
plan_told_before_its_day (commands/timeline_entries.py) reads, which a timeline tells as no entry
when later pages tell their day otherwise (a_plan_not_come_about; docs/QUALITY.md, Timeline
entries). A seeded sample of a_plan's, and every one a word of PLAN_TOLD_AHEAD finds alone, is
listed to read, each matched to its verdict in bench/plan_ahead_reads.jsonl (article, offset, page,
date, the date's words, "right" when the report tells a plan not yet done on its page, "wrong" when
it tells the day's event, with a short reason). The reads were made on the conflict store of
pipeline version 121 (338 reports); a store cleaned by a later version holds a few reports more or
fewer, so its seeded sample differs and lists the reports not read.

--came-about sorts the same reports by what the store's pages printed on or after their day
say of it (a_plan_not_come_about, at the store's level: the subject's articles apart): no such
page, a sentence in CAME_ABOUT_TERMS or more of the plan's terms ("in its words"), or only
others ("otherwise"); a random.Random(SEED) sample of each of the last two is matched to
bench/plan_came_about_reads.jsonl (article, offset, the closest later sentence's article and
first 60 characters, "same" when it tells the plan's event come about or called off, "other"
when another event, with a short reason), --list printing those not read.

Usage: .venv/bin/python bench/plan_ahead_census.py [--store PATH] [--sample 30] [--list]
    [--came-about]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, reads_by_offset  # noqa: E402
from commands.timeline_entries import CAME_ABOUT_TERMS, plan_told_before_its_day  # noqa: E402
from commands.timeline_reports import a_plan, days_between, entry_sections  # noqa: E402
from store.events import EventRow, told_on_or_after  # noqa: E402
from text.tokens import term_set  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
READS = ROOT / "bench" / "plan_ahead_reads.jsonl"
CAME_ABOUT_READS = ROOT / "bench" / "plan_came_about_reads.jsonl"
SEED = 78
# the words of a plan said in the present with no modal ([a plan told ahead] of
# commands/timeline_entries.txt), read before "to" and a verb
PLAN_TOLD_AHEAD = tuple(entry_sections()["a plan told ahead"])

QUERY = """
SELECT e.id, e.article_id, e.passage_id, e.start, e.end, e.date, e.precision, e.date_how,
       e.sort_key, e.date_text, a.origin, a.published, a.text
FROM events e JOIN articles a ON a.id = e.article_id
WHERE a.live_blog = 0 AND e.date IS NOT NULL AND e.date_how = 'relative'
ORDER BY e.id
"""


def reports(db: sqlite3.Connection) -> Iterator[tuple[EventRow, str, str, str]]:
    """(report, its article's origin, its page's day, its article's text) of QUERY's rows."""
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
        yield report, origin, page, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=STORE)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--came-about", action="store_true")
    args = parser.parse_args()
    if args.came_about:
        came_about(args.store, args.sample, args.list)
        return
    db = sqlite3.connect(f"file:{args.store}?mode=ro", uri=True)
    plans: list[tuple[str, int, str, str, str, str]] = []
    told_ahead: list[tuple[str, int, str, str, str, str]] = []
    gaps: Counter[str] = Counter()
    for report, origin, page, _ in reports(db):
        if plan_told_before_its_day(report, page):
            gaps[f"+{days_between(page, report.sort_key or report.date)}"] += 1
            # a_plan's, sampled; those only a word of PLAN_TOLD_AHEAD finds, every one
            (plans if a_plan(report, page) else told_ahead).append(
                (origin, report.start, report.date or "", report.date_text, page, report.text)
            )
    print(f"plans told before their day (not in live blogs): {len(plans) + len(told_ahead)}")
    print("  days after the page: " + ", ".join(f"{k}: {n}" for k, n in sorted(gaps.items())))
    reads = reads_by_offset(READS)
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


def closest_after(store: sqlite_utils.Database, report: EventRow) -> tuple[int, int, str] | None:
    """(shared terms, article, sentence) of the sentence of report's date, in another article
    printed on or after its day, sharing the most of its terms (its date's words apart); None
    when no such page tells the day."""
    own = term_set(report.text) - term_set(report.date_text)
    day = report.sort_key or report.date or ""
    after = [
        (len(own & term_set(text)), article, text)
        for article, _, _, text, _ in told_on_or_after(store, report.date or "", day)
        if article != report.article_id
    ]
    return max(after, key=lambda a: a[0]) if after else None


def came_about(path: Path, size: int, listing: bool) -> None:
    """The plans told before their day, by what later pages tell of their day (module doc)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    store = sqlite_utils.Database(db)
    kinds: dict[str, list[tuple[str, int, str, int, str]]] = {
        "no page on or after its day": [],
        "in its words": [],
        "otherwise": [],
    }
    origins = dict(db.execute("SELECT id, origin FROM articles"))
    for report, origin, page, _ in reports(db):
        start = report.start
        if not plan_told_before_its_day(report, page):
            continue
        closest = closest_after(store, report)
        if closest is None:
            kinds["no page on or after its day"].append((origin, start, "", 0, ""))
            continue
        shared, article, sentence = closest
        kind = "in its words" if shared >= CAME_ABOUT_TERMS else "otherwise"
        kinds[kind].append((origin, start, origins[article], shared, sentence))
    reads = reads_by_offset(CAME_ABOUT_READS)
    print(f"plans told before their day (not in live blogs): {sum(map(len, kinds.values()))}")
    for kind, listed in kinds.items():
        line = f"  {kind}: {len(listed)}"
        if kind != "no page on or after its day":
            sample = random.Random(SEED).sample(listed, min(size, len(listed)))
            verdicts = Counter(
                reads[(o, s)]["verdict"] if (o, s) in reads else "unread" for o, s, *_ in sample
            )
            line += f"; random.Random({SEED}) sample of {len(sample)}: " + ", ".join(
                f"{k} {n}" for k, n in sorted(verdicts.items())
            )
            if listing:
                for origin, start, later, shared, sentence in sample:
                    if (origin, start) not in reads:
                        said = " ".join(sentence.split())[:60]
                        read = {"article": origin, "offset": start, "kind": kind}
                        read |= {"later": later, "shared": shared, "said": said}
                        print(json.dumps(read))
        print(line)


if __name__ == "__main__":
    main()
