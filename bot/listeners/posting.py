"""How an answer reaches its conversation, and its timeline chart the answer's thread.

Most answers go through the command's response_url: it works where the bot is no member of
the channel, and Slack shows the command that was typed above the answer. A response_url post
returns no message ts, though, so a public answer with a chart to follow is posted with
chat.postMessage instead (headed with who asked what, which Slack no longer shows), and the
chart is uploaded into that message's thread.

Where the bot may not post (not_in_channel, channel_not_found: it was never invited, or it is
a DM between two people), the answer goes through the response_url after all, with the chart
said in words (its alt text) at its foot, and the asker is told privately how to get charts.
An image block cannot carry the chart there: Slack accepts only a public image URL or a file
shared to a conversation the bot is in (`slack_file` of an unshared upload is invalid_blocks).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import blocks, chart, exports, uploads
from bot.answers import Reply
from bot.listeners.common import log
from bot.logs import event as log_event
from bot.runtime import Runtime

NOT_A_MEMBER = frozenset({"not_in_channel", "channel_not_found"})
INVITE_HINT = "Invite me to this channel (`/invite @Sitrep`) to get charts in the answer's thread."


def post_chart(
    client: WebClient,
    channel: str,
    title: str,
    entries: list[dict],
    thread_ts: str | None = None,
) -> str | None:
    """Upload the timeline chart to the channel (in the thread of thread_ts, when given);
    Slack's error code when it failed."""
    png = chart.timeline_png(entries, title)
    if png is None:
        return None
    return uploads.upload(
        client,
        channel=channel,
        file=png,
        filename="timeline.png",
        title=title,
        alt_txt=chart.alt_text(entries, title),
        thread_ts=thread_ts,
    )


def post_message(
    rt: Runtime, client: WebClient, team: str, channel: str, message: blocks.Message
) -> tuple[str | None, str | None]:
    """chat.postMessage, through the outbox when the bot runs one: (the message's ts, None)
    when Slack took it, (None, Slack's error) when it refused for good, (None, None) when it
    waits in the outbox for Slack to come back."""
    if rt.outbox is not None:
        outcome = rt.outbox.send(
            team=team, channel=channel, message=dict(message.kwargs()), token=client.token
        )
        if outcome is None or not (outcome.sent or outcome.dropped):
            return None, None
        return (outcome.slack_ts, None) if outcome.sent else (None, outcome.error)
    try:
        posted = client.chat_postMessage(
            channel=channel,
            text=message.text,
            blocks=message.blocks,
            unfurl_links=False,
            unfurl_media=False,
        )
    except SlackApiError as exc:
        return None, str(exc.response.get("error") or "error")
    return str(posted.get("ts") or "") or None, None


def _tell_asker(respond: Callable[..., Any], text: str) -> None:
    respond(text=text, response_type="ephemeral", replace_original=False)


def deliver(
    rt: Runtime,
    client: WebClient,
    respond: Callable[..., Any],
    team: str,
    channel: str,
    reply: Reply,
    replace_original: bool | None = None,
    asked: tuple[str, str] | None = None,
) -> None:
    """Post a reply: with its chart in its thread when it is public and has a chart to show,
    else through respond(). asked: (user, what they typed) for a slash command's answer."""
    if not (reply.public and reply.chart and chart.drawable(reply.chart[1])):
        respond(**reply.respond_kwargs(replace_original))
        return
    message = blocks.asked_by(reply.message, *asked) if asked else reply.message
    ts, error = post_message(rt, client, team, channel, message)
    if error is not None:
        log_event(log, "answer not posted by the bot", logging.INFO, channel=channel, error=error)
        words = blocks.escape(chart.alt_text(reply.chart[1], reply.chart[0]))
        fallback = Reply(blocks.with_footnote(reply.message, f"Chart: {words}"), public=True)
        respond(**fallback.respond_kwargs(replace_original))
        hint = INVITE_HINT if error in NOT_A_MEMBER else ""
        said = f"The timeline chart could not be posted ({blocks.escape(error)}). {hint}"
        _tell_asker(respond, said.strip())
        return
    if ts is None:  # Slack is failing: the answer waits in the outbox, the chart is dropped
        log_event(log, "chart not posted", logging.WARNING, channel=channel, error="queued")
        return
    failed = post_chart(client, channel, *reply.chart, thread_ts=ts)
    if failed:
        log_event(log, "chart not posted", logging.WARNING, channel=channel, error=failed)
        hint = INVITE_HINT if failed in NOT_A_MEMBER else ""
        _tell_asker(
            respond,
            f"The timeline chart could not be posted ({blocks.escape(failed)}). {hint}".strip(),
        )


def upload_file(
    client: WebClient, respond: Callable[..., Any], channel: str, file: exports.Upload
) -> None:
    """Upload a file asked for (a cited export, the store's export) where it was asked; tell
    the asker privately when Slack refused it."""
    error = exports.upload(client, channel, file)
    if error:
        log_event(log, "export not posted", logging.WARNING, channel=channel, error=error)
        hint = (
            " Invite me to this channel (`/invite @Sitrep`) first." if error in NOT_A_MEMBER else ""
        )
        _tell_asker(respond, f"The export could not be posted ({blocks.escape(error)}).{hint}")
