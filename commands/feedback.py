"""Feedback on answers: timeline entries and quotes that someone said have the wrong date,
the wrong actor or place, or are not relevant, with who said so and when. Such an entry stays
hidden from its workspace's answers until someone restores it (`--restore ID`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from store import feedback
from store.feedback import Feedback

if TYPE_CHECKING:
    import sqlite_utils


class FeedbackError(ValueError):
    """No such feedback to restore."""


@dataclass(frozen=True)
class FeedbackAnswer:
    feedback: list[Feedback]
    restored: Feedback | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "feedback": [f.to_json() for f in self.feedback],
            "restored": self.restored.to_json() if self.restored else None,
        }


def run(
    db: sqlite_utils.Database,
    team: str | None = None,
    everything: bool = False,
    restore: int | None = None,
    user: str = "terminal",
) -> FeedbackAnswer:
    """The latest feedback first (with everything, also what was restored); with restore,
    take that feedback back first. team None: every workspace's (the terminal)."""
    restored = None
    if restore is not None:
        from store.db import as_database, transaction

        with transaction(as_database(db)):
            restored = feedback.restore(db, restore, user, team)
        if restored is None:
            raise FeedbackError(f"no feedback #{restore} here")
    return FeedbackAnswer(feedback.listing(db, team, everything), restored)
