"""A caption and the lead run into the text's first sentence, each a clause with its own subject
and finite verb and nothing to join them (text/clutter_clause_caption.py; CLAUSEAUX,
CLAUSEJOINER, CLAUSEINNER, CLAUSEADJECTIVE and CLAUSENOUN in text/clutter.txt). Tried on
invented text: every name and place below is made up, so the caption is found only by the
sentence's grammar."""

import pytest

from tests.text.clutter_story import NEXT, opening_caption_set_apart
from text.clutter import set_apart


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        # a caption's subject holding a name before its auxiliary ("of Orsk were")
        (
            "Parts of Orsk were flooded for weeks",
            "The Varnholt Red Cross has been unable to reach the harbour of Orsk for a third day.",
        ),
        # a caption opening on "There"
        (
            "There have been several storms in Varnholt in recent days",
            "Harbour crews have closed two quays of the port of Orsk on Monday.",
        ),
        # "as" inside the caption, a lead opening on a number
        (
            "The school has been closed as a precaution",
            "Two new cases of swine fever have been confirmed in Orsk on Tuesday.",
        ),
        # a lead whose subject is a role and a name
        (
            "Kel Varga has been with the ferry company for 28 years",
            "Orsk Shipping's chief executive Kel Varga has been negotiating the terms of his exit.",
        ),
        # a caption in the past tense without an auxiliary
        (
            "Kel Varga previously used his fame to highlight the Orsk flood",
            "Harbour singer Ilsa Marrow is to present a concert for the victims of the storm.",
        ),
        # a lead opening on a bare name
        (
            "There is still oil in the water out there",
            "Orsk Ferries has finished pumping cement into the damaged well off Varnholt.",
        ),
    ],
)
def test_a_caption_run_into_the_lead_as_a_clause_of_its_own_is_a_caption(caption, lead):
    opening_caption_set_apart(caption, lead)


@pytest.mark.parametrize(
    "sentence",
    [
        # a content clause after a noun or a verb that takes one, without "that"
        "There is a good chance Orsk Ferries will resume sailings to Varnholt next week.",
        "Many Orsk voters have long believed Kel Varga will return to the harbour council.",
        "Kel Varga believed the young Orsk singer Ilsa Marrow was the future of music.",
        # a relative clause without its pronoun
        "Salt Days is the working title of the first film Kel Varga has agreed to make.",
        "The harbour board has dropped the scheme Ilsa Marrow had pushed for since the storm.",
        # an adjective before the name it qualifies, a phrase going on into "and"
        "The harbour council is planning an internal Varnish inquiry and has asked for help.",
        "The ferry crews have been lining up along the coast of southern Orsk and have waited.",
        # a content clause after a noun that takes one, opening before the name
        "There were reports the harbour master Kel Varga had resigned after the storm.",
        # a headline-like story sentence of one clause
        "Orsk ferry fares have risen by a third since the storm hit the coast of Varnholt.",
        # a short paragraph: too short a lead after the boundary
        "Ferries have been cancelled for the week Orsk Shipping has said.",
        # a quotation, and a reported speech without an auxiliary after its subject
        '"The harbour is closed for the winter" Kel Varga has told the council of Orsk.',
        "The harbour has been closed for the winter Kel Varga told the council of Orsk today.",
    ],
)
def test_a_story_sentence_stays(sentence):
    text = f"{sentence}\n\n{NEXT}"
    found = set_apart(text)
    assert found.text.strip() == text
    assert found.labels() == []


def test_the_shape_further_down_a_story_stays():
    # a story's sentence with a relative clause run on bare, after the first paragraph
    text = (
        f"{NEXT}\n\nThe answer to this is the sort of harbour fix Orsk's backers have got used "
        "to over the years."
    )
    found = set_apart(text)
    assert found.text.strip() == text
    assert found.labels() == []
