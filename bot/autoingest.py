"""Per-channel auto-ingest: with `/sitrep autoingest on`, an article posted in the channel (text
long enough, a file, or a link) is added without a command, and a reaction on the post shows
how it went: 👀 while it is read, then ✅, or ⚠️ with the reason in the thread.

Off by default: a channel's messages are kept only when the channel chose so (a store upgraded
from the time every channel was read keeps it on where articles had been posted; migration
14). Direct messages to the bot are always read: posting there is asking.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import blocks, intake
from bot.answers import Reply, private
from bot.logs import event as log_event
from bot.runtime import Runtime
from store import slack as slack_store

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger("bot")
SETTING = "autoingest"
READING, STORED, FAILED = "eyes", "white_check_mark", "warning"


def enabled(db: sqlite_utils.Database, team: str, channel: str) -> bool:
    return slack_store.channel_setting(db, team, channel, SETTING) == "on"


def set_autoingest(rt: Runtime, team: str, channel: str, text: str, user: str) -> Reply:
    """`/sitrep autoingest on|off`; without a choice, says which one the channel uses."""
    words = text.split()
    choice = words[1].lower() if len(words) > 1 else ""
    if channel.startswith("D"):
        return private("In a direct message I always read what you post: there is nothing to set.")
    with rt.db() as db:
        if choice not in ("on", "off"):
            now = "on" if enabled(db, team, channel) else "off"
            return private(
                f"Auto-ingest is *{now}* in this channel. `/sitrep autoingest on` adds every "
                "article posted here (long text, a file or a link) without a command; "
                "`/sitrep autoingest off` stops it."
            )
        slack_store.set_channel_setting(db, team, channel, SETTING, choice, user)
    who = blocks.mention(user)
    if choice == "on":
        how = (
            "articles posted in this channel (long text, a file or a link) are added to "
            "Sitrep: 👀 while I read one, then ✅, or ⚠️ with the reason in the thread"
        )
    else:
        how = "articles posted here are added only when asked (the *Add to Sitrep* shortcut)"
    return Reply(blocks.notice(f"Auto-ingest is {choice}: {how} (set by {who})."))


def react(client: WebClient, channel: str, ts: str, name: str, remove: bool = False) -> None:
    """A reaction on the post; a refusal (no reactions:write, a deleted message) is logged,
    not fatal: the thread reply says the same in words."""
    try:
        if remove:
            client.reactions_remove(channel=channel, timestamp=ts, name=name)
        else:
            client.reactions_add(channel=channel, timestamp=ts, name=name)
    except SlackApiError as exc:
        error = str(exc.response.get("error") or "error")
        if error not in ("already_reacted", "no_reaction"):
            log_event(log, "reaction not set", logging.WARNING, channel=channel, error=error)


def outcome(results: list[dict]) -> str:
    """✅ when an article was stored (or was already in Sitrep), else ⚠️."""
    return STORED if any(r.get("articles") for r in results) else FAILED


def ingest_posted(rt: Runtime, client: WebClient, where: intake.Where, message: dict) -> list[dict]:
    """Ingest what a message carries, with the reactions that show the progress."""
    if not intake.carries_article(message):
        return []  # chat: no reaction, no reply
    ts = str(message.get("ts") or "")

    def show(name: str, remove: bool = False) -> None:
        # asked each time: Slack may fail, or come back, while the article is read
        react(rt.decorating_client(client, where.team), where.channel, ts, name, remove)

    show(READING)
    try:
        results = intake.ingest_message(rt, client, where, message)
    finally:
        show(READING, remove=True)
    if results:
        show(outcome(results))
    return results
