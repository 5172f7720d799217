"""A credited caption of two sentences whose first ends the text's first paragraph
(text/clutter_credited_opening.py), on invented text: names and places made up."""

from tests.text.clutter_story import STORY
from text.clutter import set_apart

HEAD = "Orsk ferries halted as the river rises Varnholt closes its quay for a week"
CREDIT = f"Photograph: Kell Press/Reuters {STORY}"
SECOND = "The ferry company will try again to sail on Friday."


def test_the_first_sentence_run_on_from_the_standfirst_goes_with_the_caption():
    opening = "Workers in Varnholt pile sandbags along the quay."
    found = set_apart(f"{HEAD} {opening}\n\n{SECOND}\n\n{CREDIT}")
    assert found.text == f"{HEAD}\n\n{STORY}"
    assert found.clutter[0].label == "caption"
    assert found.clutter[0].text == f"{opening} {SECOND}"


def test_the_first_sentence_alone_on_the_first_line_goes_with_the_caption():
    opening = "Oil-soaked gulls at a shelter near Orsk."
    found = set_apart(f"{opening}\n\n{SECOND}\n\n{CREDIT}")
    assert found.text == STORY
    assert found.clutter[0].text == f"{opening} {SECOND}"


def test_a_preposition_before_a_capital_does_not_open_the_caption():
    opening = "Smoke rises over the water near a controlled burn above Varn's harbour."
    found = set_apart(f"{HEAD} {opening}\n\n{SECOND}\n\n{CREDIT}")
    assert found.text == f"{HEAD}\n\n{STORY}"
    assert found.clutter[0].text == f"{opening} {SECOND}"


def test_a_standfirst_asking_a_question_stays():
    head = f"{HEAD} but can the ferries ever sail again?"
    found = set_apart(f"{head}\n\n{SECOND}\n\n{CREDIT}")
    assert found.text == f"{head}\n\n{STORY}"
    assert found.clutter[0].text == SECOND


def test_a_standfirst_quoting_or_in_the_first_person_stays():
    for standfirst in (
        "Orsk court told the ferry firm 'failed to respond to alarms' at the quay.",
        "We went down to the quay to watch the water rise.",
    ):
        head = f"{HEAD} {standfirst}"
        found = set_apart(f"{head}\n\n{SECOND}\n\n{CREDIT}")
        assert found.text == f"{head}\n\n{STORY}"


def test_a_story_sentence_above_a_caption_further_down_stays():
    story = f"{STORY}\n\n{STORY}\n\nThe mayor said the harbour workers used Varnish boats."
    found = set_apart(f"{story}\n\n{SECOND}\n\n{CREDIT}")
    assert found.text.startswith(story)


def test_a_caption_that_ran_into_its_own_line_takes_nothing_above():
    line = "The ferry company will try again Engineers pile sandbags along the quay."
    opening = "Workers in Varnholt pile sandbags along the quay."
    found = set_apart(f"{HEAD} {opening}\n\n{line}\n\n{CREDIT}")
    assert found.text.startswith(f"{HEAD} {opening}")


def test_the_cleaned_text_cleans_to_itself():
    opening = "Workers in Varnholt pile sandbags along the quay."
    once = set_apart(f"{HEAD} {opening}\n\n{SECOND}\n\n{CREDIT}").text
    assert set_apart(once).text == once


def test_a_caption_alone_on_the_first_line_is_not_cut_inside():
    for first in (
        "April 21: This file photo shows Varn's ferry burning off the southern tip of Orsk.",
        "Aug. 2: The mayor speaks in front of Orsk Gov. Kel Varga at the quay in Varnholt.",
    ):
        found = set_apart(f"{first}\n\n{SECOND}\n\n{CREDIT}")
        assert found.text == f"{first}\n\n{STORY}"


def test_after_a_headline_alone_a_plain_opening_goes_with_the_caption():
    head = "Orsk ends support for ferry expansion as the backlash takes hold"
    opening = "Oil reaches the islands, east of Varnholt."
    found = set_apart(f"{head} {opening}\n\n{SECOND}\n\n{CREDIT}")
    assert found.text == f"{head}\n\n{STORY}"
    assert found.clutter[0].text == f"{opening} {SECOND}"


def test_a_story_paragraph_of_two_sentences_above_a_credit_keeps_its_last():
    found = set_apart(f"{STORY}\n\n{SECOND}\n\n{CREDIT}")
    assert found.text == f"{STORY}\n\n{STORY}"
