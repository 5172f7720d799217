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
