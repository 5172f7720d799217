"""The rows of the entity tables as typed records, and their INSERT statements.

A record's fields are the table's columns in the order the statement lists them: the statement
is made from the fields, so the column order is written once. Call inside the article's
transaction (store/writer.py does).
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from store.batches import in_batches
from store.multirow import Insert
from store.salience_columns import SALIENCE_COUNTS

if TYPE_CHECKING:
    import sqlite_utils


class ActorNameRow(NamedTuple):
    actor_id: int
    folded: str
    surface: str


class ActorMentionRow(NamedTuple):
    actor_id: int
    article_id: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    role: str | None


class RelationRow(NamedTuple):
    subject_id: int
    predicate: str
    object_id: int
    article_id: int
    start: int
    end: int


class PlaceMentionRow(NamedTuple):
    place_id: int
    article_id: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int


class EventRow(NamedTuple):
    article_id: int
    passage_id: int | None
    start: int
    end: int
    date: str | None
    precision: str | None
    date_how: str
    date_text: str
    sort_key: str | None


class SubjectEventRow(NamedTuple):
    kind: str  # 'a' actor | 'p' place
    subject_id: int
    date: str  # '' for an undated event
    event_id: int
    article_id: int


class DateSupportRow(NamedTuple):
    """One more article for the subject on the date."""

    kind: str
    subject_id: int
    date: str
    team: str
    scope: str
    sort_key: str


class SubjectTotalRow(NamedTuple):
    """One more article for the subject."""

    kind: str
    subject_id: int
    team: str
    scope: str


class ActorFactRow(NamedTuple):
    """n more of a fact about an actor ('mentions', 'articles', 'role', 'published', 'place')."""

    actor_id: int
    fact: str
    value: str
    team: str
    scope: str
    n: int


class ScopeEventRow(NamedTuple):
    subject: str  # 'a:ID' | 'p:ID' | 'c:CC'
    date: str
    event_id: int
    article_id: int
    level: int


class DateSalienceRow(NamedTuple):
    """Counts added to a (subject, date): each one 0 or 1 for one article (SALIENCE_COUNTS)."""

    subject: str
    date: str
    team: str
    scope: str
    sort_key: str
    articles: int
    scoped: int
    named: int
    leads: int
    near: int
    burst: int


def _insert(
    table: str, fields: Sequence[str], verb: str = "INSERT", tail: str = "", constants: str = ""
) -> Insert:
    """INSERT INTO table (fields...) VALUES (?...) tail, over many rows at once (see
    store/multirow.py); constants are extra columns with a fixed value, written as
    'column=value'."""
    names, values = list(fields), ["?"] * len(fields)
    for constant in filter(None, constants.split(",")):
        column, value = constant.split("=")
        names.append(column)
        values.append(value)
    return Insert(f"{verb} INTO {table} ({', '.join(names)})", f"({', '.join(values)})", tail)


_SQL = {
    "actor_names": _insert("actor_names", ActorNameRow._fields, "INSERT OR IGNORE"),
    "actor_mentions": _insert("actor_mentions", ActorMentionRow._fields),
    "relations": _insert("relations", RelationRow._fields),
    "place_mentions": _insert("place_mentions", PlaceMentionRow._fields),
    "events": _insert("events", ("id", *EventRow._fields)),
    "subject_events": _insert("subject_events", SubjectEventRow._fields, "INSERT OR IGNORE"),
    "event_actors": _insert("event_actors", ("actor_id", "event_id"), "INSERT OR IGNORE"),
    "event_places": _insert("event_places", ("place_id", "event_id"), "INSERT OR IGNORE"),
    "date_support": _insert(
        "date_support",
        DateSupportRow._fields,
        tail="ON CONFLICT DO UPDATE SET articles = articles + 1, "
        "sort_key = min(sort_key, excluded.sort_key)",
        constants="articles=1",
    ),
    "subject_totals": _insert(
        "subject_totals",
        SubjectTotalRow._fields,
        tail="ON CONFLICT DO UPDATE SET articles = articles + 1",
        constants="articles=1",
    ),
    "actor_facts": _insert(
        "actor_facts", ActorFactRow._fields, tail="ON CONFLICT DO UPDATE SET n = n + excluded.n"
    ),
    "scope_events": _insert(
        "scope_events",
        ScopeEventRow._fields,
        tail="ON CONFLICT DO UPDATE SET level = min(level, excluded.level)",
    ),
    "date_salience": _insert(
        "date_salience",
        DateSalienceRow._fields,
        tail="ON CONFLICT DO UPDATE SET "
        + ", ".join(f"{c} = {c} + excluded.{c}" for c in SALIENCE_COUNTS)
        + ", sort_key = min(sort_key, excluded.sort_key)",
    ),
}


# The primary key of each WITHOUT ROWID table a batch writes, as positions in its rows (the
# fields of its record above; tests/store/test_writer.py checks them against the schema). A
# batch's rows of such a table are written in key order (PendingRows.write): a table without
# rowids stores the same rows whatever the order they come in, and a stable sort keeps the
# order of rows that share a key, so each key meets the same inserts and conflict updates in
# the same order. Rows in key order fall on neighbouring B-tree pages one after another, where
# rows in order of articles fell on a page anywhere in the table each: in a store of 100,000
# articles each multi-row statement then journalled a page a row (SQLite keeps a statement's
# pages to undo it), and each row's search walked pages gone cold. Tables with rowids
# (mentions, relations, events) are written in order: their rowids follow it.
_KEY_ORDER = {
    "actor_names": operator.itemgetter(1, 0),  # (folded, actor_id)
    "subject_events": operator.itemgetter(0, 1, 2, 3),
    "event_actors": operator.itemgetter(0, 1),
    "event_places": operator.itemgetter(0, 1),
    "date_support": operator.itemgetter(0, 1, 2, 3, 4),
    "subject_totals": operator.itemgetter(0, 1, 2, 3),
    "actor_facts": operator.itemgetter(0, 1, 2, 3, 4),
    "scope_events": operator.itemgetter(0, 1, 2),
    "date_salience": operator.itemgetter(0, 1, 2, 3),
}


# A batch's rows of the count tables, merged per key before they are written (PendingRows):
# rows with the same primary key become one row holding what the table's ON CONFLICT clause
# adds up row by row (a sum, a count, the least sort key), and for actor_names (INSERT OR
# IGNORE) the first row of each key is the one kept. Merged at the first occurrence of each
# key, so new rows are inserted in the same order. In a batch of 300 corpus articles this
# leaves 57% of the actor_facts rows, 39% of subject_totals and 83% of date_salience: each
# merged row was an upsert of SQLite's (an index search and a rewrite of the row).
_COUNTED = {  # the counted tables whose count is 1 a row: articles is a parameter when merged
    "date_support": _insert(
        "date_support",
        (*DateSupportRow._fields, "articles"),
        tail="ON CONFLICT DO UPDATE SET articles = articles + excluded.articles, "
        "sort_key = min(sort_key, excluded.sort_key)",
    ),
    "subject_totals": _insert(
        "subject_totals",
        (*SubjectTotalRow._fields, "articles"),
        tail="ON CONFLICT DO UPDATE SET articles = articles + excluded.articles",
    ),
}


def _merged(table: str, rows: list[tuple[object, ...]]) -> tuple[Insert, list[tuple[object, ...]]]:
    """The statement and rows that store what inserting rows one by one into table would."""
    if table == "actor_facts":  # (actor, fact, value, team, scope) + n, summed
        facts: dict[tuple[object, ...], Any] = {}
        for row in rows:
            key = row[:5]
            facts[key] = facts.get(key, 0) + row[5]
        return _SQL[table], [(*key, n) for key, n in facts.items()]
    if table == "subject_totals":  # (kind, subject, team, scope), counted
        return _COUNTED[table], [(*key, n) for key, n in Counter(rows).items()]
    if table == "date_support":  # (kind, subject, date, team, scope) + the least sort key
        support: dict[tuple[object, ...], list[Any]] = {}
        for row in rows:
            key = row[:5]
            seen = support.get(key)
            if seen is None:
                support[key] = [row[5], 1]
            else:
                seen[0] = min(seen[0], row[5])
                seen[1] += 1
        return _COUNTED[table], [(*key, *seen) for key, seen in support.items()]
    if table == "date_salience":  # (subject, date, team, scope) + least sort key, six sums
        salience: dict[tuple[object, ...], list[Any]] = {}
        for row in rows:
            key = row[:4]
            seen = salience.get(key)
            if seen is None:
                salience[key] = list(row[4:])
            else:
                seen[0] = min(seen[0], row[4])
                for i in range(1, len(seen)):
                    seen[i] += row[4 + i]
        return _SQL[table], [(*key, *seen) for key, seen in salience.items()]
    if table == "actor_names":  # keyed by (folded, actor id): the first surface is kept
        first: dict[tuple[object, ...], tuple[object, ...]] = {}
        for row in rows:
            first.setdefault(row[:2], row)
        return _SQL[table], list(first.values())
    return _SQL[table], rows


def add(db: sqlite_utils.Database, table: str, rows: Iterable[tuple[object, ...]]) -> None:
    """Insert rows (records of this module) into table."""
    # As plain tuples: sqlite3 binds an exact tuple's values directly and a subclass's one
    # by one through the sequence protocol, which made ingest's inserts half again slower.
    _SQL[table].run(db.conn, list(map(tuple, rows)))


class Sink(Protocol):
    """Where an article's rows go: written at once (Immediate) or at the end of a batch
    (PendingRows)."""

    def add(self, table: str, rows: Iterable[tuple[object, ...]]) -> None: ...


class Immediate:
    """Rows inserted as they come."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(self, table: str, rows: Iterable[tuple[object, ...]]) -> None:
        add(self.db, table, rows)


class PendingRows:
    """The rows of a batch of articles, inserted with one statement per table at its end.

    An executemany per article and table (about fifteen an article) cost a sixth of bulk
    ingest's writing; one per table and batch inserts the same rows in the same order within
    each table (a table without rowids in its key order, _KEY_ORDER), so the stored rows are
    the same (no table's insert reads another's rows, and no step of ingest reads these tables
    before the batch ends, except through write(), see below); the rows of the count tables
    are merged per key first (_merged). Call inside the batch's transaction.

    A savepoint per article still keeps each article whole: mark() before it, and after a
    ROLLBACK TO, rollback(mark) forgets its rows, and un-writes what write() wrote since the
    mark (the rollback took those rows out of the store too).
    """

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[object, ...]]] = {}
        self.written: dict[str, int] = {}  # table -> rows of it already inserted

    def add(self, table: str, rows: Iterable[tuple[object, ...]]) -> None:
        kept = self.rows.get(table)
        if kept is None:
            kept = self.rows[table] = []
            self.written[table] = 0
        kept.extend(map(tuple, rows))  # plain tuples, as add() binds them

    def write(self, db: sqlite_utils.Database) -> None:
        """Insert what is pending: at the end of the batch, or before ingest reads the tables
        (an article posted again where it was not visible changes counts of an article that
        may still be pending)."""
        for table, kept in self.rows.items():
            done = self.written[table]
            if done < len(kept):
                insert, merged = _merged(table, kept[done:] if done else kept)
                if table in _KEY_ORDER:  # a new list: `kept` keeps its order for rollback()
                    merged = sorted(merged, key=_KEY_ORDER[table])
                insert.run(db.conn, merged)
                self.written[table] = len(kept)

    def mark(self) -> tuple[dict[str, int], dict[str, int]]:
        return {t: len(kept) for t, kept in self.rows.items()}, dict(self.written)

    def rollback(self, mark: tuple[dict[str, int], dict[str, int]]) -> None:
        lengths, written = mark
        for table, kept in self.rows.items():
            del kept[lengths.get(table, 0) :]
            self.written[table] = written.get(table, 0)


def ids_by_key(
    db: sqlite_utils.Database,
    table: str,
    columns: Sequence[str],
    rows: Mapping[str, Sequence[object]],
) -> dict[str, int]:
    """Ids of rows by their unique key, inserting (in the given order) those not stored yet.
    rows: key -> the other columns. One read for the article's actors or places, not one
    write each."""
    if not rows:
        return {}
    keys = list(rows)
    ids: dict[str, int] = {}
    for chunk, marks in in_batches(keys):
        ids.update(db.conn.execute(f"SELECT key, id FROM {table} WHERE key IN ({marks})", chunk))
    for key in keys:
        if key not in ids:
            marks = ", ".join("?" * (len(columns) + 1))
            ids[key] = int(
                db.conn.execute(
                    f"INSERT INTO {table} (key, {', '.join(columns)}) "
                    f"VALUES ({marks}) RETURNING id",
                    (key, *rows[key]),
                ).fetchone()[0]
            )
    return ids


def add_events(
    db: sqlite_utils.Database,
    rows: Sequence[EventRow],
    subjects: Sequence[tuple[Iterable[int], Iterable[int]]],
    sink: Sink | None = None,
) -> list[int]:
    """subjects: (actor ids, place ids) of each event. Returns the events' ids, given
    explicitly (the next free ones) so that all rows go in three statements. The events are
    written now (the next article's ids follow them), their actors and places into sink."""
    if not rows:
        return []
    first = db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM events").fetchone()[0]
    ids = list(range(first, first + len(rows)))
    _SQL["events"].run(db.conn, [(event_id, *row) for event_id, row in zip(ids, rows, strict=True)])
    if sink is None:
        sink = Immediate(db)
    sink.add(
        "event_actors",
        [
            (a, event_id)
            for event_id, (actors, _) in zip(ids, subjects, strict=True)
            for a in set(actors)
        ],
    )
    sink.add(
        "event_places",
        [
            (p, event_id)
            for event_id, (_, places) in zip(ids, subjects, strict=True)
            for p in set(places)
        ],
    )
    return ids
