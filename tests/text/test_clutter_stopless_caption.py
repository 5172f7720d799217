"""A caption with no stop run into the sentence opening a paragraph further down, told by the
word that opens that sentence (text/clutter_stopless_caption.py; STOPLESSOPENER,
STOPLESSLETTERNOUN and STOPLESSPERSON in text/clutter.txt). Tried on invented text: every name
and place below is made up, so a caption is found only by the words around the boundary."""

import pytest

from tests.text.clutter_story import (
    NEXT,
    STORY,
    caption_alone_further_down_set_apart,
    caption_further_down_set_apart,
    sentence_further_down_kept,
)
from text.clutter import set_apart
from text.clutter_stopless_caption import stopless_caption


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        # an adverb before the caption's verb, before "A" and a number
        (
            "Traces of oil from the sunken ferry allegedly still remain on the coastline",
            "A 2031 report by the harbour council concluded that the damage was limited.",
        ),
        # a video's caption with a reporting verb, before a pronoun
        (
            "Kel Varga says there is tension on the streets of the capital",
            "It would take the council weeks to rebuild the quay, he added.",
        ),
        # a past tense the other steps do not read as a caption's, before "At least" and a number
        (
            "Ilsa Marrow said the council and the ferry crews both back the plan",
            "At least 19 houses were flooded on Sunday, the council added.",
        ),
        # before "Some" and a lower-case word
        (
            "The mayor of Varnholt says the crews are working day and night",
            "Some were still clearing the quay after the second storm.",
        ),
        # before "There"
        (
            "Tarballs of oil from the ferry are said to be easier to clear",
            "There were reports of more oil on the beaches of Orsk overnight.",
        ),
    ],
)
def test_a_caption_run_into_a_sentence_opener_further_down_is_a_caption(caption, lead):
    caption_further_down_set_apart(caption, lead)


def test_no_other_caption_on_the_page_is_needed():
    # the opener in capitals after a plain run of words is the signal, on any page
    caption_alone_further_down_set_apart(
        "Kel Varga says there is tension on the streets of the capital",
        "It would take the council weeks to rebuild the quay, he added.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a letter naming a group, a league or a kind after a name or a noun
        "The ferry crews of Orsk were drawn into Group A with the crews of Varnholt last year.",
        "The Orsk rowing club has played in the second league of Serie A since the last season.",
        "The doctors of Varnholt have treated forty cases of type A influenza this winter "
        "and more.",
        # a name opening on "The" after a function word or a reporting verb
        "The council of Orsk has taken its case against the ferry company to The Hague this week.",
        "The harbour master of Port Varn said The Varnholt Herald had printed the wrong tides.",
        # "The" and a name after a lower-case word: no lower-case word after the opener
        "Kel Varga has been writing for many years for the paper The Orsk Gazette on Sundays.",
        # a bare relative clause opens on a name or a lower-case word, not on an opener
        "The answer to this is the sort of fix Orsk's ferry crews have got used to over the years.",
        # a stop before the opener: two sentences, no caption
        "The ferry crews of Orsk have been working on the quay all week. The storm has passed now.",
        # a comma in the words before the opener: a story's sentence, no plain run
        "The ferry crews of Orsk, who have worked all week on the quay There were no reports.",
        # a first or second person: a reader's or a song's words
        "In my opinion the ferry crews of Orsk need more rest He has taken the matter up.",
        # a subheading of a few words
        "The irony of the closed harbour The quay was built to be open to all ferries.",
        # a work named before its title
        "The crews of Orsk watched the whole of the old film The ferry crossing at night again.",
    ],
)
def test_a_story_sentence_is_not_the_shape(sentence):
    assert stopless_caption(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry crews of Orsk were drawn into Group A with the crews of Varnholt last year.",
        "The council of Orsk has taken its case against the ferry company to The Hague this week.",
        "The harbour master of Port Varn said The Varnholt Herald had printed the wrong tides.",
        "Kel Varga has been writing for many years for the paper The Orsk Gazette on Sundays.",
        "In my opinion the ferry crews of Orsk need more rest He has taken the matter up.",
    ],
)
def test_a_story_sentence_further_down_stays(sentence):
    sentence_further_down_kept(sentence)
    text = f"{STORY}\n\n{NEXT}\n\n{sentence}\n\n{NEXT}"
    assert set_apart(text).text.strip() == text


def test_the_shape_opening_the_text_stays():
    # a headline or a standfirst may run into the lead at the text's start: not read there
    sentence = (
        "Kel Varga says there is tension on the streets of the capital It would take the council "
        "weeks to rebuild the quay, he added."
    )
    assert stopless_caption(sentence) is not None  # the shape itself
    found = set_apart(f"{sentence}\n\n{NEXT}")
    assert found.text.strip() == f"{sentence}\n\n{NEXT}"


def test_the_lead_must_be_a_whole_sentence():
    # too short a sentence after the opener, or more than one sentence in the paragraph
    assert (
        stopless_caption("The ferry crews of Orsk are resting at the quay The boats wait.") is None
    )
    assert (
        stopless_caption(
            "The ferry crews of Orsk are resting at the quay The boats wait for the tide to turn. "
            "Then they sail."
        )
        is None
    )
