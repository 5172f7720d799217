"""Spellings of one romanised name: Qadhafi, Gaddafi and Kadhafi; Khattab and Khatab; Abdel
Fattah and Abd al-Fattah.

Outlets romanise Arabic (and Persian, Kurdish, Turkish) names each their own way. One table,
text/transliteration.json, says which Latin letters stand for one Arabic letter, and a name's
skeleton keeps its consonants with those made the same, so that two spellings of one name share
it. Two readers need the table differently, and each row says what it means to each:

- `skeleton(term)`, for search terms (`quote`'s other spellings, commands/spellings.py): keeps
  the class of the first letter, and leaves short or common words alone (they would meet too
  many others).
- `name_skeleton(name)`, for names (actors under another transliteration, /actor lookups,
  extract/actors): drops the Arabic article, reads "Abd" joined to the article as one word, and
  folds more letters together; its callers add the checks that keep unrelated short names apart
  (two words, or one long word that also looks alike).

A third reader, `word_spelling(word)`, keeps the vowels: one spelling for the romanisations of a
name word, for the key that merges a person found under several spellings
(extract/person_names.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from text import tokens
from text.data import data_path, json_file, text_lines
from text.tokens import fold_lower

MIN_LETTERS = 5  # shorter words: too many others share their skeleton
MIN_SKELETON = 3  # consonants a skeleton must keep


@dataclass(frozen=True)
class _Rules:
    digraphs: tuple[tuple[str, str], ...]
    letters: dict[str, str]
    vowels: frozenset[str]
    endings: frozenset[str]


def _table() -> dict[str, Any]:
    table: dict[str, Any] = json_file("text", "transliteration.json")
    return table


@cache
def _rules() -> _Rules:
    """The table as search terms read it (the rows with a "terms" value)."""
    data = _table()
    return _Rules(
        tuple((d["written"], d["terms"]) for d in data["digraphs"] if "terms" in d),
        {d["written"]: d["terms"] for d in data["letters"] if "terms" in d},
        frozenset(data["vowels"]["terms"]),
        frozenset(data["dropped_endings"]["terms"]),
    )


@cache
def _common_words() -> frozenset[str]:
    return frozenset(line.strip() for line in text_lines("text", "common_words.txt"))


def _build_everyday_terms() -> frozenset[str]:
    return frozenset(t for word in _common_words() if (t := tokens.term(word)))


@cache
def _everyday_terms() -> frozenset[str]:
    """The search terms of the everyday words. The stemmer cuts some further than any of the
    usual forms below undo: "candidate" is searched as "candid", which a romanised name such
    as Kunduz shares its skeleton with. Stemming the 15,000 words takes 50-150 ms, so the set
    is compiled once into the cache (text/compiled.py)."""
    from text.compiled import compiled

    sources = [__file__, tokens.__file__, data_path("text", "common_words.txt")]
    return compiled("everyday_terms", sources, _build_everyday_terms)


def is_everyday_word(term: str) -> bool:
    """Whether a search term (a stem) is an everyday English word in one of its usual forms
    (text/common_words.txt), or the search term of one: "secur" is "secure", "angri" is
    "angry", "candid" is "candidate"."""
    words = _common_words()
    forms = (term, term + "e", term + "s", term[:-1] + "y" if term.endswith("i") else term)
    return term in _everyday_terms() or any(form in words for form in forms)


def is_common_word(word: str) -> bool:
    """Whether a lower-case word, as written, is an everyday English word
    (text/common_words.txt): "parade", "gray", "cook" (and names in everyday use too)."""
    return word in _common_words()


def first_letter_class(letter: str) -> str:
    """Letters whose words may be spellings of each other begin with one of these."""
    rules = _rules()
    if letter in rules.vowels:
        return "".join(sorted(rules.vowels - {"'"}))
    mapped = rules.letters.get(letter, letter)
    return "".join(sorted({letter, mapped} | {w for w, m in rules.letters.items() if m == mapped}))


@cache
def skeleton(term: str) -> str | None:
    """The skeleton of a lower-case search term, or None for words too short to compare."""
    if len(term) < MIN_LETTERS or not term.isalpha() or not term.isascii():
        return None
    rules = _rules()
    word = term
    for written, means in rules.digraphs:
        word = word.replace(written, means)
    head = "V" if word[0] in rules.vowels else rules.letters.get(word[0], word[0])
    consonants: list[str] = []
    written = ""  # the head is kept apart, as before
    for ch in word[1:]:
        if ch in rules.vowels:
            continue
        # A letter written twice is one consonant (shadda: Gaddafi, Qadafi); two letters that
        # only fold to one class are two (Kunduz is k-n-d-z, not Gennady's g-n-d).
        if ch != written:
            consonants.append(rules.letters.get(ch, ch))
        written = ch
    while consonants and consonants[-1] in rules.endings:
        consonants.pop()
    if head == "V" and consonants and consonants[0] in rules.endings:
        consonants.pop(0)
    if len(consonants) + (head != "V") < MIN_SKELETON:
        return None
    return head + "".join(consonants)


# ---------------------------------------------------------------- names

# a word, and whether a hyphen joins it to the next ("ad-" in "ad-Din")
_WORD = re.compile(r"([^\W\d_]+)(-?)(?=[^\W\d_])?")


@dataclass(frozen=True)
class _NameRules:
    articles: frozenset[str]
    words: dict[str, str]
    prefixes: dict[str, str]
    pattern: re.Pattern[str]  # every written form, longest first
    replacements: dict[str, str]
    vowels: str
    assimilated: frozenset[str]
    final: str  # letters dropped at the end of a word after a vowel


@cache
def _name_rules() -> _NameRules:
    """The table as names read it (the rows with a "names" value)."""
    data = _table()
    replacements = {
        **{d["written"]: d["names"] for d in data["digraphs"] if "names" in d},
        **{d["written"]: d["names"] for d in data["letters"] if "names" in d},
    }
    # longest first, so "kh" is read before "k" or "h"
    pattern = re.compile("|".join(sorted(map(re.escape, replacements), key=len, reverse=True)))
    return _NameRules(
        frozenset(data["articles"]["names"]),
        data["words"]["names"],
        data["prefixes"]["names"],
        pattern,
        replacements,
        data["vowels"]["names"],
        frozenset(data["assimilated"]["names"]),
        data["dropped_endings"]["names"],
    )


@lru_cache(maxsize=65536)
def word_skeleton(word: str) -> str:
    """The skeleton of one folded word of a name (no article handling)."""
    rules = _name_rules()
    word = rules.words.get(word, word)
    for prefix, short in rules.prefixes.items():
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            # as if written apart: "Abdeljalil" is "Abdel Jalil"
            return word_skeleton(short) + word_skeleton(word[len(prefix) :])
    vowels = rules.vowels
    if len(word) > 3 and word[-1] in rules.final and word[-2] in vowels:
        word = word[:-1]  # "Dawlah", "Hezbollah": a final h after a vowel
    if not word:
        return ""
    initial_vowel = word[0] in vowels and word[0] not in "yw"
    replacements = rules.replacements
    mapped = rules.pattern.sub(lambda m: replacements[m.group(0)], word)
    out: list[str] = ["a"] if initial_vowel else []
    for ch in mapped:
        if ch in vowels:
            continue
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def is_article(word: str, hyphenated: bool) -> bool:
    """The folded word is the Arabic article as name_skeleton() drops it ("al", or "ad" in
    "ad-")."""
    rules = _name_rules()
    return word in rules.articles or (hyphenated and word in rules.assimilated)


def name_words(name: str) -> list[str]:
    """The folded words of a name without the Arabic article ("al-Assad" -> ["assad"])."""
    rules = _name_rules()
    articles, assimilated = rules.articles, rules.assimilated
    pieces = [(fold_lower(w), bool(h)) for w, h in _WORD.findall(name)]
    words = [w for w, _ in pieces if w]
    kept = [
        w for w, hyphen in pieces if w and w not in articles and not (hyphen and w in assimilated)
    ]
    return kept or words


@lru_cache(maxsize=65536)
def name_skeleton(name: str) -> str:
    """The consonant skeleton of a whole name, word skeletons joined without spaces, so that
    "Abdulrahman" and "Abdul Rahman" agree."""
    return "".join(word_skeleton(w) for w in name_words(name))


# ---------------------------------------------------------------- one spelling of a name word


@dataclass(frozen=True)
class _SpellingRules:
    pattern: re.Pattern[str]  # every written form, longest first
    replacements: dict[str, str]
    initial_kept: str  # letters read as written at the start of a word ("Yasser")
    final: str  # dropped at the end of a word after a vowel
    vowels: str


@cache
def _spelling_rules() -> _SpellingRules:
    data = _table()["spelling_key"]
    replacements = {**data["digraphs"], **data["letters"]}
    pattern = re.compile("|".join(sorted(map(re.escape, replacements), key=len, reverse=True)))
    return _SpellingRules(pattern, replacements, data["initial_kept"], data["final"], "aeiouy")


@lru_cache(maxsize=65536)
def word_spelling(word: str) -> str:
    """One spelling for the romanisations of one folded name word (transliteration.json,
    "spelling_key"): "moussa", "mussa" and "musa" give "musa"; "hassan" and "hussein" stay
    apart, as their vowels differ."""
    rules = _spelling_rules()
    word = _name_rules().words.get(word, word)
    if len(word) > 3 and word[-1] in rules.final and word[-2] in rules.vowels:
        word = word[:-1]  # "Hamzah", "Hamza"
    head = word[:1] if word[:1] in rules.initial_kept else ""
    replacements = rules.replacements
    mapped = head + rules.pattern.sub(lambda m: replacements[m.group(0)], word[len(head) :])
    # a letter written twice is written once ("Abboud", "Aboud"), folded letters included
    return "".join(ch for i, ch in enumerate(mapped) if i == 0 or mapped[i - 1] != ch)


# Of two words with one skeleton, how alike they must be written, each in word_spelling's one
# spelling, for one to be taken as the other's spelling (rapidfuzz's ratio, 0-100). Spellings of
# one name score 83 or more (Gaddafi / Qadhafi 83, Hezbollah / Hizballah 86, Hasakah / Hasakeh
# 83, Mursi / Morsy 100); words that only share consonants score 62 or less (an invented
# "Zorbakh" against "drawback" 62 and "Derbek" 50; Kunduz against "candid" 33).
ALIKE = 70


def spelled_alike(word: str, other: str) -> bool:
    """Whether two folded words that share a skeleton are written alike enough to be one name's
    spellings, not two words that happen to share their consonants."""
    from rapidfuzz import fuzz  # imported by the queries that reach a skeleton, not every one

    return fuzz.ratio(word_spelling(word), word_spelling(other)) >= ALIKE


# ---------------------------------------------------------------- close spellings


@dataclass(frozen=True)
class _CloseRules:
    vowels: dict[str, tuple[str, ...]]  # a written vowel and the ones it alternates with
    longest: int  # letters of the longest written vowel
    doubled: frozenset[str]  # consonants written double or single
    final: str  # a letter written or not at the end of a word, after a vowel
    changes: int  # at most this many changes from the word as typed
    single: frozenset[str]  # the vowels of the alternations written with one letter: a e i o u


@cache
def _close_rules() -> _CloseRules:
    data = _table()["close"]
    vowels: dict[str, set[str]] = {}
    for one, other in data["vowels"]:
        vowels.setdefault(one, set()).add(other)
        vowels.setdefault(other, set()).add(one)
    return _CloseRules(
        {v: tuple(sorted(others)) for v, others in vowels.items()},
        max(map(len, vowels)),
        frozenset(data["doubled"]),
        data["final"],
        int(data["changes"]),
        frozenset(v for v in vowels if len(v) == 1),
    )


def _units(word: str) -> list[tuple[str, tuple[str, ...]]]:
    """A lower-case word cut into what is written for one sound (a vowel of the alternations,
    a consonant written once or twice, any other letter), each with what else may be written
    for it."""
    rules = _close_rules()
    units: list[tuple[str, tuple[str, ...]]] = []
    i = 0
    while i < len(word):
        vowel = next(
            (
                word[i : i + n]
                for n in range(rules.longest, 0, -1)
                if word[i : i + n] in rules.vowels
            ),
            None,
        )
        if vowel:
            units.append((vowel, rules.vowels[vowel]))
            i += len(vowel)
            continue
        ch = word[i]
        # a consonant between vowels: written single or double
        inside = i > 0 and word[i - 1] in rules.single and word[i + 1 : i + 2] in rules.single
        if ch in rules.doubled and word[i + 1 : i + 2] == ch:
            units.append((ch + ch, (ch,)))
            i += 2
            continue
        units.append((ch, (ch + ch,) if ch in rules.doubled and inside else ()))
        i += 1
    # in words of four letters or more, as names drop it (transliteration.json, dropped_endings)
    if len(word) > 3 and word[-1] in rules.single:
        units.append(("", (rules.final,)))  # "Hama", "Hamah"
    elif len(word) > 3 and word[-1] == rules.final and word[-2] in rules.single:
        units[-1] = (rules.final, ("",))
    return units


@lru_cache(maxsize=4096)
def close_spellings(word: str) -> tuple[str, ...]:
    """Other spellings of one romanised name a change or two away (text/transliteration.json,
    "close"): a vowel in one of romanised Arabic's alternations ("Tal", "Tel"), a consonant
    doubled or single ("Minnis", "Minis") between vowels, a final h after a vowel ("Hama",
    "Hamah") in a word of four letters or more; y and w are no vowels here ("Bay", "Tony").
    Lower-case written forms, the word's own left out. For names too short for skeleton()
    or that are everyday English words ("Basil", "Bassil"), whose skeletons would meet too
    many other words."""
    word = word.lower()
    if not word.isalpha() or not word.isascii():
        return ()
    limit = _close_rules().changes
    spelt: set[str] = set()

    def walk(units: list[tuple[str, tuple[str, ...]]], done: str, changes: int) -> None:
        if not units:
            spelt.add(done)
            return
        written, others = units[0]
        walk(units[1:], done + written, changes)
        if changes < limit:
            for other in others:
                walk(units[1:], done + other, changes + 1)

    walk(_units(word), "", 0)
    spelt.discard(word)
    return tuple(sorted(spelt))
