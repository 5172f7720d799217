"""What is in the corpus: articles and passages, and the latest additions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from store import articles
from store.articles import EVERYONE, Viewer

if TYPE_CHECKING:
    import sqlite_utils

LATEST = 5


@dataclass(frozen=True)
class StatsAnswer:
    counts: dict[str, int]
    latest: list[dict[str, object]]

    def to_json(self) -> dict[str, object]:
        return {"counts": self.counts, "latest": self.latest}


def run(db: sqlite_utils.Database, viewer: Viewer = EVERYONE, latest: int = LATEST) -> StatsAnswer:
    return StatsAnswer(
        articles.counts(db, viewer),
        [
            {
                "id": a.id,
                "title": a.title,
                "source": a.source,
                "published": a.published,
                "origin": a.origin,
            }
            for a in articles.latest(db, latest, viewer)
        ],
    )
