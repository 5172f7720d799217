"""The actor catalogue: every known actor, its names and their case rules, and the indexes
that find them in text (a phrase index, extract/phrase_index.py, over the name keys of
extract/name_tokens.py, plus blocks for fuzzy matching).

The curated catalogue is `extract/actors.json`; users extend or correct it without code through a
JSON file in the same schema, named by `load_catalogue(extra_path)` or by the SITREP_ACTORS
environment variable. A user entry whose key exists adds aliases and affiliations and replaces the
other fields it gives; a new key adds an actor.

Case rules live with each alias: an all-capitals alias ("IS", "US", "SDF") only matches
all-capitals text, so the verb "is" is never the Islamic State; a one-word alias needs a capital
initial; a longer alias needs at least one capitalised word; an alias written in lower case in the
catalogue ("the regime") matches in any case but only as a contextual alias (see `contextual` in
the JSON: it counts only when one of the listed actors is named elsewhere in the same article).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from extract.name_tokens import fold, phrase_key, tokenize
from extract.phrase_index import PhraseIndex
from text.data import data_path, json_file

if TYPE_CHECKING:
    from extract.name_shapes import NameShapes

__all__ = [
    "KINDS",
    "Actor",
    "Alias",
    "Catalogue",
    "build_catalogue",
    "case_rule",
    "fold",  # still importable from here: tests/text compare it with text.tokens.fold
    "load_catalogue",
    "phrase_key",
]

KINDS = frozenset(
    {
        "state",
        "armed_group",
        "coalition",
        "party",
        "government",
        "organisation",
        "media",
        "person",
        "force",
    }
)


@dataclass(frozen=True)
class Actor:
    """A catalogue entry, or an actor discovered in one article."""

    key: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    affiliations: tuple[str, ...]
    description: str | None
    role: str | None = None


@dataclass(frozen=True)
class Alias:
    """One way of writing an actor's name, with the case rule that applies to it."""

    actor: str
    text: str
    case: str  # "acronym" | "capital" | "any" | "lower"
    requires: tuple[str, ...] = ()  # contextual: counts only when one of these actors is named


def case_rule(alias: str) -> str:
    letters = [ch for ch in alias if ch.isalpha()]
    if not letters:
        return "any"
    if all(ch.isupper() for ch in letters) and len(letters) <= 8:
        return "acronym"
    if not any(ch.isupper() for ch in letters):
        return "lower"
    return "capital" if len(tokenize(alias)) == 1 else "any"


@dataclass(frozen=True)
class Catalogue:
    """Every known actor and the indexes that find them; immutable after load."""

    actors: Mapping[str, Actor]
    index: PhraseIndex[Alias]
    # Fuzzy blocking: one-word names by (first letter, length), longer names by (first letter,
    # number of words) as parallel tuples of phrases and actor keys.
    single_words: Mapping[tuple[str, int], tuple[tuple[str, str], ...]]
    phrases: Mapping[tuple[str, int], tuple[tuple[str, ...], tuple[str, ...]]]
    acronyms: frozenset[str] = field(default_factory=frozenset)
    # the names' skeletons and keys for fuzzy matching, built and compiled with the rest
    shapes: NameShapes | None = None

    def get(self, key: str) -> Actor | None:
        return self.actors.get(key)

    def __len__(self) -> int:
        return len(self.actors)


def _read_json(path: str | os.PathLike[str]) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    if isinstance(data, list):
        data = {"actors": data}
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise ValueError(f'{path}: expected {{"actors": [...]}}')
    return data


def _builtin() -> dict[str, Any]:
    data: dict[str, Any] = json_file("extract", "actors.json")
    return data


def _merge(entries: dict[str, dict[str, Any]], extra: list[dict[str, Any]], source: str) -> None:
    for raw in extra:
        if not isinstance(raw, dict) or not raw.get("key"):
            raise ValueError(f'{source}: every actor needs a "key"')
        key = str(raw["key"])
        if key in entries:
            merged = dict(entries[key])
            for name in ("aliases", "affiliations"):
                merged[name] = list(dict.fromkeys([*merged.get(name, []), *raw.get(name, [])]))
            if raw.get("contextual"):
                merged["contextual"] = [*merged.get("contextual", []), *raw["contextual"]]
            for name in ("name", "kind", "description"):
                if raw.get(name):
                    merged[name] = raw[name]
            entries[key] = merged
        else:
            if not raw.get("name"):
                raise ValueError(f'{source}: actor {key!r} needs a "name"')
            entries[key] = dict(raw)
        kind = entries[key].get("kind", "organisation")
        if kind not in KINDS:
            raise ValueError(f"{source}: actor {key!r} has unknown kind {kind!r}")


def build_catalogue(data: list[dict[str, Any]]) -> Catalogue:
    """A catalogue from entries in the JSON schema (already merged)."""
    actors: dict[str, Actor] = {}
    keyed: dict[str, list[Alias]] = {}
    singles: dict[tuple[str, int], list[tuple[str, str]]] = {}
    phrases: dict[tuple[str, int], list[tuple[str, str]]] = {}
    acronyms: set[str] = set()
    for entry in data:
        key = str(entry["key"])
        name = str(entry["name"])
        aliases = tuple(dict.fromkeys(a for a in entry.get("aliases", []) if a and a != name))
        actors[key] = Actor(
            key=key,
            name=name,
            kind=entry.get("kind", "organisation"),
            aliases=aliases,
            affiliations=tuple(entry.get("affiliations", [])),
            description=entry.get("description") or None,
        )
        for text in (name, *aliases):
            rule = case_rule(text)
            if rule == "lower":
                continue  # a lower-case name is only trusted as a contextual alias
            phrase = phrase_key(text)
            if not phrase:
                continue
            keyed.setdefault(phrase, []).append(Alias(key, text, rule))
            if rule == "acronym":
                acronyms.add(phrase)
                continue
            words = phrase.split(" ")
            if len(words) == 1 and len(phrase) >= 5:
                singles.setdefault((phrase[0], len(phrase)), []).append((phrase, key))
            elif len(words) > 1:
                phrases.setdefault((phrase[0], len(words)), []).append((phrase, key))
        for context in entry.get("contextual", []):
            phrase = phrase_key(context["alias"])
            requires = tuple(context.get("when", ()))
            keyed.setdefault(phrase, []).append(Alias(key, context["alias"], "lower", requires))
    for aliases_of_key in keyed.values():
        # Stricter rules first, so "IS" (acronym) is tried before a looser alias of the same key.
        aliases_of_key.sort(key=lambda a: ("acronym", "capital", "any", "lower").index(a.case))
    from extract.name_shapes import name_shapes

    index = PhraseIndex(keyed)
    return Catalogue(
        actors=MappingProxyType(actors),
        index=index,
        single_words=MappingProxyType({k: tuple(v) for k, v in singles.items()}),
        phrases=MappingProxyType(
            {k: (tuple(p for p, _ in v), tuple(a for _, a in v)) for k, v in phrases.items()}
        ),
        acronyms=frozenset(acronyms),
        shapes=name_shapes(actors, index, frozenset(acronyms)),
    )


@lru_cache(maxsize=4)
def _load(extra_path: str | None, stamp: float) -> Catalogue:
    from text.compiled import compiled

    def build() -> Catalogue:
        entries: dict[str, dict[str, Any]] = {}
        _merge(entries, _builtin()["actors"], "actors.json")
        if extra_path:
            _merge(entries, _read_json(extra_path)["actors"], extra_path)
        return build_catalogue(list(entries.values()))

    # Compiled once per set of files (a changed $SITREP_ACTORS file rebuilds); a bad user file
    # still raises here, from build(), every time it is read.
    import extract.name_shapes
    import extract.name_tokens
    import extract.phrase_index
    import text.spelling
    import text.tokens

    # the modules whose objects the compiled catalogue holds or that compute its name shapes,
    # and the data
    sources = [
        __file__,
        extract.phrase_index.__file__,
        extract.name_tokens.__file__,
        extract.name_shapes.__file__,
        text.spelling.__file__,
        text.tokens.__file__,
        data_path("extract", "actors.json"),
        data_path("text", "transliteration.json"),
    ]
    if extra_path:
        return compiled("catalogue+user", [*sources, extra_path], build)
    return compiled("catalogue", sources, build)


def load_catalogue(extra_path: str | None = None) -> Catalogue:
    """The built-in catalogue merged with a user's file (argument, else $SITREP_ACTORS); cached."""
    path = extra_path or os.environ.get("SITREP_ACTORS") or None
    stamp = os.path.getmtime(path) if path else 0.0
    return _load(path, stamp)
