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


# A count told in a sentence too short to say what it counts: the sentence before says it.
BOMBINGS = """Qelvari bombings

Zorvan suicide bombings in Qelvari have become a matter of everyday routine, officials say.

During March there were 41, a new record.

The Drevnik council met on Tuesday to discuss the harbour budget and the new ferry pier.
"""


@pytest.fixture
def bombings_store(db):
    for name, text in (("bombings.txt", BOMBINGS), ("market.txt", MARKET)):
        add(db, text, name=name)
    return db


def _candidates_of(db, question):
    from commands.passages import _candidates
    from commands.quote_plan import make_plan
    from store.articles import EVERYONE

    plan = make_plan(db, question, quote.Methods(), [], question, None)
    chosen, spare = _candidates(db, plan.weighted_terms(), plan.phrases, 40, EVERYONE)
    return plan, chosen + spare


def test_a_short_passage_is_read_with_the_passage_before_it(bombings_store):
    plan, candidates = _candidates_of(bombings_store, "how many suicide bombings in March")
    before = quote._before_short(bombings_store, candidates, quote.EVERYONE)
    short = next(c for c in candidates if c.text.startswith("During March"))
    assert before[short.pid].startswith("Zorvan suicide bombings")
    assert before[short.pid].endswith("a new record.")
    # a passage of SHORT_PASSAGE_WORDS words or more is read alone
    assert all(
        len(c.text.split()) < quote.SHORT_PASSAGE_WORDS for c in candidates if c.pid in before
    )
    alone = quote._closeness(plan, candidates)
    joined = quote._closeness(plan, candidates, before)
    assert joined[short.pid] > alone[short.pid]
    assert all(joined[c.pid] == alone[c.pid] for c in candidates if c.pid not in before)


def test_the_first_passage_of_an_article_has_none_before_it(db):
    add(
        db, "Qelvari\n\nThere were 41 in March.\n\nOfficials in Qelvari counted them.", name="q.txt"
    )
    plan, candidates = _candidates_of(db, "how many in March in Qelvari")
    before = quote._before_short(db, candidates, quote.EVERYONE)
    first = next(c for c in candidates if c.text.startswith("There were"))
    assert first.pid not in before
