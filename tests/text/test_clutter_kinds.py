"""Clutter shapes defined by structure rather than by a site's words (text/clutter.txt,
text/clutter_quotes.py), tried on invented text: every name, place, outlet and headline below is
made up, so a shape passes only by its structure."""

from tests.text.clutter_story import NEXT, STORY
from text.clutter import set_apart
from text.clutter_quotes import strip_pull_quotes

INTRO = "The harbour of Orsk stayed shut on Monday. Engineers arrived at the quay at dawn."


def test_a_quote_box_with_the_spaces_a_tokenizer_left_is_set_apart():
    text = f'{STORY}\n\nKel Varga :" What we need now is boats, fuel, bread" {NEXT}'
    found = set_apart(text)
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels() == ["caption"]


def test_a_sentence_before_a_slash_credit_is_its_caption():
    caption = "A boy waits at the clinic in the Varo district of Orsk May 2 2031."
    text = f"{STORY} {caption} REUTERS/Kel Varga {NEXT}"
    found = set_apart(text)
    assert found.text == f"{STORY} {NEXT}"


def test_a_slideshow_control_between_two_sentences_is_set_apart():
    found = set_apart(f"{STORY} Slideshow (3 Images) {NEXT}")
    assert found.text == f"{STORY} {NEXT}"
    assert found.labels() == ["share"]


def test_an_agency_and_a_dash_run_into_a_sentence_is_set_apart():
    found = set_apart(f"{STORY} REUTERS- {NEXT}")
    assert found.text == f"{STORY} {NEXT}"


def test_agency_staff_run_into_a_headline_is_a_byline():
    found = set_apart(f"Crossing reopens at Varnholt Reuters Staff. {STORY}")
    # (the headline and the story it stood between stay two paragraphs)
    assert found.text == f"Crossing reopens at Varnholt\n\n{STORY}"
    assert found.outlet == "Reuters"


def test_a_sign_off_naming_a_news_service_closes_the_text():
    found = set_apart(f"{STORY} Kel Varga, VOA News.")
    assert found.text == STORY
    assert found.labels() == ["byline"]


def test_a_note_that_the_text_is_an_extract_closes_it():
    found = set_apart(f"{STORY}\n\nThis is an extract from The Harbour, our digest of the papers.")
    assert found.text == STORY


def test_one_bulleted_link_or_credit_closing_the_text_is_set_apart():
    for line in ("• Full Orsk festival coverage here", "· Translated by Ilsa Marrow"):
        found = set_apart(f"{STORY}\n\n{line}")
        assert found.text == STORY, line


def test_a_bulleted_writers_note_closing_the_text_is_set_apart():
    found = set_apart(f"{STORY}\n\n· Kel Varga is a former harbour master of Orsk.")
    assert found.text == STORY


def test_a_bulleted_sentence_closing_the_text_stays():
    text = f"{STORY}\n\n· Three ferries sank off Varnholt overnight, the coastguard said today."
    assert set_apart(text).text == text


def test_a_video_players_notice_closing_the_text_is_set_apart_and_the_standfirst_kept():
    standfirst = "Orsk has agreed to pay for a new crossing at Varnholt after a long meeting"
    text = f"{STORY}\n\n{standfirst} When autoplay is on, videos on these pages will autoplay"
    found = set_apart(text)
    assert standfirst in found.text and "autoplay" not in found.text


def test_a_notice_that_the_content_was_removed_is_set_apart():
    found = set_apart(f"This content has been removed as our licence has expired.\n\n{STORY}")
    assert found.text == STORY


QUOTED = "The council is grateful for the work the engineers were doing"
SAID = (
    f'A spokesman said: "{QUOTED} on the quay in all weathers: helping to keep the port open '
    'for the ferries."'
)


def test_a_pull_quote_without_marks_repeating_a_quotation_is_set_apart():
    box = f"{QUOTED} to keep the port open for the ferries Ilsa Marrow said the boats would run."
    paragraphs = [INTRO, box, SAID]
    taken = strip_pull_quotes(paragraphs)
    assert taken == [f"{QUOTED} to keep the port open for the ferries"]
    assert paragraphs[1] == "Ilsa Marrow said the boats would run."


def test_a_paragraph_printed_twice_is_no_pull_quote():
    paragraph = (
        "The minister of ports and the head of the harbour police visited Orsk on Monday "
        'and said "we will reopen".'
    )
    paragraphs = [INTRO, paragraph, f'"{paragraph}']
    assert strip_pull_quotes(paragraphs) == []


def test_opening_words_repeated_but_never_quoted_are_no_pull_quote():
    standfirst = "Airstrikes on a village in the north of Varnholt killed twelve people Tuesday"
    story = f"{standfirst} morning, the monitor said. {NEXT}"
    paragraphs = [f"{standfirst} Monitors said the clinic was hit.", story]
    assert strip_pull_quotes(paragraphs) == []


def test_a_photographers_credit_opening_the_story_takes_the_caption_above_it():
    caption = "The harbour master of Orsk meets the press in Varnholt in May."
    text = f"Harbour chief quits. {caption}\n\n(Kel Varga/associated Press) {STORY}"
    found = set_apart(text)
    assert found.text == f"Harbour chief quits.\n\n{STORY}"


def test_two_credits_for_one_picture_go_together():
    text = f"{INTRO}\n\n(AP Photo/Kel Varga, File) (Kel Varga - AP) {STORY}"
    found = set_apart(text)
    assert "Kel Varga" not in found.text and found.text.endswith(STORY)


def test_a_caption_with_a_photographers_credit_between_two_sentences_is_set_apart():
    caption = "A sign marks the closed beach on the island of Varnholt."
    found = set_apart(f"{STORY} {caption} (Ilsa Marrow/the Orsk Post) {NEXT}")
    assert found.text == f"{STORY} {NEXT}"


def test_a_name_and_a_slash_in_prose_brackets_is_no_credit():
    text = f"{STORY} The vote (Varga/Marrow) was close. {NEXT}"
    assert set_apart(text).text == text


def test_a_headline_before_a_page_stamp_and_a_dateline_stays():
    text = (
        "Ferries return to Orsk harbour VARNHOLT | Mon May 18, 2031 1:35 pm IST VARNHOLT "
        f"(Reuters) - {STORY}"
    )
    found = set_apart(text)
    assert found.text == f"Ferries return to Orsk harbour\n\n{STORY}"
    assert (found.place, found.date, found.outlet) == ("VARNHOLT", "Mon May 18, 2031", "Reuters")


def test_a_headline_ending_in_capitals_keeps_them_and_a_link_label_goes():
    text = (
        "Full Article Orsk endgame carries risks for NATO VARNHOLT | Sat Oct 1, 2031 12:29 am "
        f"IST VARNHOLT (Reuters) - {STORY}"
    )
    found = set_apart(text)
    assert found.text == f"Orsk endgame carries risks for NATO\n\n{STORY}"
    assert found.place == "VARNHOLT"


def test_a_credit_or_byline_before_a_page_stamp_is_no_headline():
    text = (
        "Credit: Reuters/Kel Varga VARNHOLT | Mon May 18, 2031 1:35 pm VARNHOLT (Reuters) - "
        f"{STORY}"
    )
    assert set_apart(text).text == STORY


def test_a_place_alone_before_the_story_is_a_dateline_and_its_place_is_kept():
    text = (
        "Veshnar A military source announced on Sunday that the army took two villages near "
        "Veshnar."
    )
    found = set_apart(text)
    assert found.text == text[len("Veshnar ") :]
    assert found.labels() == ["dateline"] and found.place == "Veshnar"
    # a region's head inside one story, after a sentence's end (its place is no dateline's)
    regions = (
        "The army advanced on Sunday. Qaryat An army unit destroyed two vehicles in Qaryat "
        "countryside. Veshnar The air force struck positions in Veshnar on Monday."
    )
    found = set_apart(regions)
    assert found.text == (
        "The army advanced on Sunday. An army unit destroyed two vehicles in Qaryat "
        "countryside. The air force struck positions in Veshnar on Monday."
    )
    assert found.labels() == ["dateline", "dateline"] and found.place is None


def test_a_capitalised_word_before_the_story_that_the_article_names_as_no_place_stays():
    kept = [
        # the article names the word after no preposition of place
        "Qaryat Doctors Without Borders accused the army on Friday of shelling Veshnar.",
        "Hillary The Great accused the army of shelling Veshnar on Friday, said a source.",
        "Meanwhile A military source said the army took Veshnar on Sunday.",
        "Eminem The rapper was seen in Orsk on Friday with his band.",
        # a name in a place's words, not alone: a capital follows
        "Veshnar Province was shelled on Sunday, a military source in Veshnar said.",
        # a label letter, not an article, even where the word is named after "to"
        "Miss A told police on Monday that she had written to Miss A twice.",
        # a day's or a month's name heads a date's entry
        "Thursday A vote will take place in the senate, as it did in Thursday's session.",
    ]
    for text in kept:
        found = set_apart(text)
        assert found.text == text and found.place is None, text


def test_a_city_alone_between_the_headline_run_into_the_lead_and_the_lead_is_a_dateline():
    title = "Army Used Gas in Veshnar"
    text = f"{title} Beirut Doctors Without Borders accused the army of shelling Veshnar on Friday."
    found = set_apart(text, title)
    # the headline run into the lead is then set off as a paragraph (text.run_in_heading)
    assert found.text == text.replace(" Beirut ", "\n\n", 1)
    assert found.labels() == ["dateline"] and found.place == "Beirut"
    # no title found with the article, a word that is no dateline city, or a city elsewhere
    assert set_apart(text).text == text
    kept = f"{title} Qaryat Doctors Without Borders accused the army of shelling on Friday."
    assert set_apart(kept, title).text == kept.replace(" Qaryat ", "\n\nQaryat ", 1)
    later = f"{title} Doctors in Beirut accused the army of shelling Veshnar on Friday."
    assert set_apart(later, title).text == later.replace(" Doctors ", "\n\nDoctors ", 1)


def test_a_tag_list_whose_last_tag_the_story_repeats_takes_that_tag():
    text = (
        "Clashes went on in Verlo. Tags Verlo Marrak YPG Orsk regime Orsk regime warplanes "
        "bombed positions in Verlo on Friday."
    )
    found = set_apart(text)
    assert found.text == (
        "Clashes went on in Verlo. Orsk regime warplanes bombed positions in Verlo on Friday."
    )
    assert found.labels() == ["tags"]
    # a story that does not repeat the last tag: the list ends where a sentence may start
    plain = "Clashes went on. Tags Verlo Marrak Orsk regime warplanes bombed Verlo on Friday."
    assert set_apart(plain).text == "Clashes went on. Orsk regime warplanes bombed Verlo on Friday."


def test_a_subheading_run_into_the_story_is_set_off_as_its_own_paragraph():
    text = (
        "Orsk blamed it on the rebels. Military denies The Orsk military source on Tuesday "
        "denied the reports. The army said so."
    )
    found = set_apart(text)
    assert found.text == (
        "Orsk blamed it on the rebels.\n\nMilitary denies\n\nThe Orsk military source on "
        "Tuesday denied the reports. The army said so."
    )
    assert found.headings == ["Military denies"] and found.clutter == []
    assert set_apart(found.text).text == found.text  # cleaning twice is cleaning once
    kept = [
        # a date starts the words: a sentence
        "The talks ended. Friday was calm The army stayed in Orsk on Friday.",
        # a speaker or a reporting verb among them: a sentence that lost its stop
        "The talks ended. Officials told reporters The army stayed in Orsk.",
        "The talks ended. He left early The army stayed in Orsk.",
        # a function word last: the words go on into what follows
        "The talks ended. Officials met with The Orsk Herald on Friday.",
    ]
    for text in kept:
        assert set_apart(text).text == text, text


def test_a_bracketed_caption_closed_by_its_photographers_name_is_set_apart():
    caption = "(A view shows students in masks in Orsk, June 10, 2031/Kel Varga)"
    found = set_apart(f"{INTRO}\n\n{caption} {NEXT}")
    assert found.text == f"{INTRO}\n\n{NEXT}"
    assert found.labels() == ["caption"]
    # a credit to an agency is a credit, with its caption before it
    credited = set_apart(f"{STORY}\n\n{INTRO}\n\n(Kel Varga/Associated Press) {NEXT}")
    assert credited.labels() == ["caption", "credit"] and credited.text.endswith(NEXT)
    # a slash between names inside a sentence's brackets is no caption
    aside = f"{INTRO}\n\nThe band (Varga/Orsk Harbour) played on. {NEXT}"
    assert set_apart(aside).text == aside


def test_related_items_with_a_headline_before_the_update_stamp_are_set_apart():
    items = (
        "Orsk: Ferry crews to return next week updated: Wed Mar 12 2031 10:05:00 The ferry "
        "crews of Orsk will return to work on Monday, the council said Wednesday.\n\n"
        "Harbour board chief quits, deal in doubt updated: Mon Mar 10 2031 18:40:00 Kel Varga "
        "stepped down as chief of the Orsk harbour board after"
    )
    found = set_apart(f"{STORY}\n\n{items}\n\n{NEXT}")
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.labels() == ["related", "related"]


def test_a_story_sentence_before_an_update_stamp_stays():
    text = f"{STORY}\n\nThe council met at dawn. Its page updated: Wed Mar 12 2031 10:05:00 The"
    assert set_apart(text).text == text
