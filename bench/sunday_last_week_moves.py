"""The mentions the Sunday-page week rule moves (text/dates/resolve_relative.py's
_closed_by_a_sunday): every original dated article of a store tagged by this tree with the rule
and without it, each mention whose value differs listed with the verdict given by reading it
against its article (bench/sunday_last_week_reads.jsonl: "better" where the rule's value is
right and the old one wrong, "worse" the other way, "either" where the article does not say
or neither is right); the read mentions the rule no longer moves are counted apart.

Usage: .venv/bin/python bench/sunday_last_week_moves.py [--store PATH] [--list]

--store defaults to bench/out/conflict-main.db (main's conflict store, whose texts are read,
not its stored dates). --list prints the moves not read yet (article, offset, mention, value
without and with the rule, its sentence's start), for reading them. For contrast, Monday pages'
"last week" reports, which the rule leaves alone, drawn at random and read:
bench/monday_last_week_reads.jsonl. The worse moves read again for a trace that tells them from
the better ones, and the hosted programmes' "last week" the rule leaves since pipeline version
86: bench/sunday_last_week_worse_reads.jsonl.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import text.dates.resolve_relative as relative  # noqa: E402
from bench.common import ROOT, require  # noqa: E402
from bench.moves import load_reads, report  # noqa: E402
from text.dates import tag_dates  # noqa: E402

READS = ROOT / "bench" / "sunday_last_week_reads.jsonl"
STORE = ROOT / "bench" / "out" / "conflict-main.db"


def moves(store: Path) -> list[dict]:
    """Each mention whose value the rule changes, in store order."""
    db = sqlite3.connect(store)
    rows = db.execute(
        "SELECT origin, published, text FROM articles WHERE duplicate_of IS NULL"
        " AND length(published) >= 10 ORDER BY id"
    ).fetchall()
    found = []
    for origin, published, text in rows:
        with_rule = tag_dates(text, published)
        if not any(m.value and "-W" in m.value for m in with_rule):
            continue  # the rule gives weeks only
        with mock.patch.object(relative, "_closed_by_a_sunday", lambda *_: False):
            without = {(m.start, m.text): m.value for m in tag_dates(text, published)}
        for m in with_rule:
            before = without.get((m.start, m.text))
            if before != m.value:
                found.append(
                    {
                        "article": origin,
                        "offset": m.start,
                        "mention": m.text,
                        "before": before,
                        "after": m.value,
                        "context": text[max(0, m.start - 80) : m.start + 40].replace("\n", " "),
                    }
                )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=STORE, help="the store whose texts to tag")
    parser.add_argument("--list", action="store_true", help="print the moves not read yet")
    args = parser.parse_args()
    require(args.store)
    report(moves(args.store), load_reads(READS), args.list)


if __name__ == "__main__":
    main()
