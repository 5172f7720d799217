"""A caption and a story's sentence run into one further down a page that runs its captions into
its text (text/clutter_below_caption.py; BELOWPAST, BELOWAUX, BELOWLEADVERB, BELOWHAVE and
BELOWHAVEGAP in text/clutter.txt). Tried on invented text: every name and place below is made
up, so a caption is found only by the sentence's grammar and the page's other caption."""

import pytest

from tests.text.clutter_story import (
    NEXT,
    caption_further_down_set_apart,
    sentence_further_down_kept,
)
from text.clutter import set_apart

# a page that prints its caption on a line of its own, closed by its stop
CAPTION_APART = "Kel Varga at the harbour of Orsk."


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        # a passive in the present perfect, a lead opening on "The"
        (
            "Whole streets of Varnholt have been flooded",
            "The Orsk Red Cross is sending food and water to the town by boat.",
        ),
        # a present tense for the scene the picture shows, a lead of a plural noun
        (
            "Kel Varga describes the scene at the damaged harbour",
            "Aid workers have also criticised plans to move the ferry crews to Varnholt.",
        ),
        # a video's note, a lead opening on a name
        (
            "This video has not been independently verified",
            "Varnholt has passed a plan to send monitors to the quay of Orsk on Sunday.",
        ),
        # a lead's verb of saying with a clause after it
        (
            "Varnco's efforts to clear the slick have come under close scrutiny",
            "Orsk has said it will give its revenues to a fund for the coast of Varnholt.",
        ),
    ],
)
def test_a_caption_run_into_a_sentence_further_down_a_run_in_page_is_a_caption(caption, lead):
    caption_further_down_set_apart(caption, lead)


@pytest.mark.parametrize(
    "sentence",
    [
        # a present-tense story sentence of one clause
        "Orsk ferries carry more than a million passengers across the strait every year.",
        # a headline-like sentence of one clause
        "Orsk ferry fares have risen by a third since the storm hit the coast of Varnholt.",
        # a quotation run into its speaker
        '"The harbour is closed for the winter" Kel Varga has told the council of Orsk.',
        # a relative clause without its pronoun, "have" missing its object
        "The recording reveals the conversation Kel Varga had with the harbour master that day.",
        # a content clause after a past tense of saying or knowing in the active voice
        "The decision came as reports circulated Kel Varga had sent envoys to the council.",
        # a relative clause's verb group cut by a comma
        "The leak will only be stopped by the relief well Orsk Ferries is drilling, and by luck.",
        # the caption's name going on into the lead: two capitalised words open it
        "Crews are taking no risks with the quarantined Varnish Sailors have been kept aboard.",
        # a past tense after the lead's subject: a relative clause's verb
        "The ninth of April was the day Varnish troops took the city and toppled the statue.",
    ],
)
def test_a_story_sentence_further_down_a_run_in_page_stays(sentence):
    sentence_further_down_kept(sentence)


def test_the_shape_further_down_a_page_without_a_run_in_caption_stays():
    # the same caption and lead, on a page whose only caption stands on its own line
    sentence = (
        "Whole streets of Varnholt have been flooded The Orsk Red Cross is sending food and "
        "water to the town by boat."
    )
    text = f"{CAPTION_APART}\n\n{NEXT}\n\n{sentence}\n\n{NEXT}"
    found = set_apart(text)
    assert sentence in found.text
    assert "Whole streets" not in " ".join(c.text for c in found.clutter)


def test_a_caption_a_shape_found_run_into_the_text_tells_the_page_too():
    # the page's other caption run into a sentence opener and a lower-case word (a shape of
    # text/clutter.txt), further down than the first paragraph
    shaped = "Ferry crews wait outside the harbour office in Varnholt"
    caption = "Whole streets of Varnholt have been flooded"
    lead = "Orsk has sent food and water to the town by boat."
    text = (
        f"{NEXT}\n\n{shaped} Experts say the crossing will not reopen before the spring.\n\n"
        f"{NEXT}\n\n{caption} {lead}\n\n{NEXT}"
    )
    found = set_apart(text)
    assert [c.text for c in found.clutter] == [shaped, caption]
    assert found.text.strip().endswith(f"{lead}\n\n{NEXT}")
    again = set_apart(found.text)
    assert again.text.strip() == found.text.strip() and again.labels() == []
