"""A long question that no passage covers half of is answered by the passages covering
commands/quote.LONG_FLOOR of it: a paraphrase of a long question has more of its words to say
otherwise (commands/quote.LONG_QUESTION)."""

import pytest

from commands import quote
from commands.quote_plan import Plan
from tests.commands.ingested import add

FAIRS = [
    ("Ostrel", "Harvin", "apples"),
    ("Mordane", "Kelt", "barley"),
    ("Tassin", "Orb", "cheese"),
    ("Lurrow", "Dask", "wool"),
    ("Fennick", "Yarl", "honey"),
    ("Brisk", "Molt", "onions"),
    ("Carrow", "Pent", "plums"),
    ("Dellin", "Rusk", "oats"),
    ("Ebbet", "Sorn", "pears"),
    ("Gartle", "Tove", "flax"),
    ("Hobbin", "Venn", "rye"),
    ("Istel", "Wark", "beans"),
]
# The answer says five of the question's eleven words (Varnok, Pellith, quay, water, medicine)
# and the rest in its own: "crews", "stuck", "asked the mayor". The fairs give the store enough
# passages that a word held by one of them weighs as a rare word does.
TOWN = "Town report\n\n" + "\n\n".join(
    [
        "Crews from Varnok spent the week stuck at the Pellith quay and asked the mayor for "
        "water and medicine, a clerk in the town said."
    ]
    + [
        f"{who} farmers of the {valley} valley sold {crop} at the autumn fair."
        for who, valley, crop in FAIRS
    ]
)
LONG = (
    "Varnok sailors stranded at the Pellith quay begged harbour officials for drinking water "
    "and medicine"
)


@pytest.fixture
def town(db):
    add(db, TOWN, name="town.txt")
    return db


def test_a_long_question_is_answered_by_a_passage_covering_under_half(town):
    answer = quote.run(town, LONG)
    assert answer.results
    assert answer.results[0].text.startswith("Crews from Varnok spent the week")


def test_a_question_shorter_than_long_is_refused_at_the_same_coverage(town, monkeypatch):
    monkeypatch.setattr(quote, "LONG_QUESTION", 12)  # the question has 11 search words
    answer = quote.run(town, LONG)
    assert answer.results == []
    assert answer.message == f"no passage answers this: {quote.TOO_LITTLE}"


def test_with_the_lower_floor_off_the_long_question_is_refused(town, monkeypatch):
    monkeypatch.setattr(quote, "LONG_FLOOR", quote.FLOOR)
    assert quote.run(town, LONG).results == []


def _plan(words: int) -> Plan:
    return Plan([f"word{i}" for i in range(words)], [])


def _ranked(*coverages: float) -> list:
    return [(1.0, coverage, None) for coverage in coverages]


@pytest.mark.parametrize(
    ("words", "coverages", "floor"),
    [
        (6, (0.47, 0.3), quote.LONG_FLOOR),  # long, nothing covers half: the lower floor
        (5, (0.47, 0.3), quote.FLOOR),  # short: the floor
        (6, (0.47, 0.5), quote.FLOOR),  # long, but a passage covers half: the floor
        (6, (), quote.LONG_FLOOR),  # nothing found: the same refusal either way
    ],
)
def test_the_floor_a_question_gets(words, coverages, floor):
    assert quote._answering(_plan(words), _ranked(*coverages))[0] == floor


def test_a_typed_word_repeated_counts_once():
    plan = Plan(["quay", "quay", "quay", "varnok", "pellith", "water"], [])
    assert quote._answering(plan, _ranked(0.47))[0] == quote.FLOOR
