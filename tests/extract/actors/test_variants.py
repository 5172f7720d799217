"""Pass 3 (extract/actors/variants.py): misspellings, and what is no misspelling."""

from __future__ import annotations

from tests.extract.actors.found import by_text, found


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


def test_word_endings_and_short_country_names_are_not_misspellings(catalogue):
    assert found("An Australian and two Germans met Franco and Greene.", catalogue) == []


def test_an_everyday_word_is_no_other_spelling_of_a_name():
    from extract.catalogue import build_catalogue

    invented = build_catalogue(
        [
            {
                "key": "salim-barradey",
                "name": "Salim Barradey",
                "kind": "person",
                "aliases": ["Barradey"],
            },
            {"key": "tavor-kerin", "name": "Tavor Kerin", "kind": "person"},
        ]
    )
    # "Parade" and "Tavor Green" share the names' consonant skeletons, and are words
    text = "Crowds filled King's Parade. Tavor Green, a teacher, watched."
    assert [key for _, key, _ in found(text, invented)] == []
    # spellings that are no everyday word are still found
    text = "Barradei spoke. Tavor Qerin answered."
    assert {key for _, key, how in found(text, invented) if how == "variant"} == {
        "salim-barradey",
        "tavor-kerin",
    }


def test_a_misspelling_after_a_given_name_not_the_actors_is_someone_else():
    from extract.catalogue import build_catalogue

    invented = build_catalogue(
        [
            {
                "key": "yusuf-kelmawi",
                "name": "Yusuf Kelmawi",
                "kind": "person",
                "aliases": ["Kelmawi"],
            },
        ]
    )
    # "Kelhawi" is one letter from "Kelmawi"; after "Omar Rifaat al-" it ends another name
    text = "Among them was Omar Rifaat al-Kelhawi, a cleric."
    assert "yusuf-kelmawi" not in {key for _, key, _ in found(text, invented)}
    # alone, or after a title, it is still the misspelt actor
    for text in ("The talks failed, Kelhawi said.", "The talks failed, said Minister Kelhawi."):
        assert [(key, how) for _, key, how in found(text, invented)] == [
            ("yusuf-kelmawi", "fuzzy")
        ], text


def test_a_place_is_no_other_spelling_of_a_name(monkeypatch):
    from extract.actors import variants
    from extract.catalogue import build_catalogue

    invented = build_catalogue(
        [
            {
                "key": "abu-omar-al-qarnavi",
                "name": "Abu Omar al-Qarnavi",
                "kind": "person",
                "aliases": ["al-Qarnavi", "Qarnavi"],
            },
        ]
    )
    text = "Refugees reached Qarnava on Monday. Qarnavy said nothing."
    # without places, both words share the name's skeleton and look like it
    assert [m[0] for m in found(text, invented)] == ["Qarnava", "Qarnavy"]
    monkeypatch.setattr(variants, "_names_a_place", lambda word: word == "Qarnava")
    assert [m[0] for m in found(text, invented)] == ["Qarnavy"]


def test_a_surname_the_article_gave_someone_else_stays_theirs():
    from extract.catalogue import build_catalogue

    invented = build_catalogue(
        [
            {
                "key": "zelvani-front",
                "name": "Zelvani Front",
                "kind": "armed_group",
                "aliases": ["Zelvan"],
            }
        ]
    )
    # "Zelvon" shares the alias's skeleton; after "Marek Zelvon" it is his name
    text = "Marek Zelvon, a banker, spoke first. Later Zelvon denied it."
    assert "zelvani-front" not in {key for _, key, _ in found(text, invented)}
    assert [key for _, key, _ in found("Zelvon fighters advanced.", invented)] == ["zelvani-front"]


def _invented(*actors: tuple[str, ...]):
    """A catalogue of invented actors, each given as (key, name, kind, *aliases)."""
    from extract.catalogue import build_catalogue

    return build_catalogue(
        [
            {
                "key": key,
                "name": name,
                "kind": kind,
                **({"aliases": list(aliases)} if aliases else {}),
            }
            for key, name, kind, *aliases in actors
        ]
    )


def _spelling_catalogue():
    return _invented(
        ("kamal-mursad", "Kamal Mursad", "person", "Mursad"),
        ("tavor-kerin", "Tavor Kerin", "person"),
        ("zadwa-bloc", "Zadwa Bloc", "party"),
        ("qoran-talbani", "Qoran Talbani", "person"),
        ("tulbani", "Tulban", "armed_group"),
        ("hasd-units", "Hasid Units", "armed_group"),
    )


def test_a_word_adding_a_syllable_to_a_name_is_no_other_spelling_of_it():
    invented = _spelling_catalogue()
    # "Murrasadey" shares "Mursad"'s consonants with a syllable more: someone else's name
    assert [key for _, key, _ in found("Fans of Murrasadey cheered.", invented)] == []
    # a vowel changed or left out is still a spelling
    text = "Morsad spoke. Mrsad answered. Mursaad left."
    assert [key for _, key, _ in found(text, invented)] == ["kamal-mursad"] * 3


def test_a_word_of_another_actors_name_is_no_other_spelling():
    invented = _spelling_catalogue()
    # "Talbani" is Qoran Talbani's name, though it shares the skeleton of "Tulban"
    assert [key for _, key, _ in found("Talbani denied it.", invented)] == []
    assert [key for _, key, _ in found("Tolban fighters advanced.", invented)] == ["tulbani"]


def test_each_word_of_a_run_looks_like_a_word_of_the_name():
    invented = _spelling_catalogue()
    # the runs share the names' skeletons, with a word written nothing like the name's
    text = "Tavor Kiorani arrived. The Tea Bloc met."
    keys = [key for _, key, _ in found(text, invented)]
    assert "tavor-kerin" not in keys and "zadwa-bloc" not in keys
    text = "Tavor Qerin arrived. The Zadwah Bloc met. Tavor Kaerin left."
    assert [key for _, key, _ in found(text, invented)] == ["tavor-kerin", "zadwa-bloc"] + [
        "tavor-kerin"
    ]


def test_the_same_spelling_rules_hold_for_lookups():
    from extract.actors import lookup_actor

    invented = _spelling_catalogue()
    assert lookup_actor("Murrasadey", invented) == []
    assert lookup_actor("Tavor Kiorani", invented) == []
    assert [a.key for a in lookup_actor("Morsad", invented)] == ["kamal-mursad"]
    assert [a.key for a in lookup_actor("Tavor Qerin", invented)] == ["tavor-kerin"]


def _ending_catalogue():
    return _invented(
        ("tarek-vandoli", "Tarek Vandoli", "person", "Vandoli"),
        ("sadrun-bloc", "Sadrun", "party"),
        ("nazra-front", "Nazra Front", "armed_group", "Nazra"),
    )


def test_another_spelling_keeps_how_the_name_ends():
    from extract.actors import lookup_actor

    invented = _ending_catalogue()
    # the consonants of "Vandoli" and "Sadrun", ending in a consonant and a vowel instead
    for word in ("Vaandol", "Sadrna"):
        assert [key for _, key, _ in found(f"Yesterday {word} spoke.", invented)] == []
    assert lookup_actor("Sadrna", invented) == []
    # a vowel changed or left out, a final y for a final i, and a vowel before a final h
    # (the Arabic feminine ending) keep the ending
    text = "Vendoly spoke. Vandli answered. Sedrun met. Nozrah fighters advanced."
    keys = [key for _, key, _ in found(text, invented)]
    assert keys == ["tarek-vandoli", "tarek-vandoli", "sadrun-bloc", "nazra-front"]
    assert [a.key for a in lookup_actor("Sedrun", invented)] == ["sadrun-bloc"]


def test_a_spelling_cut_short_may_lose_the_ending():
    from extract.actors.spellings import changes_ending

    assert changes_ending("vaandol", ["vandoli"])
    assert not changes_ending("vandol", ["vandoli"])  # the last letter left off: a typo
    assert not changes_ending("vendoly", ["vandoli"])
    assert not changes_ending("nozrah", ["nazra"])
    assert changes_ending("nazrat", ["nazra"])


def test_a_misspelling_that_begins_another_name_is_not_the_person():
    from extract.catalogue import build_catalogue

    invented = build_catalogue(
        [{"key": "osric-kelvor", "name": "Osric Kelvor", "kind": "person", "aliases": ["Kelvor"]}]
    )
    # "Kelvar" is one letter from "Kelvor": before "al-Marashi" it begins a district's name
    text = "Rockets hit the Kelvar al-Marashi district of the city."
    assert "osric-kelvor" not in {key for _, key, _ in found(text, invented)}
    text = "Rockets hit the city, Kelvar said."
    assert [key for _, key, _ in found(text, invented)] == ["osric-kelvor"]
