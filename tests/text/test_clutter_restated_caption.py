"""A photo caption run into a sentence whose words the story restates at one of its own
sentences' stops (text/clutter_restated_caption.py; RESTATEDPERSON and RESTATEDNOTLAST in
text/clutter.txt). Tried on invented text: every name and place below is made up, so a caption
is found only because the story tells its words again."""

import pytest

from tests.text.clutter_story import NEXT, STORY
from text.clutter import set_apart
from text.clutter_restated_caption import restated_caption, sentence_endings


def _set_apart_once(text: str, kept: str, caption: str) -> None:
    """Assert that text keeps `kept`, with `caption` set apart as its only caption, and that
    the kept text cleaned again stays as it is."""
    found = set_apart(text)
    assert found.text.strip() == kept
    assert [(c.label, c.text) for c in found.clutter] == [("caption", caption)]
    again = set_apart(found.text)
    assert again.text.strip() == found.text.strip() and again.labels() == []


@pytest.mark.parametrize(
    ("caption", "lead", "restating"),
    [
        # the caption opens the text, a speaker before the words the story restates, and the
        # lead opens on a name
        (
            "Kel Varga said the ferries were running out of fuel",
            "Orsk is preparing for a long winter on the islands, the harbour master has warned.",
            "Mr Varga, in Varnholt for talks, warned that the ferries were running out of fuel.",
        ),
        # every word of the caption restated, two names and a past tense, the lead opening
        # on a name and its verb
        (
            "Ilsa Drevnik and her crew stocked up on fuel before the storm",
            "Orsk Ferries expects the crossings to stay closed until the end of the month.",
            "Like many, Ilsa Drevnik and her crew stocked up on fuel before the storm.",
        ),
    ],
)
def test_a_caption_the_story_restates_is_a_caption(caption, lead, restating):
    text = f"{caption} {lead}\n\n{NEXT}\n\n{restating}"
    _set_apart_once(text, f"{lead}\n\n{NEXT}\n\n{restating}", caption)


def test_a_caption_further_down_restating_an_earlier_sentence_is_a_caption():
    # a page that runs no other caption into its text, a lead opening on a name and its verb
    caption = "The photos have now been removed from the harbour website"
    lead = "Port Varn has opened an inquiry into a group of its pilots who posed with the wreck."
    restating = "A spokesman said the photos have now been removed from the harbour website."
    text = f"{STORY}\n\n{restating}\n\n{caption} {lead}\n\n{NEXT}"
    _set_apart_once(text, f"{STORY}\n\n{restating}\n\n{lead}\n\n{NEXT}", caption)


@pytest.mark.parametrize(
    ("sentence", "restating"),
    [
        # a wire sentence's attribution, restated where the next sentence opens on it
        (
            "Harbour spokesman Kel Varga said Orsk had missed the deadline for the repairs.",
            "The quay would stay closed until the spring, harbour spokesman Kel Varga said.",
        ),
        # a date going on the sentence
        (
            "Officials said the ferries were running out of fuel Tuesday and asked Varnholt "
            "for help.",
            "By Monday the crews knew that the ferries were running out of fuel.",
        ),
        # a headline restating no more than twice the words it does not ("This age of storms")
        (
            "This age of storms is no time for sailors to make enemies Crews need to be less "
            "fussy about working with the harbour council.",
            "A season of gales like this one is no time for sailors to make enemies.",
        ),
        # a digest's page numbers after a brief's headline
        (
            "Orsk Gazette Ferries stranded for a third night at the quay of Port Varn P4,12 "
            "Council approves the new bridge over the river.",
            "P2 Ferries stranded for a third night at the quay of Port Varn.",
        ),
        # too few words told again
        (
            "Crews said the harbour wall had been closed Orsk needs the quay to reopen soon.",
            "The harbour wall had been closed.",
        ),
        # the same words run on without a stop elsewhere: no sentence of the story ends on them
        (
            "Ferries waited at the quay for a second night Orsk crews came to help them.",
            "Ferries waited at the quay for a second night Varnholt could not send its tugs.",
        ),
    ],
)
def test_a_sentence_the_story_does_not_restate_as_a_caption_stays(sentence, restating):
    text = f"{STORY}\n\n{sentence}\n\n{NEXT}\n\n{restating}"
    found = set_apart(text)
    assert found.text.strip() == text
    assert found.labels() == []


def test_words_in_the_first_person_restated_are_no_caption():
    # a pull quote: the quotation steps' to read (they take this one as a box), not this step's
    paragraph = (
        "Now we have not been able to reach the harbour at all Kel Varga of the Orsk Red Cross "
        "spoke to reporters in Varnholt on the quay."
    )
    restating = "Since the storm we have not been able to reach the harbour at all."
    assert restated_caption(paragraph, 0, sentence_endings([paragraph, restating])[0]) is None
    third_person = paragraph.replace("Now we have", "Crews have")
    end = len("Crews have not been able to reach the harbour at all")
    assert restated_caption(third_person, 0, sentence_endings([third_person, restating])[0]) == end


def test_a_standfirst_sentence_opening_on_a_joiner_is_no_caption():
    # the other caption steps may read it by the lead's grammar; the story's restating does not
    paragraph = (
        "But it is learning to live with the winter storms Orsk ferries have sailed through "
        "worse than this in the past."
    )
    restating = "Varnholt is not growing much, but it is learning to live with the winter storms."
    assert restated_caption(paragraph, 0, sentence_endings([paragraph, restating])[0]) is None
    plain = paragraph.replace("But it is", "The harbour is")
    end = len("The harbour is learning to live with the winter storms")
    assert restated_caption(plain, 0, sentence_endings([plain, restating])[0]) == end


def test_the_words_restated_in_the_same_paragraph_tell_nothing():
    paragraph = (
        "Crews said the ferries were running out of fuel Orsk is preparing for a long winter "
        "as the ferries were running out of fuel."
    )
    assert restated_caption(paragraph, 0, sentence_endings([paragraph])[0]) is None


def test_a_sentence_ending_is_keyed_by_its_last_words_in_lower_case():
    closing = "Kel Varga said. The Ferries Were Running Out Of Fuel."
    endings, candidates = sentence_endings(
        [closing, "Crews say the ferries were running out of fuel Orsk"]
    )
    assert endings[("ferries", "were", "running", "out", "of", "fuel")] == [
        (0, "The Ferries Were Running Out Of Fuel")
    ]
    # the paragraph where the same words run on into a capitalised word
    assert candidates == {1}
