"""Reports that differ on the day of a named event: "Wire One: on 21 August 2013 · Daily Two:
on 22 August 2013" for "the chemical attack on Ghouta". Reports giving different days for one
event are entries of different days, so they are compared across the entries of one answer
(a timeline, a profile), and the disagreement is shown under each entry of the days it names.

The claims are extract/date_claims.py's (a named event, its place and the day written next to
them); days more than window_days() apart are two events, not two reports of one. As for the
other kinds, a difference counts only between independent sources.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from commands.citations import Citation
from commands.disagreements import (
    COMPARED_PRECISION,
    MAX_PER_ENTRY,
    Disagreement,
    Sources,
    differing,
)
from commands.entries import Entry
from commands.timeline_reports import days_between
from extract.claims import Claim
from extract.date_claims import date_claim, window_days
from store.articles import EVERYONE, Viewer
from store.events import EventRow

if TYPE_CHECKING:
    import sqlite_utils


def _told_by(entry: Entry) -> EventRow | None:
    """The entry's own sentence as a report: its first source is the article it is from."""
    if not entry.sources:
        return None
    citation, passage = entry.sources[0]
    return EventRow(
        entry.event_ids[0] if entry.event_ids else -1,
        citation.id,
        passage,
        0,
        0,
        entry.date,
        entry.precision,
        entry.date_how,
        None,
        entry.text,
    )


def attach_dates(
    db: sqlite_utils.Database,
    entries: Sequence[Entry],
    read_for: dict[int, list[EventRow]],
    citation_of: Callable[[int], Citation | None],
    viewer: Viewer = EVERYONE,
) -> None:
    """Add to each entry the disagreements on the day of a named event it is a report of,
    from the entries' own sentences and the reports read for them (read_for, by id(entry))."""
    by_topic: dict[str, dict[tuple[int, str], tuple[Claim, EventRow]]] = {}
    for entry in entries:
        if entry.precision != COMPARED_PRECISION:
            continue
        # the entry's own sentence, made a report only when it claims a day (most do not)
        told = _told_by(entry) if date_claim(entry.text, entry.date) else None
        for row in [*([told] if told else []), *read_for.get(id(entry), ())]:
            if row.precision != COMPARED_PRECISION or not row.date:
                continue
            claim = date_claim(row.text, row.date)
            if claim is not None:
                by_topic.setdefault(claim.topic, {}).setdefault(
                    (row.article_id, row.date), (claim, row)
                )
    for topic, said in by_topic.items():
        days = {claim.day for claim, _ in said.values()}
        if len(days) < 2 or len({row.article_id for _, row in said.values()}) < 2:
            continue
        found = _disagreement(db, topic, list(said.values()), citation_of, viewer)
        if found is None:
            continue
        shown = {c.claim.day for c in found.claims}
        for entry in entries:
            if entry.date in shown and len(entry.disagreements) < MAX_PER_ENTRY:
                entry.disagreements.append(found)


def _disagreement(
    db: sqlite_utils.Database,
    topic: str,
    said: list[tuple[Claim, EventRow]],
    citation_of: Callable[[int], Citation | None],
    viewer: Viewer,
) -> Disagreement | None:
    """The reports of the most reported day and of the days within window_days() of it,
    when two independent sources among them give different days."""
    citations = {
        row.article_id: c for _, row in said if (c := citation_of(row.article_id)) is not None
    }
    sources = Sources(db, citations, viewer)
    reports = [
        sources.report(claim, row.text, citations[row.article_id], row.article_id, row.passage_id)
        for claim, row in said
        if row.article_id in citations
    ]
    support: dict[str, set[str]] = {}
    for report in reports:
        support.setdefault(report.claim.day, set()).add(report.independent)
    if not support:
        return None
    anchor = max(sorted(support), key=lambda day: len(support[day]))
    # a day that cannot be counted from the anchor is no report of its event (not 0 days off)
    near = [
        r
        for r in reports
        if (apart := days_between(r.claim.day, anchor)) is not None and abs(apart) <= window_days()
    ]
    shown = differing(near)
    if not shown:
        return None
    articles = {r.source.id for r in near}
    return Disagreement(
        "date",
        topic,
        shown,
        len(articles) + sum(sources.copies(a) for a in articles),
        len({r.independent for r in near}),
    )
