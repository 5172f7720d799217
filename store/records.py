"""What ingest hands the store for one article's actors, places, relations and events: typed
records keyed by the catalogue's and gazetteer's keys, each field named once here.

They carry plain values only (strings, numbers, offsets), so the store does not depend on the
extraction that made them (commands/ingest_records.py turns an extraction into these).
Offsets are into the article's text; a sentence is the span of the sentence holding a mention.
"""

from __future__ import annotations

from typing import NamedTuple

SubjectKey = tuple[str, str]  # ("a", actor key) | ("p", place key) | ("c", country code)


class ActorMention(NamedTuple):
    key: str  # the actor's key in the catalogue, or its discovered key
    name: str  # the actor's own name
    kind: str
    from_catalogue: bool
    name_folded: str  # name folded for lookups (text.tokens.fold, lower case)
    surface: str  # the words of the text
    surface_folded: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    role: str | None


class PlaceMention(NamedTuple):
    key: str
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    start: int
    end: int
    sentence_start: int
    sentence_end: int


class Relation(NamedTuple):
    subject: str  # actor key
    predicate: str
    object: str  # actor key
    start: int  # the evidence sentence
    end: int


class Event(NamedTuple):
    passage: int | None  # index of the article's passage holding the event's start
    start: int
    end: int
    date: str | None  # TimeML value, None when the expression could not be resolved
    precision: str | None
    date_how: str
    date_text: str
    sort_key: str | None  # first day the date covers
    actor_keys: tuple[str, ...]
    place_keys: tuple[str, ...]


class Scope(NamedTuple):
    """Which subjects each event is about beyond its own clause (extract/scope.py)."""

    about: frozenset[SubjectKey]  # the subjects the whole article is about
    events: list[dict[SubjectKey, int]]  # per event: subject -> level (0 named, 1 carried, 2 near)
    lead_end: int  # offset where the lead sentences end


class ArticleEntities(NamedTuple):
    """Everything found in one article, in text order (first mention first)."""

    actors: list[ActorMention]
    places: list[PlaceMention]
    relations: list[Relation]
    events: list[Event]
    scope: Scope | None
