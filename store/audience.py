"""Who may see an article: the union of the places it was posted.

An article posted in a public channel is visible to its whole workspace (scope ''). One posted
only in private conversations is visible in each of them: the first is its scope, the others
are rows of article_conversations. Posting it again somewhere widens that: a public post makes
it public, a post in another private conversation adds that conversation.

The counts behind timelines and profiles (date_support, subject_totals, actor_facts,
date_salience) are kept per (team, scope), so widening moves an article's share of them too.
That share is worked out from its stored mentions and events, with the same rules as
migrations m004 and m009 used to fill them.
"""

from __future__ import annotations

import sqlite_utils

# One article's share of each count table: the key columns (without team and scope) and n.
_DATE_SUPPORT = (
    "SELECT s.kind, s.subject_id, s.date, min(e.sort_key), 1 FROM subject_events s "
    "JOIN events e ON e.id = s.event_id WHERE s.article_id = :id AND s.date != '' "
    "GROUP BY s.kind, s.subject_id, s.date"
)
_SUBJECT_TOTALS = (
    "SELECT DISTINCT kind, subject_id, 1 FROM subject_events WHERE article_id = :id AND date != ''"
)
_ACTOR_FACTS = (
    "SELECT actor_id, 'mentions', '', count(*) FROM actor_mentions WHERE article_id = :id "
    "GROUP BY actor_id "
    "UNION ALL SELECT DISTINCT actor_id, 'articles', '', 1 FROM actor_mentions "
    "WHERE article_id = :id "
    "UNION ALL SELECT DISTINCT m.actor_id, 'published', a.published, 1 FROM actor_mentions m "
    "JOIN articles a ON a.id = m.article_id WHERE m.article_id = :id AND a.published IS NOT NULL "
    "UNION ALL SELECT actor_id, 'role', role, count(*) FROM actor_mentions "
    "WHERE article_id = :id AND role IS NOT NULL GROUP BY actor_id, role "
    "UNION ALL SELECT actor_id, 'place', place_id, count(*) FROM ("
    "  SELECT DISTINCT m.actor_id, pm.place_id, pm.sentence_start FROM actor_mentions m "
    "  JOIN place_mentions pm ON pm.article_id = m.article_id "
    "  AND pm.sentence_start = m.sentence_start WHERE m.article_id = :id) "
    "GROUP BY actor_id, place_id "
    "UNION ALL SELECT m.actor_id, 'surface', lower(substr(a.text, m.start + 1, m.end - m.start)), "
    "count(*) FROM actor_mentions m JOIN articles a ON a.id = m.article_id "
    "WHERE m.article_id = :id GROUP BY 1, 3 "
    "UNION ALL SELECT actor_id, 'surfaces', group_concat(surface, char(31)), 1 FROM ("
    "  SELECT DISTINCT m.actor_id, lower(substr(a.text, m.start + 1, m.end - m.start)) AS surface "
    "  FROM actor_mentions m JOIN articles a ON a.id = m.article_id WHERE m.article_id = :id "
    "  ORDER BY 1, 2) GROUP BY actor_id"
)


# date_salience's share is read from scope_events as migration m009 fills it for stored
# articles: articles, scoped, named and near can be told from the rows; leads and burst come
# from the text at ingest only, so they are not moved (they stay with the first audience).
_DATE_SALIENCE = (
    "SELECT s.subject, s.date, min(e.sort_key), 1, 1, max(s.level = 0), "
    "max(julianday(a.published) - julianday(e.sort_key) BETWEEN 0 AND 7) "
    "FROM scope_events s JOIN events e ON e.id = s.event_id "
    "JOIN articles a ON a.id = s.article_id WHERE s.article_id = :id "
    "GROUP BY s.subject, s.date"
)


def _shift(
    db: sqlite_utils.Database,
    article_id: int,
    team: str,
    scope: str,
    sign: int,
    tidy: bool = True,
) -> None:
    """Add (sign 1) or take away (sign -1) the article's share of the counts of one audience.
    tidy=False leaves the rows counted down to nothing for the caller to drop with tidy()
    once for many articles (each drop looks through the audience's counts)."""
    ident = {"id": article_id}
    dates = db.conn.execute(_DATE_SUPPORT, ident).fetchall()
    totals = db.conn.execute(_SUBJECT_TOTALS, ident).fetchall()
    facts = db.conn.execute(_ACTOR_FACTS, ident).fetchall()
    db.conn.executemany(
        "INSERT INTO date_support (kind, subject_id, date, team, scope, sort_key, articles) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
        "articles = articles + excluded.articles, sort_key = min(sort_key, excluded.sort_key)",
        [(k, s, d, team, scope, key, sign * n) for k, s, d, key, n in dates],
    )
    db.conn.executemany(
        "INSERT INTO subject_totals (kind, subject_id, team, scope, articles) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET articles = articles + excluded.articles",
        [(k, s, team, scope, sign * n) for k, s, n in totals],
    )
    db.conn.executemany(
        "INSERT INTO actor_facts (actor_id, fact, value, team, scope, n) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT DO UPDATE SET n = n + excluded.n",
        [(a, f, str(v), team, scope, sign * n) for a, f, v, n in facts],
    )
    salience = db.conn.execute(_DATE_SALIENCE, ident).fetchall()
    db.conn.executemany(
        "INSERT INTO date_salience (subject, date, team, scope, sort_key, articles, scoped, "
        "named, near) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
        "articles = articles + excluded.articles, scoped = scoped + excluded.scoped, "
        "named = named + excluded.named, near = near + excluded.near, "
        "sort_key = min(sort_key, excluded.sort_key)",
        [
            (
                subject,
                date,
                team,
                scope,
                key or "",
                sign * a,
                sign * sc,
                sign * (nm or 0),
                sign * (nr or 0),
            )
            for subject, date, key, a, sc, nm, nr in salience
        ],
    )
    if sign < 0 and tidy:
        tidy_counts(db, team, scope)


def tidy_counts(db: sqlite_utils.Database, team: str, scope: str) -> None:
    """Drop the audience's count rows that no article holds any more."""
    db.conn.execute(
        "DELETE FROM date_support WHERE team = ? AND scope = ? AND articles <= 0", (team, scope)
    )
    db.conn.execute(
        "DELETE FROM subject_totals WHERE team = ? AND scope = ? AND articles <= 0",
        (team, scope),
    )
    db.conn.execute(
        "DELETE FROM actor_facts WHERE team = ? AND scope = ? AND n <= 0", (team, scope)
    )
    db.conn.execute(
        "DELETE FROM date_salience WHERE team = ? AND scope = ? "
        "AND articles <= 0 AND leads <= 0 AND burst <= 0",
        (team, scope),
    )


shift = _shift  # also for taking a removed article's share out (store/corrections.py)


def conversations(db: sqlite_utils.Database, article_id: int) -> list[str]:
    """The private conversations an article is visible in ([] when it is public)."""
    row = db.conn.execute("SELECT scope FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None or row[0] == "":
        return []
    return [row[0]] + [
        r[0]
        for r in db.conn.execute(
            "SELECT conversation FROM article_conversations WHERE article_id = ? "
            "ORDER BY conversation",
            (article_id,),
        )
    ]


def visible_in(db: sqlite_utils.Database, article_id: int, scope: str) -> bool:
    """Whether a post in scope ('' public, else a private conversation) could already see it."""
    private = conversations(db, article_id)
    return not private or (scope != "" and scope in private)


def widen(db: sqlite_utils.Database, article_id: int, scope: str) -> bool:
    """The article was posted (again) in scope: make it visible there. True when it was not
    visible there before. Call inside a transaction."""
    if visible_in(db, article_id, scope):
        return False
    team = db.conn.execute("SELECT team FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    if scope == "":
        for conversation in conversations(db, article_id):
            _shift(db, article_id, team, conversation, -1)
        db.conn.execute("UPDATE articles SET scope = '' WHERE id = ?", (article_id,))
        db.conn.execute("DELETE FROM article_conversations WHERE article_id = ?", (article_id,))
        _shift(db, article_id, team, "", 1)
    else:
        db.conn.execute(
            "INSERT INTO article_conversations (conversation, article_id) VALUES (?, ?)",
            (scope, article_id),
        )
        _shift(db, article_id, team, scope, 1)
    return True
