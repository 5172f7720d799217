"""Pass 2 (extract/actors/acronyms.py): acronym definitions in both orders."""

from __future__ import annotations

from extract.actors import find_actors


def test_acronym_defined_after_the_name_is_discovered(catalogue):
    text = (
        "The Kurdish Women's Defence Council (KWDC) met in Qamishli. "
        "Later the KWDC issued a statement."
    )
    mentions = find_actors(text, catalogue)
    assert [(m.text, m.how, m.discovered) for m in mentions] == [
        ("Kurdish Women's Defence Council", "acronym", True),
        ("KWDC", "acronym", True),
        ("KWDC", "acronym", True),
    ]
    assert mentions[0].actor.key == "kurdish-women-s-defence-council"
    assert mentions[0].actor.aliases == ("KWDC",)


def test_acronym_defined_before_the_name_is_discovered(catalogue):
    text = "Fighters of the HXQ (Hawks of the Euphrates Brigade) advanced. The HXQ lost ten men."
    mentions = find_actors(text, catalogue)
    assert [(m.text, m.actor.key) for m in mentions] == [
        ("HXQ", "hawks-of-the-euphrates-brigade"),
        ("Hawks of the Euphrates Brigade", "hawks-of-the-euphrates-brigade"),
        ("HXQ", "hawks-of-the-euphrates-brigade"),
    ]
    assert mentions[0].actor.kind == "armed_group"


def test_acronym_with_known_half_teaches_the_other(catalogue):
    text = (
        "The YPG (People’s Protection Units) held the town; the People's Protection Units said so."
    )
    assert {m.actor.key for m in find_actors(text, catalogue)} == {"ypg"}
