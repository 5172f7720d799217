"""Captions told by their picture's note ("in this June 28, 2011 file photo"), whose paragraph
shape needs the picture's date or kind after "in this" (PICTUREKIND of text/clutter.txt), and a
BBC pull-quote box's quotation standing as a paragraph of its own above "End Quote"
(BOXQUOTEPARAGRAPH). Every name, place and outlet below is made up, so a shape passes only by
its structure; the notes and "End Quote" are the agencies' and the template's fixed words."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

# ----------------------------------------------------------------------------- the picture's note


@pytest.mark.parametrize(
    "caption",
    [
        "Kel Varga arrives at a news conference in Orsk in this June 28, 2031 file photo.",
        "A ferry leaves the quay of Varnholt in this Orsk May 5, 2031 file photo.",
        "Visitors look at a ferry during the Orsk harbour fair near Varnholt in this undated "
        "photograph.",
        "Crews walk past the burnt quay of Orsk in this still image taken from video posted on "
        "May 6, 2031.",
        "Pilots of Orsk wait at the gate in this 2031 photo.",
    ],
)
def test_a_caption_paragraph_with_the_pictures_date_or_kind_is_a_caption(caption):
    set_apart_as(f"{STORY}\n\n{caption}\n\n{NEXT}", f"{STORY}\n\n{NEXT}", ["caption"])


def test_a_picture_note_caption_stays_apart_when_cleaned_again():
    caption = "Crews of Orsk rest near the quay in this undated handout photograph."
    assert cleaned_once_and_again(f"{STORY}\n\n{caption}\n\n{NEXT}") == f"{STORY}\n\n{NEXT}"


@pytest.mark.parametrize(
    "paragraph",
    [
        # a column's question, the picture a figure of speech: no date or kind before it
        "Is there any hope for the harbour of Orsk in this grim picture?",
        "The pilots of Varnholt in this family photo all sailed in the war.",
        "Nobody in this group picture of Orsk's crews is still at sea.",
        # the writer speaks of a picture: no date or kind, and no caption's comma
        "You can see how far the water rose in this picture.",
    ],
)
def test_a_paragraph_on_a_picture_with_no_date_or_kind_stays(paragraph):
    text = f"{STORY}\n\n{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text


# ----------------------------------------------------------------------------- the box's quotation

SPEAKER = "End Quote Kel Varga Orsk harbour master"
AFTER = "The ferries left Varnholt at dawn."


@pytest.mark.parametrize(
    "quotation",
    [
        'I wish we had the power to reopen the quay today, but that is beyond us."',
        '"I would rather sail to Varnholt than wait in a tent at Orsk."',
        "It could be a bonanza today, but what about the harbour's future?\u201d",
    ],
)
def test_a_box_quotation_above_end_quote_is_a_caption(quotation):
    text = f"{STORY}\n\n{quotation}\n\n{SPEAKER} {AFTER}\n\n{NEXT}"
    found = set_apart(text)
    assert found.text == f"{STORY}\n\n{AFTER}\n\n{NEXT}"
    assert [c.text for c in found.clutter] == [quotation, SPEAKER]
    assert found.labels() == ["caption", "caption"]


def test_a_box_quotation_stays_apart_when_cleaned_again():
    quotation = 'We could not reach the ferries in time, and we will not forget it."'
    text = f"{STORY}\n\n{quotation}\n\n{SPEAKER} {AFTER}\n\n{NEXT}"
    assert cleaned_once_and_again(text) == f"{STORY}\n\n{AFTER}\n\n{NEXT}"


@pytest.mark.parametrize(
    "paragraph",
    [
        # the story's sentence above "End Quote" (the box's quotation lost): no closing mark
        "The council of Orsk said the quay would be rebuilt by the spring.",
        '"We want to reopen the quay," said Kel Varga, the harbour master of Orsk.',
        # a quotation inside the story's sentence: a mark inside, not at its very start
        'He said: "The quay of Orsk will reopen in the spring."',
        '"The quay," he said, "will reopen in the spring."',
    ],
)
def test_a_story_paragraph_above_end_quote_stays(paragraph):
    found = set_apart(f"{STORY}\n\n{paragraph}\n\n{SPEAKER} {AFTER}\n\n{NEXT}")
    assert found.text == f"{STORY}\n\n{paragraph}\n\n{AFTER}\n\n{NEXT}"


def test_a_quotation_paragraph_with_no_end_quote_below_stays():
    quotation = 'I wish we had the power to reopen the quay today, but that is beyond us."'
    text = f"{STORY}\n\n{quotation}\n\n{NEXT}"
    assert set_apart(text).text == text
