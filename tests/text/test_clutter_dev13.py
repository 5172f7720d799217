"""Clutter shapes written after a thirteenth sample of articles (bench/CLEAN_MARKS.md, dev13) and
the lines of page furniture the cleaned corpus still repeats across many texts: a site section's
blurb closing the page, a site's promotion of all its graphics or coverage, a monitoring
service's note on itself, calls to sign up for more in the inbox, a sponsor's note, a lost video
embed's question, an edition chooser, a hosted bureau's note and handle, calls to follow a desk
or review a book; tried here on invented text: every name, place and number below is made up,
so a shape passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, set_apart_as
from text.clean import clean
from text.clutter import set_apart

# ----------------------------------------------------------------------------- section blurbs


@pytest.mark.parametrize(
    "blurb",
    [
        "News, features, and opinions on harbour policy, the science of tides, and tools to "
        "live by the sea.",
        "News, analysis and commentary on the Orsk harbour and its ferries.",
        "The latest news, features and videos on Varnholt's floods",
    ],
)
def test_a_section_blurb_closing_the_page_is_nav(blurb):
    set_apart_as(f"{STORY}\n\n{NEXT}\n\n{blurb}", f"{STORY}\n\n{NEXT}", ["nav"])


def test_a_section_blurb_run_in_after_the_last_sentence_is_nav():
    text = f'{STORY} "We will sail," she said. News, features and opinions on the Orsk ferries.'
    set_apart_as(text, f'{STORY} "We will sail," she said.', ["nav"])


@pytest.mark.parametrize(
    "last",
    [
        # the story's sentence: a verb in the subject
        "News and analysis on the strike were scarce.",
        "News, features and opinions on the ferries have filled the Orsk papers for a week.",
        # one kind of content is no list
        "News on the harbour reached Varnholt on Monday.",
    ],
)
def test_a_storys_last_sentence_on_news_and_opinions_stays(last):
    text = f"{STORY}\n\n{last}"
    assert set_apart(clean(text)).text == clean(text)


def test_a_blurb_shaped_line_inside_the_story_stays():
    text = f"{STORY}\n\nNews, features and opinions on the ferries.\n\n{NEXT}"
    assert set_apart(clean(text)).text == clean(text)


# ----------------------------------------------------------------------------- promotions


@pytest.mark.parametrize(
    "promo",
    [
        "Explore all of our flood graphics to track the water, see its effects, and learn its "
        "possible solutions.",
        "See all our coverage of the Orsk ferry strike.",
    ],
)
def test_a_sites_promotion_of_all_its_graphics_over_the_story_is_related(promo):
    set_apart_as(f"{promo}\n\n{STORY}", STORY, ["related"])


def test_a_promotion_after_a_photo_credit_and_a_headline_run_into_it_is_related():
    text = (
        "Orsk lawyers handle flood claims Explore all of our flood graphics to track the water."
        f"\n\n{STORY}"
    )
    set_apart_as(text, f"Orsk lawyers handle flood claims\n\n{STORY}", ["related"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Explore the harbour on foot, the guide says.",
        "Visitors can explore all of the old quay's warehouses.",
        "See all our ferries sail, the captain told the crowd.",
    ],
)
def test_a_storys_sentence_inviting_to_explore_stays(sentence):
    text = f"{STORY} {sentence}\n\n{NEXT}"
    assert set_apart(clean(text)).text == clean(text)


# ----------------------------------------------------------------------------- self-descriptions


def test_a_monitoring_services_note_on_itself_is_a_footer():
    note = (
        "Orsk Monitoring selects and translates news from radio, television, press, news "
        "agencies and the internet from 40 countries in more than 20 languages.\n\n"
        "It is based in Varnholt, Vornland, and has several bureaux abroad."
    )
    set_apart_as(f"{STORY}\n\n{note}", STORY, ["footer"])


def test_a_storys_sentence_on_what_a_service_translates_stays():
    text = (
        f"{STORY} Orsk Monitoring selects and translates news from radio in 12 languages, its "
        "director said."
    )
    assert set_apart(clean(text)).text == clean(text)


# ----------------------------------------------------------------------------- sign-ups, sponsors


@pytest.mark.parametrize(
    "call",
    [
        "Become a member of the Orsk Harbour Network to get more stories like this direct to "
        "your inbox.",
        "To get more articles like this sent direct to your inbox, sign up for free membership "
        "of the Orsk Ferry Network.",
        "Sign up to our weekly harbour newsletter:",
    ],
)
def test_a_call_to_join_or_sign_up_for_more_in_the_inbox_is_newsletter(call):
    set_apart_as(f"{STORY}\n\n{call}", STORY, ["newsletter"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The union asked its members to sign up to the harbour agreement by Friday.",
        "The ferry company's newsletter said the boats would sail again.",
        "Engineers sign up for a second shift when the water rises, the council said.",
        "The ferrymen had failed to sign up for a single harbour email list, the council said.",
    ],
)
def test_a_storys_sentence_on_signing_up_or_a_newsletter_stays(sentence):
    text = f"{STORY}\n\n{sentence}"
    assert set_apart(clean(text)).text == clean(text)


def test_a_sponsors_note_on_who_brought_the_page_is_other():
    set_apart_as(
        f"{STORY}\n\nThis content is brought to you by Orsk Professional.", STORY, ["other"]
    )


def test_a_sponsors_note_run_in_after_a_writers_note_without_a_stop_is_other():
    text = f"{STORY}\n\nKel Varga is head of the Orsk ferry desk This content is brought to you by Orsk Press."
    found = set_apart(text)
    assert found.text == STORY
    assert "other" in found.labels()


def test_a_storys_sentence_on_who_paid_for_the_harbour_stays():
    text = f"{STORY} The new quay was paid for by Orsk Council."
    assert set_apart(clean(text)).text == clean(text)


# ----------------------------------------------------------------------------- more site lines


def test_a_video_embeds_reading_on_mobile_question_alone_is_related():
    set_apart_as(f"{STORY}\n\nReading on mobile?\n\n{NEXT}", f"{STORY}\n\n{NEXT}", ["related"])


def test_a_news_sites_edition_chooser_is_nav():
    chooser = (
        "You've selected the Vornish Edition.\n\nWould you like to make this your default edition?"
    )
    set_apart_as(f"{chooser}\n\n{STORY}", STORY, ["nav", "nav"])


def test_a_hosted_bureaus_note_on_itself_and_its_contact_line_are_clutter():
    note = (
        "The Orsk Bureau is an independent media organisation, hosted by the Varnholt Herald."
        "\n\nContact us @orskbureau."
    )
    set_apart_as(f"{STORY}\n\n{note}", STORY, ["footer", "newsletter"])


@pytest.mark.parametrize(
    "call",
    [
        "You can follow our links and commentary each day through Twitter (@orskdesk, or our "
        "personal accounts) or by watching our news feed.",
        "Write your review of this or any other book, find out what other readers thought or "
        "add it to your lists",
    ],
)
def test_a_desks_call_to_follow_or_review_is_share(call):
    set_apart_as(f"{STORY}\n\n{call}", STORY, ["share"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Are you reading on mobile? the ferry company asked its passengers in a survey.",
        "The Orsk Bureau is an independent media organisation that the council has long "
        "criticised.",
        "You can follow the ferries on the harbour website, the council said.",
        "The council asked residents to write a review of the new quay.",
    ],
)
def test_a_storys_sentences_like_the_site_lines_stay(sentence):
    text = f"{STORY}\n\n{sentence}\n\n{NEXT}"
    assert set_apart(clean(text)).text == clean(text)


# ----------------------------------------------------------------------------- wire headers


def test_a_sputnik_headers_section_and_time_stamp_after_the_headline_are_clutter():
    text = (
        "Ferries Stranded at Orsk Quay - Reports Middle East 1924 16.05.2031(updated 1925 "
        f"16.05.2031) {STORY}"
    )
    found = set_apart(text)
    assert found.text.endswith(STORY)
    assert "1924" not in found.text and "Middle East" not in found.text
    assert {"nav", "timestamp"} <= set(found.labels())
    assert found.date == "16.05.2031"


def test_sanas_date_and_name_after_the_headline_are_a_dateline():
    text = "Three killed in shelling of Orsk 8 November 2031 SANA Members of the guard were killed."
    found = set_apart(text)
    assert "SANA" not in found.text and "2031" not in found.text
    assert found.labels() == ["dateline"]
    assert (found.outlet, found.date) == ("SANA", "8 November 2031")


def test_sana_as_the_subject_of_the_first_sentence_stays():
    text = "Ten killed in shelling of Orsk 6 September 2031 SANA reporter in Orsk said ten died."
    assert "SANA reporter in Orsk said" in set_apart(text).text
