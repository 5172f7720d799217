"""What tells whether reports are independent: an article's near copies, its two ends (where
an agency's credit is printed) and its MinHash signature."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from store.articles import EVERYONE, Viewer, visible_articles
from store.batches import in_batches
from store.events import EVENT_SELECT, EventRow

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class ReportOrigin:
    article_id: int
    head: str  # the first characters of the article's text
    tail: str  # the last characters
    signature: bytes | None  # the stored MinHash values (store/writer.py: stored_signature)
    copies: int  # near copies stored as duplicates of it, visible to the viewer


def report_origins(
    db: sqlite_utils.Database, article_ids: Sequence[int], edge: int, viewer: Viewer = EVERYONE
) -> dict[int, ReportOrigin]:
    """{article id: its ReportOrigin} for the given articles; edge: characters at each end."""
    out: dict[int, ReportOrigin] = {}
    visible, visible_params = _visible(viewer, "c")
    for chunk, marks in in_batches(article_ids):
        copies = dict(
            db.conn.execute(
                f"SELECT c.duplicate_of, count(*) FROM articles c "
                f"WHERE c.duplicate_of IN ({marks}) AND {visible} "
                f"GROUP BY c.duplicate_of",
                [*chunk, *visible_params],
            ).fetchall()
        )
        for article_id, head, tail, signature in db.conn.execute(
            f"SELECT id, substr(text, 1, ?), substr(text, -?), signature FROM articles "
            f"WHERE id IN ({marks})",
            [edge, edge, *chunk],
        ):
            out[article_id] = ReportOrigin(
                article_id, head, tail, signature, int(copies.get(article_id, 0))
            )
    return out


def _visible(viewer: Viewer, alias: str) -> tuple[str, list[str]]:
    """Viewer.where for a second alias of the articles table (Viewer.where takes any alias
    but "a" for a table of counts)."""
    where, params = viewer.where("a")
    return where.replace("a.", f"{alias}."), params


def event_cities(
    db: sqlite_utils.Database, event_ids: Sequence[int]
) -> dict[int, list[tuple[float, float]]]:
    """{event id: the (latitude, longitude) of each city it names}; events naming no city
    are left out (provinces and regions have no coordinates in the store)."""
    out: dict[int, list[tuple[float, float]]] = {}
    for chunk, marks in in_batches(event_ids):
        for event_id, lat, lon in db.conn.execute(
            f"SELECT x.event_id, p.lat, p.lon FROM event_places x "
            f"JOIN places p ON p.id = x.place_id "
            f"WHERE x.event_id IN ({marks}) AND p.lat IS NOT NULL",
            chunk,
        ):
            out.setdefault(event_id, []).append((lat, lon))
    return out


def events_on_days(
    db: sqlite_utils.Database,
    passage_ids: Sequence[int],
    days: Sequence[str],
    viewer: Viewer = EVERYONE,
    held: Mapping[int, EventRow] | None = None,
) -> list[EventRow]:
    """The events of the given passages dated to one of the given days: the reports of a
    chronology's entries, without the passages' events of other dates. held: events the
    caller has read already, by id (their sentences are not read again)."""
    if not passage_ids or not days:
        return []
    held = held or {}
    # Which events, first: an event's sentence is read from its article's text, the bulk of
    # the cost, and a chronology holds most of them already.
    found: list[tuple[int, int]] = []
    day_marks = ",".join("?" * len(days))
    for chunk, marks in in_batches(passage_ids):
        found += db.conn.execute(
            f"SELECT e.id, e.article_id FROM events e "
            f"WHERE e.passage_id IN ({marks}) AND e.date IN ({day_marks})",
            [*chunk, *days],
        ).fetchall()
    # everyone sees every stored article, and an event's article is stored (events are
    # deleted with it)
    found_in = {article for _, article in found}
    visible = found_in if viewer.team is None else visible_articles(db, found_in, viewer)
    wanted = sorted(event for event, article in found if article in visible)
    rows = {i: held[i] for i in wanted if i in held}
    missing = [i for i in wanted if i not in rows]
    for chunk, marks in in_batches(missing):
        rows.update(
            (r[0], EventRow(*r))
            for r in db.conn.execute(f"{EVENT_SELECT} WHERE e.id IN ({marks})", chunk)
        )
    return [rows[i] for i in wanted if i in rows]
