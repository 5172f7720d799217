"""The counts kept at ingest for timelines and actor profiles equal what the stored rows say."""

import pytest

from commands import ingest
from store import entities, schema
from store.articles import Viewer
from tests.conftest import ARTICLE_ALEPPO, ARTICLE_MANBIJ
from text.read import Document

TABLES = ("subject_events", "date_support", "actor_facts")


def _rows(db):
    return {t: sorted(db.conn.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}


@pytest.fixture
def stored(db):
    texts = [(ARTICLE_MANBIJ, "2016-08-20", "", ""), (ARTICLE_ALEPPO, "2016-09-23", "T1", ""),
             (ARTICLE_MANBIJ.replace("last week", "on 12 August") + "\nThe SDF said on 13 August "
              "that Manbij was calm.", None, "T1", "C9")]
    for n, (text, published, team, scope) in enumerate(texts):
        result = ingest.ingest_document(
            db, Document(text=text, origin=f"{n}.txt", kind="text"),
            ingest.Origin(f"{n}.txt", team=team, scope=scope), ingest.Options(published=published))
        assert not result.errors
    return db


def test_counts_kept_at_ingest_equal_a_recount(stored):
    kept = _rows(stored)
    assert kept["date_support"] and kept["actor_facts"] and kept["subject_events"]
    stored.conn.executescript("DROP TABLE subject_events; DROP TABLE date_support; "
                              "DROP TABLE actor_facts;")
    schema.m004_subject_events_and_aggregates(stored)   # recounts from the stored rows
    assert _rows(stored) == kept


def test_profile_counts_respect_the_audience(stored):
    sdf = stored.conn.execute("SELECT id FROM actors WHERE key = 'syrian-democratic-forces'").fetchone()
    assert sdf is not None
    everyone = entities.actor_reach(stored, sdf[0])
    workspace = entities.actor_reach(stored, sdf[0], Viewer("T1", "C1"))   # not in C9
    private = entities.actor_reach(stored, sdf[0], Viewer("T1", "C9"))
    assert everyone["articles"] == 2 and workspace["articles"] == 0 and private["articles"] == 1
    assert everyone["first_reported"] == everyone["last_reported"] == "2016-08-20"
    assert private["first_reported"] is None
    places = {name: n for _, name, _, n in entities.places_with_actor(stored, sdf[0])}
    assert places.get("Manbij", 0) >= 1
