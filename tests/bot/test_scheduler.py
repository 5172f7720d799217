"""The briefings' schedule against the fake Slack over real HTTP, in process, with a clock the
test moves (no sleeping): the daily briefing at the channel's time and not before, once; a
burst of articles brings one at once; nothing new posts nothing; and a restart at any point
neither loses a briefing nor posts it twice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot import scheduler as scheduling
from bot.delivery import Courier
from bot.outbox import Outbox, Settings
from commands import watch as watch_command
from store import outbox as outbox_store
from store import watches
from store.db import connect
from tests.bot.conftest import block_texts
from tests.fakeslack import FakeSlack
from tests.watch_articles import TEAM, add_clash

CHANNEL = "CPUBLIC"
JUNE_5, JUNE_6, JUNE_7 = date(2017, 6, 5), date(2017, 6, 6), date(2017, 6, 7)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.now = at.timestamp()

    def __call__(self) -> float:
        return self.now

    def set(self, at: datetime) -> None:
        self.now = at.timestamp()


def utc(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    server = FakeSlack().start()
    server.set_channel(CHANNEL, private=False)
    yield server
    server.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock(utc(JUNE_6, 7))


@pytest.fixture
def watched_store(tmp_path: Path, clock: Clock) -> Path:
    """Two clashes at Manbij (5 and 6 June 2017); CPUBLIC watches Manbij at 08:00 UTC, made
    at 07:00 on 6 June."""
    path = tmp_path / "sitrep.db"
    add_clash(path, JUNE_5, "Jaish al-Tahrir Brigade", 4, JUNE_6, 1)
    add_clash(path, JUNE_6, "Saraya al-Nour Brigade", 7, JUNE_6, 2)
    db = connect(path)
    watch_command.run(db, "Manbij", TEAM, CHANNEL, "UWATCHER", clock(), "08:00", "UTC")
    db.conn.close()
    return path


class Process:
    """What `sitrep serve` runs for briefings: an outbox and a scheduler over the store. A
    new Process over the same store is the bot after a restart."""

    def __init__(self, slack: FakeSlack, path: Path, clock: Clock) -> None:
        courier = Courier(slack.api_url, 2, lambda team: slack.bot_token)
        self.outbox = Outbox(str(path), courier, Settings(max_wait=10.0), clock=clock)
        self.outbox.resume()
        self.scheduler = scheduling.Scheduler(
            str(path), self.outbox.wake, scheduling.Settings(burst_articles=3), clock=clock
        )
        self.db = connect(path)

    def tick(self) -> list[scheduling.Made]:
        return self.scheduler.tick(self.db)

    def close(self) -> None:
        self.db.conn.close()


def briefings_posted(slack: FakeSlack) -> list[dict]:
    return [
        c.args
        for c in slack.calls_to("chat.postMessage")
        if c.args.get("channel") == CHANNEL and "Briefing: Manbij" in str(c.args.get("text"))
    ]


def test_the_daily_briefing_comes_at_the_channels_time_once(
    slack: FakeSlack, watched_store: Path, clock: Clock
) -> None:
    bot = Process(slack, watched_store, clock)
    clock.set(utc(JUNE_6, 7, 59))
    assert bot.tick() == []
    clock.set(utc(JUNE_6, 8, 0))
    [made] = bot.tick()
    assert made.reason == "daily" and made.events == 2
    bot.outbox.drain()
    [posted] = briefings_posted(slack)
    text = block_texts(posted)
    assert "2 new dated events on 2 days" in text
    assert "Example Wire" in text and "news.example.org/clash-1" in text  # cited
    assert "New actors seen with Manbij" in text and "Jaish al-Tahrir Brigade" in text
    assert "Sent because: the daily briefing at 08:00 UTC" in text
    clock.set(utc(JUNE_6, 8, 1))
    assert bot.tick() == []
    bot.outbox.drain()
    assert len(briefings_posted(slack)) == 1


def test_nothing_new_posts_nothing_and_the_next_counts_from_the_last(
    slack: FakeSlack, watched_store: Path, clock: Clock
) -> None:
    bot = Process(slack, watched_store, clock)
    clock.set(utc(JUNE_6, 8))
    bot.tick()
    clock.set(utc(JUNE_7, 8))
    assert bot.tick() == []  # nothing new since yesterday's
    add_clash(watched_store, JUNE_7, "Harakat al-Wadi Brigade", 2, JUNE_7, 3)
    clock.set(utc(date(2017, 6, 8), 8))
    [made] = bot.tick()
    assert made.events == 1
    bot.outbox.drain()
    latest = block_texts(briefings_posted(slack)[-1])
    assert "Harakat al-Wadi Brigade" in latest and "Saraya al-Nour" not in latest


def test_a_burst_of_articles_brings_a_briefing_at_once(
    slack: FakeSlack, watched_store: Path, clock: Clock
) -> None:
    bot = Process(slack, watched_store, clock)
    clock.set(utc(JUNE_6, 8))
    bot.tick()
    bot.outbox.drain()
    for n, group in enumerate(("Kataib al-Fajr Brigade", "Liwa al-Sahel Brigade"), start=3):
        add_clash(watched_store, JUNE_6, group, n, JUNE_6, n)
    clock.set(utc(JUNE_6, 9))
    assert bot.tick() == []  # two articles: no burst yet
    add_clash(watched_store, JUNE_6, "Ansar al-Jabal Brigade", 5, JUNE_6, 5)
    [made] = bot.tick()
    assert made.reason == "burst"
    bot.outbox.drain()
    text = block_texts(briefings_posted(slack)[-1])
    assert "Sent because: a burst of 3 new articles about Manbij" in text
    assert "Ansar al-Jabal Brigade" in text


def test_a_restart_after_the_briefing_was_recorded_posts_it_once(
    slack: FakeSlack, watched_store: Path, clock: Clock
) -> None:
    first = Process(slack, watched_store, clock)
    clock.set(utc(JUNE_6, 8))
    assert len(first.tick()) == 1
    first.close()  # stopped before the outbox posted anything
    assert briefings_posted(slack) == []
    second = Process(slack, watched_store, clock)
    clock.set(utc(JUNE_6, 8, 1))
    assert second.tick() == []  # recorded: not made again
    second.outbox.drain()
    assert len(briefings_posted(slack)) == 1
    third = Process(slack, watched_store, clock)
    third.tick()
    third.outbox.drain()
    assert len(briefings_posted(slack)) == 1


def test_a_restart_before_the_briefing_was_recorded_loses_nothing(
    slack: FakeSlack, watched_store: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = Process(slack, watched_store, clock)
    clock.set(utc(JUNE_6, 8))

    def killed(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the process dies inside the transaction

    with monkeypatch.context() as patch:
        patch.setattr(outbox_store, "insert", killed)
        with pytest.raises(KeyboardInterrupt):
            first.tick()
    first.close()
    db = connect(watched_store)
    [watch] = watches.listed(db)
    assert watch.briefings == 0 and outbox_store.pending(db) == []  # rolled back whole
    second = Process(slack, watched_store, clock)
    clock.set(utc(JUNE_6, 8, 5))
    assert len(second.tick()) == 1
    second.outbox.drain()
    assert len(briefings_posted(slack)) == 1


def test_a_post_whose_answer_was_lost_is_not_posted_again_after_a_restart(
    slack: FakeSlack, watched_store: Path, clock: Clock
) -> None:
    first = Process(slack, watched_store, clock)
    clock.set(utc(JUNE_6, 8))
    first.tick()
    slack.inject("chat.postMessage", status=503, processed=True)  # posted, the answer lost
    first.outbox.drain()
    first.close()
    assert len(briefings_posted(slack)) == 1
    second = Process(slack, watched_store, clock)
    clock.set(utc(JUNE_6, 8, 10))
    second.outbox.drain()
    assert len(briefings_posted(slack)) == 1
    db = connect(watched_store)
    assert outbox_store.pending(db) == []
