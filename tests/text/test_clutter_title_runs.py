"""Lists of linked story titles run together and into the story's next sentence, as flattened
news pages print their inline video and story lists (text/clutter_title_run.py). Tried on
invented text: every name, place and title below is made up, so a list is found only by its
structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart


def test_a_question_title_and_titles_run_into_a_sentence_are_set_apart():
    question = "Are children being trained to guard the Varnholt palace?"
    titles = "Orsk envoy to Kestria talks ferries Homes destroyed in battle for Orsk"
    sentence = "The Red Crescent-chartered ship evacuated more than 600 people from the port."
    set_apart_as(
        f"{STORY}\n\n{question}\n\n{titles} {sentence}\n\n{NEXT}",
        f"{STORY}\n\n{sentence}\n\n{NEXT}",
        ["related", "related"],
    )


def test_titles_run_into_a_name_and_its_verb_after_a_question_title_are_set_apart():
    question = "Battle for Orsk rages on Varnholt crews using mines as a weapon?"
    titles = "Kestrel ships hit Varnholt warships"
    sentence = "Varga was mining the waters of Orsk and hampering aid, Marrow said."
    set_apart_as(
        f"{STORY}\n\n{question}\n\n{titles} {sentence}\n\n{NEXT}",
        f"{STORY}\n\n{sentence}\n\n{NEXT}",
        ["related", "related"],
    )


def test_a_paragraph_of_titles_ending_on_a_question_title_is_set_apart():
    titles = (
        "Crews among those attacked in Orsk Kestrel links Orskians to Kestrel Chat "
        "What's next for Orsk's harbour?"
    )
    set_apart_as(f"{STORY}\n\n{titles}\n\n{NEXT}", f"{STORY}\n\n{NEXT}", ["related"])


def test_labelled_titles_run_into_a_quotation_are_set_apart():
    titles = (
        "'March of lanterns' in Orsk Protester: 'We are here for the harbour' Crowds camp "
        "out in Orsk Gallery: Crowds on the quays of Orsk"
    )
    sentence = '"As you know all the crews are here to help," the leaflet read.'
    set_apart_as(
        f"{STORY}\n\n{titles} {sentence}\n\n{NEXT}",
        f"{STORY}\n\n{sentence}\n\n{NEXT}",
        ["related"],
    )


def test_a_labelled_title_and_titles_after_it_run_into_an_opener_are_set_apart():
    titles = (
        "Varga: Our message is simple Kestrel's Marrow on Varga's harbour speech "
        "Varga pushes ferry policy change"
    )
    sentence = "In his harbour speech, Varga pledged support for the crews."
    set_apart_as(
        f"{STORY}\n\n{titles} {sentence}\n\n{NEXT}",
        f"{STORY}\n\n{sentence}\n\n{NEXT}",
        ["related"],
    )


def test_a_short_question_after_the_titles_is_the_story_subheading_and_stays():
    question = "Where does Orsk go from here with Varnholt?"
    titles = "Press & ferries: Orsk cuts the harbour cable"
    set_apart_as(
        f"{STORY}\n\n{question}\n\n{titles} Why now?\n\n{NEXT}",
        f"{STORY}\n\nWhy now?\n\n{NEXT}",
        ["related", "related"],
    )


@pytest.mark.parametrize(
    "text",
    [
        # an interview's questions and answers
        f"{STORY}\n\nAre you happy today?\n\nKEL VARGA: I am happy because the ferry is back.",
        f"{STORY}\n\nShould he be in jail?\n\nWill he give back the harbour he took from Orsk?",
        # a column's question, then a sentence naming a paper after its kind
        f"{STORY}\n\nWhy is the fever spreading in Orsk but not elsewhere?\n\nThe Varnholt "
        "paper La Gazeta says the answer is simple: the harbour.",
        f"{STORY}\n\nBut what caused the fever to spread so fast?\n\nVirologists have long "
        "believed that the farms of southern Orsk are the engine of the fever.",
        # a label of the story's own and a sentence giving a quotation
        f"{STORY}\n\nLast week: President Kel Varga had said he would not seek another term.",
        f'{STORY}\n\nHe added: "The upfront cost of the ferry could rise by a third."',
        f'{STORY}\n\nKel Varga: "We left behind what I fear is going to be the next Orsk."',
        # a headline-case subheading with a colon, run into its paragraph
        f"{STORY}\n\nThe Orsk effect: Sailing to a higher harbour Transcendental sailing is a "
        "set of old Orsk techniques.",
        # a question of the story after a sentence, a comma in the title-like words
        f"{STORY}\n\nOut of a population of 49 million, 7.5 million Orskians are out of work.",
    ],
)
def test_prose_with_a_question_or_a_colon_is_article_text(text):
    assert set_apart(text).text == text
