"""A sentence alone on its line that points to a link the page lost ("... can be found here."),
and a broadcast anchor's promotion of what comes after closing a transcript ("And in just a
moment ... will have some other news."), tried on invented text: every name, place and number
below is made up, so a shape passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clean import clean
from text.clutter import set_apart

# ----------------------------------------------------------------------------- lost links


@pytest.mark.parametrize(
    "pointer",
    [
        "Personal audio reports from Varnholt have been uploaded on Orskbook here.",
        "The full statement of the harbour board can be read online here.",
        "Her profile can be found here.",
        "Their full answers can be read in full here.",
    ],
)
def test_a_sentence_pointing_to_a_lost_link_is_related(pointer):
    set_apart_as(f"{STORY}\n\n{pointer}\n\n{NEXT}", f"{STORY}\n\n{NEXT}", ["related"])


@pytest.mark.parametrize(
    "sentence",
    [
        # what happened, with the pointer in a clause after a comma
        "Kel Varga begins to read his statement, which can be found here.",
        # a clause in the subject
        "The ferry that sank in May can be seen here.",
        # a story sentence opening on a name and a comma
        "Kel Varga, the harbour master, said the wreck can be seen here.",
        # a question in a story
        "Can the wreck be seen here?",
        # a quote
        '"The wreck can be seen here," Kel Varga said.',
        # "here" in a longer sentence going on
        "The wreck can be seen here from the quay at low tide.",
    ],
)
def test_a_storys_sentence_on_what_is_here_stays(sentence):
    text = f"{STORY}\n\n{sentence}\n\n{NEXT}"
    assert set_apart(clean(text)).text == clean(text)


# ----------------------------------------------------------------------------- broadcast promotions


@pytest.mark.parametrize(
    "promo",
    [
        "At the end of the broadcast this evening, one more trip around Orsk to see what it's "
        "been like since the floods. And in just a moment Ilsa Marrow will have some other news.",
        "We'll be right back.\n\nStay with us for more of our coverage of this day in Orsk.",
        "That story's coming up next.",
        'Our coverage of the "Orsk floods" continues with Kel Varga after the break.',
    ],
)
def test_an_anchors_promotion_closing_a_transcript_is_related(promo):
    found = set_apart(clean(f"{STORY}\n\n{NEXT}\n\n{promo}"))
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert set(found.labels()) == {"related"}
    assert set_apart(clean(found.text)).text == found.text


@pytest.mark.parametrize(
    "text",
    [
        # inside the transcript, the programme goes on after it
        f"{STORY}\n\nWe'll be right back.\n\n{NEXT}",
        # a quote of the anchor, and a sentence that goes on
        f'{STORY}\n\n"We\'ll be right back," Kel Varga told the crowd.',
        f"{STORY}\n\nStay with us for the night, the ferry crew told the stranded passengers",
        # a question in a story
        f"{STORY}\n\nWill the crossing reopen after the break in the weather?",
        # a story sentence opening on a name and a comma
        f"{STORY}\n\nKel Varga, the anchor, said the story was coming up next.",
    ],
)
def test_a_storys_last_sentence_on_what_comes_next_stays(text):
    assert set_apart(clean(text)).text == clean(text)
