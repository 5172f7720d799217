"""The real bot in Socket Mode: envelopes pushed over the fake's websocket, acked by id."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.bot.conftest import (
    ARTICLE_PRIVATE,
    Bot,
    article_rows,
    block_texts,
    channel_message,
    event_body,
    public_answers,
    seed_two_articles,
    shortcut_payload,
    slash_body,
    start_bot,
    stop_bot,
    without_literal_text,
)
from tests.fakeslack import FakeSlack


@pytest.fixture(scope="module")
def bot(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    workdir = tmp_path_factory.mktemp("socket-bot")
    seed_two_articles(workdir / "sitrep.db", fake.team)
    fake.set_channel("CPUBLIC", private=False)
    public_answers(workdir / "sitrep.db", fake.team, "CPUBLIC")
    started = start_bot(fake, workdir, "socket")
    fake.wait_connected()
    yield started
    stop_bot(started)


def test_connected_with_the_app_token(bot: Bot, fake: FakeSlack) -> None:
    [call] = fake.calls_to("apps.connections.open")
    assert call.headers["Authorization"] == f"Bearer {fake.app_token}"
    assert fake.calls_to("auth.test")[0].headers["Authorization"] == f"Bearer {fake.bot_token}"


@pytest.mark.parametrize(
    "command, text, expected",
    [
        ("/quote", "notice clinic evacuate", "read <!channel> and <@U123> please"),
        ("/actor", "SDF", "also SDF"),
        ("/timeline", "Raqqa", "*17 Oct 2017*"),
    ],
)
def test_slash_commands_acked_by_envelope_and_answered(
    bot: Bot, fake: FakeSlack, command: str, text: str, expected: str
) -> None:
    name, url = fake.response_url()
    since = len(fake.posted)
    envelope_id = fake.push("slash_commands", slash_body(fake, command, text, url))
    ack = fake.wait_ack(envelope_id)
    assert ack["envelope_id"] == envelope_id
    assert not ack.get("payload")
    reply = fake.wait_answer(name, "CPUBLIC", since)
    # In the channel: through the response_url, or posted by the bot (a timeline with a chart)
    assert reply.get("response_type") == "in_channel" or reply.get("ts")
    assert expected in block_texts(reply)
    assert "<!channel>" not in str(without_literal_text(reply))


def test_event_retry_over_socket_mode_is_processed_once(bot: Bot, fake: FakeSlack) -> None:
    ts = fake.next_ts()
    body = event_body(fake, channel_message(ts, ARTICLE_PRIVATE), "Ev1SOCKET")
    first = fake.push("events_api", body)
    fake.wait_ack(first)
    fake.wait_call("chat.postMessage", lambda c: c.args.get("thread_ts") == ts)
    retry = fake.push("events_api", body, retry_attempt=1, retry_reason="timeout")
    fake.wait_ack(retry)
    bot.wait_log('Ev1SOCKET"')
    assert len(fake.calls_to("chat.postMessage", lambda c: c.args.get("thread_ts") == ts)) == 1
    assert len(article_rows(bot.db_path, "origin_key = ?", (f"CPUBLIC/{ts}",))) == 1


def test_shortcut_over_socket_mode(bot: Bot, fake: FakeSlack) -> None:
    ts = fake.next_ts()
    payload = shortcut_payload(
        fake, ts, "Russian jets struck a market in Ariha on 21 December 2017, rescuers said."
    )
    envelope_id = fake.push("interactive", payload)
    fake.wait_ack(envelope_id)
    [call] = fake.wait_call("chat.postMessage", lambda c: c.args.get("thread_ts") == ts)
    assert call.args["text"] == "Sitrep: 1 article added"


def test_port_in_socket_mode_is_not_silently_ignored(bot: Bot) -> None:
    # The harness starts every bot with --host and --port; Socket Mode opens no port.
    assert "warning: --host and --port are not used in Socket Mode" in bot.logs()
