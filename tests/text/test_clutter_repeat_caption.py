"""Words a page prints twice run into the story: a photo caption whose subject the lead after it
names again (text/clutter_repeat_caption.py), and a pull quote restating the story's words with
no quotation opening on them (text/clutter_quotes.py). Tried on invented text: every name,
place and headline below is made up, so each is found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        (
            "Kel Varga is the youngest of the Varga brothers",
            "Kel Varga, a ferry pilot from Orsk, has been admitted to hospital with chest pains.",
        ),
        (
            "Ilsa Marrow has been organising the regatta since the spring",
            "Ilsa Marrow's benefit race for the flood victims raised $2m on Friday.",
        ),
        (
            "Kel Varga was born in Orsk but moved to Vornland as a child",
            "Kel Varga says the pilots of Orsk should sail for the flood victims.",
        ),
        (
            "Ilsa Marrow was terrified she would lose her boat",
            "Ilsa Marrow may be the last pilot still working the harbour of Port Varn.",
        ),
    ],
)
def test_a_caption_opening_the_text_before_a_lead_naming_its_subject_again_is_a_caption(
    caption, lead
):
    set_apart_as(f"{caption} {lead}\n\n{NEXT}", f"{lead}\n\n{NEXT}", ["caption"])


def test_a_caption_after_a_headline_before_a_lead_naming_its_subject_again_is_a_caption():
    headline = "Orsk pilot joins crew for flood regatta"
    caption = "Ilsa Marrow is the latest pilot to be added to the crew"
    lead = "Ilsa Marrow is the latest pilot to join the regatta, its organisers said."
    set_apart_as(
        f"{headline} {caption} {lead}\n\n{NEXT}", f"{headline} {lead}\n\n{NEXT}", ["caption"]
    )


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        (
            "Ilsa Marrow was found when neighbours heard her calling",
            "Ilsa Marrow was pulled, barely alive, from the rubble of a house near the port.",
        ),
    ],
)
def test_a_caption_further_down_before_a_sentence_naming_its_subject_again_is_a_caption(
    caption, sentence
):
    text = f"{STORY}\n\n{caption} {sentence}\n\n{NEXT}"
    set_apart_as(text, f"{STORY}\n\n{sentence}\n\n{NEXT}", ["caption"])


@pytest.mark.parametrize("before", ["", f"{STORY}\n\n"])
def test_a_headline_before_a_lead_naming_its_subject_again_stays(before):
    # a headline holds no auxiliary, here or further down (a digest's brief): "Investment
    # bank" is the lead's, not a caption's
    text = (
        f"{before}Orsk Shipping investigated by the regulator Investment bank Orsk Shipping is "
        "being investigated over its accounts, the regulator said.\n\n"
        "Kel Varga admitted to hospital in Port Varn Kel Varga, a ferry pilot from Orsk, has "
        f"been admitted to hospital with chest pains.\n\n{NEXT}"
    )
    assert set_apart(text).text == text


def test_the_text_left_holds_no_caption_and_lead_again():
    caption = "Kel Varga is the youngest of the Varga brothers"
    lead = "Kel Varga, a ferry pilot from Orsk, has been admitted to hospital with chest pains."
    once = set_apart(f"{caption} {lead}\n\n{NEXT}").text
    assert set_apart(once).text == once


@pytest.mark.parametrize(
    "paragraph",
    [
        # a role and a name before the repeated name: where the lead opens is not told
        "Kel Varga and Ilsa Marrow were killed in a shelter in Port Varn Orsk Gazette reporter "
        "Kel Varga, a Vornland citizen, and the photographer Ilsa Marrow died on Sunday.",
        # a sentence that names one person twice, by a comparison or a relative clause
        "Kel Varga was the pilot who trained Kel Varga's crew for the regatta in Port Varn.",
        "Kel Varga is now a faster sailor than Kel Varga's brother was at the same age in Orsk.",
        # the name again as an object, before no verb
        "Kel Varga has been unable to beat Kel Varga at the regatta in Port Varn since 2010.",
        # an appositive after the first name: no caption opens on it
        "Kel Varga, a ferry pilot, was admitted to hospital on Monday, and Kel Varga's brother "
        "visited him there.",
    ],
)
def test_a_sentence_naming_one_person_twice_stays_whole(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text
    assert set_apart(f"{paragraph}\n\n{NEXT}").text == f"{paragraph}\n\n{NEXT}"


def test_a_lead_that_opens_on_a_place_after_a_headline_stays():
    text = (
        "Orsk ferries resume In Port Varn, Kel Varga has been clearing the quay since the "
        f"storm and Kel Varga says the ferries will sail on Monday.\n\n{NEXT}"
    )
    assert set_apart(text).text == text


# ----------------------------------------------------------------------------- restated boxes
# A pull quote whose words the story prints again without a quotation opening on them
# (text/clutter_quotes.py, _strip_restated).

RESTATED = "Any pay sent to this address would end up in the pockets of a fraudster"


@pytest.mark.parametrize(
    "copy",
    [
        # inside a quotation that opens earlier in its sentence
        f'"The address is not ours, and {RESTATED[0].lower()}{RESTATED[1:]}," Kel Varga said.',
        # the story's own sentence, going on after a comma
        f"{RESTATED}, the harbour police warned on Monday.",
    ],
)
def test_a_box_restating_a_sentence_elsewhere_without_marks_is_set_apart(copy):
    box = f"{RESTATED} Would-be donors have found some suspicious websites in Orsk."
    text = f"{STORY}\n\n{box}\n\n{copy}\n\n{NEXT}"
    kept = f"{STORY}\n\nWould-be donors have found some suspicious websites in Orsk.\n\n{copy}"
    set_apart_as(text, f"{kept}\n\n{NEXT}", ["caption"])
    once = set_apart(text).text
    assert set_apart(once).text == once


@pytest.mark.parametrize(
    ("paragraph", "copy"),
    [
        # the copy goes on where the run stops: the same sentence printed twice
        (
            f"{RESTATED} Kel Varga said on Monday in Port Varn.",
            f"{RESTATED} Kel Varga said on Monday in Port Varn.",
        ),
        # the copy is in other case: a heading's capitals, a list run together
        (
            "Any Pay Sent To This Address Would End Up With A Fraudster Would-be donors "
            "have found some suspicious websites.",
            "any pay sent to this address would end up with a fraudster, the police said.",
        ),
        (
            "A bolt from the blue Once in a blue moon Until you are blue in the face.",
            "Her costume is always a bolt from the blue, once in a blue moon.",
        ),
        # the copy's clause goes on: the run's words open a longer sentence there
        (
            f"{RESTATED} Would-be donors have found some suspicious websites.",
            f"{RESTATED} who answers the email.",
        ),
    ],
)
def test_words_printed_again_where_the_sentence_goes_on_stay(paragraph, copy):
    text = f"{STORY}\n\n{paragraph}\n\n{copy}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_digest_items_headline_printed_again_in_its_list_stays():
    headline = "Orsk pilot launches a lawsuit against the harbour board of Port Varn"
    text = (
        f"{STORY}\n\n{headline} Kel Varga, who worked on the ferries, says his phone was "
        f"hacked.\n\nToday's headlines\n\nP2 {headline}.\n\n{NEXT}"
    )
    assert set_apart(text).text == text


def test_a_box_opening_the_text_stays():
    # a headline is printed again in a list of links at the end: the text's first paragraph
    # is no box
    headline = "Orsk pilot launches a lawsuit against the harbour board of Port Varn"
    text = (
        f"{headline} Kel Varga, who worked on the ferries, says his phone was hacked.\n\n"
        f"{NEXT}\n\nMore from Orsk: {headline}."
    )
    assert set_apart(text).text == text
