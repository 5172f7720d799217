"""A caption opening a text with no headline, run into the lead, goes as a caption: a clause
with a lower-case article and a finite verb, the lead opening on its subject and verb. A
headline run into the lead, and a lead whose sentence goes on after a name, stay. Invented
names and text throughout."""

from tests.text.clutter_story import article
from text.clutter import set_apart
from text.clutter_opening_caption import opening_caption

SECOND = "The harbour master said the quay would be rebuilt by the autumn."


def captions(*texts: str) -> list[str]:
    return [c.text for c in set_apart("\n\n".join(texts)).clutter if c.label == "caption"]


def test_a_caption_that_reports_before_a_lead_on_its_subject_goes():
    first = (
        "Kel Varga said the storm was developing an alarming strength Orsk is slipping closer "
        "to a full evacuation with each passing day, the council has warned."
    )
    out = article(first, SECOND)
    assert out.startswith("Orsk is slipping closer to a full evacuation")
    assert captions(first, SECOND) == [
        "Kel Varga said the storm was developing an alarming strength"
    ]


def test_a_caption_before_a_lead_opening_on_the_and_a_name_goes():
    first = (
        "Orsk says it is fully equipped to deal with the flood The Orsk council is urging "
        "people not to travel until the river has fallen."
    )
    out = article(first, SECOND)
    assert out.startswith("The Orsk council is urging people not to travel")


def test_a_caption_in_the_progressive_before_a_name_and_its_verb_goes():
    first = (
        "Guards at the ferry crossing in Varn are still being kept busy Varn Harbour is a "
        "border town in more than just name."
    )
    out = article(first, SECOND)
    assert out.startswith("Varn Harbour is a border town in more than just name.")


def test_a_headline_without_articles_stays():
    first = (
        "Orsk ferry firm pledges new safety unit Orsk Lines has formed a new unit to oversee "
        "safety across the company."
    )
    assert opening_caption(first) is None
    assert article(first, SECOND).startswith("Orsk ferry firm pledges new safety unit")


def test_a_headline_and_its_source_after_a_dash_stays():
    first = (
        "Orsk must give answers on the quay - Varn Harbour Kel Varga has been given a day to "
        "answer questions on the flood."
    )
    assert opening_caption(first) is None


def test_a_lead_whose_sentence_goes_on_after_a_name_stays():
    first = (
        "Two more people in central Orsk have been diagnosed with the fever, the Orsk health "
        "board has said."
    )
    assert opening_caption(first) is None
    assert article(first, SECOND).startswith("Two more people in central Orsk")


def test_a_caption_with_a_sentence_opening_inside_stays():
    first = (
        "The three men were taking part in a meeting of the harbour board, state radio said "
        "The reported attack on the quay could mark a turn in the dispute."
    )
    assert opening_caption(first) is None


def test_a_headline_quoting_words_in_single_marks_stays():
    first = (
        "Orsk council will seek 'clarification' of the flood costs Kel Varga has demanded "
        "answers from the ferry firm on Monday."
    )
    assert opening_caption(first) is None
