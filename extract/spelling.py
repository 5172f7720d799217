"""Spelling variants of names: a consonant skeleton for transliterated names, and the key that
merges given-name variants of one person.

`skeleton("Moammar al-Gadhafi") == skeleton("Muammar Qaddafi")`: the rules in
transliteration.json drop the Arabic article, fold letters that romanisations write differently
for one Arabic letter (q/k/g, dh/d, kh/h, ...), drop vowels after the first letter and collapse
doubled letters. Two names with one skeleton are probably one name; the callers add the checks
that keep unrelated short names apart (see extract.actors: skeleton matches need two words, or one
long word that also looks alike).

`person_key("Anders Fogh Rasmussen") == person_key("Anders Rasmussen")` and
`person_key("Mike Mullen") == person_key("Michael Mullen")`: the first given name (a short form
mapped to its full form by given_names.json) and the surname; middle names do not count.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from extract.name_tokens import fold, slug

# a word, and whether a hyphen joins it to the next ("ad-" in "ad-Din")
_WORD = re.compile(r"([^\W\d_]+)(-?)(?=[^\W\d_])?")


def _data(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        resources.files("extract").joinpath(name).read_text(encoding="utf-8")
    )
    return loaded


@cache
def _rules() -> tuple[
    frozenset[str],
    dict[str, str],
    dict[str, str],
    re.Pattern[str],
    dict[str, str],
    str,
    frozenset[str],
]:
    data = _data("transliteration.json")
    replacements = {**data["digraphs"], **data["letters"]}
    # longest first, so "kh" is read before "k" or "h"
    pattern = re.compile("|".join(sorted(map(re.escape, replacements), key=len, reverse=True)))
    return (
        frozenset(data["articles"]),
        data["words"],
        data["prefixes"],
        pattern,
        replacements,
        data["vowels"],
        frozenset(data["assimilated"]),
    )


@lru_cache(maxsize=65536)
def word_skeleton(word: str) -> str:
    """The skeleton of one folded word (no article handling)."""
    _, words, prefixes, pattern, replacements, vowels, _ = _rules()
    word = words.get(word, word)
    for prefix, short in prefixes.items():
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            # as if written apart: "Abdeljalil" is "Abdel Jalil"
            return word_skeleton(short) + word_skeleton(word[len(prefix) :])
    if len(word) > 3 and word[-1] == "h" and word[-2] in vowels:
        word = word[:-1]  # "Dawlah", "Hezbollah": a final h after a vowel
    if not word:
        return ""
    initial_vowel = word[0] in vowels and word[0] not in "yw"
    mapped = pattern.sub(lambda m: replacements[m.group(0)], word)
    out: list[str] = ["a"] if initial_vowel else []
    for ch in mapped:
        if ch in vowels:
            continue
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def is_article(word: str, hyphenated: bool) -> bool:
    """The folded word is the Arabic article as skeleton() drops it ("al", or "ad" in "ad-")."""
    rules = _rules()
    return word in rules[0] or (hyphenated and word in rules[6])


def name_words(name: str) -> list[str]:
    """The folded words of a name without the Arabic article ("al-Assad" -> ["assad"])."""
    rules = _rules()
    articles, assimilated = rules[0], rules[6]
    pieces = [(fold(w), bool(h)) for w, h in _WORD.findall(name)]
    words = [w for w, _ in pieces if w]
    kept = [
        w for w, hyphen in pieces if w and w not in articles and not (hyphen and w in assimilated)
    ]
    return kept or words


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonant skeleton of a whole name, word skeletons joined without spaces, so that
    "Abdulrahman" and "Abdul Rahman" agree."""
    return "".join(word_skeleton(w) for w in name_words(name))


@cache
def _given_names() -> dict[str, str]:
    data = _data("given_names.json")
    return {fold(short): fold(full) for short, full in data["short_forms"].items()}


# Words that begin a name without being a given name: "Abu Mohammed", "Abdel Hafiz Ghoga".
_NAME_PREFIXES = frozenset(
    {
        "abu",
        "abou",
        "abd",
        "abdel",
        "abdul",
        "umm",
        "bin",
        "ibn",
        "ben",
        "bint",
        "sheikh",
        "mullah",
        "sayyid",
        "haji",
        "hajji",
    }
)


def person_key(name: str) -> str:
    """The key of a person found in text: the first given name, full form, and the surname."""
    words = name_words(name)
    if len(words) < 3:
        return slug(
            " ".join(_given_names().get(w, w) if n == 0 else w for n, w in enumerate(words)) or name
        )
    first = 2 if words[0] in _NAME_PREFIXES else 1
    given = [_given_names().get(words[0], words[0]), *words[1:first]]
    return slug(" ".join([*given, words[-1]]))
