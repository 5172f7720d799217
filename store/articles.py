"""Articles and passages: the SQL for storing them and reading them back."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from store.batches import in_batches
from store.multirow import Insert

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class Viewer:
    """Whose eyes a query is for. team None sees every workspace (the terminal);
    conversation names the private channel or DM the query comes from, if any."""

    team: str | None = None
    conversation: str | None = None

    def where(self, alias: str = "a") -> tuple[str, list[str]]:
        """SQL condition on the articles table (alias) for what this viewer may see: its
        workspace's public articles, and private ones posted in this conversation, first
        (scope) or later (article_conversations)."""
        if self.team is None:
            return "1", []
        if alias != "a":  # by convention only the articles table is "a"; others are counts
            return self.counts_where(alias)
        if not self.conversation:
            return f"{alias}.team = ? AND {alias}.scope = ''", [self.team]
        return (
            f"{alias}.team = ? AND ({alias}.scope IN ('', ?) OR {alias}.id IN "
            f"(SELECT article_id FROM article_conversations WHERE conversation = ?))",
            [self.team, self.conversation, self.conversation],
        )

    def counts_where(self, alias: str) -> tuple[str, list[str]]:
        """The same for a table of counts kept per (team, scope): an article posted in several
        private conversations is counted under each of them."""
        if self.team is None:
            return "1", []
        return (
            f"{alias}.team = ? AND {alias}.scope IN ('', ?)",
            [self.team, self.conversation or ""],
        )


EVERYONE = Viewer()


@dataclass(frozen=True)
class ArticleRow:
    id: int
    title: str
    title_how: str
    source: str | None
    author: str | None
    published: str | None
    published_how: str | None
    origin: str
    kind: str
    duplicate_of: int | None
    team: str
    scope: str
    text: str | None = None


@dataclass(frozen=True)
class PassageRow:
    id: int
    article_id: int
    seq: int
    start: int
    end: int
    text: str


_ARTICLE_COLUMNS = (
    "id, title, title_how, source, author, published, published_how, origin, "
    "kind, duplicate_of, team, scope"
)
_A_COLUMNS = ", ".join("a." + c.strip() for c in _ARTICLE_COLUMNS.split(","))


def insert_article(db: sqlite_utils.Database, **fields: object) -> int:
    fields.setdefault("ingested_at", datetime.now(UTC).isoformat(timespec="seconds"))
    columns = ", ".join(fields)
    marks = ", ".join("?" * len(fields))
    cursor = db.conn.execute(
        f"INSERT INTO articles ({columns}) VALUES ({marks})", list(fields.values())
    )
    row_id = cursor.lastrowid
    assert row_id is not None  # an INSERT always sets it
    return row_id


# An article's passages and bands go in statements of many rows (store/multirow.py).
_INSERT_PASSAGES = Insert(
    "INSERT INTO passages (id, article_id, seq, start, end, n_terms)", "(?, ?, ?, ?, ?, ?)"
)
_INSERT_BANDS = Insert("INSERT OR IGNORE INTO article_bands (team, band, article_id)", "(?, ?, ?)")


def insert_passages(
    db: sqlite_utils.Database, article_id: int, spans: Sequence[tuple[int, int, int]]
) -> list[int]:
    """Insert (start, end, n_terms) passages in order; return their ids. The ids are given
    explicitly so they are consecutive: passage_ranges locates them by their first one."""
    if not spans:
        return []
    first = db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM passages").fetchone()[0]
    ids = list(range(first, first + len(spans)))
    _INSERT_PASSAGES.run(
        db.conn,
        [
            (pid, article_id, seq, start, end, n_terms)
            for seq, (pid, (start, end, n_terms)) in enumerate(zip(ids, spans, strict=True))
        ],
    )
    db.conn.execute(
        "INSERT INTO passage_ranges (article_id, first, passages) VALUES (?, ?, ?)",
        (article_id, first, len(ids)),
    )
    return ids


def insert_bands(
    db: sqlite_utils.Database, team: str, article_id: int, bands: Iterable[int]
) -> None:
    _INSERT_BANDS.run(db.conn, [(team, band, article_id) for band in bands])


def find_by_hash(db: sqlite_utils.Database, team: str, content_hash: str) -> ArticleRow | None:
    row = db.conn.execute(
        f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE team = ? AND content_hash = ? "
        "ORDER BY id LIMIT 1",
        (team, content_hash),
    ).fetchone()
    return ArticleRow(*row) if row else None


def read_signature(blob: bytes, n_hashes: int) -> Any:
    """A stored signature as 32-bit MinHash values (a numpy array); signatures stored before
    store/writer.py's stored_signature kept whole 64-bit values."""
    import numpy as np

    return np.frombuffer(blob, dtype="<u4" if len(blob) == 4 * n_hashes else "<u8").astype(
        np.uint32
    )


def band_candidates(
    db: sqlite_utils.Database, team: str, bands: Sequence[int]
) -> list[tuple[int, bytes]]:
    """Articles sharing at least one LSH band, with their signatures."""
    marks = ",".join("?" * len(bands))
    return db.conn.execute(
        f"SELECT DISTINCT a.id, a.signature FROM article_bands b "
        f"JOIN articles a ON a.id = b.article_id "
        f"WHERE b.team = ? AND b.band IN ({marks}) AND a.duplicate_of IS NULL",
        [team, *bands],
    ).fetchall()


def get_article(
    db: sqlite_utils.Database, article_id: int, with_text: bool = False
) -> ArticleRow | None:
    columns = _ARTICLE_COLUMNS + (", text" if with_text else "")
    row = db.conn.execute(f"SELECT {columns} FROM articles WHERE id = ?", (article_id,)).fetchone()
    return ArticleRow(*row) if row else None


def get_articles(db: sqlite_utils.Database, article_ids: Iterable[int]) -> dict[int, ArticleRow]:
    """{id: article} of those of the articles that are stored (without their text)."""
    ids = sorted(set(article_ids))
    out: dict[int, ArticleRow] = {}
    for chunk, marks in in_batches(ids):
        for row in db.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks})",
            chunk,
        ):
            out[row[0]] = ArticleRow(*row)
    return out


def live_blog_marks(
    db: sqlite_utils.Database, article_ids: Iterable[int]
) -> dict[int, bool | None]:
    """{id: whether the article is a live blog} of those of the articles that are stored, as
    decided when each was cleaned (store/schema/m022_live_blog.py); None for one stored before
    the mark existed, whose text still holds its update stamps."""
    ids = sorted(set(article_ids))
    out: dict[int, bool | None] = {}
    for chunk, marks in in_batches(ids):
        for article_id, mark in db.conn.execute(
            f"SELECT id, live_blog FROM articles WHERE id IN ({marks})", chunk
        ):
            out[article_id] = None if mark is None else bool(mark)
    return out


def visible_articles(db: sqlite_utils.Database, ids: set[int], viewer: Viewer) -> set[int]:
    """Those of the articles that are stored and that the viewer may see."""
    where, params = viewer.where()
    return articles_where(db, sorted(ids), where, params)


def articles_where(
    db: sqlite_utils.Database,
    ids: Sequence[int],
    condition: str,
    params: Sequence[object],
    size: int = 500,
) -> set[int]:
    """Those of the stored articles ids for which condition (SQL on `articles a`, with its
    params) holds; batches of size ids, fewer when condition binds many params."""
    out: set[int] = set()
    for chunk, marks in in_batches(ids, size):
        out.update(
            r[0]
            for r in db.conn.execute(
                f"SELECT a.id FROM articles a WHERE a.id IN ({marks}) AND ({condition})",
                [*chunk, *params],
            )
        )
    return out


def passage_count(db: sqlite_utils.Database, article_id: int) -> int:
    row = db.conn.execute(
        "SELECT passages FROM passage_ranges WHERE article_id = ?", (article_id,)
    ).fetchone()
    return row[0] if row else 0


def passages_with_articles(
    db: sqlite_utils.Database,
    passage_ids: Sequence[int],
    viewer: Viewer = EVERYONE,
    articles: dict[int, tuple[ArticleRow, str] | None] | None = None,
) -> dict[int, tuple[PassageRow, ArticleRow]]:
    """Passages (with verbatim text) and their articles, restricted to what viewer may see.

    Each article's row and text are read once, however many of its passages are asked for,
    and its passages cut out of the text (as SQL's substr would: offsets in characters).
    articles: the articles a caller has already read for this viewer (with their texts; None
    for one the viewer may not see), filled in with those read now, so that a search reading
    passages a few at a time reads each article once."""
    return {
        pid: (PassageRow(pid, article_id, seq, start, end, text[start:end]), article)
        for (pid, article_id, seq, start, end), (article, text) in _passages_read(
            db, passage_ids, viewer, articles
        )
    }


def passage_texts(
    db: sqlite_utils.Database,
    passage_ids: Sequence[int],
    viewer: Viewer = EVERYONE,
    articles: dict[int, tuple[ArticleRow, str] | None] | None = None,
) -> dict[int, tuple[str, ArticleRow]]:
    """Each passage's verbatim text and its article: what passages_with_articles reads, without
    a PassageRow made for each (a search wants only the text). The text is cut out of the
    article's, read whole: SQL's substr in a row of each passage cost more, as it copies the
    article's whole record for every passage."""
    return {
        row[0]: (text[row[3] : row[4]], article)
        for row, (article, text) in _passages_read(db, passage_ids, viewer, articles)
    }


def _passages_read(
    db: sqlite_utils.Database,
    passage_ids: Sequence[int],
    viewer: Viewer,
    articles: dict[int, tuple[ArticleRow, str] | None] | None,
) -> Iterator[tuple[tuple[int, int, int, int, int], tuple[ArticleRow, str]]]:
    """(id, article_id, seq, start, end) of each passage the viewer may see, with its article's
    row and text (see passages_with_articles for articles)."""
    if not passage_ids:
        return
    where, params = viewer.where()
    known: dict[int, tuple[ArticleRow, str] | None] = {} if articles is None else articles
    for chunk, marks in in_batches(passage_ids):
        rows = db.conn.execute(
            f"SELECT id, article_id, seq, start, end FROM passages WHERE id IN ({marks})", chunk
        ).fetchall()
        new = sorted({row[1] for row in rows if row[1] not in known})
        for ids, id_marks in in_batches(new):
            for row in db.conn.execute(
                f"SELECT {_A_COLUMNS}, a.text FROM articles a WHERE a.id IN ({id_marks}) "
                f"AND {where}",
                [*ids, *params],
            ):
                known[row[0]] = (_article_row(row[:-1]), row[-1])
            for article_id in ids:
                known.setdefault(article_id, None)  # not stored, or not for this viewer
        for row in rows:
            found = known[row[1]]
            if found is not None:
                yield row, found


_ARTICLE_FIELDS = (*(c.strip() for c in _ARTICLE_COLUMNS.split(",")), "text")


def _article_row(values: Sequence[object]) -> ArticleRow:
    """ArticleRow(*values) without its text, made without the frozen dataclass's __init__,
    which sets the thirteen fields one object.__setattr__ call at a time (a search reading
    forty articles paid more for that than for the SQL reading them): the same fields in the
    same __dict__, so the same object to every reader and comparison."""
    row = object.__new__(ArticleRow)
    row.__dict__.update(zip(_ARTICLE_FIELDS, (*values, None), strict=True))
    return row


def article_texts(db: sqlite_utils.Database, article_ids: Iterable[int]) -> dict[int, str]:
    """{article id: its text}, each read once. Spans of a text are cut from it in Python:
    SQLite's substr() walks a UTF-8 text from its start, so cutting hundreds of events or
    passages out of a long document one row at a time read it hundreds of times (104 ms for
    the 862 events of two 120k-230k-character articles, 1.5 ms read once)."""
    out: dict[int, str] = {}
    for chunk, marks in in_batches(list(dict.fromkeys(article_ids))):
        out.update(db.conn.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", chunk))
    return out


def texts_and_days(
    db: sqlite_utils.Database, article_ids: Iterable[int]
) -> list[tuple[int, str, str | None]]:
    """(article id, its text, its publication date as stored) of those of the articles that
    are stored, each read once: article_texts, for a caller that needs the dates of the
    articles too (get_articles reads every column of them)."""
    out: list[tuple[int, str, str | None]] = []
    for chunk, marks in in_batches(list(dict.fromkeys(article_ids))):
        out += db.conn.execute(
            f"SELECT id, text, published FROM articles WHERE id IN ({marks})", chunk
        ).fetchall()
    return out


def passage_spans(
    db: sqlite_utils.Database, passage_ids: Sequence[int]
) -> dict[int, tuple[int, int, int]]:
    """{passage id: (article id, start, end)} of those of the passages that are stored, in the
    order given: where to cut them from their articles' texts (article_texts), for a caller
    that reads only some of those."""
    out: dict[int, tuple[int, int, int]] = {}
    for chunk, marks in in_batches(passage_ids):
        spans = {
            pid: (article, start, end)
            for pid, article, start, end in db.conn.execute(
                f"SELECT id, article_id, start, end FROM passages WHERE id IN ({marks})", chunk
            )
        }
        out.update((pid, spans[pid]) for pid in chunk if pid in spans)
    return out


def previous_passages(db: sqlite_utils.Database, passage_ids: Sequence[int]) -> dict[int, int]:
    """{passage id: the id of the passage before it in its article}, for those that have one:
    an article's passages have consecutive ids (insert_passages), so it is the id before, where
    the passage is not its article's first."""
    out: dict[int, int] = {}
    for chunk, marks in in_batches(passage_ids):
        for pid, seq in db.conn.execute(
            f"SELECT id, seq FROM passages WHERE id IN ({marks})", chunk
        ).fetchall():
            if seq > 0:
                out[pid] = pid - 1
    return out


def passage_articles(db: sqlite_utils.Database, passage_ids: Sequence[int]) -> dict[int, int]:
    """The article of each passage, read without its text or its article's (a search skips
    passages of articles it already has enough of before paying for their text)."""
    out: dict[int, int] = {}
    for chunk, marks in in_batches(passage_ids):
        out.update(
            db.conn.execute(f"SELECT id, article_id FROM passages WHERE id IN ({marks})", chunk)
        )
    return out


def iter_articles(db: sqlite_utils.Database, viewer: Viewer = EVERYONE) -> Iterator[ArticleRow]:
    where, params = viewer.where()
    for row in db.conn.execute(
        f"SELECT {_A_COLUMNS}, a.text FROM articles a WHERE {where} ORDER BY a.id", params
    ):
        yield ArticleRow(*row)


def article_passages(db: sqlite_utils.Database, article: ArticleRow) -> list[PassageRow]:
    assert article.text is not None
    return [
        PassageRow(pid, article.id, seq, start, end, article.text[start:end])
        for pid, seq, start, end in db.conn.execute(
            "SELECT p.id, p.seq, p.start, p.end FROM passage_ranges r JOIN passages p "
            "ON p.id BETWEEN r.first AND r.first + r.passages - 1 WHERE r.article_id = ? "
            "ORDER BY p.seq",
            (article.id,),
        )
    ]


def counts(db: sqlite_utils.Database, viewer: Viewer = EVERYONE) -> dict[str, int]:
    where, params = viewer.where()
    articles = db.conn.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[
        0
    ]
    passages = db.conn.execute(
        f"SELECT coalesce(sum(r.passages), 0) FROM passage_ranges r "
        f"JOIN articles a ON a.id = r.article_id WHERE {where}",
        params,
    ).fetchone()[0]
    return {"articles": articles, "passages": passages}


def latest(db: sqlite_utils.Database, n: int, viewer: Viewer = EVERYONE) -> list[ArticleRow]:
    where, params = viewer.where()
    rows = db.conn.execute(
        f"SELECT {_A_COLUMNS} FROM articles a WHERE {where} ORDER BY a.id DESC LIMIT ?",
        [*params, n],
    ).fetchall()
    return [ArticleRow(*row) for row in rows]


BULK_CACHE_KIB = 64 * 1024


def use_bulk_cache(db: sqlite_utils.Database) -> None:
    """A larger page cache for a long bulk ingest: the index and entity tables are updated all
    over their B-trees, and the default 2 MB cache turns that into reads of the file."""
    db.conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
