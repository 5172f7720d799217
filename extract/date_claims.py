"""The day a report gives a named event: "the chemical attack on Ghouta on 21 August", "an
August 21 chemical weapons attack on the outskirts of Damascus", "the Qamishli bombing on
27 July". Two reports of one named event that give different days disagree on its date.

A date claim is read only where the event is identifiable from the sentence: a singular event
noun of a kind of violence that is a single incident (a bombing, a chemical attack, a
massacre: claims.json "dates"), the place it hit, and the day of the month written next to
them. A weekday ("on Wednesday") or "yesterday" is left out: its day is worked out from the
publication date, and a difference there may be the arithmetic's, not the reports'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from extract.claim_words import NAME, alternation, key, lexicon
from extract.claims import Claim, causes
from text.data import json_file
from text.timex import label


@dataclass(frozen=True)
class _Words:
    hint: re.Pattern[str]  # an event noun: most sentences have none, and are passed by
    identifying: frozenset[str]  # the causes that name one incident
    window_days: int


@cache
def _words() -> _Words:
    data = json_file("extract", "claims.json")["dates"]
    hint = re.compile(rf"\b(?:{alternation(data['event_nouns'])})\b", re.I)
    return _Words(hint, frozenset(data["identifying_causes"]), int(data["window_days"]))


@cache
def _named() -> tuple[re.Pattern[str], ...]:
    """A named event with its day, in the forms read: long patterns, compiled only when a
    sentence holds an event noun (most dated sentences a timeline shows have none)."""
    data = json_file("extract", "claims.json")["dates"]
    months = alternation(json_file("extract", "claims.json")["numbers"]["months"])
    # case-insensitive parts in (?i:...): a place's name is still told by its capital
    day = (
        rf"(?P<day>(?i:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})"
        rf"|(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?)"
    )
    noun = rf"(?P<noun>(?i:{alternation(data['event_nouns'])}))"
    mods = r"(?P<mods>(?:[\w’'-]+\s+){0,3}?)"
    # where: the place, after a site the event hit ("at a wedding in the town of Karsk")
    at = (
        r"(?:(?i:on|at|in|near|targeting)\s+(?i:an?|the)\s+(?:[\w’'-]+\s+){0,2}?)?"
        rf"(?i:on|in|at|near|against|targeting|outside)\s+(?:the\s+)?"
        rf"(?:(?i:{alternation(data['place_heads'])})\s+of\s+)?(?P<place>{NAME})"
    )
    the = r"\b(?i:the|an?)\s+"
    # the day of the killing the event did: ", in which 108 people were killed on 25 May"
    toll = (
        r"(?:\s*,?\s+(?i:in\s+which|which|that|when)\s+(?:[\w’'-]+\s+){0,5}?"
        r"(?i:killed|died|wounded|injured|left)(?:\s+[\w’'-]+){0,4}?)?"
    )
    named = (
        # "the chemical attack on Ghouta on 21 August", "the bombing in Qamishli, on July 27"
        re.compile(rf"{the}{mods}{noun}\s+{at}{toll}\s*,?\s+(?:(?i:on)\s+)?{day}\b"),
        # "the town of Karsk where a chemical attack killed 90 people on April 4"
        re.compile(
            rf"(?P<place>{NAME})\s*,?\s+(?i:where|when)\s+(?i:an?|the)\s+{mods}{noun}"
            rf"\s+(?i:killed|left|wounded|injured)(?:\s+[\w’'-]+){{0,4}}?\s+(?i:on)\s+{day}\b"
        ),
        # "an August 21 chemical weapons attack on the outskirts of Damascus"
        re.compile(rf"{the}{day}\s+{mods}{noun}\s+{at}"),
        # "the Qamishli bombing on 27 July"
        re.compile(rf"{the}(?P<place>{NAME})\s+{mods}{noun}\s*,?\s+(?i:on|of)\s+{day}\b"),
    )
    return named


def window_days() -> int:
    """Days two reports' dates may lie apart and still be of one event."""
    return _words().window_days


def _month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a written day ("21 August", "Aug. 21, 2013"), with the temporal
    tagger's month names (text/dates/lexicon.json)."""
    from text.dates.lexicon import lexicon as date_words  # here: only a claimed day needs it

    names = {**date_words()["months"], **date_words()["month_abbreviations"]}
    words = (w.title() for w in re.findall(r"[A-Za-z]+", text))
    month = next((names[w] for w in words if w in names), None)
    found = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", text)
    return (month, int(found.group(1))) if month and found else None


def said_day(day: str) -> str:
    """ "2013-08-21" -> "on 21 Aug 2013", as every date is told to people (text/timex.py)"""
    return f"on {label(day)}"


@lru_cache(maxsize=20_000)
def date_claim(sentence: str, day: str) -> Claim | None:
    """The claim that a named event happened on day (the ISO day the sentence is dated to),
    when the sentence names the event and writes that day next to it; else None."""
    words = _words()
    if len(day) != 10 or not words.hint.search(sentence) or lexicon().caption.search(sentence):
        return None
    want = (int(day[5:7]), int(day[8:10]))
    for pattern in _named():
        for match in pattern.finditer(sentence):
            if _month_day(match.group("day")) != want:
                continue  # the day written is another's than the one the sentence is dated to
            place = match.group("place").rstrip(".")
            named = causes(f"{match.group('mods')}{match.group('noun')}")
            kind = next((c for c in named if c in words.identifying), None)
            if kind is None or not place[:1].isupper() or key(place) in _not_places():
                continue
            return Claim(
                "date",
                f"{kind}:{key(place)}",
                said_day(day),
                match.start(),
                match.end(),
                causes=(kind,),
                day=day,
            )
    return None


@cache
def _not_places() -> frozenset[str]:
    """Capitalised words that are no place ("the attack on Wednesday")."""
    return lexicon().not_names
