"""Clutter shapes written from a sixth sample of articles (bench/CLEAN_MARKS.md, dev6), tried
here on invented text: every name, place, outlet and headline below is made up, so a shape
passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart

CONTRIBUTORS = (
    "Orsk Radio's Kel Varga, Ilsa Marrow, Tarn Vellis, Abel Marrow, Delma Quist, Lamar Vance, "
    "Orlo Vance, Idris Harveld, Nour Lavin, Ilsa T. Marrow and Kel Arvane, and journalist Tarn "
    "Osterhal contributed to this report."
)


def test_a_long_list_of_contributors_closing_the_story_is_a_byline():
    set_apart_as(f"{STORY}\n\n{NEXT}\n\n{CONTRIBUTORS}", f"{STORY}\n\n{NEXT}", ["byline"])


def test_a_sign_off_naming_a_news_service_by_its_initials_is_a_byline():
    set_apart_as(f"{STORY} {NEXT} Kel Varga, KVB News, Orsk.", f"{STORY} {NEXT}", ["byline"])


def test_a_name_on_the_last_line_is_the_writer():
    set_apart_as(f"{STORY}\n\n{NEXT}\n\nIlsa Marrow", f"{STORY}\n\n{NEXT}", ["byline"])


@pytest.mark.parametrize("last", ["Thanks to Ilsa Marrow", "Varnholt", "Ilsa Marrow said so."])
def test_a_last_line_that_is_no_name_alone_stays(last):
    text = f"{STORY}\n\n{NEXT}\n\n{last}"
    assert set_apart(text).text == text


def test_a_bare_story_code_in_brackets_is_taken_out():
    set_apart_as(f"{STORY}\n\n(nORS1234) {NEXT}", f"{STORY}\n\n{NEXT}", ["related"])


@pytest.mark.parametrize("words", ["(nine)", "(nORSK)", "(n1234)", "(now 1234)"])
def test_brackets_that_hold_no_story_code_stay(words):
    text = f"{STORY} The ferries {words} waited. {NEXT}"
    assert set_apart(text).text == text


def test_an_older_correction_notice_closes_the_text():
    notice = (
        "· The following amendment was made on Wednesday May 16 2031.\n\n"
        "The ferry was bought for £5m, not £50m as we said.\n\nThis has been corrected."
    )
    set_apart_as(f"{STORY}\n\n{NEXT}\n\n{notice}", f"{STORY}\n\n{NEXT}", ["other"])


def test_a_founder_note_closing_the_text_is_a_byline():
    set_apart_as(
        f"{STORY}\n\n{NEXT}\n\nKel Varga is a co-founder of Orsk Harbour Watch",
        f"{STORY}\n\n{NEXT}",
        ["byline"],
    )


def test_a_wire_reporter_note_closes_the_post_with_what_follows_it():
    note = (
        "Kel Varga is based in Orsk and in April was named head of the shipping team for "
        "Reuters.\n\nPreviously, Kel covered ports for three years.\n\n"
        "He joined the agency in 2019."
    )
    set_apart_as(f"{STORY}\n\n{NEXT}\n\n{note}", f"{STORY}\n\n{NEXT}", ["byline"])


def test_a_closing_sentence_on_where_someone_is_based_stays():
    # no outlet the writer works for: the story's own last sentence
    last = "Kel Varga is based in Orsk and runs the harbour's only bakery."
    text = f"{STORY}\n\n{NEXT}\n\n{last}"
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "note", ["The ruling, 3rd graf pvs.", "UR The Orsk Wire, 4th graf pvs (kv/im)"]
)
def test_a_wire_transmission_note_closing_the_copy_is_set_apart(note):
    set_apart_as(f"{STORY} {NEXT} {note}", f"{STORY} {NEXT}", ["other"])


QUESTION = "Have you been to Orsk since the floods? Or have you changed your travel plans?"
CALL = (
    "Share your thoughts by sending us a response on our Orsk Herald Twitter page.\n\n"
    "You can do this by logging on to your account and typing @OrskHerald.\n\n"
    "Of course, you can always comment on this blog post.\n\nThank you for contributing."
)


def test_a_call_to_answer_a_blog_question_closes_it():
    set_apart_as(f"{STORY}\n\n{QUESTION}\n\n{CALL}", f"{STORY}\n\n{QUESTION}", ["share"])


def test_a_sentence_asking_readers_for_their_thoughts_in_a_story_stays():
    asked = "The council asked residents to share your thoughts on the bridge."
    text = f"{STORY}\n\n{asked}\n\n{NEXT}"
    assert set_apart(text).text == text


CABLE = (
    "(C) Kel Varga said the two sides met at his home in Orsk.\n\n"
    "(C) The ambassador praised Varga's leadership on the matter."
)


def test_a_cable_classification_opening_a_paragraph_is_no_caption_marker():
    text = f"{STORY}\n\n{CABLE}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_position_marker_after_a_name_still_marks_a_caption():
    caption = "Harbour master Kel Varga (C) greets the crew of the first ferry in Orsk."
    set_apart_as(f"{STORY}\n\n{caption}\n\n{NEXT}", f"{STORY}\n\n{NEXT}", ["caption"])


@pytest.mark.parametrize("heading", ["Where the ferries went", "Almost every other harbour"])
def test_a_four_word_subheading_run_into_its_paragraph_stays(heading):
    text = f"{STORY}\n\n{heading} The ferries sailed to Orsk at dawn.\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_five_word_caption_run_into_its_paragraph_is_set_apart():
    caption = "Attempt to seal the harbour"
    sentence = "The latest stage of the work began on Monday."
    set_apart_as(
        f"{STORY}\n\n{caption} {sentence}\n\n{NEXT}",
        f"{STORY}\n\n{sentence}\n\n{NEXT}",
        ["caption"],
    )


def test_a_brief_headline_of_four_words_opening_the_text_stays():
    text = f"Orsk ferry crew jailed A court in Orsk jailed the crew on Monday.\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_click_here_link_run_into_the_next_sentence_is_taken_out():
    sentence = "In this week's programme, the ferry crews of Orsk speak of the winter."
    set_apart_as(
        f"{STORY}\n\nClick here to listen {sentence}\n\n{NEXT}",
        f"{STORY}\n\n{sentence}\n\n{NEXT}",
        ["related"],
    )


def test_a_part_byline_after_its_heading_is_taken_and_the_heading_stays():
    part = "The ferries of Orsk sail twice a day in winter."
    set_apart_as(
        f"{STORY}\n\nFerries By Kel Varga {part}\n\n{NEXT}",
        f"{STORY}\n\nFerries\n\n{part}\n\n{NEXT}",  # a heading of its own (text.run_in_heading)
        ["byline"],
    )


def test_a_title_with_by_in_it_opening_a_paragraph_stays():
    text = f"{STORY}\n\nOrsk By Night The ferries sail twice a day in winter.\n\n{NEXT}"
    # kept, as a heading of its own (text.run_in_heading)
    assert set_apart(text).text == text.replace("Night The", "Night\n\nThe")
