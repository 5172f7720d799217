import pytest

from commands import ingest, quote


@pytest.fixture
def loaded(db, article_files):
    ingest.ingest_paths(db, article_files)
    return db


def test_best_passage_first_with_citation(loaded):
    answer = quote.run(loaded, "air strikes civilians killed", limit=3)
    best = answer.results[0]
    assert "scores of civilians were killed in air strikes" in best.text
    assert best.article.title == "Kurdish-led forces take Manbij"
    assert best.article.origin.endswith("manbij.txt")
    assert [r.score for r in answer.results] == sorted(
        (r.score for r in answer.results), reverse=True
    )


def test_question_typed_as_a_sentence(loaded):
    answer = quote.run(loaded, "who did Turkey warn to withdraw?")
    assert "warned the SDF to withdraw" in answer.results[0].text


def test_phrase_must_match_as_a_phrase(loaded):
    assert quote.run(loaded, '"air support"').results
    assert not quote.run(loaded, '"support air"').results


def test_highlights_point_at_matched_words(loaded):
    q = quote.run(loaded, "ceasefire Geneva").results[0]
    assert {q.text[s:e] for s, e in q.highlights} == {"ceasefire", "Geneva"}


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        "AND(",
        "*",
        "🔥💣",
        "x" * 10_000,
        "NEAR(a b)",
        "' OR 1=1 --",
        "\x00\x01",
        "((((",
        "-",
        "the of and",
    ],
)
def test_hostile_queries_never_fail(loaded, hostile):
    answer = quote.run(loaded, hostile)
    assert answer.results == [] or answer.results
    if not answer.results:
        assert answer.message


def test_json_shape(loaded):
    doc = quote.run(loaded, "Manbij", limit=2).to_json()
    assert set(doc) == {"query", "results"}
    assert set(doc["results"][0]) == {"text", "score", "passage_id", "article"}
    assert set(doc["results"][0]["article"]) == {"id", "title", "source", "published", "origin"}


def test_any_alias_or_spelling_finds_passages_using_the_other_names(db):
    from text.read import Document

    text = (
        "ISIL fighters withdrew from the eastern districts of Raqqah overnight, residents said. "
        "Erdoğan told reporters in Ankara that Turkish troops would stay."
    )
    ingest.ingest_document(
        db, Document(text=text, origin="w.txt", kind="text"), ingest.Origin("w.txt")
    )
    assert "ISIL fighters" in quote.run(db, "Daesh withdrew").results[0].text
    assert "ISIL fighters" in quote.run(db, "Raqqa").results[0].text
    assert "Erdoğan told" in quote.run(db, "Erdogen").results[0].text
    # Without the other names, the words alone do not match.
    assert quote.run(db, "Daesh", expansions=[]).results == []
