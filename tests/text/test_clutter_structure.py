"""Clutter found by its structure, not by a site's words (text/clutter.txt), on invented text:
captions run into the story, credits and the captions they credit, tag lists and teasers
between sentences, author notes. The names and places are made up, so that nothing here can
pass by a remembered string."""

from tests.text.clutter_story import STORY
from text.clutter import set_apart


def test_a_caption_run_into_the_story_is_set_apart():
    found = set_apart(f"Smoke rose over the old quarter of Varnholt after the shelling {STORY}")
    assert found.text == STORY
    assert found.clutter[0].label == "caption"
    assert found.clutter[0].text == "Smoke rose over the old quarter of Varnholt after the shelling"


def test_a_caption_run_into_a_later_paragraph_is_set_apart():
    second = "Ferries waited at the quay for a second night They said the crossing was closed."
    found = set_apart(f"{STORY}\n\n{second}")
    assert found.text == f"{STORY}\n\nThey said the crossing was closed."


def test_a_caption_before_a_dated_entry_is_set_apart():
    entry = "3 March 2019 The council votes to close the bridge."
    story = (
        f"{STORY}\n\n{STORY}\n\n{STORY}"  # a date opening one of the first paragraphs is a stamp
    )
    found = set_apart(f"{story}\n\nEngineers inspect the cracked pier at dawn {entry}")
    assert found.text == f"{story}\n\n{entry}"


def test_a_title_case_headline_run_into_the_story_is_kept():
    text = f"Varnholt Council Reopens the Orsk Crossing {STORY}"
    # kept, as a heading of its own (text.run_in_heading)
    assert set_apart(text).text == text.replace("Crossing ", "Crossing\n\n")


def test_a_title_inside_a_sentence_is_kept():
    text = (
        "Critics said the drama beat The Harbour Years to win best picture, and the studio "
        "said it would open in Orsk. The council welcomed it."
    )
    assert set_apart(text).text == text


def test_a_sentence_with_a_quoted_opener_is_kept():
    text = "Mr Tallis told reporters in Orsk that 'It is over' and left. The council met later."
    assert set_apart(text).text == text


def test_a_credit_run_into_the_story_takes_the_caption_above_it():
    caption = "Brenna Olt, one of the volunteers, at the shelter in Orsk."
    found = set_apart(f"{caption}\n\nPhotograph: Kell Press {STORY}")
    assert found.text == STORY
    assert [c.label for c in found.clutter] == ["caption", "credit"]
    assert found.clutter[0].text == caption


def test_a_credit_takes_only_the_caption_after_a_headline_run_into_it():
    paragraph = (
        "Varnholt floods: the river breaks its banks Volunteers pile sandbags at the quay in Orsk."
    )
    found = set_apart(f"{paragraph}\n\nPhotograph: Delma Quist/Reuters {STORY}")
    assert found.text == f"Varnholt floods: the river breaks its banks\n\n{STORY}"
    assert found.clutter[0].text == "Volunteers pile sandbags at the quay in Orsk."


def test_an_agency_credit_before_a_dateline_takes_the_caption_above_it():
    caption = "May 4: Volunteers pile sandbags on the quay in Port Esk, Dak.."
    found = set_apart(f"{caption}\n\nAP PORT ESK, Dak. -- {STORY}")
    assert found.text == STORY
    assert found.place == "PORT ESK, Dak."
    assert "caption" in found.labels()


def test_a_caption_with_its_credit_in_brackets_is_set_apart():
    found = set_apart(
        f"Dr Varga was raised on the island by his grandparents (photo: Kestrel Daily) {STORY}"
    )
    assert found.text == STORY


def test_a_pull_quote_beside_the_story_is_set_apart():
    quote = 'Captain Orlo Vance: "They rush the aircraft which can be expected"'
    found = set_apart(f"{STORY}\n\n{quote} The council also voted to send more boats.")
    assert found.text == f"{STORY}\n\nThe council also voted to send more boats."


def test_a_caption_between_two_sentences_is_set_apart():
    text = (
        "The vote is due next month. An injured boy waits at the clinic in the eastern "
        "district after the shelling The draft resolution demands a ceasefire."
    )
    found = set_apart(text)
    assert found.text == "The vote is due next month. The draft resolution demands a ceasefire."


def test_a_tag_list_between_two_sentences_is_set_apart():
    text = (
        "Shelling hit the market in Varnholt. Tags Varnholt Orsk Shelling Civilians "
        "Residents said the stalls burned for hours."
    )
    found = set_apart(text)
    assert (
        found.text
        == "Shelling hit the market in Varnholt. Residents said the stalls burned for hours."
    )
    assert found.labels() == ["tags"]


def test_a_teaser_headline_after_a_photo_credit_is_set_apart():
    text = (
        "The convoy left at dawn. REUTERS Tamsin Oakes Orsk Army Seizes Bridge at Varnholt "
        "Border There was no comment from the council."
    )
    found = set_apart(text)
    assert found.text == "The convoy left at dawn. There was no comment from the council."


def test_an_author_note_closing_the_article_is_set_apart():
    note = "Ilsa Marrow is a professor of politics at the Rendell School of Economics."
    found = set_apart(f"{STORY}\n\n{note}")
    assert found.text == STORY
    assert found.labels() == ["byline"]


def test_a_mid_paragraph_dash_dateline_takes_the_caption_paragraph_before_it():
    caption = "Workers scrub the boom the old way in Grand Esk, Dak., on Thursday."
    credit = "(AP Photo/Kerry Lane) MANDATORY CREDIT PORT ESK --"
    found = set_apart(f"{caption}\n\n{credit} {STORY}")
    assert found.text == STORY
    assert found.clutter[0].label == "caption"


def test_an_editorial_lead_in_is_set_apart():
    found = set_apart(f"The Varnholt Ledger says in an editorial on Friday, Mar. 3: &QL; {STORY}")
    assert found.text == STORY


def test_a_rush_transcript_notice_is_set_apart():
    found = set_apart(f"ORSK NEWS HOUR Download maps: THIS IS A RUSH TRANSCRIPT. {STORY}")
    assert found.text == f"ORSK NEWS HOUR\n\n{STORY}"  # the show's name, a heading of its own


def test_a_quotation_after_a_speech_verb_is_kept():
    text = "In posting the clip the commander wrote This is the fate of the raiders. Orsk is calm."
    assert set_apart(text).text == text


def test_unpunctuated_first_person_words_are_kept():
    text = (
        "It was not his land to sell and he never told me about the sale It is not a "
        "civil matter. The court in Varnholt will hear it."
    )
    assert set_apart(text).text == text


def test_a_reported_sentence_without_its_full_stop_is_kept():
    text = (
        "A source at the Orsk police command told the agency that rockets hit the market "
        "killing three people some critically The source added that the road was closed."
    )
    assert set_apart(text).text == text


def test_a_credit_takes_only_the_caption_after_a_page_stamp():
    paragraph = (
        "Soldier wins medal for Orsk rescue Friday 18 March 2005 12.47 GMT Private Tam Vellis, "
        "25, honoured for bravery under fire."
    )
    found = set_apart(f"{paragraph}\n\nPhotograph: Kell Press/PA {STORY}")
    assert found.clutter[0].text == "Private Tam Vellis, 25, honoured for bravery under fire."
    assert found.text.startswith("Soldier wins medal for Orsk rescue")


def test_a_factbox_run_into_the_story_is_set_apart():
    box = (
        "Born: May 2, 1961, Orvalle, Vornland Also known as: The Iron Lady Best known for: Harbour"
    )
    found = set_apart(f"{STORY}\n\n{box} She told reporters she would stand again.")
    assert found.text == f"{STORY}\n\nShe told reporters she would stand again."
    assert found.clutter[-1].text == box


def test_one_label_and_a_colon_is_prose():
    text = f"{STORY}\n\nThe message from Orsk was plain: the bridge stays shut for a month."
    assert set_apart(text).text == text


def test_what_stands_before_an_agency_dateline_in_the_third_paragraph_is_set_apart():
    promo = "Watch the evening bulletin at 10 p.m. ET Friday on Channel Nine."
    caption = "Families shelter in tents outside Kessany as the fighting nears."
    text = (
        f"Rebels close in on Kessany\n\n{caption}\n\n{promo}\n\nKessany, Vornland (CNN) -- {STORY}"
    )
    found = set_apart(text)
    assert found.text == f"Rebels close in on Kessany\n\n{STORY}"  # the headline stays
    assert (found.outlet, found.place) == ("CNN", "Kessany, Vornland")


def test_a_picture_agency_caption_ending_on_a_place_and_date_is_set_apart():
    caption = "A fighter fires at an aircraft at a checkpoint in Ras Orvalle March 7, 2031."
    found = set_apart(f"{caption}\n\n{STORY}")
    assert found.text == STORY


def test_a_date_after_on_is_prose():
    text = f"{STORY}\n\nThe council first met in Varnholt on March 7, 2031."
    assert set_apart(text).text == text


def test_a_comment_thread_of_dated_stamps_is_cut():
    thread = (
        "10th May 2031 - 21:26 I hope they find the peace they want.\n\n"
        "10th May 2031 - 20:48 A collapse would bring chaos.\n\n"
        "All posts are reactively-moderated and must obey the house rules."
    )
    found = set_apart(f"{STORY}\n\n{thread}")
    assert found.text == STORY and found.labels() == ["comment"]


def test_one_dated_stamp_opening_a_paragraph_is_not_a_thread():
    text = f"{STORY}\n\n10th May 2031 - 21:26 The council voted to reopen the crossing."
    assert "council voted" in set_apart(text).text


def test_a_caption_ending_on_a_name_opening_a_later_paragraph_is_set_apart():
    caption = "An ocean current is threatening to carry the oil towards Varnholt"
    second = "Engineers are planning a new attempt to seal the well."
    found = set_apart(f"{STORY}\n\n{caption} {second}")
    assert found.text == f"{STORY}\n\n{second}"
    assert found.clutter[-1].text == caption


def test_a_title_case_subheading_opening_a_later_paragraph_is_kept():
    text = (
        f"{STORY}\n\nSupporting the Orsk Rebels While the rebels have failed, they hold the bridge."
    )
    assert set_apart(text).text == text


def test_a_first_paragraph_ending_on_a_name_is_a_headline_and_kept():
    text = f"Engineers reopen the bridge at Varnholt The council said so.\n\n{STORY}"
    assert set_apart(text).text == text


def test_a_dateline_printed_twice_is_taken_whole():
    text = f"Jul (Reuters) - ORVALLE, July 7 | Thu Jul 7, 2031 9:21 am EDT Jul (Reuters) - ORVALLE, July 7 (Reuters) - {STORY}"
    found = set_apart(text)
    assert found.text == STORY
    assert found.outlet == "Reuters"
