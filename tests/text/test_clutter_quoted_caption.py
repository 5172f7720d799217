"""A caption at a page's head ending on the words it quotes in single marks, run into the lead
as flattened BBC pages print it, after the repeated headline or opening the text, and a video's
quote box in single marks opening the text (the [lead caption] shapes of text/clutter.txt built
on QUOTEDCLOSE, QUOTEDLEAD and QUOTEDBOXLEAD). Tried on invented text: every name, place and
headline below is made up, so the caption is found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT
from text.clutter import set_apart


@pytest.mark.parametrize(
    ("headline", "caption", "lead"),
    [
        # after the repeated headline, itself holding a quotation
        (
            "Orsk fund reaches key 'milestone' in harbour talks",
            "Orsk CEO Kel Varga says rebuilding the pier was a 'very important step'",
            "Ferry firm Orsk Lines says it has reopened its office on the quay.",
        ),
        # after a headline without one, the lead opening on an opener and a lower-case word
        (
            "Orsk ferries resume after storm",
            "Kel Varga says the storm was a 'very rare event'",
            "Two ferries have sailed again after the port was shut for a week.",
        ),
        # opening the text, an adverb before the verb, the lead opening on "In"
        (
            "",
            "Mr Varga initially said the damage would be 'very modest'",
            "In the wake of the storm, the Orsk harbour master has been criticised by the crews.",
        ),
        # typographic marks; "The", a name and its verb open the lead
        (
            "",
            "Ilsa Marrow told the council the crossing was an ‘unacceptable risk’",
            "The Varnholt Ferry Company has cancelled its crossings for the winter.",
        ),
    ],
)
def test_a_caption_ending_on_its_quotation_at_the_head_is_a_caption(headline, caption, lead):
    head = f"{headline} " if headline else ""
    found = set_apart(f"{head}{caption} {lead}\n\n{NEXT}")
    # the headline stays, set on its own line, the lead and the story after it whole
    kept = f"{headline}\n\n{lead}" if headline else lead
    assert found.text == f"{kept}\n\n{NEXT}"
    assert found.labels() == ["caption"]
    assert found.clutter[0].text == caption


@pytest.mark.parametrize(
    ("box", "lead"),
    [
        (
            "Kel Varga: 'The crews in question are all safe'",
            "Two ferries were lost off the Orsk coast on Sunday after the storm.",
        ),
        (
            "Orsk harbour master Dr Ilsa Marrow: 'The picture is evolving'",
            "The harbour is better prepared than ever to deal with a storm, its master has said.",
        ),
        (
            "Kel Varga: 'We saw the ferry sink'",
            "One deckhand has told the council he saw the leak weeks before the storm.",
        ),
    ],
)
def test_a_quote_box_in_single_marks_opening_the_text_is_a_caption(box, lead):
    found = set_apart(f"{box} {lead}\n\n{NEXT}")
    assert found.text == f"{lead}\n\n{NEXT}"
    assert found.labels() == ["caption"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # headlines ending on a quotation: no article, or no verb, or a colon before it
        "Orsk harbour death was 'not suspicious' Medical experts say the crew drowned in the storm.",
        "Orsk spill a result of 'poor decision making' The spill off Orsk has sharpened the row.",
        "Orsk Mayor Kel Varga says clean-up 'will take years' The mayor says the quay is lost.",
        "Orsk storm: Varga sees council 'losing control' Ministers were meeting on the quay.",
        # a speaker's words as a headline, its standfirst opening on a bare noun and its verb
        "Kel Varga: 'Orsk told me to stay' President told the crews the port would stay open.",
        # a quotation opening in lower case (a headline's)
        "Orsk storm: 'watch, prepare, reassure' A child has become the first victim of the flood.",
        # a story's sentence: the quotation's close before a stop or a lower-case word
        "Mr Varga said the storm was a 'very rare event'. The council agreed with him on Monday.",
        "Mr Varga said the storm was a 'very rare event' and the council agreed on Monday night.",
        # a comma in the clause: a sentence that goes on
        "Mr Varga, the mayor, said it was a 'rare event' The council has agreed with him today.",
        # the quotation followed by a name that goes on the phrase
        "Kel Varga said the vote was a 'historic' Orsk Labour victory for the harbour crews.",
    ],
)
def test_a_headline_a_sentence_or_a_name_after_a_quotation_stays(paragraph):
    text = f"{paragraph}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_a_second_pass_changes_nothing():
    text = (
        "Orsk fund reaches key 'milestone' in harbour talks Orsk CEO Kel Varga says rebuilding"
        " the pier was a 'very important step' Ferry firm Orsk Lines says it has reopened its"
        f" office on the quay.\n\n{NEXT}"
    )
    once = set_apart(text).text
    assert set_apart(once).text == once
