"""Actors: catalogue aliases, case rules, discovery, coreference, demonyms, lookups."""

from __future__ import annotations

import json

import pytest

from extract.actors import ActorMention, find_actors, load_catalogue, lookup_actor


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def found(text: str, catalogue) -> list[tuple[str, str, str]]:
    return [(m.text, m.actor.key, m.how) for m in find_actors(text, catalogue)]


def by_text(text: str, catalogue) -> dict[str, ActorMention]:
    return {m.text: m for m in find_actors(text, catalogue)}


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


def test_misspelled_names_are_matched_fuzzily(catalogue):
    text = (
        "In 2016 President Recep Tayyip Erdogen held talks with Vladimir Putin. "
        "Kremlin spokesman Dimitri peskov said nothing. Erdogen smiled."
    )
    mentions = by_text(text, catalogue)
    assert mentions["Recep Tayyip Erdogen"].actor.key == "recep-tayyip-erdogan"
    assert mentions["Recep Tayyip Erdogen"].how in ("fuzzy", "variant")
    assert mentions["Dimitri peskov"].actor.key == "dmitry-peskov"
    assert mentions["Dimitri peskov"].actor.role == "Kremlin spokesman"
    assert mentions["Erdogen"].actor.key == "recep-tayyip-erdogan"


def test_a_different_name_one_letter_away_is_not_fuzzy_matched(catalogue):
    # "Perry" is one edit from "Kerry" but short names are never fuzzy-matched
    assert found("Perry met the press.", catalogue) == []


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


def test_titled_people_are_discovered_with_their_role(catalogue):
    text = (
        "Kremlin spokesman Dmitry Peskov spoke first. Researcher Charlie Winter at the "
        "International Centre for the Study of Radicalisation at King's College London wrote."
    )
    mentions = by_text(text, catalogue)
    assert mentions["Dmitry Peskov"].actor.key == "dmitry-peskov"
    assert mentions["Dmitry Peskov"].actor.role == "Kremlin spokesman"
    winter = mentions["Charlie Winter"]
    assert (
        winter.actor.key,
        winter.actor.kind,
        winter.actor.role,
        winter.how,
        winter.discovered,
    ) == ("charles-winter", "person", "Researcher", "title", True)


def test_demonym_qualifying_a_title_is_part_of_the_role(catalogue):
    text = "The assassination of Russian Ambassador Andrey Karlov shocked Ankara."
    mentions = find_actors(text, catalogue)
    assert [(m.text, m.actor.key, m.actor.role) for m in mentions] == [
        ("Andrey Karlov", "andrey-karlov", "Russian Ambassador"),
    ]
    prime = by_text("Iraqi Prime Minister Haider al-Abadi announced victory.", catalogue)
    assert prime["Haider al-Abadi"].actor.role == "Iraqi Prime Minister"
    assert "Iraqi" not in prime


def test_appositive_role_and_later_surname(catalogue):
    text = (
        "“The brand has taken a beating,” said Nicholas Heras, a Middle East security fellow "
        "at the Centre for a New American Security in Washington. Later Heras said more."
    )
    mentions = find_actors(text, catalogue)
    heras = [m for m in mentions if m.actor.key == "nicholas-heras"]
    assert [(m.text, m.how) for m in heras] == [("Nicholas Heras", "title"), ("Heras", "surname")]
    assert heras[0].actor.role == (
        "Middle East security fellow at the Centre for a New American Security"
    )
    assert heras[1].actor.role == heras[0].actor.role
    orgs = [m for m in mentions if m.how == "phrase"]
    assert [(m.text, m.actor.kind) for m in orgs] == [
        ("Centre for a New American Security", "organisation")
    ]


def test_organisation_like_phrases_are_discovered(catalogue):
    text = "A report by the Soufan Group and the Middle East Forum Institute was cited."
    mentions = find_actors(text, catalogue)
    assert [(m.text, m.actor.key, m.discovered) for m in mentions] == [
        ("Soufan Group", "soufan-group", False),
        ("Middle East Forum Institute", "middle-east-forum-institute", True),
    ]


def test_title_case_headlines_are_not_mined_for_organisations(catalogue):
    text = "Islamic State and Al-Qaeda in Discussions to Form Alliance\n\nThe talks go on."
    assert [m.actor.key for m in find_actors(text, catalogue)] == ["islamic-state", "al-qaeda"]


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


def test_the_regime_needs_a_syria_context(catalogue):
    assert found("The regime fell in 1989.", catalogue) == []
    text = "In Syria, Russia is backing the regime, unlike the Turkish regime."
    assert [(m.text, m.actor.key) for m in find_actors(text, catalogue)] == [
        ("Russia", "russia"),
        ("the regime", "syrian-government"),
        ("Turkish regime", "turkey"),
    ]


def test_state_named_after_a_locative_is_a_place_not_an_actor(catalogue):
    text = "Russia intervened in Syria."
    assert found(text, catalogue) == [("Russia", "russia", "catalogue")]


def test_state_name_as_a_surname_is_not_the_state(catalogue):
    assert found("Serge Jordan, a writer, disagreed.", catalogue) == []


def test_mentions_are_sorted_and_do_not_overlap(catalogue):
    text = open_seed_like_text()
    mentions = find_actors(text, catalogue)
    assert mentions == sorted(mentions, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
    assert all(text[m.start : m.end] == m.text for m in mentions)


def open_seed_like_text() -> str:
    return (
        "US-backed Syrian Democratic Forces encircled Raqqa, and Russian-backed Syrian "
        "government forces and allied Hezbollah pushed IS out of Homs province. "
        "Commander of the YPG Sipan Hamo said the SDF would take the city."
    )


def test_user_catalogue_extends_and_overrides(tmp_path, monkeypatch):
    extra = tmp_path / "mine.json"
    extra.write_text(
        json.dumps(
            {
                "actors": [
                    {
                        "key": "tahrir-brigade",
                        "name": "Tahrir Brigade",
                        "kind": "armed_group",
                        "aliases": ["TB7"],
                        "description": "A local rebel brigade.",
                    },
                    {"key": "islamic-state", "aliases": ["Dawla"]},
                ]
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("SITREP_ACTORS", str(extra))
    catalogue = load_catalogue()
    assert catalogue.get("islamic-state").name == "Islamic State"
    assert "Dawla" in catalogue.get("islamic-state").aliases
    text = "TB7 fought the Dawla near Daraa."
    assert [(m.text, m.actor.key) for m in find_actors(text, catalogue)] == [
        ("TB7", "tahrir-brigade"),
        ("Dawla", "islamic-state"),
    ]


def test_lookup_actor_resolves_aliases_any_case_and_misspellings(catalogue):
    assert lookup_actor("sdf", catalogue)[0].key == "syrian-democratic-forces"
    assert lookup_actor("Daesh", catalogue)[0].key == "islamic-state"
    assert lookup_actor("Al Qaeda", catalogue)[0].key == "al-qaeda"
    assert lookup_actor("Erdogen", catalogue)[0].key == "recep-tayyip-erdogan"
    assert lookup_actor("Hezbolah", catalogue)[0].key == "hezbollah"
    assert lookup_actor("zzzz", catalogue) == []


def test_catalogue_is_consistent(catalogue):
    assert len(catalogue) >= 200
    kinds = {actor.kind for actor in catalogue.actors.values()}
    assert kinds == {
        "state",
        "armed_group",
        "coalition",
        "party",
        "government",
        "organisation",
        "media",
        "person",
        "force",
    }
    for actor in catalogue.actors.values():
        assert actor.description, actor.key
        for other in actor.affiliations:
            assert other in catalogue.actors, (actor.key, other)
    spellings: dict[str, str] = {}
    for actor in catalogue.actors.values():
        for name in (actor.name, *actor.aliases):
            folded = " ".join(name.lower().replace("-", " ").replace("’", "'").split())
            assert spellings.setdefault(folded, actor.key) == actor.key, name


def test_word_endings_and_short_country_names_are_not_misspellings(catalogue):
    assert found("An Australian and two Germans met Franco and Greene.", catalogue) == []


@pytest.mark.parametrize(
    "text",
    [
        "Showcase Category News The army said it shelled the town.",
        "Rebels entered Damascus Saturday the Observatory said.",
        "The fighter Hassan Turkomani Two said nothing.",
        "March 22, 2011 at 5:45 am | Reply ASK OUR SPECIAL FORCES WHO WANTS TO DO THE JOB",
        "TRT World Watch Live TV Schedule Where to Watch Connect",
    ],
)
def test_discovery_drops_page_furniture_and_run_on_names(text, catalogue):
    for mention in find_actors(text, catalogue):
        assert not mention.discovered or len(mention.text.split()) <= 3, mention
        assert not any(
            word in mention.text for word in ("Showcase", "Saturday", "Two", "Reply", "Schedule")
        ), mention


def test_discovery_keeps_real_names(catalogue):
    text = (
        "“We will stay,” said Sipan Hamo. Analysts at the Centre for a New American "
        "Security disagreed, said Nicholas Heras."
    )
    found = {m.text for m in find_actors(text, catalogue) if m.discovered}
    assert {"Sipan Hamo", "Centre for a New American Security", "Nicholas Heras"} <= found
