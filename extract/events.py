"""Dated events: a sentence, or the clause of it that holds a date, tied to that date and to
the actors and places it names.

A sentence with one date is one event. A sentence with several dates ("postponed from October
29 ... fixed for November 18") is cut into clauses at coordinating boundaries, each date going
with its own clause. A dated sentence that names no place inherits the places of the sentence
before it in the same paragraph: news prose keeps its locale ("...the fight for Raqqa... The
issue, released Monday, August 7, warns ... in the group's de facto capital").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from extract.sentence_kinds import dateline_end, is_clutter
from text.timex import Timex

_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whereas|after|before|as)\s+|\s+(?:but|while|whereas)\s+"
)
MIN_CLAUSE_WORDS = 6
MIN_EVENT_WORDS = 4  # words besides the date: fewer is a stamp ("Monday, 7 August 2017"), not news


@dataclass(frozen=True)
class Event:
    start: int
    end: int
    date: str | None  # ISO prefix or None (undated: a relative expression left unresolved)
    precision: str | None  # year | month | week | day
    date_how: str  # explicit | relative | inferred | unresolved
    date_text: str
    sort_key: str | None  # first day the date covers
    actor_keys: tuple[str, ...]
    place_keys: tuple[str, ...]


@lru_cache(maxsize=4096)  # pure, and the same dates recur across an article's sentences
def normalise(value: str | None, precision: str) -> tuple[str, str, str] | None:
    """(date, precision, sort key) for a TimeML value a timeline can place, else None."""
    timex = Timex.parse(value)
    if timex is None or value is None:
        return None
    if timex.precision in ("season", "quarter"):  # "2017-SU", "2017-Q3": no month to show
        return value[:4], "year", f"{value[:4]}-01-01"
    if timex.precision in ("day", "month") or (timex.precision == "week" and len(value) == 8):
        return value, timex.precision, timex.first_day.isoformat()
    if timex.precision == "year" and len(value) == 4:  # not a half year ("2017-H2")
        return value, "year", timex.first_day.isoformat()
    return None  # a decade, a weekend ("2017-W31-WE"), a half year


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Segments between clause breaks; the break itself (", and as") belongs to neither."""
    clauses, cursor = [], start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        clauses.append((cursor, match.start()))
        cursor = match.end()
    clauses.append((cursor, end))
    return [(a, b) for a, b in clauses if b > a]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:—–-":
        start += 1
    while end > start and text[end - 1] in " ,;:—–-":
        end -= 1
    return start, end


class _Spans:
    """Mentions sorted by start, to take those inside a span in O(log n + k)."""

    def __init__(self, mentions: Sequence, key) -> None:
        ordered = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in ordered]
        self.items = [(m.end, key(m)) for m in ordered]

    def keys_inside(self, start: int, end: int) -> tuple[str, ...]:
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end, first)
        if first == last:
            return ()
        return tuple(dict.fromkeys(k for e, k in self.items[first:last] if e <= end))


def find_events(
    text: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence,
    actors: Sequence,
    places: Sequence,
    paragraph_starts: Sequence[int] = (),
    published_how: str | None = None,
) -> list[Event]:
    """Events of an article from its sentences and the mentions found in it.

    dates: DateMention-like (start, end, text, value, precision, how); actors: ActorMention-like
    (start, end, actor.key); places: PlaceMention-like (start, end, place.key). Linear in the
    number of sentences and mentions: each lookup is a bisection over sorted starts.
    """
    events: list[Event] = []
    paragraph_starts = sorted(paragraph_starts)
    actor_spans = _Spans(actors, lambda m: m.actor.key)
    place_spans = _Spans(places, lambda m: m.place.key)
    date_list = sorted(dates, key=lambda d: d.start)
    date_starts = [d.start for d in date_list]
    # the sentence before, in the same paragraph; its places are looked up only when needed
    previous: tuple[int, int] | None = None
    previous_paragraph = -1
    for s_start, s_end in sentences:
        paragraph = bisect.bisect_right(paragraph_starts, s_start)
        if paragraph != previous_paragraph:
            previous, previous_paragraph = None, paragraph
        first = bisect.bisect_left(date_starts, s_start)
        last = bisect.bisect_left(date_starts, s_end, first)
        if first == last:  # no date: most sentences
            previous = (s_start, s_end)
            continue
        # A wire dateline ("BEIRUT | Mon May 24, 2010 (Reuters) -") is no part of the event, and
        # its date is the publication stamp; page furniture holds no event at all.
        prose = dateline_end(text, s_start, s_end)
        if prose >= s_end or is_clutter(text[prose:s_end]):
            previous = (s_start, s_end)
            continue
        in_sentence = [d for d in date_list[first:last] if d.start >= prose and d.end <= s_end]
        words = len(text[prose:s_end].split()) - sum(len(d.text.split()) for d in in_sentence)
        if not in_sentence or words < MIN_EVENT_WORDS:
            previous = (s_start, s_end)
            continue
        s_start = prose
        sentence_places = place_spans.keys_inside(s_start, s_end)
        usable = []
        for mention in in_sentence:
            normal = normalise(mention.value, mention.precision)
            if normal is not None or mention.how == "unresolved":
                usable.append((mention, normal))
        if usable:
            distinct = {normal for _, normal in usable if normal}
            clauses = _clauses(text, s_start, s_end) if len(distinct) > 1 else [(s_start, s_end)]
            for mention, normal in usable:
                c_start, c_end = next(
                    ((a, b) for a, b in clauses if a <= mention.start < b), (s_start, s_end)
                )
                if len(text[c_start:c_end].split()) < MIN_CLAUSE_WORDS:
                    c_start, c_end = s_start, s_end
                c_start, c_end = _trim(text, c_start, c_end)
                clause_actors = actor_spans.keys_inside(c_start, c_end)
                clause_places = place_spans.keys_inside(c_start, c_end)
                if not sentence_places:
                    clause_places = place_spans.keys_inside(*previous) if previous else ()
                how = mention.how
                if normal is None:
                    date = precision = sort_key = None
                    how = "unresolved"
                else:
                    date, precision, sort_key = normal
                    if how == "relative" and published_how == "inferred":
                        how = "inferred"
                events.append(
                    Event(
                        c_start,
                        c_end,
                        date,
                        precision,
                        how,
                        mention.text,
                        sort_key,
                        clause_actors,
                        clause_places,
                    )
                )
        previous = (s_start, s_end)  # only the immediately preceding sentence counts
    return _dedupe(events)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (clause, date): "on 3 July ... on July 3" in one clause is one event."""
    seen, out = set(), []
    for event in events:
        key = (event.start, event.end, event.date)
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out
