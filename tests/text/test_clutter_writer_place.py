"""The writer or the agency with the place a story was filed from, on a line of its own closing
the text ("Ewen MacAskill in Washington", "Associated Press in Moscow"), as the Guardian prints
it. Invented text in the shapes the corpus's pages print; the story's own closing lines that
read the same way stay."""

import pytest

from tests.text.clutter_story import cleaned_once_and_again
from text.clutter import set_apart

STORY = (
    "The harbour guard rescued 23 people from the ice on Friday, the port office said.\n\n"
    "The quay will reopen once the ice has gone."
)


@pytest.mark.parametrize(
    "line",
    [
        "Kel Varga in Orsk",
        "Ilsa Marrow in Port Varn",
        "Kel MacVarga in Orsk",
        "Associated Press in Orsk",
        "AP in Orsk",
        "Reuters in Orsk",
        "Agencies in Orsk",
    ],
)
def test_a_writer_or_agency_and_place_closing_the_text_is_set_apart(line):
    text = f"{STORY}\n\n{line}"
    found = set_apart(text)
    assert found.text == STORY
    assert "byline" in found.labels()
    assert cleaned_once_and_again(text) == STORY


def test_the_writer_line_left_by_a_footer_cut_goes_too():
    text = (
        f"{STORY}\n\nIlsa Marrow in Orsk Letters for publication should be sent to: "
        "letters@orsk-courier.example If you need help using the site: help@orsk-courier.example"
    )
    assert cleaned_once_and_again(text) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Only in Orsk.",  # the story's closing words, with their stop
        "Murder in Orsk",  # one word: a title's, no writer's name
        "I'm Kel Varga in Orsk",  # an anchor's sign-off, the transcript as broadcast
        "An American Werewolf in London",  # a title opening on an article
        "The Day in Orsk",
        "Kel Varga in Orsk said the quay was safe",  # a sentence going on
        "Kel Varga in the harbour",  # no place's name after "in"
    ],
)
def test_a_closing_line_of_the_story_stays(line):
    text = f"{STORY}\n\n{line}"
    assert set_apart(text).text == text


def test_a_writer_line_run_on_after_the_last_sentence_stays():
    text = f"{STORY} Kel Varga in Orsk"
    assert set_apart(text).text == text


def test_a_writer_line_before_more_story_stays():
    text = f"Kel Varga in Orsk\n\n{STORY}"
    assert set_apart(text).text == text
