"""Curated place names: regional spellings of cities in the conflict zone (Raqqa = Raqqah =
Ar-Raqqah = Rakka), provinces, regions and rivers, and other names of countries, from
places_aliases.json, merged with the gazetteer's countries and US states and compiled once; and
the cue words that say a place follows ("in", "near", "the city of")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract import lexicon
from extract.catalogue import case_rule
from extract.gazetteer import Place, gazetteer, gazetteer_sources
from extract.name_tokens import phrase_key, slug
from extract.phrase_index import PhraseIndex
from text.data import data_path


@dataclass(frozen=True)
class Curated:
    index: PhraseIndex[tuple[str, str]]  # phrase -> (place key, case rule)
    places: dict[str, Place]
    by_geonameid: dict[int, Place]
    provinces: dict[str, list[Place]]  # phrase key -> provinces named "X province"
    province_words: frozenset[str]
    cues: frozenset[str]  # "in", "near", "outside": a place follows
    weak_cues: frozenset[str]  # "to", "from", "at": a place or a person may follow
    place_words: frozenset[str]  # "city of X", "outskirts of X"
    demonyms: dict[str, str]  # folded demonym -> country code
    us_states: frozenset[str]


@cache
def curated_names() -> Curated:
    """The curated names with the gazetteer's countries and US states, compiled once."""
    import extract.name_tokens
    import extract.phrase_index
    from text.compiled import compiled

    # the data, and the modules that build or are held in the compiled object
    sources: list[str | Path] = [
        *gazetteer_sources(),
        *(data_path("extract", name) for name in ("places_aliases.json", "demonyms.json")),
        *(str(module.__file__) for module in (lexicon, extract.name_tokens, extract.phrase_index)),
        __file__,
    ]
    return compiled("curated places", sources, _build_curated)


def _build_curated() -> Curated:
    data = lexicon.data("places_aliases.json")
    places: dict[str, Place] = {}
    by_geonameid: dict[int, Place] = {}
    entries: dict[str, list[tuple[str, str]]] = {}
    provinces: dict[str, list[Place]] = {}

    def add(place: Place, names: Iterable[str]) -> None:
        places[place.key] = place
        for name in names:
            key = phrase_key(name)
            if key and (place.key, case_rule(name)) not in entries.get(key, []):
                entries.setdefault(key, []).append((place.key, case_rule(name)))

    for city in data["cities"]:
        gid = city.get("geonameid")
        key = city.get("key") or f"geonames:{gid}"
        place = Place(
            key,
            city["name"],
            city["kind"],
            city["country"],
            city["lat"],
            city["lon"],
            city.get("population"),
            tuple(city["aliases"]),
        )
        if gid:
            by_geonameid[int(gid)] = place
        add(place, (place.name, *place.aliases))
    for prov in data["provinces"]:
        cc = prov["country"]
        place = Place(
            f"province:{cc.lower()}:{slug(prov['name'])}",
            prov["name"],
            "province",
            cc,
            None,
            None,
            None,
            tuple(prov["aliases"]),
        )
        places[place.key] = place
        for name in (place.name, *place.aliases):
            provinces.setdefault(phrase_key(name), []).append(place)
        if prov.get("bare", True):
            add(place, (place.name, *place.aliases))
    for reg in data["regions"]:
        place = Place(
            reg["key"],
            reg["name"],
            reg["kind"],
            reg["country"],
            None,
            None,
            None,
            tuple(reg["aliases"]),
        )
        add(place, (place.name, *place.aliases))
    gaz = gazetteer()
    for iso, name, gid, population in gaz.countries:
        other = tuple(data["countries"].get(iso, ()))
        place = Place(
            f"geonames:{gid}", name, "country", iso, None, None, population or None, other
        )
        add(place, (name, *other))
    for state in gaz.us_states:
        if phrase_key(state) in ("washington", "georgia"):
            continue  # the city and the country are likelier in world news
        place = Place(f"province:us:{slug(state)}", state, "province", "US", None, None, None, ())
        add(place, (state,))
    demonyms = dict(lexicon.demonym_countries())
    states = frozenset(phrase_key(s) for s in gaz.us_states) - {"washington", "georgia"}
    return Curated(
        PhraseIndex(entries),
        places,
        by_geonameid,
        provinces,
        frozenset(data["province_words"]),
        frozenset(data["cues"]),
        frozenset(data["weak_cues"]),
        frozenset(data["place_words"]),
        demonyms,
        states,
    )


def city_place(index: int) -> Place:
    gaz = gazetteer()
    gid, name, country, lat, lon, population = gaz.cities[index]
    curated = curated_names().by_geonameid.get(gid)
    if curated is not None:
        return curated
    return Place(f"geonames:{gid}", name, "city", country, lat, lon, population or None, ())
