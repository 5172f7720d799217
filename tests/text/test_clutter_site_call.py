"""A site's promotion of its own coverage closing the text (a call to the reader: "Get constant
updates from our ...", "Follow <name> on Twitter", "Sign up for ...") and a broadcast
transcript's air stamp after its run of headlines ("... Aired <date> - <clock> ET"), both read
from an eighteenth sample of articles (bench/CLEAN_MARKS.md, dev18); tried here on invented
text: every name, place, site and date below is made up, so a shape passes only by its
structure."""

import pytest

from tests.text.clutter_story import NEXT, STORY, cleaned_once_and_again, set_apart_as
from text.clutter import set_apart
from text.read import Document
from text.split import split_articles

# ----------------------------------------------------------------------------- closing calls


@pytest.mark.parametrize(
    ("call", "label"),
    [
        (
            "Get constant updates from our harbour reporters and read stories seen only here.",
            "related",
        ),
        ("Stay with Orsk Radio and orskradio.com for all the latest on the harbour.", "related"),
        (
            "Keep up with the latest on Orsk Students: follow us on Twitter at @orskstudents",
            "related",
        ),
        ("Visit our ferry tracker here, and find your quay.", "related"),
        ("Follow Tarn Vellis Amar on Twitter: @tarnvellis", "share"),
        ("Follow the hearing live on orskherald.com", "share"),
        ("Sign up for Varnholt Daily", "newsletter"),
        ("Subscribe to the RSS feed and be first to know.", "newsletter"),
    ],
)
def test_a_site_s_call_to_the_reader_closing_the_text_is_set_apart(call, label):
    text = f"{STORY}\n\n{NEXT}\n\n{call}"
    kept = f"{STORY}\n\n{NEXT}"
    set_apart_as(text, kept, [label])
    assert cleaned_once_and_again(text) == kept


def test_a_call_run_on_after_the_story_s_last_sentence_is_set_apart():
    text = f"{STORY} {NEXT} Get breaking news alerts from the Orsk Herald."
    assert set_apart(text).text == f"{STORY} {NEXT}"


def test_a_site_s_closing_promotion_of_its_own_paragraph_goes_with_its_call():
    # the Fox News blog's two lines, each a paragraph of its own after the story
    text = (
        f"{STORY}\n\n{NEXT}\n\nFOX News covers the action from all the angles.\n\nGet "
        "constant updates from our in-the-field reporters and producers and read stories "
        "you'll only see here."
    )
    set_apart_as(text, f"{STORY}\n\n{NEXT}", ["related"])


@pytest.mark.parametrize(
    "ending",
    [
        # a story's ending that urges readers, in quotes or told as speech
        '"Get the latest updates from our crews and stay off the quay," the harbour master said.',
        "“Follow the ferry crews on Twitter,” Kel Varga told the meeting.",
        # imperatives of the story, offering no coverage of the site
        "Get out of our harbour, the fishermen shouted at the trawler.",
        "Stay with her, the doctor told the crew.",
        "Follow the river north and the quay is the first thing you see.",
        "Sign of the times.",
        # a call of the site's inside the story, not its last sentence
        "Get constant updates from our reporters. The ferries sailed again at noon.",
    ],
)
def test_a_story_s_ending_that_urges_readers_stays(ending):
    text = f"{STORY}\n\n{NEXT}\n\n{ending}"
    assert set_apart(text).text == text


# ----------------------------------------------------------------------------- air stamps


def test_a_transcript_s_air_stamp_after_its_headlines_is_a_timestamp():
    headlines = "Orsk Ferry Strike Enters Second Week; Interview With Kel Varga"
    speech = "ILSA MARROW, HOST: Good evening from the harbour."
    text = f"{headlines} Aired March 3, 2031 - 08:00:00 ET\n\n{speech}\n\n{NEXT}"
    found = set_apart(text)
    assert found.text == f"{headlines}\n\n{speech}\n\n{NEXT}"
    assert found.labels() == ["timestamp"]
    assert found.date == "March 3, 2031"
    assert cleaned_once_and_again(text) == found.text


def test_an_air_stamp_before_a_transcript_s_notice_is_set_apart_with_it():
    headlines = "Harbour Reopens; Interview With Ilsa Marrow"
    speech = "ILSA MARROW, HOST: Good evening."
    text = f"{headlines} Aired March 3, 2031 - 21:00 ET THIS IS A RUSH TRANSCRIPT.\n\n{speech}"
    found = set_apart(text)
    assert found.text == f"{headlines}\n\n{speech}"
    assert sorted(found.labels()) == ["other", "timestamp"]
    assert cleaned_once_and_again(text) == found.text


def test_an_air_stamp_dates_a_transcript_that_has_no_date():
    text = (
        "Orsk Ferry Strike; Harbour Board Meets Aired March 3, 2031 - 08:00 ET THIS IS A RUSH "
        f"TRANSCRIPT.\n\nILSA MARROW, HOST: Good evening.\n\n{STORY}\n\n{NEXT}"
    )
    [draft] = split_articles(Document(text=text, origin="t", kind="text"))
    assert "Aired" not in draft.text
    assert draft.published == "2031-03-03"
    given = Document(text=text, origin="t", kind="text", published="2031-03-04")
    [draft] = split_articles(given)
    assert draft.published == "2031-03-04"


@pytest.mark.parametrize(
    "sentence",
    [
        "The programme aired on March 3, 2031 - the night the ferry sank - at 21:00 ET.",
        "Aired March 3, 2031, the programme drew the harbour's largest audience.",
        "It was first Aired March 3, 2031 and again a week later.",
    ],
)
def test_a_story_s_sentence_on_an_airing_stays(sentence):
    text = f"{STORY} {sentence}\n\n{NEXT}"
    assert set_apart(text).text == text
