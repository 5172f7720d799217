"""An actor profile's quotes come from the passages naming the actor (invented names, a user's
own catalogue): never a passage that only shares a word with its names, at most two from one
article, a passage stating its relation first, and quotes for an actor with no relation."""

import json

import pytest

from commands import actor, actor_quotes, ingest
from text.read import Document

ARTICLES = [
    (
        "The Tessarin Front backs the Varnak Brigade, commanders said on Monday.\n\n"
        "Fighters of the Varnak Brigade entered Oskel after a week of shelling.\n\n"
        "A brigade of engineers rebuilt the bridge at Oskel, an unrelated unit said.\n\n"
        "The Varnak Brigade denied it had shelled the market."
    ),
    (
        "Residents of Oskel said the Varnak Brigade had set up checkpoints.\n\n"
        "The Varnak Brigade said its fighters would stay in the town.\n\n"
        "Another brigade, from the coast, moved north."
    ),
    (
        "Aid workers reached Dorvel on Friday. The Halmir Relief Council said food was short.\n\n"
        "Prices in Dorvel doubled in a month."
    ),
]


@pytest.fixture
def invented(db, tmp_path, monkeypatch):
    catalogue = tmp_path / "actors.json"
    entries = [
        ("varnak-brigade", "Varnak Brigade", "armed_group", ["the Varnak"]),
        ("tessarin-front", "Tessarin Front", "armed_group", []),
        ("halmir-council", "Halmir Relief Council", "organisation", []),
    ]
    catalogue.write_text(
        json.dumps(
            {
                "actors": [
                    {"key": k, "name": n, "kind": kind, "aliases": a, "affiliations": []}
                    for k, n, kind, a in entries
                ]
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("SITREP_ACTORS", str(catalogue))
    for i, text in enumerate(ARTICLES):
        origin = f"a{i}.txt"
        result = ingest.ingest_document(
            db, Document(text=text, origin=origin, kind="text"), ingest.Origin(origin)
        )
        assert not result.errors
    return db


def test_quotes_name_the_actor_and_vary_by_article(invented):
    answer = actor.run(invented, "Varnak Brigade")
    assert answer.actor is not None and answer.quotes
    assert all("Varnak" in q.text for q in answer.quotes)  # "brigade" alone never quotes
    per_article: dict[int, int] = {}
    for q in answer.quotes:
        per_article[q.article.id] = per_article.get(q.article.id, 0) + 1
    assert max(per_article.values()) <= actor_quotes.PER_ARTICLE
    assert len({q.passage_id for q in answer.quotes}) == len(answer.quotes)
    assert all(q.highlights for q in answer.quotes)


def test_a_passage_stating_a_relation_comes_first(invented):
    answer = actor.run(invented, "Varnak Brigade")
    stated = {e.text for r in answer.relations for e in r.evidence}
    if not stated:
        pytest.skip("no relation found in the invented text")
    assert any(s in answer.quotes[0].text for s in stated)


def test_an_actor_without_relations_or_dates_still_has_quotes(invented):
    answer = actor.run(invented, "Halmir Relief Council")
    assert answer.actor is not None and not answer.relations
    assert [q.text for q in answer.quotes] and all("Halmir" in q.text for q in answer.quotes)


def test_a_sentence_two_articles_report_is_quoted_once():
    from store.articles import ArticleRow

    def article(i: int) -> ArticleRow:
        return ArticleRow(i, f"T{i}", "given", "Wire", None, None, None, f"a{i}", "text", None,
                          "T1", "team")  # fmt: skip

    said = "The Varnak Brigade entered Oskel."
    shown = {1: said, 2: "the Varnak  Brigade entered\nOskel.", 3: "The Varnak Brigade left."}
    rows = {pid: (text, article(pid)) for pid, text in shown.items()}
    chosen = actor_quotes._chosen(
        [1, 2, 3], rows, shown, {1: 3.0, 2: 2.0, 3: 1.0}, {"varnak"}, lambda text: True
    )
    assert [q.passage_id for q in chosen] == [1, 3]  # the same words, spaced and cased otherwise
