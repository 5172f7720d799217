"""extract/actors/per_catalogue.py: what is worked out once per catalogue, not per article."""

from __future__ import annotations

from extract.actors.per_catalogue import (
    CATALOGUE_FIRST,
    SPEECH,
    TITLE_FIRST,
    TITLE_HEAD,
    per_catalogue,
)
from extract.catalogue import build_catalogue
from text.spelling import name_skeleton

INVENTED = [
    {"key": "zfl", "name": "Zentil Freedom League", "kind": "armed_group", "aliases": ["ZFL"]},
    {"key": "wardan-qassimi", "name": "Wardan al-Qassimi", "kind": "person"},
]


def test_the_kinds_of_a_word_are_bits():
    per = per_catalogue(build_catalogue(INVENTED))
    assert per.word_kinds["zentil"] & CATALOGUE_FIRST
    assert per.word_kinds["spokesman"] & TITLE_FIRST and per.word_kinds["spokesman"] & TITLE_HEAD
    assert per.word_kinds["said"] == SPEECH
    assert per.word_kinds["tuesday"] == 0


def test_skeletons_of_names_and_one_object_per_catalogue():
    catalogue = build_catalogue(INVENTED)
    per = per_catalogue(catalogue)
    assert per.skeleton_phrases[name_skeleton("Wardan al-Qassimi")] == {"wardan-qassimi"}
    assert "zfl" in per.acronym_words
    assert per_catalogue(catalogue) is per
    assert per_catalogue(build_catalogue(INVENTED)) is not per  # another catalogue, equal or not
