"""The counts kept at ingest for timelines and actor profiles equal what the stored rows say."""

import pytest

from commands import ingest
from store import articles, entities, schema
from store.articles import Viewer
from tests.conftest import ARTICLE_ALEPPO, ARTICLE_MANBIJ
from text.read import Document

TABLES = ("subject_events", "date_support", "actor_facts")


def _rows(db):
    return {t: sorted(db.conn.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}


@pytest.fixture
def stored(db):
    texts = [
        (ARTICLE_MANBIJ, "2016-08-20", "", ""),
        (ARTICLE_ALEPPO, "2016-09-23", "T1", ""),
        (
            ARTICLE_MANBIJ.replace("last week", "on 12 August") + "\nThe SDF said on 13 August "
            "that Manbij was calm.",
            None,
            "T1",
            "C9",
        ),
    ]
    for n, (text, published, team, scope) in enumerate(texts):
        result = ingest.ingest_document(
            db,
            Document(text=text, origin=f"{n}.txt", kind="text"),
            ingest.Origin(f"{n}.txt", team=team, scope=scope),
            ingest.Options(published=published),
        )
        assert not result.errors
    return db


def test_counts_kept_at_ingest_equal_a_recount(stored):
    kept = _rows(stored)
    assert kept["date_support"] and kept["actor_facts"] and kept["subject_events"]
    stored.conn.executescript(
        "DROP TABLE subject_events; DROP TABLE date_support; DROP TABLE actor_facts;"
    )
    schema.m004_subject_events_and_aggregates(stored)  # recounts from the stored rows
    assert _rows(stored) == kept


def test_profile_counts_respect_the_audience(stored):
    sdf = stored.conn.execute(
        "SELECT id FROM actors WHERE key = 'syrian-democratic-forces'"
    ).fetchone()
    assert sdf is not None
    everyone = entities.actor_reach(stored, sdf[0])
    workspace = entities.actor_reach(stored, sdf[0], Viewer("T1", "C1"))  # not in C9
    private = entities.actor_reach(stored, sdf[0], Viewer("T1", "C9"))
    assert everyone["articles"] == 2 and workspace["articles"] == 0 and private["articles"] == 1
    assert everyone["first_reported"] == everyone["last_reported"] == "2016-08-20"
    assert private["first_reported"] is None
    places = {name: n for _, name, _, n in entities.places_with_actor(stored, sdf[0])}
    assert places.get("Manbij", 0) >= 1


def test_passage_ranges_locate_every_passage_of_every_article(stored):
    ranges = stored.conn.execute(
        "SELECT article_id, first, passages FROM passage_ranges ORDER BY article_id"
    ).fetchall()
    recount = stored.conn.execute(
        "SELECT article_id, min(id), count(*), max(id) FROM passages "
        "GROUP BY article_id ORDER BY article_id"
    ).fetchall()
    assert [(a, first, n) for a, first, n, _ in recount] == ranges
    assert all(last - first + 1 == n for _, first, n, last in recount)  # consecutive ids
    assert articles.counts(stored)["passages"] == sum(n for _, _, n in ranges)
    assert articles.counts(stored, Viewer("T1", "C1"))["passages"] == sum(
        n
        for a, _, n in ranges
        if stored.conn.execute(
            "SELECT team = 'T1' AND scope = '' FROM articles WHERE id = ?", (a,)
        ).fetchone()[0]
    )


def test_migration_fills_passage_ranges_and_drops_per_article_indexes(stored):
    from commands.export import run as export

    before = list(export(stored))
    kept = stored.conn.execute("SELECT * FROM passage_ranges ORDER BY article_id").fetchall()
    stored.conn.executescript(  # the layout before migration 8
        "DROP TABLE passage_ranges; CREATE INDEX passages_article ON passages(article_id, seq); "
        "CREATE INDEX actor_mentions_article ON actor_mentions(article_id); "
        "CREATE INDEX place_mentions_article ON place_mentions(article_id); "
        "CREATE INDEX events_article ON events(article_id);"
    )
    schema.m008_passage_ranges(stored)
    assert (
        stored.conn.execute("SELECT * FROM passage_ranges ORDER BY article_id").fetchall() == kept
    )
    indexes = {
        r[0] for r in stored.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    assert not indexes & {
        "passages_article",
        "actor_mentions_article",
        "place_mentions_article",
        "events_article",
    }
    assert list(export(stored)) == before and before
