"""A column's or a commentary's note on whose opinions it gives ("The opinions expressed are his
own.", "The opinions expressed in this commentary are solely those of ..."), set apart as
`other` (text/clutter.txt, [inline other]). The note's words are the sites' fixed words; the
columns around them are invented, every name and place made up."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clean import clean
from text.clutter import set_apart

WRITER = "Kel Varga is an Orsk columnist."

# ----------------------------------------------------------------------------- the note


@pytest.mark.parametrize(
    "note",
    [
        "The opinions expressed are his own.",
        "The views expressed are her own.",
        "The opinions expressed are their own.",
        "Any views expressed here are her own.",
    ],
)
def test_the_note_opening_a_column_is_other(note):
    set_apart_as(f"{note}\n\n{STORY}\n\n{NEXT}", f"{STORY}\n\n{NEXT}", ["other"])


def test_the_note_after_the_writers_line_is_other_and_the_line_stays():
    set_apart_as(
        f"{WRITER}\n\nThe opinions expressed are his own.\n\n{STORY}",
        f"{WRITER}\n\n{STORY}",
        ["other"],
    )


def test_the_note_run_into_the_next_columns_sentence_after_a_dash_is_other():
    set_apart_as(
        f"{NEXT}\n\nThe views expressed are his own -- {STORY}", f"{NEXT}\n\n{STORY}", ["other"]
    )


@pytest.mark.parametrize(
    "note",
    [
        "The opinions expressed in this commentary are solely those of Kel Varga.",
        "The opinions expressed in this commentary are solely those of Kel J. Varga.",
        "The views expressed in this article are solely those of Kel Varga.",
        "The opinions expressed in these commentaries are solely those of the writers.",
        "The opinions expressed are solely those of Kel Varga.",
    ],
)
def test_the_note_closing_a_commentary_is_other(note):
    set_apart_as(f"{STORY}\n\n{NEXT}\n\n{note}", f"{STORY}\n\n{NEXT}", ["other"])


def test_the_note_after_a_sentences_end_on_its_line_is_other():
    set_apart_as(
        f"{STORY} The opinions expressed in this commentary are solely those of Kel Varga.",
        STORY,
        ["other"],
    )


def test_the_note_in_penn_treebank_tokens_is_set_apart_once_cleaned():
    text = f"The opinions expressed are his own . \n{STORY}\n{NEXT}"
    assert cleaned_once_and_again(text) == clean(f"{STORY}\n\n{NEXT}")


def test_the_note_closing_a_commentary_still_opens_the_readers_comments_after_it():
    # the thread after the note is the readers' (STORYEND): the note is what ends the story
    text = (
        f"{STORY}\n\n{NEXT}\n\nThe views expressed in this article are solely those of Kel "
        "Varga.\n\nGood piece, but the ferries matter more.\n\nMarch 19, 2031 at 11:03 am | "
        "Report abuse | Nice."
    )
    found = set_apart(text)
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert "comment" in found.labels()


# ----------------------------------------------------------------------------- near misses


@pytest.mark.parametrize(
    "sentence",
    [
        # someone's views told in the story
        "The views expressed by the crews are shared by the council, Kel Varga said.",
        "The opinions expressed at the meeting were his own, the mayor said.",
        "Any views expressed here are welcome, the council said.",
        # a sentence going on after "own"
        "The views expressed are his own and the council's, the mayor said.",
        # the note's words inside a sentence, not opening one
        "He said the views expressed are his own.",
    ],
)
def test_a_storys_sentence_on_views_expressed_stays(sentence):
    text = f"{STORY}\n\n{sentence}\n\n{NEXT}"
    assert set_apart(clean(text)).text == clean(text)


def test_the_comment_policys_views_line_opens_the_thread_as_before():
    # "Views expressed in the comments ..." is the thread's, not this note
    policy = "Views expressed in the comments do not represent those of the Orsk Courier."
    found = set_apart(f"{STORY}\n\n{policy}\n\n{NEXT}")
    assert found.text == STORY
    assert found.labels() == ["comment"]


def test_solely_those_of_with_more_after_the_name_on_the_line_stays():
    # the name must close the line: a sentence going on after it is no note
    text = (
        f"{STORY}\n\nThe opinions expressed in this commentary are solely those of Kel Varga. "
        f"{NEXT}"
    )
    assert set_apart(clean(text)).text == clean(text)
