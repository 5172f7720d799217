"""Watchlists in Slack, end to end in both modes: the real `sitrep serve` against the fake
Slack. `/sitrep watch`, `/sitrep brief`, `/sitrep unwatch`; and the scheduler's briefing at
its time, with the bot restarted in the middle (Slack down when it was due): posted once.

The store's clashes happened yesterday and today by the real clock, so the briefing has news;
"08:00 has come" is the watch's due time set in the store, not a wait. Each starts the bot
(twice for the restart): slow, so tests/bot/test_scheduler.py covers the schedule in the fast
lane."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.bot.conftest import block_texts, start_bot, stop_bot
from tests.bot.modes import BOTH_MODES, serving
from tests.fakeslack import FakeSlack
from tests.watch_articles import add_clash

TICK = {"SITREP_SCHEDULER_TICK": "0.1", "SITREP_OUTBOX_MAX_WAIT": "1"}


@pytest.fixture(scope="module")
def news_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two clashes at Manbij, yesterday and today (UTC), as the bot's workspace's articles."""
    path = tmp_path_factory.mktemp("watch") / "sitrep.db"
    today = datetime.now(UTC).date()
    add_clash(path, today - timedelta(days=1), "Jaish al-Tahrir Brigade", 4, today, 1)
    add_clash(path, today, "Saraya al-Nour Brigade", 7, today, 2)
    return path


def briefings(fake: FakeSlack) -> list[dict]:
    return [m for m in fake.posted if "Briefing: Manbij" in str(m.get("text"))]


def make_due(db_path: Path) -> None:
    """The channel's 08:00 has come."""
    con = sqlite3.connect(db_path, timeout=30)
    with con:
        con.execute("UPDATE watches SET next_at = 0")
    con.close()


def outbox_rows(db_path: Path) -> list[tuple]:
    con = sqlite3.connect(db_path, timeout=30)
    try:
        return con.execute(
            "SELECT state, attempts FROM outbox WHERE key LIKE 'briefing-%'"
        ).fetchall()
    finally:
        con.close()


@pytest.mark.slow
@pytest.mark.parametrize("mode", BOTH_MODES)
def test_watch_brief_and_unwatch_in_a_channel(mode: str, news_store: Path, tmp_path: Path) -> None:
    with serving(mode, news_store, tmp_path / mode, extra=TICK) as slack:
        reply = slack.command("/sitrep", "watch Manbij at:07:30 tz:Asia/Beirut")
        assert reply["response_type"] == "in_channel"
        assert "Watching Manbij, daily at 07:30 Asia/Beirut" in reply["text"]
        listing = slack.command("/sitrep", "watch")
        assert listing["response_type"] == "ephemeral"
        assert "Manbij, daily at 07:30 Asia/Beirut" in block_texts(listing)
        brief = slack.command("/sitrep", "brief Menbij since:yesterday")
        text = block_texts(brief)
        assert "Briefing: Manbij" in text and "2 new dated events on 2 days" in text
        assert "news.example.org/clash-1" in text and "Sent because: asked for" in text
        bad = slack.command("/sitrep", "watch Manbij at:25:99")
        assert bad["response_type"] == "ephemeral" and "at: '25:99' is not a time" in bad["text"]
        done = slack.command("/sitrep", "unwatch Menbij")
        assert "Stopped watching Manbij" in done["text"]
        assert "watches nothing yet" in slack.command("/sitrep", "watch")["text"]


@pytest.mark.slow
@pytest.mark.parametrize("mode", BOTH_MODES)
def test_a_briefing_due_while_slack_fails_survives_a_restart_and_is_posted_once(
    mode: str, news_store: Path, tmp_path: Path
) -> None:
    workdir = tmp_path / mode
    with serving(mode, news_store, workdir, extra=TICK) as slack:
        fake, db_path = slack.fake, slack.bot.db_path
        slack.command("/sitrep", "watch Manbij")
        fake.down()
        make_due(db_path)
        fake.wait_for(lambda: any(a >= 1 for _, a in outbox_rows(db_path)), what="a try")
        stop_bot(slack.bot)  # restarted with the briefing recorded, not yet taken by Slack
        assert briefings(fake) == []
        fake.up()
        bot = start_bot(fake, workdir, mode, TICK)
        try:
            fake.wait_for(lambda: briefings(fake), what="the briefing")
            fake.wait_for(lambda: [s for s, _ in outbox_rows(db_path)] == ["sent"], what="sent")
            make_due(db_path)  # due again at once: nothing new since, so nothing is posted
            bot.wait_log("nothing new")
        finally:
            stop_bot(bot)
        [posted] = briefings(fake)
        assert posted["channel"] == "CPUBLIC"
        text = block_texts(posted)
        assert "Jaish al-Tahrir Brigade" in text and "Sent because: the daily briefing" in text
