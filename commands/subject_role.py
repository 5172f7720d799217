"""The subject's role in a report's sentence: the one who acts, speaks or is acted on, or the
place where the event happens, or only named in passing, for ranking a timeline's days.

Why: of the entry audit's held-out entries, the field that fails most is "a real event about
the subject" (18% of them against 6% on dev), and the dev verdicts' reasons for it say mostly
one thing: the subject is named only in passing, as a landmark ("near X", "north of X"), as the
owner of another person ("X's adviser"), inside a clause about someone else, or not at all (the
sentence has it from its article's scope). Such an entry fails that field about three times as
often as the rest, unless the article is about the subject (it names it in its title or its
first ABOUT_CHARS characters): then the passing mention is most often its news told again. No
parser: the role is read from the words right before and after each mention. A report named in
passing is never refused: another report of its day naming the subject in full is told
instead, else the day is told after the days whose reports name their subject in full
(commands/timeline_entries.dated_entries). The words are data: [landmark prepositions of a
place], [compass words], [an actor's receiving prepositions], [owned persons], [role clause
openers] and [speaker verbs] of commands/timeline_entries.txt, beside commands/in_passing.py's
[passing prepositions], [passing prepositions of an actor] and [passing clause openers]."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from commands.in_passing import after_a_passing_preposition, in_a_clause_without_the_date
from commands.timeline_reports import entry_sections, section_words

# How far into an article the subject, named there, makes the article one about it: the
# title and lead of a news story (the research's measure: first named in the first 600
# characters, 12% of its reports failing the event field against 22%).
ABOUT_CHARS = 600
# How many words of the name's own phrase may stand between a landmark's preposition and the
# name ("from the besieged town of X"), as in commands/in_passing.py
PHRASE_WORDS = 4
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "of", "town", "city", "village"))
_CLAUSE_STOP = re.compile(r"[,;:]|\s[-\u2013\u2014]+\s")


@cache
def _landmarks() -> frozenset[str]:
    return frozenset(
        w.lower() for w in entry_sections().get("landmark prepositions of a place", ())
    )


@cache
def _compass() -> re.Pattern[str]:
    """A direction from the name right before it: "north of", "south-east of", "northwest of
    the town of"."""
    words = section_words("compass words")
    return re.compile(
        rf"\b(?:{words})(?:-?(?:{words}))?(?:ern|ward)?\s+of\s+(?:the\s+(?:[\w-]+\s+){{0,2}}"
        rf"(?:of\s+)?)?\Z",
        re.IGNORECASE,
    )


@cache
def _clause_openers() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{section_words('role clause openers')})\b", re.IGNORECASE)


@cache
def _speaks() -> re.Pattern[str]:
    """A verb of telling right after the name, or a few words of its phrase after it, no stop
    between ("X said", "X spokesman Dan Orel told"): the subject speaks."""
    return re.compile(
        rf"\A(?:['’]s?)?(?:\s+[\w.'’-]+){{0,3}}?\s+(?:{section_words('speaker verbs')})\b",
        re.IGNORECASE,
    )


@cache
def _received() -> frozenset[str]:
    return frozenset(
        w.lower() for w in entry_sections().get("an actor's receiving prepositions", ())
    )


def _after_a_landmark(text: str, start: int) -> bool:
    """The place's name at start is the object of a landmark's preposition, past at most
    PHRASE_WORDS words of its own phrase, or after a direction from it ("north of X")."""
    if _compass().search(text[:start]):
        return True
    return _after(text, start, _landmarks())


def _after_an_actors_preposition(text: str, start: int) -> bool:
    """The actor's name at start is the object of a passing preposition of an actor
    (commands/in_passing.py) that does not make it the one told or given to ("spoke to X")."""
    return after_a_passing_preposition(text, start, True) and not _after(text, start, _received())


def _after(text: str, start: int, prepositions: frozenset[str]) -> bool:
    """The name at start is the object of one of the prepositions, past at most PHRASE_WORDS
    words of its own phrase."""
    before = _TOKEN.findall(text[:start])
    for word in reversed(before[-(PHRASE_WORDS + 1) :]):
        low = word.lower()
        if low in prepositions:
            return True
        if low in _DETERMINERS or word[:1].isupper():
            continue
        return False
    return False


@cache
def _owned_person() -> re.Pattern[str]:
    """The name as the owner of another person, up to two words between ("X's chief
    counterterrorism adviser", "X's son"): that person is the sentence's, not the subject."""
    return re.compile(
        rf"\A['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{section_words('owned persons')})\b",
        re.IGNORECASE,
    )


def _owns_a_person(text: str, end: int) -> bool:
    """The name ending at end owns a person ([owned persons]): "X's adviser". The name as
    the owner of a thing is left alone: "X's security forces killed", "protests against X's
    rule" tell the owner's day as often as not (docs/QUALITY.md)."""
    return _owned_person().match(text[end:]) is not None


def _in_a_relative_clause(text: str, start: int, said: int) -> bool:
    """The name at start lies in a clause opened by a [role clause openers] word ("who",
    "whose") with no stop between, the date's words outside it."""
    return in_a_clause_without_the_date(text, start, said, _clause_openers(), _CLAUSE_STOP)


def _speaker(text: str, start: int, end: int) -> bool:
    """The name at start..end tells: "X said", "X spokesman Y told", "according to X"."""
    return (
        _speaks().match(text[end:]) is not None or _according_to().search(text[:start]) is not None
    )


@cache
def _according_to() -> re.Pattern[str]:
    return re.compile(r"\baccording\s+to\s+(?:the\s+)?\Z", re.IGNORECASE)


def in_passing_only(
    text: str, mentions: Sequence[tuple[int, int]], date_text: str, actor: bool
) -> bool:
    """Whether the sentence names its subject only in passing: every mention of it (their spans
    in text) a place's landmark ("near X", "toward X", "north of X"), for an actor one after a
    preposition of place or owner (commands/in_passing.py) other than one of receiving ("spoke
    to X"), or the owner of another person ("X's adviser"), or inside a relative clause about
    someone else or a clause of circumstance the date's words lie outside, and none where it
    speaks ("X said", "according to X"). False when it names none (told apart by the caller)."""
    if not mentions:
        return False
    said = text.find(date_text) if date_text else -1
    for start, end in mentions:
        if _speaker(text, start, end):
            return False
        passing = (
            (actor and _after_an_actors_preposition(text, start))
            or (not actor and after_a_passing_preposition(text, start, False))
            or (not actor and _after_a_landmark(text, start))
            or (actor and _owns_a_person(text, end))
            or in_a_clause_without_the_date(text, start, said)
            or _in_a_relative_clause(text, start, said)
        )
        if not passing:
            return False
    return True
