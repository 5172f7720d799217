"""A registered mark's "(R)" after a product's or a company's name ("FloodCast (R) software") is
no photo caption's left/right marker: the sentence stays. Captions placing people by the marker
still go. Every name, product and place is made up."""

import pytest

from tests.text.clutter_story import NEXT, STORY, captions
from text.clutter import set_apart


@pytest.mark.parametrize(
    "sentence",
    [
        # the product's kind after the mark, in lower case
        "The same strains were detected by FloodCast (R) software in all three earlier floods.",
        "Orsk Labs said its Tidewise (R) technology would be tried at the quay in March.",
        # the name going on after the mark, closed by its kind in capitals or in lower case
        "The Orsk (R) Point of Care Flood Test, which the council paid for, reads the river.",
        "The Acme (R) Widgets test was sold to harbour boards across Varnholt last year.",
        # the product used "in" or "using"
        "I wrote a package in Geometry (R) as part of my thesis at the college in Orsk.",
        "Engineers modelled the river using Hydrix (R) before the bridge was closed.",
    ],
)
def test_a_registered_mark_after_a_product_keeps_the_sentence(sentence):
    text = f"{STORY}\n\n{sentence}\n\n{NEXT}"
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "caption",
    [
        "Harbour master Kel Varga (R) greets the crew of the first ferry in Orsk.",
        # a verb after the mark that could be a noun is no product's kind
        "Harbour master Kel Varga (R) tests the pumps at the quay in Orsk on Monday.",
        "Kel Varga (R) and Ilsa Marrow test the pumps at the quay in Orsk.",
        "Kel Varga (R) Orsk's harbour master tests the pumps at the quay.",
        # a run of names joined by "and", or holding a possessive, closed by "Test": no mark
        "Harbour master Kel Varga (R) Ilsa Marrow and Ivo Brandt test the pumps at the quay.",
        "Kel Varga (R) Varnholt's Test captain, walks out to bat at the ground in Orsk.",
        # a person placed after "with": no product used
        "Ilsa Marrow shakes hands with Varga (R) at the quay in Orsk on Monday.",
        # a product named in a caption that places someone by another marker
        "FloodCast (R) software is shown to Kel Varga (L) at the quay in Orsk.",
    ],
)
def test_captions_placing_people_by_the_marker_still_go(caption):
    assert captions(STORY, caption, NEXT) == [caption]
