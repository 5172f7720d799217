"""Rule name -> resolver: the RESOLVER lines of rules.txt name these functions."""

from __future__ import annotations

import re
from collections.abc import Callable

from text.dates import resolve_calendar as cal
from text.dates import resolve_quarters as qtr
from text.dates import resolve_relative as rel
from text.dates.points import Found
from text.dates.resolution import Group, Resolution
from text.dates.rules import rules

Resolver = Callable[[Resolution, Found, Group], Found | None]

RESOLVERS: dict[str, Resolver] = {
    resolver.__name__: resolver
    for resolver in (
        cal.iso_date,
        cal.numeric_date,
        cal.day_month,
        cal.month_day,
        cal.month_year,
        cal.decade,
        cal.season_year,
        cal.year_in_words,
        cal.season,
        cal.weekday,
        cal.month,
        cal.year,
        qtr.ordinal_quarter,
        qtr.q_quarter,
        qtr.half_year,
        qtr.quarter_anaphor,
        qtr.quarter_of_year,
        rel.month_of_relative_year,
        rel.ago,
        rel.vague_reference,
        rel.relative,
        rel.end_of_unit,
        rel.weekend,
        rel.deictic_day,
        rel.reference,
        rel.current,
    )
}

_missing = {rule.resolver for rule in rules()} - set(RESOLVERS)
if _missing:
    raise ImportError(f"rules.txt names resolvers that do not exist: {sorted(_missing)}")


def resolve(r: Resolution, match: re.Match[str]) -> Found | None:
    """The mention a scanner match stands for, resolved, or None for a false friend."""
    kind = (match.lastgroup or "k_")[2:]  # the rule's group, "k_<rule>", closes last
    found = Found(match.start(), match.end(), kind)
    rule = r.grammar.rules[kind]
    if rule.title_check and r.titled(found):
        return None
    prefix = f"{kind}__"
    return RESOLVERS[rule.resolver](r, found, lambda name: match.group(prefix + name))
