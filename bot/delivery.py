"""One attempt to hand a queued message to Slack, and what came of it.

Idempotency: every message carries its outbox key as message metadata
(`{"event_type": "sitrep_outbox", "event_payload": {"key": ...}}`), which Slack accepts on
chat.postMessage and on response_url posts and returns to the app that posted it from
conversations.replies and conversations.history with `include_all_metadata`. Before a message
whose earlier attempt may have reached Slack (a timeout, a dropped connection, a 5xx) is sent
again, the thread or channel is searched for its key; found, it counts as sent. Ephemeral
replies are in no history: those are sent again (a duplicate is seen by the asker alone, and
only after such an ambiguous failure; losing the answer would be worse).

A response_url lives 30 minutes. Past that (or when Slack answers that it expired), a reply
for the channel is posted with chat.postMessage, and a private one goes to the asker as a
direct message from the bot, with a line saying where it was asked and without its buttons
(they page only in the conversation of the answer). chat.postEphemeral is not used: Slack shows
such a message only to a user active in the channel at that moment, which after an outage
loses the reply as surely. A late request to delete the original message is dropped.
"""

from __future__ import annotations

import socket
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass
from http.client import HTTPException

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from store.outbox import Queued

METADATA_TYPE = "sitrep_outbox"
RESPONSE_URL_LIFETIME = 29 * 60.0  # Slack's 30 minutes, less a margin for the clock
MAX_RETRY_AFTER = 3600.0  # a Retry-After longer than this is taken as garbage
LOOKBACK = 120.0  # a message is searched for from this long before it was queued
PAGES = 5  # of 200 messages each, searched at most
# Web API errors (HTTP 200, ok: false) that say Slack failed, not the message: tried again.
TRANSIENT_ERRORS = frozenset(
    {"internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"}
)
# Errors that mean "the request never reached Slack", so it cannot have been posted.
_NOT_SENT = (ConnectionRefusedError, socket.gaierror)


@dataclass(frozen=True)
class Outcome:
    """What one attempt came to. `sent`: Slack has it. `dropped`: Slack refused it for good
    (channel_not_found, invalid_auth...). Otherwise it is tried again: after `retry_after`
    seconds when Slack said so; `uncertain` when the attempt may have reached Slack; `outage`
    when Slack itself failed (5xx, the network), so other messages would fail as well."""

    sent: bool = False
    dropped: bool = False
    error: str = ""
    uncertain: bool = False
    outage: bool = False
    retry_after: float | None = None
    slack_ts: str | None = None


SENT = Outcome(sent=True)


def metadata(key: str) -> dict:
    return {"event_type": METADATA_TYPE, "event_payload": {"key": key}}


def retry_after(headers: dict) -> float:
    """Seconds from a Retry-After header; one second when it is missing or not a number."""
    values = [v for k, v in (headers or {}).items() if k.lower() == "retry-after"]
    value = values[0] if values else None
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        seconds = float(value) if value is not None else 1.0
    except (TypeError, ValueError):
        seconds = 1.0
    return min(MAX_RETRY_AFTER, max(0.0, seconds))


def _network(exc: BaseException) -> Outcome:
    reason = getattr(exc, "reason", exc)
    name = type(reason).__name__
    if isinstance(reason, _NOT_SENT):
        return Outcome(error=f"network: {name}", outage=True)
    return Outcome(error=f"network: {name}", outage=True, uncertain=True)


def _api_error(exc: SlackApiError) -> Outcome:
    status = int(getattr(exc.response, "status_code", 200) or 200)
    error = str(exc.response.get("error") or f"HTTP {status}") if exc.response else "error"
    if status == 429 or error == "ratelimited":
        wait = retry_after(dict(exc.response.headers or {}))
        return Outcome(error=f"rate limited ({wait:g} s)", retry_after=wait)
    if status >= 500:
        return Outcome(error=f"HTTP {status}", outage=True, uncertain=True)
    if error in TRANSIENT_ERRORS:
        return Outcome(error=error, outage=True, uncertain=True)
    return Outcome(dropped=True, error=error)


class Courier:
    """Posts queued messages: to a response_url while it lives, else through the Web API with
    the workspace's token (`token_for(team)`), each call tried once (the outbox retries)."""

    def __init__(
        self, api_url: str, timeout: float, token_for: Callable[[str], str | None]
    ) -> None:
        self.api_url = api_url
        self.timeout = int(max(1, timeout))
        self.token_for = token_for

    def client(self, team: str, token: str | None = None) -> WebClient | None:
        token = token or self.token_for(team)
        if not token:
            return None
        return WebClient(
            token=token, base_url=self.api_url, timeout=self.timeout, retry_handlers=[]
        )

    def deliver(self, queued: Queued, now: float, token: str | None = None) -> Outcome:
        message = queued.message
        reply = queued.response_url is not None
        if reply and message.get("delete_original") and not self._url_alive(queued, now):
            return Outcome(dropped=True, error="response_url expired: nothing to delete")
        client = self.client(queued.team, token)
        if queued.uncertain:
            found = self.find(client, queued)
            if isinstance(found, Outcome):
                return found
            if found is not None:
                return Outcome(sent=True, slack_ts=found)
        if reply and self._url_alive(queued, now):
            outcome = self._to_response_url(queued)
            if outcome is not None:
                return outcome
        if client is None:
            return Outcome(dropped=True, error=f"no bot token for workspace {queued.team}")
        return self._post(client, queued)

    @staticmethod
    def _url_alive(queued: Queued, now: float) -> bool:
        return bool(queued.response_url) and now - queued.created_at < RESPONSE_URL_LIFETIME

    def _to_response_url(self, queued: Queued) -> Outcome | None:
        """The reply through its response_url; None when Slack says the URL is spent."""
        body = dict(queued.message)
        if not body.get("delete_original"):  # a deletion makes no message to find
            body["metadata"] = metadata(queued.key)
        hook = WebhookClient(url=str(queued.response_url), timeout=self.timeout, retry_handlers=[])
        try:
            response = hook.send_dict(body)
        except (urllib.error.URLError, OSError, HTTPException) as exc:
            return _network(exc)
        status, text = response.status_code, str(response.body or "").strip()
        if status == 200:
            return SENT
        if status in (404, 410) or text in ("expired_url", "used_url"):
            return None
        if status == 429:
            wait = retry_after(dict(response.headers or {}))
            return Outcome(error=f"rate limited ({wait:g} s)", retry_after=wait)
        if status >= 500:
            return Outcome(error=f"HTTP {status}", outage=True, uncertain=True)
        return Outcome(dropped=True, error=f"HTTP {status} {text[:80]}".strip())

    def _post(self, client: WebClient, queued: Queued) -> Outcome:
        message = dict(queued.message)
        channel, thread = queued.channel, queued.thread_ts
        if queued.response_url is not None:  # a reply whose response_url has expired
            if message.get("response_type") != "in_channel":
                channel, thread = queued.user, None
                message = late_private_copy(message, queued.channel)
            for key in ("response_type", "replace_original", "delete_original"):
                message.pop(key, None)
        try:
            response = client.chat_postMessage(
                channel=channel,
                thread_ts=thread,
                metadata=metadata(queued.key),
                unfurl_links=False,
                unfurl_media=False,
                **{k: v for k, v in message.items() if k not in ("unfurl_links", "unfurl_media")},
            )
        except SlackApiError as exc:
            return _api_error(exc)
        except (urllib.error.URLError, OSError, HTTPException) as exc:
            return _network(exc)
        return Outcome(sent=True, slack_ts=str(response.get("ts") or "") or None)

    def find(self, client: WebClient | None, queued: Queued) -> str | Outcome | None:
        """The ts of the message Slack already holds with this key; None when it holds none or
        cannot be asked (an ephemeral reply, no access to the history); an Outcome to retry
        when asking failed."""
        private_reply = (
            queued.response_url is not None and queued.message.get("response_type") != "in_channel"
        )
        if client is None or private_reply or not queued.channel:
            return None
        oldest = f"{queued.created_at - LOOKBACK:.6f}"
        cursor = None
        for _ in range(PAGES):  # newest first: a busy channel may bury it a few pages down
            try:
                if queued.thread_ts:
                    found = client.conversations_replies(
                        channel=queued.channel,
                        ts=queued.thread_ts,
                        oldest=oldest,
                        include_all_metadata=True,
                        limit=200,
                        cursor=cursor,
                    )
                else:
                    found = client.conversations_history(
                        channel=queued.channel,
                        oldest=oldest,
                        include_all_metadata=True,
                        limit=200,
                        cursor=cursor,
                    )
            except SlackApiError as exc:
                outcome = _api_error(exc)
                return None if outcome.dropped else outcome
            except (urllib.error.URLError, OSError, HTTPException) as exc:
                return _network(exc)
            for posted in found.get("messages") or []:
                payload = (posted.get("metadata") or {}).get("event_payload") or {}
                if payload.get("key") == queued.key:
                    return str(posted.get("ts") or "") or "found"
            cursor = (found.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
        return None


def late_private_copy(message: dict, channel: str) -> dict:
    """A private reply sent as a direct message after its response_url expired: said to be
    late and where it was asked, without buttons (they page only where the answer was)."""
    note = {
        "type": "context",
        "elements": [
            {
                "type": "mrkdwn",
                "text": f"Your answer from <#{channel}>, late: Slack could not take it in time.",
            }
        ],
    }
    blocks = [b for b in message.get("blocks") or [] if b.get("type") != "actions"]
    if not blocks and message.get("text"):
        text = str(message["text"])
        blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}}]
    return {**message, "blocks": [note, *blocks][:50]}
