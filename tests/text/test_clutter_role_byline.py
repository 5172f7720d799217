"""A byline whose writer's role follows the name without a comma and an institution follows the
role ("By Kel Varga Middle East analyst, KSE"): taken off whole, with the name alone as the
author. Names, roles' places and institutions are invented."""

import pytest

from tests.text.clutter_story import NEXT, STORY
from text.clutter import set_apart

CAPTION = "Crowds have gathered outside the embassies of Varnholt across the world"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Kel Varga Middle East analyst, KSE", "Kel Varga"),
        ("By Ilsa Marrow Environment correspondent, BBC News", "Ilsa Marrow"),
        ("By Tarn J. Vellis North Sea editor, Reuters", "Tarn J. Vellis"),
        ("by Oren Kastell senior political reporter, AFP", "Oren Kastell"),
    ],
)
def test_a_byline_with_its_role_and_institution_goes_whole(byline, author):
    found = set_apart(f"{byline} {STORY}\n\n{NEXT}")
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.clutter[0].text == byline
    assert found.author == author


def test_the_caption_after_such_a_byline_goes_too():
    found = set_apart(f"By Kel Varga Middle East analyst, KSE {CAPTION} {STORY}\n\n{NEXT}")
    assert found.text == f"{STORY}\n\n{NEXT}"
    assert found.author == "Kel Varga"


@pytest.mark.parametrize(
    "paragraph",
    [
        # prose opening with "By": a time, or a name without a role and institution after it
        f"By Friday the harbour analyst, KSE said, had left Orsk. {STORY}",
        f"By Kel Varga's own count the editor, Ilsa Marrow, had left. {STORY}",
        f"By the time the analyst, KSE said, arrived the bridge had closed. {STORY}",
    ],
)
def test_prose_or_an_unsure_institution_stays(paragraph):
    text = f"{paragraph}\n\n{NEXT}"
    assert set_apart(text).text.startswith(paragraph[:25])


@pytest.mark.parametrize(
    ("byline", "story"),
    [
        # a place after the institution: two words only when the first opens a place's name
        ("By Tarn Vellis Science reporter, BBC News, Lake Orsk", STORY),
        ("By Tarn Vellis Science reporter, BBC News, Kessany", f"Oren Kastell looks on. {STORY}"),
    ],
)
def test_a_place_after_the_institution_goes_and_the_story_stays(byline, story):
    found = set_apart(f"{byline} {story}\n\n{NEXT}")
    assert found.text == f"{story}\n\n{NEXT}"
    assert found.author == "Tarn Vellis"
