"""A caption run into a sentence further down whose lead opens on a fronted adverbial, on a page
that runs its captions into its text (text/clutter_fronted_caption.py; FRONTEDADVERB and
FRONTEDPREPOSITION in text/clutter.txt). Tried on invented text: every name and place below is
made up, so a caption is found only by the sentence's grammar and the page's other caption."""

import pytest

from tests.text.clutter_story import (
    NEXT,
    STORY,
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


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        # a past tense before a preposition, read by its form alone (FRONTEDPAST), on any page
        (
            "Kel Varga lived in a small house by the harbour",
            "In Varnholt, the council said another two ferries had been stopped.",
        ),
        # "and" joining the subject's nouns before its verb (FRONTEDNOUNJOINER)
        (
            "Rope and timber were the scarcest supplies at the harbour",
            "Beyond the quay, the council has promised two new ferries by the spring.",
        ),
        # "and" joining two noun phrases after the verb, read by its form
        (
            "The crews remain tied to the quay and the ferries of the harbour",
            "To counter the blockade imposed by Varnholt, the council has hired three ferries.",
        ),
    ],
)
def test_a_caption_whose_verb_only_its_form_shows_is_a_caption(caption, lead):
    caption_alone_further_down_set_apart(caption, lead)


def test_a_present_by_its_form_on_a_page_that_runs_its_captions_in():
    # a caption opening on "A", its present in "-s" read by its form (FRONTEDPRESENT)
    caption_further_down_set_apart(
        "A crane lies among the wreckage on the quay",
        "For the crews of Orsk, there is little left to salvage at the harbour.",
    )


def test_a_present_by_its_form_on_a_page_with_no_caption_run_in_stays():
    # a plural noun has the form of a present: alone, it is no caption's verb
    sentence = (
        "A crane lies among the wreckage on the quay For the crews of Orsk, there is little "
        "left to salvage at the harbour."
    )
    text = f"{STORY}\n\n{NEXT}\n\n{sentence}\n\n{NEXT}"
    assert set_apart(text).text.strip() == text


@pytest.mark.parametrize(
    "sentence",
    [
        # a plural noun read as a present by its form, then a work's title after its noun
        "The duo play tracks from their new album Under Orsk Skies, which was released in "
        "Varnholt.",
        # a function word before the capitalised preposition: a title goes on there
        "One of the treasures in the Orsk archive is Under the Varn Bridge and there, in the dark, "
        "is the old voice.",
        # a reporting verb and pronouns: a clause's words, not a caption's
        "Kel Varga said he had dreamed he could hear the sirens In an interview with Orsk "
        "radio, he described the night.",
        # "and" before a second finite verb joins a clause
        "The crews waited at the quay and the council met the harbour master Beyond the quay, "
        "the ferries waited for the river to fall.",
        # a plural noun after a function word: a heading's, no subject's verb
        "Calls for ferries across the harbour In Orsk, the council said it would "
        "wait for the river to fall.",
        # a present by form before "to": a noun taking an infinitive, a graphic's heading
        "Harbour efforts to reopen the quay of the old town For the crews, the council tried to "
        "lower a dome.",
        # a negation: a subheading's claim, not what a picture shows (FRONTEDNEGATION)
        "Kel and Ilsa weren't intended as the last word on the harbour Despite the storm, Varga "
        "was intent on more work.",
        # "and" joining nouns before a name that opens on a preposition's letters, its
        # apposition between two commas after it: no adverbial
        "Kel Varga is seeded to meet compatriot and defending champion On Varn Lee, the holder, "
        "in the final on the quay.",
        # no verb by its form: a heading's words
        "Notes for use on the quay To help the ferry crews of Orsk, the council has drawn up a "
        "plan.",
        # an adjective with a past tense's form (FRONTEDNOTPAST): a heading's words, no verb
        "Kel Varga's sacred oak on the quay of the old harbour In Orsk, the council said the "
        "ferries would wait.",
        # a relative pronoun after a name's comma (FRONTEDRELATIVE): a person told of, no
        # adverbial
        "Kel Varga lost in the final to the champion On Varn Lee, who beat her again this year.",
    ],
)
def test_a_sentence_whose_verb_only_its_form_shows_stays(sentence):
    sentence_further_down_kept(sentence)


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
