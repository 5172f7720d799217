import pytest

from extract import article
from text.split import ArticleDraft

# An invented town and commander in every sentence, beside names the catalogue and gazetteer
# know, each with its own date: every sentence adds mentions and a dated event.
SENTENCE = (
    "On {day} March 2017 the SDF said Commander Varnik Osterhal had left Raqqa for Qaryat Dulen."
)


def draft(sentences: int, title: str | None = None) -> ArticleDraft:
    text = " ".join(SENTENCE.format(day=1 + i % 28) for i in range(sentences))
    return ArticleDraft(title, text, None, None, "2017-04-01", "given")


def analyse(sentences: int, max_passage_terms: int = 10_000) -> article.ArticleAnalysis:
    return article.analyse(draft(sentences), None, max_passage_terms)


def test_an_article_is_analysed_whole_without_the_store():
    analysis = analyse(4)
    assert analysis.title_how == "derived" and analysis.title.startswith("On 1 March 2017 the SDF")
    assert (analysis.published, analysis.published_how) == ("2017-04-01", "given")
    assert len(analysis.found.sentences) == 4 and analysis.warnings == ()
    assert {m.actor.key for m in analysis.found.actors} >= {"syrian-democratic-forces"}
    assert len([e for e in analysis.found.events if e.date]) == 4
    text = draft(4).text
    assert analysis.spans and all(text[s:e].strip() for s, e in analysis.spans)
    assert analysis.digest and len(analysis.bands) > 0


def test_passage_terms_stop_at_the_index_limit():
    analysis = analyse(30, max_passage_terms=7)
    assert analysis.passage_terms and all(len(t) <= 7 for t in analysis.passage_terms)


def test_the_given_date_beats_the_documents_own():
    given = article.analyse(draft(2), "2017-05-02", 10_000)
    assert (given.published, given.published_how) == ("2017-05-02", "given")


def test_sentences_past_the_bound_are_not_searched_and_say_so(monkeypatch):
    monkeypatch.setattr(article, "MAX_SENTENCES", 3)
    analysis = analyse(10)
    found = analysis.found
    end_of_third = found.sentences[-1][1]
    assert len(found.sentences) == 3 and found.sentences_left_out == 7
    assert all(m.end <= end_of_third for m in [*found.actors, *found.places, *found.events])
    assert analysis.warnings == (
        "only the first 3 of 10 sentences were searched for actors, places and dates",
    )
    assert analysis.spans[-1][1] == len(draft(10).text)  # the whole text is still stored


@pytest.mark.parametrize(
    ("bound", "field", "what"),
    [
        ("MAX_MENTIONS", "actors", "actor mentions"),
        ("MAX_MENTIONS", "places", "place mentions"),
        ("MAX_EVENTS", "events", "events"),
    ],
)
def test_mentions_and_events_past_their_bound_are_left_out_and_say_so(
    monkeypatch, bound, field, what
):
    unbounded = getattr(analyse(6).found, field)
    monkeypatch.setattr(article, bound, 2)
    analysis = analyse(6)
    kept = getattr(analysis.found, field)
    assert kept == unbounded[:2]
    assert f"only the first 2 of {len(unbounded)} {what} were kept" in analysis.warnings
    if field == "events":  # each kept event keeps its scope, for the counts kept at ingest
        assert analysis.found.scope is not None and len(analysis.found.scope.events) == 2


def test_no_news_article_meets_a_bound():
    # The bounds stand far above real articles (bench/bounds.py): a long report of 200
    # sentences, each naming three subjects and a date, is read whole.
    analysis = analyse(200)
    assert analysis.warnings == () and len(analysis.found.sentences) == 200
    assert article.MAX_SENTENCES >= 200 * 5 and article.MAX_EVENTS >= 200 * 5


def test_the_passages_are_cut_from_the_paragraphs_the_extraction_found():
    from extract.pipeline import extract
    from text import passages

    text = "Kel Varga sailed from Orsk on Monday.\n\nThe harbour closed.\n\n  \n\nCrews went home."
    found = extract(text, "2024-05-06", "given")
    assert found.paragraphs == passages.paragraphs(text)
    assert passages.split_passages(text, found.sentences, found.paragraphs) == (
        passages.split_passages(text)
    )


def test_an_extraction_holding_no_paragraphs_still_gives_passages(monkeypatch):
    # an Extraction made without its paragraphs (the field's default) cuts them again
    from dataclasses import replace

    real = article.extract
    monkeypatch.setattr(
        article, "extract", lambda *args, **kw: replace(real(*args, **kw), paragraphs=[])
    )
    analysis = analyse(4)
    assert analysis.spans and analysis.spans[-1][1] == len(draft(4).text)
