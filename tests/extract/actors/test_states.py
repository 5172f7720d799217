"""Pass 5 and the last pass (extract/actors/states.py): demonyms, and states that are places."""

from __future__ import annotations

from extract.actors import find_actors
from tests.extract.actors.found import found


def test_demonyms_count_only_where_they_name_the_state(catalogue):
    text = (
        "Russian jets struck Idlib as Turkish troops crossed the border and Iraqi troops "
        "entered Mosul. Syrian Kurdish groups and the Syrian civil war are another matter."
    )
    assert [(m.text, m.actor.key, m.how) for m in find_actors(text, catalogue)] == [
        ("Russian jets", "russian-armed-forces", "demonym"),
        ("Turkish troops", "turkish-armed-forces", "demonym"),
        ("Iraqi troops", "iraqi-security-forces", "demonym"),
    ]


def test_demonyms_sharing_one_head(catalogue):
    text = "Raqqa is bombed by Russian, American, British and French air forces."
    assert [(m.text, m.actor.key) for m in find_actors(text, catalogue)] == [
        ("Russian", "russian-armed-forces"),
        ("American", "us-armed-forces"),
        ("British", "united-kingdom"),
        ("French", "france"),
    ]


def test_demonym_and_capital_in_backed_compounds(catalogue):
    text = "Russian-backed forces and the Washington-backed fighters met."
    assert [(m.text, m.actor.key) for m in find_actors(text, catalogue)] == [
        ("Russian", "russia"),
        ("Washington", "united-states"),
    ]


def test_state_named_after_a_locative_is_a_place_not_an_actor(catalogue):
    text = "Russia intervened in Syria."
    assert found(text, catalogue) == [("Russia", "russia", "catalogue")]
