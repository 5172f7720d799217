"""The junk filter of discovery (extract/actors/junk.py), through find_actors."""

from __future__ import annotations

import pytest

from extract.actors import find_actors


@pytest.mark.parametrize(
    "text",
    [
        "Showcase Category News The army said it shelled the town.",
        "Rebels entered Damascus Saturday the Observatory said.",
        "The fighter Hassan Turkomani Two said nothing.",
        "March 22, 2011 at 5:45 am | Reply ASK OUR SPECIAL FORCES WHO WANTS TO DO THE JOB",
        "TRT World Watch Live TV Schedule Where to Watch Connect",
        "The strongman Zarqan al Qarats Alawite said on Monday that he would stay.",
    ],
)
def test_discovery_drops_page_furniture_and_run_on_names(text, catalogue):
    for mention in find_actors(text, catalogue):
        assert not mention.discovered or len(mention.text.split()) <= 3, mention
        assert not any(
            word in mention.text
            for word in ("Showcase", "Saturday", "Two", "Reply", "Schedule", "Alawite")
        ), mention


def test_discovery_keeps_real_names(catalogue):
    text = (
        "“We will stay,” said Sipan Hamo. Analysts at the Centre for a New American "
        "Security disagreed, said Nicholas Heras."
    )
    found = {m.text for m in find_actors(text, catalogue) if m.discovered}
    assert {"Sipan Hamo", "Centre for a New American Security", "Nicholas Heras"} <= found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting spread to Port Said, another major port 200 km from the capital.", "Port Said"),
        ("Rebels in Deir Ezzor said the army had shelled the town.", "Deir Ezzor"),
        ("“We will stay,” Sipan Hamo said. Hong Kong said it would review the order.", "Hong Kong"),
    ],
)
def test_a_place_of_two_words_found_like_a_person_is_no_person(text, place, catalogue):
    found = {m.text: m.actor.kind for m in find_actors(text, catalogue) if m.discovered}
    assert place not in found
    if "Sipan Hamo" in text:
        assert found.get("Sipan Hamo") == "person"
