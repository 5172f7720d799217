"""A rule measured and not kept: a report alone on its date against other articles' copies of its
words is a misdated copy (a page stored with a wrong publication date reads its "late Friday"
against the wrong day). This runs the rule over every dated report of the conflict store at once
(a timeline would compare only a subject's gathered reports: this is the most it could ever
move) and lists each flagged report with the date its copies agree on and the verdict given by
reading it (bench/misdated_copies_reads.jsonl: "copies" when their date is the event's, "own"
when the report's own date is).

Usage: .venv/bin/python bench/misdated_copies_census.py [--store DB] [--near X ...] [--list]

The rule, as commit 7cead82 wired it into the timeline (commands/misdated_copies.py there): two
reports are copies when their index-term sets (text/tokens.py: stemmed content words) have a
Jaccard similarity of at least NEAR, their date words are the same ("late Friday", case and
spacing aside), their figures (words holding a digit) are the same and each one's names (words
after the first written with a capital) are among the other's words. A report is a misdated copy
when at least ARTICLES other articles hold copies of it, all dated alike and otherwise than it,
and no other article's copy carries its date. --near runs it at other thresholds beside NEAR
(counts only); --list prints the flagged reports not judged yet, whole, with their copies. The
store is bench/out/conflict-new.db (bench/timeline_audit_unseen.py ingests it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from commands.reported_dates import jaccard  # noqa: E402
from store import events as event_store  # noqa: E402
from store.db import connect  # noqa: E402
from text.tokens import term_set, words  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
READS = ROOT / "bench" / "misdated_copies_reads.jsonl"
NEAR = 0.6  # commands/reported_dates.py's ADJACENT_DAY_SAME: reports a day apart are one event
ARTICLES = 2  # one other page alone could as well be the misdated one

Marks = tuple[frozenset[str], frozenset[str], frozenset[str]]  # figures, names, all words


def marks(text: str) -> Marks:
    """What tells one event from another told in one template: its tolls and its places."""
    found = words(text)
    return (
        frozenset(w for w in found if any(c.isdigit() for c in w)),
        frozenset(w.lower() for w in found[1:] if w[:1].isupper()),
        frozenset(w.lower() for w in found),
    )


def agree(one: Marks, other: Marks) -> bool:
    """The same figures, and each one's names among the other's words ("al-Maleh", "Al-Maleh")."""
    return one[0] == other[0] and one[1] <= other[2] and other[1] <= one[2]


def misdated(events: list[event_store.EventRow], near: float) -> dict[int, tuple[str, list[int]]]:
    """The misdated copies among events: id -> (the date their copies agree on, the copies)."""
    groups: dict[str, list[event_store.EventRow]] = {}
    for e in events:
        groups.setdefault(" ".join(e.date_text.lower().split()), []).append(e)
    terms = {e.id: term_set(e.text) for e in events}
    marked = {e.id: marks(e.text) for e in events}
    found: dict[int, tuple[str, list[int]]] = {}
    for group in groups.values():
        for e in group:
            own = terms[e.id]
            copies = [
                o
                for o in group
                if o.article_id != e.article_id
                # a Jaccard of at least near needs sets of sizes within that ratio
                and min(len(own), len(terms[o.id])) >= near * max(len(own), len(terms[o.id]))
                and jaccard(own, terms[o.id]) >= near
                and agree(marked[e.id], marked[o.id])
            ]
            by_date: dict[str, set[int]] = {}
            for o in copies:
                by_date.setdefault(o.date or "", set()).add(o.article_id)
            if len(by_date) == 1:
                ((date, articles),) = by_date.items()
                if date != e.date and len(articles) >= ARTICLES:
                    found[e.id] = (date, [o.id for o in copies])
    return found


def key(origin: str, event: event_store.EventRow) -> str:
    """A read report, by its article, date, date words and first 60 characters."""
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
    by_id = {e.id: e for e in events}
    origins = dict(db.conn.execute("SELECT id, origin FROM articles").fetchall())
    reads = {}
    if READS.exists():
        for line in READS.read_text(encoding="utf-8").splitlines():
            read = json.loads(line)
            reads[read["key"]] = read
    for near in args.near:
        print(f"near {near}: {len(misdated(events, near))} flagged")
    flagged = misdated(events, NEAR)
    tally: dict[str, int] = {}
    for event_id, (date, copies) in sorted(flagged.items()):
        e = by_id[event_id]
        k = key(origins[e.article_id], e)
        verdict = reads.get(k, {}).get("verdict", "unjudged")
        tally[verdict] = tally.get(verdict, 0) + 1
        line = {"key": k, "right_date": date, "verdict": verdict}
        if args.list and verdict == "unjudged":
            line["text"] = e.text
            line["copies"] = [
                {"article": origins[by_id[o].article_id], "date": by_id[o].date,
                 "text": by_id[o].text}
                for o in copies
            ]  # fmt: skip
        print(json.dumps(line, ensure_ascii=False))
    print(
        f"{len(events)} dated reports; near {NEAR}, {ARTICLES} articles: {len(flagged)} "
        f"flagged; verdicts: {json.dumps(tally, sort_keys=True)}"
    )


if __name__ == "__main__":
    main()
