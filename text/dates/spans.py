"""Spans in the TimeML manner: a mention takes in the modifiers before it that its rule TAKES
(rules.txt): "late October", "the end of 1990", "fiscal 1989", "about three weeks ago"."""

from __future__ import annotations

import re

from text.dates.grammar import Grammar
from text.dates.points import Found, Point
from text.dates.rules import TAKES, Rule

# What each group of grammar.modifier needs a rule to take: everything a rule may take but
# the of-phrase, which has a pattern of its own.
_MODIFIER_KINDS = TAKES - {"of-phrase"}


def extend(found: Found, text: str, floor: int, grammar: Grammar) -> None:
    """Move found.start back over what its rule takes, never before `floor` (the end of the
    previous mention); "the first half of 2016" also makes the year a half year."""
    rule = grammar.rules[found.kind]
    if rule.takes & _MODIFIER_KINDS:
        for _ in range(2):  # "the fiscal first quarter"
            match = grammar.modifier.search(text, max(floor, found.start - 25), found.start)
            if not match or not _modifier_fits(match, rule, found, text):
                break
            found.start = match.start()
    if "of-phrase" in rule.takes:
        match = grammar.of_phrase.search(text, max(floor, found.start - 30), found.start)
        if match:
            found.start = match.start()
            phrase = re.sub(r"\s+", " ", match.group("of").lower())
            point = found.point
            if (
                point is not None
                and point.precision == "year"
                and not point.part
                and "half" in phrase
            ):
                half = "H1" if phrase.startswith("first") else "H2"
                found.point = Point("year", point.year, part=half)


def _modifier_fits(match: re.Match[str], rule: Rule, found: Found, text: str) -> bool:
    takes = rule.takes
    if match.group("fiscal"):
        return "fiscal" in takes
    if match.group("theyear"):
        return "the-year" in takes
    if match.group("approx"):
        return "approximately" in takes
    if match.group("the"):
        if "the-unless-hyphenated" in takes:
            return "-" not in text[found.start : found.end]  # "the third-quarter loss"
        return "the" in takes
    if "modifier" in takes:
        return True
    return "early-late" in takes and match.group("mod").lower() in (
        "early",
        "earlier",
        "late",
        "later",
    )
