"""Reports of a subject merged into dated entries, the most independently reported dates first:
what an actor profile lists as its dated events (commands/actor.py). A timeline chooses its
dates with a model instead (commands/timeline.py, commands/salience.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from commands.arguments import iso_date
from commands.citations import Citation
from commands.entries import Entry
from store import chronology
from store import events as event_store
from store.articles import Viewer
from store.generation_cache import GenerationCache
from text.timex import Timex
from text.tokens import terms

if TYPE_CHECKING:
    import sqlite_utils

SAME_EVENT = 0.5  # term-set Jaccard above which two same-date sentences are one event
ADJACENT_DAY_SAME = 0.6  # stricter for reports one day apart
# A journalist's timeline is made of days; a month or a year needs far more support.
PRECISION_WEIGHT = {"day": 1.0, "week": 0.5, "month": 0.3, "year": 0.1}
MAX_DATES = 40
CANDIDATES = 2  # dates read per date wanted, chosen by the support counted at ingest
PER_DATE = 5  # events read per date: enough to merge reports and cite sources
MAX_UNDATED = 50
MAX_SUBJECTS = 16  # of a country's places (and same-named actor), the most reported


def date_bounds(date_from: str | None, date_to: str | None) -> tuple[str, str]:
    """Inclusive sort-key bounds: --to 2017-07 means up to the end of July 2017."""
    date_from, date_to = iso_date(date_from), iso_date(date_to)
    return date_from or "0000", (date_to or "9999") + "-99"


def jaccard(a: set[str], b: set[str]) -> float:
    """|a & b| / |a | b|, the union counted rather than built (a timeline's reports are
    compared pairwise, a thousand pairs an answer)."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def _next_days(date: str) -> tuple[str, ...]:
    """The days before and after a YYYY-MM-DD date (none for anything else)."""
    import datetime as dt

    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return ()
    one = dt.timedelta(days=1)
    return tuple(d.isoformat() for d in (day - one, day + one) if dt.date.min < d < dt.date.max)


def merge(events: list[event_store.EventRow], citations: dict[int, Citation]) -> list[Entry]:
    """Group reports of the same event; collapse adjacent-day near-duplicates."""
    entries: list[Entry] = []
    by_date: dict[str, list[Entry]] = {}
    order: dict[int, int] = {}
    words_of: dict[str, set[str]] = {}
    for ev in events:
        if ev.date is None:
            continue
        words = words_of.get(ev.text)
        if words is None:  # wire copies repeat sentences word for word
            words = words_of[ev.text] = set(terms(ev.text))
        source = (citations[ev.article_id], ev.passage_id)
        target = None
        for entry in by_date.get(ev.date, []):
            if jaccard(words, entry.terms) >= SAME_EVENT:
                target = entry
                break
        if target is None and ev.precision == "day":
            # The first entry (in creation order) one day apart that says the same.
            neighbours = sorted(
                (order[id(entry)], entry)
                for day in _next_days(ev.date)
                for entry in by_date.get(day, ())
            )
            for _, entry in neighbours:
                if entry.precision == "day" and jaccard(words, entry.terms) >= ADJACENT_DAY_SAME:
                    target = entry
                    break
        if target is None:
            target = Entry(
                ev.date,
                ev.precision or "day",
                ev.date_how,
                ev.text,
                ev.sort_key or "",
                [],
                [],
                words,
            )
            order[id(target)] = len(entries)
            entries.append(target)
            by_date.setdefault(ev.date, []).append(target)
        target.event_ids.append(ev.id)
        if all(c.id != source[0].id for c, _ in target.sources):
            target.sources.append(source)
    return entries


def salient(entries: list[Entry], limit: int, counted: dict[str, int] | None = None) -> list[Entry]:
    """The limit most salient dates, one entry each: the most independently reported.

    A date's weight is the number of distinct articles reporting anything on it, so a date
    many sources mention outranks one sentence repeated; a day outranks a month or a year
    with the same support, being more informative. counted: articles per date as counted at
    ingest, when the entries were read from a sample of each date's events.
    """
    support: dict[str, set[int]] = {}
    best: dict[str, Entry] = {}
    for entry in entries:
        support.setdefault(entry.date, set()).update(c.id for c, _ in entry.sources)
        if entry.date not in best or len(entry.sources) > len(best[entry.date].sources):
            best[entry.date] = entry

    # A journalist's timeline is made of days; a month or a year needs far more support.
    def weight(date: str) -> float:
        articles = max(len(support[date]), (counted or {}).get(date, 0))
        return articles * PRECISION_WEIGHT.get(best[date].precision, 0.5)

    ranked = sorted(best, key=lambda d: (-weight(d), best[d].sort_key))
    chosen = [best[d] for d in ranked[:limit]]
    return sorted(chosen, key=lambda e: (e.sort_key, e.date))


def precision_of(date: str) -> str:
    timex = Timex.parse(date)  # a stored timeline date: day, week, month or year
    return timex.precision if timex else "day"


def subject_events(
    db: sqlite_utils.Database,
    actor_ids: tuple[int, ...],
    place_ids: tuple[int, ...],
    viewer: Viewer,
    low: str,
    high: str,
    limit: int | None,
) -> tuple[list[event_store.EventRow], list[event_store.EventRow], dict[str, int]]:
    """(dated events, undated events, articles per date) of a subject, read from the dates
    that can matter: all of them when few, else the most supported by the counts kept at
    ingest, PER_DATE events each, so the cost does not grow with the subject's frequency. A
    subject made of many (a country and its places) counts its MAX_SUBJECTS most reported."""
    keys = [("a", i) for i in actor_ids] + [("p", i) for i in place_ids]
    if len(keys) > MAX_SUBJECTS:
        keys = chronology.most_reported(db, keys, MAX_SUBJECTS, viewer)
    wanted = min(limit or MAX_DATES, MAX_DATES) * CANDIDATES
    # One more than wanted tells whether there are more dates than can be read whole.
    support = _date_support(db, keys, viewer, low, high, wanted + 1)
    dates = sorted(support)
    if len(dates) > wanted:
        dates = sorted(
            dates,
            key=lambda d: (
                -support[d].articles * PRECISION_WEIGHT[precision_of(d)],
                support[d].sort_key,
            ),
        )[:wanted]
    chosen = chronology.support_by_subject(db, keys, support, dates, viewer)
    dated = [
        e
        for e in chronology.events_on_dates(db, chosen, dates, viewer, PER_DATE)
        if e.date and low <= (e.sort_key or "") <= high
    ]
    undated = chronology.undated_events(db, keys, viewer, MAX_UNDATED)
    undated.sort(key=lambda e: (e.article_id, e.start))
    return dated, undated, {d: s.articles for d, s in support.items()}


# The support of the actors asked about, for each audience that asks
_SUPPORT: GenerationCache[dict[str, chronology.DateSupport]] = GenerationCache(256)


def _date_support(
    db: sqlite_utils.Database,
    keys: list[tuple[str, int]],
    viewer: Viewer,
    low: str,
    high: str,
    limit: int,
) -> dict[str, chronology.DateSupport]:
    """chronology.date_support, kept until the store changes for an actor or a curated
    group of actors: choosing the most reported dates sorts all the subject's dates by their
    weight (4,300 for the most reported actor at 100k articles, 5-8 ms; a group's are summed
    by date first, 6,800 for the two most reported), and a profile asks for the same ones
    again and again between two ingests."""

    def read() -> dict[str, chronology.DateSupport]:
        return chronology.date_support(db, keys, viewer, low, high, PRECISION_WEIGHT, limit)

    actors = [i for kind, i in keys if kind == "a"]
    if len(actors) != len(keys):
        return read()  # places: a timeline's, not a profile's
    where, params = viewer.counts_where("d")
    return _SUPPORT.get(db, actors, (where, tuple(params), low, high, limit), read)
