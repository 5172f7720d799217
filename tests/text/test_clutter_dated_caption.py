"""The photo caption a CNN page prints under its date-and-writer line ("January 25, 2031 | By
Kel Varga, CNN"), run into the line's paragraph before the story (text/clutter_photo_caption.py's
`dated_byline_caption`, DATEDCAPTION in text/clutter.txt). Tried on invented text: every name
and place below is made up, so the caption is found only by its structure and its place."""

import pytest

from tests.text.clutter_story import NEXT, STORY
from text.clutter import set_apart

LINE = "January 25, 2031 | By Kel Varga, CNN"


@pytest.mark.parametrize(
    "caption",
    [
        # a crowd's present tense
        "Demonstrators clash with harbour police in central Orsk during a protest over fares.",
        # a picture's cue, whatever the tense
        "The harbour council says the crossings are not limited to the quay of Orsk (pictured).",
        "Dockers of Orsk are seen outside Varn Hall by the ferry terminal on Monday.",
        "Dockers of Orsk are pictured in Port Varn by the ferry terminal on Monday.",
    ],
)
def test_a_caption_under_the_dated_byline_is_set_apart(caption):
    found = set_apart(f"{LINE} {caption}\n\n{STORY}\n\n{NEXT}")
    assert found.text.strip() == f"{STORY}\n\n{NEXT}"
    assert [c.text for c in found.clutter if c.label == "caption"] == [caption]
    again = set_apart(found.text)
    assert again.text.strip() == found.text.strip() and again.labels() == []


@pytest.mark.parametrize(
    "lead",
    [
        # the story's lead printed under the line: past, perfect, a copula, a reporting verb
        "It was ten days of unrest that finally moved the harbour council of Orsk, analysts said.",
        "The streets are calm in the far-off town of Kessany, but one resident says unease grows.",
        "The strike has paralysed daily life in Orsk with many ferries tied up at the quay.",
        "The average price of a ferry ticket in Orsk stands at ten crowns, says the council.",
        # a present in -s with no day closing it: a story's present
        "The harbour council of Orsk estimates the strike has cost the ferries ten million crowns.",
        # a scheduled event's present, with a day
        "The minister of Varn arrives in Orsk on Monday for a visit to the harbour of the town.",
        # a past tense after a plural read as the verb
        "Government ferries in Orsk sailed into the harbour of Port Varn on Monday.",
        # "seen as": a story's judgement, no picture's
        "Kel Varga is seen as the likely winner of the harbour vote in Orsk on Sunday.",
        # "is seen", "is shown" with no place after it: a story's
        "The strike is seen by many in Orsk as a turning point for the ferry crews this year.",
        "Ferry prices are seen rising further this year as the strike in Orsk drags on.",
        "The damage is shown in figures the harbour council of Orsk released on Monday.",
        # a present in -s closed by a day: a one-sentence lead in the present tense
        "The opposition of Orsk calls for a general strike across the harbour on Sunday.",
        "Kel Varga leads the count in the harbour vote of Orsk by a wide margin on Sunday.",
        "The harbour council of Orsk holds talks with the ferry crews on Tuesday.",
        "The council of Varnholt deploys troops to the harbour of Orsk on Friday.",
        "The president of Varnholt signs the ferry deal into law on Friday, January 28.",
        "The ferry Varn Star launches a rescue boat toward a trawler off the coast on Saturday.",
        # a crowd's verb after a noun's determiner: "The clash"
        "The clash with harbour police in central Orsk left the ferry crews angry on Monday.",
        # a quotation or a first person inside it (PHOTONOTINSIDE)
        "Demonstrators clash with harbour police in Orsk, and we could not reach the quay.",
        # more than one sentence, or too short or too long a sentence
        "Demonstrators clash with harbour police in Orsk. The ferries stay in port today.",
        "Demonstrators clash with police.",
        "Demonstrators clash with harbour police in central Orsk "
        + "during a long protest over ferry fares " * 7
        + "on Monday.",
    ],
)
def test_a_lead_under_the_dated_byline_stays(lead):
    found = set_apart(f"{LINE} {lead}\n\n{STORY}\n\n{NEXT}")
    assert found.text.strip() == f"{lead}\n\n{STORY}\n\n{NEXT}"
    assert "caption" not in found.labels()


@pytest.mark.parametrize(
    "line",
    [
        "",  # no line: the text opens on the sentence
        "By Kel Varga, CNN",  # a byline without its date
        "January 25, 2031 | By Kel Varga, Orsk Times",  # another outlet's
    ],
)
def test_the_shape_is_read_under_the_line_alone(line):
    caption = (
        "The ferry Varn Star launches a rescue boat toward a trawler off the coast on Saturday."
    )
    found = set_apart(f"{line} {caption}\n\n{STORY}\n\n{NEXT}".lstrip())
    assert caption in found.text
    assert "caption" not in found.labels()


def test_a_caption_with_no_story_after_it_stays():
    caption = "Demonstrators clash with harbour police in central Orsk during a protest over fares."
    found = set_apart(f"{LINE} {caption}\n\nMore soon.")
    assert caption in found.text


@pytest.mark.parametrize("after", ["He said the crews would not go back.", "They met at noon."])
def test_a_caption_followed_by_a_story_pointing_back_stays(after):
    caption = "Demonstrators clash with harbour police in central Orsk during a protest over fares."
    story = f"{after} {STORY}"
    found = set_apart(f"{LINE} {caption}\n\n{story}\n\n{NEXT}")
    assert caption in found.text
    assert "caption" not in found.labels()
