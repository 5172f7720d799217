"""A photo's description opening the article, in the present tense of what the people in the
picture do, closed by a stop, with the story after it (text/clutter_photo_caption.py,
PHOTOCAPTION in text/clutter.txt). Tried on invented text: every name and place below is made
up, so the caption is found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY
from text.clutter import set_apart


@pytest.mark.parametrize(
    "caption",
    [
        "Protesters gather in the main square of Varnholt on Sunday for a vigil.",
        "A man carries an injured girl after an airstrike on the market of Orsk.",
        "Orsk civil defence volunteers and relatives try to identify the victims of the flood.",
        "A young Varnish protester carries a sign during a demonstration in the town of Kessany.",
        "Cleanup workers hired by Orsk Ferries walk along the beach in Port Varn.",
        "Adm. Kel Varga waits for a meeting of the harbour council in Orsk on Thursday.",
    ],
)
def test_a_photo_description_opening_the_text_is_a_caption(caption):
    for text, kept in (
        (f"{caption}\n\n{STORY}\n\n{NEXT}", f"{STORY}\n\n{NEXT}"),
        (f"{caption} {STORY}", STORY),  # a page flattened to one line
    ):
        found = set_apart(text)
        assert found.text.strip() == kept
        assert found.labels() == ["caption"]
        assert [c.text for c in found.clutter] == [caption]
        again = set_apart(found.text)
        assert again.text.strip() == found.text.strip() and again.labels() == []


@pytest.mark.parametrize(
    "text",
    [
        # a story told in the present tense: the sentence after it points back to it
        "Kel Varga walks into the council chamber. He sits down and looks at the crowd of people.",
        # a headline in the present tense run into its lead, which holds an auxiliary
        "Residents flee as Orsk crews battle fires Thousands of people have spent a second night "
        "in the open after the fires reached the town.",
        # a quotation, a reporting verb, a first person
        'Protesters gather here every week, "we will not stop," the organiser of the march '
        "told the crowd in Orsk.",
        "Ferry crews hold the key to the recovery, officials say, as the harbour of Orsk reopens "
        "this week.",
        "We walk along the quay every morning to see the ferries of Orsk leave the harbour.",
        # an adverbial or a clause before the subject
        "As Kel Varga sits in his cell this week, a jury is deciding whether he will stand trial.",
        "At the end of each day Ilsa Marrow walks back to the harbour of Orsk alone.",
        # not a photo's verb: a story's figures and findings
        "Latest data from the Orsk council shows a huge increase in the number of ferries.",
        "The price of a ferry ticket in Orsk rises to ten crowns on Monday.",
        # a static present: "holds", "sits", "stands"
        "A mausoleum in Orsk holds the graves of the late harbour master and of his brother.",
        "The old fort of Orsk sits on a hill above the harbour and the town.",
        # a scheduled event
        "The minister of Varn arrives in Orsk on Monday for a three - day visit to the harbour.",
        # "stands to", "stands accused"
        "About 100 Orsk ferry pilots stand to pocket payments of up to a million crowns.",
        "Kel Varga stands accused of sinking a ferry in the harbour of Orsk last year.",
        # the photo's verb as a noun, after a determiner or a number
        "The stand - off between Orsk and Varn over the harbour lifts the lid on the talks.",
        "Orsk ran in three tries to record a win against Varn in a one-off match on Saturday.",
        # a headline run into its lead: an opener inside it, an apposition, no article
        "Varga arrives in Orsk The head of the Varn council arrived in Orsk yesterday for talks.",
        "Orsk mourns sudden death of harbour master on hillside Kel Varga, the former minister, "
        "died in hospital last night after collapsing in the hills.",
        "Leaders react to Orsk harbour claim.",
    ],
)
def test_a_story_sentence_a_headline_or_a_quotation_stays(text):
    found = set_apart(f"{text}\n\n{STORY}")
    assert found.text.startswith(text)
    assert "caption" not in found.labels()


def test_a_short_story_paragraph_and_a_caption_shape_further_down_stay():
    # a short first paragraph in the present tense is the story's: a caption places people
    short = "Ilsa Marrow holds the record."
    assert set_apart(f"{short}\n\n{STORY}").text.startswith(short)
    # no story of six words after it: nothing taken
    alone = "Crowds gather outside the town hall of Orsk for a vigil."
    assert set_apart(f"{alone} Ferries sailed.").labels() == []
    # only the text's first paragraph is read: the present tense further down is the story's
    found = set_apart(f"{STORY}\n\n{alone}\n\n{NEXT}")
    assert alone in found.text
    assert "caption" not in found.labels()


# a page's head of one sentence, as the Guardian prints its standfirst, with or without a
# sentence's stop
HEADS = [
    "The Orsk ferry spill may not be stopped until the winter, the harbour board of Varnholt warns",
    "The harbour board of Orsk said the bill for the ferry spill had risen again this week.",
]


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize(
    "caption",
    [
        "Workers clean up the oil washed ashore at the harbour of Orsk.",
        "Oil washes ashore in Varnholt from the wreck of the Orsk ferry.",
        "Volunteers gather on the quay of Port Varn for a vigil on Sunday.",
    ],
)
def test_a_photo_description_below_a_head_of_one_sentence_is_a_caption(head, caption):
    found = set_apart(f"{head}\n\n{caption}\n\n{STORY}\n\n{NEXT}")
    assert found.text.strip() == f"{head}\n\n{STORY}\n\n{NEXT}"
    assert found.labels() == ["caption"]
    assert [c.text for c in found.clutter] == [caption]
    again = set_apart(found.text)
    assert again.text.strip() == found.text.strip() and again.labels() == []


@pytest.mark.parametrize(
    "text",
    [
        # a story's habitual present: what people do as a rule, not in a picture
        f"{HEADS[1]}\n\nThe mayor usually tries to keep the harbour of Orsk out of the news."
        f"\n\n{STORY}",
        f"{HEADS[0]}\n\nFerry crews often gather on the quay of Port Varn after the last sailing."
        f"\n\n{STORY}",
        # below a first paragraph of two sentences: the story's own present tense
        f"{STORY}\n\nCrowds gather outside the town hall of Orsk for a vigil.\n\n{NEXT}",
        # further down than the second paragraph
        f"{HEADS[1]}\n\n{NEXT}\n\nCrowds gather outside the town hall of Orsk for a vigil."
        f"\n\n{STORY}",
        # a story told in the present tense: the sentence after it points back to it
        f"{HEADS[0]}\n\nKel Varga walks into the council chamber of Orsk on his own."
        "\n\nHe sits down and looks at the crowd of people in the hall.",
        # a company's shares, not a photo: "floats" is no caption's verb
        f"{HEADS[1]}\n\nOrsk Ferries floats on the Varnholt stock exchange for the first time."
        f"\n\n{STORY}",
    ],
)
def test_a_story_paragraph_below_the_head_stays(text):
    found = set_apart(text)
    assert found.text.strip() == text
    assert "caption" not in found.labels()


def test_two_captions_in_a_row_opening_the_text_stay_as_the_first_step_leaves_them():
    # the first paragraph is itself a caption, held off by the caption after it: the second
    # is not taken alone, which would leave the first to be taken on the next cleaning
    first = "Protesters gather in the main square of Varnholt on Sunday for a vigil."
    second = "Volunteers carry sandbags to the quay of Port Varn in the north of Orsk."
    text = f"{first}\n\n{second}\n\n{STORY}"
    found = set_apart(text)
    assert found.text.strip() == text and found.labels() == []


@pytest.mark.parametrize(
    "habitual",
    [
        "Ferry crews often gather on the quay of Port Varn after the last sailing of the day.",
        "The mayor of Orsk usually walks past the harbour office on her way to the council.",
    ],
)
def test_a_habitual_present_opening_the_text_stays(habitual):
    # the habitual adverb keeps the first paragraph's step off a story's present of what people
    # do as a rule, as it does below a head
    text = f"{habitual}\n\n{STORY}\n\n{NEXT}"
    found = set_apart(text)
    assert found.text.strip() == text
    assert "caption" not in found.labels()
