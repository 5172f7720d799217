"""A writer's note closing a comment piece that tells of the writer's book ("<name>'s latest book
is ...", WRITERBOOK in text/clutter.txt, text/clutter_writer_note.py). Every name, place and
title below is made up, so the note passes only by its shape."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

PIECE = "\n\n".join(
    [
        STORY,
        "The harbour has shown the hubris of a council that welds ambition to concrete.",
        NEXT,
    ]
)


@pytest.mark.parametrize(
    "note",
    [
        "Kel Varga's latest book is The Harbour Years.",
        "Ilsa Marrow's book Tides of Empire: Ferries and Power is available in paperback.",
        "Tarn Vellis's most recent book is The Quays, published by Orsk Press.",
        "Dora Kestrel's new novel, The Last Ferry, will be published next month",
        "Abel Quist's book on the Orsk ferrymen, Second Tides, is out now",
        "Nour Lavin's book The Harbour Years has just been published.",
    ],
)
def test_a_note_on_the_writers_book_is_a_byline(note):
    set_apart_as(f"{PIECE}\n\n{note}", PIECE, ["byline"])


def test_the_text_cleans_to_itself():
    assert cleaned_once_and_again(f"{PIECE}\n\nKel Varga's latest book is The Harbour Years.") == (
        PIECE
    )


@pytest.mark.parametrize(
    "last",
    [
        # a person the piece has told of: the story's own sentence on his book
        "Kel Varga sailed the last ferry out of Orsk.\n\nKel Varga's new book is due in May.",
        # a band's record, no book
        "Orsk Five's new album, Harbour Lights, will be released in November.",
        # a name of one word
        "Varga's latest book is The Harbour Years.",
        # what someone says of the book
        "Ilsa Marrow's latest book, she says, was written on the quays.",
        # a sentence of the story after it
        "Kel Varga's latest book is The Harbour Years. It sold out in Orsk.",
        # what the book did: a story's sentence, not a note saying it is out
        "Tarn Vellis's memoir sold two million copies in its first week.",
        "Kel Varga's book, The Harbour Years, was banned in Varnholt in 1989.",
    ],
)
def test_a_last_sentence_that_is_the_pieces_own_stays(last):
    text = f"{PIECE}\n\n{last}"
    assert set_apart(text).text == text


def test_a_bullet_on_its_own_line_goes_with_the_note():
    # the bullet that heads the note, on a line of its own, would be left as a paragraph
    set_apart_as(f"{PIECE}\n\n•\n\nKel Varga's book", PIECE, ["byline"])
