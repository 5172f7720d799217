"""Corrections from Slack: Remove from Sitrep and Edit under an ingest confirmation, and
`/sitrep forget <permalink|title>`. Only the person who added the article from Slack, or a
workspace admin or owner (users.info), may remove or edit it; every change is logged
(store/corrections.py) and the store changes in one transaction (commands/article_changes.py).
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import blocks
from bot.logs import event as log_event
from bot.runtime import Runtime
from commands import article_changes
from commands.arguments import iso_date
from store import articles as article_store
from store import corrections as store
from store.db import as_database, transaction

if TYPE_CHECKING:
    from bot.answers import Reply

log = logging.getLogger("bot")
REFUSED = "Only the person who added this article, or a workspace admin, can remove or edit it."
EDIT_FIELDS = ("title", "source", "published")


def record_posters(rt: Runtime, team: str, channel: str, user: str, results: list[dict]) -> None:
    """Remember who added each new article (for Remove and Edit); the first poster stays."""
    added = [
        int(a["id"])
        for r in results
        for a in r.get("articles") or []
        if a.get("duplicate_of") is None and a.get("id") is not None
    ]
    if not added or not user:
        return
    with rt.db() as db, transaction(as_database(db)):
        for article_id in added:
            store.record_poster(db, article_id, team, user, channel)


def is_admin(client: WebClient, user: str) -> bool:
    """A workspace admin or owner, as Slack says (users.info); False when Slack cannot say."""
    try:
        info = client.users_info(user=user).get("user") or {}
    except SlackApiError as exc:
        log_event(log, "users.info failed", logging.WARNING, error=exc.response.get("error"))
        return False
    return bool(info.get("is_admin") or info.get("is_owner") or info.get("is_primary_owner"))


def may_change(rt: Runtime, client: WebClient, team: str, user: str, article_id: int) -> bool:
    with rt.db() as db:
        row = db.conn.execute("SELECT team FROM articles WHERE id = ?", (article_id,)).fetchone()
        poster = store.poster(db, article_id)
    if row is None or row[0] != team:
        return False
    return (poster is not None and poster == user) or is_admin(client, user)


def _article(rt: Runtime, team: str, value: str) -> article_store.ArticleRow | None:
    """The article a Remove or Edit button names ('id:title key', blocks.article_ref): the
    same article after edits (which store it again, maybe under a new id), None once it is
    gone, even if its id now belongs to another article."""
    number, _, key = value.partition(":")
    if not number.isdigit() or not key:
        return None
    article_id = int(number)
    with rt.db() as db:
        article = article_store.get_article(db, article_id)
        if article is None or blocks.article_ref(article_id, article.title) != value:
            article = None
            for correction, before, new_id in store.edits_of(db, article_id):
                if new_id and blocks.article_ref(article_id, str(before.get("title"))) == value:
                    final = store.current_id(db, new_id, correction)
                    article = article_store.get_article(db, final)
                    break
    return article if article is not None and article.team == team else None


def _removed(changed: article_changes.Changed, user: str) -> blocks.Message:
    copies = f" (and {blocks.plural(changed.copies, 'near copy', 'near copies')})"
    text = (
        f":wastebasket: *{blocks.clip_escaped(changed.title, 200)}* was removed from Sitrep "
        f"by {blocks.mention(user)}" + (copies if changed.copies else "") + "."
    )
    return blocks.notice(text)


def remove(rt: Runtime, client: WebClient, team: str, user: str, value: str) -> Reply:
    """The Remove button (value: the article id). The confirmation it sits on becomes the
    notice of removal; a refusal is for the clicker only."""
    from bot.answers import private

    article = _article(rt, team, value)
    if article is None:
        return private("That article is no longer in Sitrep.")
    return _remove(rt, client, team, user, article.id, public=True)


def forget(rt: Runtime, client: WebClient, team: str, channel: str, user: str, text: str) -> Reply:
    """`/sitrep forget <permalink|title|#id>`, among the articles this conversation sees."""
    from bot.answers import private

    wanted = text.split(None, 1)[1] if len(text.split()) > 1 else ""
    if not wanted.strip():
        return private("Usage: `/sitrep forget ARTICLE` — its link or permalink, title or #id.")
    viewer = article_store.Viewer(team=team, conversation=channel)
    try:
        with rt.db() as db:
            article = article_changes.find(db, wanted, viewer)
    except article_changes.ChangeError as exc:
        return private(blocks.escape(exc))
    return _remove(rt, client, team, user, article.id, public=False)


def edit_view(article: article_store.ArticleRow, channel: str, thread: str) -> dict:
    """The Edit form: title, outlet and publication date, filled with what is stored."""

    def field(block_id: str, label: str, value: str | None, hint: str, optional: bool) -> dict:
        element: dict[str, Any] = {"type": "plain_text_input", "action_id": "value"}
        if value:
            element["initial_value"] = value[:3000]
        element["placeholder"] = {"type": "plain_text", "text": hint}
        return {
            "type": "input",
            "block_id": block_id,
            "optional": optional,
            "label": {"type": "plain_text", "text": label},
            "element": element,
        }

    return {
        "type": "modal",
        "callback_id": blocks.EDIT_CALLBACK,
        "private_metadata": json.dumps(
            {"a": blocks.article_ref(article.id, article.title), "c": channel, "t": thread}
        ),
        "title": {"type": "plain_text", "text": "Edit article"},
        "submit": {"type": "plain_text", "text": "Save"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            field("title", "Title", article.title, "The article's headline", False),
            field("source", "Outlet", article.source, "e.g. Reuters", True),
            field("published", "Publication date", article.published, "YYYY-MM-DD", True),
        ],
    }


def open_edit(
    rt: Runtime, client: WebClient, team: str, channel: str, user: str, value: str, body: dict
) -> Reply | None:
    """The Edit button: the form, or a refusal for the clicker (None when the form opened)."""
    from bot.answers import private

    article = _article(rt, team, value)
    if article is None:
        return private("That article is no longer in Sitrep.")
    if not may_change(rt, client, team, user, article.id):
        log_event(log, "correction refused", team=team, user=user, article=article.id)
        return private(REFUSED)
    message = body.get("message") or {}
    thread = str(message.get("thread_ts") or message.get("ts") or "")
    client.views_open(
        trigger_id=str(body.get("trigger_id") or ""), view=edit_view(article, channel, thread)
    )
    return None


def submitted_fields(view: dict) -> dict[str, str]:
    values = (view.get("state") or {}).get("values") or {}
    return {
        name: str(((values.get(name) or {}).get("value") or {}).get("value") or "").strip()
        for name in EDIT_FIELDS
    }


def form_errors(view: dict) -> dict[str, str]:
    """What is wrong with the form, by field, checked before Slack closes it."""
    fields = submitted_fields(view)
    errors = {}
    if not fields["title"]:
        errors["title"] = "A title cannot be empty."
    if fields["published"]:
        try:
            iso_date(fields["published"])
        except ValueError:
            errors["published"] = "A date as YYYY, YYYY-MM or YYYY-MM-DD."
    return errors


def form_place(view: dict) -> dict:
    """Where the form was opened from: {"a": the article (blocks.article_ref), "c": channel,
    "t": thread}."""
    try:
        place = json.loads(str(view.get("private_metadata") or "{}"))
    except ValueError:
        return {}
    return place if isinstance(place, dict) else {}


def save_edit(rt: Runtime, client: WebClient, team: str, user: str, view: dict) -> str:
    """Apply a submitted form; returns the line to tell the editor."""
    article = _article(rt, team, str(form_place(view).get("a") or ""))
    if article is None:
        return "That article is no longer in Sitrep."
    article_id = article.id
    if not may_change(rt, client, team, user, article_id):
        log_event(log, "correction refused", team=team, user=user, article=article_id)
        return REFUSED
    fields = submitted_fields(view)
    try:
        with rt.db() as db:
            changed = article_changes.edit(
                db,
                article_id,
                user,
                title=fields["title"],
                source=fields["source"],
                published=fields["published"] or None,
            )
    except article_changes.ChangeError as exc:
        return f"Not changed: {blocks.escape(exc)}"
    log_event(log, "article edited", team=team, user=user, article=article_id)
    changes = ", ".join(
        f"{name} “{blocks.clip_escaped(str(changed.after.get(name) or '—'), 120)}”"
        for name in EDIT_FIELDS
        if changed.before.get(name) != changed.after.get(name)
    )
    return f":pencil2: Saved: {changes} (by {blocks.mention(user)})."


def _remove(
    rt: Runtime, client: WebClient, team: str, user: str, article_id: int, public: bool
) -> Reply:
    """Remove the article if `user` may (its poster or an admin), logging either way."""
    from bot.answers import Reply, private

    if not may_change(rt, client, team, user, article_id):
        log_event(log, "correction refused", team=team, user=user, article=article_id)
        return private(REFUSED)
    with rt.db() as db:
        changed = article_changes.remove(db, article_id, user)
    log_event(log, "article removed", team=team, user=user, article=article_id)
    return Reply(_removed(changed, user), public=public)
