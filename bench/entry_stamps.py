"""Census of the live-blog entry stamps whose offsets move against an earlier commit: where each
stamp says its entry starts in the stored text, and the event dates that follow from it.

Usage: .venv/bin/python bench/entry_stamps.py [--rev d962eb3] [--context 50]

Every corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) goes through the earlier commit's code (bench/baseline.py) and this tree's the
way bulk ingest takes a record: clean, then set the clutter apart (text.split.without_clutter).
text.clutter keeps, for each stamp on its own line, the offset of the entry it opens
(text/clutter_stamps.py dates the entry by it). For each article whose stamps differ, every
stamp is printed with the words its offset points at in each output, and the events whose date
differs when this tree's extraction (extract.article.analyse) reads the same text with the
earlier stamps and with these. The counts close the listing: articles with stamps, live blogs
(text.live_blog.is_live_blog), articles whose stamps moved, texts that differ, events whose
date moved. Prints only: the verdicts are bench/entry_stamps_reads.jsonl's.
"""

from __future__ import annotations

import json
import sys


def probe() -> None:
    """Read ingest records on stdin; write, for each article with stamps or told a live blog,
    {"id", "text", "stamps", "live_blog", "published"} on stdout. Runs in a child process
    whose PYTHONPATH puts one code tree first."""
    from text.clean import clean
    from text.split import ArticleDraft, without_clutter

    for line in sys.stdin:
        record = json.loads(line)
        text = clean(record["text"])
        if not text.strip():
            continue
        published = record["published"]
        draft = without_clutter(
            ArticleDraft(
                title=record["title"],
                text=text,
                source=record["source"],
                author=None,
                published=published,
                published_how="given" if published else None,
            )
        )
        if draft.stamps or draft.live_blog:
            row = {
                "id": record["id"],
                "title": draft.title,
                "text": draft.text,
                "stamps": draft.stamps,
                "live_blog": draft.live_blog,
                "published": draft.published,
                "published_how": draft.published_how,
            }
            print(json.dumps(row), flush=True)


if __name__ == "__main__" and "--probe" in sys.argv:
    probe()
    sys.exit(0)

import argparse  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean_sample import corpus, sample  # noqa: E402
from bench.common import ROOT  # noqa: E402


def run(tree: Path, records: list[dict]) -> dict[str, dict]:
    return baseline.probe(tree, __file__, "--probe", rows=records)


def event_dates(row: dict, stamps: list) -> dict[tuple[int, int], str | None]:
    """The date of each event this tree's extraction finds in the row's text, read with
    stamps."""
    from extract import article
    from text.split import ArticleDraft

    draft = ArticleDraft(
        title=row["title"],
        text=row["text"],
        source=None,
        author=None,
        published=row["published"],
        published_how=row["published_how"],
        stamps=tuple((offset, stamp) for offset, stamp in stamps),
    )
    found = article.analyse(draft, row["published"], 10_000).found
    return {(e.start, e.end): e.date for e in found.events}


def _day(row: dict, stamp: str) -> str | None:
    from text.clutter_stamps import stamp_day

    return stamp_day(stamp, row["published"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="d962eb3", help="the earlier commit")
    parser.add_argument("--context", type=int, default=50, help="characters shown of an entry")
    args = parser.parse_args()
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    rows = [
        {
            "id": r["id"],
            "title": r.get("title"),
            "text": r["text"],
            "published": r.get("date"),
            "source": r.get("source"),
        }
        for r in records
        if r["id"] not in held
    ]
    before = run(baseline.checkout(args.rev), rows)
    after = run(ROOT, rows)
    stamped = {i for i, row in after.items() if row["stamps"]}
    stamped |= {i for i, row in before.items() if row["stamps"]}
    blogs = {i for i, row in after.items() if row["live_blog"]}
    dated = {i for i, row in after.items() if any(_day(row, stamp) for _, stamp in row["stamps"])}
    moved = texts = events = 0
    for row in rows:
        old, new = before.get(row["id"]), after.get(row["id"])
        if old is None or new is None or old["stamps"] == new["stamps"]:
            continue
        moved += 1
        texts += old["text"] != new["text"]
        blog = " (live blog)" if row["id"] in blogs else ""
        print(f"== {row['id']}{blog}: {len(old['stamps'])} -> {len(new['stamps'])} stamps")
        for label, side in ((args.rev, old), ("now", new)):
            for offset, stamp in side["stamps"]:
                opening = side["text"][offset : offset + args.context].replace("\n", " | ")
                day = _day(side, stamp) or "no day"
                print(f"   {label:>8} {offset:>6} [{stamp}: {day}] {opening!r}")
        if old["text"] == new["text"]:
            then, now = event_dates(new, old["stamps"]), event_dates(new, new["stamps"])
            for span in sorted(set(then) | set(now)):
                if then.get(span) != now.get(span):
                    events += 1
                    words = new["text"][span[0] : span[1]][:60]
                    print(f"   event {span}: {then.get(span)} -> {now.get(span)} {words!r}")
    print(
        f"{len(stamped)} of {len(rows)} articles with entry stamps ({len(dated)} with one "
        f"stating a day), {len(blogs)} live blogs; "
        f"stamps moved in {moved}, text differs in {texts}, {events} event dates moved "
        f"against {args.rev}"
    )


if __name__ == "__main__":
    main()
