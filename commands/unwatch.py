"""Stop watching a place or an actor in a channel: no more briefings about it there.

Usage: unwatch SUBJECT. Any spelling of the subject will do (`unwatch al-Raqqah` stops the
watch made as `watch Raqqa`). A briefing already due is still posted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from commands import subjects
from commands.watches import WatchError, describe, subject_key
from store import watches
from store.articles import Viewer
from store.db import as_database
from text.tokens import fold

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Unwatched:
    watch: watches.Watch
    message: str

    def to_json(self) -> dict[str, object]:
        return {"watch": self.watch.to_json(), "message": self.message}


def run(db: Database, subject_text: str, team: str, channel: str) -> Unwatched:
    name = " ".join(subject_text.split())[:200]
    if not name:
        raise WatchError("unwatch what? give the subject, such as `unwatch Raqqa`")
    store = as_database(db)
    subject = subjects.best(db, name, Viewer(team=team, conversation=channel))
    keys = [subject_key(subject)] if subject is not None else []
    # The name as typed when it was watched, should the store no longer resolve it.
    keys += [
        w.subject_key
        for w in watches.listed(store, team, channel)
        if fold(w.subject).lower() == fold(name).lower()
    ]
    for key in keys:
        gone = watches.remove(store, team, channel, key)
        if gone is not None:
            return Unwatched(gone, f"Stopped watching {describe(gone)}")
    watched = ", ".join(w.subject for w in watches.listed(store, team, channel))
    raise WatchError(
        f"this channel does not watch {name!r}" + (f"; it watches: {watched}" if watched else "")
    )
