"""Ingest one Timeline17 collection and print the dates of `timeline SUBJECT` for each of its
gold timelines, as one JSON document.

Usage: python bench/t17_collection.py COLLECTION_DIR SUBJECT [--db PATH]

It imports only `commands` and `store`, so bench/timeline17.py runs it with PYTHONPATH set to
a checkout of the previous code (bench/baseline.py) to measure the previous method in the same
run as the new one. The protocol is news-tls's (Ghalandari et al. 2020): the timeline has as
many dates as the gold timeline and its span.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path


def ingest_lines(collection: Path) -> list[str]:
    lines = []
    with (collection / "articles.jsonl").open(encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            lines.append(
                json.dumps(
                    {
                        "title": None,
                        "text": record["text"],
                        "published": record["time"],
                        "source": collection.name,
                        "url": f"{collection.name}/{record['id']}",
                    }
                )
            )
    return lines


def gold_dates(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) == 10 and line[:4].isdigit() and line[4] == "-"
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("collection", type=Path)
    parser.add_argument("subject")
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    from commands import ingest, timeline
    from store.db import connect

    path = args.db or Path(tempfile.mkdtemp(prefix="sitrep-t17-")) / "t17.db"
    db = connect(path)
    start = time.perf_counter()
    result = ingest.ingest_jsonl(db, ingest_lines(args.collection), args.collection.name)
    seconds = time.perf_counter() - start
    timelines = {}
    for gold_path in sorted((args.collection / "timelines").glob("*.txt")):
        gold = sorted(set(gold_dates(gold_path)))  # a date listed twice is one date
        answer = timeline.run(
            db, args.subject, date_from=min(gold), date_to=max(gold), limit=len(gold)
        )
        timelines[gold_path.stem] = sorted({e.date for e in answer.entries})
    print(
        json.dumps(
            {
                "collection": args.collection.name,
                "articles": len(result.articles),
                "ingest_seconds": seconds,
                "timelines": timelines,
            }
        )
    )


if __name__ == "__main__":
    main()
