"""The outbox table: order per target, what is due, holds and hurries, and what is forgotten."""

from __future__ import annotations

import pytest

from store import outbox
from store.db import connect

NOW = 1_800_000_000.0


@pytest.fixture
def db(tmp_path):
    store = connect(tmp_path / "store.db")
    yield store
    store.conn.close()


def queue(db, key: str, *, url: str | None = None, thread: str | None = "1.1", **kw) -> int:
    queued = outbox.Queued(key, "T1", "C1", {"text": key}, NOW, NOW + 3600, url, thread, "U1")
    added, _ = outbox.add(
        db, queued, next_at=kw.get("next_at", NOW), uncertain=kw.get("uncertain", False)
    )
    return added.id


def keys(rows) -> list[str]:
    return [r.key for r in rows]


def test_only_the_oldest_pending_message_of_a_target_is_due(db):
    queue(db, "a1", thread="1.1")
    queue(db, "a2", thread="1.1")
    queue(db, "b1", thread="2.2")
    queue(db, "r1", url="https://hooks.example/1", thread=None)
    queue(db, "r2", url="https://hooks.example/1", thread=None)
    assert keys(outbox.due(db, NOW)) == ["a1", "b1", "r1"]
    first = outbox.due(db, NOW)[0]
    outbox.mark_sent(db, first.id, NOW, "9.9")
    assert keys(outbox.due(db, NOW)) == ["a2", "b1", "r1"]


def test_a_finished_message_forgets_its_response_url_and_is_deleted_after_a_week(db):
    row = queue(db, "r1", url="https://hooks.example/secret", thread=None)
    outbox.mark_sent(db, row, NOW, None)
    assert db.conn.execute("SELECT response_url, state FROM outbox").fetchall() == [(None, "sent")]
    outbox.expire(db, NOW + 6 * 24 * 3600)
    assert db.conn.execute("SELECT count(*) FROM outbox").fetchone() == (1,)
    outbox.expire(db, NOW + 8 * 24 * 3600)
    assert db.conn.execute("SELECT count(*) FROM outbox").fetchone() == (0,)


def test_hurry_skips_rate_limited_and_leased_messages(db):
    waiting = queue(db, "waiting")
    limited = queue(db, "limited", thread="2.2")
    queue(db, "leased", thread="3.3", next_at=NOW + 60, uncertain=True)  # being tried now
    outbox.mark_retry(db, waiting, NOW + 100, "HTTP 503", uncertain=True)
    outbox.mark_retry(db, limited, NOW + 100, "rate limited (100 s)", uncertain=False)
    assert outbox.hurry_team(db, "T1", NOW) == 1
    assert keys(outbox.due(db, NOW)) == ["waiting"]
    assert outbox.next_due(db) == NOW


def test_hold_keeps_every_message_of_the_workspace_back(db):
    queue(db, "a")
    queue(db, "b", thread="2.2")
    outbox.hold_team(db, "T1", NOW + 30)
    assert outbox.due(db, NOW + 29) == []
    assert keys(outbox.due(db, NOW + 30)) == ["a", "b"]


def test_expired_messages_are_marked_and_counted(db):
    queue(db, "old")
    [gone] = outbox.expire(db, NOW + 3600)
    assert gone.key == "old" and outbox.pending(db) == []
    summary = outbox.summary(db, NOW + 3600)
    assert (summary.pending, summary.expired, summary.dropped) == (0, 1, 0)
