"""A caption run into a sentence further down whose lead opens on a fronted adverbial, on a page
that runs its captions into its text (text/clutter_fronted_caption.py; FRONTEDADVERB and
FRONTEDPREPOSITION in text/clutter.txt). Tried on invented text: every name and place below is
made up, so a caption is found only by the sentence's grammar and the page's other caption."""

import pytest

from tests.text.clutter_story import (
    NEXT,
    caption_alone_further_down_set_apart,
    caption_further_down_set_apart,
    sentence_further_down_kept,
)
from text.clutter import set_apart


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        # a sentence adverb after a name closing the caption, no comma
        (
            "Hundreds of crates are lying on the quay of Port Varn",
            "Overnight a rumour went round of a second storm coming from the west.",
        ),
        # the infinitive's "To" opening a long adverbial that a comma closes
        (
            "The harbour has been closed to the ferries",
            "To counter the long blockade imposed by Varnholt and the Orsk Shipping League, the "
            "council has hired three ferries.",
        ),
        # a present tense for the scene, a place's adverbial
        (
            "Kel Varga describes the scene at the damaged harbour",
            "In Varnholt, the council has promised to rebuild the quay by the spring.",
        ),
        # a sentence adverb with no comma after a caption ending on a noun
        (
            "Kel Varga still has the backing of the ferry crews",
            "Currently the council is expecting repair costs of two million crowns.",
        ),
        # an adverbial whose clause after the comma opens on a pronoun
        (
            "The crisis room is staffed around the clock by forty engineers",
            "For a small ferry company, these are anxious and costly weeks.",
        ),
    ],
)
def test_a_caption_run_into_a_fronted_adverbial_further_down_is_a_caption(caption, lead):
    caption_further_down_set_apart(caption, lead)


def test_no_other_caption_on_the_page_is_needed():
    # the opener in capitals after a lower-case word is the signal: the page may print its
    # other captions apart, or none
    caption_alone_further_down_set_apart(
        "Kel Varga describes the scene at the damaged harbour",
        "In Varnholt, the council has promised to rebuild the quay by the spring.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a title after a verb that names it: the caption would end on an active past
        "The band recorded a song titled In Orsk Tonight, which was played at the harbour.",
        # a preposition in capitals that no comma closes: a title's or a name's
        "The ferry company has released a film about the crossing On Stormy Seas for its "
        "centenary.",
        # a reporting verb and a pronoun: no plain clause before the adverb
        "The crews say they have been working on the quay Overnight the water rose by a metre.",
        # the adverb right after the caption's verb: no caption's clause before it
        "The council has Meanwhile agreed to pay the crews of Orsk for the lost week.",
        # a story sentence with its adverbial inside, in lower case
        "The crews have been working on the quay since the storm, and overnight the water rose.",
        # a comma closing a clause, not the adverbial: its subject stands before it
        "Kel Varga is a hard taskmaster For weeks we heard him call the crews to the quay, as ever.",
        # a participle after the comma goes on the sentence before it
        "The ferry has been stuck at the quay for a week Throughout Orsk, waiting for the "
        "river to fall.",
        # a work's title after a word that names it
        "The band has played its song Throughout Orsk, the crowd said, at every concert.",
        # a shouted joiner opening the words before the adverbial: no caption's subject
        "THat is a real thing on the quay of Orsk To tell the truth, the crews were idle.",
    ],
)
def test_a_story_sentence_further_down_a_run_in_page_stays(sentence):
    sentence_further_down_kept(sentence)


def test_the_shape_opening_the_text_stays():
    # a headline or a standfirst run into a lead opening on an adverbial, at the text's start
    sentence = (
        "The council is wrong to close the harbour to the ferries of Orsk In 2031, the new "
        "council published a plan for the quay."
    )
    found = set_apart(f"{sentence}\n\n{NEXT}")
    assert found.text.strip() == f"{sentence}\n\n{NEXT}"
