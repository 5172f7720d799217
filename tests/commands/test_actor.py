import json

import pytest

from commands import actor, ingest
from text.read import Document

ARTICLE = (
    "The US-backed Syrian Democratic Forces (SDF), a Kurdish-dominated alliance of militias, "
    "encircled Raqqa on 3 July. Commander of the SDF-aligned People’s Protection Units (YPG) "
    "Sipan Hamo visited Moscow. Kurdish commander Sipan Hamo said the offensive would go on.\n\n"
    "Daesh fighters retreated to the old city of Raqqa, while ISIL commanders fled towards Deir "
    "ez-Zor. The Islamic State (IS) still holds Tabqa, officials said.\n\n"
    "Russia is backing the regime, while Turkey is wary of the SDF."
)


@pytest.fixture
def loaded(db):
    result = ingest.ingest_document(
        db,
        Document(text=ARTICLE, origin="wire.txt", kind="text"),
        ingest.Origin("wire.txt"),
        ingest.Options(published="2017-07-10", source="Wire"),
    )
    assert not result.errors
    return db


def test_profile_with_aliases_description_relations_and_places(loaded):
    answer = actor.run(loaded, "SDF")
    profile = answer.actor
    assert profile.name == "Syrian Democratic Forces"
    assert "SDF" in profile.aliases
    assert profile.description == "a Kurdish-dominated alliance of militias"
    assert profile.first_reported == profile.last_reported == "2017-07-10"
    claims = {(r.subject, r.predicate, r.object) for r in answer.relations}
    assert ("United States", "backs", "Syrian Democratic Forces") in claims
    assert any(
        r.object == "Syrian Democratic Forces" and "People" in r.subject for r in answer.relations
    )
    backed = next(r for r in answer.relations if r.predicate == "backs")
    assert "US-backed Syrian Democratic Forces" in backed.evidence[0].text
    assert "Raqqa" in [p["name"] for p in answer.places]
    assert [e.date for e in answer.timeline] == ["2017-07-03"]
    assert answer.quotes and all(
        "SDF" in q.text or "Syrian Democratic" in q.text for q in answer.quotes
    )


def test_every_alias_gives_the_same_actor(loaded):
    ids = {
        actor.run(loaded, name).actor.id
        for name in ("ISIL", "Daesh", "IS", "Islamic State", "isis")
    }
    assert len(ids) == 1


def test_unknown_name_gets_suggestions(loaded):
    answer = actor.run(loaded, "Sipan Hamoo Bey")
    assert answer.actor is None
    assert "Sipan Hamo" in answer.suggestions
    assert actor.run(loaded, "Qwertyuiop").actor is None


def test_ambiguous_name_lists_candidates(db, tmp_path, monkeypatch):
    # Two actors of a user's own catalogue share a nickname.
    catalogue = tmp_path / "actors.json"
    catalogue.write_text(
        json.dumps(
            {
                "actors": [
                    {
                        "key": "northern-brigade",
                        "name": "Northern Storm Brigade",
                        "kind": "armed_group",
                        "aliases": ["the Storm"],
                        "affiliations": [],
                        "description": "Rebel brigade near Azaz.",
                    },
                    {
                        "key": "storm-battalion",
                        "name": "Desert Storm Battalion",
                        "kind": "armed_group",
                        "aliases": ["the Storm"],
                        "affiliations": [],
                        "description": "Militia near Palmyra.",
                    },
                ]
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("SITREP_ACTORS", str(catalogue))
    text = (
        "The Northern Storm Brigade shelled Azaz on Monday. The Desert Storm Battalion withdrew "
        "from Palmyra on Tuesday, commanders said."
    )
    ingest.ingest_document(
        db, Document(text=text, origin="x.txt", kind="text"), ingest.Origin("x.txt")
    )
    assert actor.run(db, "Northern Storm Brigade").actor.name == "Northern Storm Brigade"
    answer = actor.run(db, "the Storm")
    assert answer.actor is None
    assert set(answer.suggestions) == {"Northern Storm Brigade", "Desert Storm Battalion"}


def test_json_contract(loaded):
    doc = actor.run(loaded, "SDF").to_json()
    assert set(doc) == {
        "query",
        "actor",
        "relations",
        "places",
        "timeline",
        "quotes",
        "suggestions",
    }
    assert {
        "id",
        "name",
        "kind",
        "aliases",
        "description",
        "mentions",
        "articles",
        "first_reported",
        "last_reported",
    } <= set(doc["actor"])


def test_a_transposed_acronym_is_suggested(loaded):
    answer = actor.run(loaded, "SFD")
    assert answer.actor is None and answer.suggestions[0] == "SDF"


def test_names_from_a_private_conversation_stay_there(db):
    from commands import timeline
    from store.articles import Viewer

    text = ("Commander Abu Khalid al-Rawi of the Tiger Battalion met the smugglers near Idlib on "
            "3 March 2019, a source said. Abu Khalid al-Rawi later denied any ties to them.")
    ingest.ingest_document(db, Document(text=text, origin="dm", kind="text"),
                           ingest.Origin("dm", team="T1", scope="DPRIVATE"))
    inside = Viewer("T1", "DPRIVATE")
    assert actor.run(db, "Abu Khalid al-Rawi", inside).actor.name == "Abu Khalid al-Rawi"
    for outside in (Viewer("T1", "CPUBLIC"), Viewer("T2", None)):
        answer = actor.run(db, "Abu Khalid al-Rawi", outside)
        assert answer.actor is None and answer.suggestions == []
        assert actor.run(db, "Abu Khalid al-Rawee", outside).suggestions == []
        assert timeline.run(db, "Tiger Battalion", outside).entries == []
    assert actor.run(db, "Abu Khalid al-Rawi").actor is not None  # the terminal sees everything
