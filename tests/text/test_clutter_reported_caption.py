"""A caption telling what someone says run into the lead opening the text, with or without the
headline before it (text/clutter_reported_caption.py; REPORTEDVERB, REPORTEDSPEAKERJOIN and
REPORTEDPRONOUN in text/clutter.txt), and a place's name in capitals standing as a dateline
before the story, with or without its country (DATELINECAPS). Tried on invented text: every
name and place below is made up (but a country's, which the dateline shape lists), so a shape
passes only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, opening_caption_set_apart
from text.clutter import set_apart


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        # a speaker, "said" and the words reported, a lead opening on a bare name
        (
            "Kel Varga said the ferry was developing an alarming list in the swell",
            "Orsk is slipping closer to a shutdown with each passing day, the harbour master "
            "has warned.",
        ),
        # a pronoun opening the words reported, a lead opening on "The"
        (
            "Varnholt says it is fully equipped to deal with the flood",
            "The Varnholt council is urging people not to travel to the coast until the water "
            "falls.",
        ),
        # a verb of thinking, which takes the clause after it bare as "says" does
        (
            "Orsk Ferries hopes the new crossing will boost confidence in the company",
            "Orsk Ferries has formed a new unit to oversee safety on every route of the line.",
        ),
        # a speaker holding "from" and a name, "says that"
        (
            "Ilsa Marrow from the Orsk Trust says that the pictures are a grave worry for the crews",
            "Harbour crews have been told to stay away from the quays of Varnholt until Friday.",
        ),
    ],
)
def test_a_caption_reporting_a_speakers_words_before_the_lead_is_a_caption(caption, lead):
    opening_caption_set_apart(caption, lead)


def test_a_caption_reporting_a_speakers_words_after_the_headline_is_a_caption():
    headline = "Protest against Orsk Shipping at the Varnholt Museum"
    caption = "The Varnholt Museum says it is grateful to Orsk Shipping for its support"
    lead = "An oil-like substance has been poured around one of the museum's statues by activists."
    found = set_apart(f"{headline} {caption} {lead}\n\n{NEXT}")
    assert [c.text for c in found.clutter] == [caption]
    assert found.text.strip() == f"{headline} {lead}\n\n{NEXT}"
    again = set_apart(found.text)
    assert again.text.strip() == found.text.strip() and again.labels() == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a story's lead reporting a speaker's words, the name after a function word
        "Officials said the attack was carried out by members of the Orsk Harbour Guard today.",
        # the words reported end on an "-ing" form, whose object the name is
        "Crews said the navy was shelling Orsk Harbour guards have denied it since the storm.",
        # a verb that takes a clause inside the words reported: a content clause goes on
        "Kel Varga said the report showed Orsk Ferries had lost money on every crossing.",
        # a pronoun speaker: the story's own sentence
        "He said the crossing was closed for the winter Orsk Ferries has told its crews.",
        # no finite verb in the words reported: "said" is no caption's verb there
        "Kel Varga said on Monday in a statement to Orsk Radio that the harbour would reopen.",
        # the words reported hold a second pronoun, a clause inside them
        "Kel Varga said he would have sacked the crew had he run the ferry Orsk has said.",
    ],
)
def test_a_story_sentence_reporting_words_stays(sentence):
    text = f"{sentence}\n\n{NEXT}"
    found = set_apart(text)
    assert found.text.strip() == text
    assert found.labels() == []


def test_a_reported_caption_further_down_a_story_is_not_read_here():
    # only the text's first paragraph is read for this shape
    paragraph = (
        "Kel Varga said the ferry was developing an alarming list in the swell Orsk is slipping "
        "closer to a shutdown with each passing day."
    )
    text = f"{NEXT}\n\n{paragraph}"
    found = set_apart(text)
    assert paragraph in found.text
    assert "caption" not in found.labels()


@pytest.mark.parametrize(
    ("dateline", "story"),
    [
        # a place in capitals of two words and its country, the story opening on "A"
        ("VESHNAR KHAN Syria", "A suspected gas attack killed dozens of people in the town."),
        # one word and its country, the story opening on "At least"
        ("VESHNAR Syria", "At least four schoolchildren were among eight people killed."),
        # the dateline left alone on its line
        ("VESHNAR Syria", "\n\nA suspected gas attack killed dozens of people in the town."),
        # a capital city that a dateline names alone (text/dateline_cities.txt)
        ("BEIRUT", "A Russian military helicopter was shot down over Orsk on Monday."),
        ("AMMAN", "Nearly 50 air strikes hit rebel-held areas around Orsk on Sunday."),
    ],
)
def test_a_place_in_capitals_before_the_story_is_a_dateline(dateline, story):
    joint = "" if story.startswith("\n") else " "
    found = set_apart(f"{dateline}{joint}{story}\n\n{NEXT}")
    assert found.text.strip() == f"{story.strip()}\n\n{NEXT}"
    assert found.labels() == ["dateline"]
    assert found.place is not None and found.place.startswith(dateline.split(" Syria")[0])
    again = set_apart(found.text)
    assert again.text.strip() == found.text.strip() and again.labels() == []


@pytest.mark.parametrize(
    "text",
    [
        # words in capitals that are neither a listed city nor before a country: a heading
        "HARBOUR ROAD On Friday the crews of Orsk went home early to rest.",
        # a place in capitals before a word that is no country
        "VESHNAR Harbour A ferry sank at the quay of Orsk on Monday.",
        # a city in capitals inside a sentence, after no stop
        "The crews flew to BEIRUT A day later the ferries of Orsk sailed again.",
        # a city in capitals before another word in capitals: a headline in capitals
        "MOSCOW DENIES it sank the Orsk ferry, the navy of Varnholt said on Monday.",
        # an organisation's initials before a country, then no lead's opening word
        "The ferry sank. KVR Syria Envoy said the crews of Orsk were safe.",
        # a long run of capitals (read in one pass, not tried again at every letter)
        "The crews of Orsk went home. " + "ORSK" * 3000 + " A ferry sank.",
    ],
)
def test_words_in_capitals_that_are_no_dateline_stay(text):
    found = set_apart(f"{text}\n\n{NEXT}")
    assert "dateline" not in found.labels()
    assert text.split()[0] in found.text
