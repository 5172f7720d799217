"""Resolvers of calendar dates: written-out days, months, seasons, years and decades, with or
without their year. One function per rule of rules.txt, named as the rule."""

from __future__ import annotations

import re

from text.dates.context import UPPER_WORD, next_words, previous_word
from text.dates.lexicon import lexicon, season_code
from text.dates.points import Found, Point, day_point
from text.dates.resolution import (
    Group,
    Resolution,
    explicit,
    month_only,
    narrative_day,
    point_or_none,
    relative_to,
    same_month_day,
    season_point,
    weekday_point,
    year_of,
)
from text.dates.resolution import (
    day_month as resolve_day_month,
)


def iso_date(r: Resolution, found: Found, g: Group) -> Found | None:
    return explicit(found, point_or_none(int(g("year")), int(g("month")), int(g("day"))))


def numeric_month_day(first: int, second: int) -> tuple[int, int] | None:
    """(month, day) of a date written in numbers, day first or month first as the numbers
    allow ("31/7", "7/31", "5/5"); None when it reads both ways ("5/6": May or June, by the
    writer) or neither."""
    if first > 12 and second <= 12:
        return second, first
    if second > 12 and first <= 12:
        return first, second
    if first == second and first <= 12:
        return first, second
    return None


def numeric_date(r: Resolution, found: Found, g: Group) -> Found | None:
    a, b, year = int(g("first")), int(g("second")), int(g("year"))
    month_day = numeric_month_day(a, b)
    if month_day is not None:
        return explicit(found, point_or_none(year, *month_day))
    # 5/6/2017 is May or June depending on the writer: only the year is certain.
    return explicit(found, Point("year", year)) if a <= 12 and b <= 12 else None


_NAME_AFTER_DATE = re.compile(r"[ \t]+(?:([A-Z][\w'’-]*)[ \t]+)?([A-Za-z]+)\b")
_THE_BEFORE_DATE = re.compile(r"\bthe(?:[ \t]+[\w'’-]+){0,2}[ \t]+$", re.IGNORECASE)


def names_a_thing(r: Resolution, found: Found) -> bool:
    """A yearless day and month inside a name ("April 7th Street", "the February 17 Martyrs
    Brigade", "the March 8 coalition") names a street, a group or a camp, not a day: no event
    of that day is told, and its year would be guessed from the page's."""
    match = _NAME_AFTER_DATE.match(r.text, found.end, min(len(r.text), found.end + 60))
    if match is None:
        return False
    capitalised, head = match.group(1), match.group(2)
    named = r.context["day_month_name_heads"]
    if head[0].isupper() and head.lower() in named:
        return True
    if capitalised and capitalised.lower() in named:
        return True
    after_the = r.context["day_month_name_heads_after_the"]
    last = head if capitalised is None else capitalised
    return last.lower() in after_the and bool(
        _THE_BEFORE_DATE.search(r.text, max(0, found.start - 40), found.start)
    )


def _in_its_story(
    r: Resolution, found: Found | None, weekday: int | None, year: int | None
) -> Found | None:
    """A yearless day+month continuing a story told in a past year takes that year, where the
    publication date gave it another."""
    if year is not None or found is None or found.point is None or found.month_day is None:
        return found
    chosen = narrative_day(r, found, weekday, *found.month_day) or same_month_day(
        r, found, weekday, *found.month_day
    )
    if chosen is None:
        return found
    found.in_story = True
    if day_point(chosen) == found.point:
        return found
    return relative_to(found, day_point(chosen), "inferred")


def day_month(r: Resolution, found: Found, g: Group) -> Found | None:
    weekday, month = r.weekday(g("weekday")), r.month(g("month"))
    day, year = int(g("day").rstrip("stndrh")), year_of(g("year"))
    if year is None and names_a_thing(r, found):
        return None
    return _in_its_story(
        r, resolve_day_month(found, weekday, month, day, year, r.anchor, r.text), weekday, year
    )


def month_day(r: Resolution, found: Found, g: Group) -> Found | None:
    # the same groups as day_month's rule, written month first: resolved alike
    return day_month(r, found, g)


def month_year(r: Resolution, found: Found, g: Group) -> Found | None:
    return explicit(found, Point("month", int(g("year")), r.month(g("month"))))


def decade(r: Resolution, found: Found, g: Group) -> Found | None:
    word = g("word")
    if word:
        start = 1900 + 10 * lexicon()["decade_words"][word.lower()]
        return explicit(found, Point("decade", start))
    raw = g("digits").replace("’", "'").rstrip("s").rstrip("'")
    if len(raw) == 4:
        if raw.endswith("00") and raw != "2000":
            return None  # "the 1800s" is a century, which this tagger does not emit
        return explicit(found, Point("decade", int(raw)))
    digits = int(raw.lstrip("'"))
    if not raw.startswith("'") and not r.grammar.modifier.search(
        r.text, max(0, found.start - 20), found.start
    ):
        return None  # "in their 80s" is an age
    century = 2000 if digits < 30 else 1900
    return explicit(found, Point("decade", century + digits))


def season_year(r: Resolution, found: Found, g: Group) -> Found | None:
    return explicit(found, Point("season", int(g("year")), part=season_code(g("season").lower())))


def year_in_words(r: Resolution, found: Found, g: Group) -> Found | None:
    said = re.sub(r"[\s-]+", " ", g("words").lower())
    lex = lexicon()
    tokens = said.split()
    if tokens[:2] == ["two", "thousand"]:
        rest = [t for t in tokens[2:] if t != "and"]
        if not rest and previous_word(r.text, found.start) not in ("year", "in", "since"):
            return None
        year = 2000 + sum(lex["year_teens"].get(t, 0) + lex["year_units"].get(t, 0) for t in rest)
        return explicit(found, Point("year", year))
    rest = [t for t in tokens[1:] if t != "and"]
    if rest[:1] == ["hundred"]:
        rest = rest[1:]
    tail = sum(
        lex["year_tens"].get(t, 0) + lex["year_teens"].get(t, 0) + lex["year_units"].get(t, 0)
        for t in rest
    )
    return explicit(found, Point("year", 1900 + tail))


def season(r: Resolution, found: Found, g: Group) -> Found | None:
    found.precision = "season"
    # "summer" alone is a date only after a preposition: "in the summer", not "summer camp"
    if previous_word(r.text, found.start) not in r.context["season_cues_before"]:
        return None
    if r.anchor is None:
        return found
    code = season_code(g("season").lower())
    return relative_to(found, season_point(code, r.anchor, "", r.text, found))


def weekday(r: Resolution, found: Found, g: Group) -> Found | None:
    word = g("name")
    before = previous_word(r.text, found.start)
    after, after2 = next_words(r.text, found.end)
    blocked_after = r.context["weekday_blocked_after"]
    if before in r.context["weekday_blocked_before"] or before in ("every", "each"):
        return None
    if (after in blocked_after or f"{after} {after2}" in blocked_after) and r.text[
        found.end : found.end + 1
    ] == " ":
        return None
    if r.anchor is None or r.anchor.date is None:
        return found
    day = r.grammar.weekdays[word.lower()]
    return relative_to(found, weekday_point(day, r.anchor, "", r.text, found, r))


def month(r: Resolution, found: Found, g: Group) -> Found | None:
    word = g("name")
    before = previous_word(r.text, found.start)
    cued = before in r.context["month_cues_before"] or r.text[
        max(0, found.start - 4) : found.start
    ].lower().endswith("mid-")
    if before in ("every", "each"):
        return None
    if word.title() in lexicon()["months_needing_cue"] and not cued:
        return None
    if not cued:
        following = UPPER_WORD.match(r.text, found.end)
        if following and following.group(1).lower() not in r.grammar.months:
            return None  # "April Glaspie", "June Carter"
    found.month_day = (r.month(word), 0)
    return month_only(found, r.month(word), r.anchor, r.text)


def year(r: Resolution, found: Found, g: Group) -> Found | None:
    number = int(g("year"))
    before = previous_word(r.text, found.start)
    after, after2 = next_words(r.text, found.end)
    ctx = r.context
    if before in ctx["year_blocked_before"] or after in ctx["year_blocked_after"]:
        return None
    if f"{after} {after2}" in ctx["year_blocked_after"]:
        return None
    if not 1900 <= number <= 2099 and before not in ctx["year_cues_before"]:
        return None
    return explicit(found, Point("year", number))
