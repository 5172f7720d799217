"""The briefings' schedule inside `sitrep serve`: each watch's daily briefing at the channel's
time, and one at once when a burst of new articles about the subject arrives.

A thread looks at the watches every tick (SITREP_SCHEDULER_TICK, 30 s). A due briefing is
computed for the channel's eyes, then recorded in one transaction with the watch's new cut and
its outbox row (store/watches.record_briefing); the outbox (bot/outbox.py) posts it. So a
process stopped before that transaction has recorded nothing and the next one makes the
briefing, and one stopped after it leaves the message in the outbox, which the next process
posts once (its key in the message metadata lets the outbox ask Slack whether an interrupted
post got through). A briefing missed while the bot was down is made when it comes back: one
briefing covering the whole time since the last, never one per missed day.

A daily briefing with nothing new is not posted (a channel watching many subjects would get
a column of "nothing new"); the next one counts from the last posted. The clock is injected,
so tests move time instead of waiting.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, cast

from bot import briefings
from bot.logs import event as log_event
from commands import briefing, subjects
from commands.watches import local_day, next_daily, subject_key
from store import outbox as outbox_store
from store import sightings, watches
from store.articles import Viewer
from store.db import Database, connect

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger("bot.scheduler")
DAILY, BURST = "daily", "burst"
BURST_GAP = 1800.0  # seconds: a burst briefing no sooner than this after the last briefing
EXPIRY = 24 * 3600.0  # a briefing Slack has not taken in a day is stale: given up
SUBJECT_KEPT = 600.0  # seconds a watch's resolved subject is reused by the burst check


@dataclass(frozen=True)
class Settings:
    tick: float = 30.0
    burst_articles: int = 5
    burst_gap: float = BURST_GAP
    expiry: float = EXPIRY


@dataclass(frozen=True)
class Made:
    """One briefing recorded for posting (what a tick returns, for logs and tests)."""

    watch_id: int
    reason: str
    key: str
    events: int


class Scheduler:
    def __init__(
        self,
        db_path: str,
        wake_outbox: Callable[[], None],
        settings: Settings | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db_path = db_path
        self.wake_outbox = wake_outbox
        self.settings = settings or Settings()
        self.clock = clock
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # Watch id -> (when resolved, its subject, or None when the name no longer resolves):
        # the burst check runs every tick while articles arrive, and resolving a name (the
        # gazetteer, the catalogue) costs more than counting its new articles or than most of
        # a briefing.
        self._subjects: dict[int, tuple[float, subjects.Subject | None]] = {}

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="sitrep-scheduler", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _run(self) -> None:
        db: Database | None = None
        while not self._stop.is_set():
            try:
                db = db or connect(self.db_path)
                self.tick(db)
            except Exception:  # noqa: BLE001 - the schedule must outlive any one failure
                log.exception("scheduler pass failed")
                if db is not None:
                    db.conn.close()
                db = None
            self._stop.wait(self.settings.tick)
        if db is not None:
            db.conn.close()

    def tick(self, db: Database) -> list[Made]:
        """One look at every watch: record the briefings that are due, then wake the outbox."""
        made: list[Made] = []
        newest = watches.current_cut(db, 0, "").article
        for watch in watches.listed(db):
            try:
                one = self._consider(db, watch, newest)
            except Exception:  # noqa: BLE001 - one watch's failure must not stop the rest
                log.exception("briefing failed")
                continue
            if one is not None:
                made.append(one)
        if made:
            self.wake_outbox()
        return made

    def _consider(self, db: Database, watch: watches.Watch, newest_article: int) -> Made | None:
        now = self.clock()
        reason = DAILY if now >= watch.next_at else None
        burst = 0
        viewer = Viewer(team=watch.team, conversation=watch.channel)
        # The commands still name sqlite-utils' Database for the connection store.db opens.
        legacy = cast("sqlite_utils.Database", db)
        if reason is None and newest_article > watch.cut.article:
            if now - watch.cut.at < self.settings.burst_gap:
                return None
            subject = self._subject(legacy, watch, viewer, now)
            if subject is None:
                return None
            keys = sightings.Keys(subject.actor_ids, subject.place_ids)
            burst = sightings.articles_after(legacy, keys, watch.cut.article, viewer)
            if burst >= self.settings.burst_articles:
                reason = BURST
        if reason is None:
            return None
        today = local_day(now, watch.tz)
        cut = watches.current_cut(db, now, today.isoformat())
        answer = briefing.run(
            legacy,
            watch.subject,
            viewer,
            date.fromisoformat(watch.cut.day),
            today,
            briefing.After(watch.cut.event, date.fromisoformat(watch.cut.day), watch.cut.article),
            _why(watch, reason, burst),
            upto_event=cut.event,
            subject=self._subject(legacy, watch, viewer, now),
        )
        next_at = next_daily(now, watch.at_minute, watch.tz) if reason == DAILY else watch.next_at
        if answer.message is not None or answer.empty:
            # Nothing to post; a name the store no longer knows (every article naming it
            # removed) is logged, and the watch waits for it to come back.
            watches.postpone(db, watch, next_at, cut.article)
            said = "subject not found" if answer.message else "nothing new"
            log_event(log, said, watch=watch.id, team=watch.team, reason=reason)
            return None
        message = briefings.render(answer.to_json())
        queued = outbox_store.Queued(
            key=f"briefing-{watch.id}-{watch.briefings + 1}-{int(watch.made_at)}",
            team=watch.team,
            channel=watch.channel,
            message={**message.kwargs(), "unfurl_links": False, "unfurl_media": False},
            created_at=now,
            expires_at=now + self.settings.expiry,
        )
        if not watches.record_briefing(db, watch, cut, reason, next_at, queued):
            return None  # stopped or briefed meanwhile (another process)
        log_event(
            log,
            "briefing queued",
            watch=watch.id,
            team=watch.team,
            channel=watch.channel,
            reason=reason,
            events=answer.events,
        )
        return Made(watch.id, reason, queued.key, answer.events)

    def _subject(
        self, db: sqlite_utils.Database, watch: watches.Watch, viewer: Viewer, now: float
    ) -> subjects.Subject | None:
        """The watched subject, resolved at most every SUBJECT_KEPT seconds; None when the
        name no longer means it (then the briefing resolves the name itself, and says so)."""
        kept = self._subjects.get(watch.id)
        if kept is not None and now - kept[0] < SUBJECT_KEPT:
            return kept[1]
        subject = subjects.best(db, watch.subject, viewer)
        if subject is not None and subject_key(subject) != watch.subject_key:
            subject = None
        self._subjects[watch.id] = (now, subject)
        return subject


def _why(watch: watches.Watch, reason: str, burst: int) -> str:
    """The closing line: why this briefing was sent."""
    if reason == BURST:
        since = datetime.fromtimestamp(watch.cut.at, UTC).strftime("%d %b %H:%M UTC")
        return (
            f"a burst of {burst} new articles about {watch.subject} since {since}; "
            f"the daily briefing follows at {watch.at_text} {watch.tz}"
        )
    return f"the daily briefing at {watch.at_text} {watch.tz} on {watch.subject} in this channel"
