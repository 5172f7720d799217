"""A BBC pull-quote box run into the story ('... wait" End Quote Kel Varga Orsk harbour master
The ferries ...') is read out of its paragraph before repeats are judged: the story's own copy
of the quoted words stays, the box goes as clutter. Invented names and text throughout."""

from tests.text.clutter_story import article
from text.clean import clean
from text.furniture import drop_repeats
from text.paragraphs import render_paragraphs, split_paragraphs

BOX = (
    'The harbour will stay shut until spring, and the ferries will wait" End Quote Kel Varga '
    "Orsk harbour master The ferries left the quay at dawn on Tuesday."
)
STORY = '"The harbour will stay shut until spring, and the ferries will wait."'
OPENING = "Storms closed the port of Orsk on Monday, stranding dozens of ships in its bay."


def kept(*texts: str) -> list[str]:
    items = drop_repeats(split_paragraphs("\n\n".join(texts)))
    return render_paragraphs(items).split("\n\n")


def test_the_storys_copy_after_a_box_is_kept():
    assert kept(OPENING, BOX, STORY) == [OPENING, BOX, STORY]


def test_the_storys_copy_before_a_box_is_kept():
    assert kept(OPENING, STORY, BOX) == [OPENING, STORY, BOX]


def test_a_box_leaving_words_out_with_an_ellipsis_keeps_the_storys_copy():
    box = (
        "Had the pumps worked in the first week, so much would have gone differently ... I would "
        'still be running the port" End Quote Ilsa Marrow former harbour chief But she said the '
        "scrutiny had been hard to bear."
    )
    story = '"Had the pumps worked in the first week, so much would have gone differently.'
    assert kept(OPENING, box, story) == [OPENING, box, story]


def test_the_story_keeps_its_sentence_and_loses_the_box():
    out = article(OPENING, BOX, "Kel Varga, the harbour master, spoke to reporters.", STORY)
    assert "End Quote" not in out
    assert "Orsk harbour master The ferries" not in out
    assert "The ferries left the quay at dawn on Tuesday." in out
    assert STORY in out


def test_a_repeat_without_a_box_is_still_dropped():
    pull = "The harbour will stay shut until spring, and the ferries will wait"
    body = (
        'Kel Varga said: "The harbour will stay shut until spring, and the ferries will wait." '
        "The ferries left the quay at dawn."
    )
    assert kept(OPENING, pull, body) == [OPENING, body]


def test_end_quote_said_in_prose_is_no_box():
    prose = (
        'Kel Varga read the letter aloud, "the harbour will stay shut until spring, and the '
        'ferries will wait", end quote, and sat down.'
    )
    assert kept(OPENING, prose, STORY) == [OPENING, prose]


def test_cleaning_twice_changes_nothing():
    text = "\n\n".join((OPENING, BOX, STORY))
    assert clean(clean(text)) == clean(text)


def test_a_box_leaving_words_out_is_set_apart_whole():
    box = (
        "Had the pumps worked in the first week, so much would have gone differently ... I would "
        'still be running the port" End Quote Ilsa Marrow former harbour chief But she said the '
        "scrutiny had been hard to bear."
    )
    out = article(OPENING, box, "The port reopened in May after three weeks of repairs.")
    assert "Had the pumps worked" not in out
    assert "But she said the scrutiny had been hard to bear." in out
