"""The corrections log: every removal and edit of an article, latest first, with who made it,
when, and the fields before and after."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from store import corrections
from store.corrections import Correction

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class CorrectionsAnswer:
    corrections: list[Correction]

    def to_json(self) -> dict[str, object]:
        return {"corrections": [c.to_json() for c in self.corrections]}


def run(db: sqlite_utils.Database, team: str | None = None, limit: int = 50) -> CorrectionsAnswer:
    """team None: every workspace's (the terminal)."""
    if limit < 1:
        raise ValueError("the limit must be at least 1")
    return CorrectionsAnswer(corrections.history(db, team, limit))
