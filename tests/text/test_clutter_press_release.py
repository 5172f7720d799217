"""A press release as a news site carried it: the site's note after the release's headline that
the content is not its own, and the release's source line with the press contacts closing it.
The note and the word SOURCE are the site's and the wire's fixed words; the releases around them
are invented, every company, name, place and number made up."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

HEADLINE = "Orsk Diagnostics Test Found the Ferry Virus First ..."
NOTE = "* Reuters is not responsible for the content in this press release."
CONTACTS = "Kel Varga, Orsk Diagnostics, +1 -555 -010 -2522, press@orsk.example"
ADVERTS = "An ultra-low latency infrastructure for electronic trading and data distribution"

# ----------------------------------------------------------------------------- the site's note


def test_the_site_s_note_run_after_the_headline_is_set_apart():
    set_apart_as(
        f"{HEADLINE} {NOTE}\n\n{STORY}\n\n{NEXT}", f"{HEADLINE}\n\n{STORY}\n\n{NEXT}", ["other"]
    )


def test_the_note_opening_the_text_is_set_apart():
    set_apart_as(f"{NOTE}\n\n{STORY}\n\n{NEXT}", f"{STORY}\n\n{NEXT}", ["other"])


@pytest.mark.parametrize(
    "paragraph",
    [
        # a company's own words on a release, not a site's note before it
        "The ferry company said it is not responsible for the content in this press release.",
        # a story telling of such a note
        "The council said Reuters was not responsible for the content in this press release.",
        "Its lawyers argued the ferry company is not responsible for the content of the leaflet.",
    ],
)
def test_notes_that_are_not_a_site_s_note_on_a_release_stay(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text


# ----------------------------------------------------------------------------- the source line


@pytest.mark.parametrize(
    "closing",
    [
        # on a line of its own, the contacts and the site's footer after it
        f"SOURCE Orsk Diagnostics, Inc.\n\n{CONTACTS}\n\n{ADVERTS}",
        f"SOURCE Orsk Diagnostics, LLC.\n\nOrsk Diagnostics, LLC.\n\n{CONTACTS}",
        # the contact run on after the company
        "SOURCE Varnholt Detox and Wellness Institute Kel Varga, MD, Medical Director, +1 -555 "
        "-010 -2770",
        # alone, the page ending there
        "SOURCE Orsk Diagnostics, Inc..",
    ],
)
def test_the_release_s_source_line_and_what_follows_it_are_set_apart(closing):
    found = set_apart(f"{STORY}\n\n{NEXT}\n\n{closing}")
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels()[0] == "byline"


def test_the_source_line_run_on_after_the_release_s_web_address_is_set_apart():
    last = "For more information, visit www.orsk.com"
    set_apart_as(
        f"{STORY}\n\n{NEXT}\n\n{last} SOURCE Orsk Diagnostics, Inc..",
        f"{STORY}\n\n{NEXT}\n\n{last}",
        ["byline"],
    )


def test_the_source_line_run_on_after_the_release_s_last_sentence_is_set_apart():
    set_apart_as(
        f"{STORY}\n\n{NEXT} SOURCE Orsk Diagnostics, Inc.", f"{STORY}\n\n{NEXT}", ["byline"]
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # run on after a word: a blog quoting the release it read, its own note after it
        "I look forward to seeing all of you this summer. Kel SOURCE Orsk Bold sections are my "
        "emphasis.",
        # the word in capitals before a word in capitals: a headline in capitals
        "SOURCE OF THE RIVER FOUND",
        # the word in lower case in a sentence
        "The source Orsk Radio named was a harbour pilot.",
        # a table's or a chart's source line in the story, the story going on after it with
        # no press contact
        "SOURCE Orsk Harbour Authority, 2009 figures.\n\nThe ferries will sail again in the "
        "spring, the council said on Monday.",
        "The harbour took 4,000 ships. SOURCE Orsk Harbour Authority, 2009 figures.\n\nThe "
        "ferries will sail again in the spring, the council said on Monday.",
        # the word "contact" in the story's sentence after a chart's source line is no press
        # contact (PRESSCONTACT: "Contact" opening a line or before a colon)
        "SOURCE Orsk Harbour Authority\n\nThe crews lost contact with the ferry on Monday.",
    ],
)
def test_lines_that_are_not_a_release_s_source_line_stay(paragraph):
    text = f"{STORY}\n\n{NEXT}\n\n{paragraph}"
    assert set_apart(text).text == text


def test_a_carried_release_cleans_to_its_headline_and_story():
    text = f"{HEADLINE} {NOTE}\n\n{STORY}\n\n{NEXT}\n\nSOURCE Orsk Diagnostics, Inc.\n\n{CONTACTS}"
    assert cleaned_once_and_again(text) == f"{HEADLINE}\n\n{STORY}\n\n{NEXT}"
