"""Dated events read back: by passage, by article, by id, with their subjects' names."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from store import entities
from store.articles import EVERYONE, Viewer, article_texts
from store.batches import in_batches

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class EventRow:
    id: int
    article_id: int
    passage_id: int | None
    start: int
    end: int
    date: str | None
    precision: str | None
    date_how: str
    sort_key: str | None
    text: str
    date_text: str = ""


_EVENT_SELECT = (
    "SELECT e.id, e.article_id, e.passage_id, e.start, e.end, e.date, e.precision, "
    "e.date_how, e.sort_key, substr(a.text, e.start + 1, e.end - e.start), "
    "e.date_text "
    "FROM events e JOIN articles a ON a.id = e.article_id "
)


EVENT_SELECT = _EVENT_SELECT  # for the other modules reading events (store/reports.py)


def _events(
    db: sqlite_utils.Database,
    join: str,
    where: str,
    params: Sequence[object],
    viewer: Viewer,
    limit: int,
) -> list[EventRow]:
    vwhere, vparams = viewer.where()
    rows = db.conn.execute(
        f"{_EVENT_SELECT} {join} WHERE {where} AND {vwhere} "
        f"ORDER BY e.sort_key IS NULL, e.sort_key, "
        f"e.id LIMIT ?",
        [*params, *vparams, limit],
    ).fetchall()
    return [EventRow(*r) for r in rows]


def events_in_passages(
    db: sqlite_utils.Database,
    passage_ids: Sequence[int],
    viewer: Viewer = EVERYONE,
    limit: int = 5000,
) -> list[EventRow]:
    if not passage_ids:
        return []
    marks = ",".join("?" * len(passage_ids))
    return _events(db, "", f"e.passage_id IN ({marks})", list(passage_ids), viewer, limit)


def told_on_or_after(
    db: sqlite_utils.Database,
    date: str,
    first_day: str,
    viewer: Viewer = EVERYONE,
    subject_ids: tuple[Sequence[int], Sequence[int]] = ((), ()),
) -> list[tuple[int, int, int, str, bool]]:
    """(article id, start, end, text, mentioned) of every report of date (a sentence or a clause
    cut from one) in an article published on or after first_day: what pages printed once the
    day had come say of it. mentioned: whether a mention stored at ingest of one of the actors
    or places (subject_ids: actor ids, place ids) stands in the report (entities.mentioned_in:
    mentions_between for every report at once, in the one statement: a date of a frequent
    subject has hundreds of reports). Reports have no index by date, so this
    scans them: only the plan rule (commands/timeline_entries.py PLANS_WEIGHED_AFTER, not kept)
    and bench/plan_ahead_census.py read it."""
    vwhere, vparams = viewer.where()
    mentioned, ids = entities.mentioned_in(subject_ids, "e")
    rows = db.conn.execute(
        f"SELECT e.article_id, e.start, e.end, {mentioned} FROM events e "
        "JOIN articles a ON a.id = e.article_id "
        f"WHERE e.date = ? AND substr(a.published, 1, 10) >= ? AND {vwhere} ORDER BY e.id",
        [*ids, date, first_day[:10], *vparams],
    ).fetchall()
    texts = article_texts(db, (row[0] for row in rows))  # see article_texts: not substr()
    return [
        (article_id, start, end, texts[article_id][start:end], bool(found))
        for article_id, start, end, found in rows
    ]


def passage_ranges(
    db: sqlite_utils.Database, article_ids: Sequence[int]
) -> dict[int, tuple[int, int]]:
    """{article id: (its first passage id, its number of passages)}."""
    out: dict[int, tuple[int, int]] = {}
    for chunk, marks in in_batches(article_ids):
        for article, first, n in db.conn.execute(
            f"SELECT article_id, first, passages FROM passage_ranges WHERE article_id IN ({marks})",
            chunk,
        ):
            out[article] = (first, n)
    return out


def event_values_of_articles(
    db: sqlite_utils.Database,
    ranges: dict[int, tuple[int, int]],
    viewer: Viewer = EVERYONE,
    texts: Mapping[int, str] | None = None,
    dated_between: tuple[str, str] | None = None,
) -> list[tuple[Any, ...]]:
    """Events of the articles whose passage ranges are given (by the passage index), range by
    range in the order given, each range's by id, as tuples of EventRow's fields in order (a
    caller keeps few of many events, and a frozen row costs a call per field to make). texts:
    the articles' texts where the caller has read them already; dated_between: (low, high),
    only the dated events whose sort key lies between them."""
    vwhere, vparams = viewer.where()
    # An event's article is stored (a foreign key, deleted with it): the articles are joined
    # only to tell what the viewer may see, a look-up an event when everyone may see all.
    join = "" if vwhere == "1" else "JOIN articles a ON a.id = e.article_id "
    rows: list[tuple[Any, ...]] = []
    for first, n in ranges.values():
        # by id, sorted here (the id first in each row): SQLite's ORDER BY builds a sorter for
        # each of the few rows of a range (8.5 against 9.3 ms for 300 ranges)
        rows += sorted(
            db.conn.execute(
                "SELECT e.id, e.article_id, e.passage_id, e.start, e.end, e.date, e.precision, "
                f"e.date_how, e.sort_key, e.date_text FROM events e {join}"
                f"WHERE e.passage_id BETWEEN ? AND ? AND {vwhere}",
                [first, first + n - 1, *vparams],
            ).fetchall()
        )
    if dated_between is not None:
        low, high = dated_between
        rows = [r for r in rows if r[5] and low <= (r[8] or "") <= high]
    known = texts or {}
    # see article_texts: not substr()
    cut_from = {**article_texts(db, (r[1] for r in rows if r[1] not in known)), **known}
    # each event's text cut from its article's (an empty one where the article has none)
    return [
        (
            i,
            aid,
            pid,
            start,
            end,
            date,
            precision,
            how,
            key,
            "" if (whole := cut_from.get(aid)) is None else whole[start:end],
            date_text,
        )
        for i, aid, pid, start, end, date, precision, how, key, date_text in rows
    ]


def event_labels(
    db: sqlite_utils.Database, event_ids: Sequence[int]
) -> dict[int, tuple[list[str], list[str]]]:
    """Actor and place names of events: {event id: (actors, places)}."""
    out: dict[int, tuple[list[str], list[str]]] = {e: ([], []) for e in event_ids}
    for chunk, marks in in_batches(event_ids):
        for event, name in db.conn.execute(
            f"SELECT x.event_id, a.name FROM event_actors x JOIN actors a ON a.id = x.actor_id "
            f"WHERE x.event_id IN ({marks}) ORDER BY a.name",
            chunk,
        ):
            out[event][0].append(name)
        for event, name in db.conn.execute(
            f"SELECT x.event_id, p.name FROM event_places x JOIN places p ON p.id = x.place_id "
            f"WHERE x.event_id IN ({marks}) ORDER BY p.name",
            chunk,
        ):
            out[event][1].append(name)
    return out


def places_within_countries(db: sqlite_utils.Database, event_id: int) -> list[str]:
    """The names of an event's places that are not countries (its cities, regions, sites)."""
    return [
        name
        for (name,) in db.conn.execute(
            "SELECT p.name FROM event_places x JOIN places p ON p.id = x.place_id "
            "WHERE x.event_id = ? AND p.kind != 'country' ORDER BY p.name",
            (event_id,),
        )
    ]


def events_by_id(
    db: sqlite_utils.Database,
    event_ids: Sequence[int],
    held: Mapping[int, EventRow] | None = None,
) -> list[EventRow]:
    """The stored events of the given ids, by id within each run of 500 of them (the order
    they have always come in). held: events read already, by id, which are not read again."""
    rows = dict(held or {})
    missing = [i for i in event_ids if i not in rows]
    for chunk, marks in in_batches(missing):
        rows.update(
            (r[0], EventRow(*r))
            for r in db.conn.execute(f"{_EVENT_SELECT} WHERE e.id IN ({marks})", chunk)
        )
    return [
        rows[i]
        for at in range(0, len(event_ids), 500)
        for i in sorted(set(event_ids[at : at + 500]))
        if i in rows
    ]
