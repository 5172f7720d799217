"""Ingest records into a fresh store, time it, then time and print `timeline` of some subjects,
as one JSON document.

Usage: python bench/conflict_run.py RECORDS.jsonl DB SUBJECT... [--repeat N] [--limit N]

It imports only `commands`, `store` and `commands.warmup`, so bench/timeline_speed.py runs it in a
checkout of the previous code (bench/baseline.py) and in this tree alike: the previous method
and the new one are measured by the same script in the same run.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def audit_entries(doc: dict) -> list[dict]:
    """A timeline answer's entries as the entry audit keys and judges them."""
    return [
        {
            "date": e["date"],
            "text": e["text"],
            "context": e.get("context"),
            "article": e["sources"][0]["article"]["origin"],
            "sources": len(e["sources"]),
        }
        for e in doc.get("entries", [])
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("subjects", nargs="+")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--limit", type=int, default=10)
    args = parser.parse_args()
    from commands import ingest, timeline
    from store.db import connect

    lines = args.records.read_text(encoding="utf-8").splitlines()
    fresh = not args.db.exists()
    db = connect(args.db)
    seconds = None
    if fresh:
        start = time.perf_counter()
        ingest.ingest_jsonl(db, lines, "conflict")
        seconds = time.perf_counter() - start
    out: dict[str, object] = {"articles": len(lines), "ingest_seconds": seconds, "subjects": {}}
    for subject in args.subjects:
        timings, cpu = [], []
        answer = None
        for _ in range(args.repeat + 1):  # the first run is cold and left out
            start, start_cpu = time.perf_counter(), time.process_time()
            answer = timeline.run(db, subject, limit=args.limit)
            timings.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        doc = answer.to_json() if answer else {}
        out["subjects"][subject] = {  # type: ignore[index]
            "seconds": timings[1:],
            # CPU time of this process: the steadier figure on a host shared with other work
            "cpu_seconds": cpu[1:],
            "entries": audit_entries(doc),
        }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
