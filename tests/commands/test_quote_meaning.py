"""`quote` re-ranks its best lexical passages by closeness in meaning to the question
(text/meaning.py); the lexical path stays as it was. Texts written for the tests."""

import pytest

from commands import quote
from tests.commands.ingested import add

# Two passages with the same words of the question, equally long, so that BM25 ties them:
# only one of them is about what the question means.
FERRY = """Drevnik ferry

The Drevnik ferry has a new café, whose menu lists soup, bread, cakes and coffee for guests.

The Drevnik ferry capsized in a storm and sank, and fishermen pulled drowning passengers from the cold sea.
"""
# Other passages, so that the question's words are not in every passage of the store.
MARKET = "Market news\n\n" + "\n\n".join(
    f"Traders in Velmora sold {goods} at the market on day {day}, and prices of {goods} rose."
    for day, goods in enumerate(
        ["apples", "wool", "copper", "salt", "grain", "timber", "olives", "cloth", "honey"]
    )
)


@pytest.fixture
def ferry_store(db):
    for name, text in (("ferry.txt", FERRY), ("market.txt", MARKET)):
        add(db, text, name=name)
    return db


def test_the_passage_closer_in_meaning_comes_first(ferry_store):
    lexical = quote.run(ferry_store, "Drevnik ferry disaster", methods=quote.LEXICAL).results
    assert [r.text.split()[3] for r in lexical] == ["has", "capsized"]  # a tie, in text order
    default = quote.run(ferry_store, "Drevnik ferry disaster").results
    assert [r.text.split()[3] for r in default] == ["capsized", "has"]


def test_a_question_with_no_answer_still_gets_none(ferry_store):
    answer = quote.run(ferry_store, "cholera vaccines for refugees near the Drevnik ferry")
    assert answer.results == []
    assert answer.message and "no passage answers this" in answer.message


def test_a_quoted_phrase_stays_exact_with_the_re_ranker(ferry_store):
    found = quote.run(ferry_store, '"capsized in a storm" ferry').results
    assert [r.text.split()[3] for r in found] == ["capsized"]
    assert quote.run(ferry_store, '"ferry disaster"').results == []


def test_the_re_ranker_weighs_forty_passages_not_only_the_ten_shown(db, monkeypatch):
    """A passage that BM25 ranks past the thirtieth can still be lifted by its meaning."""
    from text import meaning

    for n in range(70):
        add(
            db,
            f"Ferry note {n}\n\nThe Drevnik ferry timetable for pier {n} was posted.",
            name=f"{n}.txt",
        )
    weighed: list[int] = []
    closeness = meaning.similarities

    def counted(question, texts):
        weighed.append(len(texts))
        return closeness(question, texts)

    monkeypatch.setattr(meaning, "similarities", counted)
    assert len(quote.run(db, "Drevnik ferry timetable", limit=10).results) == 10
    assert weighed and weighed[0] >= 40
