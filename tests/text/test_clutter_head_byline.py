"""What stands between a page's headline and its lead: the writers' names alone as a sentence
(text/clutter_head_byline.py), and a page's section path with its date and clock in figures
(text/clutter.txt): invented text in the shapes the corpus's FA-KES pages print."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again
from text.clutter import set_apart

HEADLINE = "Ferries stranded at Orsk quay as the river rises."


@pytest.mark.parametrize(
    "names",
    ["Kel Varga.", "Kel Varga Ilsa Drevnik.", "Tarn Vellis and Ilsa Drevnik.", "Idris al-Harveld."],
)
def test_names_alone_between_the_headline_and_the_lead_are_a_byline(names):
    text = f"August 21 2031 {HEADLINE} {names} {STORY}"
    found = set_apart(text)
    assert found.text == f"{HEADLINE} {STORY}"
    assert found.labels() == ["timestamp", "byline"]
    assert found.author == names.rstrip(".")
    assert cleaned_once_and_again(text) == found.text


def test_a_byline_found_before_stays_the_author():
    text = f"By Tarn Vellis\n\n{HEADLINE} Kel Varga Ilsa Drevnik. {STORY}"
    found = set_apart(text)
    assert found.text == f"{HEADLINE} {STORY}"
    assert found.labels() == ["byline", "byline"]
    assert found.author == "Tarn Vellis"


@pytest.mark.parametrize(
    "text",
    [
        # everyday words are no one's name
        f"{HEADLINE} Breaking News. {STORY}",
        # names further on are the story's own short sentence
        f"{HEADLINE} {STORY} Kel Varga. {NEXT}",
        # an initial's stop ends no headline
        f"Gen. Kel Varga Ilsa Drevnik. {STORY}",
        # a sentence in title case ending on an everyday word, or holding a function word
        f"{HEADLINE} Kel Varga Went Home. {STORY}",
        f"{HEADLINE} Kel Varga of Orsk. {STORY}",
        # the headline on a line of its own: the names would be a subheading
        f"{HEADLINE}\n\nKel Varga Ilsa Drevnik. {STORY}",
        # no story after the names
        f"{HEADLINE} Kel Varga Ilsa Drevnik.",
    ],
)
def test_other_short_sentences_after_the_first_stay(text):
    assert set_apart(text).text == text


def test_a_section_path_and_a_stamp_in_figures_between_headline_and_lead_are_set_apart():
    text = f"Ferries Stranded at Orsk Quay Europe Orsk Harbour 07-08-2031 0147 PM {STORY}"
    found = set_apart(text)
    assert found.text == f"Ferries Stranded at Orsk Quay\n\n{STORY}"
    assert sorted(found.labels()) == ["nav", "timestamp"]
    assert [c.text for c in found.clutter if c.label == "nav"] == ["Europe Orsk Harbour"]
    assert cleaned_once_and_again(text) == found.text


def test_a_headline_ending_on_a_region_keeps_it():
    text = f"Ferries Stranded in Europe Europe Orsk Harbour 31-08-2031 0742 AM {STORY}"
    found = set_apart(text)
    assert found.text == f"Ferries Stranded in Europe\n\n{STORY}"


def test_a_clock_with_its_colon_in_a_story_stays():
    text = f"{STORY} The ferry left Europe Orsk Harbour 07-08-2031 01:47 PM and sank."
    assert set_apart(text).text == text
