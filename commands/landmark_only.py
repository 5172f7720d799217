"""Whether a report names its place subject only as a landmark: "near X", "toward X", "outside
X", "north of X", never as where its event happens ("in X", "at X", "X" as what is struck).

Why: of the entry audit's held-out place entries, 18.5% fail "a real event about the subject"
against 2.9% on dev, and the dev reasons for it say mostly that the place is named in passing;
a place named after a landmark's preposition or a direction fails that field about three times
as often as one named after "in" or "at" (the dev verdicts of bench/timeline_audit.json). A
signal for actors and places together measured neutral (docs/QUALITY.md, Timeline entries), its
places of fighting gaining and its actors losing: this is its places' part alone. Such a report,
in an article not about the place (naming it in its title or first ABOUT_CHARS characters), is
never refused: another report of its day naming the place in full tells the day instead, else
the day is told after the other days (commands/timeline_entries.dated_entries). No parser: the
role is read from the words right before each mention. The words are data: [landmark
prepositions of a place], [words of a landmark's phrase] and [compass words] of
commands/timeline_entries.txt."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from commands.timeline_reports import entry_sections, section_words

# How far into an article the place, named there, makes the article one about it: the title
# and lead of a news story (first named in the first 600 characters: 12% of such reports fail
# the event field against 22%).
ABOUT_CHARS = 600
# How many words of the name's own phrase may stand between a landmark's preposition and the
# name ("near the town of X"), as in commands/in_passing.py
PHRASE_WORDS = 4
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")


@cache
def _landmarks() -> frozenset[str]:
    return frozenset(
        w.lower() for w in entry_sections().get("landmark prepositions of a place", ())
    )


@cache
def _phrase() -> frozenset[str]:
    """The words of the name's own phrase that may stand between the preposition and it."""
    return frozenset(w.lower() for w in entry_sections().get("words of a landmark's phrase", ()))


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


def _a_landmark(text: str, start: int) -> bool:
    """The name at start is the object of a landmark's preposition, past at most PHRASE_WORDS
    words of its own phrase, or after a direction from it ("north of X")."""
    if _compass().search(text[:start]):
        return True
    for word in reversed(_TOKEN.findall(text[:start])[-(PHRASE_WORDS + 1) :]):
        low = word.lower()
        if low in _landmarks():
            return True
        if low in _phrase() or word[:1].isupper():
            continue
        return False
    return False


def only_as_a_landmark(text: str, mentions: Sequence[tuple[int, int]]) -> bool:
    """Whether every mention of the place (their starts and ends in text) names it as a
    landmark: "near X", "toward X", "north of X". False when the text names it nowhere."""
    return bool(mentions) and all(_a_landmark(text, start) for start, _ in mentions)
