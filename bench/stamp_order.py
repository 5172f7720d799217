"""Fit the order each source prints its numeric page stamps in (text/stamp_order.json).

Usage: .venv/bin/python bench/stamp_order.py [--no-write]

Every record of the news corpus is cleaned as ingest cleans it, and the stamp opening its text
set apart by text.clutter is read when it is a date in numbers ("31-07-2015"). A stamp whose
first number is above 12 is printed day first, one whose second is, month first; a source gets
an order when at least MIN_STAMPS of its stamps tell one and none tells the other. Ambiguous
stamps ("06-01-2016") are counted by the reading the record's given date agrees with, for the
record only: they decide nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import NEWS, require  # noqa: E402
from text.clean import clean  # noqa: E402
from text.clutter import set_apart  # noqa: E402
from text.header_parts import NUMERIC_STAMP  # noqa: E402
from text.stamp_order import DATA, DAY_FIRST, MONTH_FIRST  # noqa: E402

MIN_STAMPS = 20


def reading(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    require(NEWS)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for line in NEWS.open(encoding="utf-8"):
        record = json.loads(line)
        text = clean(record.get("text") or "")
        found = set_apart(text, record.get("title"))
        stamps = sorted(
            (at, c.text)
            for c in found.clutter
            if c.label == "timestamp" and (at := text.find(c.text)) >= 0
        )
        if not stamps or text[: stamps[0][0]].strip():
            continue
        numeric = NUMERIC_STAMP.search(stamps[0][1])
        if numeric is None:
            continue
        a, b, year = (int(g) for g in numeric.groups())
        source = record.get("source") or ""
        if a > 12 >= b:
            counts[source][DAY_FIRST] += 1
        elif b > 12 >= a:
            counts[source][MONTH_FIRST] += 1
        elif a != b:
            given = (record.get("date") or record.get("published") or "")[:10]
            agrees = {reading(year, b, a): "ambiguous, given date day first"}
            agrees[reading(year, a, b)] = "ambiguous, given date month first"
            counts[source][agrees.get(given, "ambiguous, given date neither")] += 1
    fitted = {}
    for source, c in sorted(counts.items()):
        print(source, dict(c))
        for order, other in ((DAY_FIRST, MONTH_FIRST), (MONTH_FIRST, DAY_FIRST)):
            if c[order] >= MIN_STAMPS and not c[other]:
                fitted[source] = {"order": order, "stamps": dict(sorted(c.items()))}
    data = {
        "about": (
            "The order each source prints numeric page stamps in, from its unambiguous stamps "
            "opening a text of ../shared/eval/news-corpus.jsonl (at least "
            f"{MIN_STAMPS}, none the other way); fitted by bench/stamp_order.py. Read by "
            "text/stamp_order.py."
        ),
        "sources": fitted,
    }
    if not args.no_write:
        DATA.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(data, indent=1))


if __name__ == "__main__":
    main()
