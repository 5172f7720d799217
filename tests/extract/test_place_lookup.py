"""extract/place_lookup.py: the places a user's query may mean."""

from extract.place_lookup import lookup_place


def test_lookup_place_by_any_spelling():
    assert lookup_place("Raqqah")[0].name == "Raqqa"
    assert lookup_place("raqqa")[0].key == "geonames:172955"
    assert lookup_place("Dayr az Zawr")[0].name == "Deir ez-Zor"
    assert lookup_place("Damascus")[0].country == "SY"
    assert lookup_place("Manbjj")[0].name == "Manbij"
    kinds = {p.kind for p in lookup_place("Homs")}
    assert kinds == {"city", "province"}
    assert lookup_place("Qqqqzz") == []


def test_it_is_the_lookup_extract_places_offers():
    from extract import places

    assert places.lookup_place is lookup_place
