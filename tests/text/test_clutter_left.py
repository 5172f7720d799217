"""Clutter shapes written from the misses left on the dev samples after the seventh
(bench/CLEAN_MARKS.md), tried here on invented text: every name, place, outlet and headline
below is made up, so a shape passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart


def test_a_contributors_note_on_its_own_line_is_set_apart():
    note = "Kel Varga is studying towards a PhD at the University of Orsk, exploring harbour towns."
    found = set_apart(f"{STORY}\n\n{note}\n\n{NEXT}")
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels() == ["byline"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # what the person studies is part of a story told in the paragraph
        "Kel Varga is studying for a PhD at Orsk University. He was arrested on Monday.",
        "Kel Varga, who is studying for a PhD at Orsk University, was arrested on Monday.",
        # a host introducing a guest
        "Kel Varga is a PhD student at Orsk Tech and I'm pleased to say he joins us now.",
    ],
)
def test_a_story_saying_what_someone_studies_stays(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text


SIGNED = "May 19, 2031 03:55 pm at 3:55 pm | I wonder how happy they will be with the bridge."


def test_a_readers_comment_before_the_first_signed_one_goes_with_the_thread():
    outburst = "Varga should step down now!!! If not, send the navy after him."
    found = set_apart(f"{STORY}\n\n{NEXT}\n\n{outburst}\n\n{SIGNED}")
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels() == ["comment"]
    assert found.clutter[0].text.startswith(outburst)


def test_unsigned_comments_in_lower_case_before_the_comment_form_go_with_it():
    comments = [
        "orsk should build its own bridge.",
        "The council never listens to anyone here.",
        "they should not buy steel from abroad.",
    ]
    form = "(required, but will not be displayed) Orsk Daily welcomes a lively discussion."
    found = set_apart("\n\n".join([STORY, NEXT, *comments, form]))
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels() == ["comment"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no comment reads as a reader's
        [
            STORY,
            "The bridge opened on Monday.",
            '"We will not give up!!" the mayor shouted at the crowd.',
            "Traffic was light.",
            NEXT,
        ],
        # a sentence carried on after a quotation
        [
            STORY,
            '"Who is he? Who appointed him?"',
            "said Kel Varga, the head of the Orsk harbour board.",
            NEXT,
        ],
        # a lower-case paragraph far from the thread
        [
            STORY,
            "iPhone sales in Orsk rose by a third.",
            "the figures were published on Monday.",
            "The council met on Tuesday.",
            "The harbour stayed shut on Wednesday.",
            "The ferry sailed on Thursday.",
            NEXT,
        ],
    ],
)
def test_the_story_before_a_comment_thread_stays(paragraphs):
    found = set_apart("\n\n".join([*paragraphs, SIGNED]))
    assert found.text == "\n\n".join(paragraphs)


def test_a_bulleted_teaser_broken_over_lines_at_its_dash_closes_the_text():
    teaser = "• I'll be backstage\n\n–\n\nwould you pay £2K for a drink with Kel, Ilsa or Tarn?"
    set_apart_as(f"{STORY}\n\n{teaser}", STORY, ["related"])


def test_a_bulleted_sentence_before_more_lines_at_the_end_stays():
    text = f"{STORY}\n\n• Kel Varga\n\nThe harbour reopened on Monday.\n\nKel Varga"
    assert "The harbour reopened on Monday." in set_apart(text).text


def test_a_wire_dateline_after_a_teaser_headline_is_taken_off():
    text = (
        "Orsk council keeps the harbour shut for a week. No Losses in Harbour Fire in Orsk "
        "- Reports MOSCOW (Sputnik) According to the port agency, the fire is out."
    )
    found = set_apart(text)
    assert "MOSCOW (Sputnik)" not in found.text
    assert "dateline" in found.labels()
    assert found.outlet == "Sputnik"


def test_an_agency_in_capitals_with_its_country_before_the_story_is_taken_off():
    text = (
        "Tens of civilians were hurt in mortar attacks, the reports said. ALALAM Vornland At "
        "least 45 civilians were killed in Orsk."
    )
    found = set_apart(text)
    assert found.text == (
        "Tens of civilians were hurt in mortar attacks, the reports said.\n\n"
        "At least 45 civilians were killed in Orsk."
    )
    assert found.labels() == ["dateline"]


def test_an_agency_after_a_name_with_a_stop_leaves_the_name():
    text = (
        "Orsk council keeps the harbour shut. The strike was called, the media said citing a "
        "source in the VPG. MOSCOW (Sputnik) The Vornish union's military wing took the port."
    )
    assert "source in the VPG." in set_apart(text).text


def test_an_agency_named_in_a_sentence_stays():
    text = "The council said so on Monday. AFP Vornland bureau chief Kel Varga left Orsk."
    assert set_apart(text).text == text


def test_key_points_run_together_without_their_heading_are_set_apart():
    points = (
        'Rebels call the plan "good enough" An Orsk viewer says reform needs "a steady push" '
        'A U.S. analyst calls it "more timid than it needed to be"'
    )
    set_apart_as(f"{points}\n\n{STORY}", STORY, ["highlights"])


def test_a_call_to_comment_after_the_key_points_goes_with_them():
    points = (
        'Rebels call it "good enough" A viewer says it needs "a push" An analyst calls it "timid"'
    )
    set_apart_as(f"{points} What did you think of the speech?\n\n{STORY}", STORY, ["highlights"])


@pytest.mark.parametrize(
    "paragraph",
    [
        'The mayor called the plan "good enough" and the council agreed.',
        'Rebels call the plan "good enough", and an Orsk viewer says it needs "a push".',
        # a transcript's line: the stops stand inside the quotations
        'KEL: Well, Ilsa Marrow beat "Harbour\'s" Tarn Vellis and "Orsk\'s" Kel Varga for her '
        'role in "Hot in Varnholt."',
    ],
)
def test_a_sentence_with_quotations_stays(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_subheading_after_key_points_run_together_stays():
    # the points are the paragraph itself, not a heading that more points follow
    points = (
        'Rebels call it "good enough" A viewer says it needs "a push" An analyst calls it "timid"'
    )
    found = set_apart(f"{points}\n\nHarbour talks stall\n\n{STORY}")
    assert found.text == f"Harbour talks stall\n\n{STORY}"


CLOSING = "The views expressed in this commentary are solely those of Kel Varga."
FORM = "(required, but will not be displayed) Orsk Daily welcomes a lively discussion."


def test_unsigned_comments_after_a_commentarys_closing_line_go_with_the_thread():
    comments = [
        "The reasons given here are real, but not the most important ones.",
        "The harbour matters more than the ferries to the people of Orsk.",
        "The council should have listened to the crews a year ago.",
        "Good piece.",
    ]
    found = set_apart("\n\n".join([STORY, NEXT, CLOSING, *comments, FORM]))
    # the closing line ends the story for the thread, then goes itself as a note on the piece
    # (OPINIONNOTE)
    assert found.text == "\n\n".join([STORY, NEXT])
    assert found.labels() == ["comment", "other"]
    assert found.clutter[0].text.startswith(comments[0])


def test_the_text_after_a_closing_line_without_a_thread_after_it_stays():
    text = "\n\n".join([STORY, CLOSING, NEXT])
    assert set_apart(text).text == "\n\n".join([STORY, NEXT])


def test_a_closing_line_quoted_in_a_sentence_ends_no_story():
    paragraphs = [
        STORY,
        f'The paper printed "{CLOSING}" under the piece.',
        NEXT,
        "The ferry sailed.",
    ]
    found = set_apart("\n\n".join([*paragraphs, FORM]))
    assert found.text == "\n\n".join(paragraphs)
