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
- a given month or year is contradicted only by a stamp outside it;
- an agency's stamp run in after a headline ("... Monitor AFP Saturday 20 Sep 2014 Shells
  hit ...", text.clutter's dateline of an outlet and a date) counts too, within the first
  AGENCY_REACH characters and before any sentence's end, when it names a weekday that is its
  date's own: 115 FA-KES pages print one, every weekday its day's;
- a stamp in numbers that reads both ways ("06-01-2016") reads in the order its source prints
  its numeric stamps (text.stamp_order), else states no day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from text.clutter import Sorted
from text.clutter_shapes import macros
from text.header_parts import (
    Dateline,
    is_headline,
    is_update_stamp,
    stamp_date,
    weekday_number,
)

UPDATED_LATER_DAYS = 1  # an update stamp this many days after the given date agrees with it
# A headline, and a deck under it, run into the text fit within it (FA-KES pages put the agency
# stamp 40 to 300 characters in); a story's own dates lie further down.
AGENCY_REACH = 400
_SPACES = re.compile(r"\s*")
# a sentence's end: a stop after a word in lower case ("U.S. strikes" ends none)
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?][\"”’]?\s")


def head_stamp(text: str, found: Sorted, day_first: bool | None = None) -> Dateline | None:
    """The full day stated by the page stamp found set apart from the head of text (opening it,
    or the paragraph under its headline), else None; also None when another stamp found set
    apart states another day (a page listing items). A stamp further down dates an entry, a
    caption's photo or a comment. day_first: the order the page's source prints numeric stamps
    in (text.stamp_order), which reads one whose numbers read both ways ("06-01-2016")."""
    stamps = sorted(
        (at, c.text)
        for c in found.clutter
        if c.label == "timestamp" and (at := text.find(c.text)) >= 0
    )
    dated = [
        (at, stamp, day)
        for at, stamp in stamps
        if (day := stamp_date(stamp, day_first)) is not None
    ]
    agency = agency_stamp(text, found)
    if agency is not None:
        dated = sorted([*dated, agency], key=lambda item: item[0])
    if not dated or not (dated[0] == agency or _opens(text, dated[0][0])):
        return None
    if len({day.value for _, _, day in dated}) > 1:
        return None
    at, stamp, day = dated[0]
    if not day.updated and _update_follows(text, at + len(stamp), stamps):
        # "6 January 2011 Last updated at 04:46 GMT": the day is the update's
        return replace(day, updated=True)
    return day


@cache
def _agency_shape() -> re.Pattern[str]:
    """An outlet's name (the OUTLET list of text/clutter.txt), a weekday and a date."""
    shapes = macros()
    return re.compile(
        rf"(?:{shapes['OUTLET']}) (?P<weekday>[A-Z][a-z]+\.?),? (?P<date>{shapes['DATE']})"
    )


def agency_stamp(text: str, found: Sorted) -> tuple[int, str, Dateline] | None:
    """The first agency stamp set apart near the head of text ("AFP Saturday 20 Sep 2014") whose
    weekday is its date's own, with its offset; else None. It follows a headline run into the
    text, so it does not open it as a page stamp does, and a date after a headline may be an
    event's: the weekday's agreement is what makes it the page's stamp (a date the story
    reports is seldom printed with its weekday right after an agency's name, and a slip in
    either would show as disagreement), and a date after a sentence's end is the story's."""
    for clutter in found.clutter:
        if clutter.label != "dateline":
            continue
        match = _agency_shape().fullmatch(clutter.text)
        at = text.find(clutter.text)
        if match is None or not 0 <= at < AGENCY_REACH or _SENTENCE_END.search(text[:at]):
            continue
        day = stamp_date(match.group("date"))
        if day is None or date.fromisoformat(day.value).weekday() != weekday_number(
            match.group("weekday")
        ):
            continue
        return at, clutter.text, day
    return None


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
