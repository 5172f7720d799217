"""The durable outbox: every reply, confirmation and notice for Slack goes through here.

`send` writes the message to the store first, then tries it at once on the caller's thread
(a listener's work thread, never the one that acknowledges Slack). What Slack refuses (429,
5xx, the network) stays in the store and a background thread tries it again with exponential
backoff and jitter, waiting at least as long as Retry-After says, until it is posted or expires
(SITREP_OUTBOX_EXPIRY, 24 h by default). A permanent refusal (channel_not_found,
invalid_auth...) is logged and dropped. A restarted bot resumes what is pending.

While Slack fails for a workspace, one message at a time probes it (the oldest due), instead
of every queued message failing in turn; new messages for that workspace are queued without
an attempt. The first message Slack takes again lets the rest go at once.
"""

from __future__ import annotations

import contextlib
import logging
import random
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.delivery import Courier, Outcome
from bot.logs import event as log_event
from store import outbox as store
from store.db import Database, StoreError, connect

log = logging.getLogger("bot.outbox")
FIRST_WAIT = 1.0  # seconds before the first retry; doubled after each failure
IDLE_WAIT = 30.0  # the worker looks for expired messages at least this often
BATCH = 100


@dataclass(frozen=True)
class Settings:
    expiry: float = 24 * 3600.0  # a message not taken by Slack within this is given up
    max_wait: float = 60.0  # the longest pause between two attempts (before jitter)
    lease: float = 60.0  # a message being tried on a caller's thread is left alone this long


class Outbox:
    def __init__(
        self,
        db_path: str,
        courier: Courier,
        settings: Settings | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db_path = db_path
        self.courier = courier
        self.settings = settings or Settings()
        self.clock = clock
        self._lock = threading.Lock()
        self._tokens: dict[int, str] = {}  # tokens of this process's messages, never stored
        self._down: set[str] = set()  # workspaces for which Slack is failing
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connections = threading.local()  # a SQLite connection must not cross threads

    def failing(self, team: str) -> bool:
        """Whether Slack is failing for the workspace, as this process's last attempt found."""
        with self._lock:
            return team in self._down

    # --- lifecycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Resume what an earlier process left pending, then keep trying in the background."""
        self.resume()
        self._thread = threading.Thread(target=self._run, name="sitrep-outbox", daemon=True)
        self._thread.start()

    def resume(self) -> int:
        """Take up what an earlier process left pending; returns how many messages wait."""
        with self._db() as db:
            waiting = store.pending(db)
            # Messages whose first attempt was under way when the process stopped: tried again
            # now, as uncertain ones (Slack is asked first whether it has them).
            now = self.clock()
            for queued in waiting:
                if queued.attempts == 0 and queued.uncertain:
                    store.mark_retry(db, queued.id, now, "interrupted", True)
        if waiting:
            log_event(log, "outbox resumed", pending=len(waiting))
        return len(waiting)

    def wake(self) -> None:
        """Look for due messages now: another thread has queued one in the store."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    # --- sending --------------------------------------------------------------------------

    def send(
        self,
        *,
        team: str,
        channel: str,
        message: dict,
        response_url: str | None = None,
        thread_ts: str | None = None,
        user: str = "",
        token: str | None = None,
    ) -> Outcome | None:
        """Queue a message and try it now if nothing queued before it waits for the same
        target and Slack is not failing for the workspace. Returns the attempt's outcome, or
        None when the message was queued for the background thread."""
        now = self.clock()
        queued = store.Queued(
            key=uuid.uuid4().hex,
            team=team,
            channel=channel,
            message=message,
            created_at=now,
            expires_at=now + self.settings.expiry,
            response_url=response_url,
            thread_ts=thread_ts,
            user=user,
        )
        with self._lock:
            down = team in self._down
        try:
            with self._db() as db:
                # Written as uncertain and leased: should this process die during the
                # attempt, the next one asks Slack before posting again; while it lives, the
                # background thread leaves the message to this one.
                queued, first = store.add(
                    db, queued, next_at=now + self.settings.lease, uncertain=True
                )
        except (StoreError, sqlite3.Error) as exc:
            return self._without_store(queued, token, exc)
        if token:
            with self._lock:
                self._tokens[queued.id] = token
        with self._db() as db:
            if down or not first:
                store.mark_queued(db, queued.id, now, behind_team=down)
                self._wake.set()
                return None
            return self._attempt(db, store.Queued(**{**queued.__dict__, "uncertain": False}))

    def _without_store(self, queued: store.Queued, token: str | None, exc: Exception) -> Outcome:
        """The store cannot be written (a full disk, a damaged file): better one try than none."""
        log_event(log, "outbox unavailable, one try only", logging.WARNING, error=str(exc))
        return self.courier.deliver(queued, queued.created_at, token)

    # --- the background thread ------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                wait = self._pass()
            except (StoreError, OSError) as exc:  # sqlite3.Error is an Exception, below
                log_event(log, "outbox pass failed", logging.WARNING, error=str(exc))
                wait = IDLE_WAIT
            except Exception:  # noqa: BLE001 - the thread must outlive any one failure
                log.exception("outbox pass failed")
                wait = IDLE_WAIT
            self._wake.wait(timeout=max(0.05, wait))
            self._wake.clear()

    def drain(self) -> None:
        """One pass now (for tests and for a clean stop)."""
        self._pass()

    def _pass(self) -> float:
        """Try every due message once (one probe per workspace Slack is failing for);
        return how long until the next is due."""
        with self._db() as db:
            now = self.clock()
            for gone in store.expire(db, now):
                with self._lock:
                    self._tokens.pop(gone.id, None)
                log_event(
                    log,
                    "message expired undelivered",
                    logging.WARNING,
                    key=gone.key,
                    team=gone.team,
                    channel=gone.channel,
                    attempts=gone.attempts,
                    error=gone.last_error,
                )
            probed: set[str] = set()
            for queued in store.due(db, now, BATCH):
                if self._stop.is_set():
                    break
                with self._lock:
                    down = queued.team in self._down
                if down and queued.team in probed:
                    continue
                probed.add(queued.team)
                self._attempt(db, queued)
            next_at = store.next_due(db)
        return IDLE_WAIT if next_at is None else min(IDLE_WAIT, next_at - self.clock())

    def _attempt(self, db: Database, queued: store.Queued) -> Outcome:
        with self._lock:
            token = self._tokens.get(queued.id)
        try:
            outcome = self.courier.deliver(queued, self.clock(), token)
        except Exception as exc:  # noqa: BLE001 - a bug in one message must not stop the rest
            log.exception("message not delivered")
            outcome = Outcome(error=f"failed: {type(exc).__name__}", uncertain=True)
        try:
            self._record(db, queued, outcome)
        except sqlite3.Error as exc:  # the message stays as it was: tried again, or found
            log_event(log, "outcome not recorded", logging.WARNING, key=queued.key, error=str(exc))
        return outcome

    def _record(self, db: Database, queued: store.Queued, outcome: Outcome) -> None:
        now = self.clock()
        if outcome.sent or outcome.dropped:
            if outcome.sent:
                store.mark_sent(db, queued.id, now, outcome.slack_ts)
                if queued.attempts:
                    _log("delivered late", logging.INFO, queued, attempts=queued.attempts + 1)
            else:
                store.mark_dropped(db, queued.id, now, outcome.error)
                _log("message dropped", logging.WARNING, queued, error=outcome.error)
            with self._lock:
                self._tokens.pop(queued.id, None)
                came_back = queued.team in self._down
                self._down.discard(queued.team)
            if came_back:
                hurried = store.hurry_team(db, queued.team, now)
                log_event(log, "slack answers again", team=queued.team, waiting=hurried)
                self._wake.set()
            return
        if outcome.retry_after is not None:
            next_at = now + outcome.retry_after + random.uniform(0, 1)
            store.hold_team(db, queued.team, next_at)
        else:
            next_at = now + self.backoff(queued.attempts)
        store.mark_retry(db, queued.id, next_at, outcome.error, outcome.uncertain)
        if outcome.outage:
            with self._lock:
                first = queued.team not in self._down
                self._down.add(queued.team)
            # The rest of the workspace's messages wait for this one's next try.
            store.hold_team(db, queued.team, next_at)
            if first:
                log_event(log, "slack failing, messages kept", logging.WARNING, error=outcome.error)
        level = logging.INFO if queued.attempts else logging.WARNING
        _log("message kept for retry", level, queued, error=outcome.error)
        self._wake.set()

    def backoff(self, attempts: int) -> float:
        """Exponential, capped at max_wait, with equal jitter: half the wait fixed, half random
        (so a crowd of messages does not retry in step)."""
        wait = min(self.settings.max_wait, FIRST_WAIT * 2 ** min(attempts, 30))
        return wait / 2 + random.uniform(0, wait / 2)

    @contextlib.contextmanager
    def _db(self) -> Iterator[Database]:
        """This thread's connection to the store, kept open between messages: opening and
        closing one per message (closing checkpoints the WAL) cost more than the post itself.
        A connection that failed is closed and opened afresh next time."""
        db = getattr(self._connections, "db", None)
        if db is None:
            db = self._connections.db = connect(self.db_path)
        try:
            yield db
        except sqlite3.Error:
            self._connections.db = None
            db.conn.close()
            raise


def _log(message: str, level: int, queued: store.Queued, **fields: object) -> None:
    """A line about one message: its key, workspace and channel, never its text or URL."""
    log_event(
        log, message, level, key=queued.key, team=queued.team, channel=queued.channel, **fields
    )
