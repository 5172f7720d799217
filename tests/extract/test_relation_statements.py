"""Relations only where the sentence states them, now, about these two actors: rules on the
structure of a sentence, each tried on sentences written for it with invented names (Tarek
Sulvane, the Ansar Brigade, the Zarqan Council), beside the sentence that still states one."""

from __future__ import annotations

import pytest

from extract.actors import find_actors, load_catalogue
from extract.person_names import person_key
from extract.relations import find_relations
from extract.statements import evidence_ok

# an invented spokesman, keyed as the extractor keys a person found in text
TAREK = person_key("Tarek Sulvane")


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def triples(text: str, catalogue) -> set[tuple[str, str, str]]:
    return {
        (r.subject, r.predicate, r.object)
        for r in find_relations(text, find_actors(text, catalogue))
    }


def roles(text: str, catalogue) -> dict[str, str | None]:
    return {m.text: m.actor.role for m in find_actors(text, catalogue) if m.actor.kind == "person"}


@pytest.mark.parametrize(
    "text",
    [
        # a clause after the comma: a finite verb, a pronoun, "that"
        "Later Tarek Sulvane, denied reports that he had threatened the prime minister of Qatar.",
        # an adverbial opened by a preposition
        "France recognised the Zarqan Council, a body fighting to oust Tarek Sulvane, as the "
        "legitimate representative of Libya's people.",
        # a date, and a sentence run into the next
        "Tarek Sulvane, 21 March 2012 The Security Council backed the Arab League envoy.",
    ],
)
def test_a_clause_after_a_comma_is_no_role(text, catalogue):
    assert roles(text, catalogue).get("Tarek Sulvane") is None
    assert not any(s == TAREK for s, _, _ in triples(text, catalogue))


def test_an_appositive_noun_phrase_is_still_a_role(catalogue):
    text = "Tarek Sulvane, a spokesman for the Ansar Brigade, said the talks had failed."
    assert roles(text, catalogue)["Tarek Sulvane"] == "spokesman for the Ansar Brigade"
    assert (TAREK, "speaks_for", "ansar-brigade") in triples(text, catalogue)
    text = "Tarek Sulvane, a correspondent for The Zarqan Times, wrote that the town fell."
    assert roles(text, catalogue)["Tarek Sulvane"] == "correspondent for The Zarqan Times"


def test_a_name_before_news_is_an_outlet_not_a_leader(catalogue):
    text = "Karim Tashvan was also the Emir of the Ansar Brigade Al-Zafra news website said."
    assert not any(p == "leads" for _, p, _ in triples(text, catalogue))


def test_a_possessive_subject_owns_the_real_subject(catalogue):
    text = "Sanctions hit Syria's small oil sector, which is linked to the Ansar Brigade."
    assert ("syria", "aligned_with", "ansar-brigade") not in triples(text, catalogue)
    text = "Syria, which is linked to the Ansar Brigade, denied it."
    assert ("syria", "aligned_with", "ansar-brigade") in triples(text, catalogue)
    text = "Iran's military support for the Ansar Brigade grew."
    assert ("iran", "backs", "ansar-brigade") in triples(text, catalogue)


def test_an_object_that_qualifies_an_envoy_is_not_backed(catalogue):
    for text in (
        "The UK supported the UN and Arab League special envoy Tarek Sulvane.",
        "The Security Council backed UN-Arab League envoy Tarek Sulvane's plan.",
        "The UK supported the UN envoy Tarek Sulvane.",
    ):
        found = triples(text, catalogue)
        assert not any(p == "backs" and o == "united-nations" for _, p, o in found), text
    assert ("united-kingdom", "backs", "united-nations") in triples(
        "The UK supported the UN.", catalogue
    )


def test_a_sentence_run_into_the_next_states_nothing_across_the_seam(catalogue):
    text = "A question about Libya The prominent member of the Ansar Brigade lives in London."
    assert ("libya", "member_of", "ansar-brigade") not in triples(text, catalogue)
    text = "Libya, a prominent member of the Ansar Brigade, agreed."
    assert ("libya", "member_of", "ansar-brigade") in triples(text, catalogue)


def test_a_preposition_is_no_qualifier_of_membership(catalogue):
    text = "Fighters pushed ahead in northern Syria against members of the Ansar Brigade."
    assert ("syria", "member_of", "ansar-brigade") not in triples(text, catalogue)


def test_what_a_third_party_announced_is_a_claim(catalogue):
    text = "The ministry announced that Turkey still supports the Ansar Brigade."
    assert ("turkey", "backs", "ansar-brigade") not in triples(text, catalogue)
    text = "Officials said that Turkey supports the Ansar Brigade."
    assert ("turkey", "backs", "ansar-brigade") not in triples(text, catalogue)
    text = "Turkey still supports the Ansar Brigade."
    assert ("turkey", "backs", "ansar-brigade") in triples(text, catalogue)


def test_a_domain_chief_runs_a_department(catalogue):
    text = "Tarek Sulvane, the political chief of the Ansar Brigade, spoke."
    assert triples(text, catalogue) == {(TAREK, "member_of", "ansar-brigade")}
    text = "Hezbollah political chief Tarek Sulvane spoke on Monday."
    assert (TAREK, "leads", "hezbollah") not in triples(text, catalogue)
    text = "Hezbollah's military leader Tarek Sulvane spoke on Monday."
    assert (TAREK, "leads", "hezbollah") in triples(text, catalogue)
    text = "Hezbollah chief Tarek Sulvane spoke on Monday."
    assert (TAREK, "leads", "hezbollah") in triples(text, catalogue)


def test_the_role_of_a_dead_man_was_held(catalogue):
    text = (
        "The killing last month of Tarek Sulvane, military chief for the Ansar Brigade, "
        "split the rebels."
    )
    assert triples(text, catalogue) == set()
    text = "The killing of Tarek Sulvane, the commander of the Ansar Brigade, split the rebels."
    assert triples(text, catalogue) == set()


def test_a_possessive_without_its_apostrophe(catalogue):
    text = "Asked about it, Russias UN ambassador Tarek Sulvane said it was horrible."
    assert triples(text, catalogue) == {(TAREK, "speaks_for", "russia")}
    text = "The Zarqan regimes UN representative Tarek Sulvane blamed France."
    assert (TAREK, "speaks_for", "united-nations") not in triples(text, catalogue)
    text = "UN envoy Tarek Sulvane spoke."
    assert triples(text, catalogue) == {(TAREK, "speaks_for", "united-nations")}


def test_no_armed_group_has_a_secretary_of_state(catalogue):
    text = "The priority is to defeat Hezbollah Secretary of State Tarek Sulvane said on Sunday."
    assert (TAREK, "speaks_for", "hezbollah") not in triples(text, catalogue)
    text = "Hezbollah spokesman Tarek Sulvane said on Sunday."
    assert (TAREK, "speaks_for", "hezbollah") in triples(text, catalogue)


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("The Zarvani Front backs the Qelt Brigade, officials said.", True),
        ("March 22, 2011 at 5:45 am | Reply", False),
        ("Reply Zarvani Front backs the Qelt Brigade", False),
        ("Tags: Zarvani Front, Qelt Brigade", False),
        ("\\* Zarvani Front backs the Qelt Brigade", False),
        ("News * Zarvani Front backs the Qelt Brigade", False),
        ("The Zarvani Front*backs the Qelt Brigade|said Tagsmith", True),
        ("ZARVANI FRONT BACKS THE QELT BRIGADE IN THE NORTH", False),
    ],
)
def test_comment_and_shouted_sentences_are_no_evidence(sentence, ok):
    assert evidence_ok(sentence, (0, len(sentence))) is ok
