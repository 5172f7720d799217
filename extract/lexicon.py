"""The word lists extraction reads: titles, name particles, speech verbs, organisation heads,
demonyms and the rest of discovery.json and demonyms.json, parsed once through text/data.py
and shared by the actor passes, roles, relations and places."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from extract.name_tokens import fold, phrase_key
from extract.phrase_index import PhraseIndex
from text.data import json_file
from text.tokens import stopwords


def data(name: str) -> dict[str, Any]:
    """The parsed knowledge file `name` of extract/ (shared: read it, never change it)."""
    loaded: dict[str, Any] = json_file("extract", name)
    return loaded


@dataclass(frozen=True)
class Title:
    text: str
    predicate: str | None
    target: str | None


@dataclass(frozen=True)
class Lexicon:
    titles: PhraseIndex[Title]
    title_words: frozenset[str]  # words that may be part of a title: never part of a name
    title_heads: frozenset[str]  # words that make a phrase a role ("fellow", "representative")
    courtesy: frozenset[str]  # titles of address ("mr"): a person's, but no role
    demonyms: dict[str, dict[str, str]]
    heads: PhraseIndex[str]
    compounds: frozenset[str]
    capitals: dict[str, str]
    particles: frozenset[str]
    not_names: frozenset[str]
    qualifier_prefixes: frozenset[str]  # "South" of "South African President"
    speech: frozenset[str]
    org_heads: dict[str, str]
    connectors: frozenset[str]
    generic: frozenset[str]
    locatives: frozenset[str]
    kinds: frozenset[str]  # words naming a kind of actor ("rebels"), for lookups
    emphasis_before: frozenset[str]
    headline_min_words: int


def _title_head(key: str) -> str:
    words = key.split(" ")
    return words[words.index("of") - 1] if "of" in words else words[-1]


@cache
def lexicon() -> Lexicon:
    """Word lists from discovery.json and demonyms.json, loaded once."""
    disc = data("discovery.json")
    dem = data("demonyms.json")
    titles: dict[str, list[Title]] = {}
    for text, spec in disc["titles"].items():
        titles.setdefault(phrase_key(text), []).append(
            Title(text, spec.get("predicate"), spec.get("target"))
        )
    heads: dict[str, list[str]] = {}
    for text, target in dem["heads"].items():
        heads.setdefault(phrase_key(text), []).append(target)
    return Lexicon(
        titles=PhraseIndex(titles),
        title_words=frozenset(
            w for key in titles for w in key.split(" ") if w not in ("of", "the", "in")
        ),
        title_heads=frozenset(_title_head(key) for key in titles),
        courtesy=frozenset(
            phrase_key(text) for text, spec in disc["titles"].items() if spec.get("courtesy")
        ),
        demonyms={fold(k): v for k, v in dem["demonyms"].items()},
        heads=PhraseIndex(heads),
        compounds=frozenset(dem["compounds"]),
        capitals={phrase_key(k): v for k, v in dem["capitals"].items()},
        particles=frozenset(disc["name_particles"]),
        not_names=frozenset(disc["not_names"]) | stopwords(),
        qualifier_prefixes=frozenset(disc["qualifier_prefixes"]),
        speech=frozenset(disc["speech_verbs"]),
        org_heads={fold(k): v for k, v in disc["org_heads"].items()},
        connectors=frozenset(disc["connectors"]),
        generic=frozenset(disc["generic_words"]),
        locatives=frozenset(disc["locatives"]),
        kinds=frozenset(disc["kind_words"]),
        emphasis_before=frozenset(disc["emphasis_before"]),
        headline_min_words=int(disc["headline_min_words"]),
    )


@cache
def governments() -> dict[str, dict[str, str]]:
    """State key -> {"state", "government", "forces", ...}: the actors a state's demonym may
    stand for (demonyms.json)."""
    return {spec["state"]: spec for spec in data("demonyms.json")["demonyms"].values()}


@cache
def demonym_countries() -> dict[str, str]:
    """Folded demonym -> the country code of its state ("syrian" -> "SY"), for places."""
    return {
        fold(k): v["country"]
        for k, v in data("demonyms.json")["demonyms"].items()
        if v.get("country")
    }
