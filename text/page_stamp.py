"""A page's own date stamp against the publication date its record gives.

Pages print their date over the story ("Last updated at Apr 232017", "Thu Feb 5 2015",
"Published April 5 2017"); text.clutter sets the stamp apart. A record's given date (a bulk
record's "published", from whatever crawled it) can be another day: in the news corpus 157 of
593 FA-KES records whose head stamp states a full day give another day, and of 25 such records
read (bench/stamp_dates.jsonl) the stamp was right in 21 (the story's weekdays and dated events
fit it), the given date in 2 and 2 were unclear. Relative dates ("on Thursday") are read against
the publication date, so a wrong one moves every such event.

The policy (docs/QUALITY.md, "Publication dates: a page's own date stamp against the given
date"):

- the stamp counts when it opens the text (or the paragraph under a headline) and states a full
  day: a date further down dates a caption's photo (a Fox News page), an entry or a comment,
  and a cable's declassification date two paragraphs down is no stamp of the page;
  a page whose stamps state several days lists items (a video page's "updated:" stamps, each
  over its own item) and has no date of its own;
- it replaces a given full day it contradicts. An update stamp one day after the given date
  does not contradict it (a page updated the next day; BBC pages print "6 January 2011 Last
  updated at 04:46 GMT", the day of the update); any other difference does;
- a given month or year is contradicted only by a stamp outside it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from text.clutter import Sorted
from text.header_parts import Dateline, is_headline, is_update_stamp, stamp_date

UPDATED_LATER_DAYS = 1  # an update stamp this many days after the given date agrees with it
_SPACES = re.compile(r"\s*")


def head_stamp(text: str, found: Sorted) -> Dateline | None:
    """The full day stated by the page stamp found set apart from the head of text (opening it,
    or the paragraph under its headline), else None; also None when another stamp found set
    apart states another day (a page listing items). A stamp further down dates an entry, a
    caption's photo or a comment."""
    stamps = sorted(
        (at, c.text)
        for c in found.clutter
        if c.label == "timestamp" and (at := text.find(c.text)) >= 0
    )
    dated = [(at, stamp, day) for at, stamp in stamps if (day := stamp_date(stamp)) is not None]
    if not dated or not _opens(text, dated[0][0]):
        return None
    if len({day.value for _, _, day in dated}) > 1:
        return None
    at, stamp, day = dated[0]
    if not day.updated and _update_follows(text, at + len(stamp), stamps):
        # "6 January 2011 Last updated at 04:46 GMT": the day is the update's
        return replace(day, updated=True)
    return day


def _opens(text: str, at: int) -> bool:
    """Nothing stands before offset `at` but a headline paragraph."""
    before = text[:at]
    if not before.strip():
        return True
    return before.endswith("\n\n") and before.count("\n\n") == 1 and is_headline(before.strip())


def _update_follows(text: str, end: int, stamps: list[tuple[int, str]]) -> bool:
    """An update stamp set apart starts right after offset end (spaces between)."""
    after = _SPACES.match(text, end).end()  # type: ignore[union-attr]
    return any(at == after and is_update_stamp(stamp) for at, stamp in stamps)


def contradicts(stamp: Dateline, given: str) -> bool:
    """The stamp's day cannot be the given publication date (an ISO day, month or year)."""
    if len(given) != len("2017-04-23"):
        return not stamp.value.startswith(given)
    try:
        days = (date.fromisoformat(stamp.value) - date.fromisoformat(given)).days
    except ValueError:
        return False
    if stamp.updated and 0 <= days <= UPDATED_LATER_DAYS:
        return False
    return days != 0
