"""Answers kept for one state of the store: reused while nothing changes, computed again after
an ingest or a change of who may see an article, and never kept for a database in memory."""

from __future__ import annotations

from commands import ingest
from store import audience
from store.db import connect, transaction
from store.generation_cache import GenerationCache, state
from tests.conftest import ARTICLE_ALEPPO, ARTICLE_MANBIJ
from text.read import Document


def _ingest(db, text: str, name: str, team: str = "", scope: str = "") -> None:
    result = ingest.ingest_document(
        db,
        Document(text=text, origin=name, kind="text"),
        ingest.Origin(name, team=team, scope=scope),
        ingest.Options(published="2016-08-20"),
    )
    assert not result.errors


def _actor_ids(db) -> list[int]:
    return [i for (i,) in db.conn.execute("SELECT DISTINCT actor_id FROM actor_mentions")]


class _Counting:
    """compute() for the cache, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> int:
        self.calls += 1
        return self.calls


def test_an_answer_is_kept_until_an_ingest_changes_the_store(db):
    _ingest(db, ARTICLE_MANBIJ, "manbij.txt")
    cache: GenerationCache[int] = GenerationCache(8)
    compute, actors = _Counting(), _actor_ids(db)
    assert cache.get(db, actors, "q", compute) == cache.get(db, actors, "q", compute) == 1
    assert cache.get(db, actors, "another question", compute) == 2
    _ingest(db, ARTICLE_ALEPPO, "aleppo.txt")
    assert cache.get(db, actors, "q", compute) == 3  # a new state: computed again
    assert cache.get(db, actors, "q", compute) == 3


def test_posting_an_article_to_another_audience_is_a_new_state(db):
    _ingest(db, ARTICLE_MANBIJ, "manbij.txt", team="T1", scope="C1")
    actors = _actor_ids(db)
    (article_id,) = db.conn.execute("SELECT id FROM articles").fetchone()
    before = state(db, actors)
    with transaction(db):
        audience.widen(db, article_id, "C2")  # the index and the mentions are unchanged
    widened = state(db, actors)
    with transaction(db):
        audience.widen(db, article_id, "")
    assert len({before, widened, state(db, actors)}) == 3


def test_a_full_cache_starts_afresh(db):
    _ingest(db, ARTICLE_MANBIJ, "manbij.txt")
    cache: GenerationCache[int] = GenerationCache(2)
    compute, actors = _Counting(), _actor_ids(db)
    for key in ("a", "b", "c"):
        cache.get(db, actors, key, compute)
    assert cache.get(db, actors, "c", compute) == 3  # kept: the last one in
    assert cache.get(db, actors, "a", compute) == 4  # forgotten when the cache was full


def test_a_database_in_memory_keeps_nothing():
    db = connect(":memory:")
    _ingest(db, ARTICLE_MANBIJ, "manbij.txt")
    cache: GenerationCache[int] = GenerationCache(8)
    compute, actors = _Counting(), _actor_ids(db)
    assert state(db, actors) is None
    assert [cache.get(db, actors, "q", compute) for _ in range(2)] == [1, 2]


def test_after_an_ingest_an_answer_is_brought_up_to_date_from_the_new_mentions(db):
    _ingest(db, ARTICLE_MANBIJ, "manbij.txt")
    cache: GenerationCache[int] = GenerationCache(8)
    compute, actors = _Counting(), _actor_ids(db)
    (last,) = db.conn.execute("SELECT max(rowid) FROM actor_mentions").fetchone()
    seen: list[int] = []

    def since(answer: int, last_seen: int) -> int:
        seen.append(last_seen)
        return answer + 10

    assert cache.get(db, actors, "q", compute, since) == 1
    _ingest(db, ARTICLE_ALEPPO, "aleppo.txt")
    assert cache.get(db, actors, "q", compute, since) == 11
    assert cache.get(db, actors, "q", compute, since) == 11  # kept for the new state
    assert seen == [last] and compute.calls == 1
    with transaction(db):
        db.conn.execute("DELETE FROM articles WHERE origin = 'manbij.txt'")
    assert cache.get(db, actors, "q", compute, since) == 2  # a removal: computed afresh


def test_an_answer_computed_while_the_store_changed_is_not_kept(db):
    _ingest(db, ARTICLE_MANBIJ, "manbij.txt")
    cache: GenerationCache[int] = GenerationCache(8)
    counting, actors = _Counting(), _actor_ids(db)

    def compute_during_an_ingest() -> int:
        _ingest(db, ARTICLE_ALEPPO, "aleppo.txt")  # another writer, say
        return counting()

    assert cache.get(db, actors, "q", compute_during_an_ingest, lambda a, _: a + 10) == 1
    # nothing kept to bring up to date: the answer may already hold the ingest's mentions
    assert cache.get(db, actors, "q", counting, lambda a, _: a + 10) == 2
