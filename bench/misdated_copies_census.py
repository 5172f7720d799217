"""Every report of the conflict store that commands/misdated_copies.py takes for a misdated copy
when all the store's dated reports are compared at once (a timeline compares only a subject's
gathered reports: this is the most it could ever move), each with the date its copies agree
on and the verdict given by reading it (bench/misdated_copies_reads.jsonl).

Usage: .venv/bin/python bench/misdated_copies_census.py [--store DB] [--near X ...] [--list]

--near runs the rule at other thresholds beside the shipped one (counts only); --list prints
the flagged reports not judged yet, whole. The store is bench/out/conflict-new.db
(bench/timeline_audit_unseen.py ingests it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from commands.misdated_copies import MisdatedCopies, Thresholds, thresholds  # noqa: E402
from store import events as event_store  # noqa: E402
from store.db import connect  # noqa: E402
from text.tokens import term_set  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
READS = ROOT / "bench" / "misdated_copies_reads.jsonl"


def key(origin: str, event: event_store.EventRow) -> str:
    """A read report, by its article, date, date words and the first 60 characters."""
    return f"{origin}|{event.date}|{event.date_text}|{event.text[:60]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=STORE)
    parser.add_argument("--near", type=float, nargs="*", default=[])
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    db = connect(args.store)
    ids = [r[0] for r in db.conn.execute("SELECT id FROM events WHERE date IS NOT NULL")]
    events = event_store.events_by_id(db, ids)
    origins = dict(db.conn.execute("SELECT id, origin FROM articles").fetchall())
    words: dict[int, set[str]] = {}

    def terms_of(e: event_store.EventRow) -> set[str]:
        if e.id not in words:
            words[e.id] = term_set(e.text)
        return words[e.id]

    reads = {}
    if READS.exists():
        for line in READS.read_text(encoding="utf-8").splitlines():
            read = json.loads(line)
            reads[read["key"]] = read
    shipped = thresholds()
    for near in args.near:
        other = MisdatedCopies(events, terms_of, Thresholds(near, shipped.articles))
        print(f"near {near}: {sum(other.misdated(e) for e in events)} flagged")
    copies = MisdatedCopies(events, terms_of, shipped)
    flagged = [e for e in events if copies.misdated(e)]
    tally: dict[str, int] = {}
    for e in flagged:
        k = key(origins[e.article_id], e)
        verdict = reads.get(k, {}).get("verdict", "unjudged")
        tally[verdict] = tally.get(verdict, 0) + 1
        line = {"key": k, "right_date": copies.right_date(e), "verdict": verdict}
        if args.list and verdict == "unjudged":
            line |= {
                "text": e.text,
                "copies": [
                    {"article": origins[o.article_id], "date": o.date, "text": o.text}
                    for o in copies.copies(e)
                ],
            }
        print(json.dumps(line, ensure_ascii=False))
    print(
        f"{len(events)} dated reports; near {shipped.near}, {shipped.articles} articles: "
        f"{len(flagged)} flagged; verdicts: {json.dumps(tally, sort_keys=True)}"
    )


if __name__ == "__main__":
    main()
