"""extract/actors/article_names.py: names an article teaches itself, on invented names."""

from __future__ import annotations

from extract.actors import find_actors
from extract.catalogue import build_catalogue

INVENTED = [
    {"key": "qorvan", "name": "Qorvan", "kind": "state"},
    {"key": "zentil-front", "name": "Zentil Front", "kind": "armed_group"},
]


def test_a_defined_acronym_is_found_again_later():
    text = "The Vardic Liberation Army (VLA) crossed the river. Later the VLA withdrew."
    found = [(m.text, m.actor.key) for m in find_actors(text, build_catalogue(INVENTED))]
    assert found.count(("VLA", found[0][1])) == 2


def test_a_renamed_group_is_one_actor_under_its_catalogue_key():
    text = (
        "The Zentil Front, which renamed itself Jabhat Orvan al-Tamir, took the pass. "
        "Jabhat Orvan al-Tamir fighters held it."
    )
    mentions = find_actors(text, build_catalogue(INVENTED))
    found = [(m.text, m.actor.key, m.how) for m in mentions]
    assert found[0][:2] == ("Zentil Front", "zentil-front")
    assert found[1] == ("Jabhat Orvan al-Tamir", "zentil-front", "renamed")
    # later uses of the new name: the same actor (as a name this article defined)
    assert found[2][:2] == ("Jabhat Orvan al-Tamir", "zentil-front")


def test_a_surname_after_the_full_name_is_the_same_person():
    text = (
        "“We will stay,” said Pell Tarragh, a senior fellow at the Qorvan Institute. "
        "Tarragh said the road was open."
    )
    mentions = find_actors(text, build_catalogue(INVENTED))
    people = [(m.text, m.how) for m in mentions if m.actor.key == mentions[0].actor.key]
    assert people[0][0] == "Pell Tarragh" and ("Tarragh", "surname") in people


def test_a_person_found_by_a_short_name_takes_the_full_name_given_before():
    # invented: nothing tells that "Nura al-Vessadi" is a person where she is first named; "said"
    # after the short name does, and the two are one person
    text = (
        "Nura al-Vessadi, the woman who spoke to reporters at the hotel, is free.\n\n"
        "Al-Vessadi said she was followed. Later Vessadi said she would leave."
    )
    mentions = find_actors(text, build_catalogue(INVENTED))
    assert {m.actor.name for m in mentions} == {"Nura al-Vessadi"}
    assert [m.text for m in mentions] == ["Nura al-Vessadi", "Al-Vessadi", "Vessadi"]


def test_two_full_names_ending_in_the_short_one_leave_it_alone():
    # invented: two people share the family name; "Al-Vessadi said" is either
    text = "Nura al-Vessadi and Omran al-Vessadi were at the hotel.\n\nAl-Vessadi said it was late."
    mentions = find_actors(text, build_catalogue(INVENTED))
    assert [(m.text, m.actor.name) for m in mentions] == [("Al-Vessadi", "Al-Vessadi")]


def test_a_day_or_an_everyday_word_opening_a_sentence_is_no_given_name():
    text = "On Sunday al-Vessadi arrived.\n\nAl-Vessadi said she was followed."
    mentions = find_actors(text, build_catalogue(INVENTED))
    assert {m.actor.name for m in mentions} == {"Al-Vessadi"}
    text = "Later al-Vessadi arrived.\n\nAl-Vessadi said she was followed."
    assert {m.actor.name for m in find_actors(text, build_catalogue(INVENTED))} == {"Al-Vessadi"}
