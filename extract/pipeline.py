"""Everything extracted from one article's text: actors, places, relations and dated events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

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
    sentences_left_out: int = 0  # sentences past max_sentences, not searched
    # the paragraphs (start, end) of the text searched, as text.passages.paragraphs gives them;
    # empty when not known (an Extraction made elsewhere): the reader cuts them again
    paragraphs: list[tuple[int, int]] = field(default_factory=list)


def extract(
    text: str,
    published: str | None,
    published_how: str | None,
    max_sentences: int | None = None,
    stamps: Sequence[tuple[int, str]] = (),
) -> Extraction:
    """max_sentences: search only the text up to the end of that many sentences (the rest of
    an over-long input is left out, so its cost is bounded). stamps: live-blog entry stamps
    (text.clutter), each with the offset where its entry starts: the dates of an entry are
    resolved against the day its stamp states."""
    from extract.actors import find_actors, load_catalogue
    from extract.name_tokens import tokenize
    from extract.places import find_places
    from extract.relations import find_relations
    from text.dates import tag_dates

    sentences = split_sentences(text)
    left_out = 0
    if max_sentences is not None and len(sentences) > max_sentences:
        left_out = len(sentences) - max_sentences
        sentences = sentences[:max_sentences]
        text = text[: sentences[-1][1]] if sentences else ""
    actors = find_actors(text, load_catalogue())
    places = find_places(text)
    relations = find_relations(text, actors, sentences)
    dates = tag_dates(text, published, tokenize(text))  # the tokens the actors were found in
    if stamps:
        from text.clutter_stamps import dates_by_entry

        dates = dates_by_entry(text, dates, stamps, published)
    spans = paragraphs(text)
    paragraph_starts = [start for start, _ in spans]
    events = find_events(text, sentences, dates, actors, places, paragraph_starts, published_how)
    scope = article_scope(sentences, paragraph_starts, actors, places, events)
    return Extraction(sentences, actors, places, relations, events, scope, left_out, spans)
