"""A dated entry of a chronology: one date, the sentence that tells it and every report of it.
Shared by timelines and actor profiles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from commands.citations import Citation

if TYPE_CHECKING:
    from commands.disagreements import Disagreement


@dataclass
class Entry:
    date: str
    precision: str
    date_how: str
    text: str
    sort_key: str
    event_ids: list[int]
    sources: list[tuple[Citation, int | None]]
    terms: set[str]
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    context: str | None = None  # the sentence(s) before, when the text leans on them
    reports: int = 0  # articles reporting something on the date about the subject
    disagreements: list[Disagreement] = field(default_factory=list)  # reports that differ

    @property
    def outlets(self) -> int:
        return len({c.source or c.origin for c, _ in self.sources})

    def to_json(self) -> dict[str, object]:
        return {
            "date": self.date,
            "precision": self.precision,
            "date_how": self.date_how,
            "text": self.text,
            "context": self.context,
            "actors": self.actors,
            "places": self.places,
            "reports": max(self.reports, len(self.sources)),
            "outlets": self.outlets,
            "sources": [{"article": c.to_json(), "passage_id": p} for c, p in self.sources],
            "disagreements": [d.to_json() for d in self.disagreements],
        }
