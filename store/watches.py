"""Watches: a channel's standing request for briefings about a place or an actor.

Each watch keeps the cut of its last briefing: the newest event and article ids the store held
and the local day. The next briefing counts what is new from there. A briefing is recorded by
`record_briefing`, which moves the cut and queues the message in the outbox in one transaction:
a process stopped before it has recorded nothing (the briefing is still due), one stopped after
it has the message waiting in the outbox (posted once by the next process, store/outbox.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from store import outbox
from store.db import Database, transaction

_COLUMNS = (
    "id, team, channel, subject, subject_key, at_minute, tz, made_by, made_at, next_at, "
    "briefed_at, briefed_event, briefed_article, briefed_day, briefings, last_reason"
)


@dataclass(frozen=True)
class Cut:
    """Where a briefing stops: the time, the newest event and article, the channel's day."""

    at: float
    event: int
    article: int
    day: str  # YYYY-MM-DD in the watch's time zone


@dataclass(frozen=True)
class Watch:
    id: int
    team: str
    channel: str
    subject: str
    subject_key: str
    at_minute: int
    tz: str
    made_by: str
    made_at: float
    next_at: float
    cut: Cut
    briefings: int = 0
    last_reason: str | None = None

    @property
    def at_text(self) -> str:
        """`08:00`."""
        return f"{self.at_minute // 60:02d}:{self.at_minute % 60:02d}"

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "team": self.team,
            "channel": self.channel,
            "subject": self.subject,
            "at": self.at_text,
            "tz": self.tz,
            "made_by": self.made_by,
            "next_at": self.next_at,
            "last_briefing_at": self.cut.at if self.briefings else None,
            "briefings": self.briefings,
        }


def _row(row: tuple[Any, ...]) -> Watch:
    return Watch(
        id=row[0],
        team=row[1],
        channel=row[2],
        subject=row[3],
        subject_key=row[4],
        at_minute=row[5],
        tz=row[6],
        made_by=row[7],
        made_at=row[8],
        next_at=row[9],
        cut=Cut(row[10], row[11], row[12], row[13]),
        briefings=row[14],
        last_reason=row[15],
    )


def current_cut(db: Database, now: float, day: str) -> Cut:
    """The store as it is now: its newest event and article."""
    event = db.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
    article = db.conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
    return Cut(now, int(event), int(article), day)


def save(
    db: Database,
    team: str,
    channel: str,
    subject: str,
    subject_key: str,
    at: tuple[int, str],
    made_by: str,
    now: float,
    next_at: float,
    cut: Cut,
) -> tuple[Watch, bool]:
    """Watch a subject in a channel at `at` (minute of the day, time zone); a subject
    already watched there keeps its cut and takes the new time. Returns (watch, created)."""
    with transaction(db):
        found = db.conn.execute(
            "UPDATE watches SET at_minute = ?, tz = ?, next_at = ?, subject = ? "
            "WHERE team = ? AND channel = ? AND subject_key = ?",
            (at[0], at[1], next_at, subject, team, channel, subject_key),
        ).rowcount
        if not found:
            db.conn.execute(
                "INSERT INTO watches (team, channel, subject, subject_key, at_minute, tz, "
                "made_by, made_at, next_at, briefed_at, briefed_event, briefed_article, "
                "briefed_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (team, channel, subject, subject_key, at[0], at[1], made_by, now, next_at)
                + (cut.at, cut.event, cut.article, cut.day),
            )
    watch = get(db, team, channel, subject_key)
    assert watch is not None
    return watch, not found


def get(db: Database, team: str, channel: str, subject_key: str) -> Watch | None:
    row = db.conn.execute(
        f"SELECT {_COLUMNS} FROM watches WHERE team = ? AND channel = ? AND subject_key = ?",
        (team, channel, subject_key),
    ).fetchone()
    return _row(row) if row else None


def by_id(db: Database, watch_id: int) -> Watch | None:
    row = db.conn.execute(f"SELECT {_COLUMNS} FROM watches WHERE id = ?", (watch_id,)).fetchone()
    return _row(row) if row else None


def remove(db: Database, team: str, channel: str, subject_key: str) -> Watch | None:
    """Stop a watch; the watch it was, or None when there was none. A briefing already in the
    outbox is still posted: it was due before the watch stopped."""
    with transaction(db):
        watch = get(db, team, channel, subject_key)
        if watch is not None:
            db.conn.execute("DELETE FROM watches WHERE id = ?", (watch.id,))
    return watch


def listed(db: Database, team: str | None = None, channel: str | None = None) -> list[Watch]:
    """Watches of a workspace (every one when team is None), of one channel when given."""
    where, params = [], []
    if team is not None:
        where.append("team = ?")
        params.append(team)
    if channel is not None:
        where.append("channel = ?")
        params.append(channel)
    sql = f"SELECT {_COLUMNS} FROM watches"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = db.conn.execute(sql + " ORDER BY team, channel, subject_key", params).fetchall()
    return [_row(r) for r in rows]


def record_briefing(
    db: Database, watch: Watch, cut: Cut, reason: str, next_at: float, message: outbox.Queued
) -> bool:
    """Move the watch's cut to `cut` and queue the briefing, in one transaction. False (and
    nothing written) when the watch changed meanwhile: stopped, or briefed by another process
    (its cut moved), or when the outbox already holds this briefing's key."""
    with transaction(db):
        if db.conn.execute("SELECT 1 FROM outbox WHERE key = ?", (message.key,)).fetchone():
            return False
        moved = db.conn.execute(
            "UPDATE watches SET briefed_at = ?, briefed_event = ?, briefed_article = ?, "
            "briefed_day = ?, next_at = ?, briefings = briefings + 1, last_reason = ? "
            "WHERE id = ? AND briefed_at = ? AND briefings = ?",
            (cut.at, cut.event, cut.article, cut.day, next_at, reason, watch.id)
            + (watch.cut.at, watch.briefings),
        ).rowcount
        if not moved:
            return False
        outbox.insert(db, message, next_at=cut.at, uncertain=False)
    return True


def postpone(db: Database, watch: Watch, next_at: float, article: int) -> None:
    """Nothing new to say: the next daily briefing is due at next_at, and articles up to
    `article` no longer count towards a burst. The cut of events stays where it was, so the
    next briefing still tells everything since the last one posted."""
    with transaction(db):
        db.conn.execute(
            "UPDATE watches SET next_at = ?, briefed_article = max(briefed_article, ?) "
            "WHERE id = ?",
            (next_at, article, watch.id),
        )
