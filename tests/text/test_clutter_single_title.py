"""One linked story title run into the story's next sentence, on a page that shows a run of
titles elsewhere (text/clutter_title_run.py). Tried on invented text: every name, place and
title below is made up, so a title is found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart

# a run of titles elsewhere on the page, as text/clutter_title_run.py found it before
LIST = "Crews among those stopped in Orsk Kestrel links Orskians to Kestrel What's next for Orsk?"
SENTENCE = "Varnholt is leading a ferry operation in the straits that includes harbour patrols."


def test_one_title_run_into_a_sentence_is_set_apart_on_a_page_with_a_list():
    title = "Warehouse frequented by Varga shelled"
    set_apart_as(
        f"{STORY}\n\n{LIST}\n\n{NEXT}\n\n{title} {SENTENCE}\n\n{NEXT}",
        f"{STORY}\n\n{NEXT}\n\n{SENTENCE}\n\n{NEXT}",
        ["related", "related"],
    )


def test_one_title_stays_on_a_page_without_a_list():
    # a caption or a subheading run into its paragraph looks the same
    text = f"{STORY}\n\nWarehouse frequented by Varga shelled {SENTENCE}\n\n{NEXT}"
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "paragraph",
    [
        # four words: a subheading's length
        f"Warehouse shelled near harbour {SENTENCE}",
        # an opener or a function word opens the story's sentence
        f"Later that week in the harbour district {SENTENCE}",
        # an auxiliary or a modal: a clause, not a title
        f"Crews were stopped near the harbour gates {SENTENCE}",
    ],
)
def test_a_paragraph_that_does_not_open_on_a_title_stays(paragraph):
    text = f"{STORY}\n\n{LIST}\n\n{NEXT}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == f"{STORY}\n\n{NEXT}\n\n{paragraph}\n\n{NEXT}"


def test_words_carrying_on_the_paragraph_before_stay():
    # the paragraph before ends on no stop: its sentence goes on in the words after it
    before = "Engineers from Orsk arrived at the bridge on Monday with"
    paragraph = f"Warehouse frequented by Varga shelled {SENTENCE}"
    text = f"{STORY}\n\n{LIST}\n\n{before}\n\n{paragraph}\n\n{NEXT}"
    assert paragraph in set_apart(text).text


SPEAKER = (
    "Kel Varga, deputy head of the officially banned Orsk crews' union, said the ferries "
    "would sail again on Friday."
)


def test_titles_run_into_a_speaker_and_his_role_are_set_apart():
    # a second title after a label run in, then the story's sentence on a name, its role set
    # off by commas and its speech verb
    titles = "Kestrel links Orskians to Varnholt Drevnik: Varga is a 'captain without a ship'"
    set_apart_as(
        f"{STORY}\n\n{titles} {SPEAKER}\n\n{NEXT}",
        f"{STORY}\n\n{SPEAKER}\n\n{NEXT}",
        ["related"],
    )


def test_titles_run_into_a_speaker_of_a_one_word_role_are_set_apart():
    # the role is one word between the commas: "Kel Varga, spokesman, said"
    titles = "Kestrel links Orskians to Varnholt Drevnik: Varga is a 'captain without a ship'"
    speaker = "Kel Varga, spokesman, said the ferries would sail again on Friday."
    set_apart_as(
        f"{STORY}\n\n{titles} {speaker}\n\n{NEXT}",
        f"{STORY}\n\n{speaker}\n\n{NEXT}",
        ["related"],
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # one title alone, on a page without a list
        f"Kestrel links Orskians to Varnholt harbour {SPEAKER}",
        # the role closes on no speech verb: a list of names, not a speaker
        "Kestrel links Orskians to Varnholt Drevnik: Varga is a 'captain without a ship' Kel "
        "Varga, deputy head of the crews, Ilsa Drevnik and two pilots sailed on Friday.",
    ],
)
def test_a_name_and_role_without_titles_or_a_speech_verb_stay(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text
