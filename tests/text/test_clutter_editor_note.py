"""An editor's note on the page below its head, set apart as `other` (text/clutter_editor_note.py,
EDITORNOTE and its parts in text/clutter.txt): the label and its paragraph, and a programme's
note printed a sentence a line with the lines after it up to the one telling when the programme
airs. The notes and stories are invented, every name, place and programme made up."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as

NOTE = "Editor's note: Kel Varga's new show on OTV, \"Harbour Watch,\" is looking for 30 boats."
EFFORT = "As part of the effort, the site's harbour blog will feature the stories of the boats."
AIRS = "This is the fourth case, and it will air on OTV at 9 p.m. ET."
ITEM = "The Marrow has not been seen since it left Orsk in May 2003."


def test_a_programmes_note_runs_to_the_line_telling_when_it_airs():
    text = f"{STORY}\n\n{NOTE}\n\n{EFFORT}\n\n{AIRS}\n\n{ITEM}"
    set_apart_as(text, f"{STORY}\n\n{ITEM}", ["other"])


@pytest.mark.parametrize(
    "airs",
    [
        "This is the 20th case, and it airs Friday at 9 p.m. ET on OTV.",
        "This is the 19th case, and it aired Thursday night on OTV.",
    ],
)
def test_the_air_line_in_another_tense_closes_the_note_too(airs):
    text = f"{STORY}\n\n{NOTE}\n\n{EFFORT}\n\n{airs}\n\n{ITEM}"
    set_apart_as(text, f"{STORY}\n\n{ITEM}", ["other"])


def test_a_note_run_in_after_a_bracket_leaves_the_words_before_it():
    text = f"{STORY}\n\nOrsk: 36 inches (27.4, 1925) {NOTE}\n\n{EFFORT}\n\n{AIRS}\n\n{ITEM}"
    set_apart_as(text, f"{STORY}\n\nOrsk: 36 inches (27.4, 1925)\n\n{ITEM}", ["other"])


def test_a_note_run_in_after_a_headline_leaves_the_headline():
    text = f"{STORY}\n\nFerry lost off Orsk in '88 {NOTE}\n\n{EFFORT}\n\n{AIRS}\n\n{ITEM}"
    set_apart_as(text, f"{STORY}\n\nFerry lost off Orsk in '88\n\n{ITEM}", ["other"])


def test_a_note_on_a_programme_with_its_air_time_is_its_paragraph_alone():
    note = 'Editor\'s note: For more on this story, watch "Harbour Nights" Saturday at 10 p.m. ET.'
    set_apart_as(f"{STORY}\n\n{note}\n\n{NEXT}", f"{STORY}\n\n{NEXT}", ["other"])


@pytest.mark.parametrize(
    "note",
    [
        "EDITOR'S NOTE -- Kel Varga is harbour bureau chief for The Orsk Press.",
        "EDITOR'S NOTE: Ilsa Marrow covers the docks for The Orsk Press.",
        "Editor's Note: orsk.example moderators retain editorial control over Discussions.",
        "Editor's note: this article originally stated that the ferry sank in May.",
    ],
)
def test_a_closing_note_on_the_writer_the_moderation_or_a_correction_is_other(note):
    story = f"{STORY}\n\n{NEXT}\n\nThe harbour master said the quay would open on Friday."
    set_apart_as(f"{story}\n\n{note}", story, ["other"])


def test_a_bullet_heading_a_correction_goes_with_it():
    story = f"{STORY}\n\n{NEXT}"
    note = "Editor's note: this article originally stated that the ferry sank in May."
    set_apart_as(f"{story}\n\n•\n\n{note}", story, ["other"])
    set_apart_as(f"{story}\n\n• {note}", story, ["other"])


def test_a_note_without_an_air_line_is_its_paragraph_alone():
    note = "Editor's note: Ilsa Marrow was the OTV correspondent at the quay when the ferry sank."
    recalls = "She recalls that day: When I went to the quay, the water was calm."
    text = f"{STORY}\n\n{note}\n\n{recalls}\n\n{NEXT}"
    set_apart_as(text, f"{STORY}\n\n{recalls}\n\n{NEXT}", ["other"])


def test_the_note_in_penn_treebank_tokens_is_set_apart_once_cleaned():
    note = "Editor 's note : Kel Varga 's new show on OTV , `` Harbour Watch , '' is looking for boats ."
    item = "The Marrow has not been seen since it left Orsk -LRB- in May -RRB- ."
    text = f"{STORY}\n{note}\n{EFFORT}\n{AIRS}\n{item}\n"
    out = cleaned_once_and_again(text)
    assert out.startswith(STORY.split(". ")[0])
    assert out.endswith("The Marrow has not been seen since it left Orsk (in May).")
    assert "note" not in out and "effort" not in out and "case" not in out


# ----------------------------------------------------------------------------- near-misses


@pytest.mark.parametrize(
    "paragraph",
    [
        "The council published an Editor's note: the vote had been miscounted.",
        "The editor's note: was short, and the harbour master read it twice.",
        "Varga wrote the editor's note for the harbour paper on Monday.",
        "Editors note the tides in every issue of the harbour paper.",
        "Editor's notebook: a week on the Orsk quays with the ferry crews.",
        # a determiner opening the sentence, capitalised
        "The Editor's note: was short, and the harbour master read it twice.",
        "Its Editor's Note: was never printed in the harbour paper.",
    ],
)
def test_the_words_as_a_sentences_noun_stay(paragraph):
    set_apart_as(f"{STORY}\n\n{paragraph}", f"{STORY}\n\n{paragraph}", [])


def test_a_programmes_note_stops_at_its_paragraph_when_no_line_tells_it_airs():
    text = f"{STORY}\n\n{NOTE}\n\n{EFFORT}\n\n{ITEM}\n\n{NEXT}"
    set_apart_as(text, f"{STORY}\n\n{EFFORT}\n\n{ITEM}\n\n{NEXT}", ["other"])


def test_an_air_line_three_lines_on_is_the_storys():
    aired = "The documentary aired on OTV last year and won a prize."
    text = f"{STORY}\n\n{NOTE}\n\n{EFFORT}\n\n{ITEM}\n\n{aired}"
    set_apart_as(text, f"{STORY}\n\n{EFFORT}\n\n{ITEM}\n\n{aired}", ["other"])
