"""A BBC page opening on its writer's byline: the byline set apart whole (the BBC's name before
the role without a comma, a service, a place of several parts) and the caption the page prints
between the byline and the lead, run into the lead (text/clutter_byline_caption.py). Tried on
invented text: every name, place and role below is made up, so that a byline or a caption is
found only by its structure."""

import pytest

from tests.text.clutter_story import NEXT, cleaned_once_and_again
from text.clutter import set_apart

LEAD = "After ten days of talks, the ferry crews of Port Varna went back to work on Monday."


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Kel Varga BBC Diplomatic Correspondent", "Kel Varga"),
        ("By Ilsa Marrow BBC UN correspondent", "Ilsa Marrow"),
        ("By Tarn Vellis BBC Defence and Diplomatic Correspondent, in Orsk", "Tarn Vellis"),
        ("By Idris Harveld BBC Russian", "Idris Harveld"),
        ("By Kel Varga BBC Panorama, Port Varna", "Kel Varga"),
        ("By Ilsa Marrow BBC News, Zaatari refugee camp, Vornland", "Ilsa Marrow"),
        (
            "By Tarn Vellis Chief International Correspondent, BBC News, northern Vornland",
            "Tarn Vellis",
        ),
        ("By Kel Varga Presenter, BBC World News", "Kel Varga"),
    ],
)
def test_bbc_byline_is_set_apart_whole(byline: str, author: str) -> None:
    found = set_apart(f"{byline} {LEAD}\n\n{NEXT}")
    assert found.text == f"{LEAD}\n\n{NEXT}"
    assert found.labels() == ["byline"]
    assert found.author == author


def test_a_name_after_the_place_stays_the_story_s() -> None:
    # "Orsk Idris" is no place of two words: the lead's first name stays with it
    lead = "Idris Harveld's decision not to renew his mandate is a clear sign the talks failed."
    found = set_apart(f"By Kel Varga BBC News, Orsk {lead}\n\n{NEXT}")
    assert found.text == f"{lead}\n\n{NEXT}"
    assert found.author == "Kel Varga"


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        ("The ferries have stood idle at the quay for a week", LEAD),
        (
            "The already threatened otter could be a casualty of the spill",
            "How bad will the Orsk spill turn out to be for the fishermen of the bay?",
        ),
        (
            "The harbour board has accused the crews of intransigence",
            "The resolution backing the board's plan was the most determined effort so far.",
        ),
        (
            "Orsk has built a new camp on its border with Vornland",
            "There has been a sharp increase in the needs of the ferry crews, officials say.",
        ),
        (
            "Crews have stood idle since the storm, but the board is asserting its plan",
            "Like the crews of Orsk, the Varna sailors have waited for weeks for their pay.",
        ),
    ],
)
def test_caption_after_a_bbc_byline_is_set_apart(caption: str, lead: str) -> None:
    found = set_apart(f"By Kel Varga BBC News, Port Varna {caption} {lead}\n\n{NEXT}")
    assert found.text == f"{lead}\n\n{NEXT}"
    assert found.labels() == ["byline", "caption"]
    assert found.clutter[1].text == caption


def test_video_caption_of_the_writer_is_set_apart() -> None:
    # the caption opens on the byline's own name, and the lead on a noun in capitals
    caption = "Tarn Vellis describes the mood at the harbour hearing"
    lead = "Day two of the hearings into the ferry strike opened with angry words from the crews."
    found = set_apart(f"By Tarn Vellis BBC News, Port Varna {caption} {lead}\n\n{NEXT}")
    assert found.text == f"{lead}\n\n{NEXT}"
    assert found.clutter[1].text == caption


@pytest.mark.parametrize(
    "lead",
    [
        # a lead that opens on a person's name and role
        "Kel Varga, the harbour board's chief executive, said on Monday the ferries would sail.",
        # "The" after a function word is a title's
        "Crews said on Monday they had read about the strike in The Orsk Times before dawn.",
        # a number in digits stands inside a sentence as often as it opens one
        "The ferries that sailed in June 2031 will sail again next week, the harbour board said.",
        # a name and a noun in capitals after a lower-case word: no opener tells them apart
        "Ferry crews in the port of Orsk Harbour Board members say the strike is over.",
    ],
)
def test_lead_after_a_bbc_byline_stays(lead: str) -> None:
    found = set_apart(f"By Ilsa Marrow BBC News, Port Varna {lead}\n\n{NEXT}")
    assert found.text == f"{lead}\n\n{NEXT}"
    assert found.labels() == ["byline"]


QUESTION = (
    "The already threatened otter could be a casualty of the spill How bad will the Orsk "
    "spill turn out to be for the fishermen of the bay?"
)


def test_no_caption_is_looked_for_after_another_outlet_s_byline() -> None:
    found = set_apart(f"By Kel Varga, CNN {QUESTION}\n\n{NEXT}")
    assert found.text == f"{QUESTION}\n\n{NEXT}"


def test_nor_without_a_byline() -> None:
    text = f"{QUESTION}\n\n{NEXT}"
    assert set_apart(text).text == text


def test_the_stored_text_cleans_to_itself() -> None:
    caption = "The ferries have stood idle at the quay for a week"
    text = f"By Kel Varga BBC Diplomatic Correspondent {caption} {LEAD}\n\n{NEXT}"
    assert cleaned_once_and_again(text) == f"{LEAD}\n\n{NEXT}"
