"""Per-channel auto-ingest, in both modes, against the real bot: off by default (a posted
article is left alone), `/sitrep autoingest on|off` for the channel, and reactions that show
the progress on the post: 👀, then ✅, or ⚠️ with the reason in the thread."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from store import slack as slack_store
from store.db import connect
from tests.bot.conftest import ARTICLE_DAM, article_rows, event_body
from tests.bot.modes import BOTH_MODES, Driver, serving
from tests.robust.articles import articles, as_text


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


def kept_for(driver: Driver, ts: str) -> int:
    """Replies in the thread of message ts that the outbox keeps for Slack's return."""
    conn = sqlite3.connect(driver.bot.db_path, timeout=30)
    try:
        return conn.execute(
            "SELECT count(*) FROM outbox WHERE thread_ts = ? AND state = 'pending'", (ts,)
        ).fetchone()[0]
    finally:
        conn.close()


def failed_calls(driver: Driver, *methods: str) -> int:
    return len([c for c in driver.fake.calls if c.method in {f"down {m}" for m in methods}])


def test_while_slack_fails_a_posted_article_is_added_and_its_decorations_tried_once(
    driver: Driver,
) -> None:
    """Once the outbox has found Slack failing, a posted article's reactions and permalink
    are tried once each instead of being retried with backoff, which held a work thread for
    seconds per call; the article is added, and confirmed in its thread when Slack is back."""
    fake = driver.fake
    driver.command("/sitrep", "autoingest on")
    records = [as_text(record) for record in articles(seed=31, count=4)]
    # two records to a message: one alone is too short to be taken as an article unasked
    first, second = "\n\n".join(records[:2]), "\n\n".join(records[2:])
    stored_before = len(article_rows(driver.bot.db_path))
    fake.down(spare=("auth.test", "apps.connections.open"))
    try:
        # the first article's confirmation is what shows the outbox that Slack is failing
        teaching = post_quietly(driver, "CPUBLIC", first)
        driver.bot.wait_log("slack failing, messages kept", timeout=60)
        fake.wait_for(lambda: kept_for(driver, teaching), timeout=60, what="first reply kept")
        reactions_before = failed_calls(driver, "reactions.add", "reactions.remove")
        links_before = failed_calls(driver, "chat.getPermalink")
        posted = post_quietly(driver, "CPUBLIC", second)
        # its confirmation is queued after its last reaction was tried
        fake.wait_for(lambda: kept_for(driver, posted), timeout=60, what="second reply kept")
        assert failed_calls(driver, "reactions.add", "reactions.remove") - reactions_before == 3
        assert failed_calls(driver, "chat.getPermalink") - links_before == 1
        assert len(article_rows(driver.bot.db_path)) == stored_before + 2
    finally:
        fake.up()
    for ts in (teaching, posted):
        [confirmation] = fake.wait_call(
            "chat.postMessage", lambda c, ts=ts: c.args.get("thread_ts") == ts, timeout=90
        )
        assert confirmation.args["text"] == "Sitrep: 1 article added"
    driver.command("/sitrep", "autoingest off")
