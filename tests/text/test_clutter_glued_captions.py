"""Photo captions run into the sentence after them with nothing to close them, as flattened BBC
pages print them: further down the story (text/clutter_glued_caption.py) and between a headline
and a lead that opens with a name (text/clutter_lead_caption.py). Tried on invented text: every
name, place and headline below is made up, so a caption is found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        (
            "Kel Varga was rescued from the rubble after being trapped for two days",
            "Mr Marrow said 2,000 tents were on their way to the port.",
        ),
        (
            "Orsk has been repeatedly shelled by government forces",
            "The Vornland Red Crescent has been delivering food to the town since Monday.",
        ),
        (
            "Fans of the singer hold signs outside the Orsk courthouse",
            "Dr Marrow told the court how the tour had been planned.",
        ),
    ],
)
def test_a_caption_run_into_a_later_paragraph_of_one_sentence_is_a_caption(caption, sentence):
    text = f"{STORY}\n\n{caption} {sentence}\n\n{NEXT}"
    set_apart_as(text, f"{STORY}\n\n{sentence}\n\n{NEXT}", ["caption"])


def test_a_caption_with_an_auxiliary_run_into_the_first_paragraph_is_a_caption():
    caption = "Vessels on the surface are ready to resume collecting oil"
    lead = "The Orsk Harbour Board has said the spill may be larger than first thought."
    set_apart_as(f"{caption} {lead}\n\n{NEXT}", f"{lead}\n\n{NEXT}", ["caption"])


def test_a_caption_after_a_headline_before_a_lead_opening_with_its_subject_is_a_caption():
    headline = "Orsk earthquake: Day by day"
    caption = "Kel Varga was pulled from the ruins of a hotel after 11 days"
    lead = "Estimates of the numbers killed in the Orsk earthquake range from 100 to 200."
    found = set_apart(f"{headline} {caption} {lead}\n\n{NEXT}")
    assert found.text == f"{headline} {lead}\n\n{NEXT}"
    assert found.labels() == ["caption"]


def test_a_caption_ending_on_a_noun_the_text_uses_is_a_caption_before_a_named_lead():
    headline = "Orsk port chief to get immediate pension"
    caption = "Mr Varga has been the public face of the port's response to the storm"
    lead = "Orsk Port chief Kel Varga will get his pension at once."
    after = "Crews were still clearing the quay after the storm."
    found = set_apart(f"{headline} {caption} {lead}\n\n{after}")
    assert found.text == f"{headline} {lead}\n\n{after}"
    assert found.labels() == ["caption"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a clause without "that" after a noun, a question word or a verb of saying or knowing
        "The council has rejected the plan Mr Varga has backed since January last year.",
        "The vote was the first time The Orsk Herald has backed a candidate since 1990.",
        "Polls have shown a majority of voters believe Mr Varga has handled the storm poorly.",
        "The Orsk Herald has learned The Vornland Shipping Company will close its yard.",
        "Lawmakers are still debating how much The Orsk Port Company would have to pay.",
        # a noun phrase that goes on into the name
        "Crews are leaving the new The Orsk terminal has been closed since the storm began.",
        "Aid agencies have flown water into A Vornland relief team has reached the town too.",
        # a name as the subject with no article or title: a clause may go on there
        "Prosecutors want to show Kel Varga was in good health before he died in June.",
        # a role before a name
        "The board has appointed its new chief executive Dr Marrow said on Monday evening.",
    ],
)
def test_a_later_sentence_with_a_name_and_a_verb_inside_stays_whole(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_paragraph_of_two_sentences_is_not_read_for_a_caption():
    paragraph = (
        "Orsk has been repeatedly shelled by government forces The Vornland Red Crescent has "
        "been delivering food to the town. It said so on Monday."
    )
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "first",
    [
        # a headline run into its lead: no auxiliary in it
        "Orsk bosses hold crisis talks The White House meeting was the first since the storm.",
        # a headline's quotation
        "Rescue team 'is unable to afford Orsk mission' The crew are desperate to go to Orsk.",
        # a headline, a caption opening with a name after a name, and the lead: the caption
        # is not told from the headline, and the headline is never taken with it
        "Orsk woman's husband missing in Vornland quake Kel Varga is missing in the Vornland "
        "earthquake A Orsk woman is waiting for news of her husband.",
        # a headline ending on a speech verb, then its lead
        "Orsk adviser tells Vornland TV all new drilling is on hold The Orsk administration has "
        "banned oil drilling.",
    ],
)
def test_a_headline_run_into_its_lead_stays(first):
    text = f"{first}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_lead_whose_subject_opens_with_a_longer_name_loses_no_word_of_it():
    headline = "Orsk port chief to get immediate pension"
    caption = "Mr Varga has been the public face of the port's response to the storm"
    lead = "Orsk Port Authority chief executive Kel Varga will get his pension at once."
    text = f"{headline} {caption} {lead}\n\nCrews were still clearing the quay after the storm."
    assert lead in set_apart(text).text


def test_a_headline_a_name_and_a_verb_and_another_name_and_verb_stay():
    # both boundaries told only by a name and its verb: a lead that goes on
    text = (
        "Vornland premier league club Orskton have dismissed reports saying captain Kel Varga "
        "had rejected a fresh deal with the club.\n\n" + NEXT
    )
    assert set_apart(text).text == text
