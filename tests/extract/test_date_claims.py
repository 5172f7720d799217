"""The day a report gives a named event, read from sentences written for these tests (invented
places)."""

import pytest

from extract.date_claims import date_claim


@pytest.mark.parametrize(
    ("sentence", "day", "topic"),
    [
        (
            "The chemical attack on Velmora on 21 August killed hundreds.",
            "2013-08-21",
            "chemical:velmora",
        ),
        (
            "The resolution condemns an August 21 chemical weapons attack on the outskirts of "
            "Velmora.",
            "2013-08-21",
            "chemical:velmora",
        ),
        (
            "Mourners buried the dead of the Karsk bombing on July 27.",
            "2016-07-27",
            "explosion:karsk",
        ),
        (
            "The suicide bombing at a wedding in the town of Ostrava Minor, on 3 October 2016, "
            "killed 20.",
            "2016-10-03",
            "explosion:ostrava minor",
        ),
        ("The massacre in Dravin on 5 March 2012 was condemned.", "2012-03-05", "massacre:dravin"),
    ],
)
def test_a_named_event_with_the_day_written_next_to_it(sentence, day, topic):
    claim = date_claim(sentence, day)
    assert claim is not None and (claim.kind, claim.topic, claim.day) == ("date", topic, day)


def test_the_day_is_said_as_a_reader_would_say_it():
    claim = date_claim("The car bomb in Karsk on Aug. 2, 2015 killed nine.", "2015-08-02")
    assert claim is not None and claim.said == "on 2 Aug 2015"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # a kind of violence that hits one place day after day: the day tells events apart
        ("The air strike on Velmora on 3 May 2017 killed 12.", "2017-05-03"),
        ("The shelling of Karsk on 3 May 2017 killed 12.", "2017-05-03"),
        # no kind named: "the attack" may be any
        ("The attack on Velmora on 3 May 2017 killed 12.", "2017-05-03"),
        # several events
        ("The bombings in Velmora on 3 May 2017 killed 12.", "2017-05-03"),
        # a weekday: its day is worked out from the publication date
        ("The bombing in Velmora on Wednesday killed 12.", "2017-05-03"),
        # the day written is not the one the sentence is dated to
        ("The bombing in Velmora on 4 May 2017 killed 12.", "2017-05-03"),
        # a day written apart from the event
        ("On 3 May 2017 rebels said the bombing in Velmora was staged.", "2017-05-03"),
        # a caption's date is the picture's
        ("In this photo, the bombing in Velmora on 3 May 2017 left a crater.", "2017-05-03"),
    ],
)
def test_no_date_claim_where_the_event_or_its_day_cannot_be_told(sentence, day):
    assert date_claim(sentence, day) is None


@pytest.mark.parametrize(
    ("sentence", "day", "topic"),
    [
        (
            "He spoke of the massacre at Dravin, in which 108 people were killed on 25 May.",
            "2012-05-25",
            "massacre:dravin",
        ),
        (
            "Velmora is close to the town of Karsk where a chemical weapons attack killed nearly "
            "90 people on April 4.",
            "2017-04-04",
            "chemical:karsk",
        ),
    ],
)
def test_the_day_of_the_killing_the_named_event_did(sentence, day, topic):
    claim = date_claim(sentence, day)
    assert claim is not None and claim.topic == topic


def test_a_day_given_to_something_else_said_of_the_event_is_no_date_claim():
    assert (
        date_claim("The bombing in Karsk, which the council condemned on 5 May.", "2017-05-05")
        is None
    )
