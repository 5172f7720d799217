"""Credit and sources lines closing a story: an agency's credit after the last sentence with one
or two dashes, a sources line run on after the last sentence or in a graphic's capitals, a
video blog's credit to the readers who sent the clips in. Invented text in the shapes the
corpus's pages print; the story sentences that end or open the same way stay."""

import pytest

from tests.text.clutter_story import cleaned_once_and_again
from text.clutter import set_apart

STORY = (
    "The harbour guard rescued 23 people from the ice on Friday, the port office said. "
    "The quay will reopen once the ice has gone."
)


@pytest.mark.parametrize("credit", [" --Reuters", "--AFP", " - REUTERS", " -- AP", " — AFP"])
def test_an_agency_credit_after_the_last_sentence_with_dashes_is_set_apart(credit):
    found = set_apart(f"{STORY}{credit}")
    assert found.text == STORY
    assert "byline" in found.labels()
    assert cleaned_once_and_again(f"{STORY}{credit}") == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "The ice closed the quay for a week -- Reuters reported on Friday.",
        "The ferry was stopped -- Reuters",
        "Kel Varga spoke to the press. -- Reuters reported that he had left Orsk.",
    ],
)
def test_a_story_sentence_naming_an_agency_after_dashes_stays(sentence):
    text = f"{STORY} {sentence}"
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        " Sources: Reuters/www.orsk-harbour.org/varnonline",
        " Sources: Orsk Harbour Board, U.S. Coast Guard",
        "\n\nSource : Orsk Harbour Board; Varn Ferry Company",
        "\n\nSOURCES: Orsk Harbour Board | The Orsk Post - Oct. 20, 2031",
    ],
)
def test_a_sources_line_closing_the_story_is_set_apart(line):
    found = set_apart(f"{STORY}{line}")
    assert found.text == STORY
    assert "byline" in found.labels()


def test_a_graphic_s_sources_line_after_its_description_is_set_apart():
    description = "A map of the ferry routes across Orsk harbour"
    text = (
        f"{description} SOURCE : SOURCES : Orsk Harbour Board, U.S. Coast Guard | "
        "The Orsk Post - May 30, 2031"
    )
    found = set_apart(text)
    assert found.text == description
    assert cleaned_once_and_again(text) == description


@pytest.mark.parametrize(
    "sentence",
    [
        "Sources said the ferry would sail again in May.",
        "Sources: the harbour board would not say when the ferry sails.",
        "Sources: Kel Varga, the harbour master, said the quay was safe. He left.",
        "Sources close to the board said it would meet on Monday",
        "The board named its sources: Orsk Radio and the Varn Courier.",
    ],
)
def test_a_story_sentence_about_sources_stays(sentence):
    text = f"{STORY} {sentence}"
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "credit",
    [
        "Spotters' badges: orsk77, KelV, Varnfan, HarbourMaster.",
        "Spotters Badges:\n\nOrskfan, KelV, varn1983",
        "Spotters's badges: keel44, IlsaM",
    ],
)
def test_a_video_blog_s_readers_credit_closing_it_is_set_apart(credit):
    text = f"{STORY}\n\n6)\n\nThe forgetful goalkeeper.\n\n{credit}"
    found = set_apart(text)
    assert found.text.endswith("The forgetful goalkeeper.")
    assert "badges" not in found.text.lower()


def test_a_sentence_about_badges_stays():
    text = f"{STORY}\n\nThe spotters' badges were handed out by the harbour master on Friday."
    assert set_apart(text).text == text


def test_a_readers_credit_before_more_of_the_blog_is_set_apart_and_the_blog_stays():
    more = "And finally, the best bits from today's paper: a ferry in the ice."
    text = f"{STORY}\n\nSpotters' badges: orsk77, KelV, Varnfan.\n\n{more}"
    found = set_apart(text)
    assert found.text == f"{STORY}\n\n{more}"
    assert cleaned_once_and_again(text) == found.text


def test_a_readers_credit_run_into_the_blog_s_next_heading_stays_whole():
    text = (
        f"{STORY}\n\nSpotters' badges: orsk77, KelV And finally, the best bits from today's "
        "paper ... 1)\n\nA ferry in the ice."
    )
    assert "And finally, the best bits" in set_apart(text).text
