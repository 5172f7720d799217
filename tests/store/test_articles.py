"""store/articles.py: articles and passages written and read back, each viewer seeing its own."""

from __future__ import annotations

import sqlite_utils

from store import articles
from store.articles import EVERYONE, Viewer

TEXT = "Qarvo fell on Monday. Aid reached Zentil.\n\nThe council met in Qarvo."


def _article(
    db: sqlite_utils.Database, team: str = "T1", scope: str = "", content_hash: str = "h1"
) -> int:
    article_id = articles.insert_article(
        db,
        team=team,
        scope=scope,
        origin="qarvo.txt",
        kind="file",
        title="Qarvo falls",
        title_how="first line",
        source="Example Wire",
        author=None,
        published="2031-04-02",
        published_how="metadata",
        content_hash=content_hash,
        text=TEXT,
    )
    articles.insert_passages(db, article_id, [(0, 41, 6), (43, len(TEXT), 4)])
    return article_id


def test_an_article_and_its_passages_read_back_verbatim(db: sqlite_utils.Database) -> None:
    article_id = _article(db)
    row = articles.get_article(db, article_id, with_text=True)
    assert row is not None and row.title == "Qarvo falls" and row.text == TEXT
    assert articles.get_article(db, article_id).text is None  # text only when asked for
    assert articles.passage_count(db, article_id) == 2
    passages = articles.article_passages(db, row)
    assert [p.text for p in passages] == [TEXT[0:41], TEXT[43:]]
    assert [p.seq for p in passages] == [0, 1]
    found = articles.passages_with_articles(db, [p.id for p in passages])
    assert found[passages[1].id][0].text == "The council met in Qarvo."
    assert found[passages[1].id][1].id == article_id


def _accented_article(db: sqlite_utils.Database, **extra: str) -> tuple[str, int, list[int]]:
    """(text, article id, passage ids) of an article of three passages whose text holds
    characters of two and three UTF-8 bytes."""
    text = "Qarvo – fell «on» Monday. Ünal’s aid reached Zentil.\n\nThe council met in Qarvo."
    article_id = articles.insert_article(
        db,
        team="T1",
        origin="qarvo.txt",
        kind="file",
        title="Qarvo falls",
        title_how="first line",
        content_hash="u",
        text=text,
        **extra,
    )
    spans = [(0, 25, 5), (26, 52, 5), (54, len(text), 5)]
    return text, article_id, articles.insert_passages(db, article_id, spans)


def test_passages_read_with_their_articles_read_each_article_once(
    db: sqlite_utils.Database,
) -> None:
    """Passages are cut out of their article's text in characters, as SQL's substr cuts them,
    and an article already read (the caller's dict) is not read again."""
    text, article_id, ids = _accented_article(db)
    by_sql = dict(
        db.conn.execute(
            "SELECT p.id, substr(a.text, p.start + 1, p.end - p.start) FROM passages p "
            "JOIN articles a ON a.id = p.article_id"
        ).fetchall()
    )
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    read: dict = {}
    first = articles.passages_with_articles(db, ids[:2], EVERYONE, read)
    second = articles.passages_with_articles(db, ids[2:], EVERYONE, read)
    db.conn.set_trace_callback(None)
    assert [p.text for p, _ in [*first.values(), *second.values()]] == [by_sql[i] for i in ids]
    assert [p.text for p, _ in first.values()][0] == text[:25]
    assert sum("FROM articles" in s for s in statements) == 1
    assert second[ids[2]][1] == first[ids[0]][1] and first[ids[0]][1].text is None
    hidden: dict = {}
    assert articles.passages_with_articles(db, ids, Viewer(team="T2"), hidden) == {}
    assert hidden == {article_id: None}


def test_passage_texts_are_the_passages_read_with_their_articles(
    db: sqlite_utils.Database,
) -> None:
    _, article_id, ids = _accented_article(db, author="Ana Ilić")
    rows = articles.passages_with_articles(db, ids)
    read: dict = {}
    texts = articles.passage_texts(db, ids[:1], EVERYONE, read)
    texts.update(articles.passage_texts(db, ids[1:], EVERYONE, read))
    assert texts == {pid: (p.text, a) for pid, (p, a) in rows.items()}
    article = texts[ids[0]][1]
    assert article == articles.get_article(db, article_id)  # the same row, field for field
    assert article.text is None and article.author == "Ana Ilić" and hash(article)
    assert articles.passage_texts(db, ids, Viewer(team="T2")) == {}
    assert articles.passage_texts(db, []) == {}


def test_passage_spans_and_article_texts_are_the_stored_ones(db: sqlite_utils.Database) -> None:
    """A passage's span cut from its article's text read back gives the characters SQL's
    substr gives, characters of two and three UTF-8 bytes included; spans come in the order
    asked, an unknown id left out."""
    text, article_id, ids = _accented_article(db)
    rows = db.conn.execute("SELECT id, article_id, start, end FROM passages ORDER BY id DESC")
    expected = {pid: (article, start, end) for pid, article, start, end in rows}
    spans = articles.passage_spans(db, [*expected, 10**9])
    assert spans == expected and list(spans) == list(expected)
    assert articles.passage_spans(db, []) == {}
    whole = articles.article_texts(db, [article_id])[article_id]
    assert whole == text
    for pid in ids:
        _, start, end = spans[pid]
        (by_sql,) = db.conn.execute(
            "SELECT substr(text, ? + 1, ? - ?) FROM articles WHERE id = ?",
            (start, end, start, article_id),
        ).fetchone()
        assert whole[start:end] == by_sql


def test_passage_ids_are_consecutive_across_articles(db: sqlite_utils.Database) -> None:
    first = articles.insert_passages(db, _article(db, content_hash="a"), [])
    assert first == []
    one = articles.article_passages(
        db, articles.get_article(db, _article(db, content_hash="b"), with_text=True)
    )
    two = articles.article_passages(
        db, articles.get_article(db, _article(db, content_hash="c"), with_text=True)
    )
    assert [p.id for p in one + two] == list(range(one[0].id, one[0].id + 4))


def test_find_by_hash_and_duplicates_by_band(db: sqlite_utils.Database) -> None:
    article_id = _article(db, content_hash="abc")
    assert articles.find_by_hash(db, "T1", "abc").id == article_id
    assert articles.find_by_hash(db, "T2", "abc") is None  # per workspace
    articles.insert_bands(db, "T1", article_id, [11, 12, 12])
    assert [row[0] for row in articles.band_candidates(db, "T1", [12, 99])] == [article_id]
    assert articles.band_candidates(db, "T1", [99]) == []


def test_each_viewer_sees_its_workspace_and_its_private_conversation(
    db: sqlite_utils.Database,
) -> None:
    public = _article(db, team="T1", content_hash="p")
    private = _article(db, team="T1", scope="D42", content_hash="q")
    other_team = _article(db, team="T2", content_hash="r")

    def seen(viewer: Viewer) -> list[int]:
        return [row.id for row in articles.iter_articles(db, viewer)]

    assert seen(EVERYONE) == [public, private, other_team]
    assert seen(Viewer(team="T1")) == [public]
    assert seen(Viewer(team="T1", conversation="D42")) == [public, private]
    assert seen(Viewer(team="T2", conversation="D42")) == [other_team]
    assert articles.counts(db, Viewer(team="T1")) == {"articles": 1, "passages": 2}
    assert articles.counts(db) == {"articles": 3, "passages": 6}
    assert [row.id for row in articles.latest(db, 2)] == [other_team, private]
    passage = articles.article_passages(db, articles.get_article(db, private, with_text=True))[0].id
    assert articles.passages_with_articles(db, [passage], Viewer(team="T1")) == {}


def test_texts_and_days_are_the_stored_ones(three_articles_store):
    db = three_articles_store
    stored = db.conn.execute("SELECT id, text, published FROM articles").fetchall()
    ids = [i for i, _, _ in stored]
    assert sorted(articles.texts_and_days(db, [*ids, ids[0], 10**9])) == sorted(stored)
    assert articles.texts_and_days(db, []) == []
