"""The day a live blog's entry stamp states, as the anchor of the dates in that entry.

A live blog prints a stamp over each entry: "7:03 p.m. Monday ET, 1:03 a.m. Tuesday in Libya".
`text.clutter` sets the stamp apart (it is no sentence of the story) and notes where its entry
starts. Here the stamp becomes a day, and the dates of its entry ("today", "on Monday", "last
night") are resolved against that day instead of the publication date: a blog published on
its last day holds entries of the days before, and a weekday read against the publication date
lands in the wrong week.

Which day a stamp states:

- its own day or date, resolved against the publication date the way a dateline's weekday is
  (the nearest such day, the past preferred: a blog reports what has happened);
- a stamp that gives the time in two zones ("Monday ET, ... Tuesday in Libya") states the
  second day relative to the first: it is the same day, the day before or the day after, as
  time zones lie less than a day apart. The zone named by a place ("in Libya") is where the
  entry's events happen, so its day is the entry's day; without a place, the first day is.
- a stamp without a day ("9.15am") states none: its entry keeps the publication date.
- a stamp in brackets with the desk's clock and the place's ("(7:03 p.m. Monday ET, 1:03 a.m.
  Tuesday in Libya)", LIVEBRACKET in text/clutter.txt; CNN's live blogs) is of a blog stored
  with the day it opened, whose entries come on that day or after: its weekday is the
  publication day or one of the six after it, not the week before.

Whether an article is a live blog at all is told by text/live_blog.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache

from text.clutter_defines import clutter_shape
from text.dates import DateMention, tag_dates

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PLACE_ZONE = re.compile(r"\s+in\s+[A-Z]")  # "1:03 a.m. Tuesday in Libya"


def stamp_day(stamp: str, published: str | None) -> str | None:
    """The ISO day a live-blog stamp states, or None when it states none that can be placed."""
    days = [m for m in tag_dates(stamp, published) if m.precision == "day"]
    if not days or days[0].value is None or len(days[0].value) != 10:
        return None
    first = date.fromisoformat(days[0].value)
    if published and _weekday(days[0].text) is not None and is_live_bracket(stamp):
        opened = date.fromisoformat(published[:10])
        first += timedelta(days=7 * ((opened - first).days > 0))  # never before it opened
    if len(days) == 1:
        return first.isoformat()
    second = days[1]
    if not _PLACE_ZONE.match(stamp, second.end):
        return first.isoformat()
    weekday = _weekday(second.text)
    if weekday is None:
        return second.value if second.value and len(second.value) == 10 else first.isoformat()
    for shift in (0, 1, -1):  # zones lie less than a day apart
        day = first + timedelta(days=shift)
        if day.weekday() == weekday:
            return day.isoformat()
    return first.isoformat()


def is_live_bracket(stamp: str) -> bool:
    """Whether stamp is a live blog's bracketed entry stamp, the desk's clock and the place's
    ("(9:22 p.m. ET, 3:22 a.m. in Libya)", LIVEBRACKET in text/clutter.txt)."""
    return _live_bracket().fullmatch(stamp) is not None


@cache
def _live_bracket() -> re.Pattern[str]:
    return re.compile(clutter_shape("LIVEBRACKET"))


def _weekday(text: str) -> int | None:
    word = text.strip().lower()[:3]
    return WEEKDAYS.index(word) if word in WEEKDAYS else None


def dates_by_entry(
    text: str,
    dates: Sequence[DateMention],
    stamps: Sequence[tuple[int, str]],
    published: str | None,
) -> list[DateMention]:
    """The date mentions of text, those of each stamped entry resolved against the day its
    stamp states (stamps: the offset where an entry starts, and its stamp). An entry runs to the
    next stamped entry; text before the first keeps the mentions as given."""
    anchors = sorted(
        (offset, day)
        for offset, stamp in stamps
        if (day := stamp_day(stamp, published)) is not None and 0 <= offset < len(text)
    )
    if not anchors:
        return list(dates)
    bounds = [offset for offset, _ in anchors] + [len(text)]
    out = [d for d in dates if d.end <= bounds[0]]
    for (start, day), end in zip(anchors, bounds[1:], strict=True):
        for mention in tag_dates(text[start:end], day):
            out.append(
                DateMention(
                    mention.start + start,
                    mention.end + start,
                    mention.text,
                    mention.value,
                    mention.precision,
                    mention.how,
                )
            )
    return out
