"""Slack bookkeeping: which event deliveries were seen, answers kept for "More" and "Share"
buttons, per-channel settings, and the question asked in each conversation thread."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from store.db import transaction

if TYPE_CHECKING:
    import sqlite_utils

PAGE_TTL = timedelta(days=30)  # a button older than this answers "expired", not stale data
EVENT_TTL = timedelta(days=2)  # Slack stops retrying an event after about ten minutes


@dataclass(frozen=True)
class SavedAnswer:
    id: str
    team: str
    conversation: str
    payload: dict[str, Any]


def _now() -> datetime:
    return datetime.now(UTC)


def first_delivery(db: sqlite_utils.Database, team: str, event_id: str) -> bool:
    """Record an event id; True only for the first delivery (retries answer False)."""
    now = _now()
    with transaction(db):
        cursor = db.conn.execute(
            "INSERT OR IGNORE INTO slack_events (team, event_id, received_at) VALUES (?, ?, ?)",
            (team, event_id, now.isoformat(timespec="seconds")),
        )
        fresh = cursor.rowcount == 1
        if fresh:
            db.conn.execute(
                "DELETE FROM slack_events WHERE received_at < ?",
                ((now - EVENT_TTL).isoformat(timespec="seconds"),),
            )
    return fresh


def new_answer_id() -> str:
    """Short and unguessable: it goes in a button value and is the key to a saved answer."""
    return secrets.token_urlsafe(12)


def save_answer(
    db: sqlite_utils.Database,
    team: str,
    conversation: str,
    payload: dict[str, Any],
    answer_id: str | None = None,
) -> str:
    """Keep an answer for paging; return its id."""
    answer_id = answer_id or new_answer_id()
    now = _now()
    with transaction(db):
        db.conn.execute(
            "DELETE FROM answer_pages WHERE created_at < ?",
            ((now - PAGE_TTL).isoformat(timespec="seconds"),),
        )
        db.conn.execute(
            "INSERT INTO answer_pages (id, team, conversation, payload, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                answer_id,
                team,
                conversation,
                json.dumps(payload, ensure_ascii=False),
                now.isoformat(timespec="seconds"),
            ),
        )
    return answer_id


def load_answer(
    db: sqlite_utils.Database, answer_id: str, team: str, conversation: str
) -> SavedAnswer | None:
    """The saved answer, only for the workspace and conversation it was given in."""
    row = db.conn.execute(
        "SELECT id, team, conversation, payload FROM answer_pages "
        "WHERE id = ? AND team = ? AND conversation = ?",
        (answer_id, team, conversation),
    ).fetchone()
    if row is None:
        return None
    return SavedAnswer(row[0], row[1], row[2], json.loads(row[3]))


def answer_exists(db: sqlite_utils.Database, answer_id: str, team: str) -> bool:
    """Whether the workspace has this saved answer in some conversation (not which one)."""
    return (
        db.conn.execute(
            "SELECT 1 FROM answer_pages WHERE id = ? AND team = ?", (answer_id, team)
        ).fetchone()
        is not None
    )


def channel_setting(db: sqlite_utils.Database, team: str, channel: str, key: str) -> str | None:
    row = db.conn.execute(
        "SELECT value FROM channel_settings WHERE team = ? AND channel = ? AND key = ?",
        (team, channel, key),
    ).fetchone()
    return row[0] if row else None


def set_channel_setting(
    db: sqlite_utils.Database, team: str, channel: str, key: str, value: str, user: str
) -> None:
    """Record a channel's choice, with who made it and when."""
    with transaction(db):
        db.conn.execute(
            "INSERT INTO channel_settings (team, channel, key, value, changed_by, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value, "
            "changed_by = excluded.changed_by, changed_at = excluded.changed_at",
            (team, channel, key, value, user, _now().isoformat(timespec="seconds")),
        )


THREAD_TTL = timedelta(days=30)  # a conversation idle this long is forgotten


def load_thread(
    db: sqlite_utils.Database, team: str, channel: str, thread_ts: str
) -> dict[str, Any] | None:
    """The question last asked in a thread, as saved; None when the thread is not one."""
    row = db.conn.execute(
        "SELECT state FROM slack_threads WHERE team = ? AND channel = ? AND thread_ts = ? "
        "AND updated_at >= ?",
        (team, channel, thread_ts, (_now() - THREAD_TTL).isoformat(timespec="seconds")),
    ).fetchone()
    return json.loads(row[0]) if row else None


def save_thread(
    db: sqlite_utils.Database, team: str, channel: str, thread_ts: str, state: dict[str, Any]
) -> None:
    """Remember a thread's question (replacing the one before); old threads are dropped."""
    now = _now()
    with transaction(db):
        db.conn.execute(
            "DELETE FROM slack_threads WHERE updated_at < ?",
            ((now - THREAD_TTL).isoformat(timespec="seconds"),),
        )
        db.conn.execute(
            "INSERT INTO slack_threads (team, channel, thread_ts, state, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET state = excluded.state, "
            "updated_at = excluded.updated_at",
            (
                team,
                channel,
                thread_ts,
                json.dumps(state, ensure_ascii=False),
                now.isoformat(timespec="seconds"),
            ),
        )
