"""The outbox: messages for Slack kept until Slack has taken them.

A row is written before the first attempt to post, so a process killed mid-post still has it;
it stays `pending` until it is `sent`, `dropped` (Slack refused it for good) or `expired`.
Messages to one target (a response_url, or a channel's thread) are posted in the order they
were queued: only the oldest pending one of a target is ever due. Times are Unix seconds.
A response_url can post to its channel while it lives, so it is kept only while its message is
pending and cleared as soon as the message is done.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from store.db import Database, transaction

PENDING, SENT, DROPPED, EXPIRED = "pending", "sent", "dropped", "expired"
DONE_KEPT = 7 * 24 * 3600.0  # finished rows are kept this long, for `sitrep check`


@dataclass(frozen=True)
class Queued:
    """One message waiting for Slack: a reply to a response_url, or a post in a channel (a
    thread when thread_ts is set)."""

    key: str
    team: str
    channel: str
    message: dict[str, Any]
    created_at: float
    expires_at: float
    response_url: str | None = None
    thread_ts: str | None = None
    user: str = ""
    id: int = 0
    attempts: int = 0
    uncertain: bool = False
    last_error: str | None = None

    @property
    def target(self) -> str:
        """What orders messages: the response_url (hashed: the column outlives the URL), or
        the channel and thread."""
        if self.response_url:
            return "url:" + hashlib.sha256(self.response_url.encode()).hexdigest()[:24]
        return f"chat:{self.channel}:{self.thread_ts or ''}"


@dataclass(frozen=True)
class Summary:
    """What `sitrep check` says about the outbox."""

    pending: int
    oldest_pending: float | None  # created_at of the oldest pending message
    most_attempts: int
    last_error: str | None
    expired: int  # in the last DONE_KEPT seconds
    dropped: int


_COLUMNS = (
    "id, key, team, channel, message, created_at, expires_at, response_url, thread_ts, user, "
    "attempts, uncertain, last_error"
)


def _row(row: tuple[Any, ...]) -> Queued:
    return Queued(
        id=row[0],
        key=row[1],
        team=row[2],
        channel=row[3],
        message=json.loads(row[4]),
        created_at=row[5],
        expires_at=row[6],
        response_url=row[7],
        thread_ts=row[8],
        user=row[9],
        attempts=row[10],
        uncertain=bool(row[11]),
        last_error=row[12],
    )


def add(db: Database, queued: Queued, next_at: float, uncertain: bool) -> tuple[Queued, bool]:
    """Keep a message, not to be tried before next_at; returns it with its id, and whether
    no earlier message to the same target is still waiting (so it may be tried at once)."""
    with transaction(db):
        return insert(db, queued, next_at, uncertain)


def insert(db: Database, queued: Queued, next_at: float, uncertain: bool) -> tuple[Queued, bool]:
    """`add` inside the caller's transaction, for a message that must be kept together with
    another write (a briefing and the watch's record of it: store/watches.py)."""
    cursor = db.conn.execute(
        "INSERT INTO outbox (key, team, response_url, channel, thread_ts, user, target, "
        "message, state, created_at, expires_at, next_at, uncertain) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            queued.key,
            queued.team,
            queued.response_url,
            queued.channel,
            queued.thread_ts,
            queued.user,
            queued.target,
            json.dumps(queued.message, ensure_ascii=False),
            PENDING,
            queued.created_at,
            queued.expires_at,
            next_at,
            int(uncertain),
        ),
    )
    row_id = int(cursor.lastrowid or 0)
    earlier = db.conn.execute(
        "SELECT 1 FROM outbox WHERE target = ? AND state = ? AND id < ? LIMIT 1",
        (queued.target, PENDING, row_id),
    ).fetchone()
    return Queued(**{**queued.__dict__, "id": row_id, "uncertain": uncertain}), earlier is None


def mark_queued(db: Database, row_id: int, now: float, behind_team: bool) -> None:
    """Left to the background thread without an attempt: due now, or (behind_team) when the
    workspace's earliest waiting message is, so a failing Slack is not asked once more."""
    with transaction(db):
        db.conn.execute(
            "UPDATE outbox SET uncertain = 0, next_at = CASE WHEN ? THEN coalesce(("
            "SELECT min(e.next_at) FROM outbox e WHERE e.team = outbox.team AND e.state = ? "
            "AND e.id < outbox.id), ?) ELSE ? END WHERE id = ?",
            (int(behind_team), PENDING, now, now, row_id),
        )


def due(db: Database, now: float, limit: int = 100) -> list[Queued]:
    """Pending messages whose time has come, oldest first, each the first of its target."""
    rows = db.conn.execute(
        f"SELECT {_COLUMNS} FROM outbox o WHERE state = ? AND next_at <= ? "
        "AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.target = o.target AND e.state = ? "
        "AND e.id < o.id) ORDER BY id LIMIT ?",
        (PENDING, now, PENDING, limit),
    ).fetchall()
    return [_row(r) for r in rows]


def pending(db: Database) -> list[Queued]:
    """Every pending message, oldest first."""
    rows = db.conn.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE state = ? ORDER BY id", (PENDING,)
    ).fetchall()
    return [_row(r) for r in rows]


def next_due(db: Database) -> float | None:
    """When the next pending message may be tried (None when nothing waits)."""
    row = db.conn.execute("SELECT min(next_at) FROM outbox WHERE state = ?", (PENDING,)).fetchone()
    return None if row is None or row[0] is None else float(row[0])


def mark_sent(db: Database, row_id: int, now: float, slack_ts: str | None) -> None:
    _finish(db, row_id, SENT, now, None, slack_ts)


def mark_dropped(db: Database, row_id: int, now: float, error: str) -> None:
    _finish(db, row_id, DROPPED, now, error, None)


def _finish(
    db: Database,
    row_id: int,
    state: str,
    now: float,
    error: str | None,
    slack_ts: str | None,
) -> None:
    with transaction(db):
        db.conn.execute(
            "UPDATE outbox SET state = ?, done_at = ?, last_error = coalesce(?, last_error), "
            "slack_ts = ?, response_url = NULL, attempts = attempts + 1 "
            "WHERE id = ? AND state = ?",
            (state, now, error, slack_ts, row_id, PENDING),
        )


def mark_retry(db: Database, row_id: int, next_at: float, error: str, uncertain: bool) -> None:
    """One more failed attempt; tried again at next_at. Once an attempt may have reached
    Slack, the message stays uncertain until Slack is asked whether it has it."""
    with transaction(db):
        db.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, next_at = ?, last_error = ?, "
            "uncertain = max(uncertain, ?) WHERE id = ? AND state = ?",
            (next_at, error, int(uncertain), row_id, PENDING),
        )


def hold_team(db: Database, team: str, until: float) -> None:
    """Nothing more for this workspace before `until` (Slack said to wait)."""
    with transaction(db):
        db.conn.execute(
            "UPDATE outbox SET next_at = max(next_at, ?) WHERE team = ? AND state = ?",
            (until, team, PENDING),
        )


def hurry_team(db: Database, team: str, now: float) -> int:
    """Slack took a message for this workspace again: what waited for it may go now, unless
    Slack asked for a wait that has not passed (a rate limit) or the message is being tried
    on a listener's thread (leased: never tried, and uncertain). Returns how many."""
    with transaction(db):
        cursor = db.conn.execute(
            "UPDATE outbox SET next_at = ? WHERE team = ? AND state = ? AND next_at > ? "
            "AND coalesce(last_error, '') NOT LIKE 'rate limited%' "
            "AND NOT (attempts = 0 AND uncertain = 1)",
            (now, team, PENDING, now),
        )
    return cursor.rowcount


def expire(db: Database, now: float) -> list[Queued]:
    """Pending messages past their expiry: marked expired (and returned, to be logged); rows
    finished more than DONE_KEPT ago are deleted."""
    with transaction(db):
        rows = db.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state = ? AND expires_at <= ?", (PENDING, now)
        ).fetchall()
        db.conn.execute(
            "UPDATE outbox SET state = ?, done_at = ?, response_url = NULL "
            "WHERE state = ? AND expires_at <= ?",
            (EXPIRED, now, PENDING, now),
        )
        # Finished rows are kept a week for `sitrep check`, then forgotten.
        db.conn.execute(
            "DELETE FROM outbox WHERE state != ? AND done_at < ?", (PENDING, now - DONE_KEPT)
        )
    return [_row(r) for r in rows]


def summary(db: Database, now: float) -> Summary:
    pending_row = db.conn.execute(
        "SELECT count(*), min(created_at), max(attempts) FROM outbox WHERE state = ?", (PENDING,)
    ).fetchone()
    last = db.conn.execute(
        "SELECT last_error FROM outbox WHERE state = ? AND last_error IS NOT NULL "
        "ORDER BY id DESC LIMIT 1",
        (PENDING,),
    ).fetchone()
    done = dict(
        db.conn.execute(
            "SELECT state, count(*) FROM outbox WHERE state IN (?, ?) AND done_at >= ? "
            "GROUP BY state",
            (EXPIRED, DROPPED, now - DONE_KEPT),
        ).fetchall()
    )
    return Summary(
        pending=int(pending_row[0]),
        oldest_pending=pending_row[1],
        most_attempts=int(pending_row[2] or 0),
        last_error=last[0] if last else None,
        expired=int(done.get(EXPIRED, 0)),
        dropped=int(done.get(DROPPED, 0)),
    )
