"""Everything extracted from one article's text: actors, places, relations and dated events."""

from __future__ import annotations

from dataclasses import dataclass

from extract.events import Event, find_events
from extract.scope import ArticleScope, article_scope
from text.passages import paragraphs
from text.sentences import split_sentences


@dataclass(frozen=True)
class Extraction:
    sentences: list[tuple[int, int]]
    actors: list  # extract.actors.ActorMention
    places: list  # extract.places.PlaceMention
    relations: list  # extract.relations.Relation
    events: list[Event]
    scope: ArticleScope | None = None  # subjects of each event beyond its own clause


def extract(text: str, published: str | None, published_how: str | None) -> Extraction:
    from extract.actors import find_actors, load_catalogue
    from extract.places import find_places
    from extract.relations import find_relations
    from text.dates import tag_dates

    sentences = split_sentences(text)
    actors = find_actors(text, load_catalogue())
    places = find_places(text)
    relations = find_relations(text, actors, sentences)
    dates = tag_dates(text, published)
    paragraph_starts = [start for start, _ in paragraphs(text)]
    events = find_events(text, sentences, dates, actors, places, paragraph_starts, published_how)
    scope = article_scope(sentences, paragraph_starts, actors, places, events)
    return Extraction(sentences, actors, places, relations, events, scope)
