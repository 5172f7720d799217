"""Checks that a store is whole: SQLite's own integrity, every article complete (text, passages,
index entries, mentions, events) and nothing left of an article that is not there.

Used after faults (a killed ingest, a full disk, concurrent writers) and by the property tests.
`contents` describes each article by its content hash, so a store that went through faults can
be compared with one built without any.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from store import index

if TYPE_CHECKING:
    import sqlite_utils

Contents = dict[str, tuple]


def _all_postings(db: sqlite_utils.Database) -> dict[str, object]:
    return {term: index.postings(db, term) for (term,) in db.conn.execute("SELECT term FROM terms")}


def check_store(db: sqlite_utils.Database) -> list[str]:
    """Every way the store is not whole, as readable lines; [] when it is."""
    conn = db.conn
    problems: list[str] = []
    integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems.append(f"integrity_check: {integrity[:5]}")
    foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    if foreign:
        problems.append(f"foreign_key_check: {foreign[:5]}")

    lengths = dict(conn.execute("SELECT id, length(text) FROM articles"))
    duplicates = {
        a for (a,) in conn.execute("SELECT id FROM articles WHERE duplicate_of IS NOT NULL")
    }
    passages: dict[int, list[tuple[int, int, int, int, int]]] = defaultdict(list)
    for pid, article, seq, start, end, n_terms in conn.execute(
        "SELECT id, article_id, seq, start, end, n_terms FROM passages ORDER BY article_id, seq"
    ):
        passages[article].append((pid, seq, start, end, n_terms))
    for article, length in lengths.items():
        rows = passages.get(article, [])
        if article in duplicates:
            if rows:
                problems.append(f"article {article}: a near duplicate with passages")
            continue
        if not rows:
            problems.append(f"article {article}: no passages")
        if [seq for _, seq, *_ in rows] != list(range(len(rows))):
            problems.append(f"article {article}: passage numbers have gaps")
        for pid, _, start, end, _ in rows:
            if not 0 <= start < end <= length:
                problems.append(f"passage {pid}: offsets {start}..{end} outside the text")
    orphans = set(passages) - set(lengths)
    if orphans:
        problems.append(f"passages of missing articles {sorted(orphans)[:5]}")

    # The index: every passage's postings add up to its length, nothing else is indexed, and
    # the document frequencies and corpus statistics agree with the postings.
    n_terms = {pid: n for rows in passages.values() for pid, _, _, _, n in rows}
    seen_tf: Counter[int] = Counter()
    dfs = dict(conn.execute("SELECT term, df FROM terms"))
    for term, records in _all_postings(db).items():
        if len(records) != dfs[term]:
            problems.append(f"term {term!r}: df {dfs[term]} but {len(records)} postings")
        for pid, tf, dl in records.tolist():
            if pid not in n_terms:
                problems.append(f"term {term!r}: posting for missing passage {pid}")
            elif dl != n_terms[pid]:
                problems.append(f"term {term!r}: passage {pid} length {dl}, not {n_terms[pid]}")
            seen_tf[pid] += tf
    for pid, n in n_terms.items():
        if seen_tf[pid] != n:
            problems.append(f"passage {pid}: {seen_tf[pid]} indexed terms, not {n}")
    n_passages, total = conn.execute(
        "SELECT n_passages, total_terms FROM index_stats WHERE id = 1"
    ).fetchone()
    if (n_passages, total) != (len(n_terms), sum(n_terms.values())):
        problems.append(
            f"index_stats ({n_passages}, {total}) but passages hold "
            f"({len(n_terms)}, {sum(n_terms.values())})"
        )
    histogram = dict(conn.execute("SELECT df, n_terms FROM df_histogram"))
    if histogram != dict(Counter(df for df in dfs.values() if df)):
        problems.append("df_histogram disagrees with the terms")

    # Mentions and events lie inside their article's text; events point into its passages.
    for table in ("actor_mentions", "place_mentions", "relations", "events"):
        for article, start, end in conn.execute(f"SELECT article_id, start, end FROM {table}"):
            if article not in lengths:
                problems.append(f"{table}: row of missing article {article}")
            elif not 0 <= start <= end <= lengths[article]:
                problems.append(f"{table}: offsets {start}..{end} outside article {article}")
    stray = conn.execute(
        "SELECT count(*) FROM events e JOIN passages p ON p.id = e.passage_id "
        "WHERE p.article_id != e.article_id"
    ).fetchone()[0]
    if stray:
        problems.append(f"{stray} events point into another article's passages")
    problems += _aggregate_problems(db)
    return problems


# Counts kept up to date at ingest (store/schema/m004_counts.py, migration 4), recomputed from the rows
# they count: after any fault they must still agree.
_RECOUNT = {
    "subject_events": (
        "SELECT kind, subject_id, date, event_id, article_id FROM subject_events",
        "SELECT 'a', x.actor_id, coalesce(e.date, ''), e.id, e.article_id "
        "FROM event_actors x JOIN events e ON e.id = x.event_id UNION ALL "
        "SELECT 'p', x.place_id, coalesce(e.date, ''), e.id, e.article_id "
        "FROM event_places x JOIN events e ON e.id = x.event_id",
    ),
    "date_support": (
        "SELECT kind, subject_id, date, team, scope, sort_key, articles FROM date_support",
        "SELECT s.kind, s.subject_id, s.date, a.team, a.scope, min(e.sort_key), "
        "count(DISTINCT s.article_id) FROM subject_events s JOIN events e ON e.id = s.event_id "
        "JOIN articles a ON a.id = s.article_id WHERE s.date != '' "
        "GROUP BY s.kind, s.subject_id, s.date, a.team, a.scope",
    ),
    "actor_facts": (
        "SELECT actor_id, fact, value, team, scope, n FROM actor_facts WHERE n != 0",
        "SELECT m.actor_id, 'mentions', '', a.team, a.scope, count(*) "
        "FROM actor_mentions m JOIN articles a ON a.id = m.article_id "
        "GROUP BY m.actor_id, a.team, a.scope UNION ALL "
        "SELECT m.actor_id, 'articles', '', a.team, a.scope, count(DISTINCT m.article_id) "
        "FROM actor_mentions m JOIN articles a ON a.id = m.article_id "
        "GROUP BY m.actor_id, a.team, a.scope UNION ALL "
        "SELECT actor_id, 'published', published, team, scope, count(*) FROM ("
        "SELECT DISTINCT m.actor_id, a.id, a.published, a.team, a.scope "
        "FROM actor_mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE a.published IS NOT NULL) GROUP BY actor_id, published, team, scope UNION ALL "
        "SELECT m.actor_id, 'role', m.role, a.team, a.scope, count(*) "
        "FROM actor_mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.role IS NOT NULL GROUP BY m.actor_id, m.role, a.team, a.scope UNION ALL "
        "SELECT actor_id, 'place', place_id, team, scope, count(*) FROM ("
        "SELECT DISTINCT m.actor_id, pm.place_id, a.id, pm.sentence_start, a.team, a.scope "
        "FROM actor_mentions m JOIN place_mentions pm ON pm.article_id = m.article_id "
        "AND pm.sentence_start = m.sentence_start JOIN articles a ON a.id = m.article_id) "
        "GROUP BY actor_id, place_id, team, scope UNION ALL "
        "SELECT m.actor_id, 'surface', lower(substr(a.text, m.start + 1, m.end - m.start)), "
        "a.team, a.scope, count(*) FROM actor_mentions m JOIN articles a ON a.id = m.article_id "
        "GROUP BY 1, 3, 4, 5 UNION ALL "
        "SELECT actor_id, 'surfaces', spellings, team, scope, count(*) FROM ("
        "SELECT actor_id, article_id, team, scope, group_concat(surface, char(31)) AS spellings "
        "FROM (SELECT DISTINCT m.actor_id, m.article_id, a.team, a.scope, "
        "lower(substr(a.text, m.start + 1, m.end - m.start)) AS surface "
        "FROM actor_mentions m JOIN articles a ON a.id = m.article_id ORDER BY 1, 2, 5) "
        "GROUP BY actor_id, article_id) GROUP BY 1, 3, 4, 5",
    ),
}


def _aggregate_problems(db: sqlite_utils.Database) -> list[str]:
    tables = {name for (name,) in db.conn.execute("SELECT name FROM sqlite_master")}
    problems = []
    for table, (kept, recounted) in _RECOUNT.items():
        if table not in tables:
            continue
        have = Counter(tuple(map(str, row)) for row in db.conn.execute(kept))
        want = Counter(tuple(map(str, row)) for row in db.conn.execute(recounted))
        if have != want:
            extra, missing = sorted((have - want).elements()), sorted((want - have).elements())
            problems.append(
                f"{table} disagrees with the rows it counts: "
                f"{extra[:3]} kept but not counted, {missing[:3]} counted, not kept"
            )
    return problems


def contents(db: sqlite_utils.Database) -> Contents:
    """Everything stored for each article, keyed by content hash and free of row ids."""
    conn = db.conn
    pid_terms: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for term, records in _all_postings(db).items():
        for pid, tf, _ in records.tolist():
            pid_terms[pid].append((term, tf))
    out: Contents = {}
    articles = conn.execute(
        "SELECT id, content_hash, title, duplicate_of IS NOT NULL, length(text) FROM articles"
    ).fetchall()
    for article, digest, title, duplicate, length in articles:
        passage_rows = conn.execute(
            "SELECT id, seq, start, end, n_terms FROM passages WHERE article_id = ? ORDER BY seq",
            (article,),
        ).fetchall()
        indexed = tuple(
            (seq, start, end, n, tuple(sorted(pid_terms.get(pid, []))))
            for pid, seq, start, end, n in passage_rows
        )
        actors = tuple(
            sorted(
                conn.execute(
                    "SELECT a.key, m.start, m.end, m.sentence_start, m.sentence_end, m.role "
                    "FROM actor_mentions m JOIN actors a ON a.id = m.actor_id WHERE m.article_id = ?",
                    (article,),
                ).fetchall(),
                key=repr,
            )
        )
        places = tuple(
            sorted(
                conn.execute(
                    "SELECT p.key, m.start, m.end FROM place_mentions m JOIN places p "
                    "ON p.id = m.place_id WHERE m.article_id = ?",
                    (article,),
                ).fetchall()
            )
        )
        relations = tuple(
            sorted(
                conn.execute(
                    "SELECT s.key, r.predicate, o.key, r.start, r.end FROM relations r "
                    "JOIN actors s ON s.id = r.subject_id JOIN actors o ON o.id = r.object_id "
                    "WHERE r.article_id = ?",
                    (article,),
                ).fetchall()
            )
        )
        events = tuple(
            sorted(
                (
                    (
                        start,
                        end,
                        date,
                        precision,
                        how,
                        text,
                        tuple(
                            sorted(
                                k
                                for (k,) in conn.execute(
                                    "SELECT a.key FROM event_actors x JOIN actors a ON a.id = x.actor_id "
                                    "WHERE x.event_id = ?",
                                    (event,),
                                )
                            )
                        ),
                        tuple(
                            sorted(
                                k
                                for (k,) in conn.execute(
                                    "SELECT p.key FROM event_places x JOIN places p ON p.id = x.place_id "
                                    "WHERE x.event_id = ?",
                                    (event,),
                                )
                            )
                        ),
                    )
                    for event, start, end, date, precision, how, text in conn.execute(
                        "SELECT id, start, end, date, precision, date_how, date_text FROM events "
                        "WHERE article_id = ?",
                        (article,),
                    )
                ),
                key=repr,
            )
        )
        out[digest] = (title, bool(duplicate), length, indexed, actors, places, relations, events)
    return out


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    tables = (
        "articles",
        "passages",
        "terms",
        "postings",
        "actor_mentions",
        "place_mentions",
        "relations",
        "events",
        "event_actors",
        "event_places",
        "article_bands",
    )
    return {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
