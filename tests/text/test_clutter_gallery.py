"""A gallery's captions atop a page, each led by its picture's day and a colon, its credit run
into the next caption's lead ("<day>: <caption>.{NL}{NL}AP <day>: <caption>."); tried here on
invented text: every name, place and date below is made up, so a shape passes only by its
structure."""

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

FIRST = "Saturday: The ketch Orla, owned by harbour master Kel Varga, sails past Orsk Point."
SECOND = "June 17: Ilsa Marrow speaks during a council hearing on the flood, in Varnholt."


def test_a_credit_run_into_the_next_caption_s_day_credits_the_caption_above_it():
    text = f"{FIRST}\n\nAP {SECOND}\n\nAP VARNHOLT -- {STORY}\n\n{NEXT}"
    found = set_apart(text)
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels().count("caption") == 2
    assert FIRST in [c.text for c in found.clutter]  # the caption whole, led by its weekday
    assert cleaned_once_and_again(text) == found.text


def test_a_credit_of_an_agency_s_source_ends_with_it():
    first = "Apr. 21: Fire boats battle the blazing remnants of the Orsk ferry terminal."
    second = "June 30: Oily waves come ashore at Varnholt beach."
    text = f"{first}\n\nCoast Guard via AP {second}\n\nAP VARNHOLT -- {STORY}"
    found = set_apart(text)
    assert found.text == STORY
    assert "Coast Guard via AP" in [c.text for c in found.clutter]


def test_a_credit_in_brackets_or_of_two_agencies_runs_into_the_next_lead():
    first = "May 4: Workers put the finishing touches on the dome in Port Varn."
    second = "May 5: A dead gull lies in the surf at Orsk."
    # (a bare "(AP)" opening a paragraph is a credit already, whatever follows it)
    for credit in ("AFP/Getty Images", "Reuters", "NOAA, via AP"):
        text = f"{first}\n\n{credit} {second}\n\nAP {STORY}"
        assert set_apart(text).text == STORY, credit


def test_a_caption_led_by_its_day_is_taken_whole_above_a_credit():
    # the first caption of the page's gallery, credited by the agency run into the story:
    # the caption's lower-case word run into a name ("ketch | Orla") is no place to cut it
    text = f"{FIRST}\n\nAP {STORY}"
    found = set_apart(text)
    assert found.text == STORY
    assert [c.text for c in found.clutter] == [FIRST, "AP"]


# ----------------------------------------------------------------------------- near-misses


def test_a_day_heading_with_no_credit_after_it_stays():
    # a live blog's day heading and a timeline's entries are led by a day and a colon too
    text = f"Saturday: talks resume\n\n{STORY}\n\n{NEXT}"
    assert set_apart(text).text == text
    timeline = (
        "May 24: Kel Varga returns to Orsk.\n\nJune 22: Varga pulls out of the run-off.\n\n"
        "July 21: Varga and Marrow agree to talks."
    )
    assert set_apart(timeline).text == timeline


def test_an_agency_before_a_day_inside_a_story_sentence_stays():
    text = f"{STORY}\n\nThe AP June 17: report said the quay was safe.\n\n{NEXT}"
    assert set_apart(text).text == text
    text = f"{STORY} Ferries waited while AP Monday: Marrow said the quay was safe.\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_story_sentence_in_the_present_tense_above_a_credit_keeps_its_headline_cut():
    # with no day leading it, the credited paragraph's caption is still its last piece
    text = f"Orsk flood latest A man walks past the flooded quay in Varnholt.\n\nAP {STORY}"
    found = set_apart(text)
    assert found.text.startswith("Orsk flood latest")
    assert STORY in found.text


def test_a_source_s_credit_via_an_agency_run_into_the_story_ends_the_caption():
    text = f"{SECOND}\n\nOrsk Council, via AP In the meantime, the water kept rising.\n\n{NEXT}"
    kept = f"In the meantime, the water kept rising.\n\n{NEXT}"
    set_apart_as(text, kept, ["caption", "credit"])
    assert cleaned_once_and_again(text) == kept


def test_a_sentence_naming_what_came_via_an_agency_stays():
    text = f"{STORY}\n\nFootage via AP Television showed the quay under water.\n\n{NEXT}"
    assert set_apart(text).text == text
