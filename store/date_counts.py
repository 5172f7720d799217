"""The counts behind a timeline's choice of dates, kept at ingest: for each subject an article
is about or that a dated event is in the scope of (extract/scope.py), which of the article's
dates it mentions and how, and the days it was published just after. Reading them costs the
same for the most frequent subject as for a rare one (docs/PERFORMANCE.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from store import rows
from store.records import ArticleEntities, SubjectKey

NEAR_DAYS = 7  # an article published this many days after a date is near it
BURST_DAYS = 2  # an article counts in the burst of its publication day and the two before


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def store_date_counts(
    sink: rows.Sink,
    article_id: int,
    found: ArticleEntities,
    event_ids: list[int],
    actor_ids: dict[str, int],
    place_ids: dict[str, int],
    team: str,
    scope: str,
    published: str | None,
) -> None:
    """Write the article's scope_events and add its counts to date_salience (into sink:
    rows.Immediate or a batch's rows.PendingRows)."""
    if found.scope is None:
        return

    def subject(key: SubjectKey) -> str | None:
        kind, name = key
        if kind == "a":
            return f"a:{actor_ids[name]}" if name in actor_ids else None
        if kind == "p":
            return f"p:{place_ids[name]}" if name in place_ids else None
        return f"c:{name}"

    names: dict[SubjectKey, str | None] = {}  # each key's stored form, worked out once
    about = {s for s in map(subject, found.scope.about) if s}
    pub_day = _day(published)
    lead_end = found.scope.lead_end
    # (subject, date) -> [sort key, articles, scoped, named, leads, near] for this article
    counts: dict[tuple[str, str], list[Any]] = {}
    scope_rows: list[tuple[object, ...]] = []
    for ev, event_id, subjects in zip(found.events, event_ids, found.scope.events, strict=True):
        if not ev.date:
            continue
        sort_key = ev.sort_key or ""
        start_day = _day(sort_key)
        near = int(
            pub_day is not None
            and start_day is not None
            and 0 <= (pub_day - start_day).days <= NEAR_DAYS
        )
        lead = int(ev.start < lead_end)
        levels: dict[str, int] = {}
        for k, level in subjects.items():
            if k not in names:
                names[k] = subject(k)
            s = names[k]
            if s is not None:
                levels[s] = level
                scope_rows.append((s, ev.date, event_id, article_id, level))
        # A year is told by its scope only: "in 2011" in an article about a subject is
        # background far more often than news, and there are many.
        counted = about | levels.keys() if ev.precision in ("day", "month") else levels.keys()
        for s in counted:
            row = counts.get((s, ev.date))
            if row is None:
                row = counts[(s, ev.date)] = [sort_key, 1, 0, 0, 0, 0]
            elif sort_key < row[0]:
                row[0] = sort_key
            level = levels.get(s, 2)
            if level < 2:
                row[2] = 1
                if level == 0:
                    row[3] = 1
            row[4] |= lead
            row[5] |= near
    # Plain tuples in the field order of ScopeEventRow and DateSalienceRow: the sink binds
    # them as they are (see store/writer.py).
    salience = [
        (s, date, team, scope, key, articles, scoped, named, leads, near, 0)
        for (s, date), (key, articles, scoped, named, leads, near) in counts.items()
    ]
    if pub_day is not None:
        for back in range(BURST_DAYS + 1):
            day = (pub_day - dt.timedelta(days=back)).isoformat()
            salience += [(s, day, team, scope, day, 0, 0, 0, 0, 0, 1) for s in about]
    sink.add("scope_events", scope_rows)
    sink.add("date_salience", salience)
