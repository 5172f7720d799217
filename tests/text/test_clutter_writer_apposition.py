"""A writer's note closing a comment piece whose name carries a role in commas before "is"
("<name>, a senior lecturer in history at <college>, is the author of ...", WRITERAPPOSITION in
text/clutter.txt), as a letters page prints it run into its addresses. Every name, place and
outlet below is made up, so the note passes only by its shape."""

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
ADDRESSES = "Letters for publication should be sent to: letters@orskdaily.co.uk"


@pytest.mark.parametrize(
    "note",
    [
        "Dr Kel Varga, a senior lecturer in history at Orsk College, is the author of Tides "
        "of Empire, a study of harbours and power",
        "Ilsa Marrow, a former senior adviser to the mayor of Varnholt, is author of The "
        "Harbour Wars",
        "Tarn Vellis, the paper's harbour correspondent, was a founder of the Orsk Ferry Trust.",
    ],
)
def test_a_writers_note_with_a_role_in_commas_is_a_byline(note):
    set_apart_as(f"{PIECE}\n\n{note}", PIECE, ["byline"])


def test_the_note_run_into_a_letters_pages_addresses_goes_and_the_text_cleans_to_itself():
    note = (
        "Dr Kel Varga, a senior lecturer in history at Orsk College, is the author of Tides "
        "of Empire, a study of harbours and power"
    )
    assert cleaned_once_and_again(f"{PIECE}\n\n{note} {ADDRESSES}") == PIECE


@pytest.mark.parametrize(
    "last",
    [
        # a person the piece has told of
        "Kel Varga sailed the last ferry out of Orsk.\n\nKel Varga, a harbour pilot for "
        "thirty years, is the author of the report.",
        # a letter's own last sentence: no role said of the person after "is"
        "Ilsa Marrow, a retired ferry captain, is right that the quay must be rebuilt.",
        # the apposition without an article and a role noun
        "Tarn Vellis, who sailed for Orsk, is the author of the harbour's history.",
        # a speaker introduced, with what she tells
        "Ilsa Marrow, a lecturer at Orsk College, is the author of a study and says the quay "
        "will fall.",
    ],
)
def test_a_last_sentence_that_is_the_pieces_own_stays(last):
    text = f"{PIECE}\n\n{last}"
    assert set_apart(text).text == text
