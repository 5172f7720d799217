"""Find the best passages for some words, verbatim, with citations.

Usage: quote WORDS...  Words in double quotes must appear together as a phrase. A question
typed as a sentence works too: function words are dropped, content words kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from commands.passages import MAX_QUERY_CHARS, Quote, parse, search
from store.articles import EVERYONE, Viewer

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class QuoteAnswer:
    query: str
    results: list[Quote] = field(default_factory=list)
    message: str | None = None   # why there is nothing to show, when there is nothing

    def to_json(self) -> dict[str, object]:
        return {"query": self.query, "results": [r.to_json() for r in self.results]}


def run(db: sqlite_utils.Database, query: str, limit: int = 5, viewer: Viewer = EVERYONE,
        expansions: list[str] | None = None) -> QuoteAnswer:
    """expansions: other names to match too; by default those of the actors and places the
    query names (any alias, spelling or demonym finds the passages using the others)."""
    if expansions is None:
        from commands.subjects import expansions as other_names

        expansions = other_names(query[:MAX_QUERY_CHARS])
    parsed = parse(query, expansions)
    if not parsed.terms:
        return QuoteAnswer(query, [],
                           "no searchable words in the query: try names, places or key words")
    results = search(db, parsed, limit, viewer)
    return QuoteAnswer(query, results, None if results else "no passage matches")
