"""Resolution state and the helpers resolvers share: the text, the publication date, the last
date resolved (for anaphora: "that year", "a year later"), and how a day, month, season,
weekday or quarter without a year finds one."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from text.dates.context import month_tense, tense_of, weekday_tense
from text.dates.day_after import clocked, day_after_reading, story_ahead
from text.dates.grammar import Grammar, grammar
from text.dates.lexicon import context, season_middle_month
from text.dates.points import (
    Anchor,
    Found,
    Point,
    day_point,
    from_anchor,
    nearest,
    safe_date,
    shift,
)

# A match's group accessor: group("year") is the text of the rule's group named "year", or None.
Group = Callable[[str], Any]

UNIT_PRECISION = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
}


class Resolution:
    """The state of resolving one text's matches in order."""

    def __init__(self, text: str, anchor: Anchor | None) -> None:
        self.text = text
        self.anchor = anchor
        self.last: Point | None = None
        self.last_end = -1
        # the last date's year is the text's own: stated, counted from a stated one, or the
        # story's (not only the publication's)
        self.last_grounded = False
        self.last_quarter: Point | None = None
        # whether the text's own day runs ahead of the page's date (day_after.py), once asked
        self.story_ahead: bool | None = None
        # whether the text is a hosted programme's transcript (resolve_relative.py), once asked
        self.hosted: bool | None = None
        # every day stated with its year, in text order, and where it ends (same_month_day)
        self.stated_in_order: list[tuple[Point, int]] = []
        self.grammar: Grammar = grammar()
        self.context: dict[str, Any] = context()

    def number(self, word: str) -> int | None:
        word = re.sub(r"\s+", " ", word.lower())
        if word.isdigit():
            return int(word)
        return self.grammar.numbers.get(word)

    def month(self, word: str) -> int:
        return self.grammar.months[word.lower().rstrip(".")]

    def weekday(self, word: str | None) -> int | None:
        return self.grammar.weekdays[word.lower().rstrip(".")] if word else None

    def relative(self, found: Found, count: int, unit: str, anaphoric: bool) -> Found:
        """`count` units from the last date (anaphoric) or else from the publication date."""
        found.precision = UNIT_PRECISION[unit]
        if anaphoric and self.last is not None:
            point = shift(self.last, count, unit)
            if point is not None:
                return relative_to(found, point, "inferred")
        if self.anchor is None:
            return found
        return relative_to(found, from_anchor(self.anchor, count, unit))

    def reference(self, found: Found, value: str) -> Found:
        found.precision = "day"
        if self.anchor is not None:
            found.reference, found.how = value, "relative"
        return found

    def titled(self, found: Found) -> bool:
        """A capitalised relative expression inside a sentence is a name: "VOA Today", ABC's
        "This Week". Month and weekday names are capitalised anyway and do not count."""
        words = [
            w
            for w in self.text[found.start : found.end].split()
            if w.lower().rstrip(".,") not in self.grammar.months
            and w.lower().rstrip(".,") not in self.grammar.weekdays
        ]
        if not words or not all(w[:1].isupper() for w in words):
            return False
        if len(words) > 1:
            return True
        before = self.text[max(0, found.start - 3) : found.start].rstrip()
        return bool(before) and (before[-1].isalnum() or before[-1] == ",")

    def quarter(self, found: Found | None) -> Found | None:
        """Remember a resolved quarter: "the year-ago period" refers to it."""
        if found is not None and found.point is not None:
            self.last_quarter = found.point
        return found


def explicit(found: Found, point: Point | None) -> Found | None:
    if point is None:
        return None
    found.point, found.how, found.precision = point, "explicit", point.precision
    return found


def relative_to(found: Found, point: Point | None, how: str = "relative") -> Found:
    if point is not None:
        found.point, found.how, found.precision = point, how, point.precision
    return found


def year_of(text: str) -> int | None:
    return int(text) if text else None


def day_month(
    found: Found,
    weekday: int | None,
    month: int,
    day: int,
    year: int | None,
    anchor: Anchor | None,
    text: str,
) -> Found | None:
    if year is not None:
        return explicit(found, point_or_none(year, month, day))
    if safe_date(2000, month, day) is None:  # no year has a 31 April
        return None
    found.month_day = (month, day)
    if anchor is None:
        if weekday is not None:
            found.pin = (weekday, month, day)
        return found
    tense = month_tense(text, found.start, found.end)
    candidates = [
        d for y in range(anchor.year - 1, anchor.year + 2) if (d := safe_date(y, month, day))
    ]
    if not candidates:  # 29 February: the nearest leap years
        candidates = [
            d for y in range(anchor.year - 4, anchor.year + 5) if (d := safe_date(y, month, day))
        ]
    candidates, future = _on_its_side(candidates, anchor, tense, days=True)
    same_year = [d for d in candidates if d.year == anchor.year]
    if anchor.month is None and same_year:
        # Only the publication year is known: the date falls in it, unless its weekday
        # points to the year before (an article of early 2017 recalling "Thursday 18 August").
        chosen = same_year[0]
        if weekday is None or chosen.weekday() == weekday:
            return relative_to(found, day_point(chosen))
        before = [d for d in candidates if d.year == anchor.year - 1 and d.weekday() == weekday]
        return relative_to(found, day_point(before[0] if before else chosen), "inferred")
    chosen = nearest(candidates, anchor.reference_day(), future)
    if weekday is None or chosen.weekday() == weekday:
        return relative_to(found, day_point(chosen))
    if anchor.day is None:
        # The publication day is uncertain: the weekday may choose among nearby years.
        matching = [d for d in candidates if d.weekday() == weekday]
        if matching:
            chosen = nearest(matching, anchor.reference_day(), future)
    # A weekday contradicting the date is kept as doubt, not used to move the date.
    return relative_to(found, day_point(chosen), "inferred")


# A story told in a past year: a yearless day that follows, within this many characters, a
# day of a year before the publication's, and falls from a week before it to two months after
# it in that year ("arrived on June 10 1996 ... Two days later ... On June 22"), continues the
# story's year; one further on, or outside that window, is read against publication as before
# (an aside recalling "March 2003" does not move "On 18 March" of a 2011 report: a month alone
# does not count).
NARRATIVE_GAP = 1500
NARRATIVE_BEFORE, NARRATIVE_AFTER = timedelta(days=7), timedelta(days=62)


def narrative_day(
    r: Resolution, found: Found, weekday: int | None, month: int, day: int
) -> date | None:
    """The day a yearless day+month names in the past year the text is telling, or None."""
    last, anchor = r.last, r.anchor
    if last is None or anchor is None or last.precision != "day" or last.year >= anchor.year:
        return None
    if not r.last_grounded:  # its year came from the publication date alone
        return None
    if found.start - r.last_end > NARRATIVE_GAP:
        return None
    base = date(last.year, last.month, last.day)
    for year in (last.year, last.year + 1):
        chosen = safe_date(year, month, day)
        if chosen is None or year >= anchor.year:
            continue
        if base - NARRATIVE_BEFORE <= chosen <= base + NARRATIVE_AFTER:
            return chosen if weekday is None or chosen.weekday() == weekday else None
    return None


# A stated day further back than this many years before the page's does not lend its year to
# a later yearless day of its month: the moves read (bench/dates_same_month_reads.jsonl) were
# right up to 10 years back ("the September 11, 2001 attacks ... September 11" in 2010 and
# 2011 pages) and wrong from 15 on: a birth date's year ("Born: 12 April 1942" before "the 22
# April elections"), a single's first release in 1974, a clock time read as a year ("19
# JANUARY, 1130 GMT"), a crash of 1996 at the head of a list running to 2006.
STATED_YEARS_BACK = 12


def same_month_day(
    r: Resolution, found: Found, weekday: int | None, month: int, day: int
) -> date | None:
    """The day a yearless day+month names in the year of the last day of the same month the
    text stated with a year before the publication's, within NARRATIVE_GAP before it ("his
    opinion of March 7 2003 ... his view until March 17"), or None. A month stated alone
    ("in March 2003") does not count: read so, a later day was wrong about half the time. Nor
    does a day stated more than STATED_YEARS_BACK years before the page's, or one the text
    has moved on from (_moved_on)."""
    anchor = r.anchor
    # the last day of the month stated with its year
    stated = next(((p, e) for p, e in reversed(r.stated_in_order) if p.month == month), None)
    if stated is None or anchor is None:
        return None
    point, end = stated
    if point.year >= anchor.year or found.start - end > NARRATIVE_GAP:
        return None
    if anchor.year - point.year > STATED_YEARS_BACK:
        return None
    chosen = safe_date(point.year, month, day)
    if chosen is None or (weekday is not None and chosen.weekday() != weekday):
        return None
    if _moved_on(r, end, chosen, anchor.year):
        return None
    return chosen


def _moved_on(r: Resolution, since: int, chosen: date, page_year: int) -> bool:
    """Whether the text, between the stated day (ending at `since`) and the mention, stated
    with its year a day more than NARRATIVE_AFTER after `chosen`, in the page's year
    (page_year) at the latest: a chronology has run on past that month ("15 March 2015 ... 15
    April 2015 ... 3 August 2015 ... 3 March" is a 2016 line), so the yearless day is not of
    the stated day's year. A day after the page's year (a cable's declassification date)
    tells no story. The days stated so far all lie before the mention: the scan resolves
    mentions in text order."""
    for point, end in reversed(r.stated_in_order):
        if end <= since:
            return False
        if point.year <= page_year and point.first_day() > chosen + NARRATIVE_AFTER:
            return True
    return False


def _on_its_side(
    candidates: list[date], anchor: Anchor, tense: str | None, days: bool
) -> tuple[list[date], str | None]:
    """The candidates a month_tense allows and the tense to weigh the rest by: "ahead" keeps
    those from the publication month on (days: from the publication day on, when it is
    known), "behind" those up to it (days: up to the publication day), each read then as
    future or past."""
    published = (anchor.year, anchor.month or 0)
    today = anchor.date if days else None
    if tense == "ahead":
        kept = [d for d in candidates if (d >= today if today else (d.year, d.month) >= published)]
        return kept or candidates, "future"
    if tense == "behind":
        kept = [d for d in candidates if (d <= today if today else (d.year, d.month) <= published)]
        return kept or candidates, "past"
    return candidates, tense


def point_or_none(year: int, month: int, day: int) -> Point | None:
    valid = safe_date(year, month, day)
    return day_point(valid) if valid else None


def month_only(found: Found, month: int, anchor: Anchor | None, text: str) -> Found:
    found.precision = "month"
    if anchor is None:
        return found
    if anchor.month is None:
        return relative_to(found, Point("month", anchor.year, month))
    tense = month_tense(text, found.start, found.end)
    candidates = [date(y, month, 15) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    candidates, future = _on_its_side(candidates, anchor, tense, days=False)
    chosen = nearest(candidates, anchor.reference_day(), future)
    return relative_to(found, Point("month", chosen.year, month))


def season_point(
    code: str, anchor: Anchor, direction: str, text: str, found: Found
) -> Point | None:
    middle = season_middle_month(code)
    if anchor.month is None and direction in ("last", "next"):
        return None  # "last summer" in an article known only to be of 2017: 2016 or 2017
    if anchor.month is None or direction == "this":
        # A winter is named by the year it begins in: "this winter" in February 2017 is 2016-WI.
        early = code == "WI" and anchor.month is not None and anchor.month <= 3
        return Point("season", anchor.year - 1 if early else anchor.year, part=code)
    candidates = [date(y, middle, 15) for y in range(anchor.year - 2, anchor.year + 3)]
    reference = anchor.reference_day()
    if direction == "last":
        chosen = max(d for d in candidates if d + timedelta(days=45) < reference)
    elif direction == "next":
        chosen = min(d for d in candidates if d - timedelta(days=45) > reference)
    else:
        chosen = nearest(candidates, reference, tense_of(text, found.start, found.end))
    return Point("season", chosen.year, part=code)


def weekday_point(
    weekday: int,
    anchor: Anchor,
    direction: str,
    text: str,
    found: Found,
    r: Resolution | None = None,
) -> Point | None:
    """The day a weekday names, from the publication day and its direction word ("last",
    "next"; "" for a bare weekday). r: the text's resolution, whose story_ahead a bare weekday
    on the day after the page reads and sets (day_after.py)."""
    today = anchor.date
    if today is None:
        return None
    back = (today.weekday() - weekday) % 7
    ahead = (weekday - today.weekday()) % 7
    if direction in ("last", "past", "previous", "this past"):
        return day_point(today - timedelta(days=back or 7))
    if direction in ("next", "coming", "this coming", "upcoming"):
        return day_point(today + timedelta(days=ahead or 7))
    if direction == "this":
        return day_point(today - timedelta(days=today.weekday()) + timedelta(days=weekday))
    if back == 0:
        return day_point(today)
    tense = weekday_tense(text, found.start, found.end)
    # The day after publication is that day in a past clause too, unless a possessive names a
    # past event: a story's local day runs ahead of a publication date kept in another time
    # zone or of a report updated after midnight ("said early Saturday" in a Friday article).
    # A clock stamp's weekday ("9:40 a.m. Friday ET") keeps the nearest day before: a stamp
    # is read the way a dateline is (text/clutter_stamps.py).
    tomorrow = ahead == 1 and tense != "event" and not clocked(text, found.start, found.end)
    # But a past act on that day lies a week back unless the text shows its own day runs ahead
    # of the page's (day_after.py); the whole text is scanned for that only once a mention
    # reads back.
    if (
        r is not None
        and tomorrow
        and tense != "future"
        and day_after_reading(text, found.start, found.end) == "back"
    ):
        if r.story_ahead is None:
            r.story_ahead = story_ahead(text, weekday)
        if not r.story_ahead:
            return day_point(today - timedelta(days=back))
    if tense == "future" or tomorrow or (tense == "nearest" and ahead < back):
        return day_point(today + timedelta(days=ahead))
    return day_point(today - timedelta(days=back))


def quarter_point(number: int, year: int | None, anchor: Anchor | None) -> Point | None:
    if year is not None:
        return Point("quarter", year, part=f"Q{number}")
    if anchor is None:
        return None
    if anchor.month is None:
        return Point("quarter", anchor.year, part=f"Q{number}")
    current = (anchor.month - 1) // 3 + 1
    # The most recent such quarter that has begun: "the fourth quarter" in November.
    return Point(
        "quarter", anchor.year if number <= current else anchor.year - 1, part=f"Q{number}"
    )
