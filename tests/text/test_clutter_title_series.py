"""A series' label of several words holding a pronoun ("Explain it to me: Orsk unrest", TITLESERIES
in text/clutter.txt) opening a CNN list of linked titles is read as one label, so the list goes
(text/clutter_title_run.py `_series_as_one_word`). Every name, place and title below is made up,
so a list is found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

CNN = "(CNN) -- "  # the dateline that names the page's outlet
QUOTE = '"I think you have to consider Orsk just as vulnerable," said Kel Varga, a fellow in Orsk.'


def test_a_series_label_and_its_topic_before_the_story_s_quotation_are_set_apart():
    set_apart_as(
        f"{CNN}{STORY}\n\nExplain it to me: Orsk unrest {QUOTE}\n\n{NEXT}",
        f"{STORY}\n\n{QUOTE}\n\n{NEXT}",
        ["dateline", "related"],
    )


@pytest.mark.parametrize(
    "titles",
    [
        "Explain it to me: Orsk unrest Will the ferries sail again?",
        "Explain it to me: Orsk's revolution Crews return to the flooded quays Will ferries sway "
        "the fight for Orsk?",
    ],
)
def test_a_series_label_before_titles_ending_on_a_question_is_set_apart(titles):
    set_apart_as(
        f"{CNN}{STORY}\n\n{titles}\n\n{NEXT}",
        f"{STORY}\n\n{NEXT}",
        ["dateline", "related"],
    )


def test_the_stored_text_cleans_to_itself():
    once = cleaned_once_and_again(
        f"{CNN}{STORY}\n\nExplain it to me: Orsk unrest {QUOTE}\n\n{NEXT}"
    )
    assert "Explain it to me" not in once and QUOTE in once


@pytest.mark.parametrize(
    "paragraph",
    [
        # a speaker's or a reader's words: no capital after the colon, no colon, a quotation
        "Explain it to me: why does the council want the quay closed?",
        "Explain it to me, the mayor said, as the last ferry left the quay on Monday.",
        'Kel Varga said: "Explain it to me: The ferries are gone and no one will say why."',
    ],
)
def test_the_words_in_a_sentence_stay(paragraph):
    text = f"{CNN}{STORY}\n\n{paragraph}\n\n{NEXT}"
    kept = set_apart(text).text
    assert paragraph in kept
