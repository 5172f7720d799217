"""Feedback on answers: a timeline entry or a quote said to have the wrong date, the wrong
actor or place, or not to be relevant. Each is kept with who gave it and when; restoring it
keeps the row (with who restored it) so the list stays a record.

An item with feedback is hidden from its workspace's answers until restored: wrong-date
feedback hides it everywhere (the date is wrong whatever was asked); the other two hide it
only from answers about the same subject or query (`about`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

VERDICTS = ("wrong_date", "wrong_subject", "not_relevant")
EVERYWHERE = "wrong_date"  # the one verdict that is not about the question asked


@dataclass(frozen=True)
class Feedback:
    id: int
    team: str
    command: str  # timeline | actor | quote
    item: str  # what was judged: "entry:<date>:<text key>" or "passage:<id>"
    about: str  # the subject or query it was judged under, folded to lower case
    verdict: str
    text: str  # the item's text, short, for the list
    user: str
    at: str
    restored_by: str | None
    restored_at: str | None

    @property
    def active(self) -> bool:
        return self.restored_at is None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "team": self.team,
            "command": self.command,
            "item": self.item,
            "about": self.about,
            "verdict": self.verdict,
            "text": self.text,
            "user": self.user,
            "at": self.at,
            "restored_by": self.restored_by,
            "restored_at": self.restored_at,
        }


_COLUMNS = "id, team, command, item, about, verdict, text, user, at, restored_by, restored_at"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def give(
    db: sqlite_utils.Database,
    team: str,
    command: str,
    item: str,
    about: str,
    verdict: str,
    text: str,
    user: str,
) -> Feedback:
    """Record feedback (the same person's same verdict on the same item again is one row)."""
    if verdict not in VERDICTS:
        raise ValueError(f"unknown feedback {verdict!r}; one of {', '.join(VERDICTS)}")
    about = " ".join(about.lower().split())[:200]
    row = db.conn.execute(
        f"SELECT {_COLUMNS} FROM feedback WHERE team = ? AND item = ? AND about = ? "
        "AND verdict = ? AND user = ? AND restored_at IS NULL",
        (team, item, about, verdict, user),
    ).fetchone()
    if row is not None:
        return Feedback(*row)
    cursor = db.conn.execute(
        "INSERT INTO feedback (team, command, item, about, verdict, text, user, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (team, command, item, about, verdict, text[:300], user, _now()),
    )
    found = get(db, int(cursor.lastrowid or 0))
    assert found is not None
    return found


def get(db: sqlite_utils.Database, feedback_id: int) -> Feedback | None:
    row = db.conn.execute(f"SELECT {_COLUMNS} FROM feedback WHERE id = ?", (feedback_id,))
    found = row.fetchone()
    return Feedback(*found) if found else None


def restore(
    db: sqlite_utils.Database, feedback_id: int, user: str, team: str | None = None
) -> Feedback | None:
    """Take feedback back (anyone in its workspace may); None when there is no such feedback
    in the team (None: any team, the terminal)."""
    found = get(db, feedback_id)
    if found is None or (team is not None and found.team != team):
        return None
    if found.active:
        db.conn.execute(
            "UPDATE feedback SET restored_by = ?, restored_at = ? WHERE id = ?",
            (user, _now(), feedback_id),
        )
    return get(db, feedback_id)


def hidden(db: sqlite_utils.Database, team: str, about: str) -> set[str]:
    """The items hidden from an answer about `about` in the team."""
    about = " ".join(about.lower().split())[:200]
    return {
        r[0]
        for r in db.conn.execute(
            "SELECT item FROM feedback WHERE team = ? AND restored_at IS NULL "
            "AND (verdict = ? OR about = ?)",
            (team, EVERYWHERE, about),
        )
    }


def listing(
    db: sqlite_utils.Database, team: str | None = None, everything: bool = False, limit: int = 100
) -> list[Feedback]:
    """The latest first: active feedback, or with everything also what was restored."""
    clauses, params = [], []
    if team is not None:
        clauses.append("team = ?")
        params.append(team)
    if not everything:
        clauses.append("restored_at IS NULL")
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = db.conn.execute(
        f"SELECT {_COLUMNS} FROM feedback {where} ORDER BY id DESC LIMIT ?", [*params, limit]
    ).fetchall()
    return [Feedback(*r) for r in rows]
