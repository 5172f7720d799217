import json

import pytest

from commands import actor, ingest
from tests.commands.ingested import add
from text.read import Document

ARTICLE = (
    "The US-backed Syrian Democratic Forces (SDF), a Kurdish-dominated alliance of militias, "
    "encircled Raqqa on 3 July. Commander of the SDF-aligned People’s Protection Units (YPG) "
    "Sipan Hamo visited Moscow. Kurdish commander Sipan Hamo said the offensive would go on.\n\n"
    "Daesh fighters retreated to the old city of Raqqa, while ISIL commanders fled towards Deir "
    "ez-Zor. The Islamic State (IS) still holds Tabqa, officials said.\n\n"
    "Russia is backing the regime, while Turkey is wary of the SDF."
)


def _ingest(db, text: str, origin: str, published: str = "2017-07-10") -> None:
    add(db, text, published, "Wire", origin)


def _user_catalogue(tmp_path, monkeypatch, actors: list[dict[str, object]]) -> None:
    """A user's own catalogue of these actors, in place of the built-in one."""
    catalogue = tmp_path / "actors.json"
    catalogue.write_text(json.dumps({"actors": actors}), encoding="utf-8")
    monkeypatch.setenv("SITREP_ACTORS", str(catalogue))


@pytest.fixture
def loaded(db):
    _ingest(db, ARTICLE, "wire.txt")
    return db


def test_profile_with_aliases_description_relations_and_places(loaded):
    answer = actor.run(loaded, "SDF")
    profile = answer.actor
    assert profile.name == "Syrian Democratic Forces"
    assert "SDF" in profile.aliases
    # one article's appositive is not enough: the catalogue's description, without a source
    assert profile.description.startswith("Kurdish-dominated alliance")
    assert profile.description_source is None
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
    _user_catalogue(
        tmp_path,
        monkeypatch,
        [
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
        ],
    )
    text = (
        "The Northern Storm Brigade shelled Azaz on Monday. The Desert Storm Battalion withdrew "
        "from Palmyra on Tuesday, commanders said."
    )
    _ingest(db, text, "x.txt")
    assert actor.run(db, "Northern Storm Brigade").actor.name == "Northern Storm Brigade"
    answer = actor.run(db, "the Storm")
    assert answer.actor is None
    assert set(answer.suggestions) == {"Northern Storm Brigade", "Desert Storm Battalion"}


def test_a_catalogue_actor_no_article_names_is_said_so(db, tmp_path, monkeypatch):
    _user_catalogue(
        tmp_path,
        monkeypatch,
        [
            {
                "key": "kamal-mursad",
                "name": "Kamal Mursad",
                "kind": "person",
                "aliases": ["Mursad"],
                "affiliations": [],
                "description": "President of Zarqa.",
            },
            {
                "key": "northern-brigade",
                "name": "Northern Storm Brigade",
                "kind": "armed_group",
                "aliases": [],
                "affiliations": [],
            },
        ],
    )
    text = "The Northern Storm Brigade shelled Azaz on Monday, commanders said."
    _ingest(db, text, "x.txt")
    for typed in ("Mursad", "Kamal Mursad", "Morsad"):
        answer = actor.run(db, typed)
        assert answer.actor is None and answer.suggestions == []
        assert answer.message == "no article names Kamal Mursad"
    assert actor.run(db, "Qwertyuiop").message == "no actor called 'Qwertyuiop'"


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
        "possibly_same_as",  # added with identity curation
        "curations",
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


def test_a_short_name_inside_an_unrelated_one_is_not_suggested(db):
    """ "Did you mean: UN?" for "Junta": a short name inside the words typed is no match."""
    text = (
        "The UN envoy met officials in Geneva on Monday. The UN said talks would resume "
        "next week, and the UN envoy called for calm across the region."
    )
    _ingest(db, text, "un.txt")
    for typed in ("Junta", "Bundeswehr", "Unionist Brigades of Zarqa"):
        assert "UN" not in actor.run(db, typed).suggestions, typed
    assert "UN" in actor.run(db, "UM").suggestions  # one letter off still is


def test_a_transposed_acronym_is_suggested(loaded):
    answer = actor.run(loaded, "SFD")
    assert answer.actor is None and answer.suggestions[0] == "SDF"


def test_names_from_a_private_conversation_stay_there(db):
    from commands import timeline
    from store.articles import Viewer

    text = (
        "Commander Abu Khalid al-Rawi of the Tiger Battalion met the smugglers near Idlib on "
        "3 March 2019, a source said. Abu Khalid al-Rawi later denied any ties to them."
    )
    ingest.ingest_document(
        db,
        Document(text=text, origin="dm", kind="text"),
        ingest.Origin("dm", team="T1", scope="DPRIVATE"),
    )
    inside = Viewer("T1", "DPRIVATE")
    assert actor.run(db, "Abu Khalid al-Rawi", inside).actor.name == "Abu Khalid al-Rawi"
    for outside in (Viewer("T1", "CPUBLIC"), Viewer("T2", None)):
        answer = actor.run(db, "Abu Khalid al-Rawi", outside)
        assert answer.actor is None and answer.suggestions == []
        assert actor.run(db, "Abu Khalid al-Rawee", outside).suggestions == []
        assert timeline.run(db, "Tiger Battalion", outside).entries == []
    assert actor.run(db, "Abu Khalid al-Rawi").actor is not None  # the terminal sees everything


def test_a_description_two_articles_agree_on_wins(db):
    _ingest(
        db,
        "The Zarqan Brotherhood Front, a hardline militia from the eastern hills, "
        "shelled the town on Monday. Its fighters withdrew later.",
        "one.txt",
    )
    _ingest(
        db,
        "Fighting went on near the dam. The Zarqan Brotherhood Front, a hardline "
        "militia backed by local clans, seized two villages.",
        "two.txt",
    )
    _ingest(
        db,
        "Rumours spread fast. The Zarqan Brotherhood Front, the bumpers caved in and "
        "tyres let down, drove away.",
        "three.txt",
    )
    profile = actor.run(db, "Zarqan Brotherhood Front").actor
    assert profile.kind != "person"
    assert profile.description in (
        "a hardline militia from the eastern hills",
        "a hardline militia backed by local clans",
    )
    assert profile.description_source is not None


def test_one_article_phrase_is_no_description_and_never_someone_elses(db):
    _ingest(
        db,
        "Saif al-Islam Gaddafi, a son of Muammar Gaddafi, spoke on television. "
        "Saif al-Islam Gaddafi, a son of Muammar Gaddafi, was later captured.",
        "a.txt",
    )
    _ingest(db, "Saif al-Islam Gaddafi, a son of Muammar Gaddafi, appeared in court.", "b.txt")
    profile = actor.run(db, "Muammar Gaddafi").actor
    assert profile is not None
    assert "son of" not in (profile.description or "")


SUPPORT = "The Qarnawi Battalions, backed by Iran, attacked the port. Officials said so.\n\n"


def test_relations_rank_by_independent_articles_and_show_the_count(db, capsys):
    for n in range(3):
        _ingest(
            db,
            f"Report {n}: the Qarnawi Battalions, backed by Iran, attacked the port of "
            f"Salif{n} on day {n}. The town was calm later, residents said.",
            f"r{n}.txt",
        )
    _ingest(
        db,
        "Once, the Qarnawi Battalions, backed by Qatar, held a bridge at Dhubab. "
        "Nobody else reported it.",
        "q.txt",
    )
    answer = actor.run(db, "Qarnawi Battalions")
    assert [(r.subject, r.object, r.support) for r in answer.relations][:2] == [
        ("Iran", "Qarnawi Battalions", 3),
        ("Qatar", "Qarnawi Battalions", 1),
    ]
    assert answer.to_json()["relations"][0]["support"] == 3
    assert len(answer.relations[0].evidence) == 3


def test_places_of_one_name_are_told_apart_and_the_actor_is_no_place(db):
    _ingest(
        db,
        "The Grintal Brigades shelled the city of Idlib on Monday. The Grintal Brigades "
        "also hold much of Idlib province, near the Turkish border. Syria condemned it. "
        "Syria said the Grintal Brigades were terrorists.",
        "idlib.txt",
    )
    places = actor.run(db, "Grintal Brigades").places
    labels = [p["label"] for p in places]
    assert "Idlib (city)" in labels and "Idlib (province)" in labels, labels
    syria = actor.run(db, "Syria")
    assert "Syria" not in [p["name"] for p in syria.places]


def test_a_name_with_an_s_added_is_a_possessive_not_another_name():
    # "Orvath Brigades fighters", "Kel Varga Fronts leader": sources that drop apostrophes
    shown = actor._without_possessives(
        "Orvath Brigade", ["Orvath Brigades", "OB", "OBs", "Brigade of Orvath", "Orvath Legion"]
    )
    assert shown == ["OB", "Brigade of Orvath", "Orvath Legion"]
    # a name that ends in s is kept when no other name is it without the s
    assert actor._without_possessives("Orvath Forces", ["Orvath Force", "Orvath Guards"]) == [
        "Orvath Force",
        "Orvath Guards",
    ]


def test_a_role_shows_no_possessive_that_lost_its_apostrophe(db):
    _ingest(db, "Syrias Deputy Foreign Minister Kel Varandi arrived in Orsk on Monday.", "v.txt")
    assert actor.run(db, "Kel Varandi").actor.roles == ["Deputy Foreign Minister"]
