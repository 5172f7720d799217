"""Places: regional spellings, provinces, regions, rivers, disambiguation, precision, lookup."""

from __future__ import annotations

import pytest

from extract.actors import find_actors, load_catalogue
from extract.places import find_places


def places(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(m.text, m.place.name, m.place.kind, m.place.country) for m in find_places(text)]


def test_regional_spellings_resolve_to_one_city():
    text = (
        "Fighting in Raqqah, Ar-Raqqah and Rakka; the SDF took Tabqa (Al-Thawrah) and "
        "advanced on Hasakeh, Deir ez-Zor and Dayr az Zawr, then Menbij and Kobane."
    )
    found = [(m.text, m.place.name) for m in find_places(text)]
    assert found == [
        ("Raqqah", "Raqqa"),
        ("Ar-Raqqah", "Raqqa"),
        ("Rakka", "Raqqa"),
        ("Tabqa", "Tabqa"),
        ("Al-Thawrah", "Tabqa"),
        ("Hasakeh", "Hasakah"),
        ("Deir ez-Zor", "Deir ez-Zor"),
        ("Dayr az Zawr", "Deir ez-Zor"),
        ("Menbij", "Manbij"),
        ("Kobane", "Kobani"),
    ]
    raqqa = find_places(text)[0].place
    assert (raqqa.key, raqqa.country, raqqa.kind) == ("geonames:172955", "SY", "city")
    assert raqqa.lat is not None and 35 < raqqa.lat < 37


def test_damascus_is_in_syria_unless_maryland_is_the_context():
    assert places("Rebels shelled Damascus on Monday.") == [("Damascus", "Damascus", "city", "SY")]
    assert places("He grew up in Damascus, Maryland.") == [
        ("Damascus", "Damascus", "city", "US"),
        ("Maryland", "Maryland", "province", "US"),
    ]


def test_tripoli_is_libya_unless_lebanon_is_named():
    assert places("Militias clashed in Tripoli.")[0][3] == "LY"
    assert places("Clashes erupted in Tripoli, in northern Lebanon.")[0][3] == "LB"


def test_homs_is_syria_and_homs_province_is_a_province():
    assert places("Homs was besieged.") == [("Homs", "Homs", "city", "SY")]
    province = find_places("IS was pushed out of Homs province.")[0]
    assert (province.text, province.place.kind, province.place.country) == (
        "Homs province",
        "province",
        "SY",
    )
    assert province.place.key == "province:sy:homs"


def test_bare_provinces_regions_and_rivers():
    text = (
        "Pockets remain in Anbar and Diyala, along the Euphrates and the Tigris, in Rojava, "
        "the North Caucasus and the Middle East."
    )
    assert places(text) == [
        ("Anbar", "Anbar", "province", "IQ"),
        ("Diyala", "Diyala", "province", "IQ"),
        ("Euphrates", "Euphrates", "river", None),
        ("Tigris", "Tigris", "river", None),
        ("Rojava", "Rojava", "region", "SY"),
        ("North Caucasus", "North Caucasus", "region", "RU"),
        ("Middle East", "Middle East", "region", None),
    ]
    assert find_places("the Euphrates")[0].place.key == "region:euphrates"


def test_countries_and_their_other_names():
    assert places("The U.S. and Britain back Turkey.") == [
        ("U.S.", "United States", "country", "US"),
        ("Britain", "United Kingdom", "country", "GB"),
        ("Turkey", "Turkey", "country", "TR"),
    ]


def test_common_words_and_names_are_not_places():
    text = (
        "Of course, the Mission said Reading is Nice. Bush met Obama, and Barack Obama "
        "thanked Serge Jordan. Washington-backed forces advanced."
    )
    assert places(text) == []


def test_a_common_word_city_with_context_is_a_place():
    assert places("The festival in Nice, France, was cancelled.") == [
        ("Nice", "Nice", "city", "FR"),
        ("France", "France", "country", "FR"),
    ]


def test_small_city_needs_a_cue_or_its_country():
    assert places("Arsenal beat Rochdale.") == []
    assert places("Troops moved to Jarabulus.") == [("Jarabulus", "Jarabulus", "city", "SY")]


def test_mentions_are_sorted_with_verbatim_text():
    text = "From Mosul to Raqqa, via Sinjar and Tal Afar."
    found = find_places(text)
    assert [m.text for m in found] == ["Mosul", "Raqqa", "Sinjar", "Tal Afar"]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_towns_the_gazetteer_lacks_are_curated():
    text = (
        "Rebels fell back from Bin Jawad to Ras Lanuf and Brega. The army shelled Baba Amr "
        "after the Houla massacre."
    )
    assert places(text) == [
        ("Bin Jawad", "Bin Jawad", "city", "LY"),
        ("Ras Lanuf", "Ras Lanuf", "city", "LY"),
        ("Brega", "Brega", "city", "LY"),
        ("Baba Amr", "Baba Amr", "district", "SY"),
        ("Houla", "Houla", "region", "SY"),
    ]


def test_a_smaller_citys_other_spelling_is_found_with_a_cue():
    assert places("Troops stormed the town of Saraqeb.") == [("Saraqeb", "Saraqib", "city", "SY")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels in Deir Ezzor said the army had shelled the town.", "Deir Ezzor"),
        ("Activists in Jisr al-Shughour said the army had left.", "Jisr al-Shughour"),
        ("Residents of Ras Lanuf said the port was shut.", "Ras Lanuf"),
        ("Hong Kong said it would review the order.", "Hong Kong"),
    ],
)
def test_a_place_of_two_words_before_a_speech_verb_is_a_place(text, name):
    assert name in [found[0] for found in places(text)]
    assert name not in {m.text for m in find_actors(text, load_catalogue())}


def test_a_one_word_place_before_a_speech_verb_is_still_no_place():
    assert places("Jordan said the border would stay open.") == []


def test_places_the_gazetteer_and_the_actors_read_one_list_of_name_particles():
    from extract import gazetteer, places
    from extract.lexicon import lexicon

    assert places.name_particles is gazetteer.name_particles
    assert gazetteer.name_particles() == lexicon().particles
    assert {"al", "ash", "esh", "bin"} <= lexicon().particles
