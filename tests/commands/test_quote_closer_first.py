"""A passage covering at least as much of the question as one ranked above it, and closer to it in
meaning by more than commands/quote.CLOSER_BY, goes above it: BM25 alone does not outrank a
passage better on both other signals. Texts and scores written for the tests."""

from types import SimpleNamespace

import pytest

from commands import quote
from commands.quote_plan import Plan
from tests.commands.ingested import add


def _item(pid: int, score: float, coverage: float, text: str = "no figure here") -> tuple:
    return (score, coverage, SimpleNamespace(pid=pid, text=text))


def _order(items: list, closeness: dict[int, float], quantity: bool = False) -> list[int]:
    plan = Plan(["word"], [], quantity=quantity)
    return [c.pid for _, _, c in quote._closer_first(plan, items, closeness)]


def test_a_closer_passage_covering_as_much_passes_those_above_it():
    items = [_item(1, 1.4, 0.51), _item(2, 1.3, 0.56), _item(3, 1.2, 0.60)]
    assert _order(items, {1: 0.40, 2: 0.45, 3: 0.70}) == [3, 1, 2]


def test_each_place_keeps_its_score():
    items = [_item(1, 1.4, 0.51), _item(2, 1.3, 0.60)]
    plan = Plan(["word"], [])
    out = quote._closer_first(plan, items, {1: 0.40, 2: 0.70})
    assert [(score, c.pid) for score, _, c in out] == [(1.4, 2), (1.3, 1)]


def test_it_stops_at_the_first_passage_it_does_not_dominate():
    # 3 passes 2 (closer by 0.3), not 1 (closer by 0.05)
    items = [_item(1, 1.4, 0.60), _item(2, 1.3, 0.60), _item(3, 1.2, 0.60)]
    assert _order(items, {1: 0.65, 2: 0.40, 3: 0.70}) == [1, 3, 2]


@pytest.mark.parametrize(
    ("coverage", "closeness"),
    [
        (0.55, 0.70),  # covers less of the question than the one above it
        (0.60, 0.49),  # closer, but by less than CLOSER_BY
        (0.60, 0.50),  # closer by CLOSER_BY exactly: not more
    ],
)
def test_near_misses_keep_their_places(coverage, closeness):
    items = [_item(1, 1.4, 0.60), _item(2, 1.2, coverage)]
    assert _order(items, {1: 0.40, 2: closeness}) == [1, 2]


def test_a_number_asked_keeps_a_passage_giving_one_above_one_giving_none():
    items = [_item(1, 1.4, 0.60, "they spoke to 110 witnesses"), _item(2, 1.2, 0.60)]
    assert _order(items, {1: 0.30, 2: 0.70}, quantity=True) == [1, 2]
    assert _order(items, {1: 0.30, 2: 0.70}) == [2, 1]  # no number asked


def test_a_number_asked_lets_a_passage_giving_one_pass():
    items = [_item(1, 1.4, 0.60, "they spoke to 110 witnesses"), _item(2, 1.2, 0.60, "90 more")]
    assert _order(items, {1: 0.30, 2: 0.70}, quantity=True) == [2, 1]


# One passage says the question's words as typed ("highway", "centre"), the Ostrel highway twice;
# the other says "cut" too, but "center" for "centre" and "road" for "highway", synonyms, which
# BM25 weighs at half a typed word while coverage counts them as the words they stand for.
ROADS = """Marrin road report

Rebels held Marrin, a town centre on the Ostrel highway, and the Ostrel highway stays open.

Rebels in the town center cut off the road to Ostrel and the road to Velk, they said.
"""
MARKET = "Market news\n\n" + "\n\n".join(
    f"Traders in Velmora sold {goods} at the market on day {day}, and prices of {goods} rose."
    for day, goods in enumerate(["apples", "wool", "copper", "salt", "grain", "timber"])
)
QUESTION = "rebels reach the town centre and cut the Ostrel highway"


@pytest.fixture
def roads(db, monkeypatch):
    from text import meaning

    for name, text in (("roads.txt", ROADS), ("market.txt", MARKET)):
        add(db, text, name=name)

    def similarities(question, texts):
        return [0.8 if "cut off the road" in t else 0.3 for t in texts]

    monkeypatch.setattr(meaning, "similarities", similarities)
    # a light cosine, so that the lexical order stands unless a passage dominates
    monkeypatch.setattr(quote, "MEANING_WEIGHT", 0.1)
    return db


def test_bm25_alone_does_not_keep_the_literal_passage_first(roads, monkeypatch):
    monkeypatch.setattr(quote, "CLOSER_BY", 10.0)  # off
    assert quote.run(roads, QUESTION).results[0].text.startswith("Rebels held Marrin")
    monkeypatch.undo()


def test_the_passage_better_on_coverage_and_meaning_comes_first(roads):
    results = quote.run(roads, QUESTION).results
    assert [r.text.split()[1] for r in results] == ["in", "held"]
    assert results[0].score >= results[1].score


def test_the_lexical_path_keeps_its_order(roads):
    results = quote.run(roads, QUESTION, methods=quote.LEXICAL).results
    assert results[0].text.startswith("Rebels held Marrin")
