"""What a user means by a name: an actor (any alias or spelling), a place, or just a keyword.

Shared by `actor`, `timeline` and `quote` (which widens a query with the other names of the
actors and places it names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from store.articles import EVERYONE, Viewer
from text.tokens import fold

# store.entities is imported in the functions that read it: `quote` only widens a query by
# other names (alternative_names), and would import it, and build its row types, for nothing.

if TYPE_CHECKING:
    import sqlite_utils

    from extract.catalogue import Actor

SUGGESTIONS = 5


@dataclass(frozen=True)
class Subject:
    kind: str  # actor | place | keyword
    name: str
    actor_ids: tuple[int, ...] = ()
    place_ids: tuple[int, ...] = ()
    key: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None
    place_kind: str | None = None  # city | country | province | region | river

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "name": self.name,
            "key": self.key,
            "aliases": list(self.aliases),
        }


def catalogue_actors(name: str) -> list[Actor]:
    """The catalogue actors a name may mean, best first (a place's own name means none)."""
    from extract.actors import load_catalogue, lookup_actor
    from extract.place_lookup import is_place_name

    return lookup_actor(name, load_catalogue(), is_place_name)


def resolve_actor(db: sqlite_utils.Database, name: str, viewer: Viewer = EVERYONE) -> list[Subject]:
    """Stored actors a name may mean: catalogue aliases and spellings first, then names seen;
    only actors named in an article the viewer may see (a name can itself be sensitive)."""
    from store import entities

    found: dict[int, Subject] = {}
    for actor in catalogue_actors(name):
        stored = entities.actor_by_key(db, actor.key)
        if stored and stored.id not in found:
            found[stored.id] = Subject(
                "actor", actor.name, (stored.id,), key=actor.key, aliases=tuple(actor.aliases)
            )
    if not found:
        for stored in entities.actors_named(db, fold(name).lower()):
            found.setdefault(stored.id, Subject("actor", stored.name, (stored.id,), key=stored.key))
    seen = entities.visible(db, "actor", found, viewer)
    return [subject for actor_id, subject in found.items() if actor_id in seen]


def resolve_place(db: sqlite_utils.Database, name: str, viewer: Viewer = EVERYONE) -> list[Subject]:
    from extract.places import lookup_place
    from store import entities

    found: dict[int, Subject] = {}
    for place in lookup_place(name):
        row = entities.place_by_key(db, place.key)
        if row and row[0] not in found:
            found[row[0]] = Subject(
                "place",
                place.name,
                place_ids=(row[0],),
                key=place.key,
                aliases=tuple(place.aliases),
                country=place.country,
                place_kind=place.kind,
            )
    if not found:
        for place_id, place_name, _kind, _country in entities.places_named(db, name):
            found.setdefault(place_id, Subject("place", place_name, place_ids=(place_id,)))
    seen = entities.visible(db, "place", found, viewer)
    return [subject for place_id, subject in found.items() if place_id in seen]


def is_named(subject: Subject, name: str) -> bool:
    wanted = fold(name).lower()
    return wanted in {fold(n).lower() for n in (subject.name, *subject.aliases)}


def _actor_first(actors: list[Subject], name: str) -> bool:
    """Whether an actor, rather than places the name is none of the own names of, is what the
    name means: an actor called by it, or, when it is only like a place's name (no place's own
    or alternate name as written), an actor it is written in full in."""
    from extract.place_lookup import is_place_name

    if any(is_named(a, name) for a in actors):
        return True
    return not is_place_name(name) and any(_in_full(a, name) for a in actors)


def _in_full(subject: Subject, name: str) -> bool:
    """Every word of the name is a whole word of the subject's name or of one alias: the name
    is written in it, not merely like it."""
    from extract.name_tokens import phrase_key

    wanted = set(phrase_key(name).split())
    return bool(wanted) and any(
        wanted <= set(phrase_key(n).split()) for n in (subject.name, *subject.aliases)
    )


def best(db: sqlite_utils.Database, name: str, viewer: Viewer = EVERYONE) -> Subject | None:
    """The one subject a name most likely means, for a timeline.

    Places first, as ranked by the gazetteer (context and population), merged with the other
    stored places of the same name in the same country (a city and its province), with an
    actor of the same name (Russia the place and Russia the state) and, for a country, with
    every place in it; else the actor whose name or alias it is, else the best-ranked actor.
    A place found only by a name like its own, or by another of its names, gives way to an
    actor called by the name ("Hamas" is no other name of Hamm, Germany), and a place found
    only by a name like its own to an actor the name is written in full in ("Maliki" is Nouri
    al-Maliki, not Mali; "Kerry" John Kerry, not Derry).
    """
    from store import entities

    places = resolve_place(db, name, viewer)
    actors = resolve_actor(db, name, viewer)
    if places and not any(is_named(p, name) for p in places) and _actor_first(actors, name):
        places = []
    if places:
        top = places[0]
        group = [p for p in places if p.name == top.name and p.country == top.country]
        group += [a for a in actors if fold(a.name).lower() == fold(top.name).lower()]
        if top.place_kind == "country" and top.country:
            # A country's timeline includes what happens in its cities and provinces.
            group += [
                Subject("place", "", place_ids=tuple(entities.places_in_country(db, top.country)))
            ]
    elif actors:
        exact = [a for a in actors if is_named(a, name)]
        group = (exact or actors)[:1]
        top = group[0]
    else:
        return None
    return Subject(
        top.kind,
        top.name,
        tuple(dict.fromkeys(i for g in group for i in g.actor_ids)),
        tuple(dict.fromkeys(i for g in group for i in g.place_ids)),
        top.key,
        top.aliases,
        top.country,
        top.place_kind,
    )


def suggestions(
    db: sqlite_utils.Database, name: str, limit: int = SUGGESTIONS, viewer: Viewer = EVERYONE
) -> list[str]:
    """Known actor and place names that look like what was typed ("did you mean").

    Weighted ratios catch misspellings of longer names; short names and acronyms ("SFD" for
    "SDF") differ by one edit or transposition, which such ratios score too low.
    """
    from rapidfuzz import fuzz, process, utils
    from rapidfuzz.distance import OSA

    from store import entities

    choices = sorted(entities.visible_names(db, viewer))
    wanted = name.lower()
    scored = [
        (choice, score)
        for choice, score, _ in process.extract(
            name,
            choices,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            limit=limit * 3,
            score_cutoff=80,
        )
        # WRatio scores a short name found inside what was typed ("UN" in "Junta") as a near
        # match, and a long one sharing a particle with it ("al" of "Tariq al-Hashimi" in
        # "Abdel Fattah Younes al Abidi") too: a suggestion must be close, as a whole or by one
        # of its words, to a word of what was typed that is no particle ("Raqqa" for "Raqqqa
        # Citty", "David Petraeus" for "Petraeus")
        if _shares_a_word(name, choice)
    ]
    if len(name) <= 6:
        scored += [
            (choice, 90.0)
            for choice in choices
            if len(choice) <= 7 and OSA.distance(wanted, choice.lower()) == 1
        ]
    scored.sort(key=lambda pair: -pair[1])
    out: list[str] = []
    for choice, _score in scored:
        if choice.lower() not in (c.lower() for c in out) and choice.lower() != wanted:
            out.append(choice)
        if len(out) == limit:
            break
    return out


def _shares_a_word(typed: str, choice: str) -> bool:
    """A word of three letters or more of what was typed, no name particle ("al", "bin"), is
    within a ratio of 80 of the choice or of one of its words."""
    from rapidfuzz import fuzz, utils

    from extract.lexicon import lexicon

    particles = lexicon().particles
    words = [w for w in utils.default_process(typed).split() if len(w) >= 3 and w not in particles]
    pieces = [utils.default_process(choice), *utils.default_process(choice).split()]
    return any(fuzz.ratio(word, piece) >= 80 for word in words for piece in pieces)


MAX_ALIAS_TERMS = 2  # longer aliases ("Islamic State of Iraq and the Levant") add generic words
_NAMED = re.compile(r"\b[A-Z]")


def expansions(query: str) -> list[str]:
    """Other names of the actors and places a query names, to widen a passage search."""
    return list(dict.fromkeys(name for _, name in alternative_names(query)))


def alternative_names(query: str) -> list[tuple[str, str]]:
    """(the name as the query writes it, another name of the same actor or place).

    Only compact names are given, each of at most MAX_ALIAS_TERMS search terms of three
    letters or more (or an acronym), so "Daesh" brings in ISIS, ISIL and Islamic State without
    "Iraq" and "Levant" pulling the search towards every passage about the region. Queries
    without a capital letter name nobody, and skip the extractors' start-up cost.
    """
    if not _NAMED.search(query):
        return []
    from extract.actors import find_actors, load_catalogue
    from extract.places import find_places
    from text.tokens import terms

    pairs: list[tuple[str, str]] = []
    for mention in find_actors(query, load_catalogue()):
        pairs.extend((mention.text, n) for n in [mention.actor.name, *mention.actor.aliases])
    for place in find_places(query):
        pairs.extend((place.text, n) for n in [place.place.name, *place.place.aliases])

    def compact(name: str) -> bool:
        found = terms(name)
        return 0 < len(found) <= MAX_ALIAS_TERMS and all(len(t) >= 3 or t.isupper() for t in found)

    return [pair for pair in dict.fromkeys(pairs) if compact(pair[1])]
