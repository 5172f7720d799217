"""Clutter shapes written from a fifth sample of articles (bench/CLEAN_MARKS.md, dev5) and the
misses of the earlier ones, tried here on invented text: every name, place, outlet and headline
below is made up, so a shape passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY
from text.clutter import set_apart

STANDFIRST = "Shelling killed three people in the besieged town of Verlo on Monday."


@pytest.mark.parametrize(
    "caption",
    [
        # a caption closed by the picture's date
        "A man walks past a damaged clinic in Verlo Vornland May 5 2031.",
        "Smoke rises over the old town of Verlo on May 5 2031 (File photo)",
        # the date printed as a sentence of its own
        "A man walks past a damaged clinic near the border. May 5 2031.",
        # a caption that says it shows a picture
        "A picture taken on May 5 2031 shows the clinic in Verlo.",
    ],
)
def test_a_caption_credited_to_a_site_and_agencies_goes_with_the_credit(caption):
    found = set_apart(f"{STANDFIRST} {caption} (Orsk World and Agencies) {STORY}")
    assert found.text == f"{STANDFIRST} {STORY}"
    assert found.labels() == ["caption"]


def test_a_site_and_agencies_credit_after_a_story_sentence_is_taken_alone():
    sentence = "He added that two more people had died in hospital."
    found = set_apart(f"{STORY} {sentence} (Orsk World and Agencies) {NEXT}")
    assert found.text == f"{STORY} {sentence} {NEXT}"


def test_an_agency_and_date_closing_a_text_without_its_story_is_a_dateline():
    headline = "Strikes kill ten civilians in Verlo Monitor"
    found = set_apart(f"{headline} AFP Sunday 26 Nov 2031")
    assert found.text == headline
    assert found.labels() == ["dateline"]
    assert (found.outlet, found.date) == ("AFP", "Sunday 26 Nov 2031")


@pytest.mark.parametrize(
    "widget", ["12 MoreImage", "12 (Orsk News and Vornpress) MoreImage", "MoreImage"]
)
def test_a_picture_widget_closing_the_text_is_set_apart(widget):
    found = set_apart(f"{STORY} {NEXT} {widget}")
    assert found.text == f"{STORY} {NEXT}"
