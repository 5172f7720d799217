"""The one owner of the database schema: every change is a new migration, applied ones are never
edited (sqlite-utils Migrations records what ran in `_sqlite_migrations`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.migrations import Migrations

if TYPE_CHECKING:
    import sqlite_utils

    from store.db import Database

migrations = Migrations("sitrep")


@migrations()
def m001_articles_passages_index(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            team TEXT NOT NULL DEFAULT '',        -- Slack workspace; '' for terminal ingests
            scope TEXT NOT NULL DEFAULT '',       -- '' visible workspace-wide; else the private conversation id
            origin TEXT NOT NULL,                 -- path, URL or Slack permalink it came from
            origin_key TEXT,                      -- idempotency key (e.g. team/channel/ts or file id)
            kind TEXT NOT NULL,                   -- text | html | pdf
            title TEXT NOT NULL,
            title_how TEXT NOT NULL,              -- found | derived
            source TEXT,
            author TEXT,
            published TEXT,                       -- ISO prefix at the precision known, or NULL
            published_how TEXT,                   -- given | metadata | header | inferred
            content_hash TEXT NOT NULL,
            signature BLOB,                       -- MinHash of word shingles (near duplicates)
            duplicate_of INTEGER REFERENCES articles(id),
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL             -- bookkeeping only: never a publication date
        );
        CREATE INDEX articles_hash ON articles(team, content_hash);
        CREATE UNIQUE INDEX articles_origin_key ON articles(team, origin_key, content_hash)
            WHERE origin_key IS NOT NULL;

        -- Near-duplicate detection: MinHash signature bands (locality-sensitive hashing).
        CREATE TABLE article_bands (
            team TEXT NOT NULL,
            band INTEGER NOT NULL,                -- band hash
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (team, band, article_id)
        ) WITHOUT ROWID;

        CREATE TABLE passages (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            start INTEGER NOT NULL,               -- character offsets into articles.text
            end INTEGER NOT NULL,
            n_terms INTEGER NOT NULL              -- BM25 document length
        );
        CREATE INDEX passages_article ON passages(article_id, seq);

        -- BM25 postings: per term, blocks of packed (passage id, tf, passage length) records.
        CREATE TABLE terms (
            id INTEGER PRIMARY KEY,
            term TEXT NOT NULL UNIQUE,
            df INTEGER NOT NULL,
            last_block INTEGER NOT NULL,
            last_block_len INTEGER NOT NULL
        );
        CREATE TABLE postings (
            term_id INTEGER NOT NULL,
            block INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (term_id, block)
        ) WITHOUT ROWID;
        -- How many terms have each document frequency: BM25Okapi's average idf in O(distinct dfs).
        CREATE TABLE df_histogram (
            df INTEGER PRIMARY KEY,
            n_terms INTEGER NOT NULL
        );
        CREATE TABLE index_stats (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            n_passages INTEGER NOT NULL,
            total_terms INTEGER NOT NULL,
            generation INTEGER NOT NULL           -- bumped by every write: invalidates caches
        );
        INSERT INTO index_stats VALUES (1, 0, 0, 0);
        """
    )


@migrations()
def m002_slack_events_and_pages(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- Slack retries events; the first delivery of an event id wins.
        CREATE TABLE slack_events (
            team TEXT NOT NULL,
            event_id TEXT NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (team, event_id)
        ) WITHOUT ROWID;
        -- "More" buttons page through answers kept here, not in the 2,000-character button value.
        CREATE TABLE answer_pages (
            id TEXT PRIMARY KEY,
            team TEXT NOT NULL,
            conversation TEXT NOT NULL,
            payload TEXT NOT NULL,                -- JSON of the full answer
            created_at TEXT NOT NULL
        );
        """
    )


@migrations()
def m003_actors_places_events(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,             -- catalogue key, or a slug of a discovered name
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            from_catalogue INTEGER NOT NULL
        );
        CREATE TABLE actor_names (                -- every surface form seen, for lookup and aliases
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            folded TEXT NOT NULL,                 -- case- and diacritic-folded form
            surface TEXT NOT NULL,
            PRIMARY KEY (folded, actor_id)
        ) WITHOUT ROWID;
        CREATE TABLE actor_mentions (
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            role TEXT                             -- "Iraqi Prime Minister", when the text gives one
        );
        CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id, article_id);
        CREATE INDEX actor_mentions_article ON actor_mentions(article_id);
        CREATE TABLE relations (
            subject_id INTEGER NOT NULL REFERENCES actors(id),
            predicate TEXT NOT NULL,
            object_id INTEGER NOT NULL REFERENCES actors(id),
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,               -- the evidence sentence
            end INTEGER NOT NULL
        );
        CREATE INDEX relations_subject ON relations(subject_id);
        CREATE INDEX relations_object ON relations(object_id);
        CREATE TABLE places (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            country TEXT,
            lat REAL,
            lon REAL
        );
        CREATE TABLE place_mentions (
            place_id INTEGER NOT NULL REFERENCES places(id),
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL
        );
        CREATE INDEX place_mentions_place ON place_mentions(place_id, article_id);
        CREATE INDEX place_mentions_article ON place_mentions(article_id);
        -- An event: a sentence (or clause) tied to a date; two clocks: when it happened (date)
        -- and when it was reported (the article's publication date).
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            passage_id INTEGER REFERENCES passages(id),
            start INTEGER NOT NULL,               -- the verbatim sentence or clause
            end INTEGER NOT NULL,
            date TEXT,                            -- ISO prefix (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www) or NULL
            precision TEXT,                       -- year | month | week | day (NULL when undated)
            date_how TEXT NOT NULL,               -- explicit | relative | inferred | unresolved
            date_text TEXT NOT NULL,              -- the temporal expression as written
            sort_key TEXT                         -- first day the date covers, for ordering
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_passage ON events(passage_id);
        CREATE TABLE event_actors (
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            PRIMARY KEY (actor_id, event_id)
        ) WITHOUT ROWID;
        CREATE TABLE event_places (
            place_id INTEGER NOT NULL REFERENCES places(id),
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            PRIMARY KEY (place_id, event_id)
        ) WITHOUT ROWID;
        """
    )


@migrations()
def m004_subject_events_and_aggregates(db: sqlite_utils.Database) -> None:
    """What `timeline` and `actor` need for their most frequent subjects without reading every
    event or mention: events keyed by subject and date, and counts kept up to date at ingest.
    Filled here from the rows already stored."""
    db.executescript(
        """
        -- Each event under each actor ('a') and place ('p') it names, by date ('' if undated).
        CREATE TABLE subject_events (
            kind TEXT NOT NULL,
            subject_id INTEGER NOT NULL,
            date TEXT NOT NULL,
            event_id INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (kind, subject_id, date, event_id)
        ) WITHOUT ROWID;
        INSERT INTO subject_events
            SELECT 'a', x.actor_id, coalesce(e.date, ''), e.id, e.article_id
            FROM event_actors x JOIN events e ON e.id = x.event_id;
        INSERT INTO subject_events
            SELECT 'p', x.place_id, coalesce(e.date, ''), e.id, e.article_id
            FROM event_places x JOIN events e ON e.id = x.event_id;

        -- How many articles report something dated on each date about a subject, per audience
        -- (team and scope, as in articles): the salience of a date.
        CREATE TABLE date_support (
            kind TEXT NOT NULL,
            subject_id INTEGER NOT NULL,
            date TEXT NOT NULL,
            team TEXT NOT NULL,
            scope TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (kind, subject_id, date, team, scope)
        ) WITHOUT ROWID;
        INSERT INTO date_support
            SELECT s.kind, s.subject_id, s.date, a.team, a.scope, min(e.sort_key),
                   count(DISTINCT s.article_id)
            FROM subject_events s JOIN events e ON e.id = s.event_id
            JOIN articles a ON a.id = s.article_id
            WHERE s.date != '' GROUP BY s.kind, s.subject_id, s.date, a.team, a.scope;

        -- Counts behind an actor profile, per audience: fact 'mentions' and 'articles' (value
        -- ''), 'published' (value: a publication date of an article naming it), 'role' (value:
        -- the role), 'place' (value: a place id; n: sentences naming both).
        CREATE TABLE actor_facts (
            actor_id INTEGER NOT NULL,
            fact TEXT NOT NULL,
            value TEXT NOT NULL,
            team TEXT NOT NULL,
            scope TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (actor_id, fact, value, team, scope)
        ) WITHOUT ROWID;
        INSERT INTO actor_facts
            SELECT m.actor_id, 'mentions', '', a.team, a.scope, count(*)
            FROM actor_mentions m JOIN articles a ON a.id = m.article_id
            GROUP BY m.actor_id, a.team, a.scope;
        INSERT INTO actor_facts
            SELECT m.actor_id, 'articles', '', a.team, a.scope, count(DISTINCT m.article_id)
            FROM actor_mentions m JOIN articles a ON a.id = m.article_id
            GROUP BY m.actor_id, a.team, a.scope;
        INSERT INTO actor_facts
            SELECT actor_id, 'published', published, team, scope, count(*) FROM (
                SELECT DISTINCT m.actor_id, a.id, a.published, a.team, a.scope
                FROM actor_mentions m JOIN articles a ON a.id = m.article_id
                WHERE a.published IS NOT NULL)
            GROUP BY actor_id, published, team, scope;
        INSERT INTO actor_facts
            SELECT m.actor_id, 'role', m.role, a.team, a.scope, count(*)
            FROM actor_mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.role IS NOT NULL GROUP BY m.actor_id, m.role, a.team, a.scope;
        INSERT INTO actor_facts
            SELECT actor_id, 'place', place_id, team, scope, count(*) FROM (
                SELECT DISTINCT m.actor_id, pm.place_id, a.id, pm.sentence_start, a.team, a.scope
                FROM actor_mentions m JOIN place_mentions pm ON pm.article_id = m.article_id
                AND pm.sentence_start = m.sentence_start JOIN articles a ON a.id = m.article_id)
            GROUP BY actor_id, place_id, team, scope;
        """
    )


@migrations()
def m005_compact_postings(db: sqlite_utils.Database) -> None:
    """Postings lose their passage length (now one dense array, passage_lengths) and store
    gaps between passage ids in 2 bytes and frequencies in 1 where they fit: 3 bytes a posting
    instead of 8 (store/index.py describes the format). Existing blocks are converted here."""
    import numpy as np

    db.executescript(
        """
        -- Terms in each passage (BM25 document length): u16 per passage id, LENGTHS_CHUNK
        -- passage ids per row (chunk = id // 4096).
        CREATE TABLE passage_lengths (
            chunk INTEGER PRIMARY KEY,
            data BLOB NOT NULL
        );
        """
    )
    chunk_size = 4096
    lengths: dict[int, np.ndarray] = {}
    for pid, n_terms in db.conn.execute(
        "SELECT p.id, p.n_terms FROM passages p JOIN articles a ON a.id = p.article_id "
        "WHERE a.duplicate_of IS NULL ORDER BY p.id"
    ):
        chunk = lengths.setdefault(pid // chunk_size, np.zeros(chunk_size, dtype="<u2"))
        chunk[pid % chunk_size] = n_terms
    for chunk_id, values in lengths.items():
        used = int(np.flatnonzero(values).max()) + 1 if values.any() else 1
        db.conn.execute(
            "INSERT INTO passage_lengths (chunk, data) VALUES (?, ?)",
            (chunk_id, values[:used].tobytes()),
        )

    old = np.dtype([("pid", "<u4"), ("tf", "<u2"), ("dl", "<u2")])
    narrow = np.dtype([("gap", "<u2"), ("tf", "u1")])
    wide = np.dtype([("pid", "<u4"), ("tf", "<u2")])
    rows = db.conn.execute("SELECT term_id, block, data FROM postings").fetchall()
    converted = []
    for term_id, block, data in rows:
        records = np.frombuffer(data, dtype=old)
        pids, tfs = records["pid"], records["tf"]
        gaps = np.diff(pids.astype(np.int64), prepend=int(pids[0]))
        if gaps.max(initial=0) <= 0xFFFF and tfs.max(initial=0) <= 0xFF:
            body = np.empty(len(pids), dtype=narrow)
            body["gap"], body["tf"] = gaps, tfs
            blob = b"\x01" + int(pids[0]).to_bytes(4, "little") + body.tobytes()
        else:
            body = np.empty(len(pids), dtype=wide)
            body["pid"], body["tf"] = pids, tfs
            blob = b"\x02" + body.tobytes()
        converted.append((blob, term_id, block))
    db.conn.executemany("UPDATE postings SET data = ? WHERE term_id = ? AND block = ?", converted)


@migrations()
def m006_event_subject_indexes(db: sqlite_utils.Database) -> None:
    """Names of the actors and places of given events (timeline entries) without scanning
    every event's subjects."""
    db.executescript(
        """
        CREATE INDEX event_actors_event ON event_actors(event_id);
        CREATE INDEX event_places_event ON event_places(event_id);
        """
    )


@migrations()
def m007_subject_totals(db: sqlite_utils.Database) -> None:
    """Articles with dated events about each subject, per audience: which places of a country
    matter most for its timeline, without adding up every date of every place."""
    db.executescript(
        """
        CREATE TABLE subject_totals (
            kind TEXT NOT NULL,
            subject_id INTEGER NOT NULL,
            team TEXT NOT NULL,
            scope TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (kind, subject_id, team, scope)
        ) WITHOUT ROWID;
        INSERT INTO subject_totals
            SELECT s.kind, s.subject_id, a.team, a.scope, count(DISTINCT s.article_id)
            FROM subject_events s JOIN articles a ON a.id = s.article_id
            WHERE s.date != '' GROUP BY s.kind, s.subject_id, a.team, a.scope;
        """
    )


@migrations()
def m008_passage_ranges(db: sqlite_utils.Database) -> None:
    """An article's passages have consecutive ids (they are inserted together), so one row per
    article locates them, instead of an index entry per passage. The per-article indexes of the
    mention and event tables go too: every query reaches those rows by actor, place, event or
    passage, and articles are never deleted. Together the four indexes were 7% of the file."""
    db.executescript(
        """
        CREATE TABLE passage_ranges (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            first INTEGER NOT NULL,               -- id of the article's first passage
            passages INTEGER NOT NULL             -- its passages are first .. first + passages - 1
        );
        INSERT INTO passage_ranges
            SELECT article_id, min(id), count(*) FROM passages GROUP BY article_id;
        DROP INDEX passages_article;
        DROP INDEX actor_mentions_article;
        DROP INDEX place_mentions_article;
        DROP INDEX events_article;
        """
    )


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


@migrations()
def m012_corrections_and_feedback(db: sqlite_utils.Database) -> None:
    """Corrections and feedback from Slack (store/corrections.py, store/feedback.py): who added
    each article from Slack (only they and workspace admins may remove or edit it), the log of
    every removal and edit, and feedback on answers' entries and quotes. None of them points
    at articles by a foreign key: the log outlives the article it tells of."""
    db.executescript(
        """
        CREATE TABLE article_posters (
            article_id INTEGER PRIMARY KEY,
            team TEXT NOT NULL,
            user TEXT NOT NULL,                   -- Slack user id of the first poster
            conversation TEXT NOT NULL,
            posted_at TEXT NOT NULL
        );
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            team TEXT NOT NULL,
            article_id INTEGER NOT NULL,
            action TEXT NOT NULL,                 -- remove | edit
            user TEXT NOT NULL,                   -- Slack user id, or 'terminal'
            at TEXT NOT NULL,
            title TEXT NOT NULL,
            before TEXT NOT NULL,                 -- JSON: the fields as they were
            after TEXT NOT NULL,                  -- JSON: as they became ({} when removed)
            new_article_id INTEGER                -- an edited article's id once stored again
        );
        CREATE INDEX corrections_team ON corrections(team, id);
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            team TEXT NOT NULL,
            command TEXT NOT NULL,                -- timeline | actor | quote
            item TEXT NOT NULL,                   -- entry:<date>:<key> | passage:<id>
            about TEXT NOT NULL,                  -- the subject or query, lower case
            verdict TEXT NOT NULL,                -- wrong_date | wrong_subject | not_relevant
            text TEXT NOT NULL,
            user TEXT NOT NULL,
            at TEXT NOT NULL,
            restored_by TEXT,
            restored_at TEXT
        );
        CREATE INDEX feedback_team_item ON feedback(team, item);
        """
    )


@migrations()
def m013_outbox(db: sqlite_utils.Database) -> None:
    """Messages for Slack that it has not yet taken: kept until they are posted, dropped for
    good or expired, so neither an outage nor a restart loses a reply (store/outbox.py)."""
    db.executescript(
        """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,       -- idempotency key, posted in the message metadata
            team TEXT NOT NULL,
            response_url TEXT,              -- where a reply goes; NULL once done or for a post
            channel TEXT NOT NULL,          -- a post's channel; a reply's, for the fallback
            thread_ts TEXT,                 -- a post's thread
            user TEXT NOT NULL,             -- who asked (a private reply's fallback goes there)
            target TEXT NOT NULL,           -- messages to one target are posted in order
            message TEXT NOT NULL,          -- JSON of what is posted
            state TEXT NOT NULL,            -- pending | sent | dropped | expired
            created_at REAL NOT NULL,       -- Unix seconds
            expires_at REAL NOT NULL,
            next_at REAL NOT NULL,          -- not tried again before this
            attempts INTEGER NOT NULL DEFAULT 0,
            uncertain INTEGER NOT NULL DEFAULT 0,  -- an attempt may have reached Slack
            last_error TEXT,
            done_at REAL,
            slack_ts TEXT                   -- the posted message's ts, when Slack said
        );
        CREATE INDEX outbox_pending ON outbox (state, next_at);
        CREATE INDEX outbox_target ON outbox (target, state);
        """
    )


@migrations()
def m014_conversation_threads(db: sqlite_utils.Database) -> None:
    """slack_threads remembers the question asked in a Slack thread, so a follow-up in it
    ("only 2017", "more") refines that question, across restarts. Auto-ingest of articles
    posted in a channel becomes a channel setting, off by default; channels where articles
    were already taken from posted messages keep it on, so an upgrade changes nothing there."""
    db.executescript(
        """
        CREATE TABLE slack_threads (
            team TEXT NOT NULL,
            channel TEXT NOT NULL,
            thread_ts TEXT NOT NULL,
            state TEXT NOT NULL,                  -- JSON: the question as last refined
            updated_at TEXT NOT NULL,
            PRIMARY KEY (team, channel, thread_ts)
        ) WITHOUT ROWID;
        -- A posted message's article has origin_key 'CHANNEL/TS' (bot.intake.ingest_message).
        INSERT OR IGNORE INTO channel_settings (team, channel, key, value, changed_by, changed_at)
        SELECT DISTINCT team, substr(origin_key, 1, instr(origin_key, '/') - 1), 'autoingest',
               'on', 'upgrade', strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
        FROM articles
        WHERE team != '' AND origin_key GLOB '[CG]*/[0-9]*.[0-9]*';
        """
    )


def migrate(db: Database) -> None:
    """Apply pending migrations under the write lock, so concurrent first opens do not race."""
    if not migrations.pending(db):
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        migrations.apply(db)  # nested: each migration runs in a savepoint
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
