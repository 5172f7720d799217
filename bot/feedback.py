"""Feedback on answers in Slack: the "⋯" menu of a timeline entry or a quote records a verdict
(store/feedback.py) and hides the item from the workspace's answers; Restore takes it back.

An item is named for feedback by what it shows, not by where it sits in one answer: a quote by
its passage, a dated entry by its date and the words of its text, so the same entry is hidden
whichever command or page shows it.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from bot import blocks, labels
from bot.runtime import Runtime
from store import feedback as store
from store import slack as slack_store
from store.db import as_database, transaction

if TYPE_CHECKING:
    import sqlite_utils

    from bot.answers import Reply

# Where each kind of answer keeps its entries and quotes.
ENTRY_LISTS = {"timeline": "entries", "actor": "timeline"}
QUOTE_LISTS = {"quote": "results", "actor": "quotes"}


def entry_key(entry: dict) -> str:
    words = " ".join(str(entry.get("text") or "").lower().split())
    digest = hashlib.sha1(words.encode("utf-8")).hexdigest()[:16]
    return f"entry:{entry.get('date') or ''}:{digest}"


def quote_key(result: dict) -> str:
    return f"passage:{result.get('passage_id')}"


def about(kind: str, answer: dict) -> str:
    """What the answer was asked about: the subject's or actor's name, or the query."""
    named = answer.get("subject") if kind == "timeline" else answer.get("actor")
    name = (named or {}).get("name") if isinstance(named, dict) else None
    return str(name or answer.get("query") or "")


def without_hidden(db: sqlite_utils.Database, team: str, kind: str, answer: dict) -> dict:
    """The answer without the entries and quotes this workspace's feedback hides."""
    hidden = store.hidden(db, team, about(kind, answer))
    if not hidden:
        return answer
    answer = dict(answer)
    if kind in ENTRY_LISTS:
        name = ENTRY_LISTS[kind]
        answer[name] = [e for e in answer.get(name) or [] if entry_key(e) not in hidden]
    if kind in QUOTE_LISTS:
        name = QUOTE_LISTS[kind]
        answer[name] = [q for q in answer.get(name) or [] if quote_key(q) not in hidden]
    return answer


def give(rt: Runtime, team: str, channel: str, user: str, value: str) -> Reply:
    """A verdict chosen in an item's menu: 'verdict|answer id:e3' (blocks.feedback_menu)."""
    from bot.answers import private

    verdict, _, rest = value.partition("|")
    answer_id, _, which = rest.partition(":")
    if verdict not in store.VERDICTS or not answer_id or not which:
        return private("That menu is broken; ask again.")
    with rt.db() as db:
        saved = slack_store.load_answer(db, answer_id, team, channel)
        if saved is None:
            return private("This answer has expired; ask again to give feedback on it.")
        kind, answer = saved.payload["kind"], saved.payload["answer"]
        item = blocks.item_at(kind, answer, which)
        if item is None:
            return private("That menu is broken; ask again.")
        key = entry_key(item) if which.startswith("e") else quote_key(item)
        with transaction(as_database(db)):
            given = store.give(
                db,
                team,
                kind,
                key,
                about(kind, answer),
                verdict,
                str(item.get("text") or ""),
                user,
            )
    return feedback_given(given)


def feedback_given(given: store.Feedback) -> Reply:
    from bot.answers import Reply

    where = (
        "from this workspace's answers"
        if given.verdict == store.EVERYWHERE
        else f"from this workspace's answers about “{blocks.clip_escaped(given.about, 100)}”"
    )
    text = (
        f"Thanks: “{blocks.clip_escaped(given.text, 200)}” is marked "
        f"*{blocks.escape(labels.verdict(given.verdict).lower())}* and hidden {where}. "
        "Ask again to see the answer without it."
    )
    restore = blocks.button("Restore", blocks.RESTORE_ACTION, str(given.id)).to_dict()
    message = blocks.Message(text, [blocks.section(text), blocks.actions_block([restore])])
    return Reply(message, public=False)


def restore(rt: Runtime, team: str, user: str, value: str) -> Reply:
    """Restore (anyone in the workspace may): the entry shows in answers again."""
    from bot.answers import private

    if not value.isdigit():
        return private("That button is broken.")
    with rt.db() as db, transaction(as_database(db)):
        restored = store.restore(db, int(value), user, team)
    if restored is None:
        return private("There is no such feedback in this workspace.")
    return private(
        f"Restored: “{blocks.clip_escaped(restored.text, 200)}” shows in answers again "
        f"(feedback #{restored.id} by {blocks.mention(restored.user)}, restored by "
        f"{blocks.mention(user)})."
    )


def listing(rt: Runtime, team: str, text: str, user: str) -> Reply:
    """`/sitrep feedback [restore:ID]`: the workspace's feedback in force, each with Restore."""
    from bot.answers import Reply, private
    from commands import feedback as command
    from commands import registry

    rest = text.split(None, 1)[1] if len(text.split()) > 1 else ""
    try:
        _, options = registry.parse_words("feedback", rest)
        with rt.db() as db:
            answer = command.run(db, team, restore=options.get("restore"), user=user)  # type: ignore[arg-type]
    except ValueError as exc:  # a bad id, or no such feedback here
        return private(blocks.escape(exc))
    return Reply(blocks.feedback_list(answer.to_json()), public=False)
