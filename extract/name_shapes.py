"""The shapes of the catalogue's names that fuzzy matching compares against: consonant
skeletons (text/spelling.py) of names of two words or more and of long one-word names, every
leading part of a phrase skeleton, the one-word keys that are only ever acronyms, and each
name's phrase key and skeleton for `/actor` lookups.

They depend on the catalogue alone, so they are worked out when the catalogue is built and
compiled with it (extract/catalogue.py), instead of at the start of every process that finds
actors: the skeletons of a few thousand names cost a command line about 40 ms.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from extract.name_tokens import phrase_key
from text.spelling import name_skeleton, name_words, word_skeleton

if TYPE_CHECKING:
    from extract.catalogue import Actor, Alias
    from extract.phrase_index import PhraseIndex


class NameShapes(NamedTuple):
    """(A named tuple: a frozen dataclass costs every process that imports it a millisecond
    of generated code.)"""

    # skeleton of a name of two words or more -> actor keys
    skeleton_phrases: Mapping[str, frozenset[str]]
    # skeleton of a one-word name of five letters or more (not a state's) -> (word, actor key)
    skeleton_words: Mapping[str, tuple[tuple[str, str], ...]]
    skeleton_prefixes: frozenset[str]  # every leading part of a phrase skeleton
    acronym_words: frozenset[str]  # one-word keys whose every alias is an acronym ("IS", "US")
    # actor key -> (phrase key, name skeleton) of its name and each alias, in that order
    written: Mapping[str, tuple[tuple[str, str], ...]]


def name_shapes(
    actors: Mapping[str, Actor],
    index: PhraseIndex[Alias],
    acronyms: frozenset[str],
) -> NameShapes:
    """The shapes of these actors' names (extract/catalogue.py's build_catalogue calls this)."""
    from extract.catalogue import case_rule  # the module that imports this one

    phrases: dict[str, set[str]] = {}
    words: dict[str, list[tuple[str, str]]] = {}
    prefixes: set[str] = set()
    written: dict[str, tuple[tuple[str, str], ...]] = {}
    for actor in actors.values():
        names = (actor.name, *actor.aliases)
        written[actor.key] = tuple((phrase_key(text), name_skeleton(text)) for text in names)
        for text in names:
            if case_rule(text) in ("acronym", "lower"):
                continue
            parts = name_words(text)
            if len(parts) >= 2:
                shape = name_skeleton(text)
                phrases.setdefault(shape, set()).add(actor.key)
                prefixes.update(shape[:n] for n in range(1, len(shape) + 1))
            elif parts and len(parts[0]) >= 5 and actor.kind != "state":
                words.setdefault(word_skeleton(parts[0]), []).append((parts[0], actor.key))
    acronym_words = frozenset(
        key
        for key in acronyms
        if " " not in key and all(a.case == "acronym" and not a.requires for a in index.get(key))
    )
    return NameShapes(
        skeleton_phrases=MappingProxyType({k: frozenset(v) for k, v in phrases.items()}),
        skeleton_words=MappingProxyType({k: tuple(v) for k, v in words.items()}),
        skeleton_prefixes=frozenset(prefixes),
        acronym_words=acronym_words,
        written=MappingProxyType(written),
    )
