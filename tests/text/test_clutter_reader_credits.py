"""Readers' credits on lines of their own under their letter, question or review: the name
and town signed after a comma, and on a page of readers' questions the name with or without
its town. Invented text in the shapes the corpus's pages print; names, towns and lists that a
story prints on lines of their own stay."""

import pytest

from tests.text.clutter_story import cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

QUESTION_A = "What is the secret of a good ferry crossing?"
ANSWER_A = "A calm sea helps, but a good crew matters most. I learnt that in Orsk."
QUESTION_B = "Who was the best skipper you sailed with?"
ANSWER_B = "People ask me that all the time and I still cannot choose."
QUESTION_C = "How long will the quay stay shut?"
ANSWER_C = "Until the spring, I think, unless the council finds the money."

LETTER_A = "The harbour tax falls on those who can least afford it. The council should think again."
LETTER_B = "I was glad to read of the new quay. It is long overdue."


@pytest.mark.parametrize(
    "credit",
    ["Kel Varga Orsk", "Ilsa Marrow Varnholt N1", "Tarn Vellis", "Jon Brask Varnholt SW12"],
)
def test_readers_credits_under_their_questions_are_set_apart(credit):
    text = (
        f"{QUESTION_A}\n\n{credit}\n\n{ANSWER_A}\n\n{QUESTION_B}\n\nIlsa Marrow Orsk\n\n{ANSWER_B}"
    )
    kept = f"{QUESTION_A}\n\n{ANSWER_A}\n\n{QUESTION_B}\n\n{ANSWER_B}"
    set_apart_as(text, kept, ["byline", "byline"])
    assert cleaned_once_and_again(text) == kept


def test_the_headline_is_the_first_question_over_its_credit():
    text = f"Kel Varga Orsk\n\n{ANSWER_A}\n\n{QUESTION_B}\n\nIlsa Marrow Varnholt\n\n{ANSWER_B}"
    found = set_apart(text, title=QUESTION_A)
    assert found.text == f"{ANSWER_A}\n\n{QUESTION_B}\n\n{ANSWER_B}"
    assert found.labels() == ["byline", "byline"]


def test_a_credit_broken_after_the_name_takes_its_town_off_the_answer():
    answer = "The sea is the limit. She sails well."
    text = (
        f"{QUESTION_A}\n\nKel Varga Orsk\n\n{ANSWER_A}\n\n{QUESTION_B}\n\nIlsa Marrow\n\n"
        f"Varnholt {answer}"
    )
    found = set_apart(text)
    assert found.text == f"{QUESTION_A}\n\n{ANSWER_A}\n\n{QUESTION_B}\n\n{answer}"
    assert [c.text for c in found.clutter] == ["Kel Varga Orsk", "Ilsa Marrow Varnholt"]
    assert cleaned_once_and_again(text) == found.text


def test_an_answer_opening_on_a_name_keeps_it():
    # only a sentence's opener after the first word tells a town run in
    answer = "Kel Varga is the best I sailed with."
    text = (
        f"{QUESTION_A}\n\nIlsa Marrow Orsk\n\n{ANSWER_A}\n\n{QUESTION_B}\n\nTarn Vellis\n\n{answer}"
    )
    found = set_apart(text)
    assert found.text == f"{QUESTION_A}\n\n{ANSWER_A}\n\n{QUESTION_B}\n\n{answer}"


@pytest.mark.parametrize(
    "credit",
    [
        "Kel Varga, Orsk",
        "Ilsa Marrow Varnholt, North Orvalle",
        "Tarn Vellis, Orsk, Varnland",
        "Dr Jon Brask, Varn on Sea",
    ],
)
def test_a_credit_signed_with_its_town_after_a_comma_is_set_apart(credit):
    text = f"{LETTER_A}\n\n{credit}\n\n{LETTER_B}"
    kept = f"{LETTER_A}\n\n{LETTER_B}"
    set_apart_as(text, kept, ["byline"])
    assert cleaned_once_and_again(text) == kept


def test_a_credit_closing_the_text_is_set_apart():
    text = f"{LETTER_A}\n\n{LETTER_B}\n\nKel Varga, Orsk"
    assert set_apart(text).text == f"{LETTER_A}\n\n{LETTER_B}"


def test_one_name_under_one_question_stays():
    # a subheading over the paragraph on the person, after a paragraph asking a question
    text = (
        f"{QUESTION_A}\n\nKel Varga\n\nThe harbour master of Orsk has run the crossing for "
        f"twenty years.\n\n{ANSWER_B}"
    )
    assert set_apart(text).text == text


def test_names_as_subheadings_after_sentences_stay():
    text = (
        "Three skippers are in the running this year.\n\nKel Varga\n\nThe 41-year-old has "
        "sailed the Orsk crossing since 2001.\n\nIlsa Marrow\n\nThe former harbour master "
        "returns after a year away."
    )
    assert set_apart(text).text == text


def test_a_list_of_names_and_towns_stays():
    # a team sheet or a list of winners: names next to names
    text = (
        "The winners of the regatta were named on Sunday.\n\nKel Varga, Orsk\n\n"
        "Ilsa Marrow, Varnholt\n\nTarn Vellis, Varn on Sea\n\nThe prizes are given in May."
    )
    assert set_apart(text).text == text


def test_a_questions_names_next_to_names_stay():
    text = (
        f"{QUESTION_A}\n\nKel Varga Orsk\n\nIlsa Marrow Varnholt\n\n{ANSWER_A}\n\n"
        f"{QUESTION_B}\n\nTarn Vellis\n\nJon Brask\n\n{ANSWER_B}"
    )
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "Kel Varga, Orsk Harbour Lights Dancing",  # a review's next title run in
        "Kel Varga, The Orsk Weekly Review",  # a critic's masthead
        "Kel Varga, the harbour master",  # a role in lower case
        "Kel Varga Orsk Harbour Lights, Varn",  # five words before the comma
        "At Orsk Park, Varnholt",  # a place a sentence's opener leads
    ],
)
def test_a_name_with_more_than_a_town_after_it_stays(line):
    text = f"{LETTER_A}\n\n{line}\n\n{LETTER_B}"
    assert set_apart(text).text == text


def test_a_credit_before_a_lower_case_line_stays():
    text = f"{LETTER_A}\n\nKel Varga, Orsk\n\nand the council agreed."
    assert set_apart(text).text == text


@pytest.mark.parametrize("above", ["The crew of the ferry", "Harbour Lights (the 1998 mix)"])
def test_a_name_after_a_line_with_no_stop_stays(above):
    # a track list's or a scoreboard's line closes on a bracket
    text = f"{above}\n\nKel Varga, Orsk\n\n{LETTER_B}"
    assert set_apart(text).text == text


def test_readers_questions_of_a_page_with_a_signed_credit_count_together():
    text = (
        f"{QUESTION_A}\n\nKel Varga, Orsk\n\n{ANSWER_A}\n\n{QUESTION_C}\n\nIlsa Marrow\n\n"
        f"{ANSWER_C}"
    )
    assert set_apart(text).text == f"{QUESTION_A}\n\n{ANSWER_A}\n\n{QUESTION_C}\n\n{ANSWER_C}"


def test_a_cast_list_and_election_results_stay():
    text = (
        "The play opens in Orsk on Friday.\n\nCast:\n\nKel Varga\n\nIlsa Marrow\n\n"
        "The count ended at dawn.\n\nKel Varga (Harbour Party) 12,345\n\n"
        "Ilsa Marrow (Ferry Party) 9,876\n\nThe turnout was the lowest since 1998."
    )
    assert set_apart(text).text == text
