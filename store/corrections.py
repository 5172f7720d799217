"""Corrections to stored articles: who added each one from Slack, taking an article out of
the store, and the log of every change (who, when, what it was before and after).

Taking an article out removes, in the caller's transaction, its passages from the index, its
mentions, relations and events, its share of the counts behind timelines and profiles (the
same arithmetic as widening its audience, store/audience.py), its near copies (stored, never
indexed) and the article itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from store import audience
from store.index.removal import remove_passages

if TYPE_CHECKING:
    import sqlite_utils

ACTIONS = ("remove", "edit")


@dataclass(frozen=True)
class Correction:
    id: int
    team: str
    article_id: int
    action: str  # remove | edit
    user: str  # a Slack user id, or "terminal"
    at: str
    title: str
    before: dict[str, Any]
    after: dict[str, Any]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "team": self.team,
            "article_id": self.article_id,
            "action": self.action,
            "user": self.user,
            "at": self.at,
            "title": self.title,
            "before": self.before,
            "after": self.after,
        }


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record_poster(
    db: sqlite_utils.Database, article_id: int, team: str, user: str, conversation: str
) -> None:
    """Remember who first added an article from Slack (later posts of it do not change it)."""
    db.conn.execute(
        "INSERT OR IGNORE INTO article_posters (article_id, team, user, conversation, posted_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (article_id, team, user, conversation, now()),
    )


def poster(db: sqlite_utils.Database, article_id: int) -> str | None:
    row = db.conn.execute(
        "SELECT user FROM article_posters WHERE article_id = ?", (article_id,)
    ).fetchone()
    return row[0] if row else None


def move_poster(db: sqlite_utils.Database, old_id: int, new_id: int) -> None:
    """An edited article is stored again under a new id; its poster stays its poster."""
    db.conn.execute(
        "UPDATE article_posters SET article_id = ? WHERE article_id = ?", (new_id, old_id)
    )


def log(
    db: sqlite_utils.Database,
    team: str,
    article_id: int,
    action: str,
    user: str,
    title: str,
    before: dict[str, Any],
    after: dict[str, Any],
    new_article_id: int | None = None,
) -> int:
    if action not in ACTIONS:
        raise ValueError(f"unknown correction {action!r}")
    cursor = db.conn.execute(
        "INSERT INTO corrections (team, article_id, action, user, at, title, before, after, "
        "new_article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            team,
            article_id,
            action,
            user,
            now(),
            title,
            json.dumps(before, ensure_ascii=False, sort_keys=True),
            json.dumps(after, ensure_ascii=False, sort_keys=True),
            new_article_id,
        ),
    )
    return int(cursor.lastrowid or 0)


def edits_of(
    db: sqlite_utils.Database, article_id: int
) -> list[tuple[int, dict[str, Any], int | None]]:
    """(correction id, fields before, new article id) of each edit of the article id, in
    order."""
    return [
        (r[0], json.loads(r[1]), r[2])
        for r in db.conn.execute(
            "SELECT id, before, new_article_id FROM corrections WHERE article_id = ? "
            "AND action = 'edit' ORDER BY id",
            (article_id,),
        )
    ]


def current_id(db: sqlite_utils.Database, article_id: int, seen_since: int = 0) -> int:
    """The id an article has now: edits store it again under a new id (a button posted
    before an edit still names the old one). seen_since: only edits logged after that
    correction id count (an id may be reused once its article is gone)."""
    at = seen_since
    for _ in range(100):  # a chain of edits, never a loop
        row = db.conn.execute(
            "SELECT id, new_article_id FROM corrections WHERE article_id = ? AND action = 'edit' "
            "AND id > ? ORDER BY id LIMIT 1",
            (article_id, at),
        ).fetchone()
        if row is None or row[1] is None:
            return article_id
        at, article_id = row
    return article_id


def history(
    db: sqlite_utils.Database, team: str | None = None, limit: int = 50
) -> list[Correction]:
    """The latest corrections first; team None for every workspace (the terminal)."""
    where, params = ("WHERE team = ?", [team]) if team is not None else ("", [])
    rows = db.conn.execute(
        "SELECT id, team, article_id, action, user, at, title, before, after FROM corrections "
        f"{where} ORDER BY id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [
        Correction(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), json.loads(r[8]))
        for r in rows
    ]


def passages_of(db: sqlite_utils.Database, article_id: int) -> list[tuple[int, int, int, int]]:
    """(passage id, start, end, length in terms) of an article, in order."""
    rows: list[tuple[int, int, int, int]] = db.conn.execute(
        "SELECT id, start, end, n_terms FROM passages WHERE article_id = ? ORDER BY seq",
        (article_id,),
    ).fetchall()
    return rows


def take_out(
    db: sqlite_utils.Database, article_id: int, indexed_terms: list[str], keep_copies: bool = False
) -> list[int]:
    """Remove an article and everything derived from it; call inside a transaction.
    indexed_terms are the words its passages were indexed under (commands/corrections.py
    works them out as ingest did). Returns the ids of its near copies, removed with it unless
    keep_copies (an edit points them at the article stored again)."""
    row = db.conn.execute(
        "SELECT team, duplicate_of FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        raise KeyError(article_id)
    team, duplicate_of = row
    if duplicate_of is None:  # an indexed article: its counts and postings go
        for scope in audience.conversations(db, article_id) or [""]:
            audience.shift(db, article_id, team, scope, -1)
        passages = passages_of(db, article_id)
        remove_passages(db, [(pid, n) for pid, _, _, n in passages], indexed_terms)
    db.conn.execute("DELETE FROM subject_events WHERE article_id = ?", (article_id,))
    db.conn.execute("DELETE FROM scope_events WHERE article_id = ?", (article_id,))
    db.conn.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
    copies = [
        r[0]
        for r in db.conn.execute(
            "SELECT id FROM articles WHERE duplicate_of = ? AND id != ?", (article_id, article_id)
        )
    ]
    if not keep_copies:
        for copy in copies:
            db.conn.execute("DELETE FROM articles WHERE id = ?", (copy,))
            db.conn.execute("DELETE FROM article_posters WHERE article_id = ?", (copy,))
    db.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    if not keep_copies:
        db.conn.execute("DELETE FROM article_posters WHERE article_id = ?", (article_id,))
    return copies
