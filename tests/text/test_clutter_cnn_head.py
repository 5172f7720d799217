"""The head a CNN page prints above its dateline (HEADOUTLET in text/clutter.txt): the byline, a
video's title, the highlights run together, a question put to the reader and the call after
it, a programme's promotion, the editor's note. Every name, place and headline below is made
up, so the shape passes only by its structure."""

import pytest

from text.clutter import set_apart
from text.header_parts import is_headline
from text.read import Document
from text.split import split_articles

STORY = (
    "The ferry sank on Sunday after striking rocks off the harbour, the port authority said.\n\n"
    "Crews pulled 40 passengers from the water before nightfall."
)
HIGHLIGHTS = (
    "Orsk ferry hits rocks Port authority says 40 passengers are rescued "
    "Divers search the harbour for two crew members "
    "The ferry had sailed from Varnholt with 42 people aboard"
)


def test_highlights_run_into_a_question_to_the_reader_are_set_apart():
    text = (
        f"By the CNN Wire Staff {HIGHLIGHTS} Are you in Orsk?\n\n"
        "Share your photos and videos with CNN iReport.\n\n"
        f"Orsk, Vornland (CNN) -- {STORY}"
    )
    found = set_apart(text)
    assert found.text == STORY
    assert f"{HIGHLIGHTS} Are you in Orsk?" in [c.text for c in found.clutter]
    assert (found.outlet, found.place) == ("CNN", "Orsk, Vornland")


def test_a_video_title_that_is_a_question_is_set_apart():
    text = f"Will the harbour reopen before winter?\n\n{HIGHLIGHTS} Orsk, Vornland (CNN) -- {STORY}"
    assert set_apart(text).text == STORY


def test_a_head_of_four_paragraphs_above_the_dateline_is_set_apart():
    text = (
        "Divers search the harbour of Orsk on Monday.\n\n"
        "Port authority says 40 passengers are rescued.\n\n"
        "Divers search the harbour for two crew members.\n\n"
        "Watch the evening bulletin at 10 p.m. ET on Channel Nine.\n\n"
        f"Orsk, Vornland (CNN) -- {STORY}"
    )
    assert set_apart(text).text == STORY


def test_a_column_head_above_a_dateline_without_a_place_is_set_apart():
    text = (
        "By Kel Varga, Special to CNN Ferries are the lifeline of Orsk Kel Varga says the "
        "harbour needs a second quay Editor's note: Kel Varga teaches shipping law in Varnholt.\n\n"
        "Her book on the straits came out in 2030.\n\n"
        "She sailed the Orsk ferries for ten years.\n\n"
        f"(CNN) -- {STORY}"
    )
    found = set_apart(text)
    assert found.text == STORY
    assert found.outlet == "CNN"


def test_a_byline_and_a_video_title_run_in_are_no_headline():
    text = (
        "By the CNN Wire Staff Will the harbour reopen before winter?\n\n"
        f"{HIGHLIGHTS}.\n\nOrsk, Vornland (CNN) -- {STORY}"
    )
    (draft,) = split_articles(Document(text=text, origin="test", kind="text"))
    assert draft.title is None
    assert draft.text == STORY


@pytest.mark.parametrize(
    "paragraph",
    [
        "By the CNN Wire Staff Will the harbour reopen before winter?",
        "By Kel Varga, CNN senior correspondent Is the ferry safe?",
        "From Kel Varga and Ilsa Marrow, CNN Orsk doing enough for its crews?",
    ],
)
def test_a_byline_run_into_a_question_is_no_headline(paragraph):
    assert not is_headline(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    ["By land and sea, how Orsk was won?", "Will the harbour reopen before winter?"],
)
def test_a_question_headline_stays_one(paragraph):
    assert is_headline(paragraph)


def test_a_question_before_another_agencys_dateline_stays():
    text = f"Will the harbour reopen before winter?\n\nORSK (Reuters) - {STORY}"
    assert set_apart(text).text.startswith("Will the harbour reopen before winter?")


def test_a_headline_with_no_stop_above_the_head_stays():
    text = (
        f"Orsk ferry sinks off the harbour\n\n{HIGHLIGHTS} Are you in Orsk?\n\n"
        f"Orsk, Vornland (CNN) -- {STORY}"
    )
    assert set_apart(text).text == f"Orsk ferry sinks off the harbour\n\n{STORY}"


def test_paragraphs_above_a_dateline_far_down_the_page_stay():
    above = "\n\n".join(
        f"The crews of the {n} ferry said they would strike on Monday." for n in range(1, 8)
    )
    text = f"{above}\n\nOrsk, Vornland (CNN) -- {STORY}"
    assert set_apart(text).text.startswith("The crews of the 1 ferry")


def test_a_question_in_the_story_below_the_dateline_stays():
    text = f"{HIGHLIGHTS} Are you in Orsk?\n\nOrsk, Vornland (CNN) -- {STORY}\n\nWhat comes next?"
    assert set_apart(text).text.endswith("What comes next?")
