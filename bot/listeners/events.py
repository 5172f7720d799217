"""Events: articles posted in channels (text, files, links), questions in @-mentions, direct
messages and their threads, and the App Home.

A message in a channel is ingested only where auto-ingest is on (bot.autoingest); a reply in a
thread the bot answered that refines its question ("only 2017", "more") is answered there
(bot.conversation). A direct message is an article when it reads like one, else a question.
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

from bot import answers, autoingest, blocks, conversation, corrections, intake, questions
from bot.listeners.common import fail, in_background, log, post_in_thread, team_of
from bot.listeners.posting import post_chart
from bot.logs import event as log_event
from bot.runtime import Runtime
from store import slack as slack_store
from store.db import StoreError

# Message subtypes that are new content by a person; edits, deletions, joins and bots are not.
CONTENT_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})
MENTION_HELP = (
    "Ask me a question (`@Sitrep who controls Tabqa dam?`), mention me with a link, or "
    "say `@Sitrep add this` in a thread under an article to add it. `/sitrep help` lists "
    "what I can do."
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
        direct = event.get("channel_type") == "im"
        if bot_user and event.get("user") == bot_user:
            return
        if bot_user and f"<@{bot_user}>" in text:
            if not direct:
                return  # a mention is handled by app_mention, once
            # Slack sends no app_mention for a direct message: the mention is just a name there.
            text = text.replace(f"<@{bot_user}>", " ")
            event = {**event, "text": text}
        team, channel = team_of(body, context), str(event.get("channel") or "")
        thread = _reply_thread(event)
        state = _thread_state(rt, team, channel, thread) if thread else None
        wanted = direct or state is not None or _autoingest_wanted(rt, team, channel, event)
        if not wanted:
            return  # chat in a channel that did not ask for auto-ingest
        if not first_delivery(rt, body, team):
            return
        try:
            if state is not None and thread:
                said = intake.slack_to_text(text)
                # In a channel only a refinement is answered: other replies are people talking.
                if _answer_follow_up(rt, client, team, channel, thread, state, said, direct):
                    return
            where = intake.Where(
                team,
                channel,
                intake.conversation_scope(
                    client, team, channel, channel_type=event.get("channel_type")
                ),
            )
            if direct:
                if intake.carries_article(event):
                    _ingest_and_confirm(rt, client, where, event, "message")
                elif text.strip():
                    said = intake.slack_to_text(text)
                    _answer_question(rt, client, team, channel, _thread_of(event), said)
                return
            if _autoingest_wanted(rt, team, channel, event):
                results = autoingest.ingest_posted(rt, client, where, event)
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
            raw = str(event.get("text") or "").replace(f"<@{bot_user}>", " ")
            said = intake.slack_to_text(raw).strip()
            thread = _reply_thread(event)
            if intake.carries_article({**event, "text": raw}):
                _ingest_and_confirm(rt, client, where, event, "mention", bot_user)
                return
            if thread and not questions.asks_to_add(said):
                state = _thread_state(rt, team, channel, thread)
                if state is not None and _answer_follow_up(
                    rt, client, team, channel, thread, state, said, True
                ):
                    return
            if thread and questions.asks_to_add(said):
                parent = _thread_parent(client, channel, thread)
                results = (
                    intake.ingest_message(rt, client, where, parent, forced=True, bot_user=bot_user)
                    if parent is not None
                    else []
                )
                corrections.record_posters(rt, team, channel, str(event.get("user") or ""), results)
                if results:
                    _log_results("mention", team, channel, results)
                    _confirm(client, channel, parent or event, results, rt, team)
                    return
            if said and not questions.asks_to_add(said):
                _answer_question(rt, client, team, channel, _thread_of(event), said)
                return
            post_in_thread(
                client, channel, _thread_of(event), blocks.notice(MENTION_HELP), rt, team
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


def _thread_of(event: dict) -> str:
    """The thread an answer to this message goes in: its own, or a new one under it."""
    return str(event.get("thread_ts") or event.get("ts") or "")


def _reply_thread(event: dict) -> str | None:
    """The thread a message replies in; None for a message at the top of a conversation."""
    thread = event.get("thread_ts")
    return str(thread) if thread and thread != event.get("ts") else None


def _thread_state(rt: Runtime, team: str, channel: str, thread: str) -> dict | None:
    try:
        return conversation.load(rt, team, channel, thread)
    except (StoreError, sqlite3.Error) as exc:
        log_event(log, "thread unread", logging.WARNING, channel=channel, error=str(exc))
        return None


def _autoingest_wanted(rt: Runtime, team: str, channel: str, message: dict) -> bool:
    """The channel turned auto-ingest on. When the store cannot be read to tell, an article
    is tried all the same: its poster is then told that the store is broken (with ⚠️), where
    silence would look like an ignored setting."""
    try:
        with rt.db() as db:
            return autoingest.enabled(db, team, channel)
    except (StoreError, sqlite3.Error) as exc:
        log_event(log, "channel setting unread", logging.WARNING, channel=channel, error=str(exc))
        return intake.carries_article(message)


def _ingest_and_confirm(
    rt: Runtime,
    client: WebClient,
    where: intake.Where,
    message: dict,
    via: str,
    bot_user: str | None = None,
) -> None:
    results = intake.ingest_message(rt, client, where, message, bot_user=bot_user)
    poster = str(message.get("user") or "")
    corrections.record_posters(rt, where.team, where.channel, poster, results)
    if results:
        _log_results(via, where.team, where.channel, results)
        _confirm(client, where.channel, message, results, rt, where.team)


def _post_answer(
    rt: Runtime,
    client: WebClient,
    team: str,
    channel: str,
    thread: str,
    reply: conversation.Answer,
) -> None:
    """The answer in the thread, then its chart under it; the thread remembers the question."""
    if reply.state is not None:
        conversation.remember(rt, team, channel, thread, reply.state)
    error = post_in_thread(client, channel, thread, reply.message, rt, team)
    if reply.chart and error is None:
        failed = post_chart(client, channel, *reply.chart, thread_ts=thread)
        if failed:
            log_event(log, "chart not posted", logging.WARNING, channel=channel, error=failed)


def _answer_question(
    rt: Runtime, client: WebClient, team: str, channel: str, thread: str, text: str
) -> None:
    reply = conversation.ask(rt, team, channel, text)
    log_event(log, "asked", team=team, channel=channel, kind=_kind(reply))
    _post_answer(rt, client, team, channel, thread, reply)


def _answer_follow_up(
    rt: Runtime,
    client: WebClient,
    team: str,
    channel: str,
    thread: str,
    state: dict,
    text: str,
    new_question_otherwise: bool,
) -> bool:
    """A reply in a thread with a question: refine it, or (when addressed to the bot) ask
    anew in the same thread. False when the reply was neither (people talking)."""
    reply = conversation.refine(rt, team, channel, state, text)
    if reply is None:
        if not new_question_otherwise or not text.strip():
            return False
        reply = conversation.ask(rt, team, channel, text)
    log_event(log, "follow-up", team=team, channel=channel, kind=_kind(reply))
    _post_answer(rt, client, team, channel, thread, reply)
    return True


def _kind(reply: conversation.Answer) -> str:
    return str(((reply.state or {}).get("question") or {}).get("kind") or "none")


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
