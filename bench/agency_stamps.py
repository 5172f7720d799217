"""How many conflict records print an agency's dated stamp near their top ("AFP Saturday 20 Sep
2014", after a headline run into the text) that the record's given date contradicts: the pages a
relative date ("late Friday") was read against the wrong day on: text/page_stamp.py took only a
stamp opening the text or the paragraph under a headline before pipeline version 52, and takes
these since (bench/stamp_dates.py counts what it stores).

Usage: .venv/bin/python bench/agency_stamps.py [--list]

Counts, within the first REACH characters of each record of bench/common.py's conflict_records():
the stamps found, those whose weekday is their day's (a stamp that checks itself), and those more
than a day from the given date; --list prints the latter's ids, given dates and stamps. Counted,
not read: whether each stamp is the page's own date is not judged here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import conflict_records  # noqa: E402

REACH = 400  # a headline and a byline fit within it; a story's own dates mostly lie further
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_STAMP = re.compile(
    r"\b(?:AFP|Reuters|AP)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    rf"(\d{{1,2}})\s+({'|'.join(_MONTHS)})[a-z]*\s+((?:19|20)\d\d)\b"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    found = checked = away = 0
    for record in conflict_records():
        match = _STAMP.search(record["text"][:REACH])
        given = record.get("published") or ""
        if not match or len(given) < 10:
            continue
        weekday, day, month, year = match.groups()
        try:
            stamp = dt.date(int(year), _MONTHS.index(month) + 1, int(day))
        except ValueError:
            continue
        found += 1
        checked += stamp.strftime("%A") == weekday
        if abs((dt.date.fromisoformat(given[:10]) - stamp).days) > 1:
            away += 1
            if args.list:
                print(record["url"], given[:10], match.group(0))
    print(
        f"agency stamps within {REACH} characters: {found}; weekday fits the day: {checked}; "
        f"more than a day from the given date: {away}"
    )


if __name__ == "__main__":
    main()
