"""What is worked out once per catalogue rather than once per article: the kinds of each word
(a catalogue name's first word, a title's, a speech verb), the skeletons of the catalogue's
names, and the remembered answers of the fuzzy matches."""

from __future__ import annotations

from functools import cached_property

from extract.actors.spellings import word_owners
from extract.catalogue import Catalogue
from extract.lexicon import lexicon
from extract.name_shapes import name_shapes
from extract.person_names import person_key
from text.memo import Memo
from text.spelling import word_skeleton

CATALOGUE_FIRST, TITLE_FIRST, TITLE_HEAD, SPEECH = 1, 2, 4, 8


class PerCatalogue:
    """What is worked out once per catalogue and word, not once per article: the kinds of a
    word (bits above) and the answers of _fuzzy_word and _fuzzy_phrase, pure functions of the
    catalogue and a string ("Minister" and "Reuters" come back in article after article).
    Fuzzy words and phrases share one dictionary: a phrase has a space, a word never does."""

    def __init__(self, cat: Catalogue):
        self.cat = cat
        r = lexicon()
        first, titles, heads, speech = (
            cat.index.first_words,
            r.titles.first_words,
            r.title_heads,
            r.speech,
        )

        def kinds(word: str) -> int:
            return (
                (word in first and CATALOGUE_FIRST)
                | (word in titles and TITLE_FIRST)
                | (word in heads and TITLE_HEAD)
                | (word in speech and SPEECH)
            )

        self.word_kinds: Memo[int] = Memo(kinds, 200_000)
        self.fuzzy: dict[str, str | None] = {}
        # actor key -> phrase keys of its names, if one has two words or more, else []
        self.phrase_names: dict[str, list[str]] = {}
        self.name_words: dict[str, frozenset[str]] = {}  # actor key -> words of its names
        # consonant skeletons of names (see extract/name_shapes.py), compiled with the catalogue
        shapes = cat.shapes or name_shapes(cat.actors, cat.index, cat.acronyms)
        self.skeleton_phrases = shapes.skeleton_phrases
        self.skeleton_words = shapes.skeleton_words
        self.skeleton_prefixes = shapes.skeleton_prefixes
        self.acronym_words = shapes.acronym_words
        # word -> whether a catalogue name's skeleton may start with the word's
        self.skeleton_starts: Memo[bool] = Memo(self._may_start, 200_000)

    @cached_property
    def word_owners(self) -> dict[str, frozenset[str]]:
        """word -> keys of the actors one of whose names holds it (spellings.word_owners)."""
        return word_owners(self.cat)

    @cached_property
    def person_keys(self) -> dict[str, str]:
        """person_key of a catalogued person's name -> the actor's key: a person discovered
        under another spelling of the name is the catalogue's ("Ayad Alawi", "Ayad Allawi")."""
        return {
            person_key(actor.name): actor.key
            for actor in self.cat.actors.values()
            if actor.kind == "person"
        }

    def _may_start(self, word: str) -> bool:
        shape = word_skeleton(word)
        return shape in self.skeleton_prefixes or shape in self.skeleton_words


# The last few catalogues used, found by identity: a catalogue holds mappings, so it has no hash,
# and a key of id() could name a new catalogue once the old one is gone.
_PER_CATALOGUE: list[PerCatalogue] = []


def per_catalogue(cat: Catalogue) -> PerCatalogue:
    entry = next((e for e in _PER_CATALOGUE if e.cat is cat), None)
    if entry is None:
        if len(_PER_CATALOGUE) >= 4:
            _PER_CATALOGUE.clear()
        entry = PerCatalogue(cat)
        _PER_CATALOGUE.append(entry)
    elif len(entry.fuzzy) >= 100_000:
        entry.fuzzy.clear()
    return entry
