"""The queries behind a chronology: the dates most reported for a subject (date_support, kept
at ingest), the events on them, and the date salience and scope counts of store/date_counts.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from store.articles import EVERYONE, Viewer, visible_articles
from store.batches import in_batches
from store.events import EventRow, events_by_id
from store.salience_columns import SALIENCE_COUNTS

if TYPE_CHECKING:
    import sqlite_utils


def _subject_where(keys: Sequence[tuple[str, int]], alias: str) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    for kind in ("a", "p"):
        ids = [i for k, i in keys if k == kind]
        if ids:
            clauses.append(
                f"({alias}.kind = ? AND {alias}.subject_id IN ({','.join('?' * len(ids))}))"
            )
            params += [kind, *ids]
    return "(" + " OR ".join(clauses or ["0"]) + ")", params


@dataclass(frozen=True)
class DateSupport:
    sort_key: str
    articles: int  # summed over subjects (an overcount if shared)
    subjects: tuple[tuple[str, int, int], ...]  # (kind, id, articles), most supported first


def date_support(
    db: sqlite_utils.Database,
    keys: Sequence[tuple[str, int]],
    viewer: Viewer = EVERYONE,
    low: str = "0000",
    high: str = "9999-99",
    weights: dict[str, float] | None = None,
    limit: int = -1,
) -> dict[str, DateSupport]:
    """Articles reporting something on each date about subjects given as (kind, id) keys, for
    dates whose sort key lies in [low, high]; with limit, only the dates of highest articles
    times weights[precision] (day, week, month, year). Subjects are filled in by
    support_by_subject."""
    subject, params = _subject_where(keys, "d")
    where, vparams = viewer.counts_where("d")
    w = weights or {}
    return {
        date: DateSupport(key, n, ())
        for date, key, n in db.conn.execute(
            f"SELECT d.date, min(d.sort_key) AS k, sum(d.articles) AS n FROM date_support d "
            f"WHERE {subject} AND {where} AND d.sort_key BETWEEN ? AND ? GROUP BY d.date "
            f"ORDER BY n * CASE WHEN instr(d.date, 'W') THEN ? WHEN length(d.date) = 4 THEN ? "
            f"WHEN length(d.date) = 7 THEN ? ELSE ? END DESC, k LIMIT ?",
            [
                *params,
                *vparams,
                low,
                high,
                w.get("week", 1.0),
                w.get("year", 1.0),
                w.get("month", 1.0),
                w.get("day", 1.0),
                limit,
            ],
        )
    }


def most_reported(
    db: sqlite_utils.Database, keys: Sequence[tuple[str, int]], n: int, viewer: Viewer = EVERYONE
) -> list[tuple[str, int]]:
    """The n of the subjects with the most articles with dated events about them."""
    subject, params = _subject_where(keys, "t")
    where, vparams = viewer.counts_where("t")
    return [
        (kind, subject_id)
        for kind, subject_id, _ in db.conn.execute(
            f"SELECT t.kind, t.subject_id, sum(t.articles) AS n FROM subject_totals t "
            f"WHERE {subject} AND {where} GROUP BY t.kind, t.subject_id "
            f"ORDER BY n DESC, t.kind, t.subject_id LIMIT ?",
            [*params, *vparams, n],
        )
    ]


def support_by_subject(
    db: sqlite_utils.Database,
    keys: Sequence[tuple[str, int]],
    support: dict[str, DateSupport],
    dates: Sequence[str],
    viewer: Viewer = EVERYONE,
) -> dict[str, DateSupport]:
    """support for the given dates, with each date's subjects, most supported first."""
    subject, params = _subject_where(keys, "d")
    where, vparams = viewer.counts_where("d")
    rows: dict[str, list[tuple[str, int, int]]] = {}
    for chunk, marks in in_batches(dates, 400):
        for date, kind, subject_id, n in db.conn.execute(
            f"SELECT d.date, d.kind, d.subject_id, sum(d.articles) FROM date_support d "
            f"WHERE {subject} AND {where} AND d.date IN ({marks}) "
            f"GROUP BY d.date, d.kind, d.subject_id",
            [*params, *vparams, *chunk],
        ):
            rows.setdefault(date, []).append((kind, subject_id, n))
    return {
        date: DateSupport(
            support[date].sort_key,
            support[date].articles,
            tuple(sorted(rows.get(date, ()), key=lambda r: -r[2])),
        )
        for date in dates
    }


def events_on_dates(
    db: sqlite_utils.Database,
    support: dict[str, DateSupport],
    dates: Sequence[str],
    viewer: Viewer = EVERYONE,
    per_date: int = 1000,
) -> list[EventRow]:
    """Events on the given dates about the subjects of support, at most per_date per date,
    from the most supported subjects first and the earliest stored first."""
    vwhere, vparams = viewer.where()
    ids: dict[int, None] = {}
    for date in dates:
        found: dict[int, None] = {}
        for kind, subject_id, _ in support[date].subjects:
            for (event_id,) in db.conn.execute(
                f"SELECT s.event_id FROM subject_events s JOIN articles a "
                f"ON a.id = s.article_id WHERE s.kind = ? AND s.subject_id = ? "
                f"AND s.date = ? AND {vwhere} ORDER BY s.event_id LIMIT ?",
                [kind, subject_id, date, *vparams, per_date - len(found)],
            ):
                found[event_id] = None
            if len(found) >= per_date:
                break
        ids.update(found)
    return events_by_id(db, list(ids))


def undated_events(
    db: sqlite_utils.Database,
    keys: Sequence[tuple[str, int]],
    viewer: Viewer = EVERYONE,
    limit: int = 50,
) -> list[EventRow]:
    """Events about the subjects whose date could not be resolved, earliest stored first."""
    subject, params = _subject_where(keys, "s")
    vwhere, vparams = viewer.where()
    ids = [
        r[0]
        for r in db.conn.execute(
            "SELECT DISTINCT s.event_id FROM subject_events s "
            "JOIN articles a ON a.id = s.article_id "
            f"WHERE {subject} AND s.date = '' AND {vwhere} ORDER BY s.event_id LIMIT ?",
            [*params, *vparams, limit],
        )
    ]
    return events_by_id(db, ids)


def salience_rows(
    db: sqlite_utils.Database,
    subjects: Sequence[str],
    viewer: Viewer = EVERYONE,
    low: str = "0000",
    high: str = "9999-99",
    limit: int = -1,
) -> list[tuple[str, str, int, int, int, int, int, int]]:
    """(date, sort key, *SALIENCE_COUNTS) of the subjects' dates in [low, high], summed over
    subjects and audiences; with limit, those with the most articles and bursts only."""
    if not subjects:
        return []
    where, params = viewer.counts_where("d")
    # Dates tied on both keys come in date order (the order the rows are stored and grouped
    # in), said here so that both queries below give the same order.
    if len(subjects) == 1 and _one_audience(db, subjects[0], where, params):
        # Each date is then one row, its own sums: summing thousands of dates' rows in groups
        # cost more than three times reading them sorted (a country's 7,500 dates at 100k
        # articles: 9 ms against 2.5).
        columns = ", ".join(f"d.{c}" for c in SALIENCE_COUNTS)
        return db.conn.execute(
            f"SELECT d.date, d.sort_key, {columns} FROM date_salience d "
            f"WHERE d.subject = ? AND {where} AND d.sort_key BETWEEN ? AND ? "
            f"ORDER BY d.articles + d.burst DESC, 2, 1 LIMIT ?",
            [subjects[0], *params, low, high, limit],
        ).fetchall()
    sums = ", ".join(f"sum(d.{c})" for c in SALIENCE_COUNTS)
    return db.conn.execute(
        f"SELECT d.date, min(d.sort_key), {sums} FROM date_salience d "
        f"WHERE d.subject IN ({','.join('?' * len(subjects))}) AND {where} "
        f"AND d.sort_key BETWEEN ? AND ? GROUP BY d.date "
        f"ORDER BY sum(d.articles) + sum(d.burst) DESC, 2, 1 LIMIT ?",
        [*subjects, *params, low, high, limit],
    ).fetchall()


def _one_audience(
    db: sqlite_utils.Database, subject: str, where: str, params: Sequence[str]
) -> bool:
    """Whether the subject's counts the viewer may see are all kept under one (team, scope):
    each of its dates is then one row of date_salience (its key is subject, date, team,
    scope). One pass over the subject's rows without grouping them."""
    row = db.conn.execute(
        f"SELECT min(d.team), max(d.team), min(d.scope), max(d.scope) FROM date_salience d "
        f"WHERE d.subject = ? AND {where}",
        [subject, *params],
    ).fetchone()
    return row is not None and row[0] == row[1] and row[2] == row[3]


def scoped_events(
    db: sqlite_utils.Database,
    subjects: Sequence[str],
    dates: Sequence[str],
    viewer: Viewer = EVERYONE,
    per_date: int = 12,
) -> dict[int, int]:
    """{event id: level} of events on the given dates in the subjects' scope, at most per_date
    per date, those naming a subject (level 0) first, then the earliest stored; dates in the
    order given."""
    if not subjects or not dates:
        return {}
    # The dates' first events are read in one query without the articles table, then only
    # their articles are checked for being visible (and stored): joining every row to its
    # article cost four times the read itself on a country's busiest dates (thousands of
    # rows). A date left short by articles the viewer may not see is read again with them.
    ranked = _first_scoped(db, subjects, dates, per_date)
    visible = visible_articles(db, {a for rows in ranked.values() for _, _, a in rows}, viewer)
    short = [
        d
        for d, rows in ranked.items()
        if len(rows) == per_date and any(a not in visible for _, _, a in rows)
    ]
    if short:
        seen = _first_scoped(db, subjects, short, per_date, viewer)
        ranked.update({d: seen.get(d, []) for d in short})
        visible.update(a for rows in seen.values() for _, _, a in rows)
    out: dict[int, int] = {}
    for date in dates:
        kept = [(e, level) for e, level, article in ranked.get(date, ()) if article in visible]
        out.update(kept[:per_date])
    return out


def _first_scoped(
    db: sqlite_utils.Database,
    subjects: Sequence[str],
    dates: Sequence[str],
    depth: int,
    viewer: Viewer | None = None,
) -> dict[str, list[tuple[int, int, int]]]:
    """{date: its first depth (event, level, article) in the subjects' scope}, level 0 first,
    then the earliest stored; of the articles the viewer may see, or of any when None."""
    join, vwhere, vparams = "", "1", list[str]()
    if viewer is not None:
        join = "JOIN articles a ON a.id = s.article_id"
        vwhere, vparams = viewer.where()
    subject_marks = ",".join("?" * len(subjects))

    # An event is in several subjects' scopes at several levels: its rows are one group, at
    # its lowest level. One subject's rows are one an event already (the key is subject,
    # date, event), and grouping them cost as much as ranking them (a country's busiest
    # dates at 100k articles: 3,500 rows, 7 ms against 3).
    lowest, grouped = "s.level", ""
    if len(subjects) > 1:
        lowest, grouped = "min(s.level)", "GROUP BY s.date, s.event_id"
    out: dict[str, list[tuple[int, int, int]]] = {}
    for chunk, marks in in_batches(dates, 400):
        for date, event_id, level, article_id in db.conn.execute(
            f"SELECT date, event_id, level, article_id FROM (SELECT s.date, s.event_id, "
            f"{lowest} AS level, s.article_id, row_number() OVER (PARTITION BY s.date "
            f"ORDER BY {lowest}, s.event_id) AS n FROM scope_events s {join} "
            f"WHERE s.subject IN ({subject_marks}) AND s.date IN ({marks}) "
            f"AND {vwhere} {grouped}) WHERE n <= ? ORDER BY date, n",
            [*subjects, *chunk, *vparams, depth],
        ):
            out.setdefault(date, []).append((event_id, level, article_id))
    return out


def words_in(text: str | None, groups: Sequence[Sequence[str]]) -> tuple[bool, ...]:
    """For each group of words (spelled as given), whether the article text holds one of them
    (none when there is no text); a caller reads the text once for all its tests (SQLite's
    instr() per word took twice as long)."""
    if text is None:
        return tuple(False for _ in groups)
    return tuple(any(word in text for word in group) for group in groups)
