"""Public answers, the default, in both modes: /quote, /actor and /timeline answer in the
channel; a timeline's chart goes in the thread of its answer, which the bot posts itself
(a response_url post has no ts to thread under); where the bot is no member of the channel, the
answer still comes, with the chart in words and a private hint to invite the bot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import blocks
from tests.bot.conftest import ARTICLE_DAM, block_texts, seed, slash_body
from tests.bot.modes import BOTH_MODES, Driver, serving


@pytest.fixture(scope="module", params=BOTH_MODES)
def driver(
    request: pytest.FixtureRequest, demo_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Driver]:
    def dated_raqqa(db: Path) -> None:  # enough dated events for a chart, from the terminal
        seed(db, "", ARTICLE_DAM, "raqqa.txt", published="2017-10-21", source="Example News")

    with serving(
        request.param, demo_db, tmp_path_factory.mktemp("public"), prepare=dated_raqqa
    ) as driver:
        driver.fake.leave("COUTSIDE")
        yield driver


def buttons(message: dict) -> set[str]:
    return {
        e["action_id"]
        for b in message.get("blocks") or []
        if b["type"] == "actions"
        for e in b["elements"]
        if e["type"] == "button"
    }


@pytest.mark.parametrize("command, text", [("/quote", "no picnic"), ("/actor", "SDF")])
def test_answers_are_posted_in_the_channel_by_default(
    driver: Driver, command: str, text: str
) -> None:
    reply = driver.command(command, text)
    assert reply["response_type"] == "in_channel"
    assert blocks.SHARE_ACTION not in buttons(reply)
    assert not reply["text"].startswith(("No ", "Sorry"))


def test_the_timeline_chart_goes_in_the_thread_of_its_answer(driver: Driver) -> None:
    name, url = driver.fake.response_url()
    driver._send("slash_commands", slash_body(driver.fake, "/timeline", "Raqqa", url))
    [posted] = driver.fake.wait_call(
        "chat.postMessage",
        lambda c: c.args.get("channel") == "CPUBLIC" and "Raqqa" in str(c.args.get("text")),
    )
    # Slack shows no "/timeline Raqqa" above a message the bot posts: the answer says it.
    assert posted.args["blocks"][0]["elements"][0]["text"] == "<@UASKER> asked `/timeline Raqqa`"
    assert "*17 Oct 2017*" in block_texts(posted.args)
    ts = next(m["ts"] for m in driver.fake.posted if m.get("text") == posted.args["text"])
    [chart] = driver.fake.wait_call(
        "files.completeUploadExternal", lambda c: c.args.get("channel_id") == "CPUBLIC"
    )
    assert chart.args["thread_ts"] == ts
    # Slack lists it among the answer's replies, as a person would see it in the thread.
    replies = driver.fake._history({"channel": "CPUBLIC"}, thread=ts)
    assert [r["files"][0]["title"] for r in replies] == ["Timeline: Raqqa"]
    assert name not in driver.fake.responses  # nothing went to the response_url


def test_where_the_bot_is_not_a_member_the_answer_still_comes(driver: Driver) -> None:
    name, url = driver.fake.response_url()
    driver._send(
        "slash_commands",
        slash_body(
            driver.fake, "/timeline", "Raqqa", url, channel="COUTSIDE", channel_name="elsewhere"
        ),
    )
    answer, hint = driver.fake.wait_responses(name, count=2)
    assert answer["response_type"] == "in_channel"
    assert "*17 Oct 2017*" in block_texts(answer)
    # The chart in words (its alt text), since no file can be posted there.
    assert answer["blocks"][-1]["elements"][0]["text"].startswith("Chart: Bar chart, Timeline")
    assert hint["response_type"] == "ephemeral"
    assert "not_in_channel" in hint["text"] and "/invite @Sitrep" in hint["text"]
    assert not [m for m in driver.fake.posted if m["channel"] == "COUTSIDE"]  # nor a chart
