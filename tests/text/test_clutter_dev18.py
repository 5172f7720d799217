"""Bylines written from an eighteenth sample of articles (bench/CLEAN_MARKS.md, dev18): a writer
line with the page's date and time opening the text ("<date> - <time> | by: <name>"), and a wire
sign-off of the writer's initials run together and the editor's after a slash closing it; tried
here on invented text: every name, place and date below is made up, so a shape passes only by
its structure."""

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

# ----------------------------------------------------------------------------- writer lines


def test_a_dated_writer_line_opening_the_text_is_a_byline():
    text = f"March 3, 2031 - 7:48 AM | by: Kel Varga {STORY}\n\n{NEXT}"
    found = set_apart(text)
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels() == ["byline"]
    assert found.author == "Kel Varga"
    assert found.date is not None and "2031" in found.date
    assert cleaned_once_and_again(text) == found.text


def test_a_writer_line_leaves_the_story_s_capitalised_opening_words():
    # the story opens on capitalised words ("The Harbour Board"): the name stops before them
    text = "June 28, 2031 - 12:39 PM | by: Ilsa Marrow The Harbour Board met on Monday."
    found = set_apart(text)
    assert found.text == "The Harbour Board met on Monday."
    assert found.author == "Ilsa Marrow"
    text = "June 28, 2031 - 6:39 AM | by: Tarn Vellis Orsk Coast states launched a campaign."
    assert set_apart(text).text == "Orsk Coast states launched a campaign."


def test_a_bar_and_by_without_a_time_before_them_take_no_story_words():
    text = "Orsk reopens | by: the harbour board Kel Varga said the quay was safe."
    assert "Kel Varga said the quay was safe." in set_apart(text).text


# ----------------------------------------------------------------------------- closing initials


def test_run_together_initials_and_an_editor_s_name_close_the_text_as_a_byline():
    text = f"{STORY} {NEXT} K.V/I.Marrow"
    kept = f"{STORY} {NEXT}"
    set_apart_as(text, kept, ["byline"])
    assert cleaned_once_and_again(text) == kept


def test_run_together_initials_before_a_spaced_slash_close_the_text():
    text = f"{STORY}\n\n{NEXT} T.V/ Orsova"
    assert set_apart(text).text == f"{STORY}\n\n{NEXT}"


def test_initials_inside_the_last_sentence_stay():
    # an abbreviation ending the story's last sentence has no stop before it on its own
    text = f"{STORY} Ferries sailed to the U.S/Orsk border."
    assert set_apart(text).text == text
    text = f"{STORY} Ferries sailed on to the U.S."
    assert set_apart(text).text == text
