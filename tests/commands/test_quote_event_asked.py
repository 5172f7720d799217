"""A question is answered by a passage that tells what it asks happened, not only who and
where: when no passage covering enough of it holds one of its words typed in lower case (or
another word for one), nor is close in meaning to them, it has no answer
(commands/quote.EVENT_ASKED)."""

import pytest

from commands import quote, quote_names
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


@pytest.mark.parametrize(
    ("question", "opens_lower", "words"),
    [
        ("Killed how many Valdric peacekeepers", True, ["killed", "how", "many", "peacekeepers"]),
        ("Killed how many Valdric peacekeepers", False, ["how", "many", "peacekeepers"]),
    ],
)
def test_a_first_word_capitalised_by_the_question_alone_is_typed_in_lower_case(
    question, opens_lower, words
):
    assert quote.event_words(question, opens_lower) == words


GUARD = (
    "Harbour news\n\n"
    "Officers of the Tarnholm Guard patrolled the quay, and the Guard said the gate stays shut."
)


def test_the_store_tells_whether_a_question_opens_on_a_name(db):
    add(db, BODIES, name="bodies.txt")
    add(db, GUARD, name="guard.txt")
    # the store writes "killed" in lower case: the question's capital is its opening's
    assert quote_names.opens_in_lower_case(db, "Killed how many Valdric Orvath soldiers")
    assert quote_names.opens_in_lower_case(db, "Killed soldiers of Valdric Orvath in Tarnholm")
    # near misses: an everyday word the store writes as a name, a word that is no everyday
    # word, a possessive, and a word opening a run of capitals or before a number, read as a
    # name's first word ("Security Council", "Division 30")
    assert not quote_names.opens_in_lower_case(db, "Guard closes the quay in Tarnholm")
    assert not quote_names.opens_in_lower_case(db, "Tarnholm soldiers killed")
    assert not quote_names.opens_in_lower_case(db, "Guard's gate shut in Tarnholm")
    assert not quote_names.opens_in_lower_case(db, "Killed Valdric Orvath soldiers")
    assert not quote_names.opens_in_lower_case(db, "Killed 3 Valdric Orvath soldiers")


def test_a_question_opening_on_what_happened_is_answered_by_a_passage_telling_it(db, monkeypatch):
    # the passage holds "killed", not "peacekeepers": with the words alone deciding (no
    # closeness), only the question's first word, read in lower case, makes it an answer
    add(db, BODIES, name="bodies.txt")
    monkeypatch.setattr(quote, "EVENT_CLOSENESS", 2.0)
    question = "Killed peacekeepers of Valdric Orvath in Tarnholm"
    assert "bodies of three Valdric" in quote.run(db, question).results[0].text
    # near miss: the word it asks happened typed after the names, and in no passage
    refused = quote.run(db, "Valdric Orvath peacekeepers in Tarnholm shot")
    assert refused.results == []
    assert refused.message == f"no passage answers this: {quote.NO_EVENT}"
