"""Clutter shapes written from a fifth sample of articles (bench/CLEAN_MARKS.md, dev5) and the
misses of the earlier ones, tried here on invented text: every name, place, outlet and headline
below is made up, so a shape passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart

STANDFIRST = "Shelling killed three people in the besieged town of Verlo on Monday."


@pytest.mark.parametrize(
    "caption",
    [
        # a caption closed by the picture's date
        "A man walks past a damaged clinic in Verlo Vornland May 5 2031.",
        "Smoke rises over the old town of Verlo on May 5 2031 (File photo)",
        # the date printed as a sentence of its own
        "A man walks past a damaged clinic near the border. May 5 2031.",
        # a caption that says it shows a picture
        "A picture taken on May 5 2031 shows the clinic in Verlo.",
    ],
)
def test_a_caption_credited_to_a_site_and_agencies_goes_with_the_credit(caption):
    set_apart_as(
        f"{STANDFIRST} {caption} (Orsk World and Agencies) {STORY}",
        f"{STANDFIRST} {STORY}",
        ["caption"],
    )


def test_a_site_and_agencies_credit_after_a_story_sentence_is_taken_alone():
    sentence = "He added that two more people had died in hospital."
    found = set_apart(f"{STORY} {sentence} (Orsk World and Agencies) {NEXT}")
    assert found.text == f"{STORY} {sentence} {NEXT}"


def test_an_agency_and_date_closing_a_text_without_its_story_is_a_dateline():
    headline = "Strikes kill ten civilians in Verlo Monitor"
    found = set_apart(f"{headline} AFP Sunday 26 Nov 2031")
    assert found.text == headline
    assert found.labels() == ["dateline"]
    assert (found.outlet, found.date) == ("AFP", "Sunday 26 Nov 2031")


TRUCE = "The truce between the two sides was signed in Orvalle on May 5 2031."


@pytest.mark.parametrize(
    "text",
    [
        f"{STANDFIRST} {TRUCE} (Orsk World and Agencies) {STORY}",
        f"{STORY} {TRUCE} (Orsk World and Agencies) {NEXT}",
    ],
)
def test_a_story_sentence_ending_on_a_date_before_such_a_credit_stays(text):
    # told in the past, it is no caption: the credit alone is taken
    found = set_apart(text)
    assert TRUCE in found.text
    assert "Agencies" not in found.text


@pytest.mark.parametrize(
    "widget", ["12 MoreImage", "12 (Orsk News and Vornpress) MoreImage", "MoreImage"]
)
def test_a_picture_widget_closing_the_text_is_set_apart(widget):
    found = set_apart(f"{STORY} {NEXT} {widget}")
    assert found.text == f"{STORY} {NEXT}"


PARAGRAPH = "The council met again on Friday."
LINKED = "Meanwhile, more ferries were added to the winter timetable."


def test_a_caption_run_into_a_linked_sentence_is_set_apart():
    caption = "Ilsa Marrow has been organising the Orsk harbour telethon for weeks"
    found = set_apart(f"{STORY}\n\n{caption} {LINKED}\n\n{NEXT}")
    assert found.text == f"{STORY}\n\n{LINKED}\n\n{NEXT}"
    assert found.labels() == ["caption"]


@pytest.mark.parametrize(
    "line",
    [
        # a subheading is short
        "Ferries go it alone",
        # a sentence that lost its stop opens as a sentence does, or ends on a pronoun
        "It takes about six months to build a ferry of that size in Orsk",
        "Some harbour masters then share the lists of sailings with each of them",
        # a question set as a heading
        "Why the new ferry will be like the old ferry of Varnholt",
    ],
)
def test_a_line_before_a_linked_sentence_that_is_no_caption_stays(line):
    text = f"{STORY}\n\n{line} {LINKED}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_list_item_before_a_linked_sentence_stays():
    text = f"{STORY} The plan asks for six things, the last 6.\n\n"
    text += f"Councils to keep the ferries running through the winter months {LINKED}"
    assert set_apart(text).text == text


def test_a_question_blogs_answers_are_set_apart_from_the_question():
    question = "Here's my question to you: Should the Orsk ferry run through the winter?"
    answers = "Interested to know which ones made it on air?\n\nYes, the islands need it."
    set_apart_as(
        f"{STORY}\n\n{question}\n\n{answers}\n\nKel in Varnholt writes: No.",
        f"{STORY}\n\n{question}",
        ["comment"],
    )


def test_a_section_teaser_block_and_link_around_a_press_digest_are_set_apart():
    teaser = "Top story on MediaGuardian Orsk radio wins its licence back Regulator rules again"
    digest = "The Varnholt Post Ferry strike ends.\n\nP3 Orsk radio ratings."
    set_apart_as(
        f"{teaser} More on MediaGuardian {digest}\n\nP27 Go to MediaGuardian",
        f"{digest}\n\nP27",
        ["related", "related"],
    )


def test_a_section_search_blurb_over_the_item_is_set_apart():
    blurb = (
        "Search, find and watch the politics that affects you Search Democracy Live Find a "
        "representative or topic\n\nVideos are listed in one place, allowing you quick and easy "
        "access."
    )
    set_apart_as(f"{blurb}\n\n{STORY}", STORY, ["nav", "nav"])


def test_a_programme_promotion_run_into_the_story_is_set_apart():
    promotion = "Orsk - Deep Water, BBC Two, Monday, 21 June at 2030 BST Then available in the UK"
    set_apart_as(f"{STORY} {promotion} via the link below {NEXT}", f"{STORY} {NEXT}", ["related"])


def test_a_sentence_quoting_in_single_marks_after_a_colon_stays():
    for clause in ["The mayor told reporters on Monday", "Mayor Kel Varga told reporters"]:
        text = f"{STORY}\n\n{clause}: 'We will stay and rebuild the harbour' The council agreed."
        assert set_apart(text).text == text


def test_a_quote_box_in_single_marks_inside_the_story_is_set_apart():
    box = "Kel Varga: 'We saw the ferry sink'"
    set_apart_as(
        f"{STORY}\n\n{box} Kel Varga said the crew was safe.",
        f"{STORY}\n\nKel Varga said the crew was safe.",
        ["caption"],
    )


@pytest.mark.parametrize(
    "text",
    [
        # a headline at the text's start may be a quotation
        "Ferry strike: 'watch, wait, sail' The Orsk ferry stayed in port on Monday.",
        # a quotation holding an apostrophe is left (its end is not known)
        f"{STORY}\n\nKel Varga: 'We're safe' The crew said on Monday that all were safe.",
    ],
)
def test_a_quotation_that_is_no_quote_box_stays(text):
    assert set_apart(text).text == text
