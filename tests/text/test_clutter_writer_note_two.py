"""A writer's note of two sentences closing a comment piece, each on a line of its own, the
second on the writer's pronoun ("Kel Varga is a journalist. | He is currently ...":
WRITERNOTENEXT in text/clutter.txt, text/clutter_writer_note.py). Every name, place and title
below is made up, so the note passes only by its shape."""

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
    ("note", "second"),
    [
        (
            "Kel Varga is a journalist and harbour pilot.",
            "He is currently last in the Orsk rowing league.",
        ),
        (
            "Ilsa Marrow is a partner at Quayside Strategies.",
            "She formerly served at the Varnholt ministry, where she led a team of analysts.",
        ),
        (
            "Tarn Vellis is professor of history at Orsk College.",
            "He has written the introduction to the new edition of The Harbour Years",
        ),
        ("Kel Varga's latest book is The Harbour Years.", "He lives in Orsk."),
    ],
)
def test_a_note_of_two_sentences_is_a_byline(note, second):
    set_apart_as(f"{PIECE}\n\n{note}\n\n{second}", PIECE, ["byline"])


def test_the_text_cleans_to_itself():
    note = "Kel Varga is a journalist.\n\nHe is currently last in the Orsk rowing league."
    assert cleaned_once_and_again(f"{PIECE}\n\n{note}") == PIECE


@pytest.mark.parametrize(
    ("note", "second"),
    [
        # the person told of before in the piece: the story's own sentences
        ("Ilsa Marrow was a member of the ferry board.", "She resigned after the vote."),
        # the second sentence a quotation, a speech verb, or two sentences
        ("Kel Varga is a journalist.", 'He said: "The ferries will sail."'),
        ("Kel Varga is a journalist.", "He told the council the quays would flood."),
        ("Kel Varga is a journalist.", "He rows. He sails on Sundays."),
        # not on the writer's pronoun
        ("Kel Varga is a journalist.", "The council met on Monday."),
        ("Kel Varga is a journalist.", "They met on Monday."),
        # the pronoun's sentence a story's, not a note's verb: a note-shaped line before it
        ("Ina Brandt is a lawyer for the ferry crews of Orsk.", "She is due in court on Monday."),
        ("Kel Varga is a lawyer for the ferry crews of Orsk.", "He has not been charged."),
        ("Ina Brandt is a lawyer for the ferry crews.", "She is expected to testify next week."),
        # no note before it
        ("The council met on Monday to vote on the harbour.", "He is currently away."),
    ],
)
def test_near_misses_stay(note, second):
    before = PIECE
    if note.startswith("Ilsa Marrow"):
        before = f"{PIECE}\n\nIlsa Marrow voted against the plan."
    text = f"{before}\n\n{note}\n\n{second}"
    assert set_apart(text).text == text
