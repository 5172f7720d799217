"""Sides of a claim: one key for every name of a catalogued actor, affiliations as one side,
and invented names compared as written."""

import pytest

from extract.sides import as_written, party_key_of, same_side


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Islamic State militants", "islamic-state"),
        ("On Sunday Daesh fighters", "islamic-state"),
        ("Zorvani Brigade fighters", "name:zorvani brigade"),
        ("Monday", ""),
        ("Saturday I", ""),
        ("Kurdish forces", ""),
        ("rebels", "opposition"),
        ("government forces", "government"),
    ],
)
def test_party_keys(written, key):
    assert party_key_of(written) == key


def test_affiliated_actors_are_one_side_and_unknown_sides_contradict_nothing():
    assert same_side(party_key_of("Bashar al-Assad"), party_key_of("Syrian army"))
    assert not same_side(party_key_of("Islamic State"), party_key_of("Nusra Front"))
    assert not same_side("name:zorvani brigade", "name:ostrak front")
    assert same_side("", "name:ostrak front")


def test_a_side_as_written_keeps_initials_but_not_the_full_stop():
    assert as_written("the Ostrak Front.") == "Ostrak Front"
    assert as_written("U.S.") == "U.S."
