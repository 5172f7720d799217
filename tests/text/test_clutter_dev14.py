"""Page heads of flattened news-agency pages after the repeated headline (a photo credit, a
section label, a time stamp, a topic link with its counters, related headlines up to the
headline printed again) and a photo caption naming a group by its initials: invented text in
the shapes the corpus's pages print."""

import pytest

from tests.text.clutter_story import cleaned_once_and_again
from text.clutter import set_apart

LEAD = "The harbour guard rescued 23 people from the ice on Friday, the port office said."
HEADLINE = "Harbour Guard Rescues 23 People as Ice Closes Orsk Quay"


@pytest.mark.parametrize(
    "head",
    [
        "REUTERS Kel Varga Middle East 1730 28.04.2031Get short URL",
        "AFP Ilsa Marrow World 0041 06.04.2031Get short URL 1285",
        "REUTERS Social Media Website Middle East 1924 16.05.2031(updated 1925 16.05.2031) "
        "Get short URL 1211",
        "Sputnik Kel Varga Middle East 1449 09.04.2031Get short URL Topic Battle Against Ice "
        "in Orsk (180) 0 54",
    ],
)
def test_a_page_head_after_the_headline_is_set_apart(head):
    found = set_apart(f"{HEADLINE} {head} {LEAD}")
    assert found.text == f"{HEADLINE}\n\n{LEAD}"
    assert found.date is not None and found.date.endswith(".2031")
    assert cleaned_once_and_again(f"{HEADLINE} {head} {LEAD}") == found.text


def test_the_tail_of_an_update_stamp_and_a_topic_link_are_set_apart():
    found = set_apart(
        f"13.04.2031) Get short URL Topic Reopening of Orsk Harbour (61) 112010 {LEAD}"
    )
    assert found.text == LEAD
    assert {"timestamp", "related"} <= set(found.labels())


@pytest.mark.parametrize(
    "caption",
    [
        "A Vornland Harbour Guard (VHG) boat sails past the quay of Orsk July 1 2031. "
        "(Reuters Photo)",
        "Vornland Harbour Guard (VHG) crews clear the ice at the quay of Orsk (AA Photo)",
    ],
)
def test_a_photo_caption_naming_a_group_by_its_initials_is_set_apart(caption):
    found = set_apart(f"Published August 3 2031 {caption} {LEAD}")
    assert found.text == LEAD


@pytest.mark.parametrize(
    "sentence",
    [
        # a clock and a date in figures inside a sentence, not before a widget or an end
        "The ferry left at 1730 28.04.2031 and reached Port Varn by night, the office said.",
        # "Topic" opening a sentence, with a bracketed figure but no title in capitals
        "Topic of the talks was the harbour (2031) and its ferries, Kel Varga said.",
        # a bracketed photo note that is not an agency's credit
        "Kel Varga (VHG) said the boat would sail on Monday (photo by the port office).",
        # an agency named in a sentence before a time and a date
        "The report came from Reuters on 28.04.2031 at noon, the harbour master said.",
    ],
)
def test_story_text_with_the_same_words_stays(sentence):
    text = f"{LEAD}\n\n{sentence}\n\nThe council will meet again next week."
    assert sentence in set_apart(text).text
    assert sentence in cleaned_once_and_again(text)


def test_related_headlines_up_to_the_headline_printed_again_are_set_apart():
    text = (
        f"{HEADLINE} AFP Print Tweet Views 729 Related Port of Varn Reopens After Storm Ferry "
        f"Pilots Strike in Orsk {HEADLINE} -{LEAD}"
    )
    found = set_apart(text)
    assert found.text == f"{HEADLINE} -{LEAD}"
    assert "Port of Varn" not in found.text and "Views" not in found.text


def test_a_view_counter_opening_the_paragraph_after_a_stamp_is_set_apart():
    headline = "Ice closes Orsk quay harbour guard says"
    found = set_apart(f"{headline} Reuters Friday 17 Nov 2031 Print Tweet Views 1662 {LEAD}")
    assert found.text == f"{headline}\n\n{LEAD}"


def test_a_related_list_without_the_headline_again_stays():
    # no bound for the list: the lead may open anywhere in it, so nothing is taken
    text = f"{HEADLINE} Related Port of Varn Reopens After Storm {LEAD}"
    assert "Port of Varn Reopens After Storm" in set_apart(text).text
