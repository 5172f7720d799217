"""Clutter shapes written from a ninth sample of articles (bench/CLEAN_MARKS.md, dev9), tried
here on invented text: every name, place, outlet and headline below is made up, so a shape
passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart


def test_an_ap_dateline_with_a_state_abbreviated_in_capitals_is_a_dateline():
    found = set_apart(f"ORSKVILLE, VL. (AP)--\n\n{STORY}")
    assert found.text == STORY
    assert found.labels() == ["dateline"]


def test_a_wire_dateline_with_its_country_in_brackets_after_a_sentence_is_a_dateline():
    text = f"{STORY} ORSK HARBOUR (Vornland) (Sputnik) Reportedly the ferry was hit. {NEXT}"
    # the dateline opens the story: what stood before it is a paragraph of its own
    set_apart_as(text, f"{STORY}\n\nReportedly the ferry was hit. {NEXT}", ["dateline"])


@pytest.mark.parametrize(
    "box",
    [
        'They stood up because they want the harbour back" End Quote Kel Varga Orsk harbour master',
        "End Quote Ilsa Marrow Vornland foreign policy chief",
        'Ferries must run again" End Quote Kel Varga Orsk Commissioner for harbour safety',
        'Nothing works here" End Quote Tarn Vellis Pilot, 911 call',
    ],
)
def test_a_pull_quote_box_with_the_end_quote_mark_and_its_speaker_is_a_caption(box):
    text = f"{STORY}\n\n{box} {NEXT}"
    set_apart_as(text, f"{STORY}\n\n{NEXT}", ["caption"])


def test_a_pull_quote_box_before_a_quotation_or_a_sentence_opener_is_a_caption():
    after = '"The lack of ferries is still a great issue," she said.'
    text = f'{STORY}\n\nWe cannot count them" End Quote Ilsa Marrow Orsk Harbour Board {after}'
    set_apart_as(text, f"{STORY}\n\n{after}", ["caption"])
    text = f'{STORY}\n\nMaking my brother proud" End Quote Ilsa Marrow It was launched in May.'
    set_apart_as(text, f"{STORY}\n\nIt was launched in May.", ["caption"])


def test_an_end_quote_box_whose_speaker_runs_into_a_named_sentence_stays():
    text = f"{STORY}\n\nEnd Quote Kel Varga Orsk Harbour Master Ilsa Marrow was among five officials named."
    assert set_apart(text).text == text


def test_an_end_quote_box_takes_no_sentence_before_it_in_its_paragraph():
    text = f'{STORY} The pilots are proud" End Quote Kel Varga Orsk harbour master {NEXT}'
    set_apart_as(text, f"{STORY} {NEXT}", ["caption"])


def test_an_embedded_videos_title_line_is_share():
    embed = "The Flood In Orsk Ferries stranded at the quay Kel Varga reports - YouTube"
    text = f"{STORY} {embed} {NEXT}"
    set_apart_as(text, f"{STORY} {NEXT}", ["share"])


def test_a_sites_note_that_it_is_on_twitter_is_share():
    set_apart_as(f"{STORY}\n\nOrsk Forum is on Twitter.", STORY, ["share"])


def test_a_sentence_about_a_person_on_twitter_stays():
    text = f"{STORY}\n\nThe mayor of Orsk is on Twitter every night, answering questions."
    assert set_apart(text).text == text


def test_a_sentence_pointing_to_the_details_on_a_website_is_related():
    line = "Full details of the tracklist can be found on the official Kel Varga website."
    set_apart_as(f"{STORY}\n\n{line}", STORY, ["related"])


@pytest.mark.parametrize("credit", ["(Kel Varga, Orsk).", "(Ilsa, Vornland/North Orvalle)."])
def test_a_readers_credit_on_a_line_of_its_own_is_a_byline(credit):
    quote = '"The ferry is the only thing that runs on time in Orsk."'
    text = f"{quote}\n\n{credit}\n\n{NEXT}"
    set_apart_as(text, f"{quote}\n\n{NEXT}", ["byline"])


@pytest.mark.parametrize(
    "line", ["(Harbour notes, March 4).", "The council (Kel Varga, Orsk) met again on Monday."]
)
def test_a_dated_reference_or_a_bracket_in_a_sentence_is_no_readers_credit(line):
    text = f"{STORY}\n\n{line}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_short_link_widget_and_the_credited_caption_over_the_story_are_set_apart():
    caption = "A man rides a bicycle past burning tyres in Orsk Vornland August 1 2031 (OPA Photo)"
    text = f"Published August 2 2031 SEND httpsorsk.ly9x2W4z {caption} {STORY}"
    found = set_apart(text)
    assert found.text == STORY
    assert found.labels() == ["timestamp", "share", "caption"]


def test_an_agencys_photo_credit_alone_over_the_story_is_a_caption():
    found = set_apart(f"SEND httpsorsk.ly912r3U DHA Photo {STORY}")
    assert found.text == STORY
    assert found.labels() == ["share", "caption"]


def test_a_photo_named_in_the_lead_sentence_stays():
    text = f"The Orsk Photo Society opened its show on Monday. {NEXT}"
    assert set_apart(text).text == text


def test_an_extracts_book_details_closing_it_are_other():
    line = "Extracted from The Harbour Years by Ilsa Marrow, published by Kestrel Books tomorrow."
    set_apart_as(f"{STORY}\n\n{line}", STORY, ["other"])


def test_a_bulletins_section_label_closing_it_is_nav():
    set_apart_as(f"{STORY} English bulletin", STORY, ["nav"])


def test_an_op_eds_closing_note_on_its_writer_is_a_byline():
    note = "W. Kel Varga is founder of The Varga Law Firm, where he serves as its lead counsel."
    set_apart_as(f"{STORY}\n\n{NEXT}\n\n{note}", f"{STORY}\n\n{NEXT}", ["byline"])


def test_a_founder_named_in_the_story_stays():
    text = f"{STORY}\n\nIlsa Marrow is founder of the ferry company and runs it still.\n\n{NEXT}"
    assert set_apart(text).text == text


LEAD = "The Orsk Harbour Board said on Monday that the ferries would run again within a week."


def test_a_caption_between_a_headline_and_a_lead_opening_with_a_name_is_a_caption():
    headline = "Orsk ferries still idle over harbour's future"
    caption = "Many Orsk crews have not yet made up their minds about the strike"
    found = set_apart(f"{headline} {caption} {LEAD}\n\n{NEXT}")
    assert found.text == f"{headline} {LEAD}\n\n{NEXT}"
    assert found.labels() == ["caption"]


def test_a_caption_between_a_headline_and_a_lead_opening_with_an_everyday_word_is_a_caption():
    headline = "Orsk crisis: shelling stalls evacuation"
    caption = "Fighting is leaving many parts of the town in ruins"
    lead = "Continued shelling in the port of Orsk is stopping crews from reaching the quay."
    found = set_apart(f"{headline} {caption} {lead}\n\n{NEXT}")
    assert found.text == f"{headline} {lead}\n\n{NEXT}"
    assert found.labels() == ["caption"]


def test_a_caption_opening_the_text_before_a_lead_that_opens_with_a_name_stays():
    # without a headline before it, nothing tells it from a lead that goes on after a title
    text = f"Many Orsk crews have not yet made up their minds about the strike {LEAD}"
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "lead",
    [
        # a sentence that goes on after a place or a people's name
        "Four people were killed and 15 injured in a road accident in central Vornland on Sunday.",
        "At least 21 Orsk pilgrims were killed when a truck and a tractor collided in Vornland.",
        # a headline with a verb, then its standfirst
        "Rust is more deadly than the flood Perhaps the alarm over the flood will help us.",
        # a verb group cut before a name
        "Continued shelling in the port is stopping Red Cross teams from reaching the quay.",
        # a title after "the"
        "The former mayor of Orsk has written a memoir A Journey which sold well in Vornland.",
    ],
)
def test_a_lead_sentence_with_capitalised_words_inside_stays_whole(lead):
    text = f"{lead}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_an_everyday_word_the_text_capitalises_elsewhere_opens_no_lead():
    headline = "Orsk ferries still idle over harbour's future"
    text = (
        f"{headline} Many Orsk crews have not yet made up their minds about the ferries Kurdish "
        f"crews said on Monday that they would strike.\n\nThe Kurdish crews met the board."
    )
    assert set_apart(text).text == text
