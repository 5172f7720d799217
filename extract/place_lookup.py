"""Place names by name alone: whether a name is a place's own (is_place_name), which place
wins over a person (place_over_person), and the places a user's query may mean (`/timeline
Raqqah`): exact names of curated places, provinces and gazetteer cities, then fuzzy matches."""

from __future__ import annotations

import math
from functools import cache

from extract.curated_places import city_place, curated_names
from extract.gazetteer import Place, gazetteer
from extract.name_tokens import phrase_key


@cache
def _lookup_choices() -> tuple[list[str], list[tuple[str, int | None]]]:
    cur = curated_names()
    keys: list[str] = []
    targets: list[tuple[str, int | None]] = []
    for place in cur.places.values():
        for name in (place.name, *place.aliases):
            keys.append(phrase_key(name))
            targets.append((place.key, None))
    for index, city in enumerate(gazetteer().cities):
        keys.append(phrase_key(city[1]))
        targets.append(("", index))
    return keys, targets


def is_place_name(name: str) -> bool:
    """The name, as written (any case), is a curated place's, a province's or a gazetteer
    city's own name or alternate name: no fuzzy match."""
    key = phrase_key(name)
    if not key:
        return False
    cur = curated_names()
    return bool(cur.index.get(key)) or key in cur.provinces or key in gazetteer().names


def lookup_place(name: str) -> list[Place]:
    """Places a user's query may mean ("Raqqah" -> Raqqa), best first: exact names, then fuzzy."""
    key = phrase_key(name)
    if not key:
        return []
    cur = curated_names()
    gaz = gazetteer()
    found: dict[str, tuple[float, Place]] = {}

    def offer(place: Place, score: float) -> None:
        weight = score + math.log10((place.population or 0) + 10) / 10
        if place.key not in found or found[place.key][0] < weight:
            found[place.key] = (weight, place)

    for place_key, _ in cur.index.get(key):
        offer(cur.places[place_key], 100.0)
    for place in cur.provinces.get(key, ()):
        offer(place, 99.0)
    for code in gaz.names.get(key, ()):
        offer(city_place(code if code >= 0 else -code - 1), 98.0 if code >= 0 else 95.0)
    if not found and len(key) >= 4:
        from rapidfuzz import fuzz, process  # only for a name not found as written

        keys, targets = _lookup_choices()
        for _, score, position in process.extract(
            key, keys, scorer=fuzz.ratio, limit=8, score_cutoff=80
        ):
            place_key, index = targets[position]
            offer(cur.places[place_key] if index is None else city_place(index), float(score))
    ranked = sorted(found.values(), key=lambda item: (-item[0], item[1].name))
    return [place for _, place in ranked]


# a place's own name of at least this many words names the place where a person's name would
# stand; one word is often a surname too (Jackson, Clinton, Jordan)
PLACE_OVER_PERSON_WORDS = 2


def place_over_person(name: str) -> bool:
    """A name of two words or more that is a place's own (is_place_name) names that place even
    where a person's would stand, before "said" or in an appositive: "Ras Lanuf", "Deir Ezzor",
    "Hong Kong". Both places and discovery (extract/actors/junk.py) ask it."""
    return len(phrase_key(name).split()) >= PLACE_OVER_PERSON_WORDS and is_place_name(name)
