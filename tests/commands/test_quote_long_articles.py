"""A query matching an article's title matches every passage of it (the index holds the title
with each passage): a long article must neither crowd the answer nor be read whole."""

import pytest

from commands import passages, quote
from store.articles import EVERYONE
from tests.commands.ingested import add
from text import tokens

# Invented names: a long hearing transcript whose title holds the words asked, and a short
# report that says them in its text.
TRANSCRIPT = "Tarvel Commission hearing on Qorvath\n\n" + "\n\n".join(
    f"Witness {i} described the state of the {i}th district and its {i} wells in detail."
    for i in range(1, 61)
)
REPORT = (
    "Wells run dry in Ostrava Minor\n\n"
    "The Tarvel Commission heard that Qorvath has lost half its wells since the drought began."
)


@pytest.fixture
def transcript_and_report(db):
    for name, text in (("transcript.txt", TRANSCRIPT), ("report.txt", REPORT)):
        add(db, text, name=name)
    return db


def test_a_long_article_matching_by_its_title_does_not_crowd_the_answer(transcript_and_report):
    answer = quote.run(transcript_and_report, "Tarvel Commission Qorvath wells", limit=5)
    origins = [r.article.origin for r in answer.results]
    assert any(o.endswith("report.txt") for o in origins)
    assert sum(o.endswith("transcript.txt") for o in origins) <= passages.PER_ARTICLE + (
        passages.SPARE_PER_ARTICLE
    )


def test_passages_past_an_articles_spares_are_not_read(transcript_and_report, monkeypatch):
    read: list[int] = []
    original = passages.passage_texts

    def counting(db, ids, viewer=EVERYONE, articles=None):
        read.extend(ids)
        return original(db, ids, viewer, articles)

    monkeypatch.setattr(passages, "passage_texts", counting)
    terms = tokens.terms("Tarvel Commission Qorvath")
    chosen, spare = passages._candidates(transcript_and_report, terms, [], 5, EVERYONE)
    from_transcript = [c for c in chosen + spare if c.article.origin.endswith("transcript.txt")]
    assert len(from_transcript) == passages.PER_ARTICLE + passages.SPARE_PER_ARTICLE
    assert any(c.article.origin.endswith("report.txt") for c in chosen)
    # Sixty passages match; those past the transcript's chosen and spare ones are skipped
    # before their text is read (the look-up reads a step of rows at a time).
    assert len(read) < 30


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "The council met in Qarvo.",
        "The council  met in Qarvo. ",
        " The Council met\tin\nQarvo.",
        "The council met\u00a0in Qarvo\u2028today\x1f",
        "Café Ñandú — “quoted” ‘words’",
    ],
)
def test_a_sentence_reported_twice_is_known_by_its_words_however_spaced(text):
    assert passages.same_text_key(text) == " ".join(text.split()).lower()
