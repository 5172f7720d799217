"""A dated chronology of a place, actor or keyword, with verbatim sentences and sources.

Usage: timeline SUBJECT [--from DATE] [--to DATE] [--limit N]. Reports of one event in several
articles are merged into one entry that lists every source; mentions whose date cannot be
resolved are listed apart, never given a made-up date. With --limit, the N most salient dates
are kept: those reported by the most independent articles; without it, all dates up to
MAX_DATES, beyond which the most salient are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from commands import chronology, subjects
from commands.chronology import Entry, date_bounds, merge, salient, subject_events
from commands.citations import Citation
from store import entities
from store.articles import EVERYONE, Viewer, get_article
from text.tokens import terms

if TYPE_CHECKING:
    import sqlite_utils

KEYWORD_PASSAGES = 400


@dataclass(frozen=True)
class Undated:
    text: str
    date_text: str
    source: Citation
    passage_id: int | None

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "date_text": self.date_text,
                "sources": [{"article": self.source.to_json(), "passage_id": self.passage_id}]}


@dataclass(frozen=True)
class TimelineAnswer:
    query: str
    subject: subjects.Subject | None
    entries: list[Entry]
    undated: list[Undated]
    suggestions: list[str]
    message: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"query": self.query,
                "subject": self.subject.to_json() if self.subject else None,
                "entries": [e.to_json() for e in self.entries],
                "undated": [u.to_json() for u in self.undated],
                "suggestions": self.suggestions}


def _keyword_events(db, query: str, viewer: Viewer) -> list[entities.EventRow]:
    from commands.passages import parse

    parsed = parse(query)
    if not parsed.terms:
        return []
    from store import index

    ranked = index.top(db, parsed.terms, KEYWORD_PASSAGES)
    wanted = set(parsed.terms)
    events = entities.events_in_passages(db, [pid for pid, _ in ranked], viewer)
    # The event's own sentence must name the keyword, not just its passage.
    return [e for e in events if wanted & set(terms(e.text))]


def run(db: sqlite_utils.Database, subject_text: str, viewer: Viewer = EVERYONE,
        date_from: str | None = None, date_to: str | None = None,
        limit: int | None = None) -> TimelineAnswer:
    subject_text = " ".join(subject_text.split())[:200]
    low, high = date_bounds(date_from, date_to)
    subject = subjects.best(db, subject_text, viewer)
    counted: dict[str, int] | None = None
    if subject is not None:
        dated_events, undated_events, counted = subject_events(
            db, subject.actor_ids, subject.place_ids, viewer, low, high, limit)
        events = dated_events + undated_events
    else:
        events = _keyword_events(db, subject_text, viewer)

    citations: dict[int, Citation] = {}
    for article_id in {e.article_id for e in events}:
        article = get_article(db, article_id)
        if article:
            citations[article_id] = Citation.of(article)
    dated = [e for e in events if e.date and low <= (e.sort_key or "") <= high]
    dated.sort(key=lambda e: (e.sort_key or "", e.article_id, e.start))
    entries = merge(dated, citations)
    if limit:
        entries = salient(entries, limit, counted)
    elif len({e.date for e in entries}) > chronology.MAX_DATES:
        entries = salient(entries, chronology.MAX_DATES, counted)
    undated = [Undated(e.text, e.date_text, citations[e.article_id], e.passage_id)
               for e in sorted(events, key=lambda e: (e.article_id, e.start)) if e.date is None]
    if not entries and not undated:
        hints = (subjects.suggestions(db, subject_text, viewer=viewer) if subject is None
                 else [])
        message = (f"nothing dated found for {subject_text!r}"
                   + (f"; did you mean: {', '.join(hints)}?" if hints else ""))
        return TimelineAnswer(subject_text, subject, [], [], hints, message)
    labels = entities.event_labels(db, [i for e in entries for i in e.event_ids])
    for entry in entries:
        actors_seen: dict[str, None] = {}
        places_seen: dict[str, None] = {}
        for event_id in entry.event_ids:
            names = labels.get(event_id, ([], []))
            actors_seen.update(dict.fromkeys(names[0]))
            places_seen.update(dict.fromkeys(names[1]))
        entry.actors, entry.places = list(actors_seen), list(places_seen)
    return TimelineAnswer(subject_text, subject, entries, undated, [])
