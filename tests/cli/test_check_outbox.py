"""`sitrep check` tells an operator when messages for Slack are stuck in the outbox or expired
without reaching it, and says nothing about an outbox that moves."""

from __future__ import annotations

import time

from cli.main import main
from store import outbox
from store.db import connect


def queue(db_path, age: float, error: str | None = None) -> int:
    db = connect(db_path)
    try:
        now = time.time()
        queued, _ = outbox.add(
            db,
            outbox.Queued(f"k{age}", "T1", "C1", {"text": "hi"}, now - age, now + 3600),
            next_at=now,
            uncertain=False,
        )
        if error:
            outbox.mark_retry(db, queued.id, now + 60, error, uncertain=False)
        return queued.id
    finally:
        db.conn.close()


def check(capsys, db_path) -> tuple[int, str]:
    code = main(["--db", str(db_path), "check"])
    return code, capsys.readouterr().out


def test_a_moving_outbox_is_not_mentioned(tmp_path, capsys):
    db_path = tmp_path / "store.db"
    queue(db_path, age=30)  # waiting half a minute: Slack is just slow
    assert check(capsys, db_path) == (0, "the store is sound\n")


def test_a_stuck_outbox_is_reported_and_fails_the_check(tmp_path, capsys):
    db_path = tmp_path / "store.db"
    queue(db_path, age=2 * 3600 + 300, error="HTTP 503")
    queue(db_path, age=60)
    code, out = check(capsys, db_path)
    assert code == 1
    assert (
        "warning: the outbox is stuck: 2 messages for Slack waiting, the oldest for 2 h 05 min "
        "after 1 try (last error: HTTP 503)" in out
    )
    assert out.endswith("the store is sound, but messages for Slack are not getting through\n")


def test_messages_that_expired_are_reported(tmp_path, capsys):
    db_path = tmp_path / "store.db"
    queue(db_path, age=10)
    db = connect(db_path)
    try:
        outbox.expire(db, time.time() + 7200)
    finally:
        db.conn.close()
    code, out = check(capsys, db_path)
    assert code == 1
    assert "warning: 1 message for Slack expired in the outbox in the last 7 days" in out
