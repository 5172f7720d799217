"""A caption in the present tense right before its picture's credit in brackets, taken with the
credit ([lead caption] and [inline caption] CREDITEDCAPTION of text/clutter.txt), and a file
or archive picture's credit alone. Every name, place, outlet and headline below is made up, so
a shape passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

STANDFIRST = "Shelling killed three people in the besieged town of Verlo on Monday."


def test_a_present_tense_caption_after_the_standfirst_goes_with_its_agency_credit():
    # the agency is not read as a dateline; the standfirst and the story part, as they do at
    # a dateline
    caption = (
        "Men and rescuers look for survivors after an air strike on a clinic in Verlo Vornland "
        "May 5 2031. (Reuters)"
    )
    found = set_apart(f"{STANDFIRST} {caption} {STORY}")
    assert found.text == f"{STANDFIRST}\n\n{STORY}"
    assert found.labels() == ["caption"] and found.outlet is None


@pytest.mark.parametrize(
    "caption",
    [
        # a verb of CAPTIONVERB, the date inside
        "Traders walk past an empty market in Verlo on May 5 2031 after the regime closed the "
        "coast road.",
        # without a date
        "People who were evacuated from two villages wait near buses at the Verlo crossing.",
    ],
)
def test_a_present_tense_caption_goes_with_a_site_and_agencies_credit(caption):
    set_apart_as(
        f"{STANDFIRST} {caption} (Orsk World and Agencies) {STORY}",
        f"{STANDFIRST} {STORY}",
        ["caption"],
    )


@pytest.mark.parametrize(
    "caption",
    [
        # the credit doubled
        "Fighters of the Verlo Front (VF) take a position inside a building on the eastern "
        "edge of Varnholt on May 5 2031. (AFP) (AFP)",
        # no stop before the credit
        "A checkpoint that belonged to the harbour guard is seen on a road that connects Verlo "
        "to Varnholt May 5 2031 (Reuters)",
    ],
)
def test_a_caption_opening_the_text_on_the_picture_s_date_goes_with_its_credit(caption):
    set_apart_as(f"{caption} {STORY}", STORY, ["caption"])


def test_a_caption_further_down_goes_with_its_credit():
    caption = "People salvage goods from an aid convoy that was damaged in Verlo."
    set_apart_as(
        f"{STORY}\n\n{NEXT}\n\n{STORY} {caption} (Orsk World and Agencies) {NEXT}",
        f"{STORY}\n\n{NEXT}\n\n{STORY} {NEXT}",
        ["caption"],
    )


@pytest.mark.parametrize("credit", ["(AP Archive)", "(File photo)"])
def test_a_file_or_archive_credit_after_a_sentence_is_taken_alone(credit):
    set_apart_as(f"{STANDFIRST} {credit} {STORY}", f"{STANDFIRST} {STORY}", ["caption"])


@pytest.mark.parametrize(
    "sentence",
    [
        # told in a past or perfect tense: the page lost its caption
        "He added that two more people had died after they were taken to hospital.",
        "The group has been fighting alongside other factions in the offensive on Verlo.",
        # a present tense no picture's people are told in
        "Up to 30000 people are still believed to be trapped in the old town of Verlo.",
        "The Verlo Guard operates in the parts of the valley where strikes have intensified.",
        # a caption's verb as a noun
        "The wait at the Verlo crossing has grown longer since the road was cut.",
        # in a quotation
        '"They look for survivors every night in the old town" the rescuers said.',
    ],
)
def test_a_story_sentence_before_a_credit_stays(sentence):
    found = set_apart(f"{STORY} {sentence} (Orsk World and Agencies) {NEXT}")
    assert sentence in found.text
    assert "Agencies" not in found.text


def test_a_present_tense_standfirst_opening_the_text_stays():
    # a standfirst told in a headline's present tense, with no picture's date: the credit
    # after it goes alone
    standfirst = (
        "Rescuers look for survivors in the rubble as the toll in the town of Verlo climbs."
    )
    found = set_apart(f"{standfirst} (Orsk World and Agencies) {STORY}")
    assert found.text == f"{standfirst} {STORY}"


def test_an_agency_s_initials_after_its_name_stay():
    # "(AFP)" spelling out a name, not crediting a picture: no present tense before it
    text = (
        f"{STORY} The operation involved the Vornland Federal Police (AFP) and the harbour "
        "guard. Seventeen people were arrested."
    )
    assert set_apart(text).text == text


def test_the_caption_s_text_cleans_to_itself():
    caption = (
        "Men and rescuers look for survivors after an air strike on a clinic in Verlo "
        "Vornland May 5 2031. (Reuters)"
    )
    assert cleaned_once_and_again(f"{STANDFIRST} {caption} {STORY}") == (f"{STANDFIRST}\n\n{STORY}")
