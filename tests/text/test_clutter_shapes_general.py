"""Clutter shapes written from a second sample of articles the first rules never saw
(bench/CLEAN_MARKS.md, dev2), tried here on invented text: every name, place, outlet and
headline below is made up, so a shape passes only by its structure."""

from tests.text.clutter_story import NEXT, STORY
from text.clutter import set_apart


def test_a_credit_run_into_the_first_sentence_takes_the_caption_not_the_sentence():
    headline = (
        "Varnholt plans a new crossing over the Orsk Engineers say the old bridge cannot be "
        "saved and that the ferries will have to run for at least a year while the council "
        "looks for the money to build a new one somewhere upstream of the town."
    )
    caption = "A ferry waits at the quay in Varnholt on 3 May."
    text = f"{headline} {caption}\n\nPhotograph: Kel Varga/Orskpress {STORY}"
    found = set_apart(text)
    assert STORY in found.text
    assert caption not in found.text and "Kel Varga" not in found.text
    assert found.text.startswith("Varnholt plans a new crossing")


def test_a_sentence_saying_it_shows_a_picture_is_set_apart_from_the_story():
    text = f"{STORY} File photo shows engineers on the Orsk bridge at dawn It added that {NEXT}"
    found = set_apart(text)
    assert "File photo" not in found.text
    assert found.text.endswith(f"It added that {NEXT}")


def test_an_agency_in_brackets_after_a_standfirst_is_a_dateline():
    text = f"Seven hurt in Orsk blast. The toll may rise. (AFP) {STORY}"
    found = set_apart(text)
    assert "(AFP)" not in found.text and found.outlet == "AFP"
    assert found.text.endswith(STORY)


def test_a_caption_credited_to_an_agency_between_two_sentences_is_set_apart():
    caption = "A boy waits at the clinic in Varnholt after the shelling of the river district."
    intro = (
        "The council met again on Wednesday evening to hear the engineers. "
        "They asked for more time and a second survey of the piers."
    )
    # (in the third paragraph: a bracketed agency in the first two is read as a dateline)
    text = f"{intro}\n\n{intro}\n\n{STORY} {caption} (AFP) {NEXT}"
    found = set_apart(text)
    assert caption not in found.text and "(AFP)" not in found.text
    assert found.text.endswith(f"{STORY} {NEXT}")


def test_an_agency_alone_between_a_headline_and_the_story_is_a_dateline():
    text = (
        f"Floods cut the road to Orsk AP Varnholt's council closed the crossing on Monday. {NEXT}"
    )
    found = set_apart(text)
    assert found.outlet == "AP"
    assert " AP " not in found.text


def test_an_agency_named_in_prose_is_kept():
    text = f"The mayor told AP Television News that the crossing was safe. {STORY}"
    assert set_apart(text).text == text


def test_closing_credits_with_a_place_initials_and_a_counter_are_set_apart():
    contributed = f"{STORY}\n\nOrsk Radio's Ilsa Marrow contributed to this report from Orvalle."
    assert set_apart(contributed).text == STORY
    assert set_apart(f"{STORY} KTV 14").text == STORY


def test_a_read_also_link_between_two_sentences_is_set_apart():
    text = f"{STORY} Read also Ferry talks stall as Orsk union walks out Outside the port {NEXT}"
    found = set_apart(text)
    assert "Read also" not in found.text and "union walks out" not in found.text
    assert found.text.endswith(f"Outside the port {NEXT}")


def test_book_details_and_a_helpline_closing_the_text_are_set_apart():
    book = "The Harbour Years by Ilsa Marrow is published by Kestrel Books, price # 20"
    assert set_apart(f"{STORY}\n\n{book}").text == STORY
    helpline = "In the UK, the Samaritans can be contacted on 116 123."
    assert set_apart(f"{STORY}\n\n{helpline}").text == STORY


def test_a_slideshow_counter_is_set_apart():
    text = f"{STORY}\n\nBACK {{current}} of {{total}} NEXT Divers searched the wreck on Friday."
    assert set_apart(text).text == f"{STORY}\n\nDivers searched the wreck on Friday."


def test_a_post_by_an_outlet_keeps_the_headline_word_after_it():
    text = f"Posted on July 20 2031 by Asharq Al-Awsat Dozens Flee Orsk {STORY}"
    found = set_apart(text)
    assert found.text.startswith("Dozens Flee Orsk")
    assert found.outlet == "Asharq Al-Awsat"


def test_a_link_line_closing_the_text_takes_its_question_along():
    text = f"{STORY} Yours, Kel Reading on mobile? Click here to view video"
    assert set_apart(text).text == f"{STORY} Yours, Kel"


def test_a_credit_before_a_name_takes_no_word_of_the_name():
    caption = "A ferry waits at the quay in Varnholt on 3 May."
    text = f"{caption}\n\nPhotograph: Kel Varga/Reuters Ilsa Marrow confronted the council."
    assert set_apart(text).text == "Ilsa Marrow confronted the council."


def test_a_credit_line_run_into_a_sentence_keeps_the_sentence():
    text = f"{STORY}\n\nA ferry waits in Varnholt.\n\nPicture: Kel Varga I could not stand upright."
    assert set_apart(text).text == f"{STORY}\n\nI could not stand upright."


def test_an_agency_before_its_bureau_is_prose():
    text = f"Becoming Reuters Orsk bureau chief was the hardest job. {STORY}"
    found = set_apart(text)
    assert found.text == text and found.outlet is None


def test_an_agency_writer_byline_takes_the_writer_along():
    text = f"By Xinhua writer Kel Varga\n\n{STORY}"
    assert set_apart(text).text == STORY
