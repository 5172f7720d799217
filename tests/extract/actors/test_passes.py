"""The passes together (extract/actors/__init__.py): find_actors over an article."""

from __future__ import annotations

import json

from extract.actors import find_actors, load_catalogue


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


def test_the_passes_run_in_a_visible_order():
    from extract.actors import PASSES, article_names, catalogued, states

    assert PASSES[0] is catalogued.catalogue_pass  # the catalogue has the first claim
    assert PASSES[-1] is states.drop_place_uses  # "in Syria" is let go last
    assert PASSES.count(article_names.local_pass) == 2  # after acronyms, after renamings
