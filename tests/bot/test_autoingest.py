"""Per-channel auto-ingest, in both modes, against the real bot: off by default (a posted
article is left alone), `/sitrep autoingest on|off` for the channel, and reactions that show
the progress on the post: 👀, then ✅, or ⚠️ with the reason in the thread."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from store import slack as slack_store
from store.db import connect
from tests.bot.conftest import ARTICLE_DAM, article_rows, event_body
from tests.bot.modes import BOTH_MODES, Driver, serving


@pytest.fixture(scope="module", params=BOTH_MODES)
def driver(
    request: pytest.FixtureRequest, demo_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Driver]:
    with serving(
        request.param, demo_db, tmp_path_factory.mktemp("autoingest"), autoingest=()
    ) as driver:
        yield driver


def post_quietly(driver: Driver, channel: str, text: str) -> str:
    """Post a message without waiting for a reply (there may be none); returns its ts."""
    ts = driver.fake.next_ts()
    event = {
        "type": "message",
        "channel": channel,
        "channel_type": "channel",
        "user": "UPOSTER",
        "ts": ts,
        "text": text,
    }
    driver._send("events_api", event_body(driver.fake, event, f"Ev{ts.replace('.', '')}"))
    return ts


def reactions(driver: Driver, ts: str) -> list[tuple[str, str]]:
    """('add' or 'remove', name) on the message ts, in the order they were made."""
    return [
        (call.method.split(".")[1], str(call.args.get("name")))
        for call in driver.fake.calls
        if call.method in ("reactions.add", "reactions.remove") and call.args.get("timestamp") == ts
    ]


def wait_reactions(driver: Driver, ts: str, count: int) -> list[tuple[str, str]]:
    return driver.fake.wait_for(
        lambda: (found if len(found := reactions(driver, ts)) >= count else None),
        what=f"{count} reactions on {ts}",
    )


def nothing_happens(driver: Driver, ts: str) -> None:
    time.sleep(1.0)  # a message that is acted on gets its 👀 within milliseconds
    assert reactions(driver, ts) == []
    assert driver.fake.calls_to("chat.postMessage", lambda c: c.args.get("thread_ts") == ts) == []


@pytest.mark.slow  # it waits to see that nothing happens
def test_off_by_default_then_on_then_off(driver: Driver) -> None:
    stored_before = len(article_rows(driver.bot.db_path))
    ignored = post_quietly(driver, "CPUBLIC", ARTICLE_DAM)
    nothing_happens(driver, ignored)
    assert len(article_rows(driver.bot.db_path)) == stored_before

    status = driver.command("/sitrep", "autoingest")
    assert status["response_type"] == "ephemeral" and "*off*" in status["text"]

    turned_on = driver.command("/sitrep", "autoingest on", user="UEDITOR")
    assert turned_on["response_type"] == "in_channel"
    assert "Auto-ingest is on" in turned_on["text"] and "<@UEDITOR>" in turned_on["text"]
    db = connect(driver.bot.db_path)
    try:
        assert slack_store.channel_setting(db, driver.fake.team, "CPUBLIC", "autoingest") == "on"
        who = db.conn.execute(
            "SELECT changed_by FROM channel_settings WHERE channel = 'CPUBLIC' "
            "AND key = 'autoingest'"
        ).fetchone()
        assert who == ("UEDITOR",)
    finally:
        db.conn.close()

    posted = post_quietly(driver, "CPUBLIC", ARTICLE_DAM)
    assert wait_reactions(driver, posted, 3) == [
        ("add", "eyes"),
        ("remove", "eyes"),
        ("add", "white_check_mark"),
    ]
    [confirmation] = driver.fake.wait_call(
        "chat.postMessage", lambda c: c.args.get("thread_ts") == posted
    )
    assert "Kurdish-led fighters close in on Raqqa" in str(confirmation.args)
    assert len(article_rows(driver.bot.db_path)) == stored_before + 1

    chat = post_quietly(driver, "CPUBLIC", "anyone seen the latest on Raqqa?")
    nothing_happens(driver, chat)  # short chat: no reaction, no reply

    assert "Auto-ingest is off" in driver.command("/sitrep", "autoingest off")["text"]
    again = post_quietly(driver, "CPUBLIC", ARTICLE_DAM.replace("Raqqa", "Raqqah"))
    nothing_happens(driver, again)


def test_a_failure_is_a_warning_with_the_reason_in_the_thread(driver: Driver) -> None:
    driver.command("/sitrep", "autoingest on", channel="CSECRET", channel_name="privategroup")
    missing = driver.fake.page_url("no-such-article")  # the fake answers 404
    posted = post_quietly(driver, "CSECRET", f"worth a read <{missing}>")
    assert wait_reactions(driver, posted, 3)[-1] == ("add", "warning")
    [reason] = driver.fake.wait_call(
        "chat.postMessage", lambda c: c.args.get("thread_ts") == posted
    )
    assert "404" in str(reason.args)


def test_unknown_choices_change_nothing(driver: Driver) -> None:
    reply = driver.command("/sitrep", "autoingest maybe", channel="CHIDDEN")
    assert reply["response_type"] == "ephemeral" and "*off*" in reply["text"]
    db = connect(driver.bot.db_path)
    try:
        assert slack_store.channel_setting(db, driver.fake.team, "CHIDDEN", "autoingest") is None
    finally:
        db.conn.close()
