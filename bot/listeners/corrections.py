"""Buttons and the form for corrections and feedback: Remove from Sitrep and Edit on an ingest
confirmation, the Edit form's submission, an answer item's feedback menu and Restore.

Each listener is a plain function of the runtime and Bolt's arguments (body, respond, client,
ack), so tests call it with mocks as well as through a real Bolt app; register() binds them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import blocks, corrections, feedback
from bot.listeners.common import ack_now, fail, in_background, reliable, team_of
from bot.runtime import Runtime


def _action(body: dict) -> dict:
    return (body.get("actions") or [{}])[0]


def _user(body: dict) -> str:
    return str((body.get("user") or {}).get("id") or "")


def _channel(body: dict) -> str:
    return str(
        (body.get("channel") or {}).get("id")
        or (body.get("container") or {}).get("channel_id")
        or ""
    )


def on_remove(
    rt: Runtime, body: dict, respond: Callable[..., Any], client: WebClient, context: Any = None
) -> None:
    """Remove from Sitrep: the confirmation becomes the notice of removal for everyone; a
    refusal goes to the clicker only."""
    team = team_of(body, context)
    try:
        reply = corrections.remove(rt, client, team, _user(body), str(_action(body).get("value")))
        respond(**reply.respond_kwargs(replace_original=reply.public))
    except Exception:  # noqa: BLE001
        fail(respond, "remove", team=team)


def on_edit(
    rt: Runtime, body: dict, respond: Callable[..., Any], client: WebClient, context: Any = None
) -> None:
    """Edit: open the form (the trigger id lasts 3 seconds, so this runs at once, not later)."""
    team = team_of(body, context)
    try:
        value = str(_action(body).get("value"))
        refusal = corrections.open_edit(rt, client, team, _channel(body), _user(body), value, body)
        if refusal is not None:
            respond(**refusal.respond_kwargs(replace_original=False))
    except Exception:  # noqa: BLE001
        fail(respond, "edit", team=team)


def on_edit_checked(ack: Callable[..., Any], body: dict) -> None:
    """The form, checked before Slack closes it: refused fields are marked in it."""
    errors = corrections.form_errors(body.get("view") or {})
    if errors:
        ack(response_action="errors", errors=errors)
    else:
        ack()


def on_edit_submitted(rt: Runtime, body: dict, client: WebClient, context: Any = None) -> None:
    """A valid form: make the change and tell the editor (ephemeral where the confirmation
    is, else in a direct message)."""
    view = body.get("view") or {}
    if corrections.form_errors(view):
        return  # refused in the form already
    team, user = team_of(body, context), _user(body)
    try:
        line = corrections.save_edit(rt, client, team, user, view)
    except Exception:  # noqa: BLE001
        fail(None, "edit_submitted", team=team)
        line = "Sorry, something went wrong on my side; the problem has been logged."
    place = corrections.form_place(view)
    try:
        if place.get("c"):
            client.chat_postEphemeral(
                channel=str(place["c"]), user=user, text=line, thread_ts=place.get("t") or None
            )
            return
    except SlackApiError:
        pass  # not in that channel any more: a direct message instead
    client.chat_postMessage(channel=user, text=line)


def on_feedback(
    rt: Runtime, body: dict, respond: Callable[..., Any], client: WebClient, context: Any = None
) -> None:
    team = team_of(body, context)
    try:
        chosen = str((_action(body).get("selected_option") or {}).get("value") or "")
        reply = feedback.give(rt, team, _channel(body), _user(body), chosen)
        respond(**reply.respond_kwargs(replace_original=False))
    except Exception:  # noqa: BLE001
        fail(respond, "feedback", team=team)


def on_restore(
    rt: Runtime, body: dict, respond: Callable[..., Any], client: WebClient, context: Any = None
) -> None:
    team = team_of(body, context)
    try:
        reply = feedback.restore(rt, team, _user(body), str(_action(body).get("value") or ""))
        respond(**reply.respond_kwargs(replace_original=False))
    except Exception:  # noqa: BLE001
        fail(respond, "restore", team=team)


def register(app: App, rt: Runtime) -> None:
    def later(handler: Callable[..., None]) -> Callable[..., None]:
        def listener(
            body: dict, respond: Callable[..., Any], client: WebClient, context: Any
        ) -> None:
            handler(rt, body, reliable(respond, rt, body), client, context)

        listener.__name__ = handler.__name__
        return in_background(listener)

    def edit_now(body: dict, respond: Callable[..., Any], client: WebClient, context: Any) -> None:
        on_edit(rt, body, reliable(respond, rt, body), client, context)

    def submitted(body: dict, client: WebClient, context: Any) -> None:
        on_edit_submitted(rt, body, client, context)

    app.action(blocks.REMOVE_ACTION)(ack=ack_now, lazy=[later(on_remove)])
    app.action(blocks.EDIT_ACTION)(ack=ack_now, lazy=[edit_now])
    app.view(blocks.EDIT_CALLBACK)(ack=on_edit_checked, lazy=[in_background(submitted)])
    app.action(blocks.FEEDBACK_ACTION)(ack=ack_now, lazy=[later(on_feedback)])
    app.action(blocks.RESTORE_ACTION)(ack=ack_now, lazy=[later(on_restore)])
