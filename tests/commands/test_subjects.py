"""commands/subjects.py: what a typed name means in a store (actor, place, or nothing), what it
might have meant, and the other names that widen a search."""

from __future__ import annotations

import pytest
import sqlite_utils

from commands import ingest, subjects
from store.articles import Viewer
from tests.commands.ingested import add
from text.read import Document

ARTICLE = (
    "The Syrian Democratic Forces (SDF) encircled Raqqa on 3 July, and Kurdish commander "
    "Sipan Hamo said the offensive would go on. Daesh fighters retreated towards Deir ez-Zor.\n\n"
    "Russia is backing the government in Damascus, while Turkey is wary of the SDF."
)


@pytest.fixture
def store_with_one_article(db: sqlite_utils.Database) -> sqlite_utils.Database:
    result = ingest.ingest_document(
        db,
        Document(text=ARTICLE, origin="wire.txt", kind="text"),
        ingest.Origin("wire.txt", team="T1"),
        ingest.Options(published="2017-07-10"),
    )
    assert not result.errors
    return db


def test_an_alias_resolves_to_the_stored_actor(store_with_one_article) -> None:
    found = subjects.resolve_actor(store_with_one_article, "Syrian Democratic Forces")
    assert [s.key for s in found] == ["syrian-democratic-forces"]
    assert (
        subjects.resolve_actor(store_with_one_article, "sdf")[0].key == "syrian-democratic-forces"
    )
    assert subjects.is_named(found[0], "SDF") and not subjects.is_named(found[0], "YPG")


def test_a_place_is_preferred_and_merged_with_the_actor_of_its_name(store_with_one_article) -> None:
    raqqa = subjects.best(store_with_one_article, "Raqqa")
    assert raqqa is not None and (raqqa.kind, raqqa.name) == ("place", "Raqqa")
    russia = subjects.best(store_with_one_article, "Russia")
    assert russia is not None and russia.kind == "place" and russia.actor_ids  # the state too
    assert subjects.best(store_with_one_article, "Zorvath Qelmin") is None


def test_another_workspace_sees_no_subject(store_with_one_article) -> None:
    assert subjects.resolve_actor(store_with_one_article, "SDF", Viewer(team="T2")) == []
    assert subjects.best(store_with_one_article, "Raqqa", Viewer(team="T2")) is None


def test_suggestions_for_misspellings_and_swapped_letters(store_with_one_article) -> None:
    assert "SDF" in subjects.suggestions(store_with_one_article, "SFD")
    assert "Raqqa" in subjects.suggestions(store_with_one_article, "Raqaa")
    assert subjects.suggestions(store_with_one_article, "Raqqa", viewer=Viewer(team="T2")) == []


def test_a_suggestion_shares_a_word_with_what_was_typed_not_a_particle(db) -> None:
    text = (
        "Colonel Abdel Fattah Younes al Zarbi, a commander, said the town held. "
        'The lawyer Nabil Qassar said, "It will not."'
    )
    add(db, text, "2011-03-10", name="wire2.txt")
    # "al" is all that "Tariq al-Hashimi" shares with the colonel's name
    assert subjects.suggestions(db, "Tariq al-Hashimi") == []
    assert "Abdel Fattah Younes al Zarbi" in subjects.suggestions(db, "Younes al-Zarbi")
    assert "Nabil Qassar" in subjects.suggestions(db, "Qassar")  # a surname alone


def test_expansions_add_compact_other_names_only() -> None:
    widened = subjects.expansions("Daesh retreat")
    assert "ISIS" in widened and all(len(name.split()) <= 2 for name in widened)
    assert subjects.expansions("no capital letter names anyone") == []


def test_a_place_only_like_the_name_gives_way_to_the_actor_it_names(db) -> None:
    # "Raqqi" is like Raqqa's name (a fuzzy match) and written in full in Hamid Raqqi's
    text = (
        "Kurdish commander Hamid Raqqi said on 3 July that the offensive on Raqqa would go on. "
        "Raqqi added that exiles had gathered in Mali, Raqqi said."
    )
    add(db, text, "2017-07-10", name="raqqi.txt")
    assert [p.name for p in subjects.resolve_place(db, "Raqqi")] == ["Raqqa"]
    raqqi = subjects.best(db, "Raqqi")
    assert raqqi is not None and (raqqi.kind, raqqi.name) == ("actor", "Hamid Raqqi")
    for typed in ("Raqqa", "Raqqah"):  # its own name, and another spelling no actor holds
        raqqa = subjects.best(db, typed)
        assert raqqa is not None and (raqqa.kind, raqqa.name) == ("place", "Raqqa")
