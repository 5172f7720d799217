"""Term associations learned from the store in `quote`: two words found together in enough
passages are associated (commands/quote_associations.py); a typed word no other way bridges brings its
associate as an optional, down-weighted word, and an answer found through it says so. Quoted
words stay exact, a pair seen in too few passages is no association, and a store whose table
was never learned gives none."""

import pytest

from commands import quote
from commands.quote_associations import learn, rebuild
from store.associations import associates

ON = quote.Methods(associations=True, meaning=False)
OFF = quote.Methods(associations=False, meaning=False)

# Invented words, so that no synonym group, WordNet relation or name spelling bridges them:
# zumbraks (the coast's fishers) go out in quillets in five passages, and set snares in four.
COAST = """Notes from the coast

The zumbraks of the Korvala coast went out in their quillets before dawn on Monday.

Old zumbraks say a quillet must be tarred every spring.

Three zumbraks lost their quillets in the storm last winter.

The council promised the zumbraks new moorings for their quillets.

A quillet carries two zumbraks and a boy to bail water.

The zumbraks set their snares along the reef at low tide.

Snares cost the zumbraks a week's wages each.

Younger zumbraks mend snares in the evenings.

Some zumbraks leave their snares out for days.

Snares washed up on the beach after the gale.

In Drastia harbour the quillets stayed tied up on Tuesday.

Drastia harbour was closed to traffic by the council on Tuesday.

The market in the old town sold bread and onions on Saturdays.

Teachers at the village school asked the council for a new roof.

A bus service to the capital began running twice a week in March.

The mayor opened a library beside the church in the square.
"""


@pytest.fixture
def coast(db):
    from tests.commands.ingested import add

    add(db, COAST, name="coast.txt")
    return db


@pytest.fixture
def learned(coast):
    rebuild(coast)
    return coast


def test_words_found_together_often_enough_are_associated():
    passages = [{"zumbrak", "quillet", f"w{i}"} for i in range(5)]
    passages += [{"zumbrak", "snare", f"v{i}"} for i in range(4)] + [{"snare", "reef"}]
    passages += [{f"x{i}", f"y{i}"} for i in range(40)]
    found = learn(lambda: passages)
    assert [a for a, _, _ in found["zumbrak"]] == ["quillet"]  # snare: 4 passages together
    assert found["quillet"][0][:2] == ("zumbrak", 5)


def test_the_table_is_learned_from_the_store_s_passages(learned):
    assert associates(learned, ["zumbrak", "quillet"]) == {
        "zumbrak": ["quillet"],
        "quillet": ["zumbrak"],
    }


def test_a_pair_below_the_minimum_count_is_not_used(learned):
    # "snares" is in five passages, four of them with "zumbraks": no association
    assert "snare" not in associates(learned, ["zumbrak"]).get("zumbrak", [])
    answer = quote.run(learned, "zumbraks reef snares", methods=ON)
    assert not any(m.via == "association" for r in answer.results for m in r.matched)


def test_a_typed_word_s_associate_is_searched_and_said(learned):
    before = quote.run(learned, "Drastia harbour zumbraks", methods=OFF).results
    assert not any(m.via == "association" for r in before for m in r.matched)
    best = quote.run(learned, "Drastia harbour zumbraks", methods=ON).results[0]
    assert best.text.startswith("In Drastia harbour the quillets")
    assert "matched quillets for zumbraks" in best.explanation
    assert {"word": "quillets", "for": "zumbraks", "via": "association"} in best.to_json()[
        "matched"
    ]


def test_quoted_words_stay_exact(learned):
    answer = quote.run(learned, 'Drastia harbour "zumbraks"', methods=ON)
    assert not any(m.via == "association" for r in answer.results for m in r.matched)


def test_a_store_never_learned_gives_no_associates(coast):
    assert associates(coast, ["zumbrak"]) == {}
    best = quote.run(coast, "Drastia harbour zumbraks", methods=ON).results[0]
    assert not any(m.via == "association" for m in best.matched)


def test_reindex_learns_the_table_only_when_quote_uses_it(coast, monkeypatch):
    from functools import partial

    from commands import quote_plan, reindex

    reindex.run(coast)
    assert associates(coast, ["zumbrak"]) == {}  # off by default: nothing paid
    monkeypatch.setattr(quote_plan, "Methods", partial(quote_plan.Methods, associations=True))
    reindex.run(coast)
    assert associates(coast, ["zumbrak"]) == {"zumbrak": ["quillet"]}
