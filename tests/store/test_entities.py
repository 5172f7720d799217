"""The counts kept at ingest for timelines and actor profiles equal what the stored rows say."""

from store import articles, entities, schema
from store.articles import Viewer

TABLES = ("subject_events", "date_support", "actor_facts")


def _rows(db):
    return {t: sorted(db.conn.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}


def test_counts_kept_at_ingest_equal_a_recount(three_articles_store):
    kept = _rows(three_articles_store)
    assert kept["date_support"] and kept["actor_facts"] and kept["subject_events"]
    three_articles_store.conn.executescript(
        "DROP TABLE subject_events; DROP TABLE date_support; DROP TABLE actor_facts;"
    )
    schema.m004_subject_events_and_aggregates(three_articles_store)  # recounts from the stored rows
    schema.m019_actor_surfaces(three_articles_store)  # and the spellings' counts
    assert _rows(three_articles_store) == kept


def test_profile_counts_respect_the_audience(three_articles_store):
    sdf = three_articles_store.conn.execute(
        "SELECT id FROM actors WHERE key = 'syrian-democratic-forces'"
    ).fetchone()
    assert sdf is not None
    everyone = entities.actor_reach(three_articles_store, sdf[0])
    workspace = entities.actor_reach(three_articles_store, sdf[0], Viewer("T1", "C1"))  # not in C9
    private = entities.actor_reach(three_articles_store, sdf[0], Viewer("T1", "C9"))
    assert everyone["articles"] == 2 and workspace["articles"] == 0 and private["articles"] == 1
    assert everyone["first_reported"] == everyone["last_reported"] == "2016-08-20"
    assert private["first_reported"] is None
    places = {name: n for _, name, _, n in entities.places_with_actor(three_articles_store, sdf[0])}
    assert places.get("Manbij", 0) >= 1


def test_passage_ranges_locate_every_passage_of_every_article(three_articles_store):
    ranges = three_articles_store.conn.execute(
        "SELECT article_id, first, passages FROM passage_ranges ORDER BY article_id"
    ).fetchall()
    recount = three_articles_store.conn.execute(
        "SELECT article_id, min(id), count(*), max(id) FROM passages "
        "GROUP BY article_id ORDER BY article_id"
    ).fetchall()
    assert [(a, first, n) for a, first, n, _ in recount] == ranges
    assert all(last - first + 1 == n for _, first, n, last in recount)  # consecutive ids
    assert articles.counts(three_articles_store)["passages"] == sum(n for _, _, n in ranges)
    assert articles.counts(three_articles_store, Viewer("T1", "C1"))["passages"] == sum(
        n
        for a, _, n in ranges
        if three_articles_store.conn.execute(
            "SELECT team = 'T1' AND scope = '' FROM articles WHERE id = ?", (a,)
        ).fetchone()[0]
    )


def test_migration_fills_passage_ranges_and_drops_per_article_indexes(three_articles_store):
    from commands.export import run as export

    before = list(export(three_articles_store))
    kept = three_articles_store.conn.execute(
        "SELECT * FROM passage_ranges ORDER BY article_id"
    ).fetchall()
    three_articles_store.conn.executescript(  # the layout before migration 8
        "DROP TABLE passage_ranges; CREATE INDEX passages_article ON passages(article_id, seq); "
        "CREATE INDEX actor_mentions_article ON actor_mentions(article_id); "
        "CREATE INDEX place_mentions_article ON place_mentions(article_id); "
        "CREATE INDEX events_article ON events(article_id);"
    )
    schema.m008_passage_ranges(three_articles_store)
    assert (
        three_articles_store.conn.execute(
            "SELECT * FROM passage_ranges ORDER BY article_id"
        ).fetchall()
        == kept
    )
    indexes = {
        r[0]
        for r in three_articles_store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'"
        )
    }
    assert not indexes & {
        "passages_article",
        "actor_mentions_article",
        "place_mentions_article",
        "events_article",
    }
    assert list(export(three_articles_store)) == before and before


def _relations_store(db):
    """Invented relations: (subject, predicate, object) stated in articles of two workspaces,
    one article a stored near copy of another."""
    for n, (team, copy_of) in enumerate([("T1", None), ("T1", 1), ("T2", None), ("T1", None)], 1):
        articles.insert_article(
            db,
            id=n,
            team=team,
            origin=f"{n}.txt",
            kind="text",
            title=f"Article {n}",
            title_how="found",
            content_hash=f"h{n}",
            duplicate_of=copy_of,
            text=f"Zorvan Union allied with Keth Front, said report {n}. Other words.",
        )
    db.conn.executemany(
        "INSERT INTO actors (id, key, name, kind, from_catalogue) VALUES (?, ?, ?, ?, 0)",
        [(901, "zorvan-union", "Zorvan Union", "org"), (902, "keth-front", "Keth Front", "org")],
    )
    sentence = len("Zorvan Union allied with Keth Front, said report 1.")
    db.conn.executemany(
        "INSERT INTO relations (subject_id, predicate, object_id, article_id, start, end) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(901, "allied_with", 902, n, 0, sentence) for n in (1, 2, 3, 4)]
        + [(902, "fought", 901, 4, 0, 12)],
    )


def test_relation_evidence_one_sentence_per_independent_article(db):
    _relations_store(db)
    claims = [(901, "allied_with", 902), (902, "fought", 901), (902, "allied_with", 901)]
    everyone = entities.relations_evidence(db, claims, limit=3)
    # article 2 is a near copy of article 1: one source
    assert [a for a, _ in everyone[0]] == [1, 3, 4]
    assert everyone[0][2][1] == "Zorvan Union allied with Keth Front, said report 4."
    assert everyone[1] == [(4, "Zorvan Union")] and everyone[2] == []
    assert entities.relations_evidence(db, claims, Viewer("T1"), 2)[0] == everyone[0][:1] + [
        everyone[0][2]
    ]
    t2 = entities.relations_evidence(db, claims, Viewer("T2"))
    for claim, evidence in zip(claims, t2, strict=True):
        assert entities.relation_evidence(db, *claim, Viewer("T2")) == evidence
    assert entities.relations_evidence(db, []) == []


def test_an_actors_spellings_are_read_from_its_own_index_entries(db):
    # a profile reads them for each member of a curated group: not a scan of every spelling
    plan = " ".join(
        row[-1]
        for row in db.conn.execute(
            "EXPLAIN QUERY PLAN SELECT surface FROM actor_names WHERE actor_id = ? "
            "ORDER BY surface",
            (1,),
        )
    )
    assert "actor_names_by_actor" in plan and "TEMP B-TREE" not in plan


def test_all_actor_names_gives_every_spelling_as_written_of_an_actor_still_named(db):
    _relations_store(db)
    spellings = ['Zorvan "Union"', "Zorvan\\Union", "Zórvan Ünion", "Keth Front"]
    db.conn.executemany(
        "INSERT INTO actor_names (actor_id, folded, surface) VALUES (?, ?, ?)",
        [(901, s.lower(), s) for s in spellings[:3]] + [(902, "keth front", spellings[3])],
    )
    db.conn.execute(
        "INSERT INTO actor_mentions (actor_id, article_id, start, end, sentence_start, "
        "sentence_end) VALUES (901, 1, 0, 12, 0, 51)"
    )
    # Keth Front is in the relations only: no mention, no article names it any more
    assert sorted(entities.all_actor_names(db)) == sorted(spellings[:3])
    assert entities.visible_names(db, articles.EVERYONE) >= set(spellings[:3])
    assert "Keth Front" not in entities.visible_names(db, articles.EVERYONE)
