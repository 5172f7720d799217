"""Shapes the twenty-eighth dev sample left in: a caption closed by its picture's credit in
square brackets run into the story's next sentence ([inline caption] SQUARECREDIT of
text/clutter.txt), a caption paragraph closed by the picture's note in Reuters' form (", in
this handout photograph."), and a name line with a role and a body and no "By" ([every
byline] ROLELINE: an analyst's box, a letter's signature). Every name, place and outlet below
is made up, so a shape passes only by its structure; the credits and the note are the sites'
fixed words."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

LEAD = "Rebels of the Orsk front hold the town."

# ----------------------------------------------------------------------------- square credits


@pytest.mark.parametrize("credit", ["[Anadolu]", "[AFP]", "[Getty]", "[Twitter]"])
def test_a_caption_closed_by_a_square_credit_run_into_the_story_is_a_caption(credit):
    caption = f"A man gets treatment at a clinic after the gas attack in Varnholt {credit}"
    set_apart_as(f"{LEAD} {caption} {STORY}", f"{LEAD} {STORY}", ["caption"])


def test_a_caption_closed_by_a_square_credit_opening_its_paragraph_is_a_caption():
    caption = "Images of the captured pilot of Orsk were released [Twitter]"
    set_apart_as(f"{NEXT}\n\n{caption} {STORY}", f"{NEXT}\n\n{STORY}", ["caption"])


def test_a_caption_closed_by_a_square_credit_closing_the_text_is_a_caption():
    caption = "A convoy to the Orsk quay was hit by an air strike destroying two trucks [AFP]"
    set_apart_as(f"{STORY} {caption}", STORY, ["caption"])


def test_the_square_credit_caption_stays_apart_when_cleaned_again():
    caption = "A man walks past the ruined market of Varnholt on Monday [Anadolu]"
    assert cleaned_once_and_again(f"{LEAD} {caption} {STORY}") == f"{LEAD} {STORY}"


@pytest.mark.parametrize(
    "text",
    [
        # an editor's word inside a quotation names no picture's source
        f'{LEAD} "The coalition demands the [UN] Council meet at once," he said. {STORY}',
        f"{LEAD} Fighters of the [IS] group left Varnholt on Monday. {STORY}",
        # a credit's word in brackets inside a sentence that goes on in lower case
        f"{LEAD} The pilot told [AFP] that the jet crashed near Varnholt. {STORY}",
        # the sentence before the credit too short for a caption
        f"{LEAD} See more [Twitter] {STORY}",
        # a digest's item closed by its stop and the source it was read in
        f"{STORY} Some say the ferry will sail, but the crews in Orsk have changed their mind. [AP]",
    ],
)
def test_square_brackets_that_close_no_caption_stay(text):
    assert set_apart(text).text == text


# ----------------------------------------------------------------------------- the picture's note


@pytest.mark.parametrize(
    "caption",
    [
        "Debris from the ferry floats off Orsk after it sank, off Varnholt April 22, 2031, in "
        "this handout photograph.",
        "Crews battle the fire on the quay at Orsk, in this handout photograph taken on April "
        "21, 2031 and obtained on April 22.",
        "Kel Varga shakes the hand of the Orsk mayor in Varnholt, in this image from Orsk TV.",
        "Refugees rest in a village near Varnholt, in this photo dated March 24.",
    ],
)
def test_a_caption_paragraph_closed_by_the_pictures_note_is_a_caption(caption):
    set_apart_as(f"{caption}\n\n{STORY}\n\n{NEXT}", f"{STORY}\n\n{NEXT}", ["caption"])


@pytest.mark.parametrize(
    "paragraph",
    [
        # a story's sentence on a picture: no comma before the note, and it goes on
        "The boy in this photograph died a little, too, when the ferry sank.",
        # the note inside a sentence that goes on after it
        "Crews battle the fire at Orsk, in this picture you can see the quay burning.",
        # the note's words going on after it
        "The ferry was found, in this photograph's corner, by a diver from Orsk.",
        "The quay burned, in this picture taken by a diver. Crews fought the fire for a day.",
        # no comma before "in this"
        "You can see how far the water rose in this picture.",
    ],
)
def test_a_paragraph_on_a_picture_that_is_no_caption_stays(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text


# ----------------------------------------------------------------------------- a name line


def test_a_name_role_and_body_line_run_into_a_boxs_first_sentence_is_a_byline():
    line = "Kel Varga Associate fellow, Royal Orsk Institute"
    box = "So far, there is no sign that the harbour will reopen."
    set_apart_as(f"{STORY}\n\n{line} {box}\n\n{NEXT}", f"{STORY}\n\n{box}\n\n{NEXT}", ["byline"])


@pytest.mark.parametrize(
    "line",
    [
        "Ilsa Marrow Director, Orsk Ferries Trust",
        "Tarn Vellis Executive director, Varnholt Harbour Fund for Orsk",
    ],
)
def test_a_letters_signature_with_a_role_and_body_alone_on_its_line_is_a_byline(line):
    found = set_apart(f"{STORY}\n\n{line}\n\n{NEXT}")
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels() == ["byline"] and found.author is None


@pytest.mark.parametrize(
    "paragraph",
    [
        # the role after a comma: a story's apposition
        "Kel Varga, director of the Orsk Ferries Trust, said the quay would reopen.",
        # no comma after the role: the sentence goes on
        "Kel Varga Director General of Orsk met the crews on Monday.",
        # a role the line does not print
        "Kel Varga Harbour master, Orsk Ferries Trust",
        # the body running into words no role holds
        "Ilsa Marrow Director, Orsk Ferries Trust has said that the quay will reopen.",
    ],
)
def test_a_paragraph_that_is_no_name_line_stays(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text
