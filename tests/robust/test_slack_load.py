"""Load on the real bot process: 50 signed slash commands at once in HTTP mode and 50 Socket
Mode envelopes at once. Every request is acknowledged and every one is answered, none lost.

How fast the acknowledgements come (Slack allows 3 seconds) depends on the machine's load, so
these tests do not assert it: they print the slowest, and `bench/slack_load.py` runs them and
compares it with Slack's limit on a quiet machine (docs/RELIABILITY.md)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bot.conftest import (
    Bot,
    seed_two_articles,
    send_command,
    slash_body,
    start_bot,
    stop_bot,
)
from tests.fakeslack import FakeSlack

CONCURRENT = 50
# Waits for the fake Slack's answers: a request is lost, not late, if it takes this long (ten
# times Slack's 3 s acknowledgement limit, so a loaded test machine does not fail the test).
GIVE_UP_AFTER = 30.0
QUESTIONS = [
    ("/quote", "notice clinic evacuate"),
    ("/quote", "Raqqa dam"),
    ("/actor", "SDF"),
    ("/timeline", "Raqqa"),
    ("/sitrep", "stats"),
    ("/quote", "Zzyzx nothing matches"),
    ("/actor", "Nobody At All"),
]


def _seeded(workdir: Path, fake: FakeSlack) -> None:
    seed_two_articles(workdir / "sitrep.db", fake.team)
    fake.set_channel("CPUBLIC", private=False)


@pytest.fixture(scope="module")
def http_bot(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    workdir = tmp_path_factory.mktemp("load-http")
    _seeded(workdir, fake)
    started = start_bot(fake, workdir, "http")
    yield started
    stop_bot(started)


@pytest.fixture(scope="module")
def socket_bot(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    workdir = tmp_path_factory.mktemp("load-socket")
    _seeded(workdir, fake)
    started = start_bot(fake, workdir, "socket")
    fake.wait_connected()
    yield started
    stop_bot(started)


def _answered(fake: FakeSlack, names: list[str], since: int) -> list[dict]:
    """Every answer: through its response_url, or, a public timeline with a chart, posted by
    the bot in the channel (one each, its chart in its thread)."""
    charted = [n for i, n in enumerate(names) if QUESTIONS[i % len(QUESTIONS)][0] == "/timeline"]
    replies = [
        fake.wait_responses(name, timeout=2 * GIVE_UP_AFTER)[0]
        for name in names
        if name not in charted
    ]

    def timelines() -> list[dict]:
        return [
            m
            for m in fake.posted[since:]
            if m["channel"] == "CPUBLIC" and not m.get("thread_ts") and "text" in m
        ]

    fake.wait_for(
        lambda: len(timelines()) >= len(charted), 2 * GIVE_UP_AFTER, "the timelines posted"
    )
    replies += timelines()
    assert len(replies) == len(names)
    for reply in replies:
        assert reply.get("text") and not reply["text"].startswith("Sorry"), reply
    return replies


def test_fifty_slash_commands_at_once_over_http(http_bot: Bot, fake: FakeSlack) -> None:
    bodies, names, since = [], [], len(fake.posted)
    for i in range(CONCURRENT):
        name, url = fake.response_url()
        command, text = QUESTIONS[i % len(QUESTIONS)]
        bodies.append(slash_body(fake, command, text, url))
        names.append(name)
    acks: list[tuple[int, float] | None] = [None] * CONCURRENT
    start = threading.Barrier(CONCURRENT)

    def send(i: int) -> None:
        start.wait()
        began = time.monotonic()
        status, _ = send_command(http_bot, bodies[i])
        acks[i] = (status, time.monotonic() - began)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(CONCURRENT)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(GIVE_UP_AFTER)
    assert all(ack is not None and ack[0] == 200 for ack in acks), acks
    slowest = max(ack[1] for ack in acks if ack)
    _answered(fake, names, since)
    assert http_bot.process.poll() is None
    print(f"\nHTTP: {CONCURRENT} commands at once, slowest ack {slowest * 1000:.0f} ms")


def test_fifty_socket_mode_envelopes_at_once(socket_bot: Bot, fake: FakeSlack) -> None:
    names, envelopes, since = [], [], len(fake.posted)
    for i in range(CONCURRENT):
        name, url = fake.response_url()
        command, text = QUESTIONS[i % len(QUESTIONS)]
        envelopes.append(fake.push("slash_commands", slash_body(fake, command, text, url)))
        names.append(name)
    for envelope_id in envelopes:
        fake.wait_ack(envelope_id, timeout=GIVE_UP_AFTER)
    delays = [fake.acked_at[e] - fake.pushed_at[e] for e in envelopes]
    _answered(fake, names, since)
    assert len({a["envelope_id"] for a in fake.acks} & set(envelopes)) == CONCURRENT
    assert socket_bot.process.poll() is None
    print(f"\nSocket Mode: {CONCURRENT} envelopes at once, slowest ack {max(delays) * 1000:.0f} ms")
