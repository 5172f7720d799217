"""Finding a stored article by what a person knows of it, and changing it: removing it, or
correcting its title, outlet or publication date. Shared by `forget` and `edit` (terminal and
Slack); each change is one transaction and leaves a row in the corrections log.

An edit stores the article again from its own text with the corrected fields, as ingest would
have stored it given them: a publication date changes what "yesterday" in it resolves to, and
a title is indexed with every passage, so patching the row alone would leave the events and
the index telling the old story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from commands.arguments import iso_date
from store import articles as article_store
from store import audience
from store import corrections as log
from store.db import as_database, transaction
from text import passages, tokens
from text.live_blog import is_live_blog
from text.split import ArticleDraft

if TYPE_CHECKING:
    import sqlite_utils

_ID = re.compile(r"^#?(\d{1,12})$")
FIELDS = ("title", "source", "published")  # what an edit may change
MAX_MATCHES = 5


class ChangeError(ValueError):
    """Why an article cannot be found or changed, in one line."""


@dataclass(frozen=True)
class Changed:
    action: str  # remove | edit
    article_id: int  # the article as it was
    new_id: int | None  # an edited article's id now
    title: str
    before: dict[str, Any]
    after: dict[str, Any]
    copies: int  # near copies removed with it

    def to_json(self) -> dict[str, object]:
        return {
            "action": self.action,
            "article_id": self.article_id,
            "new_id": self.new_id,
            "title": self.title,
            "before": self.before,
            "after": self.after,
            "near_copies_removed": self.copies,
        }


def find(
    db: sqlite_utils.Database, text: str, viewer: article_store.Viewer = article_store.EVERYONE
) -> article_store.ArticleRow:
    """The one article meant by an id ("#12"), its link or Slack permalink, or its title (whole,
    or a part that only one title holds), among those the viewer may see."""
    wanted = " ".join(text.strip().strip("<>").split("|")[0].split())
    if not wanted:
        raise ChangeError("say which article: its link, its title or its #id")
    visible, params = viewer.where("a")
    by_id = _ID.match(wanted)
    queries: list[tuple[str, list[object]]] = []
    if by_id:
        queries.append(("a.id = ?", [int(by_id.group(1))]))
    queries += [
        ("a.origin = ?", [wanted]),
        ("lower(a.title) = lower(?)", [wanted]),
        ("instr(lower(a.title), lower(?)) > 0", [wanted]),
    ]
    for condition, values in queries:
        rows = db.conn.execute(
            f"SELECT a.id FROM articles a WHERE {condition} AND {visible} "
            f"AND (a.duplicate_of IS NULL OR a.duplicate_of = a.id) ORDER BY a.id LIMIT ?",
            [*values, *params, MAX_MATCHES + 1],
        ).fetchall()
        if len(rows) == 1:
            found = article_store.get_article(db, rows[0][0])
            assert found is not None
            return found
        if rows:
            titles = []
            for (article_id,) in rows[:MAX_MATCHES]:
                row = article_store.get_article(db, article_id)
                titles.append(f"#{article_id} {row.title if row else ''}"[:80])
            raise ChangeError(
                f"{len(rows) if len(rows) <= MAX_MATCHES else 'several'} articles match: "
                + "; ".join(titles)
                + ". Say which with its #id or link."
            )
    raise ChangeError(f"no article here matches {wanted[:80]!r}")


def _fields(article: article_store.ArticleRow) -> dict[str, object]:
    return {"title": article.title, "source": article.source, "published": article.published}


def indexed_terms(article: article_store.ArticleRow, text: str) -> list[str]:
    """The words the article's passages were indexed under, worked out as ingest did."""
    spans = passages.split_passages(text)
    return sorted(tokens.indexed_words(article.title or "", (text[s:e] for s, e in spans)))


def _live_blog(db: sqlite_utils.Database, article_id: int, text: str) -> bool:
    """Whether the article is a live blog: it is stored anew from its cleaned text, which no
    longer holds the update stamps that told it, so the stored mark says; an article stored
    before the mark existed still holds them."""
    mark = article_store.live_blog_marks(db, [article_id]).get(article_id)
    return is_live_blog(text) if mark is None else mark


def _full(db: sqlite_utils.Database, article_id: int) -> tuple[article_store.ArticleRow, str]:
    row = db.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    article = article_store.get_article(db, article_id)
    if row is None or article is None:
        raise ChangeError(f"article #{article_id} is no longer in the store")
    return article, row[0]


def remove(db: sqlite_utils.Database, article_id: int, user: str) -> Changed:
    """Take the article and all that was derived from it out of the store, in one
    transaction, and log who did it."""
    with transaction(as_database(db)):
        article, text = _full(db, article_id)
        copies = log.take_out(db, article.id, indexed_terms(article, text))
        log.log(db, article.team, article.id, "remove", user, article.title, _fields(article), {})
    return Changed("remove", article.id, None, article.title, _fields(article), {}, len(copies))


def edit(
    db: sqlite_utils.Database,
    article_id: int,
    user: str,
    title: str | None = None,
    source: str | None = None,
    published: str | None = None,
) -> Changed:
    """Correct the title, outlet or publication date (None: unchanged): the article is stored
    again from its text with those fields, in one transaction, under a new id."""
    from commands import ingest_article as ingest  # one article prepared and written

    title = " ".join(title.split()) if title is not None else None
    source = " ".join(source.split()) if source is not None else None
    if title == "":
        raise ChangeError("a title cannot be empty")
    if published:
        try:
            published = iso_date(published)
        except ValueError as exc:
            raise ChangeError(f"publication date: {exc}") from None
    # The analysis (extraction, passages, terms) is done before the write lock is taken,
    # so an edit does not hold up ingests and answers; the transaction checks that the
    # article is still as it was read.
    article, text = _full(db, article_id)
    before = _fields(article)
    wanted = {
        "title": passages.cut_title(title) if title else article.title,
        "source": (source or None) if source is not None else article.source,
        "published": published if published else article.published,
    }
    if wanted == before:
        raise ChangeError("nothing to change: the fields are as they were")
    origin_key = db.conn.execute(
        "SELECT origin_key FROM articles WHERE id = ?", (article.id,)
    ).fetchone()[0]
    derived = title is None and article.title_how == "derived"  # derived again, the same
    draft = ArticleDraft(
        title=None if derived else str(wanted["title"]),
        text=text,
        source=article.source,
        author=article.author,
        published=article.published,
        published_how=article.published_how,
        live_blog=_live_blog(db, article.id, text),
    )
    origin = ingest.Origin(article.origin, article.team, article.scope, origin_key)
    options = ingest.Options(
        published=published or None, source=str(wanted["source"]) if wanted["source"] else None
    )
    prepared = ingest.prepare(draft, article.kind, origin, options)
    if source == "":  # the outlet cleared on purpose
        prepared = replace(prepared, source=None)
    with transaction(as_database(db)):
        if _fields(_full(db, article_id)[0]) != before:
            raise ChangeError("the article changed meanwhile; look at it again")
        private = audience.conversations(db, article.id)
        # The near copies pointing at it point at it again once it is stored anew.
        db.conn.execute("PRAGMA defer_foreign_keys = ON")
        copies = log.take_out(db, article.id, indexed_terms(article, text), keep_copies=True)
        stored = ingest.write_prepared(db, prepared)
        for conversation in private[1:]:
            audience.widen(db, stored.id, conversation)
        if copies:
            marks = ",".join("?" * len(copies))
            db.conn.execute(
                f"UPDATE articles SET duplicate_of = ? WHERE id IN ({marks})", [stored.id, *copies]
            )
        log.move_poster(db, article.id, stored.id)
        after = {"title": stored.title, "source": stored.source, "published": stored.published}
        log.log(db, article.team, article.id, "edit", user, article.title, before, after, stored.id)
    return Changed("edit", article.id, stored.id, stored.title, before, after, 0)
