import numpy as np
import pytest

from store import articles, rows, writer
from store.db import transaction
from store.records import ActorMention, ArticleEntities, Event, PlaceMention, Relation, Scope

TEXT = "Commander Varnik Osterhal of the Dulen Brigade met the Teshir Front in Qaryat Dulen."


def actor(key, surface, start, role=None, catalogue=False):
    name = key.replace("-", " ").title()
    return ActorMention(
        key, name, "armed_group", catalogue, name.lower(), surface, surface.lower(),
        start, start + len(surface), 0, len(TEXT), role,
    )  # fmt: skip


BRIGADE = actor("dulen-brigade", "Dulen Brigade", 33, role="commander")
FRONT = actor("teshir-front", "Teshir Front", 55)
TOWN = PlaceMention("qaryat-dulen", "Qaryat Dulen", "city", "SY", 35.1, 38.2, 71, 83, 0, len(TEXT))


def entities(events=(), relations=(), scope=None):
    return ArticleEntities([BRIGADE, FRONT, BRIGADE], [TOWN], list(relations), list(events), scope)


def article(db, published="2017-03-01"):
    with transaction(db):
        article_id = articles.insert_article(
            db, team="T1", scope="", origin="x", origin_key=None, kind="text", title="t",
            title_how="found", source=None, author=None, published=published,
            published_how="given", content_hash=f"h{published}", signature=None,
            duplicate_of=None, text=TEXT,
        )  # fmt: skip
        passages = articles.insert_passages(db, article_id, [(0, len(TEXT), 12)])
    return article_id, passages


def test_every_row_record_names_columns_of_its_table(db):
    for table, record in [
        ("actor_names", rows.ActorNameRow),
        ("actor_mentions", rows.ActorMentionRow),
        ("relations", rows.RelationRow),
        ("place_mentions", rows.PlaceMentionRow),
        ("events", rows.EventRow),
        ("subject_events", rows.SubjectEventRow),
        ("date_support", rows.DateSupportRow),
        ("subject_totals", rows.SubjectTotalRow),
        ("actor_facts", rows.ActorFactRow),
        ("scope_events", rows.ScopeEventRow),
        ("date_salience", rows.DateSalienceRow),
    ]:
        columns = {r[1] for r in db.conn.execute(f"PRAGMA table_info({table})")}
        assert set(record._fields) <= columns, table


def test_entities_are_written_by_key_and_counted(db):
    article_id, passages = article(db)
    dated = Event(0, 0, 40, "2017-03-01", "day", "explicit", "1 March", "2017-03-01",
                  ("dulen-brigade", "nobody-here"), ("qaryat-dulen",))  # fmt: skip
    undated = Event(None, 41, 83, None, None, "unresolved", "that week", None, (), ())
    claim = Relation("dulen-brigade", "opposes", "teshir-front", 0, len(TEXT))
    unknown = Relation("dulen-brigade", "backs", "not-mentioned", 0, len(TEXT))
    with transaction(db):
        counts = writer.write_entities(
            db, article_id, entities([dated, undated], [claim, unknown]), passages
        )
    assert counts == (2, 1)  # two actors, one dated event
    brigade = db.conn.execute("SELECT id FROM actors WHERE key = 'dulen-brigade'").fetchone()[0]
    assert db.conn.execute(
        "SELECT actor_id, start, end, role FROM actor_mentions ORDER BY start"
    ).fetchall()[0] == (brigade, 33, 46, "commander")
    assert db.conn.execute("SELECT count(*) FROM actor_mentions").fetchone()[0] == 3
    assert db.conn.execute("SELECT predicate FROM relations").fetchall() == [("opposes",)]
    events = db.conn.execute("SELECT passage_id, date FROM events ORDER BY id").fetchall()
    assert events == [(passages[0], "2017-03-01"), (None, None)]
    assert db.conn.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 1
    facts = dict(
        ((fact, value), n)
        for fact, value, n in db.conn.execute(
            "SELECT fact, value, n FROM actor_facts WHERE actor_id = ?", (brigade,)
        )
    )
    assert facts[("mentions", "")] == 2 and facts[("articles", "")] == 1
    assert facts[("role", "commander")] == 2 and facts[("published", "2017-03-01")] == 1
    assert any(fact == "place" for fact, _ in facts)  # named in a sentence with the town
    assert writer.extraction_counts(db, article_id) == counts


def test_the_counts_of_a_scope_go_to_date_salience(db):
    article_id, passages = article(db)
    dated = Event(0, 0, 40, "2017-03-01", "day", "explicit", "1 March", "2017-03-01", (), ())
    scope = Scope(frozenset({("a", "dulen-brigade")}), [{("p", "qaryat-dulen"): 0}], 40)
    with transaction(db):
        writer.write_entities(db, article_id, entities([dated], scope=scope), passages)
    subjects = {
        s for (s,) in db.conn.execute("SELECT subject FROM date_salience WHERE date = ?",
                                      ("2017-03-01",))
    }  # fmt: skip
    assert len(subjects) == 2  # the place the event names, and the actor the article is about
    assert db.conn.execute("SELECT level FROM scope_events").fetchall() == [(0,)]


@pytest.mark.parametrize("width", ["<u4", "<u8"])
def test_a_near_copy_is_found_by_its_bands_and_signature(db, width):
    signature = np.arange(1, 129, dtype=np.uint64) * np.uint64(2**33 + 7)
    article_id, _ = article(db)
    stored = signature.astype(width).tobytes() if width == "<u8" else None
    db.conn.execute(
        "UPDATE articles SET signature = ? WHERE id = ?",
        (stored or writer.stored_signature(signature), article_id),
    )
    articles.insert_bands(db, "T1", article_id, [11, 12])

    def share(a, b):
        return float(np.mean(a == b))

    near = signature.copy()
    near[:10] += np.uint64(1)  # 118 of 128 values agree
    assert writer.near_duplicate(db, "T1", near, [12], share, 0.9) == article_id
    assert writer.near_duplicate(db, "T1", near, [12], share, 0.95) is None
    assert writer.near_duplicate(db, "T1", near, [13], share, 0.9) is None  # no band shared
    assert writer.near_duplicate(db, "T2", near, [12], share, 0.9) is None  # another workspace


def _table_rows(db):
    return {
        table: db.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall()
        for table in (
            "actor_names",
            "actor_mentions",
            "actor_facts",
            "date_salience",
            "date_support",
            "subject_totals",
            "subject_events",
            "scope_events",
        )
    }


def test_rows_kept_for_the_end_of_a_batch_are_the_rows_written_at_once(db, tmp_path):
    from store.db import connect

    scope = Scope(frozenset({("a", "dulen-brigade")}), [{("p", "qaryat-dulen"): 0}], 40)
    dated = Event(0, 0, 40, "2017-03-01", "day", "explicit", "1 March", "2017-03-01", (), ())
    found = entities([dated], scope=scope)
    later = connect(tmp_path / "later.db")
    pending = rows.PendingRows()
    for store, sink in ((db, None), (later, pending)):
        for published in ("2017-03-01", "2017-03-02"):
            article_id, passages = article(store, published)
            with transaction(store):
                writer.write_entities(store, article_id, found, passages, sink)
    assert _table_rows(later)["actor_mentions"] == []  # nothing yet: kept for the batch's end
    with transaction(later):
        pending.write(later)
        pending.write(later)  # written once, however often asked
    assert _table_rows(later) == _table_rows(db)


def test_an_article_rolled_back_leaves_none_of_its_pending_rows(db):
    first, passages = article(db, "2017-03-01")
    second, _ = article(db, "2017-03-02")
    pending = rows.PendingRows()
    with transaction(db):
        writer.write_entities(db, first, entities(), passages, pending)
        db.conn.execute("SAVEPOINT article")
        mark = pending.mark()
        writer.write_entities(db, second, entities(), passages, pending)
        pending.write(db)  # written inside the second article's savepoint, then undone
        db.conn.execute("ROLLBACK TO article")
        pending.rollback(mark)
        db.conn.execute("RELEASE article")
        pending.write(db)
    mentions = db.conn.execute("SELECT DISTINCT article_id FROM actor_mentions").fetchall()
    assert mentions == [(first,)]
    assert db.conn.execute("SELECT count(*) FROM actor_mentions").fetchone()[0] == 3
    facts = db.conn.execute("SELECT n FROM actor_facts WHERE fact = 'articles'").fetchall()
    assert facts == [(1,), (1,)]  # each actor counted in the first article only


def test_a_batch_merges_repeated_counts_into_the_rows_written_one_by_one(db, tmp_path):
    """Articles naming the same actors on the same dates, with different sort keys and
    spellings: a batch merges their count rows per key, and stores what writing each
    article's rows at once stores."""
    from store.db import connect

    scope = Scope(frozenset({("a", "dulen-brigade")}), [{("p", "qaryat-dulen"): 0}], 40)
    shouted = actor("dulen-brigade", "DULEN BRIGADE", 33)  # folds like "Dulen Brigade"

    def found(sort_key, first):
        dated = Event(
            0, 0, 40, "2017-03-01", "day", "explicit", "1 March", sort_key,
            ("dulen-brigade", "teshir-front"), ("qaryat-dulen",),
        )  # fmt: skip
        mentions = [first, FRONT, BRIGADE]
        return ArticleEntities(mentions, [TOWN], [], [dated], scope)

    articles_found = [
        ("2017-03-02", found("2017-03-01T09", shouted)),
        ("2017-03-02", found("2017-03-01T07", BRIGADE)),
        ("2017-03-04", found("2017-03-01T08", shouted)),
    ]
    later = connect(tmp_path / "later.db")
    pending = rows.PendingRows()
    for store, sink in ((db, None), (later, pending)):
        for published, article_found in articles_found:
            article_id, passages = article(store, published)
            with transaction(store):
                writer.write_entities(store, article_id, article_found, passages, sink)
    with transaction(later):
        pending.write(later)
    assert _table_rows(later) == _table_rows(db)
    support = db.conn.execute("SELECT articles, sort_key FROM date_support").fetchall()
    assert support == [(3, "2017-03-01T07")] * 3  # two actors and the place, three articles


def test_a_batch_writes_each_table_without_rowids_in_the_order_of_its_primary_key(db):
    """rows._KEY_ORDER names, for each table it sorts, the positions of the primary key's
    columns in the rows PendingRows writes; a table with rowids must not be sorted."""
    for table, key in rows._KEY_ORDER.items():
        head = rows._merged(table, [])[0].head
        columns = tuple(c.strip() for c in head[head.index("(") + 1 : head.rindex(")")].split(","))
        info = db.conn.execute(f"PRAGMA table_info({table})").fetchall()
        primary = tuple(name for _, name, _, _, _, pk in sorted(info, key=lambda c: c[5]) if pk)
        assert key(columns) == primary, table
        sql = db.conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        assert "WITHOUT ROWID" in sql[0], table


def test_rows_written_in_key_order_store_what_rows_in_batch_order_store(db, tmp_path):
    """Rows out of key order, two of them sharing a key: the first one's article is kept and
    the least level wins, whichever order the batch holds them in."""
    from store.db import connect

    scope_rows = [
        ("p:9", "2017-03-02", 41, 7, 2),
        ("a:3", "2017-03-01", 40, 7, 1),
        ("p:9", "2017-03-02", 41, 8, 1),  # the same key as the first: article 7 stays
        ("a:3", "2017-02-28", 12, 8, 3),
    ]
    names = [(5, "osterhal", "OSTERHAL"), (2, "teshir", "Teshir"), (5, "osterhal", "Osterhal")]
    later = connect(tmp_path / "later.db")
    for store in (db, later):
        store.conn.execute(
            "INSERT INTO actors (id, key, name, kind, from_catalogue) VALUES "
            "(2, 'teshir', 'Teshir', 'armed_group', 0), (5, 'osterhal', 'Osterhal', 'person', 0)"
        )
    pending = rows.PendingRows()
    pending.add("scope_events", scope_rows)
    pending.add("actor_names", names)
    with transaction(later):
        pending.write(later)
    with transaction(db):
        for row in scope_rows:
            rows.add(db, "scope_events", [row])
        for row in names:
            rows.add(db, "actor_names", [row])
    for table in ("scope_events", "actor_names"):
        query = f"SELECT * FROM {table} ORDER BY 1, 2, 3"
        assert later.conn.execute(query).fetchall() == db.conn.execute(query).fetchall()
    assert later.conn.execute(
        "SELECT article_id, level FROM scope_events WHERE subject = 'p:9'"
    ).fetchall() == [(7, 1)]
    assert later.conn.execute("SELECT surface FROM actor_names WHERE actor_id = 5").fetchall() == [
        ("OSTERHAL",)
    ]


def test_a_rollback_after_a_sorted_write_forgets_the_rolled_back_rows_only(db):
    """write() sorts a copy: the rows kept for the batch stay in the order they came, which
    rollback() counts on."""
    pending = rows.PendingRows()
    pending.add("subject_totals", [("p", 9, "T1", ""), ("a", 3, "T1", "")])
    mark = pending.mark()
    pending.add("subject_totals", [("a", 1, "T1", "")])
    with transaction(db):
        db.conn.execute("SAVEPOINT article")
        pending.write(db)
        db.conn.execute("ROLLBACK TO article")
        pending.rollback(mark)
        db.conn.execute("RELEASE article")
        pending.write(db)
    stored = db.conn.execute("SELECT kind, subject_id FROM subject_totals ORDER BY 1, 2")
    assert stored.fetchall() == [("a", 3), ("p", 9)]
