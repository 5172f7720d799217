"""Requests refused for their signature: logged with the reason, the workspace and the
request's timestamp, never with the body.

Bolt's own check logs the whole body at INFO. A genuine request refused for clock skew holds
the user's text and a response_url that can post to the channel for 30 minutes, so the check
is the same, and only its log line is ours.
"""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any
from urllib.parse import parse_qs

from slack_bolt.middleware.request_verification import RequestVerification

from bot.logs import event as log_event

MAX_SKEW = 60 * 5  # seconds, as slack_sdk's SignatureVerifier allows
_TEAM = re.compile(r"^[A-Z0-9]{1,32}$")
log = logging.getLogger("bot.http")


def why_refused(timestamp: str, signature: str, now: float | None = None) -> str:
    """The reason a request failed verification, in words (never the body or signature)."""
    if not signature or not timestamp:
        return "no signature or timestamp headers"
    if not timestamp.lstrip("-").isdigit():
        return "malformed timestamp"
    skew = int((now if now is not None else time.time()) - int(timestamp))
    if abs(skew) > MAX_SKEW:
        return f"timestamp {abs(skew)} s {'old' if skew > 0 else 'in the future'} (clock skew?)"
    return "signature does not match the signing secret"


def team_of_raw(body: str) -> str:
    """The workspace id a refused body claims, if it has a plausible one; nothing else of the
    body is read out (it is unverified and may hold private text)."""
    team: object = None
    try:
        if body.lstrip().startswith("{"):
            data = json.loads(body)
            team = data.get("team_id") if isinstance(data, dict) else None
        else:
            form = parse_qs(body, max_num_fields=50)
            team = form["team_id"][0] if form.get("team_id") else None
            if team is None and form.get("payload"):
                payload = json.loads(form["payload"][0])
                team = (payload.get("team") or {}).get("id") if isinstance(payload, dict) else None
    except (ValueError, TypeError, AttributeError):
        return ""
    return team if isinstance(team, str) and _TEAM.match(team) else ""


class QuietRequestVerification(RequestVerification):
    """Bolt's signature check, logging refusals without the body."""

    def _debug_log_error(self, signature: Any, timestamp: Any, body: Any) -> None:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body or "")
        log_event(
            log,
            "request refused",
            logging.WARNING,
            reason=why_refused(str(timestamp or ""), str(signature or "")),
            team=team_of_raw(text) or None,
            request_timestamp=str(timestamp or "")[:20],
        )


def install(app: Any) -> None:
    """Put the quiet check in the place of Bolt's (first in the middleware list)."""
    middleware = app._middleware_list  # Bolt has no public way to replace a built-in
    for i, step in enumerate(middleware):
        if type(step) is RequestVerification:
            middleware[i] = QuietRequestVerification(step._signing_secret)
            return
    raise RuntimeError("Bolt's request verification was not found; refusing to run without it")
