"""Page heads of flattened news-agency pages after the repeated headline (a photo credit, a
section label, a time stamp, a topic link with its counters) and a photo caption whose credit
is glued to it: invented text in the shapes the corpus's pages print."""

import pytest

from text.clean import clean
from text.clutter import set_apart

LEAD = "The harbour guard rescued 23 people from the ice on Friday, the port office said."
HEADLINE = "Harbour Guard Rescues 23 People as Ice Closes Orsk Quay"


def _once_and_again(text: str) -> str:
    once = set_apart(clean(text)).text
    assert set_apart(clean(once)).text == once
    return once


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
    assert _once_and_again(f"{HEADLINE} {head} {LEAD}") == found.text


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
        "People inspect the damage after a crane fell on the quay of Orsk August 3 2031"
        "(Reuters Photo)",
    ],
)
def test_a_photo_caption_with_initials_or_a_glued_credit_is_set_apart(caption):
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
    assert sentence in _once_and_again(text)
