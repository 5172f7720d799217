"""The store's side of `sitrep reindex`: which articles an older cleaner or extractor made
(articles.pipeline, migration m018), taking an article's derived rows out while its own row
stays, writing its re-cleaned text back under the same id, and the cursor of a `--all` run.

An article's row is updated in place, never deleted: its id, team and scope, origin and
origin key, ingest time, near-copy link, the conversations it was posted in, who posted it,
and the corrections logged against it all stay as they are. Only what was derived from its
text is taken out (passages, index postings, bands, mentions, relations, events and their
share of the counts) and written again by the caller. Call inside a transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from store import audience

if TYPE_CHECKING:
    import sqlite_utils

ALL_CURSOR = "reindex_all_after"  # store_settings: the last article id a --all run has done
EDITABLE = ("title", "source", "published")  # the fields a person may correct (sitrep edit)


@dataclass(frozen=True)
class StoredArticle:
    """An article's row as reindex needs it: what to keep, and what tells it changed."""

    id: int
    team: str
    scope: str
    origin: str
    origin_key: str | None
    kind: str
    title: str
    title_how: str
    source: str | None
    author: str | None
    published: str | None
    published_how: str | None
    content_hash: str
    duplicate_of: int | None
    text: str
    pipeline: int

    @property
    def indexed(self) -> bool:
        """A near copy is stored but has no passages, index entries or extraction."""
        return self.duplicate_of is None or self.duplicate_of == self.id


_COLUMNS = (
    "id, team, scope, origin, origin_key, kind, title, title_how, source, author, published, "
    "published_how, content_hash, duplicate_of, text, pipeline"
)


def out_of_date(db: sqlite_utils.Database, version: int) -> int:
    """How many articles an older pipeline made."""
    row = db.conn.execute(
        "SELECT count(*) FROM articles INDEXED BY articles_pipeline WHERE pipeline < ?",
        (version,),
    ).fetchone()
    return int(row[0])


def total(db: sqlite_utils.Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def next_ids(
    db: sqlite_utils.Database, version: int, after: int, limit: int, every: bool = False
) -> list[int]:
    """The next articles to redo, in id order after `after`: those an older pipeline made, or
    with every, all of them."""
    if every:
        sql = "SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?"
        params: list[int] = [after, limit]
    else:  # the index: reading `pipeline` from the rows would read every article's text
        sql = (
            "SELECT id FROM articles INDEXED BY articles_pipeline WHERE pipeline < ? AND id > ? "
            "ORDER BY id LIMIT ?"
        )
        params = [version, after, limit]
    return [r[0] for r in db.conn.execute(sql, params)]


def read(db: sqlite_utils.Database, article_id: int) -> StoredArticle | None:
    row = db.conn.execute(f"SELECT {_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
    return StoredArticle(*row) if row else None


def corrected_fields(db: sqlite_utils.Database, article_id: int) -> set[str]:
    """The fields a person corrected in this article or in the versions it was edited from
    (an edit stores an article again under a new id, store/corrections.py): reindex keeps
    them as the person left them."""
    fields: set[str] = set()
    wanted, seen = article_id, set()
    while wanted not in seen:  # back along the chain of edits
        seen.add(wanted)
        row = db.conn.execute(
            "SELECT article_id, before, after FROM corrections WHERE new_article_id = ? "
            "AND action = 'edit' ORDER BY id DESC LIMIT 1",
            (wanted,),
        ).fetchone()
        if row is None:
            break
        before, after = json.loads(row[1]), json.loads(row[2])
        fields.update(f for f in EDITABLE if before.get(f) != after.get(f))
        wanted = row[0]
    return fields


def clear_derived(
    db: sqlite_utils.Database, article: StoredArticle, audiences: set[tuple[str, str]]
) -> list[tuple[int, int, int, int]]:
    """Take out everything derived from the article's text except its index postings, and
    return its passages as (id, length in terms, start, end) for the caller to take out of
    the index (store/index/removal.py), once for a whole batch, before new passages are
    added. The (team, scope) of each audience whose counts it was taken out of is added to
    audiences, for tidy() once the batch is written."""
    article_id = article.id
    passages: list[tuple[int, int, int, int]] = []
    if article.indexed:
        for scope in audience.conversations(db, article_id) or [""]:
            audience.shift(db, article_id, article.team, scope, -1, tidy=False)
            audiences.add((article.team, scope))
        passages = db.conn.execute(
            "SELECT id, n_terms, start, end FROM passages WHERE article_id = ? ORDER BY seq",
            (article_id,),
        ).fetchall()
    for table in (
        "subject_events",
        "scope_events",
        "events",  # event_actors and event_places go with them (ON DELETE CASCADE)
        "actor_mentions",
        "place_mentions",
        "relations",
        "passages",
        "passage_ranges",
        "article_bands",
    ):
        db.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    return [(pid, n, start, end) for pid, n, start, end in passages]


def rewrite(db: sqlite_utils.Database, article_id: int, version: int, **fields: Any) -> None:
    """The article's row with its new text and what was read from it, under the same id, marked
    as made by `version` (with no fields: only marked, its text left as it was)."""
    columns = "".join(f"{name} = ?, " for name in fields)
    db.conn.execute(
        f"UPDATE articles SET {columns}pipeline = ? WHERE id = ?",
        [*fields.values(), version, article_id],
    )


def tidy(db: sqlite_utils.Database, audiences: set[tuple[str, str]]) -> None:
    """Drop the count rows no article holds any more, once for a batch: each drop looks
    through an audience's counts, which per article was most of a reindex's writing time."""
    for team, scope in sorted(audiences):
        audience.tidy_counts(db, team, scope)


def add_to_audiences(db: sqlite_utils.Database, article: StoredArticle) -> None:
    """A private article posted in further conversations is counted in each of them too
    (store/audience.py); its first conversation was counted as its rows were written."""
    for conversation in audience.conversations(db, article.id)[1:]:
        audience.shift(db, article.id, article.team, conversation, 1)


def passage_feedback(db: sqlite_utils.Database, passage_ids: list[int]) -> dict[int, list[int]]:
    """Feedback given on these passages (item "passage:<id>"): passage id -> feedback ids."""
    found: dict[int, list[int]] = {}
    for pid in passage_ids:
        for (feedback_id,) in db.conn.execute(
            "SELECT id FROM feedback WHERE item = ?", (f"passage:{pid}",)
        ):
            found.setdefault(pid, []).append(feedback_id)
    return found


def move_feedback(db: sqlite_utils.Database, feedback_id: int, passage_id: int) -> None:
    db.conn.execute(
        "UPDATE feedback SET item = ? WHERE id = ?", (f"passage:{passage_id}", feedback_id)
    )


def all_cursor(db: sqlite_utils.Database) -> int | None:
    """Where an unfinished `reindex --all` stopped (the last article id it did), if one did."""
    row = db.conn.execute(
        "SELECT value FROM store_settings WHERE key = ?", (ALL_CURSOR,)
    ).fetchone()
    return int(row[0]) if row else None


def set_all_cursor(db: sqlite_utils.Database, after: int | None) -> None:
    """Record (None: forget) how far a `reindex --all` has come; in the batch's transaction."""
    if after is None:
        db.conn.execute("DELETE FROM store_settings WHERE key = ?", (ALL_CURSOR,))
    else:
        db.conn.execute(
            "INSERT INTO store_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (ALL_CURSOR, str(after)),
        )
