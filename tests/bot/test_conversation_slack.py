"""Asking in conversation, in both modes, against the real bot: `@Sitrep question` in a
channel and a direct message are answered in their thread by the command that fits, the
timeline chart goes in that thread, follow-ups refine the answer, and a restart keeps the
thread's question."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bot.conftest import (
    ARTICLE_DAM,
    ARTICLE_PRIVATE,
    DATA,
    article_rows,
    block_texts,
    event_body,
    seed,
    start_bot,
    stop_bot,
)
from tests.bot.modes import BOTH_MODES, Driver, serving

ARTICLE_FLOODS = (DATA / "floods.txt").read_text(encoding="utf-8")


def dated_raqqa(db: Path) -> None:  # enough dated events for a chart, from the terminal
    seed(db, "", ARTICLE_DAM, "raqqa.txt", published="2017-10-21", source="Example News")


@pytest.fixture(scope="module", params=BOTH_MODES)
def driver(
    request: pytest.FixtureRequest, demo_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Driver]:
    with serving(
        request.param, demo_db, tmp_path_factory.mktemp("conversation"), prepare=dated_raqqa
    ) as driver:
        yield driver


def say(
    driver: Driver,
    channel: str,
    text: str,
    thread: str | None = None,
    mention: bool = True,
    direct: bool = False,
) -> str:
    """A person's message (an @-mention, a direct message or a reply); returns its ts."""
    fake = driver.fake
    ts = fake.next_ts()
    event: dict = {
        "type": "app_mention" if mention else "message",
        "channel": channel,
        "user": "UASKER",
        "ts": ts,
        "text": f"<@{fake.bot_user}> {text}" if mention else text,
    }
    if not mention:
        event["channel_type"] = "im" if direct else "channel"
    if thread:
        event["thread_ts"] = thread
    driver._send("events_api", event_body(fake, event, f"Ev{ts.replace('.', '')}"))
    return ts


def replies(driver: Driver, channel: str, thread: str, count: int = 1) -> list[dict]:
    calls = driver.fake.wait_call(
        "chat.postMessage",
        lambda c: c.args.get("channel") == channel and c.args.get("thread_ts") == thread,
        count=count,
    )
    return [c.args for c in calls]


def blocks_of(reply: dict) -> str:
    raw = reply.get("blocks")
    return block_texts({"blocks": json.loads(raw) if isinstance(raw, str) else raw})


def test_a_mentioned_question_is_answered_in_its_thread_with_the_chart(driver: Driver) -> None:
    asked = say(driver, "CPUBLIC", "What happened in Raqqa?")
    [answer] = replies(driver, "CPUBLIC", asked)
    text = blocks_of(answer)
    assert "Timeline of “Raqqa”" in text and "Tabqa dam" in text
    [upload] = driver.fake.wait_call(
        "files.completeUploadExternal", lambda c: c.args.get("thread_ts") == asked
    )
    assert upload.args.get("channel_id") == "CPUBLIC"
    files = upload.args["files"]
    files = json.loads(files) if isinstance(files, str) else files
    assert files[0]["title"].startswith("Timeline of “Raqqa”")
    [described] = driver.fake.calls_to("files.getUploadURLExternal")
    assert described.args["alt_txt"].startswith("Bar chart, Timeline of “Raqqa”: ")

    # A follow-up in the thread needs no mention; people talking there get no answer.
    say(driver, "CPUBLIC", "thanks, useful", thread=asked, mention=False)
    say(driver, "CPUBLIC", "since June", thread=asked, mention=False)
    first, refined = replies(driver, "CPUBLIC", asked, count=2)
    assert "Timeline of “Raqqa” from 2017-06 on" in blocks_of(refined)
    assert "Tabqa dam" not in blocks_of(refined)
    say(driver, "CPUBLIC", "all dates", thread=asked, mention=False)
    assert len(replies(driver, "CPUBLIC", asked, count=3)) == 3  # not one for "thanks"


def test_an_actor_gets_a_profile_and_anything_else_a_search(driver: Driver) -> None:
    asked = say(driver, "CPUBLIC", "Who are the SDF?")
    [profile] = replies(driver, "CPUBLIC", asked)
    assert "Profile of “SDF”" in blocks_of(profile)
    assert "Syrian Democratic Forces" in blocks_of(profile)
    searched = say(driver, "CPUBLIC", "who controls Tabqa dam?")
    [passages] = replies(driver, "CPUBLIC", searched)
    assert "Passages for “who controls Tabqa dam”" in blocks_of(passages)
    assert "Tabqa dam" in blocks_of(passages)
    # A date on a profile asks for the actor's timeline in that span.
    say(driver, "CPUBLIC", "only 2017", thread=asked, mention=False)
    _, dated = replies(driver, "CPUBLIC", asked, count=2)
    assert "Timeline of “SDF” in 2017" in blocks_of(dated)  # a profile has no dates


def test_a_direct_message_is_a_question(driver: Driver) -> None:
    fake = driver.fake
    asked = say(
        driver, "DASKER", f"<@{fake.bot_user}> timeline of Raqqa", mention=False, direct=True
    )
    [answer] = replies(driver, "DASKER", asked)
    assert "Timeline of “Raqqa”" in blocks_of(answer)
    say(driver, "DASKER", "only 2016", thread=asked, mention=False, direct=True)
    _, refined = replies(driver, "DASKER", asked, count=2)
    assert "No dated event about “Raqqa” in 2016" in blocks_of(refined)


def test_an_article_sent_in_a_direct_message_is_added_for_that_conversation(
    driver: Driver,
) -> None:
    sent = say(driver, "DPOSTER", ARTICLE_FLOODS, mention=False, direct=True)
    [confirmation] = replies(driver, "DPOSTER", sent)
    assert "Floods cut roads across the northern camps" in str(confirmation)
    [row] = article_rows(driver.bot.db_path, "title LIKE ?", ("Floods cut roads%",))
    assert row[2] == "DPOSTER"  # private to the direct message
    elsewhere = say(driver, "CPUBLIC", "families waded through knee-deep water")
    assert "No passage matches" in blocks_of(replies(driver, "CPUBLIC", elsewhere)[0])


def test_answers_keep_to_what_the_conversation_may_see(driver: Driver) -> None:
    driver.post("CSECRET", ARTICLE_PRIVATE, private=True)  # auto-ingest is on in CSECRET
    public = say(driver, "CPUBLIC", "fuel smugglers desert crossings")
    assert "No passage matches" in blocks_of(replies(driver, "CPUBLIC", public)[0])
    private = say(driver, "CSECRET", "fuel smugglers desert crossings")
    assert "smugglers" in blocks_of(replies(driver, "CSECRET", private)[0]).lower()


def test_an_empty_mention_explains_itself(driver: Driver) -> None:
    asked = say(driver, "CPUBLIC", "")
    [reply] = replies(driver, "CPUBLIC", asked)
    assert "Ask me a question" in reply["text"]


@pytest.mark.slow  # two bot processes
@pytest.mark.parametrize("mode", ["socket", "http"])
def test_a_restart_keeps_the_threads_question(
    mode: str, demo_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    workdir = tmp_path_factory.mktemp(f"restart-{mode}")
    with serving(mode, demo_db, workdir, prepare=dated_raqqa) as driver:
        asked = say(driver, "CPUBLIC", "What happened in Raqqa?")
        replies(driver, "CPUBLIC", asked)
        stop_bot(driver.bot)
        connections = driver.fake.connections
        driver.bot = start_bot(driver.fake, workdir, mode, autoingest=())
        try:
            if mode == "socket":
                driver.fake.wait_for(lambda: driver.fake.connections > connections)
                driver.fake.wait_connected()
            say(driver, "CPUBLIC", "only 2017", thread=asked, mention=False)
            _, refined = replies(driver, "CPUBLIC", asked, count=2)
            assert "Timeline of “Raqqa” in 2017" in blocks_of(refined)
        finally:
            stop_bot(driver.bot)
