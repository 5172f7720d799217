"""Actors named in an article: catalogue matches plus actors the catalogue lacks.

`find_actors(text, catalogue)` walks the article's tokens in passes (`_passes()` below, in
order, one module per family), each claiming tokens that no earlier pass claimed, so the result
is sorted and non-overlapping. Each pass reads and changes one `Work` (work.py): the tokens, and
the typed spans claimed so far.

1. Catalogue names and aliases, longest first (see `extract.catalogue` for the case rules: "IS"
   only as a capitalised token, never the verb "is"; an all-capitals alias inside an all-capitals
   headline is ignored). Possessives ("ISIS’s", "Russia’s") end the name at the apostrophe.
   Contextual aliases ("the regime") count only when an actor they depend on is named in the
   article, and not when a capitalised word qualifies them ("the Turkish regime").
2. Acronym definitions, in both orders: "Syrian Democratic Forces (SDF)", "the YPG (People's
   Protection Units)". A known half teaches the article the other half; when neither is known and
   the initials fit, a new actor is discovered. Later uses of either form resolve to it.
3. Misspellings: an unclaimed capitalised word of six letters or more, one edit from a catalogue
   word with the same initial ("Erdogen"), or a capitalised phrase close to a catalogue phrase
   ("Jabha Al-Nusra"). A match grows over the unclaimed given names before it when the longer
   phrase is close to one of the actor's names ("Dimitri peskov", "Recep Tayyip Erdogen").
4. People with roles: a title before a name ("Kremlin spokesman Dimitri Peskov", "researcher
   Charlie Winter", "Commander of the YPG Sipan Hamo") or after it ("Nicholas Heras, a Middle
   East security fellow at the Centre for a New American Security"), and two to four capitalised
   words next to a speech verb ("..., said Abd Salam"). A catalogued person keeps its key and
   gains the role; the qualifier of a title ("Russian" in "Russian Ambassador Andrey Karlov") is
   part of the role, not a separate actor.
5. Demonyms count as their state only where they name it acting: before a head noun such as
   troops, jets, government or regime ("Turkish troops", "Russian jets" -> the state or its
   forces, per `demonyms.json`), in a list sharing one head ("Russian, British and French air
   forces"), or in a compound such as "Russian-backed". "Syrian Kurdish groups", "Syrian civil
   war" and "Russian Ambassador X" name no state. A capital stands for its state only in such a
   compound ("Washington-backed").
6. Organisation-like capitalised phrases: a run of capitalised words (with "of", "for", "the",
   "de", ...) containing a head word such as Group, Centre, Institute, Forces, Party, Ministry
   ("the Soufan Group", "International Centre for the Study of Radicalisation"). Title-case
   headline lines are skipped: every word is capitalised there, so capitals say nothing.
7. Short forms within the article: a person's surname ("Heras said") or an organisation's
   initials or distinctive first word, after the full name was introduced.

A state named after a locative preposition ("in Syria", "across Iraq") is a place, not an actor
acting, and is left to `extract.places`. `lookup_actor` (lookup.py) is the other way in: the
actors a user's query may mean. Discovered actors get the slug of their name as key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING

from extract.actors.lookup import lookup_actor
from extract.catalogue import Actor, Catalogue, load_catalogue

if TYPE_CHECKING:
    from extract.actors.work import Work

__all__ = [
    "PASSES",
    "Actor",
    "ActorMention",
    "Catalogue",
    "find_actors",
    "load_catalogue",
    "lookup_actor",
]


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor
    discovered: bool
    how: str  # catalogue | alias | variant | fuzzy | acronym | title | surname | demonym | phrase
    # | renamed | full (a full name found after a short one: article_names.full_name_pass)


@cache
def _passes() -> tuple[Callable[[Work], None], ...]:
    """The passes in the order they run: an earlier pass has the first claim on a token.
    Imported on first use: a process that only looks a name up (`actor`, `timeline`) never
    loads them and their patterns."""
    from extract.actors import (
        acronyms,
        article_names,
        catalogued,
        organisations,
        people,
        states,
        variants,
    )

    return (
        catalogued.catalogue_pass,  # 1. catalogue names and aliases
        acronyms.acronym_pass,  # 2. "Syrian Democratic Forces (SDF)"
        article_names.local_pass,  # later uses of the names just defined
        variants.skeleton_pass,  # 3. transliterations: "Muammar Qadhafi"
        variants.grow_variants,  # ... grown over given names: "Moammar al-Qadhafi"
        variants.fuzzy_pass,  # misspellings: "Erdogen"
        variants.extend_pass,  # ... grown over given names: "Recep Tayyip Erdogen"
        people.titles_pass,  # 4. "Kremlin spokesman Dimitri Peskov"
        people.appositive_pass,  # "Nicholas Heras, a ... fellow at ..."
        people.speech_pass,  # "..., said Abd Salam"
        states.demonym_pass,  # 5. "Turkish troops", "Russian-backed"
        organisations.org_pass,  # 6. "the Soufan Group"
        article_names.renamed_pass,  # "formerly known as the Nusra Front"
        article_names.local_pass,  # later uses of names defined since
        article_names.full_name_pass,  # "Al-Obeidy said" after "Eman al-Obeidy, the woman ..."
        article_names.short_form_pass,  # 7. "Heras said"
        states.drop_place_uses,  # "in Syria" is a place: let go
    )


def __getattr__(name: str) -> object:
    if name == "PASSES":
        return _passes()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def find_actors(text: str, catalogue: Catalogue) -> list[ActorMention]:
    """Actor mentions in an article's text: sorted by offset, non-overlapping."""
    from extract.actors.work import Work
    from extract.name_tokens import tokenize

    tokens = tokenize(text)
    if not len(tokens):
        return []
    work = Work(tokens, catalogue)
    for run in _passes():
        run(work)
    return mentions(work)


def mentions(work: Work) -> list[ActorMention]:
    from extract.actors.junk import junk_name

    t = work.t
    out: list[ActorMention] = []
    with_role: dict[str, Actor] = {}  # one copy per actor given a role, not one per mention
    junk: dict[str, bool] = {}  # discovered actor key -> junk_name of it, asked once per actor
    for first, end, key, how, discovered in sorted(work.spans, key=attrgetter("first")):
        if end <= first:
            continue
        actor = work.actor(key)
        if actor is None:
            continue
        if key in work.local:
            if key not in junk:
                junk[key] = junk_name(actor.name, actor.kind, work.cat.acronyms)
            if junk[key]:
                continue
        role = work.roles.get(key)
        if role and actor.role != role:
            if key not in with_role:
                with_role[key] = replace(actor, role=role)
            actor = with_role[key]
        start, stop = t.starts[first], t.ends[end - 1]
        out.append(ActorMention(start, stop, t.text[start:stop], actor, discovered, how))
    return out
