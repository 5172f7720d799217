"""A CNN list of linked story titles cut across three lines, after each of its question
titles, as a source that splits sentences prints it: two question titles on lines of their own
and the list's last title after them (text/clutter_title_run.py `_question_link`). Tried on
invented text: every name, place and title below is made up, so a list is found only by its
structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

CNN = "(CNN) -- "  # the dateline that names the page's outlet
FIRST = "Orsk ferries to sail again?"  # the list's question titles, one a line
SECOND = "Will the strikes spread to the docks?"
LAST = "Where does Varnholt go from here with Orsk?"  # the list's last title, a question
TITLE = "Crews return to the flooded harbour quays"  # ... or one title run into the story
SENTENCE = "According to the council of Varnholt, the quay will reopen in the spring."


def test_three_question_titles_on_three_lines_are_set_apart():
    set_apart_as(
        f"{CNN}{STORY}\n\n{FIRST}\n\n{SECOND}\n\n{LAST}\n\n{NEXT}",
        f"{STORY}\n\n{NEXT}",
        ["dateline", "related", "related", "related"],
    )


def test_two_question_titles_and_one_title_run_into_the_story_are_set_apart():
    set_apart_as(
        f"{CNN}{STORY}\n\n{FIRST}\n\n{SECOND}\n\n{TITLE} {SENTENCE}\n\n{NEXT}",
        f"{STORY}\n\n{SENTENCE}\n\n{NEXT}",
        ["dateline", "related", "related", "related"],
    )


def test_the_stored_text_cleans_to_itself():
    once = cleaned_once_and_again(f"{CNN}{STORY}\n\n{FIRST}\n\n{SECOND}\n\n{LAST}\n\n{NEXT}")
    assert FIRST not in once and SECOND not in once and LAST not in once and NEXT in once


@pytest.mark.parametrize(
    "questions",
    [
        # the story's own questions: a pronoun, a function word carrying the story on, a comma
        ["What are we going to do?", "What is the Orsk council going to do?", LAST],
        ["But what is the council's plan for the harbour?", SECOND, LAST],
        [FIRST, "How unified are they?", LAST],
        [FIRST, "Will the strikes spread, or end by spring?", LAST],
    ],
)
def test_the_story_s_own_questions_stay(questions):
    text = f"{CNN}{STORY}\n\n" + "\n\n".join(questions) + f"\n\n{NEXT}"
    kept = set_apart(text).text
    assert all(q in kept for q in questions[:2])


def test_a_question_run_after_a_line_without_a_stop_stays():
    text = f"{CNN}{STORY}\n\nThe harbour in numbers\n\n{FIRST}\n\n{SECOND}\n\n{LAST}\n\n{NEXT}"
    kept = set_apart(text).text
    assert FIRST in kept and SECOND in kept


def test_on_a_page_of_no_outlet_the_questions_stay():
    text = f"{STORY}\n\n{FIRST}\n\n{SECOND}\n\n{LAST}\n\n{NEXT}"
    assert set_apart(text).text == text
