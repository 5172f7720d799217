"""What is new about a place or an actor since a day: new dated events counted by the day
they happened, new actors seen with it, and its first sighting in the store, every line cited.

Usage: brief SUBJECT [--since WHEN] [--until DAY]. WHEN is a day (2017-06-05), `today`,
`yesterday`, a weekday (`monday`: the latest Monday, today included) or a span back (`3d`,
`2w`); one day back by default, and the window ends today unless --until says otherwise. An
event counts on the day it happened, not the day its article arrived: an article added today
about a battle last year brings nothing new, and a report that arrives late about yesterday
still counts for yesterday. Events dated to a week or a month count when the whole of
it lies in the window. A channel that watches the subject (`watch`) gets the same briefing each
day, counted from the last one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from commands import subjects
from commands.citations import Citation
from commands.entries import Entry
from commands.timeline_entries import dated_entries
from extract.sentence_kinds import is_clutter
from store import events as event_store
from store import sightings
from store.articles import EVERYONE, Viewer, get_article
from text.timex import Timex

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_DAYS = 10  # dates shown, the most reported; every new event is counted in the totals
PER_DATE = 8  # reports read per date shown: enough to pick the clearest and cite sources
MAX_ACTORS = 8
CANDIDATE_ACTORS = 40  # actors of the new events checked for having been seen before
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SPAN = re.compile(r"(\d{1,3})\s*(d|days?|w|weeks?)", re.IGNORECASE)


class BriefingError(ValueError):
    """What is wrong with a briefing request, in one line."""


def since_day(text: str | None, today: date) -> date:
    """The first day of a window from how people say it; one day back when not given."""
    word = (text or "").strip().lower()
    if not word:
        return today - timedelta(days=1)
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    for n, name in enumerate(_WEEKDAYS):
        if name.startswith(word) and len(word) >= 3:
            return today - timedelta(days=(today.weekday() - n) % 7)
    span = _SPAN.fullmatch(word)
    if span:
        n = int(span.group(1)) * (7 if span.group(2).startswith("w") else 1)
        return today - timedelta(days=n)
    try:
        day = date.fromisoformat(word)
    except ValueError:
        raise BriefingError(
            f"since: {text!r} is not a day; give YYYY-MM-DD, today, yesterday, a weekday "
            "or a span such as 3d or 2w"
        ) from None
    if day > today:
        raise BriefingError(f"since: {word} is after today")
    return day


def until_day(text: str | None, today: date) -> date:
    """The last day of a window: YYYY-MM-DD, or today when not given."""
    if not (text or "").strip():
        return today
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        raise BriefingError(f"until: {text!r} is not a day; give YYYY-MM-DD") from None


@dataclass(frozen=True)
class After:
    """What a previous briefing already covered: events up to this id dated up to this day."""

    event: int
    day: date
    article: int = 0


@dataclass(frozen=True)
class Day:
    """One date with new events: its clearest entry and how much is new on it."""

    entry: Entry
    new_events: int
    new_articles: int

    def to_json(self) -> dict[str, object]:
        return {
            **self.entry.to_json(),
            "new_events": self.new_events,
            "new_articles": self.new_articles,
        }


@dataclass(frozen=True)
class NewActor:
    name: str
    date: str
    text: str
    source: Citation

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "date": self.date,
            "text": self.text,
            "sources": [{"article": self.source.to_json()}],
        }


@dataclass(frozen=True)
class FirstSeen:
    """The first article in the store naming the subject, and when it arrived."""

    source: Citation
    arrived: str | None
    new: bool  # it arrived in this briefing's window: the subject itself is new

    def to_json(self) -> dict[str, object]:
        return {"article": self.source.to_json(), "arrived": self.arrived, "new": self.new}


@dataclass(frozen=True)
class Briefing:
    query: str
    subject: subjects.Subject | None
    since: str  # the first day of the window, YYYY-MM-DD
    until: str  # the last day
    days: list[Day] = field(default_factory=list)
    events: int = 0  # new events in the window, on every date (not only those shown)
    dates: int = 0
    new_actors: list[NewActor] = field(default_factory=list)
    first_seen: FirstSeen | None = None
    # "Reports differ" lines (sources disagreeing on a toll, a date, who did it) come from
    # the claims of commands/ once they exist; each a dict with its claims and their sources.
    differ: list[dict[str, Any]] = field(default_factory=list)
    reason: str | None = None  # why it was sent: "daily at 08:00 UTC", "a burst of 6 ..."
    suggestions: list[str] = field(default_factory=list)
    message: str | None = None  # instead of a briefing: an unknown name

    @property
    def empty(self) -> bool:
        """Nothing new to say (a first sighting alone is not news unless it is new)."""
        new_subject = self.first_seen is not None and self.first_seen.new
        return not (self.days or self.new_actors or self.differ or new_subject)

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "subject": self.subject.to_json() if self.subject else None,
            "since": self.since,
            "until": self.until,
            "events": self.events,
            "dates": self.dates,
            "days": [d.to_json() for d in self.days],
            "new_actors": [a.to_json() for a in self.new_actors],
            "first_seen": self.first_seen.to_json() if self.first_seen else None,
            "differ": self.differ,
            "reason": self.reason,
            "suggestions": self.suggestions,
            "message": self.message,
        }


def inner_values(first: date, last: date) -> list[str]:
    """The weeks and months lying wholly in [first, last], as stored dates are written."""
    out: list[str] = []
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    while monday + timedelta(days=6) <= last:
        year, week, _ = monday.isocalendar()
        out.append(f"{year}-W{week:02d}")
        monday += timedelta(days=7)
    month = first if first.day == 1 else (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    while True:
        following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
        if following - timedelta(days=1) > last:
            break
        out.append(f"{month.year}-{month.month:02d}")
        month = following
    return out


def _is_new(event: sightings.WindowEvent, after: After | None) -> bool:
    """Not in a previous briefing: that one saw events up to after.event dated up to after.day."""
    if after is None or event.id > after.event:
        return True
    timex = Timex.parse(event.date)
    return timex is not None and timex.last_day > after.day


def run(
    db: Database,
    subject_text: str,
    viewer: Viewer = EVERYONE,
    first: date | None = None,
    last: date | None = None,
    after: After | None = None,
    reason: str | None = None,
    upto_event: int | None = None,
    subject: subjects.Subject | None = None,
) -> Briefing:
    """The briefing on subject_text for days [first, last] (yesterday and today by default),
    leaving out what `after` says an earlier briefing covered, and events stored after
    upto_event (a scheduled briefing's cut: they are the next one's). subject: what
    subject_text means, when the caller has resolved it already (the scheduler keeps it)."""
    subject_text = " ".join(subject_text.split())[:200]
    last = last or date.today()
    first = min(first or last - timedelta(days=1), last)
    answer = Briefing(subject_text, None, first.isoformat(), last.isoformat(), reason=reason)
    if subject is None and subject_text:
        subject = subjects.best(db, subject_text, viewer)
    if subject is None:
        hints = subjects.suggestions(db, subject_text, viewer=viewer) if subject_text else []
        message = f"no actor or place called {subject_text!r}"
        message += f"; did you mean: {', '.join(hints)}?" if hints else ""
        return Briefing(**{**answer.__dict__, "suggestions": hints, "message": message})
    country = subject.country if subject.place_kind == "country" else None
    keys = sightings.Keys(subject.actor_ids, subject.place_ids, country)
    window = sightings.events_dated(
        db, keys, first.isoformat(), last.isoformat(), inner_values(first, last), viewer
    )
    new = [e for e in window if _is_new(e, after) and (upto_event is None or e.id <= upto_event)]
    by_date: dict[str, list[sightings.WindowEvent]] = {}
    for event in new:
        by_date.setdefault(event.date, []).append(event)
    return Briefing(
        **{
            **answer.__dict__,
            "subject": subject,
            "days": _days(db, by_date, viewer),
            "events": len(new),
            "dates": len(by_date),
            "new_actors": _new_actors(db, keys, [e.id for e in new], viewer),
            "first_seen": _first_seen(db, keys, viewer, (first, last), after),
        }
    )


def _days(
    db: Database, by_date: dict[str, list[sightings.WindowEvent]], viewer: Viewer
) -> list[Day]:
    """The dates with new events, the MAX_DAYS most reported, in the order they happened; each
    told by the new report most like the others of its date, as the timeline tells a date."""
    ranked = sorted(by_date, key=lambda d: (-len({e.article_id for e in by_date[d]}), d))
    chosen = ranked[: MAX_DAYS * 2]  # spares for dates whose reports are all page furniture
    picked: list[int] = []
    for day in chosen:
        # Up to PER_DATE reports, one per article first: the sources of the entry.
        events = sorted(by_date[day], key=lambda e: e.id)
        firsts = list({e.article_id: e.id for e in reversed(events)}.values())
        rest = [e.id for e in events if e.id not in set(firsts)]
        picked += (sorted(firsts) + rest)[:PER_DATE]
    rows = event_store.events_by_id(db, picked)
    reports = {d: len({e.article_id for e in by_date[d]}) for d in chosen}
    entries = dated_entries(
        db, chosen, rows, dict.fromkeys(picked, 0), reports, MAX_DAYS, viewer=viewer
    )
    labels = event_store.event_labels(db, [i for e in entries for i in e.event_ids])
    days = []
    for entry in entries:
        named = [labels.get(event_id, ([], [])) for event_id in entry.event_ids]
        entry.actors = list(dict.fromkeys(n for actors, _ in named for n in actors))
        entry.places = list(dict.fromkeys(n for _, places in named for n in places))
        days.append(Day(entry, len(by_date[entry.date]), reports[entry.date]))
    return sorted(days, key=lambda d: (d.entry.sort_key, d.entry.date))


def _new_actors(
    db: Database, keys: sightings.Keys, new_events: list[int], viewer: Viewer
) -> list[NewActor]:
    """Actors named in the new events and in no other event of the subject the viewer may see,
    each with the sentence it was first seen in; the most reported first."""
    if not new_events:
        return []
    named = sightings.actors_of_events(db, new_events)
    # The actors most reported in the new events first: a commander named in five reports
    # before a commentator quoted once.
    ranked = sorted(named.items(), key=lambda item: (-item[1][1], item[1][0]))
    candidates = [(e, a) for a, (e, _) in ranked if a not in keys.actors][:CANDIDATE_ACTORS]
    among = {a: named[a][1] for _, a in candidates}
    seen = sightings.seen_with(db, keys, among, set(new_events), viewer)
    fresh = [(e, a) for e, a in candidates if a not in seen]
    names = sightings.actor_names(db, [a for _, a in fresh])
    rows = {r.id: r for r in event_store.events_by_id(db, [e for e, _ in fresh])}
    out: list[NewActor] = []
    for event_id, actor_id in fresh:
        row = rows.get(event_id)
        article = get_article(db, row.article_id) if row else None
        if row is None or article is None or is_clutter(row.text):
            continue
        out.append(NewActor(names[actor_id], row.date or "", row.text, Citation.of(article)))
        if len(out) == MAX_ACTORS:
            break
    return out


def _first_seen(
    db: Database,
    keys: sightings.Keys,
    viewer: Viewer,
    window: tuple[date, date],
    after: After | None,
) -> FirstSeen | None:
    """The first article naming the subject; new when it arrived after the last briefing (or,
    asked for, on a day of the window): the subject itself is then news."""
    article_id = sightings.first_article(db, keys, viewer)
    article = get_article(db, article_id) if article_id is not None else None
    if article is None:
        return None
    arrived = sightings.article_arrival(db, article.id)
    if after is not None:
        new = article.id > after.article
    else:
        new = arrived is not None and window[0].isoformat() <= arrived[:10] <= window[1].isoformat()
    return FirstSeen(Citation.of(article), arrived, new)
