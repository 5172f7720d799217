"""A letters page's signatures, each a paragraph between two letters, and a Fox Nation page's
title suffix, closing description and feed: invented text in the shapes the corpus's pages
print."""

import pytest

from tests.text.clutter_story import cleaned_once_and_again
from text.clutter import set_apart

LETTER_A = (
    "You report that the Orsk ferry will stop in May (Report, 11 March). "
    "Surely the council can find the money for one boat."
)
LETTER_B = (
    "Your leader on the harbour tax misses the point (Leaders, 12 March). "
    "The tax falls on those who can least afford it."
)
LETTER_C = "I was glad to read of the new quay (Ferry hopes rise in Varn, March 10)."


@pytest.mark.parametrize(
    "signature",
    [
        "Kel Varga Orsk",
        "Ilsa Marrow Varnholt, North Orvalle",
        "Rev Tarn Vellis Orsk upon Varn",
        "Dr Kel Varga Orsk Harbour Trust",
    ],
)
def test_a_signature_between_two_letters_is_set_apart(signature):
    text = f"{LETTER_A}\n\n{signature}\n\n{LETTER_B}\n\nJon Brask Varnholt\n\n{LETTER_C}"
    found = set_apart(text)
    assert signature not in found.text
    assert "Jon Brask Varnholt" not in found.text
    assert found.text == f"{LETTER_A}\n\n{LETTER_B}\n\n{LETTER_C}"
    assert "byline" in found.labels()
    assert cleaned_once_and_again(text) == found.text


def test_a_first_name_left_alone_by_a_broken_signature_is_set_apart():
    text = f"{LETTER_A}\n\nIlsa\n\nMarrow Orsk • {LETTER_B}\n\nKel Varga Orsk •\n\n{LETTER_C}"
    found = set_apart(text)
    assert found.text == f"{LETTER_A}\n\n{LETTER_B}\n\n{LETTER_C}"


def test_one_letter_closed_by_its_writers_town_and_county_is_signed():
    text = f"{LETTER_A}\n\nThe ferry is the only way to Varn.\n\nKel Varga Orsk, Varnshire"
    found = set_apart(text)
    assert found.text == f"{LETTER_A}\n\nThe ferry is the only way to Varn."


def test_a_name_and_a_town_closing_a_story_paragraph_stay():
    text = (
        f"{LETTER_A}\n\n{LETTER_B}\n\n"
        "The ferry was last seen by the harbour master, Kel Varga of Orsk.\n\n"
        "The quay reopens in May, said Ilsa Marrow Varnholt"
    )
    assert set_apart(text).text == text


def test_a_name_that_opens_the_next_sentence_stays():
    # the writer named, then the piece the sentence goes on about: "Kel Varga / (...) argues"
    text = (
        f"{LETTER_A}\n\nKel Varga\n\n(Orsk will reopen its quay, 8 March) argues that the "
        f"ferry can wait.\n\n{LETTER_B}"
    )
    assert set_apart(text).text == text


def test_a_quote_attributed_at_a_paragraphs_end_stays():
    text = (
        f"{LETTER_A}\n\n"
        '"The ferry will sail again," said Kel Varga, the harbour master of Orsk.\n\n'
        f"{LETTER_B}"
    )
    assert set_apart(text).text == text


def test_without_references_to_the_papers_pieces_capitalised_lines_stay():
    # a story's subheadings are no signatures: the text names no piece it answers
    text = (
        "The ferry will stop in May, the council said.\n\nHarbour Trust Orsk\n\n"
        "The trust runs the quay.\n\nVarn Quay\n\nThe quay is shut."
    )
    assert set_apart(text).text == text


def test_with_one_reference_one_signature_inside_the_text_stays():
    # one reference and one name-shaped line between two paragraphs: no letters page told
    text = (
        "Kel Varga wrote of the ferry (Report, 11 March).\n\nHarbour Trust Orsk\n\n"
        "The trust runs the quay."
    )
    assert set_apart(text).text == text


def test_a_fox_nation_page_loses_its_title_suffix_and_closing_feed():
    text = (
        "Orsk Ferries Move To Varn | Archive | Fox Nation Ferry companies are planning on "
        "moving their boats to Varn.\n\nThe council said it would not stop them.\n\n"
        "The Fox Nation is for those opposed to intolerance, excessive government control of "
        "our lives, and attempts to monopolize opinion.\n\n"
        "foxnews: Firefighters in Orsk free a woman trapped between two walls."
    )
    found = set_apart(text)
    assert found.text == (
        "Orsk Ferries Move To Varn Ferry companies are planning on moving their boats to "
        "Varn.\n\nThe council said it would not stop them."
    )
    assert cleaned_once_and_again(text) == found.text


def test_with_one_reference_names_heading_a_features_paragraphs_stay():
    # a feature on two people, each paragraph headed by the name: no place, no signature
    text = (
        "Orsk has given the stage two new stars (Harbour notes, 8 March).\n\n"
        "Kel Varga\n\nThe singer of the harbour band turned down a film to tour.\n\n"
        "Ilsa Marrow\n\nThe actor sings on the band's new record."
    )
    assert set_apart(text).text == text
