"""extract/curated_places.py: regional spellings, provinces, regions and the cue words."""

from __future__ import annotations

from extract.curated_places import city_place, curated_names
from extract.gazetteer import compact_gazetteer


def test_regional_spellings_and_provinces_are_curated_names():
    cur = curated_names()
    raqqa = {cur.places[key].name for key, _ in cur.index.get("raqqah")}
    assert raqqa == {"Raqqa"}
    assert any(p.kind == "province" for p in cur.provinces["homs"])
    assert {"in", "near"} <= cur.cues and "from" in cur.weak_cues
    assert cur.demonyms["syrian"] == "SY"


def test_a_gazetteer_city_is_its_curated_place_when_there_is_one():
    full = compact_gazetteer()
    index = full.names["ar raqqah"][0]  # the gazetteer's primary name of Raqqa
    assert city_place(index).name == "Raqqa"
