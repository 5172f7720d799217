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
    assert len(analysis.found.sentences) == 4
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
