"""Helpers shared by listeners: who is asking, failing politely, replying in a thread."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot import blocks
from bot.logs import event as log_event
from bot.runtime import Runtime, retry_handlers

log = logging.getLogger("bot")
SORRY = "Sorry, something went wrong on my side; the problem has been logged."
WORKERS = 4  # answers and ingests at once; more wait their turn (and leave the GIL to acks)

# Bolt runs acknowledgements on the same five threads as listeners, so a burst of slow work
# (answers, file downloads, link fetches) held acknowledgements past Slack's 3 seconds. The
# work runs here instead, and Bolt's threads are only ever busy for a moment.
_work = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="sitrep-work")


def in_background(listener: Callable[..., None]) -> Callable[..., None]:
    """The listener, run on the bot's own threads; Bolt still sees (and injects) its
    arguments, through functools.wraps."""

    @functools.wraps(listener)
    def start(**kwargs: Any) -> None:
        _work.submit(listener, **kwargs).add_done_callback(_log_failure)

    return start


def _log_failure(future: Future) -> None:
    error = future.exception()
    if error is not None:  # listeners catch their own errors; this is the last resort
        log.error("listener failed", exc_info=error)


def ack_now(ack: Callable[..., Any]) -> None:
    """Acknowledge at once; the work happens in a lazy listener after Slack has its answer."""
    ack()


def team_of(body: dict, context: Any = None) -> str:
    """The workspace a request comes from (each workspace's articles are separate)."""
    team = body.get("team_id") or (body.get("team") or {}).get("id")
    if not team and context is not None:
        team = context.get("team_id") or context.get("enterprise_id")
    return str(team or "")


def asker(body: dict) -> tuple[str, str]:
    """The channel and the user of a slash command, button click or shortcut."""
    channel = (
        body.get("channel_id")
        or (body.get("channel") or {}).get("id")
        or (body.get("container") or {}).get("channel_id")
    )
    user = body.get("user_id") or (body.get("user") or {}).get("id")
    return str(channel or ""), str(user or "")


def reliable(respond: Any, rt: Runtime, body: dict | None = None) -> Callable[..., bool]:
    """Bolt's respond(), through the outbox when the bot runs one (bot/outbox.py: kept and
    retried until Slack takes it; body says whose reply it is, for when its response_url has
    expired), else with the bot's timeout and bounded retries on rate limits, server errors,
    timeouts and dropped connections: Bolt's own waits 30 s, retries only dropped connections,
    and drops a 429 or 500 answer silently. Returns False, logged, when the reply could not be
    delivered and will not be."""
    url = getattr(respond, "response_url", None)

    def send(**kwargs: Any) -> bool:
        if not url:
            respond(**kwargs)  # raises: there is nowhere to answer
            return True
        message = {"text": kwargs.pop("text", None) or ""}
        message.update({key: value for key, value in kwargs.items() if value is not None})
        if rt.outbox is not None:
            channel, user = asker(body or {})
            outcome = rt.outbox.send(
                team=team_of(body or {}),
                channel=channel,
                user=user,
                message=message,
                response_url=url,
            )
            return outcome is None or not outcome.dropped
        client = WebhookClient(
            url=url,
            timeout=int(max(1, rt.config.api_timeout)),
            proxy=getattr(respond, "proxy", None),
            retry_handlers=retry_handlers(),
        )
        response = client.send_dict(message)
        if response.status_code == 200:
            return True
        log_event(log, "reply not delivered", logging.WARNING, status=response.status_code)
        return False

    return send


def post_in_thread(
    client: WebClient,
    channel: str,
    thread_ts: str,
    message: blocks.Message,
    rt: Runtime | None = None,
    team: str = "",
) -> str | None:
    """Reply under a message, through the outbox when the bot runs one (kept and retried until
    Slack takes it); returns Slack's error code when it refused the post for good."""
    if rt is not None and rt.outbox is not None:
        outcome = rt.outbox.send(
            team=team,
            channel=channel,
            thread_ts=thread_ts,
            message=dict(message.kwargs()),
            token=client.token,
        )
        return outcome.error if outcome is not None and outcome.dropped else None
    try:
        client.chat_postMessage(
            channel=channel,
            thread_ts=thread_ts,
            unfurl_links=False,
            unfurl_media=False,
            **message.kwargs(),
        )
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
