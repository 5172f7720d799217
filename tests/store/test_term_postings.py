"""The passages indexed under every one of some terms, read from the posting lists."""

from store.term_postings import holding_every
from text.tokens import terms


def _passages(db):
    return db.conn.execute(
        "SELECT p.id, substr(a.text, p.start + 1, p.end - p.start), a.title "
        "FROM passages p JOIN articles a ON a.id = p.article_id ORDER BY p.id"
    ).fetchall()


def _check(db, words: str) -> set[int]:
    wanted = set(terms(words))
    every = [pid for pid, _, _ in _passages(db)]
    found = holding_every(db, wanted, every)
    assert holding_every(db, wanted, every[1::2]) == found & set(every[1::2])
    for pid, text, title in _passages(db):
        own = set(terms(text)) | set(terms(title))
        assert (pid in found) == (wanted <= own), (words, pid)
    return found


def test_every_term_in_the_passage_or_its_title(three_articles_store):
    db = three_articles_store
    assert _check(db, "Manbij supply routes")  # in one passage of two articles
    assert _check(db, "aid convoy Aleppo")
    assert _check(db, "Kurdish militia Euphrates")
    assert _check(db, "Manbij Kurdish")  # "Manbij" from the title, "Kurdish" from the text


def test_a_term_no_passage_holds_gives_none(three_articles_store):
    db = three_articles_store
    every = [pid for pid, _, _ in _passages(db)]
    assert holding_every(db, set(terms("Manbij Zanzibarovka")), every) == set()
    assert holding_every(db, set(), every) == set()
    assert holding_every(db, set(terms("Manbij")), []) == set()


def test_the_same_with_the_numpy_index_loaded(three_articles_store, monkeypatch):
    import sys

    from store import index  # noqa: F401  (a long-lived process has it loaded)

    db = three_articles_store
    loaded = _check(db, "Manbij supply routes")
    monkeypatch.delitem(sys.modules, "store.index")
    every = [pid for pid, _, _ in _passages(db)]
    assert holding_every(db, set(terms("Manbij supply routes")), every) == loaded


def test_the_first_passages_of_a_term(three_articles_store):
    from store.term_postings import first_indexed

    db = three_articles_store
    holding = sorted(
        pid for pid, text, title in _passages(db) if "manbij" in set(terms(text + " " + title))
    )
    assert len(holding) > 1
    assert first_indexed(db, "manbij", 1) == holding[:1]
    assert first_indexed(db, "manbij", 100) == holding
    assert first_indexed(db, "zanzibarovka", 5) == []


def test_every_term_read_only_when_the_rarest_is_rare_enough(three_articles_store):
    from store.term_postings import indexed_under_every

    db = three_articles_store
    wanted = set(terms("Manbij supply routes"))
    every = [pid for pid, _, _ in _passages(db)]
    found = holding_every(db, wanted, every)
    assert found
    assert indexed_under_every(db, wanted, at_most=1000) == found
    assert indexed_under_every(db, wanted, at_most=0) == set()
    assert indexed_under_every(db, set(terms("Manbij Zanzibarovka")), at_most=1000) == set()
