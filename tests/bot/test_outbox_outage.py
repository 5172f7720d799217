"""Slack down while people work: 50 slash commands and 20 posted articles go unanswered by
Slack, the bot is killed and started again in the middle, then Slack comes back. Every answer
and every confirmation arrives, each exactly once, in Socket Mode and in HTTP mode.

The outage fails every Web API method and response_url post with 503 but auth.test and
apps.connections.open: a bot cannot start at all without those, and the restart is the point
here. Events still reach the bot (Slack queues them, or the websocket stays up)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tests.bot.conftest import (
    Bot,
    block_texts,
    channel_message,
    event_body,
    seed_dam,
    send_command,
    send_event,
    slash_body,
    start_bot,
    stop_bot,
)
from tests.fakeslack import Call, FakeSlack
from tests.robust.articles import articles, as_text

COMMANDS, ARTICLES = 50, 20
QUESTIONS = [
    ("/quote", "Raqqa dam"),
    ("/actor", "SDF"),
    ("/timeline", "Raqqa"),
    ("/sitrep", "stats"),
]
BOT_SETTINGS = {"SITREP_OUTBOX_MAX_WAIT": "2", "SITREP_SLACK_TIMEOUT": "2"}


def deliver(bot: Bot, fake: FakeSlack, kind: str, payload: dict) -> None:
    if bot.mode == "socket":
        fake.wait_ack(fake.push(kind, payload))
    elif kind == "slash_commands":
        assert send_command(bot, payload)[0] == 200
    else:
        assert send_event(bot, payload)[0] == 200


def ask(bot: Bot, fake: FakeSlack, number: int) -> tuple[str, str]:
    """A slash command; returns (its response_url name, the command)."""
    command, text = QUESTIONS[number % len(QUESTIONS)]
    name, url = fake.response_url(channel="CPUBLIC")
    deliver(bot, fake, "slash_commands", slash_body(fake, command, text, url))
    return name, command


def post_article(bot: Bot, fake: FakeSlack, text: str, number: int) -> str:
    """An article posted in the channel; returns its ts."""
    ts = fake.next_ts()
    event = channel_message(ts, text)
    deliver(bot, fake, "events_api", event_body(fake, event, f"EvOutage{number}"))
    return ts


def article_texts(count: int) -> list[str]:
    """Distinct articles, each long enough to be taken from a channel message."""
    records = iter(articles(seed=18, count=2 * count))
    return [
        "\n\n".join(as_text(record) for record in pair)
        for pair in zip(records, records, strict=True)
    ]


def _outbox_states(db_path: Path) -> dict[str, int]:
    conn = sqlite3.connect(db_path, timeout=30)
    try:
        return dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    finally:
        conn.close()


def _wait_pending(bot: Bot, count: int, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while _outbox_states(bot.db_path).get("pending", 0) < count:
        assert time.monotonic() < deadline, f"outbox {_outbox_states(bot.db_path)}"
        assert bot.process.poll() is None, bot.logs()[-3000:]
        time.sleep(0.2)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["http", "socket"])
def test_an_outage_with_a_restart_loses_nothing_and_posts_nothing_twice(
    mode: str, tmp_path: Path
) -> None:
    fake = FakeSlack().start()
    fake.set_channel("CPUBLIC", private=False)
    seed_dam(tmp_path / "sitrep.db", fake.team)
    texts = article_texts(ARTICLES)
    asked: dict[str, str] = {}  # response_url name -> command
    posted: list[str] = []  # ts of each article
    bot = start_bot(fake, tmp_path, mode, BOT_SETTINGS)
    try:
        fake.down(spare=("auth.test", "apps.connections.open"))
        for half in (0, 1):
            for number in range(half * COMMANDS // 2, (half + 1) * COMMANDS // 2):
                name, command = ask(bot, fake, number)
                asked[name] = command
            for number in range(half * ARTICLES // 2, (half + 1) * ARTICLES // 2):
                posted.append(post_article(bot, fake, texts[number], number))
            _wait_pending(bot, len(asked) + len(posted))
            if half == 0:  # killed mid-outage, with everything so far kept only in the store
                bot.process.kill()
                bot.process.wait(timeout=10)
                bot = start_bot(fake, tmp_path, mode, BOT_SETTINGS)
        assert not fake.responses
        assert not fake.calls_to("chat.postMessage")
        fake.up()
        # A public timeline with a chart is posted by the bot itself (its chart would go in
        # its thread; during the outage the chart is given up), the rest go to response_urls.
        charted = [name for name, command in asked.items() if command == "/timeline"]

        def timelines() -> list[Call]:
            return fake.calls_to(
                "chat.postMessage",
                lambda c: not c.args.get("thread_ts") and "Raqqa" in str(c.args.get("text")),
            )

        fake.wait_for(
            lambda: all(fake.responses.get(name) for name in asked if name not in charted)
            and len(timelines()) >= len(charted)
            and all(
                fake.calls_to("chat.postMessage", lambda c, ts=ts: c.args.get("thread_ts") == ts)
                for ts in posted
            ),
            timeout=120,
            what="every answer and confirmation",
        )
        time.sleep(3)  # time enough for any second copy to show
        assert len(timelines()) == len(charted)
        for name, command in asked.items():
            if name in charted:
                assert name not in fake.responses
                continue
            [answer] = fake.responses[name]
            assert "went wrong" not in answer["text"], answer
            if command == "/quote":
                assert "Tabqa dam" in block_texts(answer)
        for ts in posted:
            [confirmation] = fake.calls_to(
                "chat.postMessage", lambda c, ts=ts: c.args.get("thread_ts") == ts
            )
            assert confirmation.args["text"] == "Sitrep: 1 article added"
        assert _outbox_states(bot.db_path) == {"sent": COMMANDS + ARTICLES}
        assert "outbox resumed" in bot.logs()
    finally:
        stop_bot(bot)
        fake.stop()
