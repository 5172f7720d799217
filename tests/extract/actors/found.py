"""What find_actors finds in a text, in the shapes the tests compare."""

from __future__ import annotations

from extract.actors import ActorMention, Catalogue, find_actors


def found(text: str, catalogue: Catalogue) -> list[tuple[str, str, str]]:
    """(text, actor key, how) of each mention."""
    return [(m.text, m.actor.key, m.how) for m in find_actors(text, catalogue)]


def by_text(text: str, catalogue: Catalogue) -> dict[str, ActorMention]:
    return {m.text: m for m in find_actors(text, catalogue)}
