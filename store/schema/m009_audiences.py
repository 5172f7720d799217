"""Migrations 9-11: date salience and scope events, relation claims, workspaces and the
audiences of private articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.schema.registry import migrations

if TYPE_CHECKING:
    import sqlite_utils


@migrations()
def m009_date_salience(db: sqlite_utils.Database) -> None:
    """What a timeline needs to rank a subject's dates as a journalist would (see
    commands/salience.py) and to take the events of sentences that do not repeat its name.
    Subjects are text keys: 'a:<actor id>', 'p:<place id>', 'c:<country code>' (one article
    counts once for a country, however many of its places it names). Filled here from the
    events already stored, at sentence level; lead, burst and carried counts start with the
    articles ingested from now on."""
    db.executescript(
        """
        -- Each dated event under each subject in its scope: level 0 when its clause names the
        -- subject, 1 when a sentence just before it in the paragraph does (extract/scope.py).
        CREATE TABLE scope_events (
            subject TEXT NOT NULL,
            date TEXT NOT NULL,
            event_id INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            level INTEGER NOT NULL,
            PRIMARY KEY (subject, date, event_id)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO scope_events
            SELECT 'a:' || x.actor_id, e.date, e.id, e.article_id, 0
            FROM event_actors x JOIN events e ON e.id = x.event_id WHERE e.date IS NOT NULL;
        INSERT OR IGNORE INTO scope_events
            SELECT 'p:' || x.place_id, e.date, e.id, e.article_id, 0
            FROM event_places x JOIN events e ON e.id = x.event_id WHERE e.date IS NOT NULL;
        INSERT OR IGNORE INTO scope_events
            SELECT 'c:' || p.country, e.date, e.id, e.article_id, 0
            FROM event_places x JOIN events e ON e.id = x.event_id
            JOIN places p ON p.id = x.place_id
            WHERE e.date IS NOT NULL AND p.country IS NOT NULL AND p.country != '';

        -- Per subject, date and audience, articles that: are about the subject and mention the
        -- date (articles); mention it in the subject's scope (scoped); in a clause naming the
        -- subject (named); in their lead (leads); published within a week after it (near); are
        -- about the subject and published on the date or the two days after (burst).
        CREATE TABLE date_salience (
            subject TEXT NOT NULL,
            date TEXT NOT NULL,
            team TEXT NOT NULL,
            scope TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            articles INTEGER NOT NULL DEFAULT 0,
            scoped INTEGER NOT NULL DEFAULT 0,
            named INTEGER NOT NULL DEFAULT 0,
            leads INTEGER NOT NULL DEFAULT 0,
            near INTEGER NOT NULL DEFAULT 0,
            burst INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (subject, date, team, scope)
        ) WITHOUT ROWID;
        INSERT INTO date_salience (subject, date, team, scope, sort_key, articles, scoped, named,
                                   near)
            SELECT s.subject, s.date, a.team, a.scope, min(e.sort_key),
                   count(DISTINCT s.article_id), count(DISTINCT s.article_id),
                   count(DISTINCT s.article_id),
                   count(DISTINCT CASE WHEN julianday(a.published) - julianday(e.sort_key)
                                       BETWEEN 0 AND 7 THEN s.article_id END)
            FROM scope_events s JOIN events e ON e.id = s.event_id
            JOIN articles a ON a.id = s.article_id
            GROUP BY s.subject, s.date, a.team, a.scope;
        """
    )


@migrations()
def m010_relation_claims(db: sqlite_utils.Database) -> None:
    """The evidence of one relation (subject, predicate, object) without reading every relation
    of its subject: a profile lists the sentences of each of its strongest relations, and the
    subject of "United States backs X" has thousands of others. The index replaces the one on
    subject_id alone, which is its first column."""
    db.executescript(
        """
        CREATE INDEX relations_claim ON relations(subject_id, predicate, object_id);
        DROP INDEX relations_subject;
        """
    )


# Articles of team '' become the home workspace's, and their counts are added to its counts.
_M011_ADOPT = (
    "UPDATE articles SET team = :team WHERE team = ''",
    "INSERT OR IGNORE INTO article_bands (team, band, article_id) "
    "SELECT :team, band, article_id FROM article_bands WHERE team = ''",
    "DELETE FROM article_bands WHERE team = ''",
    "INSERT INTO date_support (kind, subject_id, date, team, scope, sort_key, articles) "
    "SELECT kind, subject_id, date, :team, scope, sort_key, articles FROM date_support "
    "WHERE team = '' ON CONFLICT DO UPDATE SET articles = articles + excluded.articles, "
    "sort_key = min(sort_key, excluded.sort_key)",
    "DELETE FROM date_support WHERE team = ''",
    "INSERT INTO subject_totals (kind, subject_id, team, scope, articles) "
    "SELECT kind, subject_id, :team, scope, articles FROM subject_totals WHERE team = '' "
    "ON CONFLICT DO UPDATE SET articles = articles + excluded.articles",
    "DELETE FROM subject_totals WHERE team = ''",
    "INSERT INTO actor_facts (actor_id, fact, value, team, scope, n) "
    "SELECT actor_id, fact, value, :team, scope, n FROM actor_facts WHERE team = '' "
    "ON CONFLICT DO UPDATE SET n = n + excluded.n",
    "DELETE FROM actor_facts WHERE team = ''",
    "INSERT INTO date_salience (subject, date, team, scope, sort_key, articles, scoped, named, "
    "leads, near, burst) SELECT subject, date, :team, scope, sort_key, articles, scoped, named, "
    "leads, near, burst FROM date_salience WHERE team = '' ON CONFLICT DO UPDATE SET "
    "articles = articles + excluded.articles, scoped = scoped + excluded.scoped, "
    "named = named + excluded.named, leads = leads + excluded.leads, "
    "near = near + excluded.near, burst = burst + excluded.burst, "
    "sort_key = min(sort_key, excluded.sort_key)",
    "DELETE FROM date_salience WHERE team = ''",
)


@migrations()
def m011_workspace_and_audiences(db: sqlite_utils.Database) -> None:
    """A store serves one workspace unless it says otherwise (store_settings 'workspaces' =
    'many'); 'home_team' is the one it serves. Articles ingested from a terminal before the
    store knew its workspace have team ''; a store that has articles of exactly one workspace
    is taken to serve that one, and those articles become its. article_conversations lists
    the further private conversations a private article was posted in: an article is visible
    wherever it was posted. channel_settings keeps choices made per Slack channel."""
    db.executescript(
        """
        CREATE TABLE store_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- Per-channel choices made in Slack (e.g. 'answers' = 'public' | 'private'), with
        -- who made the last change and when.
        CREATE TABLE channel_settings (
            team TEXT NOT NULL,
            channel TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            PRIMARY KEY (team, channel, key)
        ) WITHOUT ROWID;
        CREATE TABLE article_conversations (
            conversation TEXT NOT NULL,           -- a private channel or DM id
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (conversation, article_id)
        ) WITHOUT ROWID;
        """
    )
    teams = [r[0] for r in db.conn.execute("SELECT DISTINCT team FROM articles WHERE team != ''")]
    if len(teams) == 1:
        db.conn.execute(
            "INSERT INTO store_settings (key, value) VALUES ('home_team', ?)", (teams[0],)
        )
        for statement in _M011_ADOPT:
            db.conn.execute(statement, {"team": teams[0]})
    elif len(teams) > 1:
        db.conn.execute("INSERT INTO store_settings (key, value) VALUES ('workspaces', 'many')")
