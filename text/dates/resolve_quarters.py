"""Resolvers of quarters and half years, as financial news writes them: "the third quarter of
2016", "Q2", "the year-ago period", "the first half of next year". One function per rule of
rules.txt, named as the rule."""

from __future__ import annotations

import re

from text.dates.lexicon import lexicon, relative_counts
from text.dates.points import Found, Point, from_anchor, shift
from text.dates.resolution import Group, Resolution, explicit, quarter_point, relative_to, year_of


def ordinal_quarter(r: Resolution, found: Found, g: Group) -> Found | None:
    found.precision = "quarter"
    anchor = r.anchor
    number = lexicon()["ordinals"][g("ordinal").lower()]
    year = year_of(g("year_before") or g("year") or g("year_after_comma"))
    direction = g("direction_before") or g("direction")
    if year is not None:
        return r.quarter(explicit(found, quarter_point(number, year, anchor)))
    if direction and anchor is not None:
        year = anchor.year + relative_counts()[direction.lower()]
        return r.quarter(relative_to(found, Point("quarter", year, part=f"Q{number}")))
    return r.quarter(relative_to(found, quarter_point(number, None, anchor)))


def q_quarter(r: Resolution, found: Found, g: Group) -> Found | None:
    found.precision = "quarter"
    year = year_of(g("year"))
    point = quarter_point(int(g("quarter")[1]), year, r.anchor)
    return r.quarter(explicit(found, point) if year else relative_to(found, point))


def half_year(r: Resolution, found: Found, g: Group) -> Found | None:
    anchor = r.anchor
    found.precision = "year"
    part = "H1" if g("which").lower() in ("first", "1st") else "H2"
    if g("year"):
        return explicit(found, Point("year", int(g("year")), part=part))
    if anchor is None:
        return found
    year = anchor.year + relative_counts()[g("direction").lower()]
    return relative_to(found, Point("year", year, part=part))


def quarter_anaphor(r: Resolution, found: Found, g: Group) -> Found | None:
    """ "the quarter", "the latest period", "the year-ago quarter", "last quarter"."""
    found.precision = "quarter"
    if g("year_ago"):
        return _quarter_relative(r, found, "year ago", "")
    modifier = re.sub(r"[\s-]+", " ", g("modifier").lower()).strip()
    if g("ordinal"):  # "the year-ago third quarter"
        number = lexicon()["ordinals"][g("ordinal").lower()]
        base = quarter_point(number, None, r.anchor)
        point = shift(base, -1, "year") if base else None
        return r.quarter(relative_to(found, point, "relative"))
    return _quarter_relative(r, found, modifier, g("unit").lower())


def _quarter_relative(r: Resolution, found: Found, modifier: str, unit: str) -> Found | None:
    words = modifier.split()
    determiner = words[0] if words and words[0] in ("the", "its") else ""
    words = [w for w in words if w not in ("the", "its", "fiscal")]
    antecedent = r.last_quarter
    if "year" in words:
        # "the year-ago quarter", "year-earlier" results: the quarter named before, a year
        # back; with no quarter named, the year before publication.
        if antecedent is not None:
            return relative_to(found, shift(antecedent, -4, "quarter"), "inferred")
        if unit or r.anchor is None:
            return None if unit else found
        return relative_to(found, from_anchor(r.anchor, -1, "year"))
    kind = " ".join(words)
    if kind in ("", "latest", "most recent", "same", "that", "comparable", "corresponding"):
        # Anaphoric: a date only when a quarter was named before ("a quarter of the city").
        if antecedent is None or not (determiner or kind):
            return None
        return relative_to(found, antecedent, "inferred")
    if unit == "period" or r.anchor is None:
        return None if unit == "period" else found
    count = relative_counts().get(kind, 0)
    return relative_to(found, from_anchor(r.anchor, count, "quarter"))


def quarter_of_year(r: Resolution, found: Found, g: Group) -> Found | None:
    """ "the 1988 period", "last year's quarter": the quarter named before, in that year."""
    found.precision = "quarter"
    anchor = r.anchor
    explicit_year = g("year") is not None
    if not explicit_year and anchor is None:
        return found
    if explicit_year:
        year = int(g("year"))
    else:
        assert anchor is not None
        year = anchor.year + relative_counts()[g("direction").lower()]
    antecedent = r.last_quarter
    if antecedent is None:
        return explicit(found, Point("year", year)) if explicit_year else None
    return relative_to(found, Point("quarter", year, part=antecedent.part), "inferred")
