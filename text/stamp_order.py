"""The order in which a source prints a date in numbers on its page stamps: day first or month
first, as the source's own unambiguous stamps show (text/stamp_order.json, fitted by
bench/stamp_order.py over the news corpus).

A numeric stamp whose two numbers are both 12 or less ("06-01-2016") reads both ways, and
text.header_parts gives it no day. Read alone, that is right; but a source prints every stamp the
same way, so the stamps it prints with a day above 12 tell how it prints the others. The FA-KES
pages of the news corpus print 75 unambiguous numeric stamps, all day first, and 45 of their
ambiguous ones agree with the record's given date read day first, none read month first; the 9
that agree with neither reading were stored under a given date that can lie months away (a
Kobani page of 1 November 2014 stored as 2 February 2014), and every "on Saturday" of theirs
was read against it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from text import data

DATA = Path(__file__).with_name("stamp_order.json")  # where bench/stamp_order.py writes it
DAY_FIRST = "day first"
MONTH_FIRST = "month first"


@cache
def orders() -> dict[str, str]:
    """Each source's order, by the source's name as its records give it."""
    fitted = data.json_file("text", DATA.name)["sources"]
    return {source: fit["order"] for source, fit in fitted.items()}


def day_first(source: str | None) -> bool | None:
    """True when the source prints numeric stamps day first, False when month first, None when
    its order is not known (an ambiguous stamp of its then states no day)."""
    order = orders().get(source or "")
    return None if order is None else order == DAY_FIRST
