"""A news agency's page furniture around its story: the short-link widget over the story with
all its share counters (a zero before the count), the same counters closing the page, and the
call to join the agency's messaging channel glued to the story's last sentence. Invented text
in the shapes of the corpus's flattened pages: every name, place and figure is made up."""

import pytest

from tests.text.clutter_story import cleaned_once_and_again
from text.clutter import set_apart

LEAD = "The harbour guard rescued 23 people from the ice on Friday, the port office said."
LAST = "The ferries of Orsk will sail again once the quay is cleared of the ice."
CALL = "Never miss a story again sign up to our Telegram channel and well keep you up to speed!"
STAMP = "19.04.2031(updated 1041 19.04.2031)"
# a lead whose clause no caption step reads as a caption's: what the widget leaves is the
# widget's step's alone
WIRE_LEAD = (
    "The Vornish-led Harbour Defence Forces have managed to reach the quay of Orsk since Monday "
    "local media reported Wednesday."
)


@pytest.mark.parametrize("counters", ["4016", "0 73", "0 0 0"])
def test_the_short_link_widget_goes_with_all_its_counters(counters):
    text = f"{STAMP} Get short URL {counters} {WIRE_LEAD}\n\n{LAST}"
    found = set_apart(text)
    assert found.text == f"{WIRE_LEAD}\n\n{LAST}"
    assert found.labels() == ["timestamp", "other"]
    assert cleaned_once_and_again(text) == found.text


@pytest.mark.parametrize(
    ("counters", "opening"),
    [
        ("0 85", "12 ferries were stranded at the quay of Orsk on Friday, the port office said."),
        ("4016", "73 people were rescued from the ice on Friday, the port office said."),
    ],
)
def test_a_number_opening_the_story_after_the_counters_stays(counters, opening):
    found = set_apart(f"{STAMP} Get short URL {counters} {opening}\n\n{LAST}")
    assert found.text == f"{opening}\n\n{LAST}"


@pytest.mark.parametrize(
    "sentence",
    [
        # a story's sentence opening on numbers, with no widget before it
        "0 73 people were hurt, the port office said.",
        "73 people were killed when the ferry sank off Orsk on Friday.",
    ],
)
def test_numbers_opening_a_story_sentence_stay(sentence):
    text = f"{LEAD}\n\n{sentence}\n\n{LAST}"
    assert set_apart(text).text == text


def test_the_counters_closing_the_page_go():
    text = f"{LEAD}\n\n{LAST} ... 0 0"
    assert set_apart(text).text == f"{LEAD}\n\n{LAST} ..."


@pytest.mark.parametrize("after", ["", " ...", " ... 963 Tags ferries Orsk harbour ice"])
def test_the_channel_call_glued_to_the_last_sentence_is_newsletter(after):
    text = f"{LEAD}\n\n{LAST} {CALL}{after}"
    found = set_apart(text)
    assert found.text == f"{LEAD}\n\n{LAST}"
    assert "newsletter" in found.labels()
    assert cleaned_once_and_again(text) == found.text


@pytest.mark.parametrize(
    "sentence",
    [
        # the story's own sentence about a channel of the messaging service
        "The group said on its Telegram channel that it would never miss a chance to strike.",
        "Never miss a story about the ferries, Kel Varga told the reporters of Orsk.",
    ],
)
def test_a_story_s_sentence_about_a_channel_stays(sentence):
    text = f"{LEAD}\n\n{LAST} {sentence}"
    assert set_apart(text).text == text


def test_the_channel_call_inside_the_story_stays():
    # not the text's last sentence: the story goes on after it
    text = f"{LEAD} {CALL} {LAST}"
    assert set_apart(text).text == text
