"""One way to talk to the real bot in either mode: a test written once runs over Socket Mode
(envelopes on the fake's websocket) and HTTP mode (signed requests)."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.bot.conftest import (
    AUTOINGEST_CHANNELS,
    Bot,
    event_body,
    send_command,
    send_event,
    send_interactive,
    slash_body,
    start_bot,
    stop_bot,
)
from tests.fakeslack import FakeSlack

# Every test written once runs in both modes in the whole suite. The fast lane
# (`-m "not slow"`) keeps HTTP mode only: Socket Mode has its own quick tests there
# (tests/bot/test_socket_mode.py), and running each scenario twice doubled the lane's time.
BOTH_MODES = [pytest.param("socket", marks=pytest.mark.slow), "http"]


@dataclass
class Driver:
    bot: Bot
    fake: FakeSlack

    def _send(self, kind: str, payload: dict) -> None:
        if self.bot.mode == "socket":
            self.fake.wait_ack(self.fake.push(kind, payload))
        elif kind == "slash_commands":
            assert send_command(self.bot, payload)[0] == 200
        elif kind == "events_api":
            assert send_event(self.bot, payload)[0] == 200
        else:
            assert send_interactive(self.bot, payload)[0] == 200

    def command(
        self,
        command: str,
        text: str,
        channel: str = "CPUBLIC",
        channel_name: str = "news",
        user: str = "UASKER",
    ) -> dict:
        """Run a slash command; return the first message posted to its response_url, or the
        answer the bot posted in the channel itself (a public timeline with a chart)."""
        name, url = self.fake.response_url()
        body = slash_body(self.fake, command, text, url, channel=channel, channel_name=channel_name)
        body["user_id"] = user
        since = len(self.fake.posted)
        self._send("slash_commands", body)
        return self.fake.wait_answer(name, channel, since)

    def post(
        self,
        channel: str,
        text: str,
        private: bool = False,
        user: str = "UPOSTER",
        event_id: str | None = None,
    ) -> dict:
        """Post a message in a channel the bot is in; return the bot's reply in its thread."""
        ts = self.fake.next_ts()
        event = {
            "type": "message",
            "channel": channel,
            "channel_type": "group" if private else "channel",
            "user": user,
            "ts": ts,
            "text": text,
        }
        self._send("events_api", event_body(self.fake, event, event_id or f"Ev{ts}"))
        [call] = self.fake.wait_call(
            "chat.postMessage",
            lambda c: c.args.get("channel") == channel and c.args.get("thread_ts") == ts,
        )
        return call.args

    def click(self, payload: dict) -> dict:
        """Send a block_actions payload; return what the bot posted to its response_url."""
        name, url = self.fake.response_url()
        self._send("interactive", {**payload, "response_url": url})
        return self.fake.wait_responses(name)[0]


@contextlib.contextmanager
def serving(
    mode: str,
    store: Path,
    workdir: Path,
    extra: dict[str, str] | None = None,
    prepare: Callable[[Path], None] | None = None,
    autoingest: tuple[str, ...] = AUTOINGEST_CHANNELS,
    db_name: str | None = None,
) -> Iterator[Driver]:
    """A fake Slack of its own (public CPUBLIC, private CSECRET and CHIDDEN) and the real bot
    in mode ("socket" or "http") serving a copy of store (prepared by prepare, if given): the
    copy is workdir/sitrep.db named by $SITREP_DB, or workdir/DB_NAME given as `--db DB_NAME`."""
    fake = FakeSlack().start()
    try:
        fake.set_channel("CPUBLIC", private=False)
        fake.set_channel("CSECRET", private=True)
        fake.set_channel("CHIDDEN", private=True)
        workdir.mkdir(parents=True, exist_ok=True)
        served = workdir / (db_name or "sitrep.db")
        shutil.copy(store, served)
        if prepare is not None:
            prepare(served)
        bot = start_bot(fake, workdir, mode, extra, autoingest, db_name)
        try:
            if mode == "socket":
                fake.wait_connected()
            yield Driver(bot, fake)
        finally:
            stop_bot(bot)
    finally:
        fake.stop()
