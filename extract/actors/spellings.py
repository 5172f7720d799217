"""Whether words sharing a catalogue name's consonant skeleton are another spelling of it or
someone else's name, beyond the skeleton itself (text/spelling.py) and the everyday-word check
of variants.py. Shared by the skeleton pass (variants.py) and user lookups (lookup.py).

- A spelling changes vowels, doubles or drops letters; it does not add a syllable: "Morrissey"
  (three vowel groups) is no spelling of "Morsi" or "Morsy" (two), "Galena" none of "Gulen",
  where "Gaddfi" and "Mbarak" (a vowel left out) are of "Gaddafi" and "Mubarak".
- A spelling keeps how the name ends, in a vowel (y, and a vowel before a final h, the Arabic
  feminine ending of "Nusrah", count as one) or in a consonant, unless it is cut short:
  "Shiastan" is no spelling of "Sistani", where "Gaddfi", "Mbarak", "Morsy", "Hizballah" and
  the truncated "Gaddaf" are of their names.
- A word that is a word of another catalogue actor's names is that name's: "Salman" (King
  Salman) is no spelling of Suleiman, nor "Talabani" (Jalal Talabani) of the Taliban.
- Each word of a run of several words looks like a word of the name whose skeleton the run
  shares: "John Kiogora" is no spelling of John Kerry, nor "Tea Party" of the Dawa Party.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from extract.catalogue import Actor, Catalogue
from extract.lexicon import lexicon
from extract.name_tokens import phrase_key
from text.spelling import MIN_SKELETON, word_skeleton

_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# The ratio (rapidfuzz's fuzz.ratio, 0-100) a word of a run must reach with a word of the name
# (or two of its words written together: "Nureddine" for "Nour al-Din") to be written like it:
# lookup.py's SPELLING_SCORE, for the same reason ("Biden" and "Putin" 40, "Kennedy" and
# "Canada" 31; "Jeish" and "Jaish" 80, "Golani" and "Jolani" 83).
WORD_SCORE = 60.0


def vowel_groups(word: str) -> int:
    """Runs of vowels in a folded word (a final or inner y counts as one, as in "Morsy");
    a y that starts the word is a consonant."""
    return len(_VOWEL_GROUP.findall(word[1:])) + (word[:1] in "aeiou")


def adds_syllables(word: str, names: list[str]) -> bool:
    """The folded word has more vowel groups than every one of the folded names it shares a
    skeleton with: "morrissey" and "morsi", "galena" and "gulen"."""
    return bool(names) and all(vowel_groups(word) > vowel_groups(name) for name in names)


def _vowel_end(word: str) -> bool:
    """The folded word ends in a vowel: a, e, i, o, u, y, or a vowel and h ("nusrah")."""
    return word[-1:] in _VOWELS or (word[-1:] == "h" and word[-2:-1] in _VOWELS)


_VOWELS = frozenset("aeiouy")


def changes_ending(word: str, names: list[str]) -> bool:
    """The folded word ends otherwise (a vowel, a consonant) than every one of the folded
    names it shares a skeleton with, and is not cut short of them: "shiastan" and "sistani",
    where "gaddaf" is "gaddafi" with its last letter left off."""
    return bool(names) and all(
        _vowel_end(word) != _vowel_end(name) and len(word) >= len(name) for name in names
    )


def word_owners(cat: Catalogue) -> dict[str, frozenset[str]]:
    """word -> keys of the catalogue actors one of whose names holds it (kept once per
    catalogue by extract/actors/per_catalogue.py)."""
    owners: dict[str, set[str]] = {}
    for actor in cat.actors.values():
        for name in (actor.name, *actor.aliases):
            for word in phrase_key(name).split(" "):
                if word:
                    owners.setdefault(word, set()).add(actor.key)
    return {word: frozenset(keys) for word, keys in owners.items()}


@cache
def _skipped() -> frozenset[str]:
    """Words of a run that need not look like the name's: particles and titles ("Mr")."""
    r = lexicon()
    return r.particles | r.title_words


def spelled_like(words: list[str], names: list[str]) -> bool:
    """A run of folded words is written like one of the names: one word adds no syllable to
    them and keeps how they end, each of several looks like a word of one of them
    (run_like_name)."""
    if len(words) == 1:
        return not adds_syllables(words[0], names) and not changes_ending(words[0], names)
    return run_like_name(words, names)


def run_like_name(words: list[str], names: list[str]) -> bool:
    """Every folded word of a run (but particles and titles such as "Mr") looks like a word
    of one of the names, or like two of its neighbouring words written together (particles aside:
    "nureddine" and "nour al-din")."""
    from rapidfuzz import fuzz

    skip = _skipped()
    for name in names:
        # words of three letters or more: "wa" of "Da'wa" is a piece of a word, like any
        parts = [w for w in phrase_key(name).split(" ") if len(w) >= 3]
        pieces = parts + [a + b for a, b in zip(parts, parts[1:], strict=False)]
        if not pieces:
            continue
        if all(word in skip or _word_like(word, pieces, fuzz.ratio) for word in words):
            return True
    return False


def _word_like(word: str, pieces: list[str], ratio: Callable[[str, str], float]) -> bool:
    """The word looks like one of the pieces: most letters in order, or the same skeleton of
    three consonants or more with as many vowel groups ("kassem" and "qasim")."""
    if max(ratio(word, piece) for piece in pieces) >= WORD_SCORE:
        return True
    shape, groups = word_skeleton(word), vowel_groups(word)
    if len(shape) < MIN_SKELETON:
        return False  # "riad" and "red", "tea" and "da": too few consonants to tell
    return any(word_skeleton(p) == shape and vowel_groups(p) == groups for p in pieces)


def names_of(actor: Actor) -> list[str]:
    return [actor.name, *actor.aliases]
