"""Identity curation on invented actors: same-as merges at query time, not-same-as splits a
name off, rename shows another name, undo restores the profile exactly, curations are per
workspace, and catalogue actors sharing an alias are named "possibly the same", never merged."""

import json

import pytest

from commands import actor, curation, ingest
from store.articles import EVERYONE, Viewer
from text.read import Document

CATALOGUE = {
    "actors": [
        {
            "key": "falcon-brigade",
            "name": "Falcon Brigade",
            "kind": "armed_group",
            "aliases": ["the Falcons"],
            "description": "Invented brigade near Tell Hamra.",
        },
        {
            "key": "northern-falcons",
            "name": "Northern Falcons Front",
            "kind": "armed_group",
            "aliases": ["the Falcons"],
            "description": "Invented front near Kafr Nasim.",
        },
        {
            "key": "saqr-legion",
            "name": "Saqr Legion",
            "kind": "armed_group",
            "aliases": [],
            "description": "Invented legion of desert tribes.",
        },
        {
            "key": "umar-haddad",
            "name": "Umar Haddad",
            "kind": "person",
            "aliases": ["Abu Umar"],
            "description": "Invented commander.",
        },
    ]
}

ARTICLE = (
    "The Falcon Brigade shelled Tell Hamra on 3 March 2019. The Northern Falcons Front withdrew "
    "from the hills on 5 March 2019. The Saqr Legion attacked Tell Hamra on 4 March 2019.\n\n"
    "Umar Haddad said on 7 March 2019 that the siege would go on. Abu Umar told reporters on "
    "6 March 2019 that he had left the town."
)


@pytest.fixture
def invented_catalogue(tmp_path, monkeypatch):
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(CATALOGUE), encoding="utf-8")
    monkeypatch.setenv("SITREP_ACTORS", str(path))
    return path


def _ingest(db, team: str = "") -> None:
    result = ingest.ingest_document(
        db,
        Document(text=ARTICLE, origin=f"{team or 'x'}.txt", kind="text"),
        ingest.Origin(f"{team or 'x'}.txt", team),
        ingest.Options(published="2019-03-08", source="Invented Wire"),
    )
    assert not result.errors


@pytest.fixture
def invented_store(db, invented_catalogue):
    _ingest(db)
    return db


def _make(db, text: str, team: str = "", viewer: Viewer = EVERYONE):
    request = curation.parse(text)
    assert request is not None
    return curation.make(db, request, team, "UTESTER", viewer)


def test_parse_reads_the_three_verbs_with_quotes_reasons_and_sentences():
    assert curation.parse("Daesh same-as ISIS") == curation.Request("same_as", "Daesh", "ISIS")
    request = curation.parse(
        '"Abu Bakr" not-same-as "Abu Bakr al-Baghdadi" why: two men '
        'sentence: "Abu Bakr said the town was lost."'
    )
    assert request == curation.Request(
        "not_same_as",
        "Abu Bakr",
        "Abu Bakr al-Baghdadi",
        "two men",
        "Abu Bakr said the town was lost.",
    )
    assert curation.parse("SDF rename “Syrian Democratic Forces”").other == (
        "Syrian Democratic Forces"
    )
    assert curation.parse("Syrian Democratic Forces") is None
    with pytest.raises(curation.CurationError):
        curation.parse("same-as ISIS")


def test_actors_sharing_an_alias_are_possibly_the_same_and_not_merged(invented_store):
    answer = actor.run(invented_store, "Falcon Brigade")
    assert answer.actor.name == "Falcon Brigade"
    assert answer.possibly_same_as == [
        {"name": "Northern Falcons Front", "key": "northern-falcons", "shared_alias": "the Falcons"}
    ]
    assert answer.actor.mentions == 1
    assert answer.to_json()["possibly_same_as"][0]["name"] == "Northern Falcons Front"


def test_same_as_merges_at_query_time_and_undo_is_exact(invented_store):
    before = actor.run(invented_store, "Falcon Brigade").to_json()
    legion_before = actor.run(invented_store, "Saqr Legion").to_json()
    made = _make(invented_store, "Saqr Legion same-as Falcon Brigade why: one command")
    assert made.curation.why == "one command"
    merged = actor.run(invented_store, "Saqr Legion")
    assert merged.actor.name == "Falcon Brigade"  # the name the curation points to
    assert "Saqr Legion" in merged.actor.aliases
    assert merged.actor.mentions == 2
    assert {e.date for e in merged.timeline} >= {"2019-03-03", "2019-03-04"}
    assert [c.id for c in merged.curations] == [made.curation.id]
    assert actor.run(invented_store, "Falcon Brigade").actor.mentions == 2

    curation.undo(invented_store, made.curation.id, "UTESTER")
    after = actor.run(invented_store, "Falcon Brigade").to_json()
    assert after == before
    assert actor.run(invented_store, "Saqr Legion").to_json() == legion_before
    listed = curation.run(invented_store).curations
    assert [(c.id, c.undone_by) for c in listed] == [(made.curation.id, "UTESTER")]


def test_a_sentence_leaves_a_split_profile_only_when_no_other_name_of_the_actor_is_in_it():
    from commands.identities import kept_by_split

    split, others = {"abu umar"}, ("Umar Haddad", "Umar", "Commander Haddád")
    assert not kept_by_split("Abu Umar told reporters he had left.", split, others)
    assert not kept_by_split("ABU  UMAR told reporters.", split, others)  # folded, as stored
    # "Umar" inside "Abu Umar" is not the actor named otherwise
    assert kept_by_split(
        "Umar Haddad, known as Abu Umar, said the siege would go on.", split, others
    )
    assert kept_by_split("Abu Umar, or commander Haddad, spoke.", split, others)
    assert kept_by_split("Umar Haddad said so.", split, others)  # no split name at all
    assert kept_by_split("Abu Umar spoke.", set(), others)  # nothing split off


def test_not_same_as_splits_a_name_off_an_actor(invented_store):
    whole = actor.run(invented_store, "Umar Haddad")
    assert "Abu Umar" in whole.actor.aliases
    assert any("Abu Umar told" in e.text for e in whole.timeline)
    made = _make(invented_store, '"Abu Umar" not-same-as "Umar Haddad"')

    split = actor.run(invented_store, "Umar Haddad")
    assert "Abu Umar" not in split.actor.aliases
    assert not any("Abu Umar told" in e.text for e in split.timeline)
    assert any("siege would go on" in e.text for e in split.timeline)
    assert split.actor.mentions == whole.actor.mentions - 1
    gone = actor.run(invented_store, "Abu Umar")
    assert gone.actor is None
    assert f"curation #{made.curation.id}" in gone.message

    curation.undo(invented_store, made.curation.id, "UTESTER")
    assert actor.run(invented_store, "Umar Haddad").to_json() == whole.to_json()


def test_rename_shows_the_new_name_which_then_finds_the_actor(invented_store):
    _make(invented_store, 'Saqr Legion rename "Legion of the Hawk"')
    answer = actor.run(invented_store, "Legion of the Hawk")
    assert answer.actor.name == "Legion of the Hawk"
    assert "Saqr Legion" in answer.actor.aliases
    assert actor.run(invented_store, "Saqr Legion").actor.name == "Legion of the Hawk"


def test_a_told_apart_pair_is_no_longer_possibly_the_same(invented_store):
    _make(invented_store, "Falcon Brigade not-same-as Northern Falcons Front")
    assert actor.run(invented_store, "Falcon Brigade").possibly_same_as == []


@pytest.mark.parametrize(
    "text, error",
    [
        ("Falcon Brigade same-as Nobody Anywhere", "no actor called 'Nobody Anywhere'"),
        ("Falcon Brigade same-as Falcon Brigade", "already one actor"),
        ("Saqr Legion rename Saqr Legion", "already called that"),
    ],
)
def test_a_curation_that_means_nothing_is_refused_and_changes_nothing(invented_store, text, error):
    with pytest.raises(curation.CurationError, match=error):
        _make(invented_store, text)
    assert curation.run(invented_store).curations == []


def test_contradicting_curations_are_refused_until_undone(invented_store):
    made = _make(invented_store, "Saqr Legion same-as Falcon Brigade")
    with pytest.raises(curation.CurationError, match=f"#{made.curation.id}"):
        _make(invented_store, "Saqr Legion not-same-as Falcon Brigade")
    curation.undo(invented_store, made.curation.id, "UTESTER")
    with pytest.raises(curation.CurationError, match="already undone"):
        curation.undo(invented_store, made.curation.id, "UTESTER")
    with pytest.raises(curation.CurationError, match="no curation #99"):
        curation.undo(invented_store, 99, "UTESTER")
    _make(invented_store, "Saqr Legion not-same-as Falcon Brigade")


def test_curations_are_per_workspace(db, invented_catalogue):
    _ingest(db, "T1")
    _ingest(db, "T2")
    one, two = Viewer(team="T1"), Viewer(team="T2")
    made = _make(db, "Saqr Legion same-as Falcon Brigade", "T1", one)
    assert actor.run(db, "Saqr Legion", one).actor.name == "Falcon Brigade"
    assert actor.run(db, "Saqr Legion", two).actor.name == "Saqr Legion"
    assert curation.run(db, two).curations == []
    with pytest.raises(curation.CurationError):
        curation.undo(db, made.curation.id, "U2", two)


def test_split_and_group_counts_agree_with_the_mentions_read_one_by_one(invented_store):
    from store import curations

    rows = invented_store.conn.execute(
        "SELECT m.actor_id, m.article_id, substr(a.text, m.start + 1, m.end - m.start) "
        "FROM actor_mentions m JOIN articles a ON a.id = m.article_id"
    ).fetchall()
    actors = sorted({r[0] for r in rows})
    for viewer in (EVERYONE, Viewer(team="")):  # every article, and the counts with the join
        for names in (["abu umar"], ["umar haddad", "abu umar"], ["abu  umar"], ["x"]):
            for actor_id in actors:
                kept = [r for r in rows if r[0] == actor_id and r[2].lower() not in names]
                assert curations.reach_without(invented_store, actor_id, names, viewer) == (
                    len(kept),
                    len({r[1] for r in kept}),
                )
        assert curations.group_articles(invented_store, actors, viewer) == len({r[1] for r in rows})


def test_group_count_from_the_counts_kept_at_ingest_equals_a_recount(invented_store):
    from itertools import combinations

    from store import curations, entities

    rows = invented_store.conn.execute("SELECT actor_id, article_id FROM actor_mentions").fetchall()
    actors = sorted({r[0] for r in rows})
    counted = {a: int(entities.actor_reach(invented_store, a)["articles"]) for a in actors}
    for size in (2, 3):
        for group in combinations(actors, size):
            expected = len({article for actor, article in rows if actor in group})
            kept = {a: counted[a] for a in group}
            assert curations.group_articles(invented_store, group, EVERYONE, kept) == expected


FIGHTING = (
    "The Saqr Legion attacked the Falcon Brigade near Tell Hamra on 3 March 2019. The Saqr "
    "Legion fought the Falcon Brigade again on 5 March 2019."
)


def _ingest_text(db, text: str, name: str) -> None:
    result = ingest.ingest_document(
        db,
        Document(text=text, origin=name, kind="text"),
        ingest.Origin(name),
        ingest.Options(published="2019-03-09", source="Invented Wire"),
    )
    assert not result.errors


def test_a_relation_between_two_members_of_a_group_is_listed_once(invented_store):
    _ingest_text(invented_store, FIGHTING, "fighting.txt")
    alone = actor.run(invented_store, "Falcon Brigade").relations
    assert [(r.subject, r.predicate, r.object) for r in alone] == [
        ("Saqr Legion", "fights", "Falcon Brigade")
    ]
    _make(invented_store, "Saqr Legion same-as Falcon Brigade")
    joined = actor.run(invented_store, "Falcon Brigade").relations
    # each member's relations hold it; the group's lists it once, with its evidence
    assert [(r.subject, r.predicate, r.object, r.support) for r in joined] == [
        ("Saqr Legion", "fights", "Falcon Brigade", 1)
    ]
    assert [e.text for e in joined[0].evidence] == [e.text for e in alone[0].evidence]


def test_a_group_profile_follows_articles_ingested_after_it_was_asked_for(invented_store):
    from store import curations

    _make(invented_store, "Saqr Legion same-as Falcon Brigade")
    first = actor.run(invented_store, "Falcon Brigade")
    assert first.actor.articles == 1
    again = actor.run(invented_store, "Falcon Brigade")  # answered from what was kept
    assert again.to_json() == first.to_json()

    _ingest_text(invented_store, "The Saqr Legion shelled Kafr Nasim on 9 March 2019.", "b.txt")
    later = actor.run(invented_store, "Falcon Brigade")
    rows = invented_store.conn.execute("SELECT actor_id, article_id FROM actor_mentions").fetchall()
    members = {
        i
        for (i,) in invented_store.conn.execute(
            "SELECT id FROM actors WHERE key IN ('saqr-legion', 'falcon-brigade')"
        )
    }
    assert later.actor.articles == len({a for i, a in rows if i in members}) == 2
    assert "2019-03-09" in {e.date for e in later.timeline}
    assert curations.group_articles(invented_store, sorted(members)) == 2


def test_a_curation_made_or_undone_elsewhere_applies_at_the_next_question(invented_store):
    from store.db import connect

    path = invented_store.conn.execute("PRAGMA database_list").fetchone()[2]
    assert actor.run(invented_store, "Saqr Legion").actor.name == "Saqr Legion"
    other = connect(path)  # the Slack bot, say, on the same store
    made = _make(other, "Saqr Legion same-as Falcon Brigade")
    assert actor.run(invented_store, "Saqr Legion").actor.name == "Falcon Brigade"
    curation.undo(other, made.curation.id, "UTESTER")
    assert actor.run(invented_store, "Saqr Legion").actor.name == "Saqr Legion"
    other.conn.close()
