"""Calendar values the tagger works with: a resolved period, the publication date it counts
from, a mention being resolved, and the arithmetic between them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from datetime import date, timedelta

from text.dates.lexicon import season_middle_month
from text.timex import Timex


@dataclass(frozen=True)
class DateMention:
    """One date expression: offsets into the tagged text and its resolved value."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str
    how: str


@dataclass(frozen=True)
class Point:
    """A resolved calendar period; `part` holds "Q3", "SU", "H2" or "WE" where relevant."""

    precision: str
    year: int
    month: int = 1
    day: int = 1
    part: str = ""

    @property
    def value(self) -> str:
        if self.precision == "day":
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        if self.precision == "week":
            iso = date(self.year, self.month, self.day).isocalendar()
            suffix = "-WE" if self.part == "WE" else ""
            return f"{iso.year:04d}-W{iso.week:02d}{suffix}"
        if self.precision == "decade":
            return f"{self.year // 10:03d}"
        if self.part:
            return f"{self.year:04d}-{self.part}"
        return f"{self.year:04d}"

    def first_day(self) -> date:
        if self.precision in ("day", "week"):
            return date(self.year, self.month, self.day)
        if self.precision == "quarter":
            return date(self.year, 3 * int(self.part[1]) - 2, 1)
        if self.precision == "season":
            return date(self.year, season_middle_month(self.part), 1)
        if self.precision == "year" and self.part:
            return date(self.year, 1 if self.part == "H1" else 7, 1)
        return date(self.year, self.month, 1)


@dataclass(frozen=True)
class Anchor:
    """The publication date at whatever precision it is known."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def reference_day(self) -> dt.date:
        """A day standing for the anchor when only its month or year is known."""
        return date(self.year, self.month or 7, self.day or 15)


@dataclass
class Found:
    start: int
    end: int
    kind: str
    point: Point | None = None
    reference: str | None = None
    how: str = "unresolved"
    precision: str = "day"
    pin: tuple[int, int, int] | None = None  # (weekday, month, day) awaiting a year
    month_day: tuple[int, int] | None = None  # (month, day or 0) of a yearless date
    in_story: bool = False  # a yearless day the year of the story around it gives (narrative_day)


# ---------------------------------------------------------------- arithmetic


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def day_point(day: date) -> Point:
    return Point("day", day.year, day.month, day.day)


def week_point(day: date, part: str = "") -> Point:
    monday = day - timedelta(days=day.weekday())
    return Point("week", monday.year, monday.month, monday.day, part)


def nearest(candidates: list[date], reference: date, tense: str | None) -> date:
    """The candidate nearest the reference. News reports mostly the past, so days after the
    reference count double; a clause in the past or future tense weighs far more."""
    before, after = {"past": (1, 6), "future": (4, 1)}.get(tense or "", (1, 2))

    def cost(day: date) -> int:
        delta = (day - reference).days
        return delta * after if delta >= 0 else -delta * before

    return min(candidates, key=cost)


def shift(point: Point, count: int, unit: str) -> Point | None:
    """Move a point by count units, keeping the point's own precision (TimeML's anaphora)."""
    if unit == "year":
        if point.precision == "decade":
            return None
        day = min(point.day, calendar.monthrange(point.year + count, point.month)[1])
        return Point(point.precision, point.year + count, point.month, day, point.part)
    if unit == "decade":
        return Point("decade", point.year + 10 * count) if point.precision == "decade" else None
    if unit == "quarter" and point.precision == "quarter":
        index = point.year * 4 + int(point.part[1]) - 1 + count
        return Point("quarter", index // 4, part=f"Q{index % 4 + 1}")
    if unit == "month" and point.precision in ("day", "month"):
        year, month = add_months(point.year, point.month, count)
        day = min(point.day, calendar.monthrange(year, month)[1])
        return Point(point.precision, year, month, day)
    if unit in ("day", "week") and point.precision in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        moved = date(point.year, point.month, point.day) + timedelta(days=days)
        return Point(point.precision, moved.year, moved.month, moved.day, point.part)
    return None


def from_anchor(anchor: Anchor, count: int, unit: str) -> Point | None:
    """The period `count` units away from the publication date, at the unit's precision."""
    if unit == "year":
        return Point("year", anchor.year + count)
    if unit == "decade":
        return Point("decade", (anchor.year // 10 + count) * 10)
    if anchor.month is None:
        return None
    if unit == "month":
        year, month = add_months(anchor.year, anchor.month, count)
        return Point("month", year, month)
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + count
        return Point("quarter", index // 4, part=f"Q{index % 4 + 1}")
    if anchor.date is None:
        return None
    if unit == "week":
        return week_point(anchor.date + timedelta(days=7 * count))
    if unit == "weekend":
        return week_point(anchor.date + timedelta(days=7 * count), "WE")
    return day_point(anchor.date + timedelta(days=count))


_PUBLISHED = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?")


def _is_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def parse_published(published: str | None) -> Anchor | None:
    if published is None or not published.strip():
        return None
    match = _PUBLISHED.fullmatch(published.strip())
    if not match:
        raise ValueError(f"published must be YYYY, YYYY-MM or YYYY-MM-DD, not {published!r}")
    year = int(match.group(1))
    month, day = (int(g) if g else None for g in match.groups()[1:])
    if month != 0 and day != 0 and _is_day(year, month or 1, day or 1):
        # A real day of a real month of a year from 1 to 9999: each TimeML value below parses
        # (three parses were a hundredth of an article's extraction). Else they tell which fails.
        return Anchor(year, month, day)
    # Written with one digit or two ("2017-8-7"); checked as the TimeML value it stands for.
    if Timex.parse(f"{year:04d}") is None:
        raise ValueError(f"published has no such year: {published!r}")
    if month is not None and Timex.parse(f"{year:04d}-{month:02d}") is None:
        raise ValueError(f"published has no such month: {published!r}")
    if day is not None and Timex.parse(f"{year:04d}-{month:02d}-{day:02d}") is None:
        raise ValueError(f"published has no such day: {published!r}")
    return Anchor(year, month, day)
