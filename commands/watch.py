"""Watch a place or an actor in a channel: a cited briefing of what is new about it each day at
the time the channel chose, and at once when a burst of articles about it arrives.

Usage: watch SUBJECT [--at HH:MM] [--tz ZONE]; `watch` alone (or --list) lists the watches.
The time is the channel's choice in the time zone given (an IANA name such as Asia/Beirut; UTC
by default), 08:00 by default; watching a subject again changes its time. A briefing is made
for the channel's eyes: articles of another private conversation never reach it. `unwatch
SUBJECT` stops it. From a terminal, --channel names the Slack channel that gets the briefings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from commands import subjects
from commands.watches import (
    MAX_WATCHES,
    WatchError,
    describe,
    local_day,
    next_daily,
    parse_at,
    parse_tz,
    subject_key,
)
from store import watches
from store.articles import Viewer
from store.db import as_database

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Watched:
    watch: watches.Watch
    created: bool
    message: str

    def to_json(self) -> dict[str, object]:
        return {"watch": self.watch.to_json(), "created": self.created, "message": self.message}


def run(
    db: Database,
    subject_text: str,
    team: str,
    channel: str,
    made_by: str,
    now: float,
    at: str | None = None,
    tz: str | None = None,
) -> Watched:
    """Watch subject_text in channel; the subject must be a place or an actor the channel
    can see. The first briefing counts from the day before."""
    name = " ".join(subject_text.split())[:200]
    if not name:
        raise WatchError("watch what? give a place or an actor, such as `watch Raqqa`")
    at_minute, zone = parse_at(at), parse_tz(tz)
    store = as_database(db)
    viewer = Viewer(team=team, conversation=channel)
    subject = subjects.best(db, name, viewer)
    if subject is None:
        hints = subjects.suggestions(db, name, viewer=viewer)
        raise WatchError(
            f"no actor or place called {name!r}"
            + (f"; did you mean: {', '.join(hints)}?" if hints else "")
        )
    key = subject_key(subject)
    full = len(watches.listed(store, team, channel)) >= MAX_WATCHES
    if full and watches.get(store, team, channel, key) is None:
        raise WatchError(f"this channel already watches {MAX_WATCHES} subjects; unwatch one")
    day = local_day(now, zone)
    # The first briefing tells what happened since yesterday: no event counts as seen yet,
    # while a burst counts articles from now.
    start = watches.current_cut(store, now, (day - timedelta(days=1)).isoformat())
    start = watches.Cut(start.at, 0, start.article, start.day)
    watch, created = watches.save(
        store, team, channel, subject.name, key, (at_minute, zone), made_by, now,
        next_daily(now, at_minute, zone), start,
    )  # fmt: skip
    verb = "Watching" if created else "Still watching"
    return Watched(watch, created, f"{verb} {describe(watch)}: new events, new actors, cited")


@dataclass(frozen=True)
class Listing:
    watches: list[watches.Watch] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"watches": [w.to_json() for w in self.watches]}


def listing(db: Database, team: str | None = None, channel: str | None = None) -> Listing:
    """The watches of a channel, of a workspace, or (team None, a terminal) all of them."""
    return Listing(watches.listed(as_database(db), team, channel))


__all__ = ["Listing", "WatchError", "Watched", "describe", "listing", "run"]
