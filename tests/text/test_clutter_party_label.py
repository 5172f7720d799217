"""An American politician's party in brackets after the name ("Gov. Kel Varga (R) said ...") is
no photo caption's left/right marker: the sentence stays. Captions placing people by the marker
still go. Every name, place and title holder is made up."""

import pytest

from tests.text.clutter_story import NEXT, STORY, captions
from text.clutter import set_apart


@pytest.mark.parametrize(
    "sentence",
    [
        "Varnholt Gov. Kel Varga (R) said the ferry would sail on Friday.",
        '"There is no time for waiting," said Varnholt Gov. Kel Varga (R) after the vote.',
        "Varnholt, led by Gov. Kel Varga (R), has worked to keep the water out of the marshes.",
        "Both Varnholt Sens. Ilsa Marrow (D) and Kel Varga (R) backed the harbour plan.",
        "On Monday, Orsk Attorney General Tarn Vellis (R) said the claims were slow.",
        "The plan was backed by former Orsk governor Ilsa Marrow (R) on a radio show.",
        "Ilsa Marrow (D) and Kel Varga (R) voted for the bill.",
        # two names joined by "and" after the title, the party after the second
        "Both Varnholt Sens. Varga and Marrow (R) backed the harbour plan.",
        # an independent beside a Republican with no title before the names
        "Kel Varga (I) and Ilsa Marrow (R) voted for the bill.",
    ],
)
def test_a_politician_s_party_after_the_name_keeps_the_sentence(sentence):
    text = f"{STORY}\n\n{sentence}\n\n{NEXT}"
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "caption",
    [
        "Harbour master Kel Varga (R) greets the crew of the first ferry in Orsk.",
        "Orsk President Ilsa Marrow (L) shakes hands with Kel Varga at the quay on Monday.",
        "Secretary-General Tarn Vellis (R) listens to Ilsa Marrow (C) during a visit to Orsk.",
        "The ferry Varnholt (R) sails past the pilot boat (L) off Orsk on Friday.",
        # a politician in a caption: another marker places someone
        "U.S. Senator Kel Varga (R) shakes hands with Ilsa Marrow (L) at the quay in Orsk.",
        "Gov. Kel Varga (R) and Ilsa Marrow (C) open the harbour in Orsk on Monday.",
    ],
)
def test_captions_placing_people_by_the_marker_still_go(caption):
    assert captions(STORY, caption, NEXT) == [caption]
