"""Whether a report names its subject only in passing: as where or near where something else
happens, as the owner or name of a thing in a prepositional phrase, or in a clause giving the
reason or circumstance of another's event, never as the dated event's actor or place.

Why: of the entry audit's dev entries judged no event about their subject, the largest class
named it this way ("IS mobilising in the village of Qabaseen near Al-Bab city", "footage from
Gadhafi's Tripoli compound", "went to war because it removed Saddam Hussein"); when another
report of the same date names the subject as its actor or place, that one tells the subject's
day. A report so named gives way to such a report of its rank
(commands/timeline_entries.representative) and is never refused: no date is dropped for it.
One kind is refused (only_as_a_precedent): a subject named only in a comparison with another
time or place, the date's words outside it ("on Friday in a manner similar to deals ... such as
Daraya"), is the precedent, and the date is never its own. The words are data: the [passing
prepositions], [passing prepositions of an actor], [passing clause openers] and [precedent
openers] of commands/timeline_entries.txt."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from commands.timeline_reports import entry_sections, section_words

# How many words of the name's own phrase may stand between the preposition and the name
# ("near the besieged Al-Bab", "from Gadhafi's Tripoli compound", "at the Dorvan residence"):
# determiners, possessives and capitalised words only; any other word (a verb, a noun) ends
# the phrase, and the name is then not the preposition's.
PHRASE_WORDS = 4
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
_DETERMINERS = frozenset(
    ("the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those")
)
_POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])\Z")
# where a clause ends: a comma, semicolon or colon, or a dash between spaces
_CLAUSE_STOP = re.compile(r"[,;:]|\s[-\u2013\u2014]+\s")


@cache
def _prepositions(actor: bool) -> frozenset[str]:
    sections = entry_sections()
    words = set(sections.get("passing prepositions", ()))
    if actor:
        words |= set(sections.get("passing prepositions of an actor", ()))
    return frozenset(w.lower() for w in words)


@cache
def _openers() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{section_words('passing clause openers')})\b", re.IGNORECASE)


def _after_a_passing_preposition(text: str, start: int, actor: bool) -> bool:
    """The name at start is the object of a passing preposition, past at most PHRASE_WORDS
    words of its own phrase."""
    before = _TOKEN.findall(text[:start])
    for word in reversed(before[-(PHRASE_WORDS + 1) :]):
        low = word.lower()
        if low in _prepositions(actor):
            return True
        if low in _DETERMINERS or _POSSESSIVE.search(word) or word[:1].isupper():
            continue
        return False
    return False


@cache
def _precedent_openers() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{section_words('precedent openers')})\b", re.IGNORECASE)


def clause_around(
    text: str,
    start: int,
    openers: re.Pattern[str] | None = None,
    stops: re.Pattern[str] = _CLAUSE_STOP,
) -> tuple[int, int, int] | None:
    """The clause holding the name at start: opened by the last [passing clause openers] word
    (or one of openers) before it with no comma, semicolon, colon or dash (or one of stops)
    between them, and ended by the next stop or the sentence's end. (opener's start, opener's
    end, clause's end), or None when the name lies in no such clause."""
    opened = None
    for match in (openers or _openers()).finditer(text, 0, start):
        opened = match
    if opened is None or stops.search(text, opened.end(), start):
        return None
    stop = stops.search(text, start)
    return opened.start(), opened.end(), stop.start() if stop is not None else len(text)


def in_a_clause_without_the_date(
    text: str,
    start: int,
    said: int,
    openers: re.Pattern[str] | None = None,
    stops: re.Pattern[str] = _CLAUSE_STOP,
) -> bool:
    """The name at start lies in a clause opened by a [passing clause openers] word (or one of
    openers) and ended by a comma, semicolon, colon, dash (or one of stops) or the sentence's
    end (clause_around), and the date's words (at said) lie outside it."""
    clause = clause_around(text, start, openers, stops)
    return clause is not None and said >= 0 and not clause[0] <= said < clause[2]


def in_passing_after_a_preposition(text: str, start: int) -> bool:
    """Whether the name at start is the object of a preposition of place or owner an actor is
    named in passing after ([passing prepositions] and [passing prepositions of an actor]:
    "In Orsk on Thursday", "from Varga's compound")."""
    return _after_a_passing_preposition(text, start, actor=True)


def in_passing(text: str, mentions: Sequence[tuple[int, int]], date_text: str, actor: bool) -> bool:
    """Whether every mention of the subject (their spans in text) is in passing: after a
    passing preposition (for an actor, also a preposition of place or owner), or in a clause
    of reason or circumstance the date's words lie outside. False when the text does not name
    the subject (a report carried to it is judged elsewhere)."""
    if not mentions:
        return False
    said = text.find(date_text) if date_text else -1
    return all(
        _after_a_passing_preposition(text, start, actor)
        or in_a_clause_without_the_date(text, start, said)
        for start, _ in mentions
    )


def compares(text: str) -> bool:
    """Whether the text opens a comparison with another time or place ([precedent openers]):
    one search, which most sentences fail, asked before their mentions are looked for."""
    return _precedent_openers().search(text) is not None


def only_as_a_precedent(text: str, mentions: Sequence[tuple[int, int]], date_text: str) -> bool:
    """Whether every mention of the subject (their spans in text) lies in a comparison with
    another time or place (a [precedent openers] clause: "in a manner similar to deals ... in
    other suburbs such as Daraya"), the date's words outside it: the subject is the precedent,
    and the date another event's. Unlike a mention in passing, such a report is refused (the
    entry audit's one such dev entry had no other report naming the subject). False when the
    text does not name the subject, or names no comparison (one search, most sentences)."""
    if not mentions or not compares(text):
        return False
    said = text.find(date_text) if date_text else -1
    return said >= 0 and all(
        in_a_clause_without_the_date(text, start, said, _precedent_openers())
        for start, _ in mentions
    )
