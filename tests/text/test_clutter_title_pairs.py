"""A paragraph that is two linked story titles alone, the second a question, and one title
after a label naming what a link leads to, run into the story's sentence
(text/clutter_title_run.py). Tried on invented text: every name, place and title below is
made up, so a title is found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart


def test_a_paragraph_of_two_titles_ending_on_a_question_title_is_set_apart():
    titles = "Fighting on Orsk's front lines Should crews back the Varnholt rebels?"
    set_apart_as(f"{STORY}\n\n{titles}\n\n{NEXT}", f"{STORY}\n\n{NEXT}", ["related"])


# a run of titles elsewhere on the page, as text/clutter_title_run.py found it before
LIST = "Crews among those stopped in Orsk Kestrel links Orskians to Kestrel What's next for Orsk?"


@pytest.mark.parametrize(
    "titles",
    [
        # a question title without a question word, after a title without a clause's verb
        "Rare view inside the Orsk harbour zone Navy mining the straits off Varnholt?",
        "The face of Orsk's harbour revolt Quiet change in the Varnholt straits?",
        # the first title ending on the place it happened, after a preposition of place
        "Violence boils over in Varnholt Varga 'borrowing from the book of Kestrel'?",
    ],
)
def test_two_titles_without_a_question_word_are_set_apart_on_a_page_with_a_list(titles):
    set_apart_as(
        f"{STORY}\n\n{LIST}\n\n{NEXT}\n\n{titles}\n\n{NEXT}",
        f"{STORY}\n\n{NEXT}\n\n{NEXT}",
        ["related", "related"],
    )


def test_one_title_after_a_link_label_run_into_a_sentence_is_set_apart():
    titles = "Gallery: Crowds on Orsk's quays"
    sentence = "As the ferries sailed, the crews cheered from the harbour wall."
    set_apart_as(
        f"{STORY}\n\n{titles} {sentence}\n\n{NEXT}",
        f"{STORY}\n\n{sentence}\n\n{NEXT}",
        ["related"],
    )


@pytest.mark.parametrize(
    "text",
    [
        # the story's own questions: a question word or a function word opens them
        f"{STORY}\n\nWhy did the crews leave the Orsk harbour at night?\n\n{NEXT}",
        f"{STORY}\n\nSo the crews want Varga out of the harbour?\n\n{NEXT}",
        # ... or they hold a pronoun, a comma or a clause's verb before a name
        f"{STORY}\n\nCrews in the harbour want you in Varnholt by Friday?\n\n{NEXT}",
        f"{STORY}\n\nThe crews of the ferry, Varga asks, sailed to Orsk?\n\n{NEXT}",
        f"{STORY}\n\nThe harbour crews will sail Varga's ferry to Orsk?\n\n{NEXT}",
        # a short question after one title may be the story's subheading
        f"{STORY}\n\nOrsk cuts the harbour cable at dawn Why now?\n\n{NEXT}",
        f"{STORY}\n\nOrsk Herald: interactive harbour map What's in a name?\n\n{NEXT}",
        # a question word that opens a name
        f"{STORY}\n\nWant to see Will Varga sail with the Orsk harbour crews?\n\n{NEXT}",
        # a transcript's speaker in capitals before the question
        f"{STORY}\n\nMARROW: Crews on the quays waited Varga's word?\n\n{NEXT}",
        # a name run in after a lower-case word, on a page that shows no list of titles
        f"{STORY}\n\nThe best goal of the harbour league Kel Varga ever scored?\n\n{NEXT}",
        f"{STORY}\n\nRare view inside the Orsk harbour zone Navy mining the straits?\n\n{NEXT}",
        # a place after a preposition, on a page that shows no list of titles
        f"{STORY}\n\nViolence boils over in Varnholt Varga sees coming?\n\n{NEXT}",
        # a label that names no link, before one title and a sentence
        f"{STORY}\n\nHarbour notes: Crowds on Orsk's quays As the ferries sailed, the crews "
        f"cheered from the harbour wall.\n\n{NEXT}",
    ],
)
def test_a_question_or_a_label_of_the_story_is_article_text(text):
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "question",
    [
        # a place after a preposition, on a page with a list of titles, but a clause's verb, a
        # comma or a question word in the question
        "The crews will stay in Varnholt Varga hopes?",
        "Ferries sail in Orsk Harbour again, Varga asks?",
        "Crews wait in Orsk Varga tells them why?",
    ],
)
def test_a_question_after_a_place_on_a_page_with_a_list_is_article_text(question):
    text = f"{STORY}\n\n{LIST}\n\n{question}\n\n{NEXT}"
    assert set_apart(text).text == f"{STORY}\n\n{question}\n\n{NEXT}"


@pytest.mark.parametrize(
    "question",
    [
        # a first title ending on a number or an ordinal, not a lower-case word or a place
        "Harbour floods of 2031 Varga sees the crews rescued?",
        "Crowds gather on the quays for 4th Varga sees the crews rescued?",
    ],
)
def test_a_question_after_a_number_on_a_page_with_a_list_is_article_text(question):
    text = f"{STORY}\n\n{LIST}\n\n{question}\n\n{NEXT}"
    assert set_apart(text).text == f"{STORY}\n\n{question}\n\n{NEXT}"
