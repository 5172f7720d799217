"""Buttons: "More" and "Previous" page through a saved answer, for the person who clicked; a
"did you mean" suggestion asks again; "Share to channel" posts a private answer for all."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot import answers, blocks
from bot.listeners import posting
from bot.listeners.commands import ANSWERERS
from bot.listeners.common import ack_now, fail, in_background, log, reliable, team_of
from bot.logs import event as log_event
from bot.runtime import Runtime

SUGGESTION = re.compile(rf"^{blocks.SUGGEST_ACTION}_\d+$")


def _channel_of(body: dict) -> str:
    return str(
        (body.get("channel") or {}).get("id")
        or (body.get("container") or {}).get("channel_id")
        or ""
    )


def _suggested(value: str) -> tuple[str, str] | None:
    """The command and words of a suggestion button (blocks.did_you_mean writes them as JSON),
    or None for any other value: a button from an older version, or a payload not made here."""
    try:
        data = json.loads(value)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return str(data.get("c")), str(data.get("q") or "")


def register(app: App, rt: Runtime) -> None:
    def turn_page(backwards: bool) -> Callable[..., None]:
        def turn(body: dict, respond: Callable[..., Any], context: Any) -> None:
            respond = reliable(respond, rt, body)
            team, channel = team_of(body, context), _channel_of(body)
            try:
                value = str((body.get("actions") or [{}])[0].get("value") or "")
                reply = answers.page(rt, team, channel, value, backwards)
                # Pages are ephemeral, for the person who clicked: a click on the shared
                # answer adds one, a click on one's own page replaces it.
                own_page = bool((body.get("container") or {}).get("is_ephemeral"))
                respond(**reply.respond_kwargs(replace_original=own_page and reply.page))
            except Exception:  # noqa: BLE001
                fail(respond, "previous" if backwards else "more", team=team, channel=channel)

        turn.__name__ = "previous" if backwards else "more"
        return turn

    def share(body: dict, respond: Callable[..., Any], client: WebClient, context: Any) -> None:
        respond = reliable(respond, rt, body)
        team, channel = team_of(body, context), _channel_of(body)
        try:
            value = str((body.get("actions") or [{}])[0].get("value") or "")
            user = str((body.get("user") or {}).get("id") or "")
            reply = answers.share(rt, team, channel, value, user)
            posting.deliver(rt, client, respond, team, channel, reply, replace_original=False)
            if reply.public:
                if (body.get("container") or {}).get("is_ephemeral"):
                    respond(delete_original=True)  # the private copy has done its work
                log_event(log, "shared", team=team, channel=channel)
        except Exception:  # noqa: BLE001
            fail(respond, "share", team=team, channel=channel)

    def suggestion(
        body: dict, respond: Callable[..., Any], client: WebClient, context: Any
    ) -> None:
        respond = reliable(respond, rt, body)
        team, channel = team_of(body, context), _channel_of(body)
        try:
            suggested = _suggested(str((body.get("actions") or [{}])[0].get("value") or ""))
            answerer = ANSWERERS.get(suggested[0]) if suggested else None
            if suggested is None or answerer is None:
                broken = answers.private("That button is broken; ask again.")
                respond(**broken.respond_kwargs(replace_original=False))
                return
            reply = answerer(rt, team, channel, suggested[1])
            user = str((body.get("user") or {}).get("id") or "")
            asked = (user, f"/{suggested[0]} {suggested[1]}")
            posting.deliver(rt, client, respond, team, channel, reply, False, asked)
            if reply.public:
                respond(delete_original=True)  # the suggestion was only for the asker
        except Exception:  # noqa: BLE001
            fail(respond, "suggestion", team=team, channel=channel)

    app.action(blocks.MORE_ACTION)(ack=ack_now, lazy=[in_background(turn_page(False))])
    app.action(blocks.PREVIOUS_ACTION)(ack=ack_now, lazy=[in_background(turn_page(True))])
    app.action(blocks.SHARE_ACTION)(ack=ack_now, lazy=[in_background(share)])
    app.action(SUGGESTION)(ack=ack_now, lazy=[in_background(suggestion)])
