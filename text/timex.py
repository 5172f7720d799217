"""A TimeML date value, parsed once: its precision, the days it covers and a label for people.

Every layer passes dates around as TimeML value strings ("2017-08-07", "2017-07", "2017-W31",
"2017-W31-WE", "2017-SU", "2017-Q3", "2017-H2", "2017", "201"); `Timex.parse` is the one place
that reads them back. Reference values ("PRESENT_REF", "PAST_REF", "FUTURE_REF") and anything
malformed parse to None: they name no days.

Sources: TimeML's TIMEX3 value grammar (ISO-TimeML, ISO 24617-1:2012, section 3.3; the TimeML
1.2.1 annotation guidelines, section 2.2.1) and ISO 8601 week dates (`date.fromisocalendar`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

# TimeML's season codes, and the months each covers in the northern hemisphere. A winter is
# named by the year it begins in ("2016-WI" runs from December 2016 to February 2017).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)

_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})(?P<weekend>-WE)?"
    r"|(?P<season>SP|SU|FA|WI)|Q(?P<quarter>[1-4])|H(?P<half>[12])))?|(?P<decade>\d{3})"
)


@dataclass(frozen=True)
class Timex:
    """A parsed TimeML date value and the inclusive range of days it covers."""

    value: str
    precision: str  # day | week | month | season | quarter | year | decade ("2017-H2": year)
    first_day: date
    last_day: date

    @classmethod
    def parse(cls, value: str | None) -> Timex | None:
        """The value parsed, or None for a reference value, a malformed or impossible date."""
        match = _VALUE.fullmatch(value) if value else None
        if match is None or value is None:
            return None
        try:
            return cls._from_match(value, match)
        except ValueError:  # "2017-02-30", "2017-13", "2017-W54"
            return None

    @classmethod
    def _from_match(cls, value: str, match: re.Match[str]) -> Timex:
        group = match.group
        if group("decade"):
            start = int(group("decade")) * 10
            return cls(value, "decade", date(start, 1, 1), date(start + 9, 12, 31))
        year = int(group("year"))
        if group("day"):
            day = date(year, int(group("month")), int(group("day")))
            return cls(value, "day", day, day)
        if group("month"):
            month = int(group("month"))
            last = calendar.monthrange(year, month)[1]  # ValueError if there is no such month
            return cls(value, "month", date(year, month, 1), date(year, month, last))
        if group("week"):
            monday = date.fromisocalendar(year, int(group("week")), 1)
            if group("weekend"):
                return cls(value, "week", monday + timedelta(days=5), monday + timedelta(days=6))
            return cls(value, "week", monday, monday + timedelta(days=6))
        if group("season"):
            return cls(value, "season", *_months(year, *SEASON_MONTHS[group("season")]))
        if group("quarter"):
            first = 3 * int(group("quarter")) - 2
            return cls(value, "quarter", *_months(year, first, first + 2))
        if group("half"):
            first = 1 if group("half") == "1" else 7
            return cls(value, "year", *_months(year, first, first + 5))
        return cls(value, "year", date(year, 1, 1), date(year, 12, 31))

    def label(self) -> str:
        """How people read it: "7 Aug 2017", "Aug 2017", "week 31 of 2017", "2017"; values
        without a shorter reading ("2017-Q3", "2017-SU", "201") as they are."""
        if self.precision == "day":
            day = self.first_day
            return f"{day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"
        if self.precision == "month":
            return f"{MONTH_ABBREVIATIONS[self.first_day.month - 1]} {self.first_day.year}"
        if self.precision == "week" and not self.value.endswith("-WE"):
            return f"week {int(self.value[6:8])} of {self.value[:4]}"
        return self.value


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    """The first day of month `first` and the last of month `last` of `year` (a month past 12
    runs into the next year)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), date(
        end_year, end_month, calendar.monthrange(end_year, end_month)[1]
    )


def label(value: object) -> str:
    """A date value for people (see Timex.label); "date unknown" for none, the text itself for
    anything that is not a TimeML date."""
    if not value:
        return "date unknown"
    parsed = Timex.parse(str(value))
    return parsed.label() if parsed else str(value)
