"""The bare weekdays on the day after their page that text/dates/day_after.py reads a week back:
every dated article of a store tagged by this tree with the rule and without it, each mention
whose value differs listed with the verdict given by reading it (bench/weekday_after_reads.jsonl:
"better" where the week back is right, "worse" where the day after the page was, "wrong either
way"), counted by verdict; the read mentions the rule no longer moves are counted apart.

It first counts the census the rule was drawn from: every weekday mention read, without the
rule, as the day after its page, by the tense of its clause (context.py's weekday_tense: past,
future, none, a possessive's event, either way) and by where the page's date came from (given
with the article, or a live blog's stamp).

Usage: .venv/bin/python bench/weekday_after_moves.py [--store PATH] [--list] [--census]

--store: the store whose articles are read (default bench/out/conflict-main.db, a copy of the
conflict store); --list prints the moves not read yet (article, offset, mention, value without
and with the rule, the sentence's first 200 characters) for reading them; --census prints the
census's mentions too.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import text.dates.resolution as resolution  # noqa: E402
from bench.common import ROOT  # noqa: E402
from bench.moves import load_reads, report  # noqa: E402
from text.dates import tag_dates  # noqa: E402
from text.dates.context import SENTENCE_BREAK, weekday_tense  # noqa: E402
from text.dates.grammar import grammar  # noqa: E402

READS = ROOT / "bench" / "weekday_after_reads.jsonl"
STORE = ROOT / "bench" / "out" / "conflict-main.db"
_WORD = re.compile(r"[A-Za-z]+")


def articles(store: Path) -> list[tuple[int, str, str, str]]:
    """(id, published day, published_how, text) of the store's dated originals."""
    with sqlite3.connect(store) as db:
        return db.execute(
            "SELECT id, published, published_how, text FROM articles"
            " WHERE duplicate_of IS NULL AND length(published) = 10 ORDER BY id"
        ).fetchall()


def sentence(text: str, start: int) -> str:
    begin = 0
    for brk in SENTENCE_BREAK.finditer(text, max(0, start - 400), start):
        begin = brk.end()
    return " ".join(text[begin : begin + 200].split())


def is_weekday(mention: str) -> bool:
    return any(w.lower() in grammar().weekdays for w in _WORD.findall(mention))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=STORE)
    parser.add_argument("--list", action="store_true", help="print the moves not read yet")
    parser.add_argument("--census", action="store_true", help="print the census's mentions")
    args = parser.parse_args()
    census: Counter[tuple[str, str]] = Counter()
    moved = []
    for article, published, how, text in articles(args.store):
        after = (date.fromisoformat(published) + timedelta(days=1)).isoformat()
        with_rule = {(m.start, m.text): m.value for m in tag_dates(text, published)}
        with mock.patch.object(resolution, "day_after_reading", lambda *_: "keep"):
            without = tag_dates(text, published)
        for m in without:
            if m.value != after or not is_weekday(m.text):
                continue
            tense = str(weekday_tense(text, m.start, m.end))
            census[(tense, how)] += 1
            if args.census:
                print(json.dumps([article, m.start, m.text, tense, how, sentence(text, m.start)]))
            value = with_rule.get((m.start, m.text))
            if value != m.value:
                moved.append(
                    {
                        "article": article,
                        "offset": m.start,
                        "mention": m.text,
                        "before": m.value,
                        "after": value,
                        "sentence": sentence(text, m.start),
                    }
                )
    print(
        f"census: {sum(census.values())} weekdays on the day after their page: "
        + ", ".join(f"{t}/{h} {n}" for (t, h), n in sorted(census.items()))
    )
    report(moved, load_reads(READS), args.list)


if __name__ == "__main__":
    main()
