"""Slash commands: /quote, /actor, /timeline and /sitrep (help, stats, ingest, answers, dates,
forget, corrections, feedback, autoingest, export: the registry's commands without a slash
command of their own).

Each is acknowledged at once and answered from a lazy listener through respond(), which works
even where the bot is not a channel member: answers in the channel, unless the channel chose
private-first answers with a Share button (`/sitrep answers private`); help and errors always
only to the asker. A public timeline with a chart is posted by the bot instead, so the chart
can go in its thread (bot/listeners/posting.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot import (
    answers,
    autoingest,
    blocks,
    briefings,
    corrections,
    curations,
    exports,
    feedback,
    intake,
    store_export,
)
from bot.listeners import posting
from bot.listeners.common import ack_now, fail, in_background, log, reliable, team_of
from bot.logs import event as log_event
from bot.runtime import Runtime
from commands.ingest import Options

PASTE_MIN_WORDS = 40  # /sitrep ingest with links and fewer words than this fetches the links

Answerer = Callable[[Runtime, str, str, str], answers.Reply]
ANSWERERS: dict[str, Answerer] = {
    "quote": answers.quote,
    "actor": answers.actor,
    "timeline": answers.timeline,
}


def _answer(kind: str, rt: Runtime) -> Callable[..., None]:
    def answer(body: dict, respond: Callable[..., Any], client: WebClient, context: Any) -> None:
        respond = reliable(respond, rt, body)
        team, channel = team_of(body, context), str(body.get("channel_id") or "")
        started = time.monotonic()
        text, user = str(body.get("text") or ""), str(body.get("user_id") or "")
        try:
            reply = (
                (kind == "actor" and curations.answer(rt, team, channel, text, user))
                or exports.answer(rt, kind, team, channel, text)
                or ANSWERERS[kind](rt, team, channel, text)
            )
            command = f"/{kind} {' '.join(text.split())}"
            posting.deliver(rt, client, respond, team, channel, reply, asked=(user, command))
        except Exception:  # noqa: BLE001 - one failed answer must not take the listener down
            fail(respond, kind, team=team, channel=channel)
            return
        log_event(
            log,
            "answered",
            command=kind,
            team=team,
            channel=channel,
            public=reply.public,
            ms=round((time.monotonic() - started) * 1000),
        )
        if reply.upload:
            posting.upload_file(client, respond, channel, reply.upload)

    answer.__name__ = f"answer_{kind}"
    return answer


def ingest_command(rt: Runtime, body: dict, client: WebClient, context: Any) -> answers.Reply:
    """`/sitrep ingest [published:YYYY-MM-DD] [source:NAME] LINK...`, or followed by pasted
    text."""
    team, channel = team_of(body, context), str(body.get("channel_id") or "")
    raw = str(body.get("text") or "").strip()
    raw = raw[len(raw.split()[0]) :].strip() if raw else ""
    try:
        given, raw = answers.leading_options("ingest", raw)
    except ValueError as exc:
        return answers.private(blocks.escape(exc))
    options = Options(given.get("published"), given.get("source"))  # type: ignore[arg-type]
    if not raw:
        return answers.private(
            "Usage: `/sitrep ingest [published:YYYY-MM-DD] [source:NAME] LINK`, or "
            "`/sitrep ingest` followed by the pasted article text."
        )
    name = str(body.get("channel_name") or "")
    where = intake.Where(
        team, channel, intake.conversation_scope(client, team, channel, channel_name=name)
    )
    links = intake.links_in(raw)
    text = intake.slack_to_text(intake.without_links(raw)).strip()
    if links and len(text.split()) < PASTE_MIN_WORDS:
        results = [
            intake.ingest_link(rt, where, url, None, options) for url in links[: intake.MAX_LINKS]
        ]
    else:
        label = (
            f"pasted into Slack #{name}"
            if name and name not in ("privategroup", "directmessage")
            else "pasted into Slack"
        )
        results = [intake.ingest_text(rt, where, intake.slack_to_text(raw), label, None, options)]
    corrections.record_posters(rt, team, channel, str(body.get("user_id") or ""), results)
    stored = any(r.get("articles") for r in results)
    log_event(
        log,
        "ingest",
        via="command",
        team=team,
        channel=channel,
        articles=sum(len(r.get("articles") or []) for r in results),
        errors=sum(len(r.get("errors") or []) for r in results),
    )
    return answers.Reply(blocks.ingest_confirmation(results), public=stored)


# `/sitrep NAME ...`: (runtime, request body, Web API client, Bolt context, whole text) -> reply
Subcommand = Callable[[Runtime, dict, WebClient, Any, str], answers.Reply]


def _user(body: dict) -> str:
    return str(body.get("user_id") or "")


def _channel(body: dict) -> str:
    return str(body.get("channel_id") or "")


SUBCOMMANDS: dict[str, Subcommand] = {
    "stats": lambda rt, body, client, context, text: answers.stats(
        rt, team_of(body, context), _channel(body)
    ),
    "ingest": lambda rt, body, client, context, text: ingest_command(rt, body, client, context),
    "answers": lambda rt, body, client, context, text: answers.set_answers(
        rt, team_of(body, context), _channel(body), text, _user(body)
    ),
    "dates": lambda rt, body, client, context, text: answers.dates(rt, text),
    "forget": lambda rt, body, client, context, text: corrections.forget(
        rt, client, team_of(body, context), _channel(body), _user(body), text
    ),
    "corrections": lambda rt, body, client, context, text: answers.corrections(
        rt, team_of(body, context), text
    ),
    "feedback": lambda rt, body, client, context, text: feedback.listing(
        rt, team_of(body, context), text, _user(body)
    ),
    "autoingest": lambda rt, body, client, context, text: autoingest.set_autoingest(
        rt, team_of(body, context), _channel(body), text, _user(body)
    ),
    "brief": lambda rt, body, client, context, text: briefings.brief(
        rt, team_of(body, context), _channel(body), text
    ),
    "watch": lambda rt, body, client, context, text: briefings.watch(
        rt, team_of(body, context), _channel(body), text, _user(body)
    ),
    "unwatch": lambda rt, body, client, context, text: briefings.unwatch(
        rt, team_of(body, context), _channel(body), text, _user(body)
    ),
    "export": lambda rt, body, client, context, text: store_export.answer(
        rt, team_of(body, context), _channel(body), text
    ),
}


def sitrep(
    rt: Runtime, body: dict, respond: Callable[..., Any], client: WebClient, context: Any = None
) -> None:
    """`/sitrep NAME ...`: the subcommand's reply, or help (also for a mistyped name)."""
    team, channel = team_of(body, context), _channel(body)
    text = str(body.get("text") or "").strip()
    word = text.split()[0].lower() if text else ""
    try:
        subcommand = SUBCOMMANDS.get(word)
        if subcommand is None:
            reply = answers.sitrep_usage(text)
        else:
            reply = subcommand(rt, body, client, context, text)
        respond(**reply.respond_kwargs())
        if reply.upload:
            posting.upload_file(client, respond, channel, reply.upload)
    except Exception:  # noqa: BLE001
        fail(respond, "sitrep", team=team, channel=channel)


def _sitrep(rt: Runtime) -> Callable[..., None]:
    def listener(body: dict, respond: Callable[..., Any], client: WebClient, context: Any) -> None:
        sitrep(rt, body, reliable(respond, rt, body), client, context)

    listener.__name__ = "sitrep"
    return listener


def register(app: App, rt: Runtime) -> None:
    for kind in ANSWERERS:
        app.command(f"/{kind}")(ack=ack_now, lazy=[in_background(_answer(kind, rt))])
    app.command("/sitrep")(ack=ack_now, lazy=[in_background(_sitrep(rt))])
