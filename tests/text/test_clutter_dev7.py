"""Clutter shapes written from a seventh sample of articles (bench/CLEAN_MARKS.md, dev7), tried
here on invented text: every name, place, outlet and headline below is made up, so a shape
passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart


def test_a_live_blog_stamp_with_its_country_and_two_clocks_is_taken_off_each_entry():
    entry = "The council of Orsk met at dawn to discuss the bridge."
    text = f"VORNLAND, 11:22 p.m. ET, 6:22 a.m. local: {entry}\n\nORVALLE, 3:53 p.m. ET: {NEXT}"
    set_apart_as(text, f"{entry}\n\n{NEXT}", ["timestamp", "timestamp"])


def test_a_live_blog_stamp_run_into_the_entry_before_it_is_taken_out():
    text = f"{STORY} VORNLAND, noon ET, 7 p.m. local: {NEXT}"
    set_apart_as(text, f"{STORY} {NEXT}", ["timestamp"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Trading in ORSK, 9:30 a.m. ET, opened lower on Monday.",
        "The Orsk, 10:15 ET train left on time.",
    ],
)
def test_a_place_and_a_clock_inside_a_sentence_stay(sentence):
    text = f"{STORY} {sentence} {NEXT}"
    assert set_apart(text).text == text


def test_a_pointer_to_more_on_another_story_is_taken_out():
    set_apart_as(f"{STORY} More on the Orvalle protests: {NEXT}", f"{STORY} {NEXT}", ["related"])


def test_a_line_pointing_to_an_embedded_video_is_taken_out():
    set_apart_as(f"{STORY} Below is video of those comments. {NEXT}", f"{STORY} {NEXT}", ["share"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Here is video evidence that the army fired on the crowd.",
        "Here is video of the senator telling a reporter about his decision to back the mayor.",
    ],
)
def test_a_sentence_that_tells_what_a_video_shows_stays(sentence):
    text = f"{STORY} {sentence} {NEXT}"
    assert set_apart(text).text == text


def test_a_call_to_comment_run_on_from_highlights_is_taken_out():
    points = 'Rebels call the plan "good enough" An analyst calls it timid'
    found = set_apart(f"{points} What did you think of the mayor's speech?\n\n{STORY}")
    assert found.text.endswith(f"An analyst calls it timid\n\n{STORY}")
    assert "share" in found.labels()


@pytest.mark.parametrize(
    "question",
    [
        "Is that fair? What do you think of those assumptions now?",
        'He asked: " What do you think of that idea?"',
    ],
)
def test_a_question_asked_in_the_story_stays(question):
    text = f"{STORY} {question} {NEXT}"
    assert set_apart(text).text == text


LETTERS = [
    "The harbour board might like to know that the ferry won.",
    "Kel Varga Orsk •",
    "It was a moving sight, the empty quay in Orsk.",
    "Ilsa Marrow Varnholt, North Orvalle • As a historian, the mayor ought to know better.",
    "Tarn Vellis Orsk",
]


def test_the_signatures_of_the_letters_on_a_letters_page_are_bylines():
    found = set_apart("\n\n".join(LETTERS))
    assert found.text == (
        "The harbour board might like to know that the ferry won.\n\n"
        "It was a moving sight, the empty quay in Orsk.\n\n"
        "As a historian, the mayor ought to know better."
    )
    assert found.labels() == ["byline", "byline", "byline"]


@pytest.mark.parametrize("paper", ["Der Orsker", "The Orsk Times", "Orsk Post"])
def test_a_paper_heading_what_it_reported_is_no_signature(paper):
    text = f"{STORY}\n\n{paper} • Leaked cables show that the port was sold.\n\n{NEXT}"
    assert set_apart(text).text == text


REVIEW = "Mugabe clings on, says the press in Orsk. The papers agree on two things."


def test_a_press_review_links_after_a_brief_are_related_and_the_next_headline_stays():
    links = (
        "* Guardian: Ferry clings on despite the vote\n\n"
        "* Times: Opposition claims victory in Orsk *\n\n"
        "Independent: Orsk - the writing's on the wall\n\n"
        "* Telegraph: The council can not hide its defeat FIVE KILLED IN ORSK CRASH"
    )
    after = "Another story takes up far more front page space today."
    set_apart_as(
        f"{REVIEW}\n\n{links}\n\n{after}",
        f"{REVIEW}\n\nFIVE KILLED IN ORSK CRASH\n\n{after}",
        ["related"] * 4,
    )


def test_a_paper_name_alone_and_its_link_run_into_the_next_are_related():
    links = "Mirror:\n\nJet crashes into Orsk cul-de-sac * Sun: Pilot died a hero"
    set_apart_as(f"{REVIEW}\n\n{links}\n\n{NEXT}", f"{REVIEW}\n\n{NEXT}", ["related"] * 2)


def test_a_paper_name_before_a_sentence_keeps_it():
    text = f"{REVIEW}\n\nTimes: the ferry left Orsk at dawn and the crew slept.\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_brief_headline_of_two_capitalised_words_after_the_links_stays():
    links = "* Times: Faults hit results * Mail: Orsk pal out at 72 FERRY DISAPPOINTS"
    set_apart_as(
        f"{REVIEW}\n\n{links}\n\n{NEXT}",
        f"{REVIEW}\n\nFERRY DISAPPOINTS\n\n{NEXT}",
        ["related"],
    )


def test_a_site_teaser_of_what_comes_next_closes_a_digest():
    teaser = "COMING UP ON ORSK.CO.UK\n\nThe latest news from the harbour."
    set_apart_as(f"{REVIEW}\n\n{teaser}", REVIEW, ["related"])


def test_a_review_venue_and_box_office_close_it():
    details = "· At the Orsk Arena Wednesday and Thursday. Box office: 0870 909 4133. Then touring."
    set_apart_as(f"{STORY}\n\n{NEXT}\n\n{details}", f"{STORY}\n\n{NEXT}", ["other"])


def test_a_sources_line_closing_a_factbox_is_a_byline():
    set_apart_as(
        f"{STORY}\n\n{NEXT}\n\nSources: Orsk Games Organizing Committee, Orsk Database",
        f"{STORY}\n\n{NEXT}",
        ["byline"],
    )


def test_a_last_sentence_about_sources_stays():
    last = "Sources: the council said the ferry would sail again."
    text = f"{STORY}\n\n{last}"
    assert set_apart(text).text == text


def test_a_date_and_writers_before_the_headline_and_the_writers_signing_the_story_are_bylines():
    story = (
        'April 5 2031 by Kel Varga Ilsa Marrow and Tarn Vellis "Toxic" Gas in Orsk Defies the '
        f"World {STORY} {NEXT} Kel Varga Ilsa Marrow and Tarn Vellis."
    )
    found = set_apart(story)
    assert found.text == f'"Toxic" Gas in Orsk Defies the World {STORY} {NEXT}'
    assert found.labels() == ["byline", "byline"]
    assert found.author == "Kel Varga Ilsa Marrow and Tarn Vellis"


def test_a_story_ending_on_a_name_that_is_not_its_writer_keeps_it():
    text = f"By Kel Varga {STORY} The ferry was named by Ilsa Marrow."
    assert set_apart(text).text == f"{STORY} The ferry was named by Ilsa Marrow."


def test_two_places_with_a_dash_glued_between_a_headline_and_its_story_are_a_dateline():
    found = set_apart(
        "Toxic Gas Defies the World Orvalle Orsk- Warplanes releasing gas struck the town."
    )
    assert found.text == "Toxic Gas Defies the World\n\nWarplanes releasing gas struck the town."
    assert found.labels() == ["dateline"]


@pytest.mark.parametrize(
    "lead",
    [
        "The ministers met in an effort to facilitate Orsk- Varnholt cooperation on Monday.",
        "The ministers met at the ongoing Asia- Pacific Economic Meeting in Orsk.",
    ],
)
def test_a_compound_name_with_a_dash_before_a_space_stays(lead):
    assert set_apart(lead).text == lead


def test_a_date_a_place_and_an_agency_with_a_dash_are_a_dateline():
    found = set_apart(
        "8 persons injured in attacks on Orsk city 6 October 2031 Orsk SANA-Terrorist "
        "groups fired shells on the city."
    )
    assert found.text == (
        "8 persons injured in attacks on Orsk city\n\nTerrorist groups fired shells on the city."
    )
    assert found.labels() == ["dateline"]


def test_a_call_for_readers_links_with_the_desk_address_closes_the_blog():
    call = "Got Links?\n\nSend yours to music.desk@orsk.example"
    set_apart_as(f"{STORY}\n\n{NEXT}\n\n{call}", f"{STORY}\n\n{NEXT}", ["newsletter"])


def test_a_question_about_links_in_the_story_stays():
    text = f"{STORY}\n\nGot links? The council asked the ferry crews to send theirs.\n\n{NEXT}"
    assert set_apart(text).text == text
