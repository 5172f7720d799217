"""Helpers shared by listeners: who is asking, failing politely, replying in a thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import blocks
from bot.logs import event as log_event

log = logging.getLogger("bot")
SORRY = "Sorry, something went wrong on my side; the problem has been logged."


def ack_now(ack: Callable[..., Any]) -> None:
    """Acknowledge at once; the work happens in a lazy listener after Slack has its answer."""
    ack()


def team_of(body: dict, context: Any = None) -> str:
    """The workspace a request comes from (each workspace's articles are separate)."""
    team = body.get("team_id") or (body.get("team") or {}).get("id")
    if not team and context is not None:
        team = context.get("team_id") or context.get("enterprise_id")
    return str(team or "")


def post_in_thread(client: WebClient, channel: str, thread_ts: str,
                   message: blocks.Message) -> str | None:
    """Reply under a message; returns Slack's error code when it could not be posted."""
    try:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, unfurl_links=False,
                                unfurl_media=False, **message.kwargs())
    except SlackApiError as exc:
        error = str(exc.response.get("error") or "error")
        log_event(log, "reply not posted", logging.WARNING, channel=channel, error=error)
        return error
    return None


def fail(respond: Callable[..., Any] | None, where: str, **fields: object) -> None:
    """Log the exception with context and tell the user in one ephemeral line."""
    log.exception("listener failed", extra={"fields": {"where": where, **fields}})
    if respond is not None:
        try:
            respond(text=SORRY, response_type="ephemeral", replace_original=False)
        except Exception:  # noqa: BLE001 - the response URL may have expired; it is logged above
            log.warning("could not tell the user about a failure")
