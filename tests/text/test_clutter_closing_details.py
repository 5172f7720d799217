"""Two shapes of site matter closing a page (text/clutter.txt): a sidebar of tweets (each tweet
above its stamp, "7:01 pm ET March 11, 2031 RETWEET"), from its first tweet on; and a review's
venue, dates and box-office number, with or without the "Box office" label. Every name, place,
handle and number below is made up, so the rules pass only by the shape of the page."""

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart

BODY = f"{STORY}\n\n{NEXT}"

# the sidebar as such pages print it: the first tweet's text above the first stamp (run into
# the second tweet's text), a stamp under each tweet, the last tweet's stamp lost
FIRST_TWEET = "Harbour of Orsk reopens after the storm #OrskNews Will the quay be rebuilt?"
STAMPS = [
    "ab/12Cd9 7:01 pm ET March 11, 2031 RETWEET Will the quay be rebuilt?",
    "cd/9Ef3x 6:30 pm ET March 11, 2031 RETWEET Looking for a boat for the winter?",
]
LAST = "Check these out: orsknews."
SIDEBAR = "\n\n".join([FIRST_TWEET, *STAMPS, LAST])


def test_a_sidebar_of_tweets_closing_the_page_goes_from_its_first_tweet_on():
    set_apart_as(f"{BODY}\n\n{SIDEBAR}", BODY, ["related"])


def test_a_first_tweet_naming_a_handle_goes_with_the_sidebar():
    first = "Good to see @kelvarga on the quay tonight as both a pilot and a mayor."
    sidebar = "\n\n".join([first, *STAMPS, LAST])
    set_apart_as(f"{BODY}\n\n{sidebar}", BODY, ["related"])


def test_the_stored_text_cleans_to_itself():
    assert cleaned_once_and_again(f"{BODY}\n\n{SIDEBAR}") == BODY


def test_a_last_paragraph_without_a_tweets_marks_stays_above_the_first_stamp():
    # the page lost the first tweet's text: the story's last paragraph stands above the stamp
    last = "The ferries will sail again once the harbour master allows it."
    found = set_apart("\n\n".join([BODY, last, *STAMPS, LAST]))
    assert found.text == f"{BODY}\n\n{last}"


def test_a_story_quoting_a_hashtag_without_a_stamp_after_it_stays():
    text = f"{BODY}\n\nThe council tweeted a photo of the quay under the tag #OrskFlood."
    assert set_apart(text).text == text


def test_a_story_about_a_retweet_stays():
    text = f"{BODY}\n\nThe mayor's RETWEET of the photo drew 300 replies on Monday, March 11, 2031."
    assert set_apart(text).text == text


# a review's closing details


REVIEW = (
    "The Tides played for two hours, and the crowd of Varnholt sang every word back to them.\n\n"
    "A transitional record, perhaps, but the band has never sounded better."
)


def test_a_closing_venue_with_its_number_in_brackets_is_the_shows_details():
    details = "At the Orsk Hall, Varnholt (0191 - 227 4757), tomorrow, then touring."
    set_apart_as(f"{REVIEW}\n\n{details}", REVIEW, ["other"])


def test_a_show_at_a_venue_with_its_number_and_dates_closing_an_interview_goes():
    details = (
        "Kel is at Quay theatre, Orsk, 13 - 17 October (020 - 7478 0100), and at the "
        "Lantern, Orsk, 2 - 14 November (020 - 7424 8918)."
    )
    set_apart_as(f"{REVIEW}\n\n{details}", REVIEW, ["other"])


def test_a_band_playing_a_venue_with_its_number_goes():
    details = "Ilsa Marrow and the Tides play the Quay Bar, Varnholt (0121 - 693 6001), tonight."
    set_apart_as(f"{REVIEW}\n\n{details}", REVIEW, ["other"])


def test_a_venue_then_touring_goes():
    details = "At the Orsk Hall, Varnholt (0191 - 443 4661), then touring."
    set_apart_as(f"{REVIEW}\n\n{details}", REVIEW, ["other"])


def test_a_venue_and_a_box_office_number_spaced_by_a_tokenizer_go_together():
    details = "At the Orsk Forum, Varnholt, on July 10.\n\nBox office: 0161 - 832 1111."
    set_apart_as(f"{REVIEW}\n\n{details}", REVIEW, ["other"])


def test_a_show_at_a_venue_above_a_box_office_goes_with_it():
    details = (
        "Quayside is at the Orsk Forum, Varnholt, until July 17.\n\nBox office: (00 1) 213-6282772"
    )
    set_apart_as(f"{REVIEW}\n\n{details}", REVIEW, ["other"])


def test_a_box_office_number_on_the_line_after_its_label_goes():
    details = "At the Orsk Gallery, Varnholt, from 17 February to 22 May.\n\nBox office:\n\n0800 - 912 6958."
    set_apart_as(f"{REVIEW}\n\n{details}", REVIEW, ["other"])


def test_a_box_office_alone_closing_the_text_goes_alone():
    details = "Box office: 0161 - 907 9000.\n\nThen touring."
    set_apart_as(f"{REVIEW}\n\n{details}", REVIEW, ["other"])


def test_a_story_naming_a_theatre_and_a_date_stays():
    last = "The play opens at the Orsk Playhouse on 12 May and runs until the end of June."
    text = f"{REVIEW}\n\n{last}"
    assert set_apart(text).text == text


def test_a_story_giving_a_number_to_call_stays():
    last = "Anyone who saw the ferry leave should call Varnholt police (0161 - 555 0192) by Friday."
    text = f"{REVIEW}\n\n{last}"
    assert set_apart(text).text == text


def test_a_venue_with_its_number_inside_the_story_stays():
    # the details close the text, not a paragraph of it
    middle = "At the Orsk Hall (0191 - 227 4757) on Friday, the band tried the new songs."
    text = f"{middle}\n\n{REVIEW}"
    assert set_apart(text).text == text


def test_a_story_sentence_about_the_box_office_stays():
    last = "The film took 12 million at the box office on its first weekend, the studio said."
    text = f"{REVIEW}\n\n{last}"
    assert set_apart(text).text == text
