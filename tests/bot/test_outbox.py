"""The outbox against the fake Slack over real HTTP, in process, with a clock the test moves:
what Slack refuses is kept and retried in order until it is taken once, Retry-After is
honoured, a post whose answer was lost is not made twice, a permanent refusal is dropped,
an expired response_url falls back to the Web API, old messages expire, and a new process
resumes what an old one left."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import config, delivery
from bot.delivery import Courier
from bot.outbox import Outbox, Settings
from store import outbox as store
from store.db import connect
from tests.fakeslack import FakeSlack

TEAM, CHANNEL, THREAD, USER = "T0FAKE", "CPUBLIC", "1700000000.000100", "UASKER"


class Clock:
    """Starts at the real time (the fake Slack stamps messages with it) and moves on demand."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    server = FakeSlack().start()
    yield server
    server.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_outbox(slack: FakeSlack, db_path: Path, clock: Clock, **settings: float) -> Outbox:
    """An outbox whose longest pause between tries is 10 s (of the test's clock)."""
    courier = Courier(slack.api_url, 2, lambda team: slack.bot_token)
    return Outbox(str(db_path), courier, Settings(**{"max_wait": 10.0, **settings}), clock=clock)


@pytest.fixture
def outbox(slack: FakeSlack, tmp_path: Path, clock: Clock) -> Outbox:
    return make_outbox(slack, tmp_path / "sitrep.db", clock)


def rows(outbox: Outbox) -> list[tuple]:
    db = connect(outbox.db_path)
    try:
        return db.conn.execute(
            "SELECT state, attempts, response_url IS NULL, last_error FROM outbox ORDER BY id"
        ).fetchall()
    finally:
        db.conn.close()


def reply(outbox: Outbox, url: str, text: str, **extra: object) -> delivery.Outcome | None:
    message = {"text": text, "response_type": "ephemeral", **extra}
    return outbox.send(team=TEAM, channel=CHANNEL, user=USER, message=message, response_url=url)


def post(outbox: Outbox, text: str, thread: str = THREAD) -> delivery.Outcome | None:
    return outbox.send(
        team=TEAM,
        channel=CHANNEL,
        thread_ts=thread,
        message={"text": text, "blocks": []},
        token="xoxb-fake-bot-token",
    )


def drain_until_quiet(outbox: Outbox, clock: Clock, passes: int = 40) -> None:
    for _ in range(passes):
        outbox.drain()
        clock.advance(outbox.settings.max_wait)


def test_a_reply_is_posted_at_once_with_its_key_and_its_url_forgotten(outbox, slack):
    name, url = slack.response_url()
    outcome = reply(outbox, url, "the answer")
    assert outcome is not None and outcome.sent
    [posted] = slack.responses[name]
    assert posted["text"] == "the answer"
    assert posted["metadata"]["event_type"] == delivery.METADATA_TYPE
    assert rows(outbox) == [("sent", 1, 1, None)]  # the response_url is not kept


def test_messages_kept_through_an_outage_arrive_once_and_in_order(outbox, slack, clock):
    slack.down()
    name, url = slack.response_url()
    assert reply(outbox, url, "first") is not None  # tried: Slack failed
    assert reply(outbox, url, "second") is None  # queued behind the first, not tried
    assert post(outbox, "confirmation one") is None  # Slack is failing: not tried either
    assert post(outbox, "confirmation two") is None
    tried = len(slack.calls_to("down /response/" + name))
    for _ in range(5):  # while Slack stays down, one message at a time probes it
        clock.advance(outbox.settings.max_wait)
        outbox.drain()
    probes = [c for c in slack.calls if c.method.startswith("down ")]
    assert len(probes) == tried + 5
    assert all(state == "pending" for state, *_ in rows(outbox))
    slack.up()
    drain_until_quiet(outbox, clock)
    assert [r["text"] for r in slack.responses[name]] == ["first", "second"]
    assert [m["text"] for m in slack.posted if m.get("thread_ts") == THREAD] == [
        "confirmation one",
        "confirmation two",
    ]
    assert {state for state, *_ in rows(outbox)} == {"sent"}


def test_retry_after_is_honoured(outbox, slack, clock):
    slack.down(status=429, retry_after="120")
    name, url = slack.response_url()
    assert reply(outbox, url, "wait for it") is not None
    slack.up()
    clock.advance(60)
    outbox.drain()
    assert name not in slack.responses  # Slack asked for 120 s
    clock.advance(62)
    outbox.drain()
    assert [r["text"] for r in slack.responses[name]] == ["wait for it"]


def test_a_post_whose_answer_was_lost_is_not_posted_again(outbox, slack, clock):
    slack.inject("chat.postMessage", status=500, processed=True)
    outcome = post(outbox, "article added")
    assert outcome is not None and outcome.uncertain and not outcome.sent
    assert len(slack.posted) == 1  # Slack did post it
    drain_until_quiet(outbox, clock)
    assert len(slack.posted) == 1
    assert slack.calls_to("conversations.replies")  # it asked before posting again
    assert rows(outbox)[0][0] == "sent"


def test_a_post_that_never_arrived_is_posted_after_the_check(outbox, slack, clock):
    slack.inject("chat.postMessage", status=500)
    post(outbox, "article added")
    assert slack.posted == []
    drain_until_quiet(outbox, clock)
    assert [m["text"] for m in slack.posted] == ["article added"]


def test_a_permanent_refusal_is_logged_and_dropped(outbox, slack, caplog):
    slack.errors["chat.postMessage"] = "channel_not_found"
    with caplog.at_level(logging.WARNING, logger="bot.outbox"):
        outcome = post(outbox, "article added")
    assert outcome is not None and outcome.dropped and outcome.error == "channel_not_found"
    assert rows(outbox) == [("dropped", 1, 1, "channel_not_found")]
    assert "message dropped" in caplog.text and "article added" not in caplog.text


def test_an_expired_response_url_falls_back_to_the_web_api(outbox, slack, clock):
    slack.down()
    _, url_public = slack.response_url()
    _, url_private = slack.response_url()
    _, url_delete = slack.response_url()
    reply(outbox, url_public, "for everyone", response_type="in_channel")
    buttons = [{"type": "actions", "elements": []}]
    reply(outbox, url_private, "for the asker", blocks=buttons)
    reply(outbox, url_delete, "", delete_original=True)
    clock.advance(31 * 60)
    slack.up()
    drain_until_quiet(outbox, clock)
    by_channel = {m["channel"]: m for m in slack.posted}
    assert by_channel[CHANNEL]["text"] == "for everyone"
    direct = by_channel[USER]  # the asker, as a direct message from the bot
    assert direct["text"] == "for the asker"
    assert [b["type"] for b in direct["blocks"]] == ["context", "section"]
    assert f"<#{CHANNEL}>" in direct["blocks"][0]["elements"][0]["text"]
    assert len(slack.posted) == 2
    assert [r[0] for r in rows(outbox)] == ["sent", "sent", "dropped"]


def test_messages_expire_and_are_reported(slack, tmp_path, clock, caplog):
    outbox = make_outbox(slack, tmp_path / "sitrep.db", clock, expiry=3600.0)
    slack.down()
    post(outbox, "article added")
    clock.advance(3601)
    with caplog.at_level(logging.WARNING, logger="bot.outbox"):
        outbox.drain()
    assert "message expired undelivered" in caplog.text
    db = connect(outbox.db_path)
    try:
        summary = store.summary(db, clock())
    finally:
        db.conn.close()
    assert (summary.pending, summary.expired) == (0, 1)


def test_a_new_process_resumes_and_asks_before_posting_again(slack, tmp_path, clock):
    slack.down()
    first = make_outbox(slack, tmp_path / "sitrep.db", clock)
    name, url = slack.response_url()
    reply(first, url, "kept")
    post(first, "kept too")
    # A process killed in the middle of its first attempt at a post that Slack took:
    db = connect(first.db_path)
    try:
        interrupted, _ = store.add(
            db,
            store.Queued("k-interrupted", TEAM, CHANNEL, {"text": "taken"}, clock(), clock() + 99),
            next_at=clock() + 60,
            uncertain=True,
        )
    finally:
        db.conn.close()
    slack.posted.append(
        {"channel": CHANNEL, "ts": f"{clock():.6f}", "text": "taken"}
        | {"metadata": delivery.metadata(interrupted.key)}
    )
    slack.up()
    second = make_outbox(slack, tmp_path / "sitrep.db", clock)
    assert second.resume() == 3
    drain_until_quiet(second, clock)
    assert [r["text"] for r in slack.responses[name]] == ["kept"]
    assert [m["text"] for m in slack.posted] == ["taken", "kept too"]


def test_backoff_doubles_with_jitter_up_to_the_cap(outbox):
    for attempts in range(12):
        ceiling = min(outbox.settings.max_wait, 2.0**attempts)
        waits = [outbox.backoff(attempts) for _ in range(50)]
        assert all(ceiling / 2 <= w <= ceiling for w in waits)
        assert len(set(waits)) > 1


def test_retry_after_is_read_leniently():
    assert delivery.retry_after({"Retry-After": "7"}) == 7.0
    assert delivery.retry_after({"retry-after": ["2.5"]}) == 2.5
    assert delivery.retry_after({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 1.0
    assert delivery.retry_after({}) == 1.0
    assert delivery.retry_after({"Retry-After": "99999999"}) == delivery.MAX_RETRY_AFTER


def test_outbox_settings_are_validated():
    base = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}
    loaded = config.load(base)
    assert (loaded.outbox_expiry, loaded.outbox_max_wait) == (24 * 3600.0, 60.0)
    loaded = config.load({**base, "SITREP_OUTBOX_EXPIRY": "2", "SITREP_OUTBOX_MAX_WAIT": "30"})
    assert (loaded.outbox_expiry, loaded.outbox_max_wait) == (7200.0, 30.0)
    for name, bad in (("SITREP_OUTBOX_EXPIRY", "0"), ("SITREP_OUTBOX_MAX_WAIT", "soon")):
        with pytest.raises(config.ConfigError, match=f"^{name} is malformed: expected"):
            config.load({**base, name: bad})
