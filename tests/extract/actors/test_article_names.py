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
