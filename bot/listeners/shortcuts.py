"""The message shortcut "Add to Sitrep": ingest any message, however short, on request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot import blocks, corrections, intake
from bot.listeners.common import (
    ack_now,
    fail,
    in_background,
    log,
    post_in_thread,
    reliable,
    team_of,
)
from bot.logs import event as log_event
from bot.runtime import Runtime

CALLBACK_ID = "add_to_sitrep"


def register(app: App, rt: Runtime) -> None:
    def add(body: dict, respond: Callable[..., Any], client: WebClient, context: Any) -> None:
        respond = reliable(respond, rt, body)
        team = team_of(body, context)
        channel_info = body.get("channel") or {}
        channel = str(channel_info.get("id") or "")
        message = body.get("message") or {}
        try:
            where = intake.Where(
                team,
                channel,
                intake.conversation_scope(
                    client, team, channel, channel_name=channel_info.get("name")
                ),
            )
            results = intake.ingest_message(rt, client, where, message, forced=True)
            user = str((body.get("user") or {}).get("id") or "")
            corrections.record_posters(rt, team, channel, user, results)
            confirmation = blocks.ingest_confirmation(results)
            log_event(
                log,
                "ingest",
                via="shortcut",
                team=team,
                channel=channel,
                articles=sum(len(r.get("articles") or []) for r in results),
            )
            thread = str(message.get("thread_ts") or message.get("ts") or body.get("message_ts"))
            if post_in_thread(client, channel, thread, confirmation, rt, team) is not None:
                # Not a member of the channel: tell the person who asked, at least.
                respond(response_type="ephemeral", **confirmation.kwargs())
        except Exception:  # noqa: BLE001
            fail(respond, "shortcut", team=team, channel=channel)

    app.shortcut(CALLBACK_ID)(ack=ack_now, lazy=[in_background(add)])
