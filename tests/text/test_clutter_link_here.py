"""A paragraph that only sends the reader to a link the page lost, by "here" alone ([paragraph
related] in text/clutter.txt). Every name, place and outlet below is made up."""

import pytest

from tests.text.clutter_story import NEXT, STORY
from text.clutter import set_apart


@pytest.mark.parametrize(
    "link",
    [
        "Read Kel Varga's answers here.",
        "Read the harbour master's full statement on the closure here.",
        "Watch the trailer here.",
        "Listen to the Orsk ferry crews here.",
        "Find out more here.",
    ],
)
def test_a_paragraph_that_sends_the_reader_to_a_link_here_is_set_apart(link):
    found = set_apart(f"{STORY}\n\n{link}\n\n{NEXT}")
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels() == ["related"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # speech saying "here" goes on after it
        "Get somebody up here right away.",
        "See if we can put the chart up here for you.",
        # a clause or a comma: a sentence telling what happened
        "Read the statement, which the council posted here.",
        "Watch, he told the crews, the water rises here.",
        # "here" inside the sentence
        "Read it here first!",
    ],
)
def test_a_sentence_that_says_here_otherwise_stays(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text
