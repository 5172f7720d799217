"""Which Slack workspace a store serves.

A store serves one workspace unless it says otherwise. Articles ingested from a terminal
belong to that workspace: before the store knows which one it is they are kept with team '',
and the first `sitrep serve` with a bot token claims the store for its workspace and adopts
them. A store behind a multi-workspace (OAuth) install says so ('workspaces' = 'many'); there
a terminal ingest must name its workspace (`sitrep ingest --workspace TEAM_ID`).
"""

from __future__ import annotations

from store.db import Database, transaction

UNASSIGNED = ""  # team of articles ingested before the store knew its workspace


class WorkspaceError(ValueError):
    """The store and the workspace asked for do not go together; one line for the user."""


def _setting(db: Database, key: str) -> str | None:
    row = db.conn.execute("SELECT value FROM store_settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set(db: Database, key: str, value: str) -> None:
    db.conn.execute(
        "INSERT INTO store_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT DO UPDATE SET value = excluded.value",
        (key, value),
    )


def home(db: Database) -> str | None:
    """The workspace a one-workspace store serves, once known."""
    return _setting(db, "home_team")


def serves_many(db: Database) -> bool:
    return _setting(db, "workspaces") == "many"


def unassigned_articles(db: Database) -> int:
    (count,) = db.conn.execute(
        "SELECT count(*) FROM articles WHERE team = ?", (UNASSIGNED,)
    ).fetchone()
    return int(count)


def team_for_ingest(db: Database, team: str | None) -> str:
    """The team an article ingested from outside Slack is stored under: the one named, else
    the store's own workspace (or '' until the store knows it). A store serving several
    workspaces cannot guess."""
    if team:
        return team
    if serves_many(db):
        raise WorkspaceError(
            "this store serves several Slack workspaces: name the one the "
            "articles are for with --workspace TEAM_ID"
        )
    return home(db) or UNASSIGNED


# Articles of team '' become the home workspace's, and their counts join its counts. The
# count tables are keyed by team, so rows are merged, not renamed. Migration m011 keeps its own
# frozen copy of these statements on purpose: an applied migration never changes, while a table
# keyed by team added later must be merged here too.
_ADOPT = (
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


def claim(db: Database, team: str) -> int:
    """Make team the workspace this store serves (a bot-token `serve` does this at start) and
    give it the articles ingested before; returns how many were adopted. A store already
    serving another workspace is refused: its articles are that workspace's."""
    if not team:
        raise WorkspaceError("Slack did not say which workspace the bot token is for")
    with transaction(db):
        if serves_many(db):
            return 0  # each workspace keeps its own articles; terminal ingests name theirs
        current = home(db)
        if current is not None and current != team:
            raise WorkspaceError(
                f"this store serves Slack workspace {current}, and the bot token is for "
                f"{team}: use another database (--db or SITREP_DB) for that workspace"
            )
        _set(db, "home_team", team)
        adopted = unassigned_articles(db)
        if adopted:
            for statement in _ADOPT:
                db.conn.execute(statement, {"team": team})
        # Watches made from a terminal before the store knew its workspace (store/watches.py);
        # one the workspace already has for the same channel and subject wins.
        db.conn.execute("UPDATE OR IGNORE watches SET team = ? WHERE team = ''", (team,))
        db.conn.execute("DELETE FROM watches WHERE team = ''")
        return adopted


def declare_many(db: Database) -> int:
    """Mark the store as serving several workspaces (an OAuth install). Returns the number of
    articles ingested without a workspace, which no workspace can see until re-ingested with
    --workspace."""
    with transaction(db):
        _set(db, "workspaces", "many")
        return unassigned_articles(db)
