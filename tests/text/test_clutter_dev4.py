"""Clutter shapes written from a fourth sample of articles (bench/CLEAN_MARKS.md, dev4) and the
misses of the earlier ones, tried here on invented text: every name, place, outlet and headline
below is made up, so a shape passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY
from text.clutter import set_apart


def test_a_headline_run_into_a_credited_caption_stays_the_headline():
    headline = "Orsk ferry runs again Harbour board says the crossing is safe after the storm"
    caption = "A ferry leaves the quay in Varnholt on Monday."
    found = set_apart(f"{headline} {caption}\n\nPhotograph: Kel Varga/Orskpress {STORY}")
    assert found.text == f"{headline}\n\n{STORY}"
    assert found.labels().count("caption") == 1


def test_a_glued_caption_with_no_credit_after_it_is_still_taken():
    caption = "Even buildings in the old town came tumbling down"
    found = set_apart(f"{caption} The harbour stayed shut on Monday.\n\n{STORY}")
    assert found.text.startswith("The harbour stayed shut")


@pytest.mark.parametrize(
    ("credit", "story"),
    [
        # a photographer with two agencies is one credit
        ("Photograph: Kel Varga/AFP/Getty", "For Orsk's board"),
        # a photographer named before a name is the credit
        ("Photograph: Kel Arvane", "Ilsa Marrow, who led the board,"),
    ],
)
def test_a_credited_caption_is_set_apart_up_to_the_story(credit, story):
    caption = "A ferry leaves the quay in Varnholt."
    found = set_apart(f"{caption}\n\n{credit} {story} {NEXT}")
    assert found.text == f"{story} {NEXT}"


def test_a_tag_list_in_lower_case_run_into_the_lead_is_set_apart():
    standfirst = "Shelling killed three women in the besieged town of Verlo."
    lead = "Three women from the besieged town of Verlo were killed on Monday."
    found = set_apart(f"{standfirst} Tags Verlo Orsk hunger siege women Marrak {lead}")
    assert found.text == f"{standfirst} {lead}"
    assert found.labels() == ["tags"]


def test_a_tag_list_before_a_lead_that_opens_with_a_name_keeps_the_lead():
    standfirst = "Airstrikes hit a market in Verlo on Friday."
    lead = "Marrak forces struck a market and a clinic in Verlo on Friday."
    found = set_apart(f"{standfirst} Tags Verlo civil defence airstrikes {lead}")
    assert lead in found.text


def test_a_bare_agency_run_into_a_sentence_opener_is_still_a_credit():
    caption = "A ferry leaves the quay in Varnholt on Monday."
    found = set_apart(f"{caption}\n\nAP The ferries have begun to run again. {NEXT}")
    assert found.text == f"The ferries have begun to run again. {NEXT}"
    assert found.labels() == ["caption", "credit"]


@pytest.mark.parametrize(
    "text",
    [
        # an agency named as a sentence's subject is no credit
        "Orsk bridge falls into the river after the storm\n\nReuters Television footage showed "
        f"the bridge falling into the river on Monday. {NEXT}",
        # a story sentence on a registered charity closing the text is kept
        f"{STORY}\n\nRegistered in England and Wales, the Orsk Ferry Trust has raised money for "
        "the families of the crew since the storm.",
    ],
)
def test_story_sentences_that_open_like_clutter_are_kept(text):
    found = set_apart(text)
    assert found.text == text
    assert found.labels() == []


def test_a_company_registration_closing_the_text_is_a_footer():
    footer = "Registered in England and Wales, company number 0123456. Registered office: 1 Quay"
    found = set_apart(f"{STORY}\n\n{footer}")
    assert found.text == STORY
    assert found.labels() == ["footer"]
