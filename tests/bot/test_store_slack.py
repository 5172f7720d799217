"""Slack bookkeeping in the store: first delivery wins; saved answers stay where given."""

from __future__ import annotations

from store import slack


def test_first_delivery_wins(db) -> None:
    assert slack.first_delivery(db, "T1", "Ev1") is True
    assert slack.first_delivery(db, "T1", "Ev1") is False
    assert slack.first_delivery(db, "T2", "Ev1") is True  # event ids are per workspace
    assert db.conn.execute("SELECT count(*) FROM slack_events").fetchone()[0] == 2


def test_saved_answer_only_for_its_workspace_and_conversation(db) -> None:
    answer_id = slack.save_answer(db, "T1", "C1", {"kind": "quote", "answer": {"query": "q"}})
    assert len(answer_id) <= 20
    saved = slack.load_answer(db, answer_id, "T1", "C1")
    assert saved is not None and saved.payload == {"kind": "quote", "answer": {"query": "q"}}
    assert slack.load_answer(db, answer_id, "T1", "C2") is None
    assert slack.load_answer(db, answer_id, "T2", "C1") is None
    assert slack.load_answer(db, "nope", "T1", "C1") is None


def test_old_answers_are_pruned(db) -> None:
    db.conn.execute(
        "INSERT INTO answer_pages (id, team, conversation, payload, created_at) "
        "VALUES ('old', 'T1', 'C1', '{}', '2000-01-01T00:00:00+00:00')"
    )
    slack.save_answer(db, "T1", "C1", {}, "fresh")
    ids = [r[0] for r in db.conn.execute("SELECT id FROM answer_pages")]
    assert ids == ["fresh"]
