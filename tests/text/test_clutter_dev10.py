"""Clutter shapes written from a tenth sample of articles (bench/CLEAN_MARKS.md, dev10), tried
here on invented text: every name, handle, place, outlet and link below is made up, so a shape
passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clutter import set_apart


@pytest.mark.parametrize(
    "tweet",
    [
        # its text, the picture link, the author, the handle and the day
        "Ferries stranded at Orsk quay as the river rises "
        "pic.twitter.comAb3dEf9Gh Kel Varga (kelvarga) March 3 2031",
        # a shortened link and a hashtag before the picture link
        "Varnholt bridge closed to all traffic httpst.coXy12AbCd Orsk "
        "pic.twitter.comQw7Er5Ty Orsk Harbour Watch (OrskWatch) 3 March 2031",
        # a shortened link glued to the text's stop, no picture
        "Divers reached the wreck this morning.httpst.coZx9Cv8Bn "
        "The Orsk Ferrymen (OrskFerry) June 12 2031",
        # the author's name left out, the month lost to the page's encoding
        "Ferries stranded at Orsk quay pic.twitter.comPo0Iu9Yt (VarnholtNews) 29 2031 .",
    ],
)
def test_an_embedded_tweet_with_its_link_author_handle_and_day_is_share(tweet):
    set_apart_as(f"{STORY} {tweet} {NEXT}", f"{STORY} {NEXT}", ["share"])


def test_an_embedded_tweet_takes_no_story_sentence_before_it():
    tweet = "Ferries stranded at Orsk quay pic.twitter.comAb3dEf9Gh Kel Varga (kelvarga) May 2 2031"
    text = f'{STORY} "We will not wait," she said. {tweet} {NEXT}'
    set_apart_as(text, f'{STORY} "We will not wait," she said. {NEXT}', ["share"])


def test_an_embedded_tweet_opening_on_a_digit_leaves_the_sentence_before_it():
    said = '"The quay must be repaired" a statement from Kel Varga of the board said.'
    tweet = (
        "2m people in Orsk lost power httpst.coAb12CdEf Orsk pic.twitter.comZx98YtUi "
        "Orsk Relief (OrskRelief) August 9 2031"
    )
    set_apart_as(f"{STORY} {said} {tweet} {NEXT}", f"{STORY} {said} {NEXT}", ["share"])
    quote = '"No one is leaving his house."'
    tweet = (
        "5-year-old girl pulled from the rubble in Orsk killing her familyhttpst.coAb12CdEf "
        "DAILY ORSK (DailyOrsk) September 23 2031"
    )
    set_apart_as(f"{STORY} {quote} {tweet} {NEXT}", f"{STORY} {quote} {NEXT}", ["share"])


@pytest.mark.parametrize(
    "sentence",
    [
        # a body's abbreviation in brackets before a date, no link: the story's words
        "The Orsk Harbour Board (OHB) March 3 2031 report found the quay unsafe.",
        # a link named in a sentence, no author, handle or day after it
        "Kel Varga posted the picture at pic.twitter.comAb3dEf9Gh on Monday, the board said.",
    ],
)
def test_a_sentence_with_a_handle_or_a_link_but_no_tweet_signature_stays(sentence):
    text = f"{STORY} {sentence} {NEXT}"
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "notice",
    [
        "The Orsk Herald is not responsible for the content of external internet sites",
        "The Orsk Herald is not responsible for the content of external websites",
    ],
)
def test_a_sites_notice_on_external_links_is_a_footer(notice):
    set_apart_as(f"{STORY}\n\n{notice}", STORY, ["footer"])


def test_a_sites_notice_on_external_links_before_more_text_goes_alone():
    notice = "The Orsk Herald is not responsible for the content of external websites"
    text = f"{STORY}\n\n{notice} {NEXT}"
    set_apart_as(text, f"{STORY}\n\n{NEXT}", ["footer"])


def test_a_story_sentence_on_responsibility_for_content_stays():
    text = (
        f"{STORY} The council said it is not responsible for the content of the flyers. "
        f"Kel Varga said the board is not responsible for the content of external reports. {NEXT}"
    )
    assert set_apart(text).text == text


@pytest.mark.parametrize(
    "sign_off",
    ["For Orsk Radio, I'm Kel Varga.", "For Orsk Public Radio news, I'm Ilsa Marrow reporting."],
)
def test_a_radio_reporters_closing_sign_off_is_a_byline(sign_off):
    text = f"{STORY} {NEXT} {sign_off}"
    set_apart_as(text, f"{STORY} {NEXT}", ["byline"])


@pytest.mark.parametrize(
    "ending",
    [
        # a speaker's words in quotation marks
        'He said: "For Orsk, I\'m Kel Varga."',
        # a sign-off shape in the middle of the text is no sign-off
        "For Orsk Radio, I'm Kel Varga. The ferries sailed on Monday.",
        # the first person and a verb, no name
        "For my part, I'm staying.",
    ],
)
def test_a_first_person_ending_that_is_no_sign_off_stays(ending):
    text = f"{STORY} {NEXT} {ending}"
    assert set_apart(text).text == text
