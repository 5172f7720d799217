"""The mentions the same-month rule moves (text/dates/resolution.py's same_month_day): every
dated news-corpus article tagged by this tree with the rule and without it, each mention whose
value differs listed with the verdict given by reading it (bench/dates_same_month_reads.jsonl:
"better" where the rule's value is right and the page's wrong, "worse" the other way, "wrong
either way"), counted by verdict; the read mentions the rule no longer moves are counted apart.

Usage: .venv/bin/python bench/dates_same_month_moves.py [--list]

--list prints the moves not read yet (article, offset, mention, value without and with the
rule), for reading them. The news corpus is ../shared/eval/news-corpus.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import text.dates.resolve_calendar as calendar  # noqa: E402
from bench.common import NEWS, ROOT  # noqa: E402
from bench.moves import load_reads, report  # noqa: E402
from text.dates import tag_dates  # noqa: E402

READS = ROOT / "bench" / "dates_same_month_reads.jsonl"


def moves() -> list[dict]:
    """Each mention whose value the rule changes, in corpus order."""
    found = []
    with NEWS.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            text, published = article.get("text"), article.get("date")
            if not text or not published:
                continue
            with_rule = tag_dates(text, published)
            if not any(m.how == "inferred" for m in with_rule):
                continue  # the rule's values are all "inferred"
            with mock.patch.object(calendar, "same_month_day", lambda *_: None):
                without = {(m.start, m.text): m.value for m in tag_dates(text, published)}
            for m in with_rule:
                before = without.get((m.start, m.text))
                if before != m.value:
                    found.append(
                        {
                            "article": article["id"],
                            "offset": m.start,
                            "mention": m.text,
                            "before": before,
                            "after": m.value,
                        }
                    )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the moves not read yet")
    args = parser.parse_args()
    report(moves(), load_reads(READS), args.list)


if __name__ == "__main__":
    main()
