"""Migration 19: how an actor is written, counted at ingest, so that a profile without the
mentions a not-same-as curation split off is told from counts (commands/actor_groups.py), not
by reading the text of every mention of the actor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.schema.registry import migrations

if TYPE_CHECKING:
    import sqlite_utils

# Each article with each audience that counts it: its own (team, scope), and the further
# private conversations it was posted in (store/audience.py).
_AUDIENCES = (
    "SELECT id AS article_id, team, scope FROM articles UNION ALL "
    "SELECT c.article_id, a.team, c.conversation FROM article_conversations c "
    "JOIN articles a ON a.id = c.article_id WHERE c.conversation != a.scope"
)


@migrations()
def m019_actor_surfaces(db: sqlite_utils.Database) -> None:
    """Two more facts in actor_facts, per audience as the others: 'surface' (value: a
    mention's text in lower case, as SQLite's lower() makes it; n: mentions written so) and
    'surfaces' (value: the distinct lower-case spellings of the actor in one article, sorted
    and joined by U+001F; n: articles writing it exactly so). Filled here from the stored
    mentions and text (about ten seconds for 1.35 million mentions)."""
    db.executescript(
        f"""
        -- each mention's text read once, and each audience of each article indexed
        CREATE TEMP TABLE spelled AS
            SELECT m.actor_id, m.article_id,
                   lower(substr(a.text, m.start + 1, m.end - m.start)) AS surface, count(*) AS n
            FROM actor_mentions m JOIN articles a ON a.id = m.article_id
            GROUP BY 1, 2, 3;
        CREATE TEMP TABLE heard AS {_AUDIENCES};
        CREATE INDEX temp.heard_article ON heard(article_id);
        INSERT INTO actor_facts (actor_id, fact, value, team, scope, n)
            SELECT s.actor_id, 'surface', s.surface, w.team, w.scope, sum(s.n)
            FROM spelled s JOIN heard w ON w.article_id = s.article_id
            GROUP BY 1, 3, 4, 5;
        INSERT INTO actor_facts (actor_id, fact, value, team, scope, n)
            SELECT x.actor_id, 'surfaces', x.spellings, w.team, w.scope, count(*)
            FROM (
                SELECT actor_id, article_id, group_concat(surface, char(31)) AS spellings
                FROM (SELECT actor_id, article_id, surface FROM spelled ORDER BY 1, 2, 3)
                GROUP BY actor_id, article_id
            ) x JOIN heard w ON w.article_id = x.article_id
            GROUP BY 1, 3, 4, 5;
        DROP TABLE temp.spelled;
        DROP TABLE temp.heard;
        """
    )
