"""A CNN list of linked story titles cut across two lines after a title that is a question, as a
source that splits sentences prints it (text/clutter_title_run.py `_glued_titles`,
`_question_link`). Tried on invented text: every name, place and title below is made up, so a
list is found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

CNN = "(CNN) -- "  # the dateline that names the page's outlet
QUESTION = "Can the Orsk ferries sail again?"  # a linked story's title that is a question
TITLE = "Crews return to the flooded harbour quays"  # one title, run into the story's sentence
TITLES = "Rare view inside Orsk's flooded harbour Wounded ferryman tells story of the flood"
SENTENCE = "According to the council of Varnholt, the quay will reopen in the spring."


def test_a_question_title_and_one_title_run_into_the_story_are_set_apart():
    set_apart_as(
        f"{CNN}{STORY}\n\n{QUESTION}\n\n{TITLE} {SENTENCE}\n\n{NEXT}",
        f"{STORY}\n\n{SENTENCE}\n\n{NEXT}",
        ["dateline", "related", "related"],
    )


def test_a_question_title_before_two_titles_goes_with_them():
    # the two titles were set apart before; the question on the line above them now goes too
    set_apart_as(
        f"{CNN}{STORY}\n\n{QUESTION}\n\n{TITLES} {SENTENCE}\n\n{NEXT}",
        f"{STORY}\n\n{SENTENCE}\n\n{NEXT}",
        ["dateline", "related", "related"],
    )


def test_titles_ending_on_a_question_and_a_question_title_after_them_are_set_apart():
    # the second title holds a comma between two others; the list's last title, a question, is
    # on the next line
    titles = (
        "Crews hold talks at the Orsk harbour Strikes, arrests go on in Orsk "
        "Varnholt's turn to close the straits?"
    )
    set_apart_as(
        f"{CNN}{STORY}\n\n{titles}\n\n{QUESTION}\n\n{NEXT}",
        f"{STORY}\n\n{NEXT}",
        ["dateline", "related", "related"],
    )


def test_the_stored_text_cleans_to_itself():
    once = cleaned_once_and_again(f"{CNN}{STORY}\n\n{QUESTION}\n\n{TITLE} {SENTENCE}\n\n{NEXT}")
    assert QUESTION not in once and TITLE not in once and SENTENCE in once


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        # the story's own question: a pronoun and a comma
        ("So what will they do, now that the water is rising?", f"{TITLE} {SENTENCE}"),
        # ... each alone: opening on a function word that carries the story on, a comma, a
        # pronoun
        ("But can the Orsk ferries sail again?", f"{TITLE} {SENTENCE}"),
        ("Can the ferries sail again, or close for good?", f"{TITLE} {SENTENCE}"),
        ("Can they sail the Orsk ferries again?", f"{TITLE} {SENTENCE}"),
        # one title too short to tell a list after a question title
        (QUESTION, f"Crews return to Orsk {SENTENCE}"),
        (QUESTION, f"Crews reach flooded quays {SENTENCE}"),  # four words
        # the story's own subheading, a question, and its sentence cut after its verb in the
        # past: a title tells in the present
        (
            "Can the harbour survive another winter?",
            "Rescue crews from three countries reached Orsk harbour on Tuesday after the storm "
            "had passed.",
        ),
        (
            "Can the harbour survive another winter?",
            "Rescue crews from three countries blamed Orsk Lines for the delay at the flooded "
            "quays.",
        ),
        (
            "Can the harbour survive another winter?",
            "Divers sent by the council of Varnholt examined Orsk quay on Tuesday after the "
            "storm had passed.",
        ),
        # a sentence of the story after the question: no title opens it
        (QUESTION, "The crews returned to the flooded quays on Monday, the council said."),
        # a subject that goes on past the words before it: a name and its verb after them
        (QUESTION, "Harbour closes for the long winter Orsk ferry operator Varga Lines said."),
    ],
)
def test_a_question_and_a_story_paragraph_stay(question, paragraph):
    text = f"{STORY}\n\n{question}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(f"{CNN}{text}").text == text


def test_a_question_after_words_that_go_on_stays():
    # the paragraph before ends on no sentence's stop: the question may be a quotation's
    text = f"{STORY}\n\nThe captain asked the crews:\n\n{QUESTION}\n\n{TITLE} {SENTENCE}\n\n{NEXT}"
    assert QUESTION in set_apart(f"{CNN}{text}").text


def test_a_question_title_and_one_title_on_a_page_of_another_outlet_stay():
    text = f"{STORY}\n\n{QUESTION}\n\n{TITLE} {SENTENCE}\n\n{NEXT}"
    assert set_apart(f"(Reuters) - {text}").text == text


def test_a_story_question_after_titles_alone_stays():
    titles = "Crews hold talks at the Orsk harbour Varnholt's turn to close the straits?"
    question = "But will they sail, now that the water is rising?"
    found = set_apart(f"{CNN}{STORY}\n\n{titles}\n\n{question}\n\n{NEXT}").text
    assert titles not in found and question in found


def test_a_plain_question_of_the_story_after_titles_ending_on_a_question_goes_with_them():
    # the limit of the shape: a question short, with no comma, no pronoun and no function word
    # opening it reads as the list's last title, cut onto the next line
    titles = "Crews hold talks at the Orsk harbour Varnholt's turn to close the straits?"
    question = "What happens to the crews now?"
    found = set_apart(f"{CNN}{STORY}\n\n{titles}\n\n{question}\n\n{NEXT}").text
    assert titles not in found and question not in found


@pytest.mark.parametrize(
    "paragraph",
    [
        # opening the paragraph, a comma title is the story's own sentence's start
        "Strikes, arrests go on in Orsk Crews hold talks at the Orsk harbour Who runs the "
        "harbour now?",
        # after a first title, run into the story, it is the story's sentence
        "Crews hold talks at the Orsk harbour Strikes, arrests and fines were reported at the "
        "quays on Monday by the council of Varnholt.",
    ],
)
def test_a_comma_title_not_between_two_others_is_no_title(paragraph):
    # a title holding a comma is one of a list only between two other titles
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(f"{CNN}{text}").text == text
