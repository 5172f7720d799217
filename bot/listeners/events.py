"""Events: articles posted in channels (text, files, links), @-mentions, and the App Home.

Slack retries an event it thinks was not received; the first delivery of an event id wins
(slack_events), and ingestion is idempotent on the message or file anyway.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import answers, blocks, corrections, intake
from bot.listeners.common import fail, in_background, log, post_in_thread, team_of
from bot.logs import event as log_event
from bot.runtime import Runtime
from store import slack as slack_store
from store.db import StoreError

# Message subtypes that are new content by a person; edits, deletions, joins and bots are not.
CONTENT_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})
MENTION_HELP = (
    "Mention me in a thread under an article (text, file or link) to add it, or "
    "with a link. `/sitrep help` lists what I can do."
)


def first_delivery(rt: Runtime, body: dict, team: str) -> bool:
    event_id = body.get("event_id")
    if not event_id:
        return True
    try:
        with rt.db() as db:
            fresh = slack_store.first_delivery(db, team, str(event_id))
    except (StoreError, sqlite3.Error) as exc:
        # Treated as new: an article in it then fails to store, and its poster is told why;
        # a retry of one already stored is recognised by its content anyway.
        log_event(log, "event not recorded", logging.WARNING, event_id=event_id, error=str(exc))
        return True
    if not fresh:
        log_event(log, "duplicate event ignored", event_id=event_id, team=team)
    return fresh


def _confirm(
    client: WebClient,
    channel: str,
    message: dict,
    results: list[dict],
    rt: Runtime | None = None,
    team: str = "",
) -> None:
    thread = str(message.get("thread_ts") or message.get("ts") or "")
    post_in_thread(client, channel, thread, blocks.ingest_confirmation(results), rt, team)


def _log_results(via: str, team: str, channel: str, results: list[dict]) -> None:
    log_event(
        log,
        "ingest",
        via=via,
        team=team,
        channel=channel,
        articles=sum(len(r.get("articles") or []) for r in results),
        errors=sum(len(r.get("errors") or []) for r in results),
    )


def register(app: App, rt: Runtime) -> None:
    @app.event("message")
    @in_background
    def on_message(body: dict, event: dict, client: WebClient, context: Any) -> None:
        if (
            event.get("subtype") not in CONTENT_SUBTYPES
            or event.get("bot_id")
            or event.get("hidden")
        ):
            return
        bot_user = context.get("bot_user_id")
        text = str(event.get("text") or "")
        if bot_user and (event.get("user") == bot_user or f"<@{bot_user}>" in text):
            return  # a mention is handled by app_mention, once
        team, channel = team_of(body, context), str(event.get("channel") or "")
        if not first_delivery(rt, body, team):
            return
        try:
            where = intake.Where(
                team,
                channel,
                intake.conversation_scope(
                    client, team, channel, channel_type=event.get("channel_type")
                ),
            )
            results = intake.ingest_message(rt, client, where, event)
            corrections.record_posters(rt, team, channel, str(event.get("user") or ""), results)
            if results:  # short chat is ignored silently
                _log_results("message", team, channel, results)
                _confirm(client, channel, event, results, rt, team)
        except Exception:  # noqa: BLE001
            fail(None, "message", team=team, channel=channel)

    @app.event("app_mention")
    @in_background
    def on_mention(body: dict, event: dict, client: WebClient, context: Any) -> None:
        team, channel = team_of(body, context), str(event.get("channel") or "")
        if not first_delivery(rt, body, team):
            return
        bot_user = context.get("bot_user_id")
        try:
            where = intake.Where(team, channel, intake.conversation_scope(client, team, channel))
            results = intake.ingest_message(rt, client, where, event, bot_user=bot_user)
            target = event
            parent_ts = event.get("thread_ts")
            if not results and parent_ts and parent_ts != event.get("ts"):
                parent = _thread_parent(client, channel, str(parent_ts))
                if parent is not None:
                    target = parent
                    results = intake.ingest_message(
                        rt, client, where, parent, forced=True, bot_user=bot_user
                    )
            corrections.record_posters(rt, team, channel, str(event.get("user") or ""), results)
            if results:
                _log_results("mention", team, channel, results)
                _confirm(client, channel, target, results, rt, team)
            else:
                post_in_thread(
                    client,
                    channel,
                    str(event.get("thread_ts") or event.get("ts")),
                    blocks.notice(MENTION_HELP),
                    rt,
                    team,
                )
        except Exception:  # noqa: BLE001
            fail(None, "app_mention", team=team, channel=channel)

    @app.event("app_home_opened")
    @in_background
    def on_home(body: dict, event: dict, client: WebClient, context: Any) -> None:
        if event.get("tab") not in (None, "home"):
            return
        team = team_of(body, context)
        try:
            client.views_publish(user_id=str(event.get("user")), view=answers.home(rt, team))
        except SlackApiError as exc:
            log_event(log, "home not published", logging.WARNING, error=exc.response.get("error"))
        except Exception:  # noqa: BLE001
            fail(None, "app_home_opened", team=team)


def _thread_parent(client: WebClient, channel: str, thread_ts: str) -> dict | None:
    try:
        messages = (
            client.conversations_replies(
                channel=channel, ts=thread_ts, limit=1, inclusive=True
            ).get("messages")
            or []
        )
    except SlackApiError as exc:
        log_event(
            log,
            "thread parent unavailable",
            logging.WARNING,
            channel=channel,
            error=exc.response.get("error"),
        )
        return None
    return messages[0] if messages else None
