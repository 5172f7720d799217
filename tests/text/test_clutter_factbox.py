"""Factboxes run into a story: a numbered box whose numbers end the item before them, and a
box of labelled items on one line, the last item run into the story's next sentence
(text/clutter_factbox.py; FACTBOXLABELNOT in text/clutter.txt); and a video title whose verb
is a modal run into the lead (CAPTIONAUX), and a correspondent's byline naming a beat
opening a box mid-text. Every name and place below is made up, so a box is
found only by its shape."""

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again
from text.clutter import set_apart

NUMBERED = [
    "Talks on the future of the Orsk harbour 2.",
    "Ferries to sail on the winter timetable from Varnholt 3.",
    "Harbour crews to be paid for the weeks lost, and rehired by the spring 4.",
]
LAST_ITEM = "Orsk council to publish the accounts of the quay"
AFTER_BOX = "However, the ferry union said the plan left the night crews without pay."


def _paragraphs(*parts: str) -> str:
    return "\n\n".join(parts)


def test_a_numbered_box_run_into_the_story_is_a_caption():
    text = _paragraphs(STORY, *NUMBERED, f"{LAST_ITEM} {AFTER_BOX}", NEXT)
    found = set_apart(text)
    assert found.text == _paragraphs(STORY, AFTER_BOX, NEXT)
    assert found.labels() == ["caption"]
    assert found.clutter[0].text == "\n".join([*NUMBERED, LAST_ITEM])
    assert set_apart(found.text).text == found.text


def test_a_numbered_box_whose_last_item_stands_alone_is_a_caption():
    text = _paragraphs(STORY, *NUMBERED, LAST_ITEM, NEXT)
    assert set_apart(text).text == _paragraphs(STORY, NEXT)


def test_a_numbered_box_whose_last_item_is_not_told_from_the_story_keeps_it():
    # "Varnholt However": the item's last word a name, no lower-case word before the story
    run_on = f"Orsk council to publish the accounts of Varnholt {AFTER_BOX}"
    found = set_apart(_paragraphs(STORY, *NUMBERED, run_on, NEXT))
    assert found.text == _paragraphs(STORY, run_on, NEXT)
    assert found.labels() == ["caption"]


def test_a_labelled_box_run_into_the_story_is_a_caption():
    box = (
        "3 May: Orsk council must close the quay to all traffic Following 48 hours: Ferries to "
        "sail at night with the onus on the crews 06:00 local time on 5 May: All ferries "
        "must be back at the quay Next step: All parties to meet the harbour unions"
    )
    after = "On Monday, the ferry union said the quay was still open to fishing boats."
    found = set_apart(_paragraphs(STORY, f"{box} {after}", NEXT))
    assert found.text == _paragraphs(STORY, after, NEXT)
    assert [c.text for c in found.clutter] == [box]
    assert set_apart(found.text).text == found.text


def test_a_labelled_box_alone_is_a_caption():
    box = "Monday: Quay closed Tuesday: Crews paid off Wednesday: Ferries laid up in Varnholt"
    assert set_apart(_paragraphs(STORY, box, NEXT)).text == _paragraphs(STORY, NEXT)


def test_cleaning_a_text_with_boxes_twice_changes_nothing():
    text = _paragraphs(STORY, *NUMBERED, f"{LAST_ITEM} {AFTER_BOX}", NEXT)
    assert cleaned_once_and_again(text) == _paragraphs(STORY, AFTER_BOX, NEXT)


def test_a_story_paragraph_listing_points_in_prose_stays():
    prose = (
        "The plan has three points: the quay closes on 3 May, ferries sail at night, and the "
        "unions meet the council in Varnholt."
    )
    text = _paragraphs(STORY, prose, NEXT)
    assert set_apart(text).text == text


def test_a_story_numbered_list_stays():
    listed = [
        "The council set out its demands to Orsk Ferries.",
        "1. The quay must reopen by the end of the month.",
        "2. Crews must be paid for the weeks lost.",
        "3. The ferries must sail on the winter timetable.",
    ]
    text = _paragraphs(STORY, *listed, NEXT)
    assert set_apart(text).text == text


def test_story_sentences_with_colons_stay():
    speech = (
        "Kel Varga said: the quay will reopen Ilsa Marrow added: the crews will be paid "
        "He told reporters: nothing is decided in Varnholt yet."
    )
    times = "The ferry left at 06:00 and reached Varnholt at 09:30 on Monday."
    text = _paragraphs(STORY, speech, times, NEXT)
    assert set_apart(text).text == text


def test_two_numbers_closing_paragraphs_are_no_box():
    text = _paragraphs(STORY, "Orsk won the first game 2.", "Varnholt took the second 3.", NEXT)
    assert set_apart(text).text == text


def test_a_video_title_with_a_modal_run_into_the_lead_is_a_caption():
    title = "Volunteers could help river clean-up"
    lead = "Criticism of Orsk Shipping is mounting in Varnholt over its handling of the oil spill."
    found = set_apart(_paragraphs(f"{title} {lead}", NEXT))
    assert found.text == _paragraphs(lead, NEXT)
    assert [c.text for c in found.clutter] == [title]


def test_a_lead_with_a_modal_stays():
    lead = "Volunteers could help the river clean-up in Varnholt, the council said on Monday."
    text = _paragraphs(lead, NEXT)
    assert set_apart(text).text == text


def test_a_correspondents_byline_with_a_beat_mid_text_is_a_byline():
    box = "Orsk Shipping's owners would prefer a quiet year out of the limelight."
    found = set_apart(_paragraphs(STORY, f"By Ilsa Marrow, BBC business correspondent {box}", NEXT))
    assert found.text == _paragraphs(STORY, box, NEXT)
    assert found.labels() == ["byline"]


def test_a_sentence_opening_on_by_and_a_beat_stays():
    text = _paragraphs(STORY, "By Friday, business correspondents in Varnholt had left.", NEXT)
    assert set_apart(text).text == text


def test_a_ranking_whose_first_number_is_printed_stays():
    ranking = [
        "The harbour's busiest ferries of the year 1.",
        "The Orsk Star of the northern route to Varnholt 2.",
        "The Varnholt Queen of the southern route to Orsk 3.",
        "The Marrow Belle on the night crossing to the islands 4.",
        "The Kel Varga on the winter route.",
    ]
    text = _paragraphs(STORY, *ranking, NEXT)
    assert set_apart(text).text == text


def test_a_results_table_of_names_stays():
    results = [
        "Kel Varga (Orsk) Harbour Club 4:40.30 2.",
        "Ilsa Marrow (Varnholt) Quay Rowers same time 3.",
        "Tarn Vellis (Orsk) Harbour Club 3 seconds behind 4.",
        "Oda Brenn (Varnholt) Quay Rowers 1:25 behind.",
    ]
    text = _paragraphs(STORY, *results, NEXT)
    assert set_apart(text).text == text


def test_a_story_sentence_after_a_labelled_box_is_not_taken():
    # the last item runs on as a sentence of its own: its clause is the story's
    box = (
        "Orsk vote: council and harbour seats Seats: 52 council seats, 84 harbour seats "
        "Things to watch: Although Orsk is holding two votes, the results will come late."
    )
    text = _paragraphs(STORY, box, NEXT)
    assert set_apart(text).text == text


def test_a_table_of_figures_with_labels_stays():
    table = (
        "Then Ferries: 29 per cent Trains: 46 per cent Now Ferries: 60 per cent Trains: 37 per cent"
    )
    text = _paragraphs(STORY, f"{table} Which of these do you use most in Varnholt?", NEXT)
    assert set_apart(text).text == text


def test_a_labelled_box_run_into_a_quotation_is_a_caption():
    box = (
        "3 May: Orsk council must close the quay Following 48 hours: Ferries to sail at night "
        "Next step: All parties to meet the harbour unions"
    )
    after = '"This is a sign of trust in the crews of Varnholt," the union said.'
    found = set_apart(_paragraphs(STORY, f"{box} {after}", NEXT))
    assert found.text == _paragraphs(STORY, after, NEXT)
    assert [c.text for c in found.clutter] == [box]
