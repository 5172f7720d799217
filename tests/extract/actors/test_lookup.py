"""The user-query lookup (extract/actors/lookup.py)."""

from __future__ import annotations

import sys
import types

from extract.actors import lookup_actor


def test_lookup_actor_resolves_aliases_any_case_and_misspellings(catalogue):
    assert lookup_actor("sdf", catalogue)[0].key == "syrian-democratic-forces"
    assert lookup_actor("Daesh", catalogue)[0].key == "islamic-state"
    assert lookup_actor("Al Qaeda", catalogue)[0].key == "al-qaeda"
    assert lookup_actor("Erdogen", catalogue)[0].key == "recep-tayyip-erdogan"
    assert lookup_actor("Hezbolah", catalogue)[0].key == "hezbollah"
    assert lookup_actor("zzzz", catalogue) == []


def test_lookup_while_another_thread_is_still_importing_rapidfuzz(catalogue, monkeypatch):
    # a served bot answered `/actor SDF` with an error when a second request found
    # rapidfuzz.fuzz in sys.modules before its import had defined ratio
    monkeypatch.setitem(sys.modules, "rapidfuzz.fuzz", types.ModuleType("rapidfuzz.fuzz"))
    assert lookup_actor("sdf", catalogue)[0].key == "syrian-democratic-forces"
    assert lookup_actor("Zzzz Qqqq", catalogue) == []


def test_an_acronym_is_no_other_spelling_of_a_word_with_its_consonants(catalogue):
    # "Brega" has the consonants of "PRC", China's acronym; "Prague" too
    assert all(a.key != "china" for a in lookup_actor("Brega", catalogue))
    assert all(a.key != "china" for a in lookup_actor("Prague", catalogue))
    assert lookup_actor("PRC", catalogue)[0].key == "china"  # the acronym itself
    assert lookup_actor("Kadhafi", catalogue)[0].key == "muammar-gaddafi"  # a spelling
    assert lookup_actor("Daech", catalogue)[0].key == "islamic-state"


def test_a_place_name_is_no_other_spelling_nor_a_word_of_an_actor():
    from extract.catalogue import build_catalogue

    invented = build_catalogue(
        [
            {"key": "hamoras", "name": "Hamoras", "kind": "armed_group"},
            {"key": "velk-watch", "name": "Velk Is Watching", "kind": "organisation"},
            {"key": "velk", "name": "Velk", "kind": "state"},
            {"key": "dorn-pellam", "name": "Dorn Pellam", "kind": "person"},
        ]
    )
    places = {
        "hmrs",
        "velk",
        "pellam",
        "watching",
    }.__contains__  # invented place names, as phrase keys

    def names_a_place(name: str) -> bool:
        return places(name.lower())

    # without the place check, "Hmrs" has Hamoras's consonants
    assert [a.key for a in lookup_actor("Hmrs", invented)] == ["hamoras"]
    # a place of that name is meant: no actor
    assert lookup_actor("Hmrs", invented, names_a_place) == []
    # a place that is also an actor's own name keeps the actor, and its longer namesakes
    assert lookup_actor("Velk", invented, names_a_place)[0].key == "velk"
    # a group named with a place's name is not meant by it; a person named like a town is
    assert [a.key for a in lookup_actor("Watching", invented)] == ["velk-watch"]
    assert lookup_actor("Watching", invented, names_a_place) == []
    assert [a.key for a in lookup_actor("Pellam", invented, names_a_place)] == ["dorn-pellam"]
    # a name that is no place is looked up as before
    assert lookup_actor("Hamorras", invented, names_a_place)[0].key == "hamoras"


def test_place_names_of_the_gazetteer_are_not_taken_for_actors(catalogue):
    from extract.place_lookup import is_place_name

    # "Homs" shares its consonants with Hamas, "Kirkuk" with Greece
    assert is_place_name("Homs") and is_place_name("kirkuk")
    assert lookup_actor("Homs", catalogue, is_place_name) == []
    assert lookup_actor("Kirkuk", catalogue, is_place_name) == []
    assert lookup_actor("Russia", catalogue, is_place_name)[0].key == "russia"
    assert lookup_actor("Clinton", catalogue, is_place_name)[0].key == "hillary-clinton"
    assert lookup_actor("Kadhafi", catalogue, is_place_name)[0].key == "muammar-gaddafi"


def test_another_spelling_keeps_most_letters_and_yields_to_a_name_written_in_full():
    from extract.catalogue import build_catalogue

    invented = build_catalogue(
        [
            {"key": "qandora", "name": "Qandora", "kind": "person"},
            {"key": "vortek", "name": "Vortek", "kind": "armed_group"},
            {"key": "zelbani", "name": "Zelbani", "kind": "armed_group"},
            {"key": "amro-zilban", "name": "Amro Zilban", "kind": "person"},
        ]
    )
    # a transliteration: the same consonants, most letters in order
    assert [a.key for a in lookup_actor("Kandora", invented)] == ["qandora"]
    # the same consonants and few letters in common are no other spelling
    assert lookup_actor("Fartak", invented) == []
    # a name written in full in one actor's name is that actor, not another's spelling
    assert [a.key for a in lookup_actor("Zilban", invented)] == ["amro-zilban"]
    assert [a.key for a in lookup_actor("Zelbanni", invented)] == ["zelbani"]


def test_names_that_only_share_consonants_are_not_taken_for_each_other(catalogue):
    assert lookup_actor("Biden", catalogue) == []  # not Vladimir Putin
    assert lookup_actor("Talabani", catalogue)[0].key == "jalal-talabani"  # not the Taliban
    assert lookup_actor("Qadafi", catalogue)[0].key == "muammar-gaddafi"
    assert lookup_actor("Nasrullah", catalogue)[0].key == "hassan-nasrallah"


def test_a_kind_of_actor_or_a_title_is_no_word_of_one_actors_name():
    from extract.catalogue import build_catalogue

    invented = build_catalogue(
        [
            {
                "key": "velkan-front",
                "name": "Velkan Front",
                "kind": "armed_group",
                "aliases": ["Velkan rebels"],
            },
            {
                "key": "dorn-pellam",
                "name": "Dorn Pellam",
                "kind": "person",
                "aliases": ["President Pellam"],
            },
            {"key": "qorvid-army", "name": "Qorvid Army", "kind": "armed_forces"},
            {"key": "the-regime", "name": "Zarnish regime", "kind": "government"},
            {"key": "opposition", "name": "Opposition", "kind": "party"},
        ]
    )
    # one word of "Velkan rebels" or "President Pellam": no name of them
    for typed in ("rebels", "president", "the army", "army", "regime", "Prime Minister"):
        assert lookup_actor(typed, invented) == [], typed
    # an actor called by the word itself is still found, and so are the actors' own words
    assert [a.key for a in lookup_actor("opposition", invented)] == ["opposition"]
    assert [a.key for a in lookup_actor("Velkan", invented)] == ["velkan-front"]
    assert [a.key for a in lookup_actor("Pellam", invented)] == ["dorn-pellam"]
    assert [a.key for a in lookup_actor("Qorvid army", invented)] == ["qorvid-army"]


def test_a_capital_stands_for_its_state(monkeypatch):
    import dataclasses

    import extract.lexicon
    from extract.catalogue import build_catalogue

    invented = build_catalogue(
        [
            {"key": "velk", "name": "Velk", "kind": "state"},
            {
                "key": "velkgrad-university",
                "name": "University of Velkgrad",
                "kind": "organisation",
            },
            {"key": "orun-tavi", "name": "Orun Tavi", "kind": "person", "aliases": ["Norvask"]},
        ]
    )
    capitals = {"velkgrad": "velk", "norvask": "velk", "quellin": "absent-state"}
    words = dataclasses.replace(extract.lexicon.lexicon(), capitals=capitals)
    monkeypatch.setattr(extract.lexicon, "lexicon", lambda: words)

    def names_a_place(name: str) -> bool:
        return name.lower() in {"velkgrad", "norvask", "quellin"}

    # "Velkgrad" is no word of the university's name here: the state it stands for
    assert [a.key for a in lookup_actor("Velkgrad", invented, names_a_place)] == ["velk"]
    assert [a.key for a in lookup_actor("velkgrad", invented)] == ["velk"]
    # an actor called by the name keeps it; a capital whose state is not catalogued: nothing
    assert [a.key for a in lookup_actor("Norvask", invented, names_a_place)] == ["orun-tavi"]
    assert lookup_actor("Quellin", invented, names_a_place) == []


def test_a_surname_means_its_bearer_before_a_namesake_with_it_first():
    from extract.catalogue import build_catalogue

    invented = build_catalogue(
        [
            {"key": "varan-doskel", "name": "Varan Doskel", "kind": "person"},
            {
                "key": "doskel-amrani",
                "name": "Ahmad Doskel Amrani",
                "kind": "person",
                "aliases": ["Doskel Amrani"],
            },
        ]
    )
    # both names hold "Doskel" as a word, as fully (two words); it ends only Varan Doskel's
    assert [a.key for a in lookup_actor("Doskel", invented)] == ["varan-doskel", "doskel-amrani"]
    assert [a.key for a in lookup_actor("Amrani", invented)] == ["doskel-amrani"]
