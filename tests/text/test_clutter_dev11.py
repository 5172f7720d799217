"""Clutter shapes written from an eleventh sample of articles (bench/CLEAN_MARKS.md, dev11): the
notes that close a piece (its writer, the details of the work it is about, a correction), tried
here on invented text: every name, place, title and number below is made up, so a shape passes
only by its structure."""

import pytest

from tests.text.clutter_story import STORY, set_apart_as
from text.clean import clean
from text.clutter import set_apart

# ----------------------------------------------------------------------------- the writer


@pytest.mark.parametrize(
    "note",
    [
        # the bullet alone on the line above the note, two writers
        "•\n\nKel Varga is senior fellow and director, and Ilsa Marrow is non - resident "
        "senior fellow, Orsk Growth Initiative, the Varnholt Institution",
        # a role the note opens with, the writer's address on the line after it
        "· Ilsa Marrow is professor of accounting at the University of Orsk.\n\n"
        "ilsa.marrow@orsk.example",
        # two writers' notes on lines of their own after the bullet
        "•\n\nTarn Vellis is executive coordinator at Orsk Watch.\n\n"
        "Kel Varga is director of projects at Varnholt Aid.",
    ],
)
def test_a_writers_note_after_a_bullet_closing_the_text_is_a_byline(note):
    set_apart_as(f"{STORY}\n\n{note}", STORY, ["byline"])


# ----------------------------------------------------------------------------- the work


@pytest.mark.parametrize(
    "details",
    [
        "· Harbour Lights is released on June 10 on Vornsound.",
        "•\n\nAt the Orsk Playhouse, London, until 16 May. Box office: 020 - 7229 0706.",
        "· Quayside is at the Orsk Arts Centre, Varnholt (0161 - 907 5555), tomorrow, then tours.",
        "•\n\nThe Varnholt film festival opens on 11 February and runs until 21 February.",
        "•\n\nKel Varga's travel and accommodation were paid for by the Orsk Energy prize.",
        "· The Orsk Herald is the media partner of Riverfest 2031.",
        "• Tides by Ilsa Marrow is published by Kestrel (£14.99).\n\nTo order a copy for £12.74 "
        "go to shop.orsk.example or call 0330 333 6846.\n\nFree p&p over £10, online orders only.",
        "•\n\nUntil 4 July.\n\nBox office: 020 - 7478 0100.",
        "• Quayside will air on Orsk One from 7.30pm on Sunday 27 August.",
        "• Tides is out now on Vornsound.",
    ],
)
def test_the_details_of_the_work_after_a_bullet_closing_the_text_are_other(details):
    set_apart_as(f"{STORY}\n\n{details}", STORY, ["other"])


def test_a_films_festival_and_release_dates_closing_the_text_are_other():
    dates = (
        "The Harbour opens the Orsk film festival on October 19.\n\n"
        "It goes on general release on November 11."
    )
    set_apart_as(f"{STORY}\n\n{dates}", STORY, ["other"])


@pytest.mark.parametrize(
    "last",
    [
        # a digest's last news item, bulleted, told in the past
        "· Three ferries sank off Orsk on Monday, the coastguard said.",
        "· At least 12 people died in Orsk on Monday, officials said.",
        # a writer named in a bulleted item that tells news, not who the writer is
        "· Kel Varga said the bridge would reopen within a week.",
        # a news story's last sentence on a release or an opening: the story's
        "The full report is released on Tuesday.",
        "The trial opens in Varnholt on 3 May.",
        "The new ferry goes on sale on Friday.",
    ],
)
def test_a_closing_sentence_that_tells_news_stays(last):
    text = f"{STORY}\n\n{last}"
    assert set_apart(text).text == text


# ----------------------------------------------------------------------------- corrections


@pytest.mark.parametrize(
    "notice",
    [
        "•\n\nThis column was amended on 21 July 2031.\n\n"
        "The original omitted the date of the first item.",
        "This piece was corrected for a factual error at the request of the author.",
        "- This blogpost was amended on 17 September 2031.\n\nKel Varga had been misspelled.",
        "The caption was amended at 2.15pm\n\n(GMT; 10.15am EST) on 24 March 2031.",
        "The headline and standfirst on this article was changed at 18:58 on 17 March 2031.",
        "On 14 November 2031 the standfirst of this article was amended.",
        "•\n\nAn earlier version of this article mistakenly identified Orsk Ferries as the owner.",
        "•\n\nThis footnote was added on 8 August 2031.",
        '(This story was corrected to fix the final quote to "Tides")',
    ],
)
def test_a_correction_notice_closing_the_text_is_other(notice):
    found = set_apart(f"{STORY}\n\n{notice}")
    assert found.text == STORY
    assert set(found.labels()) <= {"other", "share"}  # a bullet left alone goes as well


@pytest.mark.parametrize(
    "last",
    [
        # a law or a text that was amended, in the story
        "The constitution was amended on 12 May 2031 to allow a third term.",
        "The headline was changed after complaints from readers, the editor said.",
        "An earlier version of the bill said the bridge would close.",
    ],
)
def test_a_story_sentence_on_an_amendment_stays(last):
    text = f"{STORY}\n\n{last}"
    assert set_apart(text).text == text


# ----------------------------------------------------------------------------- a note unbulleted

PIECE = (
    f"{STORY}\n\nThe harbour board met on Wednesday.\n\n"
    "Nobody on the quay believes the bridge will open by spring."
)


@pytest.mark.parametrize(
    "note",
    [
        "Ilsa Marrow is professor of history at Orsk College, London, and the author of Tides: "
        "A History",
        "Tarn Vellis was a political refugee from the Orsk regime and is a senior lecturer at "
        "Varnholt University",
        "Kel Varga is author of The Harbour Years.",
        "Ilsa Marrow is an Orsk-born novelist and former prisoner of the regime; a version of "
        "this article appeared in the Varnholt Weekly",
    ],
)
def test_a_writers_note_closing_a_piece_without_a_bullet_is_a_byline(note):
    set_apart_as(f"{PIECE}\n\n{note}", PIECE, ["byline"])


@pytest.mark.parametrize(
    "last",
    [
        # a person the piece has told of
        "The board's chairman, Kel Varga, left early.\n\nKel Varga is a member of the Orsk "
        "harbour board.",
        # a possessive: a place or a body, no person
        "Kel Varga's Orsk is a member of the river council, but its rights were suspended.",
        # the first word a function word, or an -ing word
        "And April is the cruellest month.",
        "Improving Tarn Vellis is a value bet for the top Orsk bowler.",
        # a speaker introduced, with what he tells
        "Tarn Vellis is executive editor of Orsk Weekly and begins by telling the programme "
        "the mayor was ill.",
        # a quotation
        '"Kel Varga is a writer," the board said.',
    ],
)
def test_a_closing_sentence_about_someone_that_is_no_writers_note_stays(last):
    text = f"{PIECE}\n\n{last}"
    assert set_apart(text).text == text


def test_a_profile_that_is_the_whole_item_keeps_its_last_line():
    text = f"{STORY}\n\nIlsa Marrow is a novelist and former prisoner of the regime."
    assert set_apart(text).text == text


def test_two_writers_notes_closing_a_piece_both_go_and_a_second_pass_changes_nothing():
    notes = (
        "Tarn Vellis is president of OrskPoll.example.\n\n"
        "Ilsa Marrow is research associate at the Varnholt Centre for Harbour Studies"
    )
    set_apart_as(f"{PIECE}\n\n{notes}", PIECE, ["byline", "byline"])
    once = set_apart(clean(f"{PIECE}\n\n{notes}")).text
    assert set_apart(clean(once)).text == once
