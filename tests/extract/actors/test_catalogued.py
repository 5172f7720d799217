"""Pass 1 (extract/actors/catalogued.py): catalogue names and aliases under their case rules."""

from __future__ import annotations

from extract.actors import find_actors
from tests.extract.actors.found import found


def test_is_isis_isil_daesh_are_one_actor(catalogue):
    text = (
        "IS fighters fled. ISIS lost Raqqa, ISIL lost Mosul and Daesh lost Tabqa; "
        "the Islamic State of Iraq and the Levant is shrinking."
    )
    keys = {m.text: m.actor.key for m in find_actors(text, catalogue)}
    assert keys == {
        "IS": "islamic-state",
        "ISIS": "islamic-state",
        "ISIL": "islamic-state",
        "Daesh": "islamic-state",
        "Islamic State of Iraq and the Levant": "islamic-state",
    }


def test_al_qaeda_spellings_are_one_actor(catalogue):
    text = "Al Qaeda criticised ISIL, but Al-Qaeda and al-Qaida are still in talks."
    keys = [m.actor.key for m in find_actors(text, catalogue) if "Q" in m.text]
    assert keys == ["al-qaeda", "al-qaeda", "al-qaeda"]


def test_the_verb_is_is_not_the_islamic_state(catalogue):
    text = "It is clear that the group is weaker. Is it over? IS says no."
    assert found(text, catalogue) == [("IS", "islamic-state", "alias")]


def test_capitals_headline_is_not_an_acronym(catalogue):
    assert found("WHY THE WAR IS NOT OVER", catalogue) == []


def test_possessives_do_not_create_actors(catalogue):
    text = "ISIS’s caliphate crumbled while Russia’s jets and ISIL's fighters stayed."
    assert found(text, catalogue) == [
        ("ISIS", "islamic-state", "alias"),
        ("Russia", "russia", "catalogue"),
        ("ISIL", "islamic-state", "alias"),
    ]


def test_the_regime_needs_a_syria_context(catalogue):
    assert found("The regime fell in 1989.", catalogue) == []
    text = "In Syria, Russia is backing the regime, unlike the Turkish regime."
    assert [(m.text, m.actor.key) for m in find_actors(text, catalogue)] == [
        ("Russia", "russia"),
        ("the regime", "syrian-government"),
        ("Turkish regime", "turkey"),
    ]


def test_state_name_as_a_surname_is_not_the_state(catalogue):
    assert found("Serge Jordan, a writer, disagreed.", catalogue) == []


def test_libyas_prime_minister_is_not_the_islamic_states_leader(catalogue):
    # "al-Baghdadi" alone is Abu Bakr al-Baghdadi's alias; Libya's prime minister in 2011
    # was another man, written many ways
    for text in (
        "Libyan Prime Minister Al-Baghdadi Ali al-Mahmudi met the envoys.",
        "Prime Minister al-Baghdadi al-Mahmoudi said the army was strong.",
        "Libyan Prime Minister Baghdadi Mahmudi blamed the unrest on foreigners.",
    ):
        keys = {m.actor.key for m in find_actors(text, catalogue)}
        assert "baghdadi-al-mahmudi" in keys and "abu-bakr-al-baghdadi" not in keys, text
    text = "A fighter named Mahmoud told reporters the town had fallen, Mahmoud said."
    assert "baghdadi-al-mahmudi" not in {m.actor.key for m in find_actors(text, catalogue)}
    text = "Islamic State leader Abu Bakr al-Baghdadi released a recording."
    assert "abu-bakr-al-baghdadi" in {m.actor.key for m in find_actors(text, catalogue)}


def test_egypts_vice_president_is_not_the_quds_force_commander(catalogue):
    # "Suleiman" shares its consonants with Soleimani, and was taken for another spelling
    text = "Vice President Omar Suleiman spoke on television. Suleiman said talks would go on."
    keys = [m.actor.key for m in find_actors(text, catalogue) if "Sul" in m.text]
    assert keys == ["omar-suleiman", "omar-suleiman"]
    text = "Quds Force commander Qassem Suleimani visited Baghdad; Soleimani then left."
    keys = [m.actor.key for m in find_actors(text, catalogue) if "S" in m.text]
    assert keys == ["qasem-soleimani", "qasem-soleimani"]


def test_the_founder_of_the_islamic_republic_is_not_his_successor(catalogue):
    text = "They don't have an Ayatollah Khomeini; before Khomeini was elected he was dismissed."
    assert {m.actor.key for m in find_actors(text, catalogue)} == {"ruhollah-khomeini"}
    text = "Supreme Leader Ayatollah Ali Khamenei spoke, and Khamenei warned the West."
    assert {m.actor.key for m in find_actors(text, catalogue)} == {"ali-khamenei"}


def _kelvor():
    from extract.catalogue import build_catalogue

    return build_catalogue(
        [{"key": "osric-kelvor", "name": "Osric Kelvor", "kind": "person", "aliases": ["Kelvor"]}]
    )


def test_a_one_word_alias_that_begins_another_name_is_not_the_person():
    invented = _kelvor()
    for text in (
        "Rockets hit the Kelvor al-Marashi district of the city.",  # a place named after a man
        "A farmer, Kelvor Dannet, watched the convoy pass.",  # another man of that given name
        "The shelling was heavy, said Kelvor Al Dannet, a teacher.",
    ):
        assert "osric-kelvor" not in {key for _, key, _ in found(text, invented)}, text


def test_a_one_word_alias_before_a_day_a_word_or_a_headline_verb_is_the_person():
    invented = _kelvor()
    for text in (
        "Kelvor said the talks had failed.",
        "Kelvor Says Talks Will Go On\n\nThe talks resumed in the capital.",
        "Kelvor Appoints Envoy To Capital\n\nThe envoy left on Friday.",
        "The envoy will meet Kelvor Monday in the capital.",
        "Rebels vowed to fight the Kelvor Regime until it fell.",
        "Crowds marched against the pro-Kelvor Militia in the square.",
        "Soldiers of the Kelvor Foundation guarded the gate.",
        "Envoys of Kelvor and Tavish Morrin met in the capital.",
        "The city was taken from Kelvor as Spring came.",
    ):
        assert "osric-kelvor" in {key for _, key, _ in found(text, invented)}, text
