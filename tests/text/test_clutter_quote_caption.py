"""A caption run into a quotation opening the sentence of a paragraph further down
(text/clutter_quote_caption.py; QUOTECAPTIONNOTLAST and QUOTECAPTIONMODAL in text/clutter.txt).
Tried on invented text: every name and place below is made up, so a caption is found only by
the words on either side of the quotation's mark."""

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
        # a perfect, the quotation closed on its comma and its speaker after it
        (
            "Crews have waited at the quay of the harbour for a week",
            '"We have never seen the harbour so full," says Kel Varga.',
        ),
        # a past tense read by its form, the quotation going on into the next paragraph
        (
            "Kel Varga spent two days on the stranded ferry",
            '"It was the longest crossing of my life.',
        ),
        # a name after a function word closing the caption
        (
            "Ferries have been stuck for a week in the harbour of Port Varn",
            '"The council must act before the river rises again," the harbour master said.',
        ),
        # the quotation closed on its stop, the paragraph ending there
        (
            "Hundreds of crates are lying on the quay after the storm",
            '"Nobody knows when the next ferry will be able to sail."',
        ),
        # near misses: a word spelled like a verb of saying, a noun announcing a quotation
        # that does not close the caption
        (
            "Kel Varga warmed the crowd on the quay for an hour",
            '"We have never seen the harbour so full," says a ferryman.',
        ),
        (
            "Crews have waited for a week for the demands of the council in Port Varn",
            '"We have been told to wait for the judges," says a ferryman.',
        ),
        # "appeal" closing a caption is a fund's ("... through his Orsk Harbour Fund appeal")
        (
            "Kel Varga raised a million through his Orsk Harbour Fund appeal",
            '"We never thought the crews would give so much," says a ferryman.',
        ),
        # an adjective closing the caption (CLAUSEADJECTIVE), which no quotation's sentence
        # goes on from
        (
            "Damage to the old quay has been enormous",
            '"We have been told to wait for the engineers," says a ferryman.',
        ),
    ],
)
def test_a_caption_run_into_a_quotation_further_down_is_a_caption(caption, lead):
    caption_alone_further_down_set_apart(caption, lead)


def test_a_present_by_its_form_on_a_page_that_runs_its_captions_in():
    # a present in "-s" read by its form alone, where the page ran another caption in
    caption_further_down_set_apart(
        "A crane lies among the wreckage on the quay",
        '"It will take months to clear the harbour," says Kel Varga.',
    )


def test_a_present_by_its_form_on_a_page_with_no_caption_run_in_stays():
    sentence = (
        'A crane lies among the wreckage on the quay "It will take months to clear the '
        'harbour," says Kel Varga.'
    )
    found = set_apart(f"{STORY}\n\n{NEXT}\n\n{sentence}\n\n{NEXT}")
    assert found.text.strip() == f"{STORY}\n\n{NEXT}\n\n{sentence}\n\n{NEXT}"
    assert found.labels() == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a name or a title in quotation marks: no speaker's sentence
        'The crews unfurled a flag with the logo of the ferries "Orsk Polluters" on the quay.',
        'The ferry company has made a film about the crossing "Stormy Seas And The Harbour".',
        # a word announcing the quotation (QUOTECAPTIONNOTLAST)
        'The crews on the quay held up a banner reading "We want our ferries back by spring."',
        # a word naming a work (GLUEDTITLE)
        'The band on the quay played a new song called "We Will Sail Again In The Spring."',
        # a verb of saying in the words before the mark
        'Kel Varga told the crews on the quay "We will sail again when the river falls."',
        # a past tense in the active voice closing the words before the mark
        'The crowd outside the harbour office chanted "Open the harbour to the ferries now!"',
        # a modal: a verdict's heading over a reader's idea (QUOTECAPTIONMODAL)
        'A second cap might have held the flow "Once the pipe is cut, the cap can be lowered."',
        # a negation: a claim's words
        'The council has not reopened the harbour "We are waiting for the engineers," he said.',
        # a weekday closing the words before the mark
        'The harbour master spoke to the crews on Monday "We will sail again soon," he said.',
        # a first person before the mark: a speaker's or a reader's words
        'We have waited on the quay for a week "Nobody has told us anything," said a ferryman.',
        # a name in quotation marks that holds a comma after it: its words mostly capitalised
        'The first of the two is the sailors\' club "We Are All Orsk Sailors," named after '
        "a ferryman.",
        # an adverb of time before the verb: a story's sentence opening on its time
        # (QUOTECAPTIONTIME)
        "Two days later the harbour master sent the council a request for help "
        '"Does anyone know where the crews can find a ferry?"',
        # a verb of saying to someone before the mark (QUOTECAPTIONSAYING)
        'Ms Varga has warned the council for years "This is what happens when nobody '
        'listens," she said.',
        'Kel Varga has urged the crews on the quay for weeks "Wait until the river falls '
        'before you sail."',
        # a noun announcing the quotation closing the words before the mark
        # (QUOTECAPTIONNOTLAST)
        'Ferry crews on the quay have one simple demand "Give us back our ferries before '
        'the spring."',
        # such a noun with no "-ing" form after it: QUOTECAPTIONNOTLAST alone
        'The crews on the quay held up a banner "We want our ferries back by spring."',
        'The crews on the quay have one simple message "Give us back our ferries by spring."',
        # a first word joining on to the sentence before
        'So the crews have waited on the quay for a week "We have never seen the harbour so '
        'full," says Kel Varga.',
        # a preposition before the mark: the phrase goes on into the quotation
        'The council has warned the crews against "Sailing before the river has fallen."',
    ],
)
def test_a_story_sentence_with_a_quotation_further_down_stays(sentence):
    sentence_further_down_kept(sentence)


def test_the_shape_opening_the_text_stays():
    # at the text's start the same shape is a headline or a standfirst run into a quotation
    sentence = (
        'Crews have waited at the quay of the harbour for a week "We have never seen the '
        'harbour so full," says Kel Varga.'
    )
    found = set_apart(f"{sentence}\n\n{NEXT}")
    assert found.text.strip() == f"{sentence}\n\n{NEXT}"
