"""Identity curations: the SQL for recording, listing and undoing them, and the reads the
profile of a curated group of actors needs. A curation is never deleted: undo stamps it, so
the list shows the whole history and a profile only reads the live ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from store.articles import EVERYONE, Viewer
from store.db import transaction
from store.generation_cache import GenerationCache

if TYPE_CHECKING:
    from store.db import Database

VERBS = ("same_as", "not_same_as", "rename")
_COLUMNS = (
    "id, team, verb, subject, subject_id, object, object_id, why, sentence, made_by, made_at, "
    "undone_by, undone_at"
)


@dataclass(frozen=True)
class Curation:
    id: int
    team: str
    verb: str
    subject: str
    subject_id: int | None
    other: str  # the other name, or the new name (column `object`)
    object_id: int | None
    why: str | None
    sentence: str | None
    made_by: str
    made_at: str
    undone_by: str | None = None
    undone_at: str | None = None

    @property
    def live(self) -> bool:
        return self.undone_at is None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "verb": self.verb,
            "subject": self.subject,
            "object": self.other,
            "why": self.why,
            "sentence": self.sentence,
            "made_by": self.made_by,
            "made_at": self.made_at,
            "undone_by": self.undone_by,
            "undone_at": self.undone_at,
        }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add(
    db: Database,
    team: str,
    verb: str,
    subject: tuple[str, int | None],
    object_: tuple[str, int | None],
    made_by: str,
    why: str | None = None,
    sentence: str | None = None,
) -> Curation:
    if verb not in VERBS:
        raise ValueError(f"unknown curation {verb!r}")
    with transaction(db):
        cursor = db.conn.execute(
            "INSERT INTO curations (team, verb, subject, subject_id, object, object_id, why, "
            "sentence, made_by, made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (team, verb, *subject, *object_, why, sentence, made_by, _now()),
        )
    found = get(db, int(cursor.lastrowid or 0))
    assert found is not None
    return found


def get(db: Database, curation_id: int) -> Curation | None:
    row = db.conn.execute(
        f"SELECT {_COLUMNS} FROM curations WHERE id = ?", (curation_id,)
    ).fetchone()
    return Curation(*row) if row else None


def undo(db: Database, curation_id: int, teams: Sequence[str], undone_by: str) -> Curation | None:
    """Stamp a live curation of one of teams as undone; None when there is none such."""
    marks = ",".join("?" * len(teams))
    with transaction(db):
        cursor = db.conn.execute(
            f"UPDATE curations SET undone_by = ?, undone_at = ? "
            f"WHERE id = ? AND undone_at IS NULL AND team IN ({marks})",
            (undone_by, _now(), curation_id, *teams),
        )
    return get(db, curation_id) if cursor.rowcount else None


def listed(db: Database, teams: Sequence[str], live_only: bool = False) -> list[Curation]:
    """The curations of teams, oldest first; live_only leaves out the undone ones (one read
    of an index: the profile calls this on every question)."""
    marks = ",".join("?" * len(teams))
    live = " AND undone_at IS NULL" if live_only else ""
    rows = db.conn.execute(
        f"SELECT {_COLUMNS} FROM curations WHERE team IN ({marks}){live} ORDER BY id",
        list(teams),
    ).fetchall()
    return [Curation(*row) for row in rows]


def version(db: Database, teams: Sequence[str]) -> tuple[object, ...] | None:
    """What the live curations of teams are as of now, as a key: the database file and its
    index generation (a restored file has a new one), and of the teams' curations how many
    there are, how many were undone and the last id (a curation is only ever added or
    stamped undone). None for a database in memory, whose connection's id may be reused."""
    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    if not path:
        return None
    generation = db.conn.execute("SELECT generation FROM index_stats WHERE id = 1").fetchone()
    marks = ",".join("?" * len(teams))
    counts = db.conn.execute(
        f"SELECT count(*), count(undone_at), max(id) FROM curations WHERE team IN ({marks})",
        list(teams),
    ).fetchone()
    return path, generation[0] if generation else 0, tuple(teams), *counts


def group_articles(
    db: Database,
    actor_ids: Sequence[int],
    viewer: Viewer = EVERYONE,
    counted: dict[int, int] | None = None,
) -> int:
    """Articles naming any of several actors, each counted once (a curated same-as group).
    counted: the articles of some of them as counted at ingest, when everyone is the viewer.

    Kept for a state of the store (store/generation_cache.py), and after an ingest brought up
    to date from the mentions it added: joining the two most reported actors of a
    100k-article store probes 19,000 articles (15-30 ms), where ingest keeps one actor's
    count; and a group's profile is asked for again and again, and again after each ingest."""
    where, params = viewer.where()
    return _GROUPS.get(
        db,
        actor_ids,
        (where, tuple(params)),
        lambda: _count_group_articles(db, actor_ids, where, params, counted),
        lambda before, last: before + _added_group_articles(db, actor_ids, where, params, last),
    )


# groups of a workspace's curations (100 is many), for each audience that asks
_GROUPS: GenerationCache[int] = GenerationCache(1024)


def _count_group_articles(
    db: Database,
    actor_ids: Sequence[int],
    where: str,
    params: Sequence[object],
    counted: dict[int, int] | None,
) -> int:
    marks = ",".join("?" * len(actor_ids))
    if where == "1" and counted and len(actor_ids) > 1:
        # The most reported member's articles as counted at ingest, and those of the others
        # that do not name it: only the smaller members' mentions are walked (joining the
        # two most reported actors at 100k articles walked 150,000 mentions).
        largest = max(counted, key=lambda i: (counted[i], -i))
        others = [i for i in actor_ids if i != largest]
        # Each of their articles probed once, not each mention (half the time for the two
        # most reported actors).
        (more,) = db.conn.execute(
            f"SELECT count(*) FROM (SELECT DISTINCT article_id FROM actor_mentions "
            f"WHERE actor_id IN ({','.join('?' * len(others))})) m WHERE NOT EXISTS (SELECT 1 "
            f"FROM actor_mentions x WHERE x.actor_id = ? AND x.article_id = m.article_id)",
            [*others, largest],
        ).fetchone()
        return counted[largest] + int(more)
    if where == "1":
        # Seeing every article: the mentions' own index answers (a mention's article always
        # exists, deleted with it), without a look-up of each article's row.
        (count,) = db.conn.execute(
            f"SELECT count(DISTINCT article_id) FROM actor_mentions WHERE actor_id IN ({marks})",
            list(actor_ids),
        ).fetchone()
        return int(count)
    (count,) = db.conn.execute(
        f"SELECT count(DISTINCT m.article_id) FROM actor_mentions m "
        f"JOIN articles a ON a.id = m.article_id WHERE m.actor_id IN ({marks}) AND {where}",
        [*actor_ids, *params],
    ).fetchone()
    return int(count)


def _added_group_articles(
    db: Database, actor_ids: Sequence[int], where: str, params: Sequence[object], last: int
) -> int:
    """The articles the group gained with the mentions past rowid last, when only mentions
    were added since (an ingest): those named by a member in a new mention and by none in an
    older one. Exact whether an article's mentions were written at once or not; the new
    mentions are read by rowid (an ingest's few), the older ones probed by member and
    article."""
    marks = ",".join("?" * len(actor_ids))
    join = "" if where == "1" else "JOIN articles a ON a.id = m.article_id "
    (count,) = db.conn.execute(
        f"SELECT count(DISTINCT m.article_id) FROM actor_mentions m {join}"
        f"WHERE m.rowid > ? AND +m.actor_id IN ({marks}) AND {where} AND NOT EXISTS ("
        f"SELECT 1 FROM actor_mentions x WHERE x.actor_id IN ({marks}) "
        f"AND x.article_id = m.article_id AND x.rowid <= ?)",
        [last, *actor_ids, *params, *actor_ids, last],
    ).fetchone()
    return int(count)


def actor(db: Database, actor_id: int) -> tuple[int, str, str] | None:
    """(id, key, name) of a stored actor."""
    row = db.conn.execute("SELECT id, key, name FROM actors WHERE id = ?", (actor_id,)).fetchone()
    return (row[0], row[1], row[2]) if row else None


def reach_without(
    db: Database, actor_id: int, names: Sequence[str], viewer: Viewer = EVERYONE
) -> tuple[int, int]:
    """(mentions, articles) of an actor left when its mentions written as one of names (in
    lower case) are taken away: a not-same-as curation split those off. Told from the counts
    of its spellings kept at ingest (migration m019): the mentions by spelling, and the
    articles by the set of spellings each writes, of which those written only with names
    leave; the same for the most frequent actor as for a rare one."""
    where, params = viewer.counts_where("f")
    split = set(names)
    counted = db.conn.execute(
        f"SELECT fact, value, sum(n) FROM actor_facts f WHERE f.actor_id = ? "
        f"AND f.fact IN ('surface', 'surfaces') AND {where} GROUP BY fact, value",
        [actor_id, *params],
    ).fetchall()
    mentions = sum(n for fact, value, n in counted if fact == "surface" and value not in split)
    articles = sum(
        n
        for fact, value, n in counted
        if fact == "surfaces" and not split.issuperset(value.split("\x1f"))
    )
    return int(mentions), int(articles)
