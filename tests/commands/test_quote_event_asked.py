"""A question is answered by a passage that tells what it asks happened, not only who and
where: when no passage covering enough of it holds one of its words typed in lower case (or
another word for one), nor is close in meaning to them, it has no answer
(commands/quote.EVENT_ASKED)."""

import pytest

from commands import quote
from tests.commands.ingested import add

QUESTION = "Valdric Orvath peacekeepers killed in Tarnholm"
TOPIC = (
    "Harbour news\n\n"
    "A choir of Valdric Orvath pupils sang at the opening of the Tarnholm library.\n\n"
    "The library said its reading room would open on Sundays in the spring.\n\n"
    "Farmers in the hills sold their wool at the market in Brevik."
)
SLAIN = (
    "Mission statement\n\n"
    "Gunmen shot dead three Valdric Orvath peacekeepers at a checkpoint in Tarnholm."
)
BODIES = (
    "Mission statement\n\n"
    "The bodies of three Valdric Orvath soldiers of the mission were found in Tarnholm, "
    "killed by gunmen at a checkpoint."
)


@pytest.fixture
def harbour(db):
    add(db, TOPIC, name="harbour.txt")
    return db


def test_a_passage_sharing_only_the_names_is_no_answer(harbour):
    answer = quote.run(harbour, QUESTION)
    assert answer.results == []
    assert answer.message == f"no passage answers this: {quote.NO_EVENT}"


def test_with_the_rule_off_the_passage_of_the_topic_is_returned(harbour, monkeypatch):
    monkeypatch.setattr(quote, "EVENT_ASKED", False)
    assert "sang at the opening of the Tarnholm" in quote.run(harbour, QUESTION).results[0].text


def test_the_lexical_path_reads_no_model_and_keeps_its_answers(harbour):
    answer = quote.run(harbour, QUESTION, methods=quote.LEXICAL)
    assert "sang at the opening of the Tarnholm" in answer.results[0].text


def test_a_passage_saying_the_event_in_another_word_answers(harbour):
    add(harbour, SLAIN, name="slain.txt")
    answer = quote.run(harbour, "Valdric Orvath soldiers killed in Tarnholm")
    assert "shot dead three Valdric" in answer.results[0].text


def test_a_passage_holding_one_word_of_what_happened_answers(harbour):
    add(harbour, BODIES, name="bodies.txt")
    assert "bodies of three Valdric" in quote.run(harbour, QUESTION).results[0].text


def test_a_paraphrase_close_in_meaning_answers(db, monkeypatch):
    # no word of "peacekeepers killed" in the passage: its closeness to them decides
    add(
        db,
        "Mission statement\n\nThe bodies of three Valdric Orvath soldiers of the mission were "
        "found shot in Tarnholm.",
        name="found.txt",
    )
    assert "bodies of three Valdric" in quote.run(db, QUESTION).results[0].text
    monkeypatch.setattr(quote, "EVENT_CLOSENESS", 2.0)  # above any cosine: the words alone
    assert quote.run(db, QUESTION).results == []


def test_a_question_of_names_alone_is_not_refused(harbour):
    assert (
        "sang at the opening of the Tarnholm"
        in quote.run(harbour, "Valdric Orvath Tarnholm").results[0].text
    )


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Valdric peacekeepers killed in Tarnholm", ["peacekeepers", "killed", "in"]),
        (
            "how many died in the Karm al-Zaitoun massacre",
            ["how", "many", "died", "in", "the", "massacre"],
        ),
        ("Belgian F-16s raid near Aleppo in 2015", ["raid", "near", "in"]),
    ],
)
def test_the_words_typed_in_lower_case_are_what_happened(question, words):
    assert quote.event_words(question) == words
