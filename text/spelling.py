"""Spellings of one romanised name: Qadhafi, Gaddafi and Kadhafi; Khattab and Khatab.

Outlets romanise Arabic (and Persian, Kurdish, Turkish) names each their own way. A name's
skeleton keeps the class of its first letter and its consonants after the variants of
text/transliteration.json are made the same, so that two spellings of one name share it,
while short or common words are left alone (they would meet too many others).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

MIN_LETTERS = 5  # shorter words: too many others share their skeleton
MIN_SKELETON = 3  # consonants a skeleton must keep


@dataclass(frozen=True)
class _Rules:
    digraphs: tuple[tuple[str, str], ...]
    letters: dict[str, str]
    vowels: frozenset[str]
    endings: frozenset[str]


@cache
def _rules() -> _Rules:
    data = json.loads(resources.files("text").joinpath("transliteration.json").read_text("utf-8"))
    return _Rules(
        tuple((d["written"], d["means"]) for d in data["digraphs"]),
        {d["written"]: d["means"] for d in data["letters"]},
        frozenset(data["vowels"]["letters"]),
        frozenset(data["dropped_endings"]["letters"]),
    )


@cache
def _common_words() -> frozenset[str]:
    text = resources.files("text").joinpath("common_words.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_everyday_word(term: str) -> bool:
    """Whether a search term (a stem) is an everyday English word in one of its usual forms
    (text/common_words.txt): "secur" is "secure", "angri" is "angry"."""
    words = _common_words()
    forms = (term, term + "e", term + "s", term[:-1] + "y" if term.endswith("i") else term)
    return any(form in words for form in forms)


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
    for ch in word[1:]:
        if ch in rules.vowels:
            continue
        ch = rules.letters.get(ch, ch)
        if not consonants or consonants[-1] != ch:
            consonants.append(ch)
    while consonants and consonants[-1] in rules.endings:
        consonants.pop()
    if head == "V" and consonants and consonants[0] in rules.endings:
        consonants.pop(0)
    if len(consonants) + (head != "V") < MIN_SKELETON:
        return None
    return head + "".join(consonants)
