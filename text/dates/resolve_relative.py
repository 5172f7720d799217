"""Resolvers of dates counted from the publication date or from the date before: "last month",
"two weeks ago", "the following Tuesday", "yesterday", "now". One function per rule of
rules.txt, named as the rule."""

from __future__ import annotations

import re
from calendar import SUNDAY
from datetime import date, timedelta
from functools import cache

from text.dates.context import is_future, next_words, previous_word
from text.dates.lexicon import deictic_offsets, lexicon, relative_counts, season_code
from text.dates.points import Found, Point, day_point, from_anchor, shift, week_point
from text.dates.resolution import Group, Resolution, relative_to, season_point, weekday_point

# Words after "the present" that keep it a noun ("the present day"), not an adjective.
_AFTER_PRESENT = frozenset({"", "day", "time", "moment", "and", "or", "but", "when", "is", "was"})
_ANAPHORIC = frozenset({"that", "same", "following", "previous", "preceding", "prior"})


def month_of_relative_year(r: Resolution, found: Found, g: Group) -> Found | None:
    found.precision = "month"
    count = relative_counts()[g("direction").lower()]
    if r.anchor is None:
        return found
    return relative_to(found, Point("month", r.anchor.year + count, r.month(g("month"))))


def ago(r: Resolution, found: Found, g: Group) -> Found | None:
    unit, direction = g("unit").lower(), g("direction").lower()
    if direction in ("before", "after"):
        rest = r.text[found.end : found.end + 3].lstrip()
        if rest[:1].isalnum():
            return None  # "two days after the vote": anchored to an event, not a date
    count = r.number(g("count"))
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if count is None:  # "a few years ago"
        return r.reference(found, "PAST_REF" if sign < 0 else "FUTURE_REF")
    if count == 0:
        return None
    anaphoric = direction in ("earlier", "before", "later", "after")
    if direction in ("before", "after") and r.last is None:
        return None  # "two days before the vote": anchored to an event, not a date
    last = r.last
    if (
        unit == "year"
        and last is not None
        and last.precision == "quarter"
        and found.start - r.last_end < 250
    ):
        # "third-quarter profit rose from a year ago": the comparison is between quarters,
        # so the year-ago period is a quarter too (TimeML's granularity rule).
        return relative_to(found, shift(last, sign * count, "year"), "inferred")
    return r.relative(found, sign * count, unit, anaphoric)


def vague_reference(r: Resolution, found: Found, g: Group) -> Found | None:
    direction = g("direction").lower().split()[-1]
    past = direction in lexicon()["past_words"]
    if direction == "following":
        return None
    return r.reference(found, "PAST_REF" if past else "FUTURE_REF")


def relative(r: Resolution, found: Found, g: Group) -> Found | None:
    direction, unit = re.sub(r"\s+", " ", g("direction").lower()), g("unit")
    has_the = direction.startswith("the ")
    direction = direction.removeprefix("the ").strip()
    lower = unit.lower()
    anaphoric = direction in _ANAPHORIC or (has_the and direction in ("next", "last"))
    if direction in ("following", "previous", "preceding", "prior", "same") and not has_the:
        return None  # "following Tuesday's vote": a preposition, not "the following Tuesday"
    count = relative_counts()[direction]
    if direction == "last" and has_the:
        count = -1  # "the last year": the year before publication
    if lower in r.grammar.weekdays and unit[0].isupper():
        return _relative_weekday(r, found, r.grammar.weekdays[lower], direction)
    if lower in r.grammar.months:
        if direction not in ("last", "next", "this", "this past", "this coming", "past", "coming"):
            return None
        return _relative_month(r, found, r.month(unit), direction)
    if lower in lexicon()["seasons"]:
        return _relative_season(r, found, lower, direction)
    lower = "year" if lower.startswith("fiscal") else lower
    if lower == "day":
        if not anaphoric or direction == "last":
            return None  # "the last day of the siege", "this day"
        if r.last is None or r.last.precision != "day":
            return None
        return relative_to(found, shift(r.last, count, "day"), "inferred")
    if lower == "weekend":
        if r.anchor is None or r.anchor.date is None:
            return found
        return relative_to(found, from_anchor(r.anchor, count, "weekend"))
    if direction in ("that", "same") and r.last is None:
        return None  # "that year" with nothing before it to point at
    if lower == "week" and not anaphoric and count == 0 and _ahead_of_a_sunday(r, found):
        count = 1
    if lower == "week" and not anaphoric and _closed_by_a_sunday(r, direction):
        count = 0
    return r.relative(found, count, lower, anaphoric)


def _ahead_of_a_sunday(r: Resolution, found: Found) -> bool:
    """A Sunday page's "this week" in a clause about what is to come is the week ahead, not
    the one its Sunday ends ("Her devotion will reap its reward this week when she takes over
    the State Department", the Observer of Sunday 16 January 2005; "An Arab League delegation
    will travel to New York this week"): a Sunday paper looks forward. A past clause's ("said
    this week") is the week ending that Sunday. Read on the conflict store, the 11 Sunday-page
    "this week" reports the tense reads as future all meant the week ahead
    (bench/sunday_week_reads.jsonl)."""
    anchor = r.anchor.date if r.anchor is not None else None
    return (
        anchor is not None
        and anchor.weekday() == SUNDAY
        and is_future(r.text, found.start, found.end)
    )


def _closed_by_a_sunday(r: Resolution, direction: str) -> bool:
    """A Sunday page's "last week" (or "the past week") is the week that Sunday closes, Monday
    to Saturday before it, not the ISO week before that: "Johnson Beharry was last week awarded
    the Victoria Cross" (the Observer of Sunday 20 March 2005; announced Friday 18 March). The
    directions are lexicon.json's "sunday_closing_week", read on the conflict store
    (bench/sunday_last_week_reads.jsonl)."""
    anchor = r.anchor.date if r.anchor is not None else None
    return (
        anchor is not None
        and anchor.weekday() == SUNDAY
        and direction in lexicon()["sunday_closing_week"]["directions"]
        and not _a_weekly_programmes(r, direction)
    )


def _a_weekly_programmes(r: Resolution, direction: str) -> bool:
    """A programme transcript whose speaker labels name a host, aired on a Sunday, is a weekly
    programme, and its "last week" is the week of its previous edition, the ISO week before
    the page's: "as we discussed when you were on the program last week", "I sat down with
    ... Cameron last week in Davos" (Sunday shows of 6 February 2011, of their editions and
    interviews of the week before). Its "the past week" is still the seven days to the page.
    Read on the conflict store (bench/sunday_last_week_worse_reads.jsonl): of the 14 worse
    moves of the Sunday rule, the five of hosted programmes have this trace; the daily wires'
    have none that their better moves lack."""
    if direction not in lexicon()["sunday_programme_week"]["directions"]:
        return False
    if r.hosted is None:  # asked once a text, and only of a Sunday page's "last week"
        r.hosted = _host_label().search(r.text) is not None
    return r.hosted


@cache
def _host_label() -> re.Pattern[str]:
    """A speaker label naming a host at a line's start: "KELVA DORN, HOST:"."""
    roles = "|".join(re.escape(role) for role in lexicon()["sunday_programme_week"]["roles"])
    return re.compile(rf"(?m)^[^\S\n]*[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*, (?:{roles}):")


def _relative_weekday(r: Resolution, found: Found, weekday: int, direction: str) -> Found | None:
    if direction in ("same", "current"):
        return None
    if direction in ("following", "previous", "preceding", "prior"):
        # "the previous Friday": counted from the last day mentioned, else publication.
        base = r.last if r.last is not None and r.last.precision == "day" else None
        if base is not None:
            start = date(base.year, base.month, base.day)
        elif r.anchor is not None and r.anchor.date is not None:
            start = r.anchor.date
        else:
            return found
        step = 1 if direction == "following" else -1
        days = next(
            k for k in range(1, 8) if (start + timedelta(days=step * k)).weekday() == weekday
        )
        how = "inferred" if base else "relative"
        return relative_to(found, day_point(start + timedelta(days=step * days)), how)
    if r.anchor is None:
        return found
    return relative_to(found, weekday_point(weekday, r.anchor, direction, r.text, found, r))


def _relative_month(r: Resolution, found: Found, month: int, direction: str) -> Found:
    found.precision = "month"
    anchor = r.anchor
    if anchor is None:
        return found
    if anchor.month is None:
        if direction == "this":
            return relative_to(found, Point("month", anchor.year, month))
        return found
    if direction == "this":
        return relative_to(found, Point("month", anchor.year, month))
    if direction in ("last", "past", "this past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    else:
        year = anchor.year if month > anchor.month else anchor.year + 1
    return relative_to(found, Point("month", year, month))


def _relative_season(r: Resolution, found: Found, word: str, direction: str) -> Found | None:
    found.precision = "season"
    if r.anchor is None:
        return found
    simple = {
        "this past": "last",
        "past": "last",
        "coming": "next",
        "this coming": "next",
        "upcoming": "next",
        "previous": "last",
    }.get(direction, direction)
    if simple not in ("last", "next", "this"):
        return None
    return relative_to(found, season_point(season_code(word), r.anchor, simple, r.text, found))


def end_of_unit(r: Resolution, found: Found, g: Group) -> Found | None:
    unit = g("unit") or "year"  # "year-end", "year's end"
    return r.relative(found, 0, unit.lower(), False)


def weekend(r: Resolution, found: Found, g: Group) -> Found | None:
    found.precision = "week"
    anchor = r.anchor
    if anchor is None or anchor.date is None:
        return found
    today = anchor.date
    if today.weekday() >= 5:
        return relative_to(found, week_point(today, "WE"))
    ahead = is_future(r.text, found.start, found.end) or today.weekday() == 4
    shift_days = 0 if ahead else -7
    return relative_to(found, week_point(today + timedelta(days=shift_days), "WE"))


def deictic_day(r: Resolution, found: Found, g: Group) -> Found | None:
    phrase = re.sub(r"\s+", " ", g("phrase").lower())
    if phrase == "today" and previous_word(r.text, found.start) == "usa":
        return None
    return r.relative(found, deictic_offsets()[phrase], "day", False)


def reference(r: Resolution, found: Found, g: Group) -> Found | None:
    word = re.sub(r"\s+", " ", g("phrase").lower())
    if word == "soon" and (
        previous_word(r.text, found.start) == "as"
        or next_words(r.text, found.end)[0] in ("after", "before")
    ):
        return None  # "as soon as", "soon after": conjunctions, not a time
    if word == "the present" and next_words(r.text, found.end)[0] not in _AFTER_PRESENT:
        return None  # "the present form of the text": an adjective
    value: str = lexicon()["references"][word]
    return r.reference(found, value)


def current(r: Resolution, found: Found, g: Group) -> Found | None:
    return r.reference(found, "PRESENT_REF")
